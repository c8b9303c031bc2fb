"""QtCuePlayer: cues played through QSoundEffect, for systems without a PulseAudio server
(Windows, macOS). Linux uses the sound helper process instead (walkcoach/ui/audio/helper_player.py)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices, QSoundEffect, QtAudio

from walkcoach import resources
from walkcoach.ui.audio.player_base import KEEP_OPEN_S, CuePlayerBase

log = logging.getLogger(__name__)

SILENCE_SOUND = "silence.wav"


class QtCuePlayer(CuePlayerBase):
    """Plays cues at once: one preloaded QSoundEffect per sound file, speech after the sound."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sounds_dir: Path | None = None,
        audio_outputs: Sequence[QAudioDevice] | None = None,
        speech_engine: str | None = None,
        keep_open_s: float = KEEP_OPEN_S,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        outputs = list(QMediaDevices.audioOutputs() if audio_outputs is None else audio_outputs)
        self.device: QAudioDevice | None = self._pick_device(outputs)
        super().__init__(
            parent,
            speech_engine=speech_engine,
            has_audio_output=self.device is not None,
            keep_open_s=keep_open_s,
            monotonic=monotonic,
        )
        self._warned_sounds: set[str] = set()
        self.effects: dict[str, QSoundEffect] = {}
        folder = sounds_dir if sounds_dir is not None else resources.path("sounds")
        self._load_sounds(folder)
        if self.device is None:
            self._set_unavailable(self.tr("Sound is unavailable: no audio output found"))
        self._keep_open_until_s = 0.0
        self._keep_open_timer = QTimer(self)
        self._keep_open_timer.setSingleShot(True)
        self._keep_open_timer.timeout.connect(self._keep_open_check)

    # -- set-up -------------------------------------------------------------------------------

    @staticmethod
    def _pick_device(outputs: list[QAudioDevice]) -> QAudioDevice | None:
        if not outputs:
            return None
        default = QMediaDevices.defaultAudioOutput()
        for device in outputs:
            if device.id() == default.id():
                return device
        return outputs[0]

    def _load_sounds(self, folder: Path) -> None:
        paths = self._load_durations(
            folder, lambda problem: log.warning("cue sound skipped: %s", problem)
        )
        if not paths:
            log.warning("no cue sounds found in %s", folder)
        if self.device is None:
            return  # effects without an output only fail, with a misleading warning
        for path in paths:
            effect = QSoundEffect(self.device, self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.statusChanged.connect(self._status_changed)
            self.effects[path.name] = effect

    def _status_changed(self) -> None:
        statuses = [effect.status() for effect in self.effects.values()]
        if statuses and all(s == QSoundEffect.Status.Error for s in statuses):
            self._set_unavailable(self.tr("Sound is unavailable: the audio output does not play"))

    def is_loaded(self) -> bool:
        """Every sound effect has finished loading (or the player is silent anyway)."""
        return all(e.status() != QSoundEffect.Status.Loading for e in self.effects.values())

    # -- the back end -------------------------------------------------------------------------

    def _start_sound(self, sound: str) -> bool:
        effect = self.effects.get(sound)
        if effect is None:
            if self.device is not None and sound not in self._warned_sounds:
                self._warned_sounds.add(sound)
                log.warning("no such cue sound: %s", sound)
            return False
        if effect.status() == QSoundEffect.Status.Error:
            return False
        effect.play()
        return True

    def _apply_volume(self, volume: float) -> None:
        # A slider position is perceived on a log scale; QSoundEffect wants a linear gain.
        linear = QtAudio.convertVolume(
            volume,
            QtAudio.VolumeScale.LogarithmicVolumeScale,
            QtAudio.VolumeScale.LinearVolumeScale,
        )
        for name, effect in self.effects.items():
            if name != SILENCE_SOUND:
                effect.setVolume(linear)

    def _apply_muted(self, muted: bool) -> None:
        for name, effect in self.effects.items():
            if name != SILENCE_SOUND:
                effect.setMuted(muted)

    def _close_output(self) -> None:
        self._keep_open_timer.stop()
        for effect in self.effects.values():
            effect.stop()

    def _hold_output_open(self) -> None:
        # A silent loop keeps the output open.
        silence = self.effects.get(SILENCE_SOUND)
        if silence is None or self.keep_open_s <= 0 or not self.available:
            return
        self._keep_open_until_s = self._monotonic() + self.keep_open_s
        if not silence.isPlaying():
            silence.setLoopCount(QSoundEffect.Loop.Infinite.value)
            silence.play()
        if not self._keep_open_timer.isActive():
            self._keep_open_timer.start(round(self.keep_open_s * 1000))

    def _keep_open_check(self) -> None:
        left_s = self._keep_open_until_s - self._monotonic()
        if left_s > 0:
            self._keep_open_timer.start(max(1, round(left_s * 1000)))
            return
        silence = self.effects.get(SILENCE_SOUND)
        if silence is not None:
            silence.stop()

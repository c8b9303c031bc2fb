"""QtCuePlayer: the CuePlayer of core.cues played through QSoundEffect and QTextToSpeech."""

from __future__ import annotations

import logging
import math
import time
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices, QSoundEffect, QtAudio

from walkcoach import resources
from walkcoach.core.cues import Cue
from walkcoach.ui.speech import SpeechClient

log = logging.getLogger(__name__)

SILENCE_SOUND = "silence.wav"
# Speech waits until the cue's sound has finished, plus this breath.
SPEECH_GAP_S = 0.12
# After the last cue or warm-up, the output is held open (a silent loop) this long. Sound
# servers suspend an idle output after a few seconds, and waking it delays the next cue.
KEEP_OPEN_S = 300.0


@dataclass(frozen=True)
class PlayedCue:
    """One cue the player was asked to play, for the --event-log and latency checks."""

    kind: str
    sound: str
    speech: str
    planned_s: float  # session times of the engine event behind the cue
    actual_s: float
    played_at_s: float  # time.monotonic() when play() handed the sound to the output
    audible: bool  # a sound was started (not muted, volume > 0, output working)
    speech_queued: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "event": "cue_played",
            "cue": self.kind,
            "sound": self.sound,
            "speech": self.speech,
            "planned_s": self.planned_s,
            "actual_s": self.actual_s,
            "played_at_s": self.played_at_s,
            "audible": self.audible,
            "speech_queued": self.speech_queued,
        }


def wav_duration_s(path: Path) -> float:
    """Length of a PCM WAV file; ValueError with the reason for anything unplayable."""
    try:
        with wave.open(str(path), "rb") as wav:
            frames, rate = wav.getnframes(), wav.getframerate()
    except (OSError, EOFError, wave.Error) as exc:
        raise ValueError(f"{path.name}: not a readable WAV file ({exc})") from None
    if rate <= 0:
        raise ValueError(f"{path.name}: bad sample rate {rate}")
    return frames / rate


class QtCuePlayer(QObject):
    """Plays cues at once: one preloaded QSoundEffect per sound file, speech after the sound.

    Without any audio output the player keeps working silently: ``available`` is False and
    ``sound_unavailable`` is emitted once with a message the UI can show.
    """

    sound_unavailable = Signal(str)
    cue_played = Signal(object)  # PlayedCue
    speech_started = Signal(str)  # a sentence the speech engine began

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
        super().__init__(parent)
        self._monotonic = monotonic
        self._volume = 1.0
        self._muted = False
        self._voice_enabled = True
        self._unavailable_message = ""
        self._announced = False
        self._warned_sounds: set[str] = set()
        self.played: list[PlayedCue] = []

        outputs = list(QMediaDevices.audioOutputs() if audio_outputs is None else audio_outputs)
        self.device: QAudioDevice | None = self._pick_device(outputs)
        self.durations_s: dict[str, float] = {}
        self.effects: dict[str, QSoundEffect] = {}
        folder = sounds_dir if sounds_dir is not None else resources.path("sounds")
        self._load_sounds(folder)
        if self.device is None:
            self._set_unavailable(self.tr("Sound is unavailable: no audio output found"))

        self.keep_open_s = float(keep_open_s)
        self._keep_open_until_s = 0.0
        self._keep_open_timer = QTimer(self)
        self._keep_open_timer.setSingleShot(True)
        self._keep_open_timer.timeout.connect(self._keep_open_check)
        self._speech_timers: list[QTimer] = []

        self.speech = SpeechClient(speech_engine, has_audio_output=self.device is not None)
        self.speech.setParent(self)
        self.speech.speaking.connect(self.speech_started)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

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
        paths = sorted(folder.glob("*.wav"))
        if not paths:
            log.warning("no cue sounds found in %s", folder)
        for path in paths:
            try:
                self.durations_s[path.name] = wav_duration_s(path)
            except ValueError as exc:
                log.warning("cue sound skipped: %s", exc)
                continue
            if self.device is None:
                continue  # effects without an output only fail, with a misleading warning
            effect = QSoundEffect(self.device, self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.statusChanged.connect(self._status_changed)
            self.effects[path.name] = effect

    def _status_changed(self) -> None:
        statuses = [effect.status() for effect in self.effects.values()]
        if statuses and all(s == QSoundEffect.Status.Error for s in statuses):
            self._set_unavailable(self.tr("Sound is unavailable: the audio output does not play"))

    def _set_unavailable(self, message: str) -> None:
        if self._unavailable_message:
            return
        self._unavailable_message = message
        log.warning("%s", message)
        # Deferred so a caller can connect to the signal right after construction.
        QTimer.singleShot(0, self, self._announce)

    def _announce(self) -> None:
        if not self._announced:
            self._announced = True
            self.sound_unavailable.emit(self._unavailable_message)

    # -- the CuePlayer protocol ---------------------------------------------------------------

    @property
    def available(self) -> bool:
        return not self._unavailable_message

    @property
    def unavailable_message(self) -> str:
        return self._unavailable_message

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def voice_enabled(self) -> bool:
        return self._voice_enabled

    def is_loaded(self) -> bool:
        """Every sound effect has finished loading (or the player is silent anyway)."""
        return all(e.status() != QSoundEffect.Status.Loading for e in self.effects.values())

    def warm_up(self) -> None:
        """Opens the audio output with silence so the first real cue is not late."""
        self._hold_output_open()

    def play(self, cue: Cue) -> None:
        played_at_s = self._monotonic()
        audible = False
        if cue.sound:
            audible = self._play_sound(cue.sound)
        speech_queued = False
        if cue.speech and self._voice_enabled and not self._muted and self._volume > 0:
            delay_s = self.durations_s.get(cue.sound, 0.0) + SPEECH_GAP_S if audible else 0.0
            self._say_later(cue.speech, delay_s)
            speech_queued = True
        entry = PlayedCue(
            cue.kind, cue.sound, cue.speech, cue.planned_s, cue.actual_s, played_at_s,
            audible, speech_queued,
        )  # fmt: skip
        self.played.append(entry)
        self.cue_played.emit(entry)
        self._hold_output_open()

    def set_volume(self, volume: float) -> None:
        if not math.isfinite(volume):
            raise ValueError(f"volume must be a number from 0 to 1 (got {volume})")
        self._volume = min(1.0, max(0.0, float(volume)))
        # A slider position is perceived on a log scale; QSoundEffect wants a linear gain.
        linear = QtAudio.convertVolume(
            self._volume, QtAudio.VolumeScale.LogarithmicVolumeScale,
            QtAudio.VolumeScale.LinearVolumeScale,
        )  # fmt: skip
        for name, effect in self.effects.items():
            if name != SILENCE_SOUND:
                effect.setVolume(linear)
        self.speech.set_volume(self._volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        for name, effect in self.effects.items():
            if name != SILENCE_SOUND:
                effect.setMuted(self._muted)
        if self._muted:
            self._stop_speech()

    def set_voice_enabled(self, enabled: bool) -> None:
        self._voice_enabled = bool(enabled)
        if not self._voice_enabled:
            self._stop_speech()

    def close(self) -> None:
        """Stops every sound and the speech helper (also called when the application quits)."""
        self._keep_open_timer.stop()
        for timer in self._speech_timers:
            timer.stop()
        self._speech_timers.clear()
        for effect in self.effects.values():
            effect.stop()
        self.speech.close()

    # -- internals ----------------------------------------------------------------------------

    def _play_sound(self, sound: str) -> bool:
        effect = self.effects.get(sound)
        if effect is None:
            if self.device is not None and sound not in self._warned_sounds:
                self._warned_sounds.add(sound)
                log.warning("no such cue sound: %s", sound)
            return False
        if self._muted or self._volume <= 0 or effect.status() == QSoundEffect.Status.Error:
            return False
        effect.play()
        return True

    def _say_later(self, text: str, delay_s: float) -> None:
        if delay_s <= 0:
            self.speech.say(text)
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda: self._say_now(text, timer))
        self._speech_timers.append(timer)
        timer.start(round(delay_s * 1000))

    def _say_now(self, text: str, timer: QTimer) -> None:
        self._speech_timers.remove(timer)
        timer.deleteLater()
        # The switches may have changed while the sound played.
        if self._voice_enabled and not self._muted and self._volume > 0:
            self.speech.say(text)

    def _stop_speech(self) -> None:
        for timer in self._speech_timers:
            timer.stop()
            timer.deleteLater()
        self._speech_timers.clear()
        self.speech.stop()

    def _hold_output_open(self) -> None:
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

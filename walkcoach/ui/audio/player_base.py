"""What every cue player shares: the switches, speech after the sound, the log of played cues.

A back end (the sound helper process on Linux, QSoundEffect elsewhere) only starts sounds and
keeps its output open; this class decides whether a cue is audible and when its words follow.
"""

from __future__ import annotations

import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from walkcoach.core.cues import Cue
from walkcoach.core.volume import checked_volume
from walkcoach.ui.audio.speech import SpeechClient

# Speech waits until the cue's sound has finished, plus this breath.
SPEECH_GAP_S = 0.12
# After the last cue or warm-up, the output is held open this long. Sound servers suspend an
# idle output after a few seconds, and waking it delays the next cue.
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


class CuePlayerBase(QObject):
    """The CuePlayer protocol of core.cues, less the sound output itself.

    Without a working output the player keeps going silently: ``available`` is False and
    ``sound_unavailable`` is emitted with a message the UI can show, once per outage.
    """

    sound_unavailable = Signal(str)
    cue_played = Signal(object)  # PlayedCue
    speech_started = Signal(str)  # a sentence the speech engine began
    speech_unavailable = Signal(str)  # why no cue will be spoken (once); the sounds carry on
    speech_language_missing = Signal(str)  # no voice of the cues' language: the note (once)

    def __init__(
        self,
        parent: QObject | None,
        *,
        speech_engine: str | None,
        has_audio_output: bool,
        keep_open_s: float,
        monotonic: Callable[[], float],
    ) -> None:
        super().__init__(parent)
        self._monotonic = monotonic
        self._volume = 1.0
        self._muted = False
        self._voice_enabled = True
        self._unavailable_message = ""
        self._announced = False
        self.keep_open_s = float(keep_open_s)
        self.durations_s: dict[str, float] = {}
        self.played: list[PlayedCue] = []
        self._speech_timers: list[QTimer] = []
        self.speech = SpeechClient(speech_engine, has_audio_output=has_audio_output)
        self.speech.setParent(self)
        self.speech.speaking.connect(self.speech_started)
        self.speech.unavailable.connect(self.speech_unavailable)
        self.speech.language_missing.connect(self.speech_language_missing)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # -- for the back ends --------------------------------------------------------------------

    def _start_sound(self, sound: str) -> bool:
        """Starts a sound now; False if it will not be heard."""
        raise NotImplementedError

    def _apply_volume(self, volume: float) -> None:
        raise NotImplementedError

    def _apply_muted(self, muted: bool) -> None:
        raise NotImplementedError

    def _hold_output_open(self) -> None:
        """Keeps the output open for ``keep_open_s`` from now."""
        raise NotImplementedError

    def _close_output(self) -> None:
        raise NotImplementedError

    def _set_unavailable(self, message: str) -> None:
        if self._unavailable_message:
            return
        self._unavailable_message = message
        self._announced = False
        # Deferred so a caller can connect to the signal right after construction.
        QTimer.singleShot(0, self, self._announce)

    def _set_available(self) -> None:
        self._unavailable_message = ""

    def _announce(self) -> None:
        if not self._announced and self._unavailable_message:
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
    def speech_problem(self) -> str:
        """Why nothing is spoken ("" while speech works or is not known to fail)."""
        return self.speech.unavailable_reason

    @property
    def speech_language_note(self) -> str:
        """ "No voice for Deutsch is installed: ..." once the helper found none ("" otherwise)."""
        return self.speech.language_note

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def voice_enabled(self) -> bool:
        return self._voice_enabled

    def warm_up(self) -> None:
        """Opens the audio output so the first real cue is not late."""
        self._hold_output_open()

    def play(self, cue: Cue) -> None:
        played_at_s = self._monotonic()
        audible = False
        if cue.sound and not self._muted and self._volume > 0:
            audible = self._start_sound(cue.sound)
        speech_queued = False
        # Without a speech engine (speech_problem) the voice is off in effect: nothing is queued
        # for the silent stand-in, and the event log says no speech went out.
        if (
            cue.speech
            and self._voice_enabled
            and not self._muted
            and self._volume > 0
            and not self.speech_problem
        ):
            delay_s = self.durations_s.get(cue.sound, 0.0) + SPEECH_GAP_S if audible else 0.0
            self._say_later(cue.speech, delay_s)
            speech_queued = True
        entry = PlayedCue(
            cue.kind,
            cue.sound,
            cue.speech,
            cue.planned_s,
            cue.actual_s,
            played_at_s,
            audible,
            speech_queued,
        )
        self.played.append(entry)
        self.cue_played.emit(entry)
        self._hold_output_open()

    def set_volume(self, volume: float) -> None:
        self._volume = checked_volume(volume)
        self._apply_volume(self._volume)
        self.speech.set_volume(self._volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        self._apply_muted(self._muted)
        if self._muted:
            self._stop_speech()

    def set_voice_enabled(self, enabled: bool) -> None:
        self._voice_enabled = bool(enabled)
        if not self._voice_enabled:
            self._stop_speech()

    def close(self) -> None:
        """Stops every sound and the helpers (also called when the application quits)."""
        for timer in self._speech_timers:
            timer.stop()
        self._speech_timers.clear()
        self.speech.end_input()  # it quits while the sound output closes
        self._close_output()
        self.speech.close()

    # -- speech -------------------------------------------------------------------------------

    def _load_durations(self, folder: Path, on_error: Callable[[str], None]) -> list[Path]:
        """Reads each sound's length (for timing speech after it); returns the usable files."""
        usable = []
        for path in sorted(folder.glob("*.wav")):
            try:
                self.durations_s[path.name] = wav_duration_s(path)
            except ValueError as exc:
                on_error(str(exc))
                continue
            usable.append(path)
        return usable

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

"""Text-to-speech in a helper process, so a slow or stuck speech engine never freezes the window.

Creating a speechd QTextToSpeech takes 2-5 s and holds Python's GIL the whole time (measured:
a worker thread does not help), and speechd without a sound server can hang for good. The app
therefore runs ``python -m walkcoach.ui.audio.speech`` (a frozen bundle: itself with
WALKCOACH_SPEECH_HELPER=1) and talks to it in JSON lines: ``{"say": text}``, ``{"volume": v}``,
``{"stop": true}`` in; ``{"ready": engine, "locale": ..., "voice": ...}``, ``{"speaking": text}``,
``{"failed": message}`` out. End of input ends the helper.
"""

from __future__ import annotations

import collections
import json
import logging
import os
import shutil
import subprocess
import sys

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from walkcoach.system.helpers import SPEECH_FLAG, SPEECH_MODULE
from walkcoach.ui.audio.helper_process import HelperProcess, helper_env, module_command

log = logging.getLogger(__name__)

NO_SPEECH = "none"  # speech_engine value that starts no helper at all
# More waiting sentences than this means the coach is behind: the oldest (stale) are dropped.
MAX_WAITING_SENTENCES = 2
PREFERRED_LOCALES = ("en_GB", "en_US")  # the app's sentences are British English
SILENCED_QT_LOGS = "qt.multimedia.symbolsresolver=false"
# Why there is no real speech, in plain words (the window shows them in Preferences and the
# status bar; the helper process has no translator, so they stay English here).
NO_SOUND_OUTPUT = "there is no sound output"
NO_SPEECH_ENGINE = "no speech engine is installed (speech-dispatcher)"
NO_SOUND_SERVER = "the sound server does not answer"
ENGINE_MISSING = "the speech engine {engine!r} is not installed"
HELPER_DID_NOT_START = "the speech helper did not start"
ENGINE_FAILED = "the speech engine ({engine}) does not start"
ENGINE_NAMES = {"speechd": "speech-dispatcher"}
HELPER_STOPPED = "the speech helper stopped"


def pulse_server_answers(timeout_s: float = 2.0) -> bool | None:
    """True/False when ``pactl info`` can tell; None when pactl is not installed."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return None
    try:
        result = subprocess.run([pactl, "info"], capture_output=True, timeout=timeout_s)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def choose_engine(requested: str, available: list[str], has_audio_output: bool) -> str:
    """The QTextToSpeech engine: never speechd without a sound server that answers.

    speech-dispatcher started without a sound server never finishes a sentence, and the next
    QTextToSpeech then blocks; anything short of a working server gets the silent mock engine.
    """
    return speech_choice(requested, available, has_audio_output)[0]


def speech_choice(requested: str, available: list[str], has_audio_output: bool) -> tuple[str, str]:
    """(engine, why nothing will be heard): the reason is "" when the engine really speaks, or
    when the silent engine was asked for by name (the tests' "mock")."""
    if requested:
        if requested in available:
            return requested, ""
        return "mock", ENGINE_MISSING.format(engine=requested)
    if not has_audio_output:
        return "mock", NO_SOUND_OUTPUT
    if "speechd" not in available:
        return "mock", NO_SPEECH_ENGINE
    if pulse_server_answers() is False:
        return "mock", NO_SOUND_SERVER
    return "speechd", ""


class SpeechClient(QObject):
    """The window's side: starts the helper, sends sentences, reports what it says."""

    ready = Signal(str, str, str)  # engine, locale, voice
    failed = Signal(str)
    speaking = Signal(str)
    unavailable = Signal(str)  # why nothing will be spoken; emitted once

    def __init__(self, requested_engine: str | None, has_audio_output: bool) -> None:
        super().__init__()
        self.engine = self.locale = self.voice = ""  # known once the helper is ready
        self.unavailable_reason = ""
        env = helper_env(
            SPEECH_FLAG,
            WALKCOACH_SPEECH_ENGINE=requested_engine or os.environ.get("QT_SPEECH_ENGINE", ""),
            WALKCOACH_AUDIO_OUTPUT="1" if has_audio_output else "0",
            QT_QPA_PLATFORM="offscreen",  # the helper shows nothing
            # QtTextToSpeech loads QtMultimedia, which tells stderr at every start that it found
            # no PipeWire library; the helper plays nothing through it, so that is only noise.
            QT_LOGGING_RULES=";".join(
                filter(None, [os.environ.get("QT_LOGGING_RULES"), SILENCED_QT_LOGS])
            ),
        )
        self.helper = HelperProcess("speech", module_command(SPEECH_MODULE), env, self)
        self.helper.message.connect(self._handle)
        self.helper.ended.connect(lambda _code: self._mark_unavailable(HELPER_STOPPED))
        if requested_engine != NO_SPEECH and not self.helper.start():
            self._mark_unavailable(HELPER_DID_NOT_START)

    def _mark_unavailable(self, reason: str) -> None:
        if self.unavailable_reason:
            return  # said once
        self.unavailable_reason = reason
        # Deferred: whoever made this client connects to the signal right after construction.
        QTimer.singleShot(0, self, lambda: self.unavailable.emit(reason))

    @property
    def running(self) -> bool:
        return self.helper.running

    def say(self, text: str) -> None:
        self._send({"say": text})

    def set_volume(self, volume: float) -> None:
        self._send({"volume": volume})

    def stop(self) -> None:
        self._send({"stop": True})

    def close(self) -> None:
        self.helper.close()

    def _send(self, message: dict) -> None:
        if self.helper.process is not None and not self.helper.send(message):
            log.warning("the speech helper has stopped; going on without speech")

    def _handle(self, message: dict) -> None:
        if "ready" in message:
            self.engine = str(message["ready"])
            self.locale = str(message.get("locale", ""))
            self.voice = str(message.get("voice", ""))
            log.info("speech: engine %s, locale %s, voice %s", self.engine, self.locale, self.voice)
            self.ready.emit(self.engine, self.locale, self.voice)
            if message.get("unavailable"):
                self._mark_unavailable(str(message["unavailable"]))
        elif "speaking" in message:
            self.speaking.emit(message["speaking"])
        elif "failed" in message:
            log.warning("speech: %s (%s)", message["failed"], message.get("detail", ""))
            self.failed.emit(message["failed"])
            self._mark_unavailable(str(message["failed"]))


# ---------------------------------------------------------------------------------------------
# The helper process


def _choose_english(tts) -> tuple[str, str]:
    """Sets an English locale and voice explicitly (with LANG=C speechd picks an odd one)."""
    locales = {loc.name(): loc for loc in tts.availableLocales()}
    english = [n for n, loc in locales.items() if loc.language() == QLocale.Language.English]
    system = QLocale.system().name()
    order = (
        ([system] if system in english else [])
        + [n for n in PREFERRED_LOCALES if n in english]
        + sorted(english)
    )
    if order:
        tts.setLocale(locales[order[0]])
    voices = list(tts.availableVoices())
    # espeak lists "English (Great Britain)+Adam" style variants; the plain voice sounds best.
    plain = [v for v in voices if "+" not in v.name()]
    if plain or voices:
        tts.setVoice((plain or voices)[0])
    return tts.locale().name(), tts.voice().name()


class _Speaker(QObject):
    """Reads commands from stdin with a socket notifier: no extra thread in the helper."""

    def __init__(self, tts) -> None:
        super().__init__()
        from PySide6.QtCore import QSocketNotifier
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._ready_state = QTextToSpeech.State.Ready
        self.tts = tts
        self.waiting: collections.deque[str] = collections.deque()
        self._pending = b""
        tts.stateChanged.connect(self._state_changed)
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read_input)

    def _read_input(self) -> None:
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:  # end of input: the app closed or died
            from PySide6.QtCore import QCoreApplication

            self._notifier.setEnabled(False)
            self.tts.stop()
            QCoreApplication.quit()
            return
        *lines, self._pending = (self._pending + data).split(b"\n")
        for line in lines:
            self._handle(line)

    def _handle(self, line: bytes) -> None:
        try:
            message = json.loads(line)
        except ValueError:
            return
        if not isinstance(message, dict):
            return
        if "say" in message:
            self.waiting.append(str(message["say"]))
            while len(self.waiting) > MAX_WAITING_SENTENCES:
                self.waiting.popleft()
            if self.tts.state() == self._ready_state:
                self._say_next()
        elif "volume" in message:
            self.tts.setVolume(float(message["volume"]))
        elif "stop" in message:
            self.waiting.clear()
            self.tts.stop()

    def _state_changed(self, state) -> None:
        if state == self._ready_state:
            self._say_next()

    def _say_next(self) -> None:
        if self.waiting:
            text = self.waiting.popleft()
            self.tts.say(text)
            _emit({"speaking": text})


def _emit(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def helper_main() -> int:
    """Entry point of the helper process."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTextToSpeech import QTextToSpeech

    app = QCoreApplication(sys.argv[:1])
    engine, unavailable = speech_choice(
        os.environ.get("WALKCOACH_SPEECH_ENGINE", ""),
        list(QTextToSpeech.availableEngines()),
        os.environ.get("WALKCOACH_AUDIO_OUTPUT", "1") == "1",
    )
    tts = QTextToSpeech(engine)
    if tts.state() == QTextToSpeech.State.Error:
        _emit(
            {
                "failed": ENGINE_FAILED.format(engine=ENGINE_NAMES.get(engine, engine)),
                "detail": tts.errorString(),  # for the log: Qt's words are not the user's
            }
        )
        return 1
    locale, voice = _choose_english(tts)
    speaker = _Speaker(tts)  # noqa: F841 - lives as long as the event loop
    ready = {"ready": engine, "locale": locale, "voice": voice}
    if unavailable:
        ready["unavailable"] = unavailable  # the silent engine stands in: say why
    _emit(ready)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(helper_main())

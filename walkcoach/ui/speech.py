"""Text-to-speech in a helper process, so a slow or stuck speech engine never freezes the window.

Creating a speechd QTextToSpeech takes 2-5 s and holds Python's GIL the whole time (measured:
a worker thread does not help), and speechd without a sound server can hang for good. The app
therefore runs ``python -m walkcoach.ui.speech`` (a frozen bundle: itself with
WALKCOACH_SPEECH_HELPER=1) and talks to it in JSON lines: ``{"say": text}``, ``{"volume": v}``,
``{"stop": true}`` in; ``{"ready": engine, "locale": ..., "voice": ...}``, ``{"speaking": text}``,
``{"failed": message}`` out. End of input ends the helper.
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import weakref

from PySide6.QtCore import QLocale, QObject, Qt, Signal

log = logging.getLogger(__name__)

HELPER_ENV = "WALKCOACH_SPEECH_HELPER"
NO_SPEECH = "none"  # speech_engine value that starts no helper at all
# More waiting sentences than this means the coach is behind: the oldest (stale) are dropped.
MAX_WAITING_SENTENCES = 2
PREFERRED_LOCALES = ("en_GB", "en_US")  # the app's sentences are British English


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
    if requested:
        return requested if requested in available else "mock"
    if not has_audio_output or "speechd" not in available:
        return "mock"
    if pulse_server_answers() is False:
        return "mock"
    return "speechd"


def helper_command() -> list[str]:
    """How to start the helper: this interpreter, or the frozen app itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable]  # with HELPER_ENV set; walkcoach.cli.main hands over to us
    return [sys.executable, "-m", "walkcoach.ui.speech"]


class SpeechClient(QObject):
    """The window's side: starts the helper, sends sentences, reports what it says.

    Its answers are read by a plain Python thread, not a QSocketNotifier: in a process playing
    through QtMultimedia (Qt 6.12), a notifier on a pipe now and then found its descriptor
    closed under it and flooded the log with "Invalid socket" at full CPU (both with QProcess
    and with a hand-made notifier); a blocked read() simply ends instead.
    """

    _line = Signal(bytes)  # from the reader thread; queued into the GUI thread

    ready = Signal(str, str, str)  # engine, locale, voice
    failed = Signal(str)
    speaking = Signal(str)

    def __init__(self, requested_engine: str | None, has_audio_output: bool) -> None:
        super().__init__()
        self.engine = self.locale = self.voice = ""  # known once the helper is ready
        self._buffer = b""
        env = dict(os.environ)
        env[HELPER_ENV] = "1"
        env["WALKCOACH_SPEECH_ENGINE"] = requested_engine or env.get("QT_SPEECH_ENGINE", "")
        env["WALKCOACH_AUDIO_OUTPUT"] = "1" if has_audio_output else "0"
        env["QT_QPA_PLATFORM"] = "offscreen"  # the helper shows nothing
        self.process: subprocess.Popen | None = None
        self._line.connect(self._handle, Qt.ConnectionType.QueuedConnection)
        if requested_engine == NO_SPEECH:
            return
        try:
            self.process = subprocess.Popen(
                helper_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
            )
        except OSError as exc:
            log.warning("the speech helper did not start: %s", exc)
            return
        reader = threading.Thread(
            target=_read_lines, args=(self.process.stdout, self._line), daemon=True
        )
        reader.start()
        self._finalizer = weakref.finalize(self, _end_process, self.process)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def say(self, text: str) -> None:
        self._send({"say": text})

    def set_volume(self, volume: float) -> None:
        self._send({"volume": volume})

    def stop(self) -> None:
        self._send({"stop": True})

    def close(self) -> None:
        if self.process is not None:
            self._finalizer()

    def _send(self, message: dict) -> None:
        if not self.running:
            return
        try:
            self.process.stdin.write((json.dumps(message) + "\n").encode("utf-8"))
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError):  # the helper ended; speech is optional
            log.warning("the speech helper has stopped; going on without speech")

    def _handle(self, line: bytes) -> None:
        try:
            message = json.loads(line)
        except ValueError:
            log.warning("speech helper said: %r", line[:200])
            return
        if not isinstance(message, dict):
            return
        if "ready" in message:
            self.engine = str(message["ready"])
            self.locale = str(message.get("locale", ""))
            self.voice = str(message.get("voice", ""))
            log.info("speech: engine %s, locale %s, voice %s", self.engine, self.locale, self.voice)
            self.ready.emit(self.engine, self.locale, self.voice)
        elif "speaking" in message:
            self.speaking.emit(message["speaking"])
        elif "failed" in message:
            log.warning("speech: %s", message["failed"])
            self.failed.emit(message["failed"])


def _read_lines(stream, line_signal) -> None:
    """Reader thread: forwards each line the helper prints until it ends."""
    try:
        for line in stream:
            line_signal.emit(line.rstrip(b"\n"))
    except (OSError, ValueError):  # closed by close(): nothing more to read
        pass


def _end_process(process: subprocess.Popen) -> None:
    for stream in (process.stdin, process.stdout):
        with contextlib.suppress(OSError):
            stream.close()  # end of input: the helper quits on its own
    try:
        process.wait(timeout=1.5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


# ---------------------------------------------------------------------------------------------
# The helper process


def _choose_english(tts) -> tuple[str, str]:
    """Sets an English locale and voice explicitly (with LANG=C speechd picks an odd one)."""
    locales = {loc.name(): loc for loc in tts.availableLocales()}
    english = [n for n, loc in locales.items() if loc.language() == QLocale.Language.English]
    system = QLocale.system().name()
    order = ([system] if system in english else []) + [
        n for n in PREFERRED_LOCALES if n in english
    ] + sorted(english)
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
    engine = choose_engine(
        os.environ.get("WALKCOACH_SPEECH_ENGINE", ""),
        list(QTextToSpeech.availableEngines()),
        os.environ.get("WALKCOACH_AUDIO_OUTPUT", "1") == "1",
    )
    tts = QTextToSpeech(engine)
    if tts.state() == QTextToSpeech.State.Error:
        _emit({"failed": f"speech engine {engine!r} failed: {tts.errorString()}"})
        return 1
    locale, voice = _choose_english(tts)
    speaker = _Speaker(tts)  # noqa: F841 - lives as long as the event loop
    _emit({"ready": engine, "locale": locale, "voice": voice})
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(helper_main())

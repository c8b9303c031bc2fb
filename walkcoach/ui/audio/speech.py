"""Text-to-speech in a helper process, so a slow or stuck speech engine never freezes the window.

Creating a speechd QTextToSpeech takes 2-5 s and holds Python's GIL the whole time (measured:
a worker thread does not help), and speechd without a sound server can hang for good. The app
therefore runs ``python -m walkcoach.ui.audio.speech`` (a frozen bundle: itself with
WALKCOACH_SPEECH_HELPER=1) and talks to it in JSON lines: ``{"say": text}``, ``{"volume": v}``,
``{"stop": true}`` in; ``{"ready": engine, "locale": ..., "voice": ..., "language_found": bool}``,
``{"speaking": text}``, ``{"failed": message}`` out. End of input ends the helper.

The voice speaks the cues' language (WALKCOACH_SPEECH_LANGUAGE, from core.i18n.spoken_language):
the helper picks a locale and voice of it, and says in its ready message whether there was one.
Without one the window has the cues spoken in English by an English voice, and says so once.
The helper has no translator: its reasons go out as marked English templates with their
arguments, and the window translates them where it shows them.
"""

from __future__ import annotations

import collections
import json
import logging
import os
import shutil
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from walkcoach.core import i18n as core_i18n
from walkcoach.core.i18n import QT_TRANSLATE_NOOP  # PySide6's is typed as returning object
from walkcoach.system.helpers import SPEECH_FLAG, SPEECH_MODULE
from walkcoach.ui.audio.helper_process import HelperProcess, helper_env, module_command

log = logging.getLogger(__name__)

NO_SPEECH = "none"  # speech_engine value that starts no helper at all
# More waiting sentences than this means the coach is behind: the oldest (stale) are dropped.
MAX_WAITING_SENTENCES = 2
PREFERRED_LOCALES = ("en_GB", "en_US")  # the app's sentences are British English
SILENCED_QT_LOGS = "qt.multimedia.symbolsresolver=false"
LANGUAGE_VARIABLE = "WALKCOACH_SPEECH_LANGUAGE"  # the cues' language, for the helper's voice
# Why there is no real speech, in plain words (the window shows them in Preferences and the
# status bar). Marked here, translated by the window (shown_reason): the helper has no translator.
TR_CONTEXT = "Speech"
NO_SOUND_OUTPUT = QT_TRANSLATE_NOOP("Speech", "there is no sound output")
NO_SPEECH_ENGINE = QT_TRANSLATE_NOOP("Speech", "no speech engine is installed (speech-dispatcher)")
NO_SOUND_SERVER = QT_TRANSLATE_NOOP("Speech", "the sound server does not answer")
ENGINE_MISSING = QT_TRANSLATE_NOOP("Speech", "the speech engine {engine!r} is not installed")
HELPER_DID_NOT_START = QT_TRANSLATE_NOOP("Speech", "the speech helper did not start")
ENGINE_FAILED = QT_TRANSLATE_NOOP("Speech", "the speech engine ({engine}) does not start")
ENGINE_NAMES = {"speechd": "speech-dispatcher"}
HELPER_STOPPED = QT_TRANSLATE_NOOP("Speech", "the speech helper stopped")
#: {language} is the language's own name ("Deutsch", "français").
NO_VOICE = QT_TRANSLATE_NOOP(
    "Speech", "No voice for {language} is installed: the cues are spoken in English."
)


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
    engine, template, args = speech_choice_parts(requested, available, has_audio_output)
    return engine, template.format(**args)


def speech_choice_parts(
    requested: str, available: list[str], has_audio_output: bool
) -> tuple[str, str, dict[str, str]]:
    """``speech_choice`` with the reason as its marked template and arguments (to translate)."""
    if requested:
        if requested in available:
            return requested, "", {}
        return "mock", ENGINE_MISSING, {"engine": requested}
    if not has_audio_output:
        return "mock", NO_SOUND_OUTPUT, {}
    if "speechd" not in available:
        return "mock", NO_SPEECH_ENGINE, {}
    if pulse_server_answers() is False:
        return "mock", NO_SOUND_SERVER, {}
    return "speechd", "", {}


def shown_reason(template: str, args: dict | None = None) -> str:
    """A reason of the helper's (a marked template) in the window's language, filled in."""
    if not template:
        return ""
    translated = QCoreApplication.translate(TR_CONTEXT, template)
    if not args:
        return translated
    for text in (translated, template):
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            continue
    return template


def no_voice_note(language: str) -> str:
    """The note "No voice for Deutsch is installed: ..." in the window's language."""
    name = QLocale(language).nativeLanguageName() or language
    return shown_reason(NO_VOICE, {"language": name})


class SpeechClient(QObject):
    """The window's side: starts the helper, sends sentences, reports what it says."""

    ready = Signal(str, str, str)  # engine, locale, voice
    failed = Signal(str)
    speaking = Signal(str)
    unavailable = Signal(str)  # why nothing will be spoken; emitted once
    # No voice of the cues' language: the note to show (the cues are now spoken in English).
    language_missing = Signal(str)

    def __init__(
        self, requested_engine: str | None, has_audio_output: bool, language: str | None = None
    ) -> None:
        super().__init__()
        self.engine = self.locale = self.voice = ""  # known once the helper is ready
        self.unavailable_reason = ""
        self.language = language or core_i18n.spoken_language()  # the voice wanted
        self.language_note = ""  # set when the system has no voice of that language
        env = helper_env(
            SPEECH_FLAG,
            WALKCOACH_SPEECH_ENGINE=requested_engine or os.environ.get("QT_SPEECH_ENGINE", ""),
            WALKCOACH_AUDIO_OUTPUT="1" if has_audio_output else "0",
            **{LANGUAGE_VARIABLE: self.language},
            QT_QPA_PLATFORM="offscreen",  # the helper shows nothing
            # QtTextToSpeech loads QtMultimedia, which tells stderr at every start that it found
            # no PipeWire library; the helper plays nothing through it, so that is only noise.
            QT_LOGGING_RULES=";".join(
                filter(None, [os.environ.get("QT_LOGGING_RULES"), SILENCED_QT_LOGS])
            ),
        )
        self.helper = HelperProcess("speech", module_command(SPEECH_MODULE), env, self)
        self.helper.message.connect(self._handle)
        self.helper.ended.connect(
            lambda _code: self._mark_unavailable(shown_reason(HELPER_STOPPED))
        )
        if requested_engine != NO_SPEECH and not self.helper.start():
            self._mark_unavailable(shown_reason(HELPER_DID_NOT_START))

    def _mark_unavailable(self, reason: str) -> None:
        """``reason`` is in the window's language already (shown_reason)."""
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

    def end_input(self) -> None:
        """The helper starts to quit; close() waits for it."""
        self.helper.end_input()

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
                self._mark_unavailable(self._reason(message, "unavailable"))
            elif message.get("language_found") is False:
                self._no_voice_of_the_language()
        elif "speaking" in message:
            self.speaking.emit(message["speaking"])
        elif "failed" in message:
            log.warning("speech: %s (%s)", message["failed"], message.get("detail", ""))
            self.failed.emit(message["failed"])
            self._mark_unavailable(self._reason(message, "failed"))

    @staticmethod
    def _reason(message: dict, key: str) -> str:
        """The helper's reason in the window's language (its template and arguments when sent)."""
        args = message.get("reason_args")
        template = message.get("reason")
        if isinstance(template, str) and isinstance(args, dict):
            return shown_reason(template, {str(k): str(v) for k, v in args.items()})
        return shown_reason(str(message[key]))

    def _no_voice_of_the_language(self) -> None:
        """The voice speaks English: the cues are made in English from now on, and the user is
        told once why they hear English."""
        log.info("speech: no voice for %r; the cues are spoken in English", self.language)
        core_i18n.set_spoken_language(core_i18n.SOURCE_LANGUAGE)
        if self.language_note:
            return
        self.language_note = no_voice_note(self.language)
        note = self.language_note
        QTimer.singleShot(0, self, lambda: self.language_missing.emit(note))


# ---------------------------------------------------------------------------------------------
# The helper process


def wanted_language(language: str) -> QLocale.Language:
    """The QLocale language of a language code ("de", "de_AT"); English for "" or an unknown
    code (the pseudo-language en_XA is English too)."""
    found = QLocale(language).language() if language else QLocale.Language.C
    if found in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale.Language.English
    return found


def locale_order(names: list[str], language: QLocale.Language, system: str) -> list[str]:
    """Which of the engine's locales (``names``, of ``language``) to try first: the system's
    region when it speaks that language, then the language's main one (British English: the
    app's English sentences are British), then the rest by name."""
    main = list(PREFERRED_LOCALES) if language == QLocale.Language.English else []
    main.append(QLocale(language).name())
    first = [system] + main
    ordered = [n for n in dict.fromkeys(first) if n in names]
    return ordered + sorted(n for n in names if n not in ordered)


def choose_voice(tts, language: str, system: str | None = None) -> tuple[str, str, bool]:
    """Sets a locale and voice of ``language`` explicitly (with LANG=C speechd picks an odd one),
    English when the engine has none of it; (locale, voice, whether the language was found)."""
    system = QLocale.system().name() if system is None else system
    locales: dict[str, QLocale] = {}
    for loc in tts.availableLocales():
        locales.setdefault(loc.name(), loc)
    wanted = wanted_language(language)

    def of(lang: QLocale.Language) -> list[str]:
        return locale_order(
            [n for n, loc in locales.items() if loc.language() == lang], lang, system
        )

    order = of(wanted)
    found = bool(order)
    if not found:
        order = of(QLocale.Language.English)
    if order:
        tts.setLocale(locales[order[0]])
    voices = list(tts.availableVoices())  # the chosen locale's
    # espeak lists "English (Great Britain)+Adam" style variants; the plain voice sounds best.
    plain = [v for v in voices if "+" not in v.name()]
    if plain or voices:
        tts.setVoice((plain or voices)[0])
    return tts.locale().name(), tts.voice().name(), found


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
    engine, why, why_args = speech_choice_parts(
        os.environ.get("WALKCOACH_SPEECH_ENGINE", ""),
        list(QTextToSpeech.availableEngines()),
        os.environ.get("WALKCOACH_AUDIO_OUTPUT", "1") == "1",
    )
    tts = QTextToSpeech(engine)
    if tts.state() == QTextToSpeech.State.Error:
        args = {"engine": ENGINE_NAMES.get(engine, engine)}
        _emit(
            {
                "failed": ENGINE_FAILED.format(**args),
                "reason": ENGINE_FAILED,
                "reason_args": args,
                "detail": tts.errorString(),  # for the log: Qt's words are not the user's
            }
        )
        return 1
    language = os.environ.get(LANGUAGE_VARIABLE, "")
    locale, voice, found = choose_voice(tts, language)
    speaker = _Speaker(tts)  # noqa: F841 - lives as long as the event loop
    ready: dict[str, object] = {
        "ready": engine,
        "locale": locale,
        "voice": voice,
        "language": language,
        "language_found": found,
    }
    if why:  # the silent engine stands in: say why
        ready.update(unavailable=why.format(**why_args), reason=why, reason_args=why_args)
    _emit(ready)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(helper_main())

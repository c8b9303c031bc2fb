"""The voice speaks the cues' language; without one of it the cues are English and the user is told.

The choice is tested on a fake engine (the locales and voices a speechd with espeak-ng lists);
the window's side with the real helper process on Qt's silent "mock" engine, which has English,
Norwegian and Finnish locales but no German one.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from walkcoach.core import i18n as core_i18n
from walkcoach.core.cues import RecordingCuePlayer
from walkcoach.core.settings import Settings
from walkcoach.system.awake import AwakeGuard, NullInhibitor
from walkcoach.ui.audio import speech
from walkcoach.ui.dialogs.settings import SettingsDialog
from walkcoach.ui.main_window import MainWindow
from walkcoach.ui.session.session import SessionController
from walkcoach.ui.window_hooks import open_preferences


class _Voice:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


class FakeTts:
    """QTextToSpeech's locale and voice calls: the voices listed are the chosen locale's."""

    def __init__(self, voices: dict[str, list[str]]) -> None:
        self._voices = voices
        self._locale = QLocale("en_US")
        self._voice = _Voice("")

    def availableLocales(self):
        return [QLocale(name) for name in self._voices]

    def availableVoices(self):
        return [_Voice(n) for n in self._voices.get(self._locale.name(), [])]

    def setLocale(self, locale):
        self._locale = locale

    def locale(self):
        return self._locale

    def setVoice(self, voice):
        self._voice = voice

    def voice(self):
        return self._voice


ESPEAK = {
    "en_GB": ["English (Great Britain)+Adam", "English (Great Britain)"],
    "en_US": ["English (America)"],
    "de_AT": ["German (Austria)"],
    "de_DE": ["German+Max", "German"],
    "de_CH": ["German (Switzerland)"],
    "fr_BE": ["French (Belgium)"],
    "fr_FR": ["French (France)+Anna", "French (France)"],
    "nl_NL": ["Dutch"],
}


def test_the_voice_of_the_wanted_language_its_main_locale_and_a_plain_voice():
    tts = FakeTts(ESPEAK)
    assert speech.choose_voice(tts, "de", system="C") == ("de_DE", "German", True)
    assert speech.choose_voice(tts, "fr", system="en_US") == ("fr_FR", "French (France)", True)
    assert speech.choose_voice(tts, "nl", system="") == ("nl_NL", "Dutch", True)


def test_the_system_region_comes_first_when_it_speaks_that_language():
    tts = FakeTts(ESPEAK)
    assert speech.choose_voice(tts, "de", system="de_AT") == ("de_AT", "German (Austria)", True)
    assert speech.choose_voice(tts, "fr", system="fr_BE")[0] == "fr_BE"
    # A region of another language does not count: German from an Austrian system only.
    assert speech.choose_voice(tts, "fr", system="de_AT")[0] == "fr_FR"
    assert speech.choose_voice(tts, "de_CH", system="C")[0] == "de_DE"


def test_english_stays_british_first_and_the_pseudo_language_is_english():
    tts = FakeTts(ESPEAK)
    assert speech.choose_voice(tts, "en", system="C") == (
        "en_GB",
        "English (Great Britain)",
        True,
    )
    assert speech.choose_voice(tts, "en", system="en_US")[0] == "en_US"
    assert speech.choose_voice(tts, "en_XA", system="C")[0] == "en_GB"
    assert speech.choose_voice(tts, "", system="C")[0] == "en_GB"


def test_a_language_without_a_voice_falls_back_to_english_and_says_so():
    tts = FakeTts(ESPEAK)
    assert speech.choose_voice(tts, "it", system="it_IT") == (
        "en_GB",
        "English (Great Britain)",
        False,
    )
    nothing = FakeTts({"es_ES": ["Spanish"]})
    # No English either: the engine's own locale and voice are left as they are.
    assert speech.choose_voice(nothing, "de", system="C") == ("en_US", "", False)


@pytest.fixture
def english_afterwards():
    yield
    core_i18n.reset()


def test_no_voice_of_the_language_makes_the_cues_english_and_says_so_once(
    qapp, qtbot, english_afterwards
):
    core_i18n.set_spoken_language("de")
    client = speech.SpeechClient("mock", has_audio_output=True, language="de")
    try:
        with qtbot.waitSignal(client.language_missing, timeout=10000) as signal:
            pass
        assert signal.args == ["No voice for Deutsch is installed: the cues are spoken in English."]
        assert client.language_note == signal.args[0] and client.unavailable_reason == ""
        assert core_i18n.spoken_language() == "en"
        assert client.locale.startswith("en_")  # the English voice speaks
    finally:
        client.close()


def test_a_voice_of_the_language_keeps_the_cues_in_it(qapp, qtbot, english_afterwards):
    core_i18n.set_spoken_language("fi")
    client = speech.SpeechClient("mock", has_audio_output=True)  # the cues' language: fi
    try:
        missing: list[str] = []
        client.language_missing.connect(missing.append)
        with qtbot.waitSignal(client.ready, timeout=10000):
            pass
        qtbot.wait(50)  # a deferred note would have come by now
        assert client.locale == "fi_FI" and missing == [] and client.language_note == ""
        assert core_i18n.spoken_language() == "fi"
    finally:
        client.close()


class _Pseudo(QTranslator):
    """Every text of the Speech context wrapped in [ ], as a translation would change it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]" if context == speech.TR_CONTEXT else None


def test_the_helpers_reasons_are_shown_in_the_windows_language(qapp, qtbot):
    translator = _Pseudo()
    qapp.installTranslator(translator)
    client = None
    try:
        assert speech.shown_reason(speech.NO_SOUND_OUTPUT) == "[there is no sound output]"
        assert speech.no_voice_note("fr") == (
            "[No voice for français is installed: the cues are spoken in English.]"
        )
        client = speech.SpeechClient("walkcoach-test-no-such-engine", has_audio_output=True)
        with qtbot.waitSignal(client.unavailable, timeout=10000) as signal:
            pass
        assert signal.args == [
            "[the speech engine 'walkcoach-test-no-such-engine' is not installed]"
        ]
    finally:
        if client is not None:
            client.close()
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate(speech.TR_CONTEXT, speech.NO_SOUND_OUTPUT) == (
        "there is no sound output"
    )


class _EnglishVoicePlayer(RecordingCuePlayer):
    """A player whose speech works, in English: no voice of the cues' language."""

    speech_problem = ""
    speech_language_note = "No voice for Deutsch is installed: the cues are spoken in English."


def test_preferences_say_the_cues_are_spoken_in_english(qtbot, fake_clock):
    settings = Settings()
    player = _EnglishVoicePlayer()
    controller = SessionController(
        fake_clock, player, settings, AwakeGuard(NullInhibitor("tests keep the screen as it is"))
    )
    window = MainWindow(controller, settings, cue_player=player)
    qtbot.addWidget(window)
    dialog = open_preferences(window)
    assert dialog.voice.isEnabled()  # speech works: the box stays the user's
    assert not dialog.voice_note.isHidden()
    assert dialog.voice_note.text() == player.speech_language_note
    # A problem found later takes the note's place; the note alone again without one.
    plain = SettingsDialog(Settings())
    qtbot.addWidget(plain)
    assert plain.voice_note.isHidden()
    plain.set_speech_note("No voice for Nederlands is installed: the cues are spoken in English.")
    assert not plain.voice_note.isHidden() and "Nederlands" in plain.voice_note.text()
    plain.set_speech_problem("there is no sound output")
    assert "Speech is not available" in plain.voice_note.text()


# The real app in German on the mock engine (no German voice): what the status bar says, and in
# which language the cues are made afterwards.
GERMAN_PROBE = r"""
import sys
from walkcoach import paths
from walkcoach.cli.main import build_parser
from walkcoach.core import i18n
from walkcoach.ui import app

args = build_parser().parse_args(sys.argv[1:])
paths.init(args.data_dir)
build = app._build

def built(*a, **k):
    gui = build(*a, **k)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look():
        if any("Deutsch" in n for n in gui.notices):
            print("status=" + gui.window.statusBar().currentMessage(), flush=True)
            print("spoken=" + i18n.spoken_language(), flush=True)
            QApplication.quit()

    timer = QTimer(gui.window)
    timer.timeout.connect(look)
    timer.start(50)
    QTimer.singleShot(20000, QApplication.quit)
    return gui

app._build = built
sys.exit(app.run_gui(args))
"""


def test_the_app_in_german_without_a_german_voice_says_so_in_the_status_bar(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SPEECH_ENGINE="mock")
    env.update(LANG="de_DE.UTF-8", LC_ALL="", LC_MESSAGES="")
    result = subprocess.run(
        [sys.executable, "-c", GERMAN_PROBE, "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert "Deutsch" in lines.get("status", ""), result.stdout + result.stderr[-2000:]
    assert lines["spoken"] == "en"

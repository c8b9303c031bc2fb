"""No speech engine: the app says so once (Preferences and the status bar) and the sounds go on."""

from __future__ import annotations

import pytest

from walkcoach.core.cues import Cue, RecordingCuePlayer
from walkcoach.core.settings import Settings
from walkcoach.system.awake import AwakeGuard, NullInhibitor
from walkcoach.ui.audio import speech
from walkcoach.ui.dialogs.settings import SettingsDialog
from walkcoach.ui.main_window import MainWindow
from walkcoach.ui.session.session import SessionController
from walkcoach.ui.window_hooks import open_preferences

MISSING = "walkcoach-test-no-such-engine"


def test_speech_choice_says_why_nothing_will_be_spoken(monkeypatch):
    monkeypatch.setattr(speech, "pulse_server_answers", lambda timeout_s=2.0: False)
    assert speech.speech_choice("", ["speechd", "mock"], False) == ("mock", speech.NO_SOUND_OUTPUT)
    assert speech.speech_choice("", ["mock"], True) == ("mock", speech.NO_SPEECH_ENGINE)
    assert speech.speech_choice("", ["speechd", "mock"], True) == ("mock", speech.NO_SOUND_SERVER)
    assert speech.speech_choice("flite", ["mock"], True) == (
        "mock",
        "the speech engine 'flite' is not installed",
    )
    # The silent engine asked for by name (the tests do) is not a fault.
    assert speech.speech_choice("mock", ["mock"], True) == ("mock", "")
    monkeypatch.setattr(speech, "pulse_server_answers", lambda timeout_s=2.0: True)
    assert speech.speech_choice("", ["speechd", "mock"], True) == ("speechd", "")


def test_the_speech_helper_reports_a_missing_engine_once(qapp, qtbot):
    client = speech.SpeechClient(MISSING, has_audio_output=True)
    try:
        with qtbot.waitSignal(client.unavailable, timeout=10000) as signal:
            pass
        assert signal.args == [f"the speech engine {MISSING!r} is not installed"]
        assert client.unavailable_reason == signal.args[0]
        said = []
        client.unavailable.connect(said.append)
        client.say("Forward for two minutes.")
        qtbot.wait(200)
        assert said == []  # once
    finally:
        client.close()


def test_preferences_grey_out_the_voice_with_the_reason_and_keep_the_choice(qtbot):
    settings = Settings(voice_enabled=True, muted=False)
    dialog = SettingsDialog(
        settings, speech_problem="no speech engine is installed (speech-dispatcher)"
    )
    qtbot.addWidget(dialog)
    assert not dialog.voice.isEnabled() and not dialog.voice.isChecked()
    assert not dialog.voice_note.isHidden()
    assert "no speech engine is installed" in dialog.voice_note.text()
    assert "cue sounds still play" in dialog.voice_note.text()
    assert not dialog.time_left.isEnabled()  # nothing to space out
    assert dialog.volume.isEnabled()  # the sounds have a volume still
    assert dialog.values().voice_enabled is True  # speech comes back where it works
    dialog.restore_defaults()
    assert not dialog.voice.isEnabled() and not dialog.voice.isChecked()


def test_preferences_with_speech_show_the_box_as_before(qtbot):
    dialog = SettingsDialog(Settings(voice_enabled=True))
    qtbot.addWidget(dialog)
    assert dialog.voice.isEnabled() and dialog.voice.isChecked() and dialog.voice_note.isHidden()


class _SilentSpeechPlayer(RecordingCuePlayer):
    """The core's recording player plus the two members a Qt player adds for speech."""

    def __init__(self, problem: str) -> None:
        super().__init__()
        self.speech_problem = problem


def test_open_preferences_asks_the_player_whether_speech_works(qtbot, fake_clock):
    settings = Settings()
    player = _SilentSpeechPlayer("there is no sound output")
    controller = SessionController(
        fake_clock, player, settings, AwakeGuard(NullInhibitor("tests keep the screen as it is"))
    )
    window = MainWindow(controller, settings, cue_player=player)
    qtbot.addWidget(window)
    dialog = open_preferences(window)
    assert not dialog.voice.isEnabled()
    assert "there is no sound output" in dialog.voice_note.text()


@pytest.mark.parametrize("engine", [MISSING])
def test_without_speech_the_cues_still_play_their_sounds(qapp, qtbot, engine):
    from PySide6.QtMultimedia import QMediaDevices

    from walkcoach.ui.audio.qt_player import QtCuePlayer

    player = QtCuePlayer(speech_engine=engine)
    try:
        with qtbot.waitSignal(player.speech_unavailable, timeout=10000):
            pass
        assert player.speech_problem.startswith("the speech engine")
        player.play(Cue("forward", "forward.wav", "Forward for two minutes.", 0.0, 0.0))
        entry = player.played[-1]
        assert entry.sound == "forward.wav"
        # The sound's fate does not depend on speech: audible exactly when there is an output.
        assert entry.audible is (player.available and bool(QMediaDevices.audioOutputs()))
    finally:
        player.close()


def test_without_any_sound_the_notes_do_not_promise_the_cue_sounds(qtbot, qapp):
    from walkcoach.ui.app import speech_notice
    from walkcoach.ui.audio.qt_player import QtCuePlayer

    dialog = SettingsDialog(
        Settings(), speech_problem="there is no sound output", sounds_play=False
    )
    qtbot.addWidget(dialog)
    assert "still play" not in dialog.voice_note.text()
    silent = QtCuePlayer(speech_engine=MISSING, audio_outputs=[])
    try:
        assert not silent.available
        assert speech_notice(silent, "x") == "Speech is not available: x."
    finally:
        silent.close()
    working = RecordingCuePlayer()
    assert speech_notice(working, "x") == "Speech is not available: x. The cue sounds still play."

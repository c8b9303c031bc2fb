"""HelperCuePlayer with its real helper process: no sound server, a helper that dies, one that
keeps dying, one that stops answering. (Real sound through it: tests/e2e/test_audio_pulse.py.)"""

from __future__ import annotations

import sys

import pytest

from walkcoach.core.cues import Cue
from walkcoach.ui.audio import helper_player
from walkcoach.ui.audio.helper_player import HelperCuePlayer
from walkcoach.ui.audio.players import sound_backend

NO_SERVER = "unix:/nonexistent/walkcoach-test-no-sound-server"
FORWARD = Cue("forward", "forward.wav", "Forward for two minutes.", 0.0, 0.0)


@pytest.fixture
def make_player(qapp, monkeypatch):
    monkeypatch.setenv("PULSE_SERVER", NO_SERVER)
    players: list[HelperCuePlayer] = []

    def make(**kwargs) -> HelperCuePlayer:
        kwargs.setdefault("speech_engine", "mock")
        player = HelperCuePlayer(**kwargs)
        players.append(player)
        return player

    yield make
    for player in players:
        player.close()
        assert player.helper is None or not player.helper.running


def test_without_a_sound_server_it_says_so_once_and_goes_on_silently(make_player, qtbot):
    player = make_player()
    messages: list[str] = []
    spoken: list[str] = []
    player.sound_unavailable.connect(messages.append)
    player.speech_started.connect(spoken.append)
    qtbot.waitUntil(lambda: messages != [], timeout=10000)
    assert player.is_loaded() and not player.available
    assert messages[0].startswith("Sound is unavailable: the sound server cannot be reached")
    player.warm_up()
    for _ in range(3):
        player.play(FORWARD)
    qtbot.waitUntil(lambda: len(spoken) >= 1, timeout=5000)  # speech goes on without sound
    qtbot.wait(300)
    assert len(messages) == 1
    assert [p.audible for p in player.played] == [False, False, False]
    assert player.heard_at_s == {}


def test_a_helper_that_dies_is_restarted_with_the_volume_and_hold_it_had(make_player, qtbot):
    player = make_player(speech_engine="none")
    qtbot.waitUntil(player.is_loaded, timeout=10000)
    player.set_volume(0.4)
    player.warm_up()
    first = player.helper.process
    first.kill()
    qtbot.waitUntil(
        lambda: player.helper is not None and player.helper.process is not first, timeout=5000
    )
    qtbot.waitUntil(player.is_loaded, timeout=10000)
    assert player.helper.running
    assert player.volume == 0.4


def test_a_helper_that_keeps_dying_is_given_up_on_with_a_message(make_player, qtbot):
    crash = [sys.executable, "-c", "raise SystemExit(3)"]
    player = make_player(speech_engine="none", command=crash)
    with qtbot.waitSignal(player.sound_unavailable, timeout=15000) as signal:
        pass
    assert signal.args == ["Sound is unavailable: the sound helper keeps failing"]
    assert len(player._restarts) == helper_player.MAX_RESTARTS + 1
    player.play(FORWARD)
    assert player.played[-1].audible is False


def test_a_helper_that_stops_answering_is_replaced(make_player, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(helper_player, "PING_INTERVAL_MS", 50)
    monkeypatch.setattr(helper_player, "ANSWER_TIMEOUT_S", 0.3)
    mute = tmp_path / "mute_helper.py"
    mute.write_text(
        'import sys, time\nprint(\'{"ready": [], "skipped": []}\', flush=True)\ntime.sleep(60)\n'
    )
    player = make_player(speech_engine="none", command=[sys.executable, str(mute)])
    qtbot.waitUntil(player.is_loaded, timeout=10000)
    first = player.helper.process
    player.warm_up()  # only a wanted output is watched
    qtbot.waitUntil(lambda: player.helper.process is not first, timeout=5000)
    assert first.poll() is not None  # the stuck one was killed, not left behind


def test_linux_uses_the_helper_unless_told_otherwise(monkeypatch):
    monkeypatch.delenv("WALKCOACH_SOUND", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert sound_backend() == "helper"
    monkeypatch.setattr(sys, "platform", "win32")
    assert sound_backend() == "qt"
    monkeypatch.setenv("WALKCOACH_SOUND", " QT ")
    monkeypatch.setattr(sys, "platform", "linux")
    assert sound_backend() == "qt"
    monkeypatch.setenv("WALKCOACH_SOUND", "nonsense")
    assert sound_backend() == "helper"

"""No speech engine on a machine with a working sound server: the cue sounds are still played
(through the app's sound helper into a private PulseAudio server), and speech says why once."""

from __future__ import annotations

import pytest

from walkcoach.core.cues import Cue

pytestmark = [pytest.mark.audio, pytest.mark.slow]

FORWARD = Cue("forward", "forward.wav", "Forward for two minutes.", 0.0, 0.0)


def test_the_sounds_carry_on_when_no_speech_engine_exists(pulse_server, qapp, qtbot, monkeypatch):
    for name, value in pulse_server.env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    from walkcoach.ui.audio.helper_player import HelperCuePlayer

    player = HelperCuePlayer(speech_engine="walkcoach-test-no-such-engine")
    try:
        problems: list[str] = []
        spoken: list[str] = []
        lost_sound: list[str] = []
        player.speech_unavailable.connect(problems.append)
        player.speech_started.connect(spoken.append)
        player.sound_unavailable.connect(lost_sound.append)
        qtbot.waitUntil(lambda: problems != [], timeout=10000)
        qtbot.waitUntil(player.is_loaded, timeout=10000)
        for _ in range(3):
            player.play(FORWARD)
        qtbot.waitUntil(lambda: len(player.heard_at_s) == 3, timeout=10000)
        assert [p.audible for p in player.played] == [True, True, True]
        assert lost_sound == [] and player.available
        assert problems == ["the speech engine 'walkcoach-test-no-such-engine' is not installed"]
        assert spoken == [] and not any(p.speech_queued for p in player.played)
    finally:
        player.close()

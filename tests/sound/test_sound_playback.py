"""The sound helper's loop against a fake output and clock: when it opens, writes, waits and
gives up; and the helper process itself, with no sound server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from array import array

import pytest

from walkcoach.sound import helper
from walkcoach.sound.helper import CHUNK_MS, PREFILL_MS, REOPEN_AFTER_S, CuePlayback
from walkcoach.sound.pcm import RATE_HZ, SAMPLE_BYTES, Clip
from walkcoach.sound.pulse import SoundOutputError

CHUNK_BYTES = RATE_HZ * CHUNK_MS // 1000 * SAMPLE_BYTES


class FakeClock:
    def __init__(self) -> None:
        self.now_s = 1000.0

    def __call__(self) -> float:
        return self.now_s


class FakeOutput:
    """Takes writes instantly and moves the clock on by the audio written, like a blocking
    stream in its steady state; after ``fail_after`` writes it reports the server gone."""

    def __init__(self, clock: FakeClock, log: list, fail_after: int | None = None) -> None:
        self.clock = clock
        self.log = log
        self.fail_after = fail_after
        self.closed = False

    def write(self, data: bytes) -> None:
        if self.fail_after is not None:
            if self.fail_after == 0:
                raise SoundOutputError(
                    "the sound server stopped playing ({detail})", detail="Connection terminated"
                )
            self.fail_after -= 1
        self.log.append(("write", bytes(data)))
        self.clock.now_s += len(data) / SAMPLE_BYTES / RATE_HZ

    def latency_s(self) -> float:
        return 0.05

    def close(self) -> None:
        self.closed = True
        self.log.append(("close", None))


class Rig:
    def __init__(self, *, opens_fail: int = 0, fail_after: int | None = None) -> None:
        self.clock = FakeClock()
        self.log: list = []
        self.emitted: list[dict] = []
        self.opens = 0
        self.opens_fail = opens_fail
        self.fail_after = fail_after
        clips = {"beep.wav": Clip("beep.wav", array("h", [1000] * (RATE_HZ // 10)))}  # 0.1 s
        self.playback = CuePlayback(
            clips, self.emitted.append, open_output=self.open, monotonic=self.clock
        )

    def open(self) -> FakeOutput:
        self.opens += 1
        if self.opens <= self.opens_fail:
            raise SoundOutputError(
                "the sound server cannot be reached ({detail})", detail="Connection refused"
            )
        self.log.append(("open", None))
        return FakeOutput(self.clock, self.log, self.fail_after)

    def send(self, *commands: dict | None) -> None:
        for command in commands:
            self.playback.commands.put(command)

    def steps(self, count: int) -> None:
        for _ in range(count):
            # With the output closed a step waits for a command: a test must not hang there.
            wait_s = self.playback.wait_s()
            assert (wait_s is not None and wait_s <= 0) or not self.playback.commands.empty()
            self.playback.step()

    def kinds(self) -> list[str]:
        return [entry[0] for entry in self.log]


PREFILL_BYTES = CHUNK_BYTES * (PREFILL_MS // CHUNK_MS)


def test_hold_opens_the_output_wakes_it_with_silence_then_waits_and_closes_at_the_end():
    rig = Rig()
    rig.send({"hold_s": 5.0})
    rig.steps(1)
    assert rig.kinds() == ["open", "write"]
    assert rig.log[1][1] == bytes(PREFILL_BYTES)  # silence, so the device is awake for the cue
    assert rig.emitted == [{"output": "open", "latency_ms": 50.0}]
    # Idle: nothing more is written; the loop may sleep until the hold ends.
    assert rig.playback.wait_s() == pytest.approx(5.0 - PREFILL_MS / 1000)
    rig.clock.now_s += 5.0
    rig.steps(1)
    assert rig.kinds() == ["open", "write", "close"]


def test_a_cue_on_an_idle_output_starts_with_a_prefill_that_begins_with_the_cue():
    rig = Rig()
    rig.send({"hold_s": 10})
    rig.steps(1)
    del rig.log[:]
    started_s = rig.clock.now_s
    rig.send({"play": "beep.wav", "id": 7})
    rig.steps(1)
    ((write, data),) = rig.log
    assert write == "write" and len(data) == PREFILL_BYTES
    assert array("h", data[:2])[0] == 1000  # the very first sample is the cue's
    played = rig.emitted[-1]
    assert played["played"] == 7 and played["sound"] == "beep.wav"
    # Heard when the output's latency has passed, counted from the start of the new data.
    assert played["heard_at_s"] == pytest.approx(started_s + 0.05)
    # Then chunk by chunk until the 0.1 s beep is out, then idle again.
    rig.steps(6)
    assert [len(d) for k, d in rig.log[1:]] == [CHUNK_BYTES] * 6
    assert not rig.playback.mixer.playing
    assert rig.playback.wait_s() > 1


def test_a_cue_while_another_sound_plays_is_mixed_in():
    rig = Rig()
    rig.send({"hold_s": 10})
    rig.steps(1)
    rig.send({"play": "beep.wav", "id": 1})
    rig.steps(1)
    del rig.log[:]
    rig.send({"play": "beep.wav", "id": 2})
    rig.steps(1)
    ((write, data),) = rig.log
    assert len(data) == CHUNK_BYTES  # no second prefill: it joins the running sound
    assert array("h", data[:2])[0] == 2000  # both sounds, summed


def test_the_output_stays_open_while_a_sound_plays_past_the_hold():
    rig = Rig()
    rig.send({"hold_s": 0.0}, {"play": "beep.wav", "id": 1})
    rig.steps(8)  # open, a 40 ms prefill and 6 chunks: the 0.1 s beep; then it closes
    assert rig.kinds() == ["open"] + ["write"] * 7 + ["close"]
    written = sum(len(data) for kind, data in rig.log if kind == "write")
    assert written >= RATE_HZ // 10 * SAMPLE_BYTES  # the whole beep went out
    assert array("h", rig.log[1][1][:2])[0] == 1000  # no wake-up silence before it


def test_no_server_is_reported_once_and_retried_after_a_pause():
    rig = Rig(opens_fail=2)
    rig.send({"hold_s": 60})
    rig.steps(1)
    assert rig.emitted == [
        {
            "unavailable": "the sound server cannot be reached (Connection refused)",
            "template": "the sound server cannot be reached ({detail})",
            "args": {"detail": "Connection refused"},
        }
    ]
    rig.send({"play": "beep.wav", "id": 1})
    rig.steps(1)  # too soon to try again; the cue is dropped, not played late
    assert rig.opens == 1 and not rig.playback.mixer.playing
    rig.clock.now_s += REOPEN_AFTER_S
    rig.steps(1)  # the hold still wants sound: it tries again by itself
    assert rig.opens == 2 and len(rig.emitted) == 1  # the same reason is not repeated
    rig.clock.now_s += REOPEN_AFTER_S
    rig.send({"play": "beep.wav", "id": 3})
    rig.steps(1)
    assert rig.emitted[1] == {"output": "open", "latency_ms": 50.0}
    assert rig.emitted[2]["played"] == 3


def test_a_server_lost_mid_sound_is_reported_and_the_output_reopened_later():
    rig = Rig(fail_after=3)
    rig.send({"hold_s": 60})
    rig.steps(1)  # open, wake-up silence
    rig.send({"play": "beep.wav", "id": 1})
    rig.steps(3)  # the prefill, a chunk, and the write that fails
    assert rig.emitted[-1] == {
        "unavailable": "the sound server stopped playing (Connection terminated)",
        "template": "the sound server stopped playing ({detail})",
        "args": {"detail": "Connection terminated"},
    }
    assert rig.playback.output is None and "close" in rig.kinds()
    assert not rig.playback.mixer.playing  # the rest of the sound is dropped, not played late
    # Still wanted (the hold): it comes back by itself, without waiting for the next cue.
    assert rig.playback.wait_s() == pytest.approx(REOPEN_AFTER_S)
    rig.clock.now_s += REOPEN_AFTER_S
    rig.steps(1)
    assert rig.opens == 2 and rig.emitted[-1]["output"] == "open"


def test_stop_and_volume_commands_and_end_of_input():
    rig = Rig()
    rig.send({"hold_s": 10}, {"volume": 0.0}, {"play": "beep.wav", "id": 1})
    rig.steps(1)
    assert not rig.playback.mixer.playing  # nothing to hear at zero volume
    rig.send({"volume": 1.0}, {"play": "beep.wav", "id": 2}, {"stop": True})
    rig.steps(1)
    assert not rig.playback.mixer.playing
    rig.send(None)
    rig.playback.run()  # returns: end of input
    assert rig.playback.output is None


def test_helper_process_reports_its_sounds_and_no_server_then_ends_with_its_input():
    env = dict(os.environ, PULSE_SERVER="unix:/nonexistent/walkcoach-test")
    commands = '{"ping": 1}\n{"hold_s": 5}\n{"play": "forward.wav", "id": 1}\n'
    result = subprocess.run(
        [sys.executable, "-m", helper.__name__],
        input=commands,
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    messages = [json.loads(line) for line in result.stdout.splitlines()]
    assert messages[0]["ready"] and "forward.wav" in messages[0]["ready"]
    assert messages[0]["skipped"] == []
    assert {"pong": 1, "stuck_s": 0.0} in messages
    unavailable = [m["unavailable"] for m in messages if "unavailable" in m]
    assert len(unavailable) == 1 and "the sound server cannot be reached" in unavailable[0]
    assert not any("played" in m for m in messages)

"""The sound helper process: plays cue sounds on its own PulseAudio stream, on the app's request.

Why a process of its own, without Qt: Qt 6.12's PulseAudio engine (QtMultimedia) now and then
left a socket notifier on a closed descriptor in the window's event loop, which then spun at
100 % CPU and froze the coach (docs/performance.md, known limits). Here one plain loop feeds one stream, and
whatever happens to it cannot stop the window; the app restarts a helper that stops answering.

Protocol, JSON lines. In: ``{"play": "forward.wav", "id": 7}``, ``{"volume": 0.8}``,
``{"hold_s": 300}`` (keep the output open that long after the last sound: waking a device can
take seconds, and an open stream keeps it awake), ``{"stop": true}``, ``{"ping": n}``. End of input
ends the helper. Out: ``{"ready": [sound names], "skipped": [reasons]}``, ``{"output": "open",
"latency_ms": x}``, ``{"unavailable": reason, "template": t, "args": {...}}`` (the reason in English, and
marked under "SoundHelper" as ``t``, to translate and then format with ``args``), ``{"played": id, "sound": name,
"heard_at_s": t}`` (t on the shared monotonic clock), ``{"pong": n, "stuck_s": s}``.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from walkcoach.sound.pcm import RATE_HZ, Clip, Mixer, SoundFileError, load_clip
from walkcoach.sound.pulse import PulseOutput, SoundOutputError

CHUNK_MS = 10  # while a sound plays, the loop writes (and wakes) this often
# The stream's whole latency; the server gives about half of it to the device side (measured
# with the stream fed silence all the time: 60 ms -> ~21 ms to the speaker, 40 ms -> ~12 ms).
# 40 ms rode out three busy processes on two cores without a gap in any sound.
TARGET_BUFFER_MS = 40
# Between sounds nothing is written: the stream runs dry, the server keeps the device running
# for it, and waits for PREBUF_MS of data before playing again. A sound starts by writing
# PREFILL_MS at once, so it is heard at once, and an idle helper costs no CPU (feeding silence
# 100 times a second cost 2.3 % of a core).
PREBUF_MS = 20
PREFILL_MS = 40
REOPEN_AFTER_S = 3.0  # after a failed open, wait this long before trying again
APP_NAME = "WalkCoach"
STREAM_NAME = "Coaching cues"


def load_clips(folder: Path) -> tuple[dict[str, Clip], list[str]]:
    clips: dict[str, Clip] = {}
    skipped: list[str] = []
    for path in sorted(folder.glob("*.wav")):
        try:
            clips[path.name] = load_clip(path)
        except SoundFileError as exc:
            skipped.append(str(exc))
    return clips, skipped


class CuePlayback:
    """The audio loop: opens the stream when sound is wanted, writes while a sound plays, and
    closes the stream when the hold ends."""

    def __init__(
        self,
        clips: dict[str, Clip],
        emit: Callable[[dict[str, Any]], None],
        *,
        open_output: Callable[[], PulseOutput] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.commands: queue.SimpleQueue[dict[str, Any] | None] = (
            queue.SimpleQueue()
        )  # None: stdin closed
        self.mixer = Mixer(clips, round(RATE_HZ * CHUNK_MS / 1000))
        self._emit = emit
        self._open_output = open_output or _open_pulse
        self._now = monotonic
        self.output: PulseOutput | None = None
        self._hold_until_s = 0.0
        self._next_open_s = 0.0
        self._unavailable = ""
        self._open_announced = False
        self._quit = False
        self._prefill_next = False  # the next write starts a sound on a stream that ran dry
        self._reports: list[tuple[Any, str]] = []  # (id, sound) started in the next write
        self.writing_since_s: float | None = None  # for the stuck-output check

    # -- the loop -----------------------------------------------------------------------------

    def probe(self) -> None:
        """Opens and closes the output once, so the app learns at start whether sound works."""
        if self._try_open(wake=False):
            self._close()

    def run(self) -> None:
        while not self._quit:
            self.step()
        self._close()

    def step(self) -> None:
        """One pass: take commands (waiting for them while nothing plays), then open, close or
        feed the output. A write blocks until the server has room, which paces the loop."""
        self._take_commands(self.wait_s())
        if self._quit:
            return
        if self.output is None:
            if self.mixer.playing or self._now() < self._hold_until_s:
                self._try_open()
            if self.output is None:
                self._drop_sounds()  # they cannot be heard now; a late cue misleads
                return
        if self.mixer.playing:
            self._write_next()
        elif self._now() >= self._hold_until_s:
            self._close()

    def wait_s(self) -> float | None:
        """How long the next step may wait for a command: not at all while a sound plays; with
        the output open and idle, until the hold ends; while sound is wanted but the output is
        gone, until the next try to reopen it (so it is back before the next cue); otherwise
        until a command comes (None)."""
        now_s = self._now()
        if self.output is not None:
            return 0.0 if self.mixer.playing else max(0.0, self._hold_until_s - now_s)
        if now_s < self._hold_until_s:
            return max(0.0, self._next_open_s - now_s)
        return None

    def _take_commands(self, wait_s: float | None) -> None:
        try:
            if wait_s is None:
                command = self.commands.get()
            elif wait_s <= 0:
                command = self.commands.get_nowait()
            else:
                command = self.commands.get(timeout=wait_s)
            while True:
                self._apply(command)
                command = self.commands.get_nowait()
        except queue.Empty:
            pass

    def _apply(self, command: dict[str, Any] | None) -> None:
        if command is None:
            self._quit = True
        elif "play" in command:
            self._play(str(command["play"]), command.get("id"))
        elif "volume" in command:
            self.mixer.set_volume(float(command["volume"]))
        elif "hold_s" in command:
            self._hold_until_s = self._now() + max(0.0, float(command["hold_s"]))
        elif command.get("stop"):
            self._drop_sounds()

    def _play(self, sound: str, cue_id: Any) -> None:
        idle = not self.mixer.playing
        if self.mixer.start(sound):
            self._reports.append((cue_id, sound))
            self._prefill_next = self._prefill_next or idle

    def _write_next(self) -> None:
        chunks = 1
        if self._prefill_next:
            self._prefill_next = False
            chunks = max(1, PREFILL_MS // CHUNK_MS)
        data = b"".join(self.mixer.next_chunk() for _ in range(chunks))
        reports, self._reports = self._reports, []
        if self._write(data) and reports:
            # The new sounds began with this data, whose end is heard `latency` from now.
            try:
                assert self.output is not None  # _write returned True: the stream is open
                heard_at_s = self._now() + self.output.latency_s() - len(data) / (2 * RATE_HZ)
            except SoundOutputError as exc:
                self._lost(exc)
                return
            for cue_id, sound in reports:
                self._emit({"played": cue_id, "sound": sound, "heard_at_s": heard_at_s})

    def _write(self, data: bytes) -> bool:
        self.writing_since_s = self._now()
        if self.output is None:
            return False
        try:
            self.output.write(data)
        except SoundOutputError as exc:
            self._lost(exc)
            return False
        finally:
            self.writing_since_s = None
        return True

    # -- the output ---------------------------------------------------------------------------

    def _try_open(self, wake: bool = True) -> bool:
        if self._now() < self._next_open_s:
            return False
        try:
            self.output = self._open_output()
            latency_ms = 1000 * self.output.latency_s()
        except SoundOutputError as exc:
            self._close()
            self._next_open_s = self._now() + REOPEN_AFTER_S
            self._set_unavailable(exc)
            return False
        if self._unavailable or not self._open_announced:
            self._open_announced = True
            self._unavailable = ""
            self._emit({"output": "open", "latency_ms": round(latency_ms, 2)})
        if wake and not self.mixer.playing:
            # The server wakes the device on the first data (measured: 0.6-2 s), which had
            # better happen now, with silence, than at the first cue.
            return self._write(self.mixer.silence(PREFILL_MS // CHUNK_MS))
        self._prefill_next = True
        return True

    def _lost(self, reason: SoundOutputError) -> None:
        self._close()
        self._drop_sounds()
        self._next_open_s = self._now() + REOPEN_AFTER_S
        self._set_unavailable(reason)

    def _set_unavailable(self, problem: SoundOutputError) -> None:
        reason = str(problem)
        if reason != self._unavailable:
            self._unavailable = reason
            # The reason in English, and its template and figures for the app to translate
            # (this process loads no translation; the app's language is the Preferences').
            self._emit(
                {"unavailable": reason, "template": problem.template, "args": problem.figures}
            )

    def _drop_sounds(self) -> None:
        self.mixer.stop()
        self._reports.clear()
        self._prefill_next = False

    def _close(self) -> None:
        if self.output is not None:
            self.output.close()
            self.output = None


def _open_pulse() -> PulseOutput:
    return PulseOutput(APP_NAME, STREAM_NAME, TARGET_BUFFER_MS, PREBUF_MS)


class _Emitter:
    """JSON lines on stdout from both threads; a closed pipe means the app is gone."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def __call__(self, message: dict[str, Any]) -> None:
        line = json.dumps(message) + "\n"
        with self._lock:
            try:
                self._stream.write(line)
                self._stream.flush()
            except (BrokenPipeError, ValueError, OSError):
                pass


def _read_commands(stdin: TextIO, playback: CuePlayback, emit: _Emitter) -> None:
    """Reader thread: queues commands for the loop and answers pings itself, so a ping shows
    whether the loop is stuck in a write that the server never completes."""
    for line in stdin:
        try:
            command = json.loads(line)
        except ValueError:
            continue
        if not isinstance(command, dict):
            continue
        if "ping" in command:
            since = playback.writing_since_s
            stuck_s = 0.0 if since is None else max(0.0, time.monotonic() - since)
            emit({"pong": command["ping"], "stuck_s": round(stuck_s, 3)})
        else:
            playback.commands.put(command)
    playback.commands.put(None)  # end of input: the app closed or died


def main(sounds_dir: Path | None = None) -> int:
    from walkcoach import resources

    emit = _Emitter(sys.stdout)
    clips, skipped = load_clips(sounds_dir or resources.path("sounds"))
    playback = CuePlayback(clips, emit)
    emit({"ready": sorted(clips), "skipped": skipped})
    reader = threading.Thread(target=_read_commands, args=(sys.stdin, playback, emit), daemon=True)
    reader.start()
    playback.probe()
    playback.run()
    return 0


if __name__ == "__main__":
    sounds = os.environ.get("WALKCOACH_SOUNDS_DIR")
    raise SystemExit(main(Path(sounds) if sounds else None))

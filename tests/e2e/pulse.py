"""A PulseAudio server with a null sink for tests, a recorder of its output, and onset detection.

Used by tests/e2e/test_audio_pulse.py and benchmarks/cue_latency.py. The server is private (its
own runtime folder), so the rest of the machine never sees it. Measured facts it relies on:
a suspended null sink gives its monitor no data, so the recording's time line would have gaps
(the recorder keeps the sink awake with a stream of zeros); and Qt never notices a server
started after QtMultimedia was first used (WALKCOACH_SOUND=qt), so sessions are played in a fresh
process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SINK = "walkcoach_test"
ROOT = Path(__file__).resolve().parents[2]
PLAYER_SCRIPT = Path(__file__).resolve().parent / "play_session.py"


class QtPulseSpin(RuntimeError):
    """The player hit Qt's PulseAudio event-loop spin (docs/performance.md, known limits) and stopped."""


class PulseUnavailable(RuntimeError):
    """PulseAudio cannot run here (the reason says why)."""


class PulseServer:
    """Context manager: a private PulseAudio server whose default output is the null sink
    ``walkcoach_test``.

    The server lives in its own runtime folder (PULSE_RUNTIME_PATH), so nothing else on the
    machine finds it: other programs (or tests running in parallel) neither play into the
    recording nor see a sound device because of it. ``env`` is the environment every client
    (pactl, parec, the session player) must run with. Stopped again on exit.
    """

    def __init__(self) -> None:
        self.runtime_dir: Path | None = None
        self.env: dict[str, str] = {}
        self.pid: int | None = None

    def pactl(self, *args: str, timeout_s: float = 5.0) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["pactl", *args], capture_output=True, text=True, timeout=timeout_s, env=self.env
        )

    def answers(self) -> bool:
        try:
            return self.pactl("info", timeout_s=3.0).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            return False

    def __enter__(self) -> PulseServer:
        for tool in ("pulseaudio", "pactl", "parec", "pacat"):
            if shutil.which(tool) is None:
                raise PulseUnavailable(
                    f"{tool} is not installed (Debian: pulseaudio pulseaudio-utils)"
                )
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="walkcoach-pulse-"))
        self.env = dict(os.environ, PULSE_RUNTIME_PATH=str(self.runtime_dir))
        self.env.pop("PULSE_SERVER", None)
        result = subprocess.run(
            ["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "--disallow-exit"],
            capture_output=True,
            text=True,
            timeout=20,
            env=self.env,
        )
        deadline = time.monotonic() + 10
        while not self.answers():
            if time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError(f"pulseaudio did not start: {result.stderr.strip()}")
            time.sleep(0.1)
        pid_file = self.runtime_dir / "pid"
        if pid_file.is_file():
            self.pid = int(pid_file.read_text().split()[0])
        loaded = self.pactl("load-module", "module-null-sink", f"sink_name={SINK}")
        if loaded.returncode != 0:
            self.__exit__(None, None, None)
            raise RuntimeError(f"cannot load the null sink: {loaded.stderr.strip()}")
        self.pactl("set-default-sink", SINK)
        return self

    def __exit__(self, *exc_info) -> None:
        if self.runtime_dir is None:
            return
        subprocess.run(["pulseaudio", "--kill"], capture_output=True, timeout=20, env=self.env)
        if self.pid is not None:  # make sure our server (and only ours) is gone
            deadline = time.monotonic() + 5
            while Path(f"/proc/{self.pid}").exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        shutil.rmtree(self.runtime_dir, ignore_errors=True)
        self.runtime_dir = None


class Recorder:
    """Records the null sink's monitor to a mono WAV with ``parec``, knowing its time base.

    ``origin_s`` is the time.monotonic() of the recording's first sample: while parec runs, a
    file holding ``frames`` frames at time ``t`` means the first sample is at most
    ``t - frames / rate`` old; the smallest such bound over many looks is kept (it errs late by
    parec's write latency, a few ms, which only makes measured cue errors larger).

    The null sink's clock is a timer that need not tick at time.monotonic()'s rate (measured:
    about 100 ppm fast, 34 ms over a 6-minute recording, which showed up as a cue delay that
    grew through the session). ``measure_clock()`` looks again at the end and sets
    ``seconds_per_sample_s`` (monotonic seconds per recorded second); ``at_s`` maps a position
    in the recording to monotonic time with it.
    """

    RATE_HZ = 44_100
    HEADER_BYTES = 44

    def __init__(self, path: Path, server: PulseServer) -> None:
        self.path = path
        self.server = server
        self.origin_s = 0.0
        self.seconds_per_sample_s = 1.0
        self.process: subprocess.Popen | None = None
        self.keep_awake: subprocess.Popen | None = None
        self._zeros = None

    def __enter__(self) -> Recorder:
        self._zeros = open("/dev/zero", "rb")
        # A stream of zeros keeps the sink from suspending, so the monitor never pauses.
        self.keep_awake = subprocess.Popen(
            [
                "pacat",
                "--playback",
                "--raw",
                "-d",
                SINK,
                "--format=s16le",
                "--channels=1",
                f"--rate={self.RATE_HZ}",
            ],
            stdin=self._zeros,
            env=self.server.env,
        )
        self.process = subprocess.Popen(
            [
                "parec",
                "-d",
                f"{SINK}.monitor",
                "--file-format=wav",
                "--channels=1",
                f"--rate={self.RATE_HZ}",
                "--latency-msec=10",
                str(self.path),
            ],
            stderr=subprocess.DEVNULL,
            env=self.server.env,
        )
        try:
            self.origin_s = min(now_s - recorded_s for now_s, recorded_s in self._looks())
        except RuntimeError:
            self.stop()
            raise
        return self

    def _looks(self, count: int = 60) -> list[tuple[float, float]]:
        """(monotonic time, seconds recorded in the file by then), ``count`` times, 5 ms apart."""
        looks: list[tuple[float, float]] = []
        deadline = time.monotonic() + 20
        while len(looks) < count:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("parec recorded nothing (is the null sink suspended?)")
            size = self.path.stat().st_size if self.path.exists() else 0
            now = time.monotonic()
            if size > self.HEADER_BYTES:
                looks.append((now, (size - self.HEADER_BYTES) / 2 / self.RATE_HZ))
            time.sleep(0.005)
        return looks

    def measure_clock(self) -> None:
        """The sink's rate against time.monotonic(), from looks at the end of a long recording
        (the file lags real time by parec's latency, so the smallest ratio is the best bound)."""
        ratios = [
            (now_s - self.origin_s) / recorded_s
            for now_s, recorded_s in self._looks()
            if recorded_s > 10.0  # too short a span says nothing about the rate
        ]
        if ratios:
            self.seconds_per_sample_s = min(ratios)

    def at_s(self, recording_s: float) -> float:
        return self.origin_s + recording_s * self.seconds_per_sample_s

    def stop(self) -> None:
        for process in (self.process, self.keep_awake):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=10)
        self.process = self.keep_awake = None
        if self._zeros is not None:
            self._zeros.close()
            self._zeros = None

    def __exit__(self, *exc_info) -> None:
        self.stop()


def read_mono(path: Path) -> tuple[np.ndarray, int]:
    """Samples as floats in -1..1 and the rate (parec may leave the header's length at 0)."""
    raw = path.read_bytes()
    with wave.open(str(path), "rb") as wav:
        rate, channels = wav.getframerate(), wav.getnchannels()
    data = raw[raw.find(b"data") + 8 :]
    samples = np.frombuffer(data[: len(data) // 2 * 2], "<i2").astype(np.float64) / 32768
    if channels > 1:
        samples = samples[: len(samples) // channels * channels].reshape(-1, channels).mean(axis=1)
    return samples, rate


def detect_onsets(
    samples: np.ndarray, rate: int, *, threshold: float = 0.05, quiet_s: float = 0.03
) -> list[float]:
    """Times (s from the first sample) where the level rises above ``threshold`` of full scale
    after at least ``quiet_s`` below it. 1 ms envelope windows, refined to the first sample."""
    window = max(1, rate // 1000)
    count = len(samples) // window
    envelope = np.abs(samples[: count * window]).reshape(count, window).max(axis=1)
    loud = envelope > threshold
    onsets: list[float] = []
    quiet_windows = round(quiet_s * 1000)
    last_loud = -(10**9)
    for i in np.flatnonzero(loud):
        if i - last_loud > quiet_windows:
            block = np.abs(samples[i * window : (i + 1) * window])
            first = int(np.argmax(block > threshold))
            onsets.append((i * window + first) / rate)
        last_loud = i
    return onsets


@dataclass(frozen=True)
class CueTiming:
    kind: str
    sound: str
    planned_at_s: float  # monotonic time the plan put the cue at
    played_at_s: float  # monotonic time play() was called
    onset_at_s: float | None  # monotonic time its sound was heard in the recording

    @property
    def error_ms(self) -> float | None:
        return None if self.onset_at_s is None else (self.onset_at_s - self.planned_at_s) * 1000


@dataclass(frozen=True)
class Measurement:
    timings: list[CueTiming]
    unmatched_onsets_s: list[float]  # heard, but no cue was due near them
    recording_s: float
    wall_s: float
    session: dict
    seconds_per_sample_s: float = 1.0  # the recording's clock against time.monotonic()

    def errors_ms(self) -> list[float]:
        return [t.error_ms for t in self.timings if t.error_ms is not None]

    def summary(self) -> str:
        errors = np.array(self.errors_ms())
        late = np.array([(t.played_at_s - t.planned_at_s) * 1000 for t in self.timings])
        output = np.array(
            [(t.onset_at_s - t.played_at_s) * 1000 for t in self.timings if t.onset_at_s]
        )
        lines = [
            f"cue player: {self.session.get('backend', '?')}; "
            f"cues with a sound: {len(self.timings)}, heard: {len(errors)}, "
            f"unexpected onsets: {len(self.unmatched_onsets_s)}",
            f"onset error vs plan (ms): median {np.median(errors):+.1f}, "
            f"mean {errors.mean():+.1f}, min {errors.min():+.1f}, max {errors.max():+.1f}, "
            f"p95 |err| {np.percentile(np.abs(errors), 95):.1f}",
            f"  of which timer/engine lateness (play() - plan): median {np.median(late):+.2f}, "
            f"max {late.max():+.2f}",
            f"  and output latency (onset - play()): median {np.median(output):+.1f}, "
            f"max {output.max():+.1f}",
            f"recording {self.recording_s:.3f} s for {self.wall_s:.3f} s of wall time; the sink's "
            f"clock ran {(1 / self.seconds_per_sample_s - 1) * 1e6:+.0f} ppm against "
            "time.monotonic() (onsets corrected for it)",
        ]
        return "\n".join(lines)


def match_onsets(
    session: dict, onsets_s: Sequence[float], *, window_s: float = 0.2
) -> tuple[list[CueTiming], list[float]]:
    """Pairs every audible cue with the nearest heard onset within ``window_s`` of its plan."""
    base_s = session["start_clock_s"] + session["get_ready_s"]
    remaining = sorted(onsets_s)
    timings: list[CueTiming] = []
    for cue in session["played"]:
        if not cue["audible"] or cue["sound"] == "silence.wav":
            continue
        planned_at_s = base_s + cue["planned_s"]
        nearest = min(remaining, key=lambda t: abs(t - planned_at_s), default=None)
        onset = None
        if nearest is not None and abs(nearest - planned_at_s) <= window_s:
            onset = nearest
            remaining.remove(nearest)
        timings.append(CueTiming(cue["cue"], cue["sound"], planned_at_s, cue["played_at_s"], onset))
    return timings, remaining


EXIT_SPIN = 4  # tests/e2e/play_session.py: Qt's PulseAudio spin was detected


def measure(
    server: PulseServer,
    program_path: Path,
    work_dir: Path,
    *,
    get_ready_s: int = 3,
    countdown_s: int = 3,
    turn_warning_s: float = 10.0,
    speech: str = "mock",
    keep_open_s: float | None = None,
    timeout_s: float = 600.0,
    backend: str | None = None,
) -> Measurement:
    """Plays ``program_path`` in real time through the app's cue player (fresh process) while recording
    the private server's null sink."""
    recording = work_dir / "recording.wav"
    session_json = work_dir / "session.json"
    env = dict(server.env, QT_SPEECH_ENGINE="mock", QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    if backend is not None:  # walkcoach.ui.audio.players: "helper" or "qt"
        env["WALKCOACH_SOUND"] = backend
    log_path = work_dir / "player.log"
    with Recorder(recording, server) as recorder, log_path.open("w") as log:
        # Output to a file, not a pipe: the speech helper inherits stderr and may outlive us.
        result = subprocess.run(
            [
                sys.executable,
                str(PLAYER_SCRIPT),
                str(program_path),
                str(session_json),
                f"--get-ready-s={get_ready_s}",
                f"--countdown-s={countdown_s}",
                f"--turn-warning-s={turn_warning_s}",
                f"--speech={speech}",
                *([] if keep_open_s is None else [f"--keep-open-s={keep_open_s}"]),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=timeout_s,
            env=env,
        )
        time.sleep(0.3)  # let parec write the tail
        recorder.measure_clock()
        stopped_at_s = time.monotonic()
    if result.returncode != 0:
        with log_path.open("rb") as log:  # read only the end: a runaway log can be huge
            log.seek(max(0, log_path.stat().st_size - 3000))
            tail = log.read().decode(errors="replace")
        error = QtPulseSpin if result.returncode == EXIT_SPIN else RuntimeError
        raise error(f"the session player failed (exit {result.returncode}):\n{tail}")
    session = json.loads(session_json.read_text())
    samples, rate = read_mono(recording)
    onsets = [recorder.at_s(t) for t in detect_onsets(samples, rate)]
    timings, unmatched = match_onsets(session, onsets)
    return Measurement(
        timings,
        unmatched,
        len(samples) / rate,
        stopped_at_s - recorder.origin_s,
        session,
        recorder.seconds_per_sample_s,
    )

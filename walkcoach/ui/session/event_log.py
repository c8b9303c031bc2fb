"""--event-log: one JSON object per line for every engine event and every cue played."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from walkcoach.core.events import Event

DATA_EVERY_S = 0.9


class EventLog:
    """Appends JSON lines and flushes each one, so a crash still leaves a readable log.

    A log that cannot be written (a full disk, /dev/full) is reported once on stderr and then
    left alone: the session goes on, unlogged, rather than failing at every event.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.problem: str | None = None
        # Opened at start-up so a bad path fails before any window appears. O_NONBLOCK: a FIFO
        # nobody reads is refused (ENXIO) instead of hanging the start; 0600: the log says when
        # and how the user trains.
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(self.path, flags, 0o600)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        self._file: IO[str] | None = os.fdopen(fd, "w", encoding="utf-8")
        self._next_data_s = float("-inf")  # Treadmill Data is logged about once a second
        self._unlogged_reading: Any = None  # the latest one not logged yet
        self._next_heart_rate_s = float("-inf")  # heart rates too, about once a second
        # The session clock (``clock``, pauses included, unlike the engine's active seconds):
        # records written with it say when in "clock_s", counted from the first of them, and
        # the treadmill's records give all their times on it.
        self.clock: Callable[[], float] | None = None
        self._clock_origin_s: float | None = None

    def use_clock(self, clock: Callable[[], float]) -> None:
        self.clock = clock

    def _on_clock(self, stamp_s: float) -> float:
        if self._clock_origin_s is None:
            self._clock_origin_s = stamp_s
        return round(stamp_s - self._clock_origin_s, 3)

    def _write(self, record: dict[str, Any]) -> None:
        if self._file is None:
            return
        if self.clock is not None and "clock_s" not in record:
            record["clock_s"] = self._on_clock(self.clock())
        try:
            self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
            self._file.flush()
        except (OSError, ValueError) as exc:
            self._give_up(exc)

    def _give_up(self, exc: Exception) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.problem = (
            f"cannot write the event log {self.path}: {reason}; logging stops, the session goes on"
        )
        print(f"walkcoach: warning: {self.problem}", file=sys.stderr)
        file, self._file = self._file, None
        # The unwritten buffer is what failed; it is dropped with the file (its descriptor is
        # closed even when the last flush fails).
        with contextlib.suppress(OSError, ValueError):
            file.close()

    def write_record(self, record: dict[str, Any]) -> None:
        """Any JSON-ready record with an "event" key, e.g. a PlayedCue's ``to_json()``."""
        self._write(record)

    def write_event(self, event: Event) -> None:
        from walkcoach.core.events import StateChanged

        if isinstance(event, StateChanged) and self._unlogged_reading is not None:
            # What the belt last said, before the session changes state (a turn released, a
            # pause): the log shows the speed the change was made on, even within the second.
            self._write_reading()
        self._write(event.to_json())

    def _write_reading(self) -> None:
        unlogged, self._unlogged_reading = self._unlogged_reading, None
        if unlogged is None:
            return
        event, queued_ms = unlogged
        # About once a second: Treadmill Data comes every second, a little early or late.
        self._next_data_s = event.at_s + DATA_EVERY_S
        data = event.data
        self._write(
            {
                "event": "treadmill_data",
                "actual_s": self._on_clock(event.at_s),
                "speed_kmh": data.speed_kmh,
                "incline_pct": data.incline_pct,
                "distance_m": data.distance_m,
                "queued_ms": round(queued_ms, 1),
            }
        )

    def write_cue(self, cue: Any) -> None:
        """A played cue (core.cues.Cue): kind and its planned and actual session times."""
        self._write(
            {
                "event": "cue",
                "cue": cue.kind,
                "sound": cue.sound,
                "speech": cue.speech,
                "planned_s": cue.planned_s,
                "actual_s": cue.actual_s,
            }
        )

    def write_device(self, event: Any, queued_ms: float = 0.0) -> None:
        """What a linked treadmill did (devices.events). Its times (planned_s, actual_s,
        answered_s) are on the session clock, like every record's clock_s (set ``clock`` to
        the clock the controller stamps with). Treadmill Data about once a second, with
        ``queued_ms``: how long the notification waited for the GUI thread (real ms)."""
        from walkcoach.devices.events import CommandDone, LinkChanged, Reading, StatusReported
        from walkcoach.devices.ftms import StatusCode

        at = self._on_clock

        if isinstance(event, CommandDone):
            self._write(
                {
                    "event": "treadmill_command",
                    "command": event.command,
                    "value": event.value,
                    "result": event.result,
                    "planned_s": at(event.planned_s),
                    "actual_s": at(event.written_s),
                    "answered_s": at(event.answered_s),
                }
            )
        elif isinstance(event, Reading):
            self._unlogged_reading = (event, queued_ms)
            if event.at_s >= self._next_data_s:
                self._write_reading()
        elif isinstance(event, StatusReported):
            code = event.status.code
            name = StatusCode(code).name.lower() if event.status.known else f"code_{code}"
            self._write(
                {
                    "event": "treadmill_status",
                    "actual_s": at(event.at_s),
                    "status": name,
                    "paused": event.status.paused,
                }
            )
        elif isinstance(event, LinkChanged):
            now_s = self.clock() if self.clock is not None else 0.0
            self._write(
                {
                    "event": "treadmill_link",
                    "actual_s": at(now_s),
                    "state": event.state.value,
                    "reason": event.reason,
                }
            )

    def write_heart_rate(self, event: Any, queued_ms: float = 0.0) -> None:
        """What the heart-rate monitor reported (devices.hr_events): a heart rate about once a
        second (its source, contact, the RR intervals and ``queued_ms``: how long the
        notification waited for the GUI thread, real ms), every contact and link change."""
        from walkcoach.devices.hr_events import HeartRate, SensorLinkChanged

        at = self._on_clock
        if isinstance(event, HeartRate):
            if event.at_s < self._next_heart_rate_s:
                return
            self._next_heart_rate_s = event.at_s + DATA_EVERY_S
            self._write(
                {
                    "event": "heart_rate",
                    "actual_s": at(event.at_s),
                    "bpm": event.bpm,
                    "source": event.source,
                    "contact": event.contact,
                    "rr_s": list(event.rr_s),
                    "queued_ms": round(queued_ms, 1),
                }
            )
        elif isinstance(event, SensorLinkChanged):
            now_s = self.clock() if self.clock is not None else 0.0
            self._write(
                {
                    "event": "heart_rate_link",
                    "actual_s": at(now_s),
                    "state": event.state.value,
                    "reason": event.reason,
                }
            )
        else:  # ContactLost, ContactBack, SignalLost, SignalBack
            name = type(event).__name__
            kind = "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
            self._write({"event": f"heart_rate_{kind}", "actual_s": at(event.at_s)})

    def write_heart_rate_coach(self, event: Any) -> None:
        """What the heart-rate coach did (core.hr_coach): the ceiling crossed and cleared, each
        settle hold's start and end (why, how long). The once-a-second wait is not logged."""
        from walkcoach.core.hr_coach import (
            CeilingCrossed,
            HoldEnded,
            HoldStarted,
            UnderCeiling,
        )

        at = self._on_clock
        if isinstance(event, CeilingCrossed | UnderCeiling):
            name = "heart_rate_ceiling" if isinstance(event, CeilingCrossed) else "heart_rate_under"
            record = {"event": name, "bpm": event.bpm, "ceiling_bpm": event.ceiling_bpm}
        elif isinstance(event, HoldStarted):
            record = {
                "event": "heart_rate_hold",
                "index": event.index,
                "bpm": event.bpm,
                "settle_bpm": event.settle_bpm,
                "max_wait_s": event.max_wait_s,
            }
        elif isinstance(event, HoldEnded):
            record = {
                "event": "heart_rate_hold_ended",
                "index": event.index,
                "reason": event.reason,
                "waited_s": round(event.waited_s, 3),
                "bpm": event.bpm,
            }
        else:
            return
        self._write({**record, "actual_s": at(event.at_s)})

    def close(self) -> None:
        if self._file is not None:
            try:
                self._file.close()
            except (OSError, ValueError) as exc:
                self._give_up(exc)
            self._file = None

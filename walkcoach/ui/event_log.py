"""--event-log: one JSON object per line for every engine event and every cue played."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import IO, Any

from walkcoach.core.events import Event


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

    def _write(self, record: dict[str, Any]) -> None:
        if self._file is None:
            return
        try:
            self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
            self._file.flush()
        except (OSError, ValueError) as exc:
            self._give_up(exc)

    def _give_up(self, exc: Exception) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.problem = f"cannot write the event log {self.path}: {reason}; logging stops, the session goes on"
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
        self._write(event.to_json())

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

    def close(self) -> None:
        if self._file is not None:
            try:
                self._file.close()
            except (OSError, ValueError) as exc:
                self._give_up(exc)
            self._file = None

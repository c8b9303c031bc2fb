"""--event-log: one JSON object per line for every engine event and every cue played."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from walkcoach.core.events import Event


class EventLog:
    """Appends JSON lines and flushes each one, so a crash still leaves a readable log."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # Opened at start-up so a bad path fails before any window appears.
        self._file: IO[str] | None = self.path.open("w", encoding="utf-8")

    def _write(self, record: dict[str, Any]) -> None:
        if self._file is None:
            return
        self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._file.flush()

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
            self._file.close()
            self._file = None

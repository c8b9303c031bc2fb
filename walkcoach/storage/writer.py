"""Live recording of a session into the history database, safe against crashes and storage errors.

Past 400 lines as one piece: begin, segment_ended, checkpoint, add_sample, finish and take_over
all change one in-memory _SessionState and flush it with the same retry-and-recovery-file path;
what could stand apart already does (schema.py, recovery.py, recovery_import.py,
heart_rate_columns.py for the heart-rate columns, the pure figures in core/measured.py and
core/hr_figures.py).

The coach window calls :class:`SessionWriter` as the session runs: ``begin`` once, ``segment_ended``
as each segment ends (its row is committed at once), ``checkpoint`` at least every 5 s (the running
segment is upserted as a *partial* row and the session's active time updated), ``finish`` at the
end (a session that ran to its end is recorded "completed" only when it was walked: see
:func:`walkcoach.core.records.final_status`). If the app is killed, the database holds everything up to the last checkpoint, and
:func:`recover_interrupted` at the next start marks the session "interrupted".

Storage trouble (read-only folder, disk full, file removed) never raises into the UI: the writer
keeps the whole session in memory, sets :attr:`SessionWriter.storage_error`, and writes everything
pending on its next call once storage works again. Meanwhile every failed save also writes it all
to a recovery file (recovery.py; :attr:`SessionWriter.recovery_file` says where), which the next
start adds to the history: closing the window or a crash during the outage loses nothing.

With a treadmill linked, ``add_sample`` keeps each second's report in memory (as typed columns,
sample_columns.py: 33 bytes a sample); they are written with the next checkpoint, segment end or
finish (never one transaction a second), and are part of the in-memory session and the recovery
file like everything else. ``segment_ended`` and
``checkpoint`` take the segment's :class:`~walkcoach.core.measured.MeasuredSegment`: its distance
then replaces the planned one (speed x time) and the kcal are worked out from the measured speed
and incline; the plan's targets stay in ``speed_kmh``/``incline_pct``.

Heart rate (schema 6): from the samples' heart rates, each segment's time-weighted mean and
maximum are stored as it ends (and for the running one at checkpoints), and the session's mean,
maximum, seconds in each zone (the ``zones`` the writer held when the session began) and
``hr_source`` at every segment end, at finish, in :meth:`SessionWriter.take_over` and once a
minute at checkpoints. heart_rate_columns.py works those columns out (core/hr_figures.py does the
sums); the writer decides when, and keeps them.
"""

from __future__ import annotations

import contextlib
import math
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from walkcoach.core import energy
from walkcoach.core.hr_figures import RunningHeartRate
from walkcoach.core.hr_zones import HeartRateZones
from walkcoach.core.measured import BeltSample, MeasuredSegment
from walkcoach.core.program import Program, Segment
from walkcoach.core.records import (
    HR_SOURCES,
    STATUS_COMPLETED,
    STATUS_INTERRUPTED,
    STATUS_RUNNING,
    STATUS_SHORT,
    STATUS_STOPPED,
    final_status,
)
from walkcoach.storage.db import open_database
from walkcoach.storage.errors import StorageError
from walkcoach.storage.heart_rate_columns import (
    hr_columns_kept_from_file,
    segment_hr_columns,
    session_hr_columns,
    session_hr_figures,
)
from walkcoach.storage.history import to_db_time
from walkcoach.storage.recovery import (
    FORMAT_ID,
    FORMAT_VERSION,
    known_session_id,
    remove_recovery,
    samples_from_rows,
    write_recovery,
)
from walkcoach.storage.sample_columns import SampleColumns

MAX_NOTES_CHARS = 10_000
SESSION_HR_EVERY_S = (
    60.0  # how often a checkpoint brings the session's heart-rate figures up to date
)
FINISH_STATUSES = (STATUS_COMPLETED, STATUS_STOPPED, STATUS_INTERRUPTED, STATUS_SHORT)

WallClock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class _SessionState:
    """Everything known about one session, whether or not it reached the database yet."""

    columns: dict[str, Any]
    segments: dict[int, dict[str, Any]] = field(default_factory=dict)  # position -> columns
    session_id: int | None = None
    dirty_session: bool = True
    dirty_positions: set[int] = field(default_factory=set)
    next_position: int = 0
    open_position: int | None = None  # the running segment's partial row, if checkpointed
    finished: bool = False
    # The treadmill's samples, all of them (a new row for the session needs them all again);
    # the first ``stored_samples`` are in the database already.
    samples: SampleColumns = field(default_factory=SampleColumns)
    stored_samples: int = 0
    zones: HeartRateZones | None = None  # the user's zones when the session began
    has_heart_rate: bool = False  # a sample carried one (else the figures stay NULL, cheaply)
    # By at_s, as the link sends them: a segment's samples are then found by bisection.
    samples_in_order: bool = True
    session_hr_at_s: float = 0.0  # active seconds when the session's figures were last made
    # The session's figures kept up as samples come in time order (None: worked out over all).
    running_hr: RunningHeartRate | None = None
    # Seconds the running segment has waited for the heart rate to settle (heart_rate_waited).
    open_wait_s: float = 0.0

    @property
    def dirty(self) -> bool:
        return (
            self.dirty_session
            or bool(self.dirty_positions)
            or self.stored_samples < len(self.samples)
        )


class SessionWriter:
    """Records one session at a time (``begin`` again after ``finish`` for the next)."""

    def __init__(
        self,
        db_path: str | os.PathLike[str],
        clock_wall: WallClock | None = None,
        *,
        connection_hook: Callable[[sqlite3.Connection], None] | None = None,
        keeps_recovery_file: bool = True,
        zones: HeartRateZones | None = None,
        hr_source: str | None = None,
    ) -> None:
        """``clock_wall`` returns the current time, timezone-aware (default: now in UTC).
        ``connection_hook`` is called with each new connection (tests limit the file size).
        ``keeps_recovery_file``: write unsaved sessions to a recovery file when a save fails (off
        for the writer that imports recovery files: their file is there already).
        ``zones``: the user's heart-rate zones (None: not set; no time in zones is stored), taken
        by each session as it begins. ``hr_source``: where the heart rate comes from, "sensor"
        or "treadmill" (see :attr:`hr_source`)."""
        self.db_path = Path(db_path)
        self._now = clock_wall or _utc_now
        self._hook = connection_hook
        self._conn: sqlite3.Connection | None = None
        self._states: list[_SessionState] = []  # the current one last; older ones until saved
        self._annotations: dict[int, tuple[int | None, bool, str]] = {}  # past sessions
        self.storage_error: str | None = None
        self.notices: list[str] = []  # for the user, e.g. where a damaged file was moved
        self.recovery_file: Path | None = None  # where unsaved sessions are kept meanwhile
        self.recovery_problem: str | None = None  # why not, if they could not be kept anywhere
        self.keeps_recovery_file = keeps_recovery_file
        self.zones = zones
        self._hr_source: str | None = None
        self.hr_source = hr_source

    @property
    def hr_source(self) -> str | None:
        """ "sensor" while a strap or watch is linked, "treadmill" while the heart rate comes from
        the treadmill's own data, None when not known. Stored with the session's figures (the
        latest value counts: a strap linked mid-session makes it "sensor")."""
        return self._hr_source

    @hr_source.setter
    def hr_source(self, source: str | None) -> None:
        if source is not None and source not in HR_SOURCES:
            raise ValueError(f"unknown heart-rate source {source!r} (one of: {HR_SOURCES})")
        self._hr_source = source

    # -- state ---------------------------------------------------------------------------------

    @property
    def _current(self) -> _SessionState | None:
        return self._states[-1] if self._states and not self._states[-1].finished else None

    @property
    def session_id(self) -> int | None:
        """The database id of the latest session (None until it has been stored)."""
        return self._states[-1].session_id if self._states else None

    @property
    def pending(self) -> bool:
        """True while something recorded has not reached the database."""
        return any(s.dirty for s in self._states) or bool(self._annotations)

    # -- recording -----------------------------------------------------------------------------

    def begin(
        self,
        program: Program,
        weight_kg: float | None,
        units: str = "kmh",
        *,
        planned_s: float | None = None,
    ) -> int | None:
        """Start recording a session of ``program``; returns its id (None while storage fails).

        ``planned_s``: the whole planned time of the session as run (default: the program's
        flattened plan); what "completed" is measured against."""
        if planned_s is None:
            plan = program.planned_segments()
            planned_s = plan[-1].end_s if plan else 0.0
        current = self._current
        if current is not None:  # the UI forgot to finish: keep what was walked
            self._finish_state(current, STATUS_STOPPED, current.columns["active_s"])
        now = to_db_time(self._now())
        state = _SessionState(
            columns={
                "program_id": program.id,
                "program_name": program.name,
                "started_at": now,
                "ended_at": None,
                "status": STATUS_RUNNING,
                "active_s": 0.0,
                "weight_kg": weight_kg,
                "units": units,
                "rpe": None,
                "pain": 0,
                "notes": "",
                "last_checkpoint_at": now,
                "planned_s": max(0.0, float(planned_s)),
                **session_hr_columns(None, None),
            },
            zones=self.zones,
            running_hr=RunningHeartRate(self.zones),
        )
        self._states.append(state)
        self.flush()
        return state.session_id

    def add_sample(self, sample: BeltSample) -> None:
        """One report of the treadmill (about one a second). Kept in memory and written with
        the next checkpoint, segment end or finish; ignored when no session is being recorded."""
        state = self._current
        if state is None:
            return
        samples = state.samples
        latest_s = samples.times_s[-1] if samples else 0.0
        cleaned = samples.append(sample)
        if cleaned.at_s < latest_s:
            state.samples_in_order = False
            state.running_hr = None  # from now on over all samples, sorted
        if state.running_hr is not None:
            state.running_hr.add(cleaned.at_s, cleaned.heart_rate_bpm)
        state.has_heart_rate = state.has_heart_rate or cleaned.heart_rate_bpm is not None

    def segment_ended(
        self,
        index: int,
        segment: Segment,
        actual_s: float,
        skipped: bool = False,
        measured: MeasuredSegment | None = None,
    ) -> None:
        """A segment ended (or was skipped): its final row is written now. ``measured``: what
        the treadmill measured during it (None: no treadmill, the planned figures stand)."""
        state = self._require_current()
        position = state.open_position if state.open_position is not None else state.next_position
        state.segments[position] = self._segment_columns(
            state, index, segment, actual_s, skipped=skipped, partial=False, measured=measured
        )
        self._segment_heart_rate(state, position)
        state.dirty_positions.add(position)
        state.open_position = None
        state.next_position = position + 1
        state.open_wait_s = 0.0
        walked_s = sum(s["actual_s"] for s in state.segments.values() if not s["partial"])
        state.columns["active_s"] = max(state.columns["active_s"], walked_s)
        state.columns["last_checkpoint_at"] = to_db_time(self._now())
        self._session_heart_rate(state, state.columns["active_s"])
        state.dirty_session = True
        self.flush()

    def heart_rate_waited(self, waited_s: float) -> None:
        """The running segment waited ``waited_s`` for the heart rate to settle (before a
        backward bout); kept with its row when it ends (or at the next checkpoint)."""
        state = self._require_current()
        if math.isfinite(waited_s) and waited_s > 0:
            state.open_wait_s += float(waited_s)

    def checkpoint(
        self,
        active_s: float,
        current_index: int | None,
        segment: Segment | None,
        segment_elapsed_s: float,
        measured: MeasuredSegment | None = None,
    ) -> None:
        """Save progress: session active time and the running segment as a partial row, and
        the treadmill's samples so far.

        ``segment`` None (e.g. paused between segments): only the session's time is saved.
        ``measured``: the running segment as measured so far.
        """
        state = self._require_current()
        state.columns["active_s"] = max(0.0, float(active_s))
        state.columns["last_checkpoint_at"] = to_db_time(self._now())
        state.dirty_session = True
        if segment is not None and current_index is not None:
            position = state.next_position
            state.segments[position] = self._segment_columns(
                state,
                current_index,
                segment,
                segment_elapsed_s,
                skipped=False,
                partial=True,
                measured=measured,
            )
            self._segment_heart_rate(state, position)
            state.dirty_positions.add(position)
            state.open_position = position
        # So far: what a crash leaves (recover_interrupted keeps them). Once a minute, not at
        # each checkpoint: kept up as samples come (RunningHeartRate) it costs nothing, but a
        # session whose samples came out of order works them out over every one (~15 ms at 3 h).
        if state.columns["active_s"] - state.session_hr_at_s >= SESSION_HR_EVERY_S:
            self._session_heart_rate(state, state.columns["active_s"])
        self.flush()

    def finish(self, status: str, active_s: float) -> None:
        """The session is over: ``status`` completed (it ran to its end) or stopped
        (interrupted is for recovery). "completed" is stored as "short" when under 80 % of the
        planned time was walked (:func:`~walkcoach.core.records.final_status`)."""
        if status not in FINISH_STATUSES:
            raise ValueError(f"unknown session status {status!r} (one of: {FINISH_STATUSES})")
        state = self._require_current()
        if status == STATUS_COMPLETED:
            walked_s = sum(s["actual_s"] for s in state.segments.values())
            status = final_status(True, walked_s, state.columns["planned_s"])
        self._finish_state(state, status, active_s)
        self.flush()

    def annotate(
        self, session_id: int | None, rpe: int | None = None, pain: bool = False, notes: str = ""
    ) -> None:
        """After-session feedback. ``session_id`` None means this writer's latest session (even
        if it is not stored yet)."""
        if rpe is not None and (isinstance(rpe, bool) or not isinstance(rpe, int)):
            raise ValueError(f"RPE must be a whole number from 1 to 10 (got {rpe!r})")
        if rpe is not None and not 1 <= rpe <= 10:
            raise ValueError(f"RPE must be from 1 to 10 (got {rpe})")
        notes = str(notes or "")[:MAX_NOTES_CHARS]
        if session_id is None:
            own = self._states[-1] if self._states else None
        else:
            own = next((s for s in self._states if s.session_id == session_id), None)
        if own is not None:
            own.columns.update(rpe=rpe, pain=int(bool(pain)), notes=notes)
            own.dirty_session = True
        elif session_id is not None:
            self._annotations[session_id] = (rpe, bool(pain), notes)
        else:
            raise ValueError("no session to annotate: give a session id")
        self.flush()

    # -- storing -------------------------------------------------------------------------------

    def take_over(self, data: dict[str, Any]) -> int:
        """Hold the sessions of a recovery file's ``data`` (recovery.load_recovery) as finished,
        unsaved sessions, for the next :meth:`flush`; return how many. A session the app was still
        running when it ended is marked interrupted; one already in the database (same program
        and start) keeps its id, so it is updated, never doubled."""
        conn = self._connection()
        states = []
        for entry in data.get("sessions", []):
            columns = dict(entry["columns"])
            if columns.get("status") == STATUS_RUNNING:  # the app ended during the outage
                columns["status"] = STATUS_INTERRUPTED
                columns["ended_at"] = columns.get("last_checkpoint_at") or columns["started_at"]
            segments = {int(k): dict(v) for k, v in entry.get("segments", {}).items()}
            samples = SampleColumns(samples_from_rows(entry.get("samples", [])))
            state = _SessionState(
                columns=columns,
                segments=segments,
                samples=samples,
                session_id=known_session_id(conn, columns, entry.get("session_id")),
                dirty_positions=set(segments),
                next_position=max(segments, default=-1) + 1,
                finished=True,
                zones=self.zones,
                has_heart_rate=samples.any_heart_rate(),
                samples_in_order=samples.in_time_order(),
            )
            self._take_over_heart_rate(state)
            states.append(state)
        self._states = states
        self._annotations = {
            int(k): (v[0], bool(v[1]), str(v[2])) for k, v in data.get("annotations", {}).items()
        }
        return len(states)

    def flush(self) -> bool:
        """Write everything pending; True when nothing is left in memory only. Never raises."""
        if not self.pending:
            return True
        try:
            conn = self._connection()
            assigned = self._write_all(conn)
        except (sqlite3.Error, OSError, StorageError, UnicodeError) as exc:
            self._fail(exc)
            self._keep_in_recovery_file()
            return False
        for state, session_id in assigned:
            state.session_id = session_id
        for state in self._states:
            state.dirty_session = False
            state.dirty_positions.clear()
            state.stored_samples = len(state.samples)
        self._annotations.clear()
        # Finished sessions that are stored need not stay in memory (keep the latest for annotate).
        self._states = [s for s in self._states[:-1] if not s.finished] + self._states[-1:]
        self.storage_error = None
        if self.recovery_file is not None:  # everything is in the database now
            remove_recovery(self.recovery_file)
            self.recovery_file = None
        return True

    def _keep_in_recovery_file(self) -> None:
        if not self.keeps_recovery_file:
            return
        payload = {
            "format": FORMAT_ID,
            "version": FORMAT_VERSION,
            "database": str(self.db_path),
            "sessions": [
                {
                    "columns": state.columns,
                    "segments": {str(k): v for k, v in state.segments.items()},
                    "samples": list(state.samples.rows()),
                    "session_id": state.session_id,
                }
                for state in self._states
                if state.dirty
            ],
            "annotations": {str(k): list(v) for k, v in self._annotations.items()},
        }
        self.recovery_file, self.recovery_problem = write_recovery(
            self.db_path, payload, self.recovery_file
        )

    def close(self) -> None:
        """Try a last flush and close the connection (pending data stays in memory on failure)."""
        self.flush()
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn, notices = open_database(self.db_path)
            self.notices.extend(notices)
            if self._hook is not None:
                self._hook(conn)
            self._conn = conn
        return self._conn

    def _write_all(self, conn: sqlite3.Connection) -> list[tuple[_SessionState, int]]:
        """One transaction for everything pending. Ids are handed out only after COMMIT."""
        assigned: list[tuple[_SessionState, int]] = []
        conn.execute("BEGIN IMMEDIATE")
        try:
            for state in self._states:
                if not state.dirty:
                    continue
                session_id = state.session_id
                if session_id is not None:  # always: it also proves the row still exists
                    cursor = conn.execute(
                        f"UPDATE sessions SET {', '.join(f'{c} = ?' for c in state.columns)} "
                        "WHERE id = ?",
                        (*state.columns.values(), session_id),
                    )
                    if cursor.rowcount == 0:  # the file was replaced (quarantined): store anew
                        session_id = None
                if session_id is None:
                    session_id = self._insert_session(conn, state.columns)
                    positions = set(state.segments)  # a new row needs all its segments
                    first_sample = 0  # and all its samples
                else:
                    positions = state.dirty_positions
                    first_sample = state.stored_samples
                if session_id != state.session_id:
                    assigned.append((state, session_id))
                for position in sorted(positions):
                    self._upsert_segment(conn, session_id, position, state.segments[position])
                self._upsert_samples(conn, session_id, state.samples, first_sample)
            for session_id, (rpe, pain, notes) in self._annotations.items():
                conn.execute(
                    "UPDATE sessions SET rpe = ?, pain = ?, notes = ? WHERE id = ?",
                    (rpe, int(pain), notes, session_id),
                )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # the connection is dropped by _fail
                    conn.execute("ROLLBACK")
            raise
        return assigned

    @staticmethod
    def _insert_session(conn: sqlite3.Connection, columns: dict[str, Any]) -> int:
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        cursor = conn.execute(
            f"INSERT INTO sessions ({names}) VALUES ({marks})", tuple(columns.values())
        )
        return int(cursor.lastrowid)  # type: ignore[arg-type]

    @staticmethod
    def _upsert_segment(
        conn: sqlite3.Connection, session_id: int, position: int, columns: dict[str, Any]
    ) -> None:
        names = ["session_id", "position", *columns]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
        conn.execute(
            f"INSERT INTO segments ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT (session_id, position) DO UPDATE SET {updates}",
            (session_id, position, *columns.values()),
        )

    @staticmethod
    def _upsert_samples(
        conn: sqlite3.Connection, session_id: int, samples: SampleColumns, first: int
    ) -> None:
        if first >= len(samples):
            return
        conn.executemany(
            "INSERT INTO samples (session_id, at_s, speed_kmh, incline_pct, distance_m, "
            "heart_rate_bpm) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, at_s) DO UPDATE "
            "SET speed_kmh = excluded.speed_kmh, incline_pct = excluded.incline_pct, "
            "distance_m = excluded.distance_m, heart_rate_bpm = excluded.heart_rate_bpm",
            [(session_id, *row) for row in samples.rows(first)],
        )

    def _fail(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, StorageError) else f"{type(exc).__name__}: {exc}"
        self.storage_error = (
            f"cannot save to the history database ({message}); the session is kept in memory "
            "and will be saved when storage works again"
        )
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None  # reopen next time: the folder may be back, the disk freed

    # -- helpers -------------------------------------------------------------------------------

    def _require_current(self) -> _SessionState:
        current = self._current
        if current is None:
            raise RuntimeError("no session is being recorded: call begin() first")
        return current

    def _finish_state(self, state: _SessionState, status: str, active_s: float) -> None:
        walked_s = sum(s["actual_s"] for s in state.segments.values())
        state.columns.update(
            status=status,
            active_s=max(float(active_s), walked_s),
            ended_at=to_db_time(self._now()),
        )
        state.columns["last_checkpoint_at"] = state.columns["ended_at"]
        self._session_heart_rate(state, state.columns["active_s"])
        state.dirty_session = True
        state.finished = True

    # -- heart rate (the figures: heart_rate_columns.py) ---------------------------------------

    def _segment_heart_rate(self, state: _SessionState, position: int) -> None:
        state.segments[position].update(
            segment_hr_columns(
                state.samples,
                state.segments,
                position,
                has_heart_rate=state.has_heart_rate,
                in_time_order=state.samples_in_order,
            )
        )

    def _session_heart_rate(self, state: _SessionState, end_s: float) -> None:
        figures = session_hr_figures(
            state.samples,
            end_s,
            has_heart_rate=state.has_heart_rate,
            running=state.running_hr,
            zones=state.zones,
        )
        state.columns.update(session_hr_columns(figures, self.hr_source))
        state.session_hr_at_s = end_s

    def _take_over_heart_rate(self, state: _SessionState) -> None:
        """A recovery file's session: its figures from its samples (a file from before schema 6
        has none), but for the zone seconds and source the file's own columns keep."""
        if not state.has_heart_rate:
            return
        for position in state.segments:
            self._segment_heart_rate(state, position)
        kept = hr_columns_kept_from_file(state.columns, state.zones)
        self._session_heart_rate(state, float(state.columns.get("active_s") or 0.0))
        state.columns.update(kept)

    @staticmethod
    def _segment_columns(
        state: _SessionState,
        plan_index: int,
        segment: Segment,
        actual_s: float,
        *,
        skipped: bool,
        partial: bool,
        measured: MeasuredSegment | None = None,
    ) -> dict[str, Any]:
        actual_s = max(0.0, float(actual_s))
        walked = segment  # what the kcal are worked out from: the belt's figures if measured
        distance_km = _distance_km(segment.speed_kmh, actual_s)
        if measured is not None:
            distance_km = max(0.0, float(measured.distance_m)) / 1000.0
            walked = replace(
                segment,
                speed_kmh=_or(measured.mean_speed_kmh, segment.speed_kmh),
                incline_pct=_or(measured.mean_incline_pct, segment.incline_pct),
            )
        return {
            "plan_index": plan_index,
            "kind": segment.kind,
            "direction": segment.direction,
            "planned_s": float(segment.duration_s),
            "actual_s": actual_s,
            "speed_kmh": float(segment.speed_kmh),
            "incline_pct": float(segment.incline_pct),
            "kcal": _kcal(walked, actual_s, state.columns["weight_kg"]),
            "distance_km": distance_km,
            "skipped": int(bool(skipped)),
            "partial": int(bool(partial)),
            "measured_distance_km": None if measured is None else distance_km,
            "measured_speed_kmh": None if measured is None else measured.mean_speed_kmh,
            "measured_incline_pct": None if measured is None else measured.mean_incline_pct,
            "hr_wait_s": round(state.open_wait_s, 3) if state.open_wait_s > 0 else None,
        }


def _or(value: float | None, default: float) -> float:
    return default if value is None else float(value)


def _kcal(segment: Segment, actual_s: float, weight_kg: float | None) -> float:
    if weight_kg is None or actual_s <= 0:
        return 0.0
    try:
        return energy.segment_kcal(replace(segment, duration_s=actual_s), weight_kg)
    except ValueError:  # a weight out of range: record the walk, leave the estimate out
        return 0.0


def _distance_km(speed_kmh: float, actual_s: float) -> float:
    try:
        return energy.distance_km(speed_kmh, actual_s)
    except ValueError:
        return 0.0


def recover_interrupted(
    db_path: str | os.PathLike[str], notices: list[str] | None = None
) -> list[int]:
    """At start-up: sessions left running by a crash become "interrupted", ending at their last
    checkpoint (their data is kept as it was). Returns their ids.

    Call it before a new session starts (the app is single-instance). Raises StorageError (e.g.
    NewerDatabaseError) when the database cannot be used; ``notices`` receives messages for the
    user, such as where a damaged file was moved.
    """
    conn, found_notices = open_database(db_path)
    if notices is not None:
        notices.extend(found_notices)
    try:
        conn.execute("BEGIN IMMEDIATE")
        ids = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM sessions WHERE status = ? ORDER BY id", (STATUS_RUNNING,)
            )
        ]
        conn.execute(
            "UPDATE sessions SET status = ?, ended_at = COALESCE(last_checkpoint_at, started_at) "
            "WHERE status = ?",
            (STATUS_INTERRUPTED, STATUS_RUNNING),
        )
        conn.execute("COMMIT")
        return ids
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StorageError(f"cannot update the history database {db_path}: {exc}") from exc
    finally:
        conn.close()

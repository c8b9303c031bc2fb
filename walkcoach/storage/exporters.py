"""Exports of recorded sessions: CSV and JSON (many sessions, one file), TCX and FIT (one file each).

CSV shape: one row per segment, the session's columns repeated on each row (so a spreadsheet can
filter and pivot without joins); a session with no segments still gets one row, its segment
columns empty. Columns: :data:`CSV_COLUMNS`. Times are ISO 8601 UTC. Free text that a spreadsheet
would run as a formula (starting with = + - @) is prefixed with an apostrophe.

JSON shape: a list of sessions exactly as ``walkcoach history --json`` prints them
(:meth:`SessionRecord.to_json`).

TCX and FIT of several sessions: ``export_sessions`` writes one file per session into a folder,
named ``walkcoach-YYYYmmdd-HHMMSS-<id>.tcx`` (UTC start time). Every file is written to a temp file
and renamed into place, so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from walkcoach.core.records import SessionRecord
from walkcoach.storage.fit import session_to_fit
from walkcoach.storage.tcx import session_to_tcx

FORMATS = ("csv", "json", "tcx", "fit")
PER_SESSION_FORMATS = ("tcx", "fit")

CSV_COLUMNS = (
    "session_id",
    "started_at",
    "ended_at",
    "program_id",
    "program_name",
    "status",
    "session_active_s",
    "weight_kg",
    "rpe",
    "pain",
    "notes",
    "position",
    "kind",
    "direction",
    "planned_s",
    "actual_s",
    "speed_kmh",
    "incline_pct",
    "kcal",
    "distance_km",
    "skipped",
    "partial",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """An export that cannot be done (bad output path, nothing to export); one-line message."""


def sessions_to_json(sessions: Sequence[SessionRecord]) -> str:
    return json.dumps([s.to_json() for s in sessions], indent=2, ensure_ascii=False) + "\n"


def _safe_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def sessions_to_csv(sessions: Sequence[SessionRecord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for session in sessions:
        head = [
            session.id,
            session.started_at.isoformat(),
            session.ended_at.isoformat() if session.ended_at else "",
            session.program_id,
            _safe_text(session.program_name),
            session.status,
            round(session.duration_s, 2),
            "" if session.weight_kg is None else session.weight_kg,
            "" if session.rpe is None else session.rpe,
            int(session.pain),
            _safe_text(session.notes),
        ]
        if not session.segments:
            writer.writerow(head + [""] * (len(CSV_COLUMNS) - len(head)))
        for segment in session.segments:
            writer.writerow(
                head
                + [
                    segment.position,
                    segment.kind,
                    segment.direction or "",
                    round(segment.planned_s, 2),
                    round(segment.actual_s, 2),
                    segment.speed_kmh,
                    segment.incline_pct,
                    round(segment.kcal, 2),
                    round(segment.distance_km, 4),
                    int(segment.skipped),
                    int(segment.partial),
                ]
            )
    return out.getvalue()


def render(sessions: Sequence[SessionRecord], fmt: str) -> bytes:
    """One file's bytes: all ``sessions`` for csv/json, exactly one session for tcx/fit."""
    if fmt == "csv":
        # A BOM so spreadsheet programs read the UTF-8 (accents in notes) correctly.
        return sessions_to_csv(sessions).encode("utf-8-sig")
    if fmt == "json":
        return sessions_to_json(sessions).encode("utf-8")
    if fmt in PER_SESSION_FORMATS:
        if len(sessions) != 1:
            raise ExportError(f"a {fmt.upper()} file holds one session (got {len(sessions)})")
        try:
            if fmt == "tcx":
                return session_to_tcx(sessions[0])
            return session_to_fit(sessions[0])
        except ValueError as exc:
            raise ExportError(str(exc)) from exc
    raise ExportError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")


def session_file_name(session: SessionRecord, fmt: str) -> str:
    return f"walkcoach-{session.started_at.strftime('%Y%m%d-%H%M%S')}-{session.id}.{fmt}"


def export_sessions(
    sessions: Sequence[SessionRecord], fmt: str, output: str | os.PathLike[str]
) -> list[Path]:
    """Write an export and return the files written.

    csv/json: ``output`` is the file. tcx/fit: with one session, ``output`` is the file unless it
    is an existing folder; with several, ``output`` is a folder (created if missing) that gets one
    file per session. Sessions with no segments are left out of a folder export (TCX needs a lap).
    Raises :class:`ExportError` with a one-line message.
    """
    output = Path(output)
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    if fmt in PER_SESSION_FORMATS and (len(sessions) != 1 or output.is_dir()):
        exportable = [s for s in sessions if s.segments]
        if not exportable:
            raise ExportError("there are no recorded sessions with segments to export")
        if output.exists() and not output.is_dir():
            raise ExportError(
                f"{output} is a file; exporting several sessions as {fmt.upper()} needs a folder "
                "(one file per session)"
            )
        _make_folder(output)
        return [
            write_bytes_atomic(output / session_file_name(s, fmt), render([s], fmt))
            for s in exportable
        ]
    if output.is_dir():
        raise ExportError(f"{output} is a folder; give a file name to write the {fmt.upper()} to")
    return [write_bytes_atomic(output, render(sessions, fmt))]


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder {folder}: {exc.strerror or exc}") from exc


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Temp file in the same folder, then rename: readers see no file or the whole file."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write to {folder}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)  # no fsync: an export can be made again, and it costs seconds
        # mkstemp makes the file 0600; an export is meant to be shared, so give it the usual
        # mode (not via os.umask, which would race with other threads).
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path

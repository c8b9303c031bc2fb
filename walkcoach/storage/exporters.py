"""Exports of recorded sessions: CSV and JSON (many sessions, one file), TCX and FIT (one file each).

CSV shape: one row per segment, the session's columns repeated on each row (so a spreadsheet can
filter and pivot without joins); a session with no segments still gets one row, its segment
columns empty. Columns: :data:`CSV_COLUMNS`. Times are ISO 8601 UTC. Free text that a spreadsheet
would run as a formula (starting with = + - @) is prefixed with an apostrophe.

JSON shape: a list of sessions exactly as ``walkcoach history --json`` prints them
(:meth:`SessionRecord.to_json`), each with its treadmill's per-second ``samples`` (at_s,
speed_kmh, incline_pct, distance_m, heart_rate_bpm) when it has any and they were loaded
(``walkcoach export --format json`` loads them; a session without samples has no such key).

TCX and FIT of several sessions: ``export_sessions`` writes one file per session into a folder,
named ``walkcoach-YYYYmmdd-HHMMSS-<id>.tcx`` (UTC start time). Every file is written to a temp file
and renamed into place, so a failed export never leaves half a file behind; a file that exists
is replaced only when asked (``force``), and a device or FIFO is written in place.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from walkcoach.core import counted
from walkcoach.core.files import write_file_atomic
from walkcoach.core.i18n import translate
from walkcoach.core.measured import BeltSample
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
    # What the treadmill measured (empty without one); distance_km above is then the measured one.
    "distance_source",
    "measured_distance_km",
    "measured_speed_kmh",
    "measured_incline_pct",
    # The segment's heart rate (empty when none was recorded).
    "hr_mean_bpm",
    "hr_max_bpm",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """An export that cannot be done (bad output path, nothing to export); one-line message."""


def sessions_to_json(sessions: Sequence[SessionRecord]) -> str:
    """The history's JSON, and each session's samples when they were loaded with it."""
    out = []
    for session in sessions:
        shown = session.to_json()
        if session.samples:
            shown["samples"] = [sample_to_json(s) for s in session.samples]
        out.append(shown)
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


def sample_to_json(sample: BeltSample) -> dict[str, Any]:
    return {
        "at_s": sample.at_s,
        "speed_kmh": sample.speed_kmh,
        "incline_pct": sample.incline_pct,
        "distance_m": sample.distance_m,
        "heart_rate_bpm": sample.heart_rate_bpm,
    }


def _safe_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _blank(value: float | None, digits: int) -> object:
    return "" if value is None else round(value, digits)


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
                    segment.distance_source,
                    _blank(segment.measured_distance_km, 4),
                    _blank(segment.measured_speed_kmh, 2),
                    _blank(segment.measured_incline_pct, 2),
                    _blank(segment.hr_mean_bpm, 1),
                    "" if segment.hr_max_bpm is None else segment.hr_max_bpm,
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
            message = translate("Storage", "a {format} file holds one session (got {count})")
            raise ExportError(message.format(format=fmt.upper(), count=len(sessions)))
        try:
            if fmt == "tcx":
                return session_to_tcx(sessions[0])
            return session_to_fit(sessions[0])
        except ValueError as exc:
            raise ExportError(str(exc)) from exc
    raise _unknown_format(fmt)


def _unknown_format(fmt: str) -> ExportError:
    message = translate("Storage", "unknown export format {format} (one of: {known})")
    return ExportError(message.format(format=repr(fmt), known=", ".join(FORMATS)))


def _cannot_write(path: Path, exc: OSError) -> ExportError:
    message = translate("Storage", "cannot write {path}: {reason}")
    return ExportError(message.format(path=path, reason=exc.strerror or exc))


def session_file_name(session: SessionRecord, fmt: str) -> str:
    return f"walkcoach-{session.started_at.strftime('%Y%m%d-%H%M%S')}-{session.id}.{fmt}"


def export_sessions(
    sessions: Sequence[SessionRecord],
    fmt: str,
    output: str | os.PathLike[str],
    *,
    force: bool = False,
) -> list[Path]:
    """Write an export and return the files written.

    csv/json: ``output`` is the file. tcx/fit: with one session, ``output`` is the file unless it
    is an existing folder; with several, ``output`` is a folder (created if missing) that gets one
    file per session. Sessions with no segments are left out of a folder export (TCX needs a lap).

    A file that exists already is replaced only with ``force`` (and then atomically: a symbolic
    link in the way is renamed aside, never written through). A path that is not a regular file
    (a device, a FIFO, /dev/stdout on a pipe) is written in place, never replaced. A write that
    fails (a full disk) leaves nothing behind: no temp file, no half file, no folder it made.
    Raises :class:`ExportError` with a one-line message.
    """
    output = Path(output)
    if fmt not in FORMATS:
        raise _unknown_format(fmt)
    kind = _kind(output)
    if fmt in PER_SESSION_FORMATS and (len(sessions) != 1 or kind == "folder"):
        exportable = [s for s in sessions if s.segments]
        if not exportable:
            raise ExportError(
                translate("Storage", "there are no recorded sessions with segments to export")
            )
        if kind not in ("folder", "missing"):
            message = translate(
                "Storage",
                "{output} is a file; exporting several sessions as {format} needs a folder "
                "(one file per session)",
            )
            raise ExportError(message.format(output=output, format=fmt.upper()))
        return _export_to_folder(exportable, fmt, output, force=force, made=kind == "missing")
    if kind == "folder":
        message = translate(
            "Storage", "{output} is a folder; give a file name to write the {format} to"
        )
        raise ExportError(message.format(output=output, format=fmt.upper()))
    data = render(sessions, fmt)
    if kind == "special":
        return [_write_in_place(output, data)]
    if kind == "file" and not force:
        message = translate("Storage", "{output} exists already; add --force to replace it")
        raise ExportError(message.format(output=output))
    return [write_bytes_atomic(output, data)]


def _kind(path: Path) -> str:
    """ "missing", "folder", "file" (a regular file or a link, even a dangling one) or
    "special" (a device, a FIFO, a socket: written in place)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "file" if os.path.lexists(path) else "missing"
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISREG(mode):
        # /dev/stdout and /proc/self/fd/N name a file the shell opened for us: write into it.
        return "special" if _names_an_open_file(path) else "file"
    return "special"


def _names_an_open_file(path: Path) -> bool:
    text = os.path.abspath(path)
    for _ in range(8):  # a few links deep: /dev/stdout -> /proc/self/fd/1 -> the file
        if text.startswith(("/proc/", "/dev/fd/", "/dev/stdout", "/dev/stderr")):
            return True
        if not os.path.islink(text):
            return False
        text = os.path.join(os.path.dirname(text), os.readlink(text))
    return False


def _export_to_folder(
    sessions: Sequence[SessionRecord], fmt: str, folder: Path, *, force: bool, made: bool
) -> list[Path]:
    targets = [folder / session_file_name(s, fmt) for s in sessions]
    if not force:
        there = [t for t in targets if os.path.lexists(t)]
        if there:
            if len(there) > 1:
                message = counted.translate(
                    "Storage",
                    "{first} and %n more exist already; add --force to replace them",
                    None,
                    len(there) - 1,
                )
            else:
                message = translate("Storage", "{first} exists already; add --force to replace it")
            raise ExportError(message.format(first=there[0]))
    _make_folder(folder)
    written: list[Path] = []
    try:
        for session, target in zip(sessions, targets, strict=True):
            existed = os.path.lexists(target)
            write_bytes_atomic(target, render([session], fmt))
            if not existed:
                written.append(target)
    except ExportError:
        # Half an export is no export: remove what this one made (never what was there).
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        if made:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return targets


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        message = translate("Storage", "cannot create the folder {folder}: {reason}")
        raise ExportError(message.format(folder=folder, reason=exc.strerror or exc)) from exc


def _write_in_place(path: Path, data: bytes) -> Path:
    """A device or a FIFO: opened and written as it is (never replaced by a regular file)."""
    try:
        flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0)
        if stat.S_ISREG(os.stat(path).st_mode):
            flags |= os.O_TRUNC  # stdout redirected to a file: the export is all it holds
        fd = os.open(path, flags)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    return path


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Temp file in the same folder, then rename: readers see no file or the whole file."""
    folder = path.parent
    if not folder.is_dir():
        message = translate("Storage", "cannot write {path}: the folder {folder} does not exist")
        raise ExportError(message.format(path=path, folder=folder))
    try:
        # No fsync: an export can be made again, and it costs seconds. Owner-only like every
        # file WalkCoach writes: an export holds the user's training and weight.
        write_file_atomic(path, data, durable=False)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    return path

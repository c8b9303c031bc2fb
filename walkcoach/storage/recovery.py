"""Sessions that could not reach the history database, kept in a recovery file until they can.

While the database cannot be written (a read-only folder or disk, a full disk, a newer schema, a
path that is a folder), :class:`~walkcoach.storage.writer.SessionWriter` keeps the session in
memory and, after every failed save, writes all of it here too, so neither closing the window
nor a crash loses it. Where (the first that can be written):

1. ``<data folder>/recovery/unsaved-<time>-<pid>.json``;
2. ``<user cache folder>/walkcoach/recovery/<folder digest>/unsaved-...json`` (e.g.
   ``~/.cache/walkcoach/...``) when the data folder itself cannot be written; the digest of the
   data folder's path keeps two data folders apart.

The file is removed once everything in it is in the database. At start-up
:func:`~walkcoach.storage.recovery_import.import_recovery_files` adds every recovery file of the data folder to the history (when
it can be written) and removes the file only after the commit; a session already there (same
program and start time) is updated, never doubled.

Format version 2 adds each session's treadmill samples (``samples``: lists of at_s, speed_kmh,
incline_pct, distance_m, heart_rate_bpm); files of version 1, written before, have none and are
read as ever.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from walkcoach import APP_NAME
from walkcoach.core.files import read_user_file, write_file_atomic
from walkcoach.core.measured import BeltSample

FORMAT_ID = "walkcoach-unsaved-sessions"
FORMAT_VERSION = 2  # 2: the treadmill's samples
MAX_RECOVERY_BYTES = 64_000_000
FOLDER_NAME = "recovery"


def recovery_folders(db_path: Path) -> list[Path]:
    """Where recovery files of the database ``db_path`` go, in order of preference."""
    data_dir = Path(db_path).resolve().parent
    folders = [data_dir / FOLDER_NAME]
    try:
        import platformdirs

        cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return folders
    digest = hashlib.sha256(str(data_dir).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    folders.append(cache / FOLDER_NAME / digest)
    return folders


def write_recovery(
    db_path: Path, payload: dict[str, Any], current: Path | None
) -> tuple[Path | None, str | None]:
    """Write ``payload``; return (where it is now, why it could not be written anywhere)."""
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8", "backslashreplace")
    name = (
        current.name
        if current is not None
        else (f"unsaved-{datetime.now().strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.json")
    )
    problem = None
    for folder in recovery_folders(db_path):
        target = folder / name
        try:
            write_file_atomic(target, data)
        except OSError as exc:
            problem = f"{target}: {exc.strerror or exc}"
            continue
        if current is not None and current != target:  # moved to a better place
            with contextlib.suppress(OSError):
                current.unlink()
        return target, None
    return current, problem


def remove_recovery(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def find_recovery_files(db_path: Path) -> list[Path]:
    found: list[Path] = []
    for folder in recovery_folders(db_path):
        with contextlib.suppress(OSError):
            found.extend(sorted(folder.glob("unsaved-*.json")))
    return found


def load_recovery(path: Path) -> dict[str, Any]:
    data = json.loads(read_user_file(path, MAX_RECOVERY_BYTES).decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT_ID:
        raise ValueError("not a WalkCoach recovery file")
    if not isinstance(data.get("version"), int) or data["version"] > FORMAT_VERSION:
        raise ValueError("written by a newer WalkCoach")
    return data


def known_session_id(
    conn: sqlite3.Connection, columns: dict[str, Any], session_id: Any
) -> int | None:
    """The id of this very session in the database, if it is there already."""
    if isinstance(session_id, int):
        row = conn.execute(
            "SELECT id FROM sessions WHERE id = ? AND program_id = ? AND started_at = ?",
            (session_id, columns.get("program_id"), columns.get("started_at")),
        ).fetchone()
        if row:
            return int(row[0])
    row = conn.execute(
        "SELECT id FROM sessions WHERE program_id = ? AND started_at = ? ORDER BY id LIMIT 1",
        (columns.get("program_id"), columns.get("started_at")),
    ).fetchone()
    return int(row[0]) if row else None


def samples_from_rows(rows: Any) -> list[BeltSample]:
    """The samples of a recovery file's session (none in files of format version 1)."""
    if not isinstance(rows, list):
        raise ValueError("its treadmill samples are not a list")
    out = []
    for row in rows:
        if not isinstance(row, list) or len(row) != 5:
            raise ValueError("a treadmill sample is not five values")
        out.append(BeltSample(*row).cleaned())
    return out

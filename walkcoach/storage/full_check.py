"""A note beside the history file asking the next open for a whole-file integrity check.

The check at every open leaves the per-second samples out (storage.db.UNCHECKED_AT_OPEN says
why). Every read of them goes through :func:`walkcoach.storage.sample_reads.reading_samples`:
when it finds damage it leaves this note (``history.sqlite3.check-all``) and raises StorageError, and the next open checks every
table, so the damaged file is moved aside and rescued like any other instead of failing the same
way at each look at a session.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from walkcoach.core.files import create_private_file

SUFFIX = ".check-all"


def note_path(db_path: str | os.PathLike[str]) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + SUFFIX)


def request(db_path: str | os.PathLike[str]) -> None:
    """Leave the note (best effort: a read-only folder just means no rescue at the next start)."""
    with contextlib.suppress(OSError):  # FileExistsError too: asked for already
        create_private_file(note_path(db_path))


def requested(db_path: str | os.PathLike[str]) -> bool:
    return note_path(db_path).exists()


def done(db_path: str | os.PathLike[str]) -> None:
    with contextlib.suppress(FileNotFoundError):
        note_path(db_path).unlink()


def file_of(conn: sqlite3.Connection) -> str:
    """The file of a connection's main database ("" for one in memory)."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return str(file or "")
    return ""

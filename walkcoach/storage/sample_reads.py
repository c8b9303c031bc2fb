"""Reads of the per-second samples, which the check at every open leaves out: damage met there
becomes a StorageError in words, and the next open is asked for a whole-file check
(storage.full_check), which moves the file aside and rescues it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from walkcoach.core.i18n import translate
from walkcoach.storage import full_check
from walkcoach.storage.db import is_damage
from walkcoach.storage.errors import StorageError


@contextlib.contextmanager
def reading_samples(conn: sqlite3.Connection) -> Iterator[None]:
    """Around any statement that reads the samples table: damage found there becomes a
    StorageError that says so, and the next open of the file checks all of it."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        db_file = full_check.file_of(conn)
        if db_file:
            full_check.request(db_file)
        message = translate(
            "Storage",
            "the treadmill and heart-rate samples cannot be read: the history file is damaged "
            "({reason}). WalkCoach keeps the file aside and rescues what can be read the next "
            "time it opens the history",
        )
        #: {reason} is SQLite's own report, in English.
        raise StorageError(message.format(reason=" ".join(str(exc).split())[:120])) from exc

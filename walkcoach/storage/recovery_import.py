"""Start-up: the sessions of every recovery file go into the history, and the file goes after.

The files are read by recovery.py; a :class:`~walkcoach.storage.writer.SessionWriter` takes their
sessions over (:meth:`~walkcoach.storage.writer.SessionWriter.take_over`) and stores them. A file
is removed only after its sessions are committed; one that cannot be read, or stored yet, stays.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from walkcoach.storage.errors import StorageError
from walkcoach.storage.recovery import find_recovery_files, load_recovery, remove_recovery
from walkcoach.storage.writer import SessionWriter


def import_recovery_files(db_path: Path, notices: list[str]) -> int:
    """Add the sessions of every recovery file to the history; return how many were added.

    A file that cannot be read as one is left where it is (and the user told); a file whose
    sessions are all stored is removed.
    """
    added = 0
    for path in find_recovery_files(db_path):
        try:
            data = load_recovery(path)
        except (OSError, ValueError) as exc:
            notices.append(
                f"A file of unsaved sessions, {path}, could not be read ({exc}); it was left there."
            )
            continue
        # The file is there already: this writer never writes a second one.
        writer = SessionWriter(db_path, keeps_recovery_file=False)
        try:
            count = writer.take_over(data)
            stored = writer.flush()
        except (sqlite3.Error, StorageError, OSError, KeyError, TypeError, ValueError) as exc:
            notices.append(
                f"Unsaved sessions in {path} could not be added to the history yet ({exc}); "
                "they stay in that file."
            )
            continue
        finally:
            writer.close()
        if not stored:
            notices.append(
                f"Unsaved sessions in {path} could not be added to the history yet "
                f"({writer.storage_error}); they stay in that file."
            )
            continue
        remove_recovery(path)
        added += count
        noun = "session" if count == 1 else "sessions"
        notices.append(
            f"{count} {noun} that could not be saved earlier {'was' if count == 1 else 'were'} "
            f"added to the history (from {path})."
        )
    return added

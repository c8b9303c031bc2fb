"""Rescue of a damaged history database: keep the original aside, save what can be read.

One bad page should never hide a whole history. :func:`rescue` first renames the damaged file
(and its -wal/-shm) aside, where it stays byte for byte (``quarantine``). It then works on a
copy in a private temp folder, so not even SQLite's recovery of a WAL touches the original:

1. ``REINDEX``: when only an index is damaged (every row still readable), rebuilding the indexes
   repairs the file; if it then passes ``PRAGMA integrity_check``, it becomes the new history.
2. Otherwise a fresh database is made at the same schema version, and every readable row of
   every table is copied into it with SQLite's own INSERT ... SELECT (no text goes through
   Python, so a garbled string cannot stop it): a table at once, else in runs of rowids, else row
   by row, skipping only what cannot be read.

Either way the user is told how many sessions were rescued and where the original is.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from walkcoach.core import counted
from walkcoach.core.files import create_private_file
from walkcoach.core.i18n import translate
from walkcoach.storage.schema import SCHEMA_VERSION, migrate, schema_version

CHUNK_ROWS = 256
MAX_ROWID_SPAN = 5_000_000  # beyond it the rowids themselves are garbage: a row-by-row walk
PROBE_GIVE_UP = 2000


def quarantine(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged database (and its -wal/-shm) aside; return the new path of the main file."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():  # two quarantines in one second: never overwrite the first
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    for suffix in ("-wal", "-shm"):  # sidecars first: a main file without its WAL loses data
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target


@dataclass(frozen=True)
class Rescued:
    sessions: int
    how: str  # "reindex", "rows" or "none"
    rows_skipped: int = 0

    def notice(self, reason: str, moved: Path) -> str:
        if self.how == "none":
            message = translate(
                "Storage",
                "The history database was damaged ({reason}). It was moved to {moved} and "
                "nothing in it could be read, so a new, empty history was started; nothing was "
                "deleted.",
            )
            return message.format(reason=reason, moved=moved)
        if self.how == "reindex":
            message = counted.translate(
                "Storage",
                "The history database was damaged ({reason}). It was moved to {moved}, "
                "unchanged, and %n session(s) could be rescued into a new history by rebuilding "
                "its indexes; nothing was deleted.",
                None,
                self.sessions,
            )
        elif self.rows_skipped:
            message = counted.translate(
                "Storage",
                "The history database was damaged ({reason}). It was moved to {moved}, "
                "unchanged, and %n session(s) could be rescued into a new history by copying "
                "every row that could still be read (some could not); nothing was deleted.",
                None,
                self.sessions,
            )
        else:
            message = counted.translate(
                "Storage",
                "The history database was damaged ({reason}). It was moved to {moved}, "
                "unchanged, and %n session(s) could be rescued into a new history by copying "
                "every row that could still be read; nothing was deleted.",
                None,
                self.sessions,
            )
        return message.format(reason=reason, moved=moved)


def rescue(path: Path, now: datetime | None = None) -> tuple[Path, Rescued]:
    """Move the damaged ``path`` aside and leave at ``path`` a working database holding what
    could be read of it (migrated to the damaged file's version, not yet to the latest)."""
    moved = quarantine(path, now)
    work_folder = Path(tempfile.mkdtemp(prefix="walkcoach-rescue-"))
    try:
        work = work_folder / "damaged.sqlite3"
        shutil.copyfile(moved, work)
        wal = moved.with_name(moved.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, work.with_name(work.name + "-wal"))
        create_private_file(path)
        result = _by_reindex(work, path) or _by_rows(work, path)
    except BaseException:
        # The new file may be half made; the original is safe aside. Leave an empty database
        # rather than half a copy, so the caller's open starts clean.
        with contextlib.suppress(OSError):
            os.unlink(path)
        with contextlib.suppress(OSError):
            create_private_file(path)
        raise
    finally:
        shutil.rmtree(work_folder, ignore_errors=True)
    return moved, result


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.text_factory = bytes  # nothing read here is shown; a garbled string must not raise
    return conn


def _by_reindex(work: Path, target: Path) -> Rescued | None:
    try:
        conn = _connect(work)
        try:
            conn.execute("REINDEX")
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if len(rows) != 1 or rows[0][0] not in (b"ok", "ok"):
                return None
            if schema_version(conn) > SCHEMA_VERSION:
                return None
            fresh = sqlite3.connect(target)
            try:
                conn.backup(fresh)
                sessions = _count_sessions(fresh)
            finally:
                fresh.close()
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError, OverflowError):
        return None
    return Rescued(sessions, "reindex")


def _by_rows(work: Path, target: Path) -> Rescued:
    version = _damaged_version(work)
    conn = _connect(target)
    try:
        migrate(conn, target=version)
        tables = _tables(conn)
        # Lets SQLite read a file whose schema holds a damaged entry (an index's, say): the
        # entries it cannot parse are passed over instead of refusing the whole file. Nothing is
        # written to the damaged copy.
        conn.execute("PRAGMA writable_schema = ON")
        skipped = 0
        try:
            conn.execute("ATTACH DATABASE ? AS old", (str(work),))
        except sqlite3.Error:
            skipped = 1
        else:
            for table in tables:
                skipped += _copy_table(conn, table)
            with contextlib.suppress(sqlite3.Error):
                conn.execute("DETACH DATABASE old")
        conn.execute("PRAGMA writable_schema = OFF")
        for table in tables:
            skipped += _drop_garbled(conn, table)
        sessions = _count_sessions(conn)
    finally:
        conn.close()
    return Rescued(sessions, "rows" if sessions or skipped == 0 else "none", skipped)


def _damaged_version(work: Path) -> int:
    """The damaged file's schema version (from its header), at most the latest known."""
    try:
        with open(work, "rb") as handle:
            header = handle.read(100)
        version = int.from_bytes(header[60:64], "big", signed=True)
    except OSError:
        version = SCHEMA_VERSION
    return version if 0 < version <= SCHEMA_VERSION else SCHEMA_VERSION


def _tables(conn: sqlite3.Connection) -> list[str]:
    # The fresh database's own tables, parents first: what the damaged one should have held.
    names = [
        row[0].decode("utf-8", "replace") if isinstance(row[0], bytes) else row[0]
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY rootpage"
        )
    ]
    names.sort(key=lambda name: name != "sessions")
    return names


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    rows = conn.execute(f'PRAGMA {schema}.table_info("{table}")').fetchall()
    return [
        row[1].decode("utf-8", "replace") if isinstance(row[1], bytes) else row[1] for row in rows
    ]


def _copy_table(conn: sqlite3.Connection, table: str) -> int:
    """Copy what can be read of old.table into main.table; return how many rows could not."""
    try:
        wanted = _columns(conn, "main", table)
        have = set(_columns(conn, "old", table))
    except sqlite3.Error:
        return 0  # the damaged schema does not even name it: nothing to find
    columns = ", ".join(f'"{c}"' for c in wanted if c in have)
    if not columns:
        return 0
    insert = f'INSERT OR IGNORE INTO main."{table}" ({columns}) SELECT {columns} FROM old."{table}"'
    try:
        conn.execute(insert)
        return 0
    except sqlite3.Error:
        pass  # a damaged page somewhere: the statement was undone whole; go in smaller steps
    try:
        low, high = conn.execute(f'SELECT min(rowid), max(rowid) FROM old."{table}"').fetchone()
    except sqlite3.Error:
        return _probe_rows(conn, insert)  # not even the ends of the table can be found
    if low is None:
        return 0
    if high - low > MAX_ROWID_SPAN:
        return _probe_rows(conn, insert)
    skipped = 0
    for start in range(low, high + 1, CHUNK_ROWS):
        end = start + CHUNK_ROWS - 1
        try:
            conn.execute(f"{insert} WHERE rowid BETWEEN ? AND ?", (start, end))
            continue
        except sqlite3.Error:
            pass
        for rowid in range(start, end + 1):
            try:
                conn.execute(f"{insert} WHERE rowid = ?", (rowid,))
            except sqlite3.Error:
                skipped += 1
    return skipped


def _probe_rows(conn: sqlite3.Connection, insert: str) -> int:
    """Row by row from rowid 1, until PROBE_GIVE_UP rowids in a row give nothing (WalkCoach's
    rowids count up from 1); returns how many lookups failed."""
    failed = misses = 0
    rowid = 1
    while misses < PROBE_GIVE_UP and rowid <= MAX_ROWID_SPAN:
        try:
            found = conn.execute(f"{insert} WHERE rowid = ?", (rowid,)).rowcount
        except sqlite3.Error:
            failed += 1
            found = 0
        misses = 0 if found else misses + 1
        rowid += 1
    return failed


_TIME_COLUMNS = ("started_at", "ended_at", "last_checkpoint_at")


def _drop_garbled(conn: sqlite3.Connection, table: str) -> int:
    """Remove copied rows whose text is not UTF-8 or whose times do not parse: SQLite copied
    their bytes faithfully, but no reader could show them (the original keeps them)."""
    columns = _columns(conn, "main", table)
    bad: list[int] = []
    for row in conn.execute(f'SELECT rowid, * FROM main."{table}"'):
        try:
            for name, value in zip(columns, row[1:], strict=True):
                if isinstance(value, bytes):
                    text = value.decode("utf-8")
                    if name in _TIME_COLUMNS:
                        datetime.fromisoformat(text)
        except ValueError:  # UnicodeDecodeError included
            bad.append(row[0])
    for rowid in bad:
        conn.execute(f'DELETE FROM main."{table}" WHERE rowid = ?', (rowid,))
    return len(bad)


def _count_sessions(conn: sqlite3.Connection) -> int:
    try:
        return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
    except sqlite3.Error:
        return 0

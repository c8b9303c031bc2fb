"""The history database: connect (WAL), open with checks, tell damage from trouble around the file.

One SQLite file (``history.sqlite3`` in the data folder), at the schema of schema.py. A file
written by a newer WalkCoach is refused and never touched; a file that is not a database, or fails
``PRAGMA integrity_check``, is moved aside byte for byte and what can be read of it is rescued into
a fresh database (rescue.py): nothing is deleted.

Every error that opening and checking raise is sorted by :func:`is_damage`: damage (any SQLite
error but those below, a UnicodeDecodeError from a garbled check message) goes to the rescue;
a busy or locked database, a full disk, a read-only or missing folder, a permission refused, a
path that is not a regular file say nothing about the file and never move it.

Connections are opened in autocommit mode (``isolation_level=None``); writers use explicit
``BEGIN IMMEDIATE`` / ``COMMIT`` so a transaction is exactly what the code says.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from walkcoach.core.files import create_private_file, make_private_folder
from walkcoach.core.i18n import translate
from walkcoach.storage import full_check, schema
from walkcoach.storage.errors import CorruptDatabaseError, NewerDatabaseError, StorageError
from walkcoach.storage.rescue import rescue

BUSY_TIMEOUT_MS = 5000
# SQLite errors about the surroundings, not the file: never a reason to move a database aside.
_NOT_DAMAGE_ERRORS = (
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_FULL",
    "SQLITE_READONLY",
    "SQLITE_CANTOPEN",
    "SQLITE_PERM",
    "SQLITE_IOERR",
    "SQLITE_NOMEM",
    "SQLITE_INTERRUPT",
    "SQLITE_AUTH",
)
_NOT_DAMAGE_TEXTS = (
    "locked",
    "readonly",
    "read-only",
    "unable to open",
    "disk i/o",
    "disk is full",
)


class _Damaged(sqlite3.DatabaseError):
    """Damage found by our own checks (header, integrity_check) rather than by SQLite."""


# ---------------------------------------------------------------------------------------------
# Opening


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
    conn.execute("PRAGMA foreign_keys = ON")


def is_damage(exc: BaseException) -> bool:
    """The one classification of database errors: True when ``exc`` says the file is damaged.

    Opening and checking a file can fail in many ways (a random byte flipped in a page gives
    UnicodeDecodeError from integrity_check's message, "malformed schema", "no such table"...);
    all of them are damage, except what only says the file cannot be reached right now.
    """
    if isinstance(exc, _Damaged | UnicodeDecodeError):
        return True
    if isinstance(exc, StorageError | OSError) or not isinstance(exc, sqlite3.Error):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(_NOT_DAMAGE_ERRORS):
        return False
    if not name:  # Pythons without error names: SQLite's fixed messages
        text = str(exc).lower()
        return not any(part in text for part in _NOT_DAMAGE_TEXTS)
    return True


_is_corruption = is_damage  # the older name, kept for callers


def _connect_readonly(path: Path) -> sqlite3.Connection:
    path = Path(path).resolve()
    uri = path.as_uri() + "?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        # A WAL database needs a -shm file even to be read; in a folder we cannot write, and
        # with no -wal file, nobody can be writing to it either, so reading it as immutable
        # is safe (and the only way to read it at all).
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    _configure(conn)
    return conn


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _peek_version(path: Path) -> int:
    """The schema version, read without writing a byte or leaving a file behind.

    Straight from the file header (user_version is bytes 60-63, big-endian), because even a
    read-only SQLite connection to a WAL database creates -wal/-shm files. Only when a WAL with
    content exists (its newest header may differ) is SQLite asked, read-only.
    """
    header = _read_header(path)
    if not header:
        return 0  # an empty file is an empty database
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise _Damaged("file is not a database")
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        conn = _connect_readonly(path)
        try:
            return schema.schema_version(conn)
        finally:
            conn.close()
    return int.from_bytes(header[60:64], "big", signed=True)


def _read_header(path: Path) -> bytes:
    """The first 100 bytes; StorageError for anything but a regular file (a FIFO would make
    SQLite and open() wait for ever, a folder or a device is no database either)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            if stat.S_ISDIR(mode):
                message = translate("Storage", "the history database {path} is a folder")
            else:
                message = translate(
                    "Storage",
                    "the history database {path} is not a regular file (a pipe or a device)",
                )
            raise StorageError(message.format(path=path))
        return os.pread(fd, 100, 0) if hasattr(os, "pread") else os.read(fd, 100)
    finally:
        os.close(fd)


def _ensure_folder(folder: Path) -> None:
    make_private_folder(folder)  # 0700 whatever the umask, parents too


# Tables left out of the check at every open. The per-second samples are nearly all of a
# long-kept history: at ten years of daily sessions with a treadmill and a strap (10 million
# rows, 550 MB) checking them takes 3.7 of the 3.8 s of a whole-file check, and the history is
# opened at every start, by the recorder and by the history page. Every other table, index and
# the schema itself are checked in full each time (milliseconds); damage among the samples
# shows where they are read (a session's chart, an export), and the reader then asks the next
# open for a whole-file check (storage.full_check), which moves the file aside and rescues it.
UNCHECKED_AT_OPEN = ("samples",)


def _integrity_problem(conn: sqlite3.Connection, everything: bool = False) -> str | None:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    checked = [name for name in tables if everything or name not in UNCHECKED_AT_OPEN]
    if len(checked) == len(tables):
        statements = ["PRAGMA integrity_check"]
    else:  # one check per table: its rows, its indexes, and the schema's own pages
        statements = ["PRAGMA integrity_check(sqlite_schema)"] + [
            f'PRAGMA integrity_check("{name}")' for name in checked
        ]
    for statement in statements:
        rows = conn.execute(statement).fetchall()
        if not (len(rows) == 1 and rows[0][0] == "ok"):
            return "; ".join(str(r[0]) for r in rows[:3])
    return None


def open_database(
    path: str | os.PathLike[str],
    *,
    repair: bool = True,
    check_integrity: bool = True,
    now: datetime | None = None,
) -> tuple[sqlite3.Connection, list[str]]:
    """Open (creating if needed) the history database for reading and writing.

    Returns the connection (autocommit mode, WAL, foreign keys on) and notices for the user
    (e.g. where a damaged file was moved). Raises :class:`NewerDatabaseError` for a newer schema
    (the file is not modified), :class:`CorruptDatabaseError` for a damaged file when
    ``repair`` is False, and :class:`StorageError` when the folder or file cannot be used.
    """
    path = Path(path)
    notices: list[str] = []
    try:
        _ensure_folder(path.parent)
        if not path.exists():
            create_private_file(path)
    except OSError as exc:
        message = translate("Storage", "cannot create the history database {path}: {reason}")
        raise StorageError(message.format(path=path, reason=exc.strerror or exc)) from exc

    try:
        conn = _open_checked(path, check_integrity)
    except StorageError:
        raise  # a newer schema, a path that is no file: the file is left as it is
    except OSError as exc:
        message = translate("Storage", "cannot open the history database {path}: {reason}")
        raise StorageError(message.format(path=path, reason=exc.strerror or exc)) from exc
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        reason = _reason(exc)
        if not is_damage(exc):
            message = translate("Storage", "cannot open the history database {path}: {reason}")
            raise StorageError(message.format(path=path, reason=reason)) from exc
        if not repair:
            raise CorruptDatabaseError(_damaged_message(path, reason)) from exc
        try:
            moved, rescued = rescue(path, now)
            full_check.done(path)  # the new file is whole
            conn = _open_checked(path, check_integrity=False)
        except (OSError, sqlite3.Error, StorageError, ValueError) as exc2:
            message = translate(
                "Storage",
                "the history database {path} is damaged and could not be moved aside: {reason}",
            )
            raise StorageError(message.format(path=path, reason=_reason(exc2))) from exc2
        notices.append(rescued.notice(reason, moved))
    return conn, notices


def _damaged_message(path: Path, reason: str) -> str:
    message = translate(
        "Storage",
        "the history database {path} is damaged ({reason}); start WalkCoach to keep it aside "
        "and rescue what can be read",
    )
    return message.format(path=path, reason=reason)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return translate("Storage", "its integrity check returned garbled text")
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return " ".join(str(exc).split())[:200]


def _open_checked(path: Path, check_integrity: bool) -> sqlite3.Connection:
    version = _peek_version(path)  # before any write: a newer file must stay byte-identical
    if version > schema.SCHEMA_VERSION:
        raise NewerDatabaseError(schema.newer_message(version))
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        _configure(conn)
        if check_integrity and version > 0:
            everything = full_check.requested(path)
            problem = _integrity_problem(conn, everything)
            if problem:
                #: {problem} is SQLite's own report, in English.
                message = translate("Storage", "integrity check failed: {problem}")
                raise _Damaged(message.format(problem=problem))
            if everything:
                full_check.done(path)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            message = translate(
                "Storage", "cannot switch the history database to WAL mode (got {mode})"
            )
            raise StorageError(message.format(mode=mode))
        # In WAL mode NORMAL survives an application crash or kill -9; only a power cut may lose
        # the last commits, and it keeps checkpoints cheap.
        conn.execute("PRAGMA synchronous = NORMAL")
        try:
            schema.migrate(conn)
        except sqlite3.Error as exc:
            # The file passed its check: a failed upgrade is no damage, and it was rolled back.
            message = translate(
                "Storage", "cannot open the history database {path}: upgrading it failed ({reason})"
            )
            raise StorageError(message.format(path=path, reason=_reason(exc))) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def open_readonly(path: str | os.PathLike[str]) -> sqlite3.Connection | None:
    """Open for reading only (the CLI, while the app may be recording). None if there is no file.

    An older schema is migrated first through a normal open (safe beside a running app thanks to
    WAL and the busy timeout); a newer one raises :class:`NewerDatabaseError`, a damaged one
    :class:`CorruptDatabaseError`; neither is modified.
    """
    path = Path(path)
    if not path.exists():
        return None
    try:
        version = _peek_version(path)
    except OSError as exc:
        message = translate("Storage", "cannot read the history database {path}: {reason}")
        raise StorageError(message.format(path=path, reason=exc.strerror or exc)) from exc
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        if is_damage(exc):
            raise CorruptDatabaseError(_damaged_message(path, _reason(exc))) from exc
        message = translate("Storage", "cannot read the history database {path}: {reason}")
        raise StorageError(message.format(path=path, reason=_reason(exc))) from exc
    if version > schema.SCHEMA_VERSION:
        raise NewerDatabaseError(schema.newer_message(version))
    if version < schema.SCHEMA_VERSION:
        conn, _ = open_database(path, repair=False)
        conn.close()
    try:
        return _connect_readonly(path)
    except sqlite3.Error as exc:
        message = translate("Storage", "cannot read the history database {path}: {reason}")
        raise StorageError(message.format(path=path, reason=exc)) from exc


@contextlib.contextmanager
def reading(path: str | os.PathLike[str]) -> Iterator[sqlite3.Connection | None]:
    """:func:`open_readonly` for a ``with`` block: the connection (None while there is no
    history yet), closed when the block ends. StorageError as open_readonly raises it."""
    conn = open_readonly(path)
    try:
        yield conn
    finally:
        if conn is not None:
            conn.close()

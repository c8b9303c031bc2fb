"""The one way WalkCoach reads a user's file and the one way it writes a file of its own.

Reading (:func:`read_user_file`): regular files only, never more than the limit plus one byte. The
file is opened with O_NONBLOCK, so a FIFO or a device named as a program or a settings file can
never hang the app, and checked with fstat on the open descriptor (no race with a rename between
a check and the read); ``/dev/zero`` or a FIFO is refused in one line, not read for ever.

Writing (:func:`write_file_atomic`): a temp file in the target folder, fsync, then rename, so a
reader sees the old file or the new one, never half. The file is the user's alone (0600 whatever
the umask; folders made on the way 0700). A symbolic link at the target is never written
through (it could lead anywhere outside the data folder): it is renamed aside and the user is told.
An original the caller did not fully understand (``keep_original``) is renamed aside first, byte
for byte, so writing the new file can never lose what the old one held.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from datetime import datetime
from pathlib import Path

from walkcoach.core.i18n import QT_TRANSLATE_NOOP, translate

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


class NotRegularFileError(OSError):
    """The path names a folder, a device, a FIFO or a socket: nothing WalkCoach reads."""

    kind = ""  # what it is, in words ("a folder")


class FileTooLargeError(OSError):
    """The file holds more than the reader's limit."""


# What a path is when it is no regular file, for messages to people ("it is a pipe (FIFO)").
KIND_WORDS = {
    "folder": QT_TRANSLATE_NOOP("Files", "a folder"),
    "fifo": QT_TRANSLATE_NOOP("Files", "a pipe (FIFO)"),
    "device": QT_TRANSLATE_NOOP("Files", "a device"),
    "socket": QT_TRANSLATE_NOOP("Files", "a socket"),
}


def _kind_of(mode: int) -> str:
    """The path's kind, in words in the loaded language."""
    if stat.S_ISDIR(mode):
        kind = "folder"
    elif stat.S_ISFIFO(mode):
        kind = "fifo"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "device"
    elif stat.S_ISSOCK(mode):
        kind = "socket"
    else:
        return translate("Files", "not a regular file")
    return translate("Files", KIND_WORDS[kind])


def read_user_file(path: str | os.PathLike[str], limit_bytes: int) -> bytes:
    """The bytes of the regular file ``path`` (symbolic links followed), at most ``limit_bytes``.

    Raises FileNotFoundError/PermissionError as open does, :class:`NotRegularFileError` for
    anything but a regular file, :class:`FileTooLargeError` past the limit (found by reading at
    most one byte more, so a file that grows while read or lies about its size is no exception).
    """
    fd = os.open(os.fspath(path), _READ_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            error = NotRegularFileError(
                #: Why a file was not read: "is a folder", "is a pipe (FIFO)".
                errno.EINVAL,
                translate("Files", "is {kind}").format(kind=_kind_of(mode)),
                os.fspath(path),
            )
            error.kind = _kind_of(mode)
            raise error
        # A regular file never blocks; back to blocking so a read on a slow disk is not EAGAIN.
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        left = limit_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit_bytes:
        too_large = translate("Files", "is larger than {limit} bytes")
        raise FileTooLargeError(
            errno.EFBIG, too_large.format(limit=f"{limit_bytes:,}"), os.fspath(path)
        )
    return data


def describe_read_error(exc: OSError) -> str:
    """Why a read failed, for a one-line message ("it is a device", "permission denied")."""
    return str(exc.strerror or exc)


def make_private_folder(folder: str | os.PathLike[str]) -> Path:
    """Create ``folder`` and any missing parents 0700 whatever the umask (mkdir's mode is
    filtered by it); folders that exist are left as they are."""
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for part in reversed(missing):
        with contextlib.suppress(FileExistsError):
            part.mkdir(mode=PRIVATE_FOLDER_MODE)
            os.chmod(part, PRIVATE_FOLDER_MODE)
    return folder


def aside_name(path: Path, tag: str, now: datetime | None = None) -> Path:
    """A free name beside ``path``: ``name.<tag>-YYYYmmdd-HHMMSS`` (``-2``, ``-3``... if taken)."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{tag}-{stamp}")
    counter = 1
    while os.path.lexists(target):
        counter += 1
        target = path.with_name(f"{path.name}.{tag}-{stamp}-{counter}")
    return target


def keep_aside(path: Path, tag: str, now: datetime | None = None) -> Path | None:
    """Rename ``path`` (a file or a symbolic link, never followed) aside; None if nothing is
    there. A rename moves the very bytes: nothing is copied, nothing can be lost on the way."""
    if not os.path.lexists(path):
        return None
    target = aside_name(path, tag, now)
    os.rename(path, target)
    return target


def write_file_atomic(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    keep_original: str | None = None,
    durable: bool = True,
    mode: int = PRIVATE_FILE_MODE,
) -> tuple[Path, list[Path]]:
    """Write ``data`` to ``path`` atomically; return the path and what was kept aside.

    ``keep_original``: a tag ("bad", "newer"); the file now at ``path`` is renamed to
    ``path.<tag>-<time>`` before the new one takes its place. A symbolic link at ``path`` is
    always renamed aside (tag "link"), never written through. ``durable`` fsyncs file and folder
    (off for exports, which can be made again).
    """
    target = Path(path)
    make_private_folder(target.parent)
    kept: list[Path] = []
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if mode != PRIVATE_FILE_MODE:
            os.chmod(temp_name, mode)
        if target.is_symlink():
            kept.append(keep_aside(target, "link"))  # type: ignore[arg-type]
        elif keep_original and os.path.lexists(target):
            kept.append(keep_aside(target, keep_original))  # type: ignore[arg-type]
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    if durable:
        _fsync_folder(target.parent)
    return target, kept


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders, which is harmless.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def tighten_folder(folder: str | os.PathLike[str]) -> str | None:
    """Make an existing folder of ours owner-only; a line for the user when it was not."""
    folder = Path(folder)
    try:
        info = folder.stat()
    except OSError:
        return None
    loose = stat.S_IMODE(info.st_mode) & 0o077
    if not loose or not stat.S_ISDIR(info.st_mode):
        return None
    try:
        os.chmod(folder, stat.S_IMODE(info.st_mode) & ~0o077)
    except OSError as exc:
        message = translate(
            "Files",
            "The data folder {folder} can be read by other users (mode {mode}) and could not be "
            "made private: {reason}.",
        )
        mode = f"{stat.S_IMODE(info.st_mode):o}"
        return message.format(folder=folder, mode=mode, reason=exc.strerror or exc)
    message = translate(
        "Files",
        "The data folder {folder} could be read by other users (mode {mode}); it is now yours "
        "alone (mode {private}).",
    )
    return message.format(
        folder=folder,
        mode=f"{stat.S_IMODE(info.st_mode):o}",
        private=f"{stat.S_IMODE(info.st_mode) & ~0o077:o}",
    )


def create_private_file(path: Path) -> None:
    """Create an empty file only its owner can read (fails if it exists)."""
    # SQLite would create it with the umask's permissions (often world-readable); an empty file
    # is a valid empty database, and SQLite gives its -wal/-shm files the same mode.
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` so readers see the old file or the new one, never half
    (owner-only, never through a symbolic link: see :func:`write_file_atomic`)."""
    return write_file_atomic(path, text.encode("utf-8"))[0]

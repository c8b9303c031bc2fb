"""Is a WalkCoach window running on this data folder? Asked by the CLI, without Qt.

The window holds ``instance.lock`` with a QLockFile, which on Unix also keeps an flock on the
file for as long as the process lives; the kernel drops it the moment the process dies, kill -9
included. So a shared flock that can be taken means nobody holds the folder: a session left
"running" in the history is a crashed one, whatever its age. Where flock does not exist
(Windows) the answer is "cannot tell" and the CLI falls back on the age of the last checkpoint.

The window's "raise" socket (``<temp>/walkcoach-<uid>-<digest>``, see ui/platform/single_instance.py and
ui/platform/local_socket.py) is left behind by a kill -9; :func:`remove_stale_socket` removes it when no
window is running, and only if it is a socket of this user.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path

LOCK_FILE_NAME = "instance.lock"


def instance_running(data_dir: str | os.PathLike[str]) -> bool | None:
    """True: a live WalkCoach holds ``data_dir``; False: none does; None: cannot tell."""
    try:
        import fcntl
    except ImportError:
        return None
    lock = Path(data_dir) / LOCK_FILE_NAME
    try:
        fd = os.open(lock, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return None
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def server_name_for(data_dir: str | os.PathLike[str]) -> str:
    """The window's local socket name for a data folder: stable, short, distinct per user and
    folder (two accounts may point at the same shared folder but must not talk)."""
    resolved = str(Path(data_dir).expanduser().resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return f"walkcoach-{user}-{digest}"


def socket_path(data_dir: str | os.PathLike[str]) -> str:
    # QDir.tempPath() on Unix: $TMPDIR when set, else /tmp (without a trailing slash).
    temp = os.path.normpath(os.environ.get("TMPDIR") or "/tmp")
    return os.path.join(temp, server_name_for(data_dir))


def is_own_socket(path: str) -> bool:
    """True when ``path`` is a socket of this user (never follows a link)."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    own = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISSOCK(info.st_mode) and own


def remove_stale_socket(data_dir: str | os.PathLike[str]) -> bool:
    """Remove the socket a killed window left, when no window runs; True if one was removed."""
    if os.name != "posix" or instance_running(data_dir) is not False:
        return False
    path = socket_path(data_dir)
    if not is_own_socket(path):
        return False
    with contextlib.suppress(OSError):
        os.unlink(path)
        return True
    return False

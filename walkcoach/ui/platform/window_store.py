"""window.ini through WalkCoach's own reading and writing functions, in QSettings' INI format.

QSettings would write the file itself: with the umask's permissions (0644, or 0666 under umask
000) and through a symbolic link to wherever it leads. So QSettings only ever sees a private temp
copy; the real file is read with :func:`read_user_file` (regular files only, size-limited) and
written with :func:`write_file_atomic` (0600, never through a link).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSettings

from walkcoach.core.files import read_user_file, write_file_atomic

MAX_WINDOW_STATE_BYTES = 64_000


@contextlib.contextmanager
def window_store(path: Path, *, save: bool) -> Iterator[QSettings]:
    """A QSettings on a copy of ``path``; with ``save`` its content is written back on exit."""
    folder = Path(tempfile.mkdtemp(prefix="walkcoach-window-"))  # 0700: mkdtemp's own mode
    copy = folder / "window.ini"
    try:
        # Missing, a device, too large: no window state, the defaults.
        with contextlib.suppress(OSError):
            copy.write_bytes(read_user_file(path, MAX_WINDOW_STATE_BYTES))
        store = QSettings(str(copy), QSettings.Format.IniFormat)
        yield store
        if save:
            store.sync()
            del store
            write_file_atomic(path, copy.read_bytes(), durable=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

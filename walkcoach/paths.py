"""Where user data lives: platformdirs by default, one folder when --data-dir is given.

Nothing is created at import; call :func:`init` once at start-up (the CLI does), then ask for paths.
"""

from __future__ import annotations

import os
from pathlib import Path

from walkcoach import APP_NAME

_base_dir: Path | None = None


def init(base_dir: str | os.PathLike[str] | None = None) -> Path:
    """Choose the data folder. ``None`` means the platform's user data folder."""
    global _base_dir
    if base_dir is not None:
        if not str(base_dir).strip():
            # Path("") is the current folder: history and settings would land wherever the
            # command happened to run.
            from walkcoach.core.i18n import translate

            raise ValueError(
                translate(
                    "CommandLine",
                    "the data folder is empty; give a folder, or leave --data-dir out",
                )
            )
        _base_dir = Path(base_dir).expanduser().resolve()
    else:
        import platformdirs

        _base_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return _base_dir


def data_dir() -> Path:
    """The data folder (not created)."""
    if _base_dir is None:
        return init(None)
    return _base_dir


def ensure_data_dir(notices: list[str] | None = None) -> Path:
    """Create the data folder (and missing parents) readable by the user only (0700) whatever
    the umask, and return it. An existing folder others can read is made private, and
    ``notices`` is told so."""
    from walkcoach.core.files import make_private_folder, tighten_folder

    path = data_dir()
    existed = path.is_dir()
    make_private_folder(path)
    if not path.is_dir():
        from walkcoach.core.i18n import translate

        reason = translate("Files", "it is a file, not a folder")
        raise NotADirectoryError(20, reason, str(path))
    if existed:
        notice = tighten_folder(path)
        if notice and notices is not None:
            notices.append(notice)
    return path


def database_path() -> Path:
    return data_dir() / "history.sqlite3"


def programs_dir() -> Path:
    """User programs, one JSON file each."""
    return data_dir() / "programs"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def lock_path() -> Path:
    return data_dir() / "instance.lock"

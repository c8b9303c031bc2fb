"""Crash-safe text writes; the one writing function itself is walkcoach.core.files."""

from __future__ import annotations

import os
from pathlib import Path

from walkcoach.core.files import write_file_atomic


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` so readers see the old file or the new one, never half
    (owner-only, never through a symbolic link: see :func:`write_file_atomic`)."""
    return write_file_atomic(path, text.encode("utf-8"))[0]

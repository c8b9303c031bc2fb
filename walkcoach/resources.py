"""One accessor for the files of resources/: in a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def root() -> Path:
    """The folder that holds the resources (programs/, body/, sounds/, icons/, muscles.json)."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base is not None:  # PyInstaller bundle: the spec copies resources/ to the top
        return Path(frozen_base) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "muscles.json").is_file() or (checkout / "programs").is_dir():
        return checkout
    # Installed wheel: resources/ ships as the package walkcoach._resources.
    import walkcoach._resources as installed

    return Path(installed.__file__).resolve().parent


def path(relative: str) -> Path:
    """Absolute path of a resource, e.g. ``path("sounds/forward.wav")``."""
    return root() / relative


def read_text(relative: str) -> str:
    return path(relative).read_text(encoding="utf-8")

"""Names and ids of new and copied programs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from walkcoach.core.editing.common import DEFAULT_SEGMENTS
from walkcoach.core.program import (
    slugify,
)


def unique_id(base: str, taken: Iterable[str]) -> str:
    """``slugify(base)``, with ``-2``, ``-3``... when that id is taken."""
    taken = set(taken)
    stem = slugify(base)
    if stem not in taken:
        return stem
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = stem[: 64 - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def copy_name(name: str, taken_names: Iterable[str]) -> str:
    """``"Easy start"`` -> ``"Easy start (copy)"``, then ``"(copy 2)"``... avoiding taken names."""
    taken = {n.casefold() for n in taken_names}
    base = re.sub(r" \(copy(?: \d+)?\)$", "", name.strip()) or "Program"
    candidate = f"{base} (copy)"
    number = 2
    while candidate.casefold() in taken:
        candidate = f"{base} (copy {number})"
        number += 1
    return candidate


def new_program_data(name: str = "My program") -> dict[str, Any]:
    """A small valid program to start from: warm up forward; turn, backward, turn, forward
    three times; cool down."""
    return {
        "format": "walkcoach-program",
        "version": 1,
        "id": slugify(name),
        "name": name,
        "level": "beginner",
        "warmup": [dict(DEFAULT_SEGMENTS["forward"])],
        "main": [
            {
                "repeat": 3,
                "segments": [
                    dict(DEFAULT_SEGMENTS["turn"]),
                    dict(DEFAULT_SEGMENTS["backward"]),
                    dict(DEFAULT_SEGMENTS["turn"]),
                    dict(DEFAULT_SEGMENTS["forward"]),
                ],
            }
        ],
        "cooldown": [dict(DEFAULT_SEGMENTS["forward"])],
    }

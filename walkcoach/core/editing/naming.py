"""Names and ids of new and copied programs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from walkcoach.core.editing.common import DEFAULT_SEGMENTS
from walkcoach.core.i18n import QT_TRANSLATE_NOOP, translate
from walkcoach.core.program import (
    slugify,
)

#: A copied program's name; {name} is the original's.
COPY_NAME = QT_TRANSLATE_NOOP("ProgramEditor", "{name} (copy)")
#: A second, third... copy of the same program; {number} is 2, 3...
NUMBERED_COPY_NAME = QT_TRANSLATE_NOOP("ProgramEditor", "{name} (copy {number})")


def _copy_suffix_pattern(template: str) -> str:
    """The template as a regular expression for the suffix after {name} (any {number})."""
    suffix = template.split("{name}", 1)[-1]
    return re.escape(suffix).replace(re.escape("{number}"), r"\d+")


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
    """``"Easy start"`` -> ``"Easy start (copy)"``, then ``"(copy 2)"``... avoiding taken names
    (in the user's language: the suffix of a copy of a copy is replaced, not added to)."""
    one = translate("ProgramEditor", COPY_NAME)
    numbered = translate("ProgramEditor", NUMBERED_COPY_NAME)
    taken = {n.casefold() for n in taken_names}
    suffixes = "|".join(
        _copy_suffix_pattern(t) for t in {one, numbered, COPY_NAME, NUMBERED_COPY_NAME}
    )
    base = re.sub(f"(?:{suffixes})$", "", name.strip()) or "Program"
    candidate = one.format(name=base)
    number = 2
    while candidate.casefold() in taken:
        candidate = numbered.format(name=base, number=number)
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

"""Warnings: things a program may do but should not (saving stays allowed)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from walkcoach.core.editing.common import CONTEXT_EDITOR, TreePath
from walkcoach.core.editing.places import format_path
from walkcoach.core.editing.summary import _lenient_segment, _rounds
from walkcoach.core.i18n import QT_TRANSLATE_NOOP, decimal_text, translate
from walkcoach.core.levels import SPEED_TOLERANCE_KMH, backward_limits
from walkcoach.core.program import (
    PHASES,
    TURN_DEFAULT_S,
    Segment,
    figure_text,
    missing_turns,
)

# One place, one whole sentence per case (the editor shows them through describe_problem);
# translated as they are made.
NO_TURN_WARNINGS = {
    ("forward", "backward"): QT_TRANSLATE_NOOP(
        "ProgramEditor",
        "the direction changes here (forward to backward) with no turn between: the coach will "
        "add a {seconds} s turn; insert one to set its speed and time yourself",
    ),
    ("backward", "forward"): QT_TRANSLATE_NOOP(
        "ProgramEditor",
        "the direction changes here (backward to forward) with no turn between: the coach will "
        "add a {seconds} s turn; insert one to set its speed and time yourself",
    ),
}
FAST_BACKWARD_WARNINGS = {
    "beginner": QT_TRANSLATE_NOOP(
        "ProgramEditor",
        "backward at {speed} km/h is faster than a beginner program should ask for "
        "(at most {limit} km/h)",
    ),
    "intermediate": QT_TRANSLATE_NOOP(
        "ProgramEditor",
        "backward at {speed} km/h is faster than an intermediate program should ask for "
        "(at most {limit} km/h)",
    ),
    "advanced": QT_TRANSLATE_NOOP(
        "ProgramEditor",
        "backward at {speed} km/h is faster than an advanced program should ask for "
        "(at most {limit} km/h)",
    ),
}
STEEP_BACKWARD_WARNINGS = {
    "beginner": QT_TRANSLATE_NOOP(
        "ProgramEditor",
        "backward on a {incline} % incline is steeper than a beginner program should ask for "
        "(at most {limit} %)",
    ),
    "intermediate": QT_TRANSLATE_NOOP(
        "ProgramEditor",
        "backward on a {incline} % incline is steeper than an intermediate program should ask "
        "for (at most {limit} %)",
    ),
    "advanced": QT_TRANSLATE_NOOP(
        "ProgramEditor",
        "backward on a {incline} % incline is steeper than an advanced program should ask for "
        "(at most {limit} %)",
    ),
}


@dataclass(frozen=True)
class ProgramWarning:
    """A place a program may be walked but should be looked at; shaped like a Problem (``where``
    and ``message``, so describe_problem words it). ``insert_turn_at`` is the node a turn would
    go in front of, for the warnings a turn mends."""

    where: str
    message: str
    insert_turn_at: TreePath | None = None


def _draft_walk(data: Mapping[str, Any]) -> Iterator[tuple[TreePath, Segment]]:
    """Every usable segment of a draft in session order with its node path (repeats expanded)."""
    for phase in PHASES:
        entries = data.get(phase, [])
        for i, entry in enumerate(entries if isinstance(entries, list) else []):
            if isinstance(entry, Mapping) and "repeat" in entry:
                inner = entry.get("segments")
                inner = inner if isinstance(inner, list) else []
                for _ in range(_rounds(entry["repeat"]) or 1):
                    for j, node in enumerate(inner):
                        segment = _lenient_segment(node)
                        if segment is not None:
                            yield (phase, i, j), segment
            else:
                segment = _lenient_segment(entry)
                if segment is not None:
                    yield (phase, i), segment


def program_warnings(data: Mapping[str, Any]) -> tuple[ProgramWarning, ...]:
    """The warnings of a draft: each place the direction changes without a turn (once per node,
    however many rounds repeat it), then backward speeds and inclines above its level's limits."""
    walked = list(_draft_walk(data))
    warnings: list[ProgramWarning] = []
    seen: set[TreePath] = set()
    for position in missing_turns(segment for _, segment in walked):
        path, segment = walked[position]
        if path in seen:
            continue
        seen.add(path)
        before = next(s.kind for _, s in reversed(walked[:position]) if s.is_walking)
        template = translate(CONTEXT_EDITOR, NO_TURN_WARNINGS[(before, segment.kind)])
        message = template.format(seconds=figure_text(TURN_DEFAULT_S))
        warnings.append(ProgramWarning(format_path(path), message, insert_turn_at=path))

    level = str(data["level"]) if isinstance(data.get("level"), str) else ""
    limits = backward_limits(level)
    checked: set[TreePath] = set()
    for path, segment in walked:
        if segment.kind != "backward" or path in checked:
            continue
        checked.add(path)
        where = format_path(path)
        if segment.speed_kmh > limits.max_speed_kmh + SPEED_TOLERANCE_KMH:
            template = translate(CONTEXT_EDITOR, FAST_BACKWARD_WARNINGS[limits.level])
            message = template.format(
                speed=decimal_text(segment.speed_kmh), limit=decimal_text(limits.max_speed_kmh)
            )
            warnings.append(ProgramWarning(f"{where}.speed_kmh", message))
        if segment.incline_pct > limits.max_incline_pct + 1e-9:
            template = translate(CONTEXT_EDITOR, STEEP_BACKWARD_WARNINGS[limits.level])
            message = template.format(
                incline=figure_text(segment.incline_pct), limit=figure_text(limits.max_incline_pct)
            )
            warnings.append(ProgramWarning(f"{where}.incline_pct", message))
    return tuple(warnings)

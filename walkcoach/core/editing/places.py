"""Where a problem is: a Problem's ``where`` as a node path and field, and as words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from walkcoach.core.editing.common import CONTEXT_EDITOR, PHASE_TITLES, TreePath
from walkcoach.core.editing.units import message_in_units
from walkcoach.core.i18n import QT_TRANSLATE_NOOP, translate
from walkcoach.core.program import PHASES, Problem

if TYPE_CHECKING:  # only in an annotation: program_warnings itself reads places
    from walkcoach.core.editing.program_warnings import ProgramWarning

_WHERE_RE = re.compile(
    r"^(?P<phase>warmup|main|cooldown)\[(?P<i>\d+)\](?:\.segments\[(?P<j>\d+)\])?(?:\.(?P<field>\w+))?$"
)


def parse_where(where: str) -> tuple[TreePath | None, str | None]:
    """``"main[2].segments[1].speed_kmh"`` -> ``(("main", 2, 1), "speed_kmh")``.

    Program-level places give ``(None, field)`` (``"name"`` -> ``(None, "name")``), and places
    that are no field at all (``""``, ``"line 3, column 2"``) give ``(None, None)``.
    """
    match = _WHERE_RE.match(where)
    if match is not None:
        path: TreePath = (match["phase"], int(match["i"]))
        if match["j"] is not None:
            path = (*path, int(match["j"]))
        return path, match["field"]
    if re.fullmatch(r"\w+", where or ""):
        if where in PHASES:
            return (where,), None
        return None, where
    return None, None


FIELD_TITLES = {
    "duration_s": QT_TRANSLATE_NOOP("ProgramEditor", "duration"),
    "speed_kmh": QT_TRANSLATE_NOOP("ProgramEditor", "speed"),
    "incline_pct": QT_TRANSLATE_NOOP("ProgramEditor", "incline"),
    "cadence_spm": QT_TRANSLATE_NOOP("ProgramEditor", "cadence"),
    "until_confirmed": QT_TRANSLATE_NOOP("ProgramEditor", "wait for Done"),
    "repeat": QT_TRANSLATE_NOOP("ProgramEditor", "rounds"),
}


def describe_place(where: str) -> str:
    """``"main[0].segments[1].speed_kmh"`` -> ``"Main, repeat block 1, segment 2, speed"``."""
    path, field_name = parse_where(where)
    place = ""
    if path is not None:
        phase = translate(CONTEXT_EDITOR, PHASE_TITLES[path[0]])
        if len(path) == 3:
            place = translate("ProgramEditor", "{phase}, repeat block {block}, segment {segment}")
            place = place.format(phase=phase, block=path[1] + 1, segment=path[2] + 1)
        elif len(path) == 2:
            place = translate("ProgramEditor", "{phase}, item {item}")
            place = place.format(phase=phase, item=path[1] + 1)
        else:
            place = phase
    if field_name:
        # A field the editor does not name (the program's "name", "level") is shown as the file
        # spells it: it is the key a person finds in the file.
        title = FIELD_TITLES.get(field_name)
        title = translate(CONTEXT_EDITOR, title) if title else field_name
        if place:
            # Translators: a place in a program and one of its fields: "Main, item 2, speed".
            place = translate("ProgramEditor", "{place}, {field}").format(place=place, field=title)
        else:
            place = title
    return place if place or not where else where


def describe_problem(problem: Problem | ProgramWarning, units: str = "kmh") -> str:
    """A problem for people: its place in words, the reason in the user's speed units."""
    _, field_name = parse_where(problem.where)
    message = message_in_units(problem.message, field_name, units)
    place = describe_place(problem.where)
    if not place:
        return message
    # Translators: where in the program, then what is wrong there.
    return translate("ProgramEditor", "{place}: {problem}").format(place=place, problem=message)


@dataclass(frozen=True)
class ProblemIndex:
    """The problems of a document, looked up by node and field."""

    problems: tuple[Problem, ...] = ()
    by_place: dict[tuple[TreePath | None, str | None], tuple[str, ...]] = field(
        default_factory=dict
    )

    @classmethod
    def build(cls, problems: Iterable[Problem]) -> ProblemIndex:
        problems = tuple(problems)
        places: dict[tuple[TreePath | None, str | None], list[str]] = {}
        for problem in problems:
            places.setdefault(parse_where(problem.where), []).append(problem.message)
        return cls(problems, {key: tuple(value) for key, value in places.items()})

    @property
    def valid(self) -> bool:
        return not self.problems

    def field(self, path: TreePath | None, field_name: str) -> tuple[str, ...]:
        return self.by_place.get((path, field_name), ())

    def node(self, path: TreePath) -> tuple[str, ...]:
        """Every problem of a node, its fields' included (a field's with the field named)."""
        out: list[str] = []
        for (place, field_name), messages in self.by_place.items():
            if place == path:
                out.extend(f"{field_name}: {m}" if field_name else m for m in messages)
        return tuple(out)

    def inside(self, path: TreePath) -> bool:
        """Whether the node or anything under it (a block's segments) has a problem."""
        return any(place is not None and place[: len(path)] == path for place, _ in self.by_place)

    def general(self) -> tuple[str, ...]:
        """Problems of the program as a whole (no node), e.g. the name or the 4 hour limit."""
        return tuple(
            f"{field_name}: {m}" if field_name else m
            for (place, field_name), messages in self.by_place.items()
            if place is None or len(place) == 1
            for m in messages
        )


def format_path(path: TreePath) -> str:
    """``("main", 2, 1)`` -> ``"main[2].segments[1]"`` (the form Problem.where uses)."""
    text = f"{path[0]}[{path[1]}]" if len(path) > 1 else path[0]
    return text + (f".segments[{path[2]}]" if len(path) == 3 else "")

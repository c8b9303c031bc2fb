"""Editable program document: paths into the program JSON, edit commands with undo/redo, live summary.

The document holds the program in its file shape (``program_to_dict``), so whatever is being
edited can be checked by ``parse_program`` as it stands, and every Problem's ``where``
(``main[2].segments[1].speed_kmh``) names a node path (``("main", 2, 1)``) and a field.
Undo keeps a snapshot of the whole document per command: programs are a few kilobytes, and a
snapshot can never get out of step with the edit it undoes.

Past 400 lines and more than one job (conversions, problem places, warnings, the document with
undo): it is to be split by job in issue 13's reshape, with its tests moving alongside.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from walkcoach.core import counted
from walkcoach.core.energy import segment_kcal
from walkcoach.core.i18n import QT_TRANSLATE_NOOP, decimal_point, decimal_text, translate
from walkcoach.core.levels import SPEED_TOLERANCE_KMH, backward_limits
from walkcoach.core.muscles import MuscleModel
from walkcoach.core.program import (
    KINDS,
    MAX_REPEAT,
    MAX_TURN_S,
    MAX_TURN_SPEED_KMH,
    MIN_TURN_S,
    PHASES,
    TURN_DEFAULT_S,
    TURN_DEFAULT_SPEED_KMH,
    Problem,
    Program,
    ProgramError,
    Segment,
    auto_turn,
    figure_text,
    missing_turns,
    parse_program,
    program_to_dict,
    slugify,
)
from walkcoach.core.units import KM_PER_MILE

TreePath = tuple[
    Any, ...
]  # ("main", 2) for a node of a phase, ("main", 2, 1) for a segment inside a block
# The editor's texts: marked here, translated as they are made (translate), or where they are
# shown (the phase titles: walkcoach.ui.i18n.core_text(CONTEXT_EDITOR, ...)).
CONTEXT_EDITOR = "ProgramEditor"
PHASE_TITLES = {
    "warmup": QT_TRANSLATE_NOOP("ProgramEditor", "Warm-up"),
    "main": QT_TRANSLATE_NOOP("ProgramEditor", "Main"),
    "cooldown": QT_TRANSLATE_NOOP("ProgramEditor", "Cool-down"),
}
SEGMENT_FIELDS = (
    "kind",
    "duration_s",
    "speed_kmh",
    "incline_pct",
    "cadence_spm",
    "label",
    "note",
    "until_confirmed",
)
BLOCK_FIELDS = ("repeat", "label")
META_FIELDS = ("name", "description", "level", "source")
# The undo step of each field's change ("&Undo Change speed"), one whole text per field.
CHANGE_LABELS = {
    "name": QT_TRANSLATE_NOOP("ProgramEditor", "Change name"),
    "description": QT_TRANSLATE_NOOP("ProgramEditor", "Change description"),
    "level": QT_TRANSLATE_NOOP("ProgramEditor", "Change level"),
    "source": QT_TRANSLATE_NOOP("ProgramEditor", "Change source"),
    "kind": QT_TRANSLATE_NOOP("ProgramEditor", "Change kind"),
    "duration_s": QT_TRANSLATE_NOOP("ProgramEditor", "Change duration"),
    "speed_kmh": QT_TRANSLATE_NOOP("ProgramEditor", "Change speed"),
    "incline_pct": QT_TRANSLATE_NOOP("ProgramEditor", "Change incline"),
    "cadence_spm": QT_TRANSLATE_NOOP("ProgramEditor", "Change cadence"),
    "label": QT_TRANSLATE_NOOP("ProgramEditor", "Change label"),
    "note": QT_TRANSLATE_NOOP("ProgramEditor", "Change note"),
    "until_confirmed": QT_TRANSLATE_NOOP("ProgramEditor", "Change until"),
    "repeat": QT_TRANSLATE_NOOP("ProgramEditor", "Change rounds"),
}
ADD_LABELS = {
    "forward": QT_TRANSLATE_NOOP("ProgramEditor", "Add forward segment"),
    "backward": QT_TRANSLATE_NOOP("ProgramEditor", "Add backward segment"),
    "rest": QT_TRANSLATE_NOOP("ProgramEditor", "Add rest segment"),
    "station": QT_TRANSLATE_NOOP("ProgramEditor", "Add station segment"),
    "turn": QT_TRANSLATE_NOOP("ProgramEditor", "Add turn segment"),
}

# A new segment of each kind: gentle values a beginner can start from.
DEFAULT_SEGMENTS: dict[str, dict[str, Any]] = {
    "forward": {"kind": "forward", "duration_s": 180, "speed_kmh": 4.0},
    "backward": {"kind": "backward", "duration_s": 120, "speed_kmh": 2.5},
    "rest": {"kind": "rest", "duration_s": 60},
    "turn": {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0},
    "station": {
        "kind": "station",
        "duration_s": 120,
        "label": "10 lunges + 10 squats",
        "until_confirmed": True,
    },
}


class EditError(ValueError):
    """An edit that cannot be made (the message says why, for the status bar)."""


# ---------------------------------------------------------------------------------------------
# Field conversions the editor's form needs (pure, so they are tested without Qt)


_DURATION_RE = re.compile(r"^\s*(?:(\d+):)?(\d+):(\d{1,2})\s*$")


def parse_duration_text(text: str) -> float:
    """``"2:30"`` -> 150, ``"1:02:05"`` -> 3725, ``"5"`` (minutes) -> 300, ``"45s"`` -> 45."""
    stripped = text.strip().lower()
    if not stripped:
        raise ValueError(translate("ProgramEditor", "enter a time as minutes:seconds, e.g. 2:30"))
    if stripped.endswith("s") and stripped[:-1].strip().isdigit():
        return float(int(stripped[:-1]))
    if stripped.isdigit():
        return float(int(stripped) * 60)
    match = _DURATION_RE.match(stripped)
    if match is None:
        message = translate(
            "ProgramEditor", "'{text}' is not a time; write minutes:seconds, e.g. 2:30"
        )
        raise ValueError(message.format(text=text.strip()))
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    if seconds >= 60:
        message = translate("ProgramEditor", "seconds must be 0-59 (got {got})")
        raise ValueError(message.format(got=seconds))
    if hours and minutes >= 60:
        message = translate("ProgramEditor", "minutes must be 0-59 after the hours (got {got})")
        raise ValueError(message.format(got=minutes))
    return float(hours * 3600 + minutes * 60 + seconds)


def speed_to_units(speed_kmh: float, units: str) -> float:
    return speed_kmh / KM_PER_MILE if units == "mph" else speed_kmh


def speed_from_units(speed: float, units: str) -> float:
    """Speed typed in the user's units -> km/h as stored (3 decimals: 2.5 mph -> 4.023)."""
    speed_kmh = speed * KM_PER_MILE if units == "mph" else speed
    return round(speed_kmh, 3)


def speed_unit_label(units: str) -> str:
    return "mph" if units == "mph" else "km/h"


def message_in_units(message: str, field_name: str | None, units: str) -> str:
    """Problem text about a speed, with its figures in the user's units (figures written with
    the loaded locale's decimal point, as the messages are made)."""
    if field_name != "speed_kmh" or units != "mph":
        return message
    point = decimal_point()
    number_re = re.compile(r"-?\d+(?:" + re.escape(point) + r"\d+)?")

    def convert(match: re.Match[str]) -> str:
        value = float(match.group().replace(point, "."))
        return decimal_text(value / KM_PER_MILE).removesuffix(point + "0")

    return number_re.sub(convert, message).replace("km/h", "mph")


# ---------------------------------------------------------------------------------------------
# Problem places


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


# ---------------------------------------------------------------------------------------------
# Warnings: things a program may do but should not (saving stays allowed)

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


# ---------------------------------------------------------------------------------------------
# Summary


@dataclass(frozen=True)
class MuscleScore:
    muscle_id: str
    name: str
    load: float  # sum over segments of minutes x activation (% MVC x min, an estimate)
    share: float  # load relative to the top muscle, 0..1


@dataclass(frozen=True)
class ProgramSummary:
    total_s: float
    backward_s: float
    forward_s: float
    kcal: float
    segment_count: int
    top_muscles: tuple[MuscleScore, ...]
    complete: bool  # False: some segments were left out because their values are not usable


def _lenient_segment(data: Any) -> Segment | None:
    """A Segment from draft values good enough to estimate with, else None."""
    if not isinstance(data, Mapping) or data.get("kind") not in KINDS:
        return None
    values = []
    speed_default = TURN_DEFAULT_SPEED_KMH if data["kind"] == "turn" else 0.0
    for key, default in (("duration_s", None), ("speed_kmh", speed_default), ("incline_pct", 0.0)):
        value = data.get(key, default)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            return None
        values.append(float(value))
    duration_s, speed_kmh, incline_pct = values
    if duration_s <= 0 or speed_kmh < 0:
        return None
    return Segment(data["kind"], duration_s, speed_kmh, incline_pct)


def _rounds(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return int(value) if value == int(value) and 1 <= value <= MAX_REPEAT else None


def draft_segments(data: Mapping[str, Any]) -> tuple[list[Segment], bool]:
    """Every usable segment of a draft in session order (repeats expanded); False if any was not."""
    out: list[Segment] = []
    complete = True
    for phase in PHASES:
        entries = data.get(phase, [])
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, Mapping) and "repeat" in entry:
                rounds = _rounds(entry["repeat"])
                inner = [_lenient_segment(s) for s in entry.get("segments") or []]
                complete = complete and rounds is not None and None not in inner
                out.extend([s for s in inner if s is not None] * (rounds or 1))
            else:
                segment = _lenient_segment(entry)
                complete = complete and segment is not None
                if segment is not None:
                    out.append(segment)
    return out, complete


def summarize(
    data: Mapping[str, Any], weight_kg: float, model: MuscleModel | None = None, top_n: int = 5
) -> ProgramSummary:
    """Totals, estimated kcal and the most-worked muscles (minutes x activation) of a draft,
    with the turns the coach will add where the direction changes without one."""
    segments, complete = draft_segments(data)
    for position in reversed(missing_turns(segments)):
        segments.insert(position, auto_turn(segments[position]))
    kcal = 0.0
    loads: dict[str, float] = {}
    for segment in segments:
        try:
            kcal += segment_kcal(segment, weight_kg)
        except ValueError:
            complete = False
        if model is None:
            continue
        try:
            activations = model.for_segment(segment)
        except ValueError:  # incline outside the model's range: no estimate for this one
            complete = False
            continue
        minutes = segment.duration_s / 60.0
        for activation in activations:
            loads[activation.muscle.id] = (
                loads.get(activation.muscle.id, 0.0) + minutes * activation.activation
            )
    ranked = sorted(((load, mid) for mid, load in loads.items() if load > 0), key=lambda p: -p[0])
    top_load = ranked[0][0] if ranked else 0.0
    top = (
        tuple(
            MuscleScore(mid, model.muscle(mid).name, round(load, 1), load / top_load)
            for load, mid in ranked[:top_n]
        )
        if model is not None
        else ()
    )
    return ProgramSummary(
        total_s=sum(s.duration_s for s in segments),
        backward_s=sum(s.duration_s for s in segments if s.kind == "backward"),
        forward_s=sum(s.duration_s for s in segments if s.kind == "forward"),
        kcal=kcal,
        segment_count=len(segments),
        top_muscles=top,
        complete=complete,
    )


# ---------------------------------------------------------------------------------------------
# Names and ids


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


# ---------------------------------------------------------------------------------------------
# The document


@dataclass(frozen=True)
class _Command:
    label: str
    before: dict[str, Any]
    after: dict[str, Any]
    focus_before: TreePath | None
    focus_after: TreePath | None
    merge_key: Hashable | None


class _Marker:
    """Stands at a drop place while nodes are taken out, so list indexes never go stale."""


def _is_block(node: Any) -> bool:
    return isinstance(node, Mapping) and "repeat" in node


class ProgramDocument:
    """One program being edited. Every change is a command on the undo stack; listeners hear of it."""

    def __init__(
        self,
        data: Mapping[str, Any],
        *,
        read_only: bool = False,
        saved_id: str | None = None,
    ) -> None:
        self._data: dict[str, Any] = copy.deepcopy(dict(data))
        for phase in PHASES:
            if not isinstance(self._data.get(phase), list):
                self._data[phase] = []
        self.read_only = read_only
        self.saved_id = saved_id  # the id it is saved under; None for a program never saved
        self._undo: list[_Command] = []
        self._redo: list[_Command] = []
        self._clean_depth: int | None = 0
        self._merge_open = False
        self._problems: ProblemIndex | None = None
        self._warnings: tuple[ProgramWarning, ...] | None = None
        self._listeners: list[Callable[[], None]] = []

    @classmethod
    def from_program(cls, program: Program) -> ProgramDocument:
        return cls(
            program_to_dict(program),
            read_only=program.builtin,
            saved_id=None if program.builtin else program.id,
        )

    # -- reading ------------------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """A deep copy of the program in its file shape."""
        return copy.deepcopy(self._data)

    @property
    def name(self) -> str:
        return str(self._data.get("name", ""))

    @property
    def program_id(self) -> str:
        return str(self._data.get("id", ""))

    def meta(self, key: str) -> Any:
        return self._data.get(key, "")

    def phase(self, phase: str) -> list[Any]:
        nodes: list[Any] = self._data[phase]
        return nodes

    def node(self, path: TreePath) -> dict[str, Any]:
        """The segment or block at ``path`` (a live reference: read it, do not change it)."""
        try:
            node: dict[str, Any] = self._data[path[0]][path[1]]
            if len(path) == 3:
                if not _is_block(node):
                    raise IndexError
                node = node["segments"][path[2]]
        except (KeyError, IndexError, TypeError):
            raise EditError(f"no segment at {format_path(path)}") from None
        return node

    def exists(self, path: TreePath) -> bool:
        try:
            self.node(path)
        except EditError:
            return False
        return True

    def is_block(self, path: TreePath) -> bool:
        return len(path) == 2 and _is_block(self.node(path))

    def children(self, parent: TreePath) -> list[Any]:
        """The list under a phase (``("main",)``) or a block (``("main", 2)``)."""
        nodes: list[Any]
        if len(parent) == 1:
            nodes = self._data[parent[0]]
            return nodes
        block = self.node(parent)
        if not _is_block(block):
            raise EditError(f"{format_path(parent)} is not a repeat block")
        nodes = block.setdefault("segments", [])
        return nodes

    def paths(self) -> Iterator[TreePath]:
        """Every node path in display order (blocks before their segments)."""
        for phase in PHASES:
            for i, node in enumerate(self._data[phase]):
                yield (phase, i)
                if _is_block(node):
                    for j in range(len(node.get("segments") or [])):
                        yield (phase, i, j)

    @property
    def problems(self) -> ProblemIndex:
        if self._problems is None:
            try:
                parse_program(self._data, source="")
            except ProgramError as exc:
                self._problems = ProblemIndex.build(exc.problems)
            else:
                self._problems = ProblemIndex()
        return self._problems

    @property
    def valid(self) -> bool:
        return self.problems.valid

    @property
    def warnings(self) -> tuple[ProgramWarning, ...]:
        """What the program should not do but may (no error: it can still be saved)."""
        if self._warnings is None:
            self._warnings = program_warnings(self._data)
        return self._warnings

    def program(self) -> Program:
        """The program as it stands; ProgramError if it is not valid."""
        return parse_program(self._data, source=self.name or "program")

    def summary(self, weight_kg: float, model: MuscleModel | None = None) -> ProgramSummary:
        return summarize(self._data, weight_kg, model)

    # -- undo ---------------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        self._problems = None
        self._warnings = None
        for listener in list(self._listeners):
            listener()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].label if self._redo else ""

    @property
    def modified(self) -> bool:
        return self._clean_depth != len(self._undo)

    def mark_saved(self, saved_id: str | None = None) -> None:
        if saved_id is not None:
            self.saved_id = saved_id
        self._clean_depth = len(self._undo)
        self._merge_open = False
        self._changed()

    def close_merge(self) -> None:
        """The next edit starts a new undo step even if it changes the same field again."""
        self._merge_open = False

    def undo(self) -> TreePath | None:
        """Undo one command; returns the node to select afterwards."""
        if not self._undo:
            return None
        command = self._undo.pop()
        self._redo.append(command)
        self._data = copy.deepcopy(command.before)
        self._merge_open = False
        self._changed()
        return command.focus_before

    def redo(self) -> TreePath | None:
        if not self._redo:
            return None
        command = self._redo.pop()
        self._undo.append(command)
        self._data = copy.deepcopy(command.after)
        self._merge_open = False
        self._changed()
        return command.focus_after

    def _apply_with_focus(
        self,
        label: str,
        change: Callable[[dict[str, Any]], TreePath],
        *,
        focus: TreePath | None = None,
    ) -> TreePath:
        """:meth:`_apply` for a change that always says where the selection goes."""
        after = self._apply(label, change, focus=focus)
        assert after is not None  # change() returned a path
        return after

    def _apply(
        self,
        label: str,
        change: Callable[[dict[str, Any]], TreePath | None],
        *,
        focus: TreePath | None = None,
        merge_key: Hashable | None = None,
    ) -> TreePath | None:
        if self.read_only:
            raise EditError(
                translate(
                    "ProgramEditor",
                    "built-in programs cannot be changed; duplicate it to edit a copy",
                )
            )
        before = copy.deepcopy(self._data)
        work = copy.deepcopy(self._data)
        saved, self._data = self._data, work
        try:
            focus_after = change(work)
        except BaseException:
            self._data = saved
            raise
        if work == before:
            return focus_after
        last = self._undo[-1] if self._undo else None
        if (
            merge_key is not None
            and self._merge_open
            and last is not None
            and last.merge_key == merge_key
            and self._clean_depth != len(self._undo)  # never merge into the saved state
        ):
            self._undo[-1] = _Command(
                label, last.before, copy.deepcopy(work), last.focus_before, focus_after, merge_key
            )
        else:
            if self._clean_depth is not None and self._clean_depth > len(self._undo):
                self._clean_depth = None  # the saved state was undone and is now unreachable
            self._undo.append(
                _Command(label, before, copy.deepcopy(work), focus, focus_after, merge_key)
            )
        self._redo.clear()
        self._merge_open = merge_key is not None
        self._changed()
        return focus_after

    # -- edits --------------------------------------------------------------------------------

    def set_meta(self, key: str, value: Any) -> None:
        """Name, description, level or source of the program ("" or None removes it)."""
        if key not in META_FIELDS:
            raise EditError(f"unknown program field '{key}'")

        def change(data: dict[str, Any]) -> None:
            if value in ("", None) and key != "name":
                data.pop(key, None)
            else:
                data[key] = value

        self._apply(translate(CONTEXT_EDITOR, CHANGE_LABELS[key]), change, merge_key=("meta", key))

    def set_id(self, program_id: str) -> None:
        """The id under which the program is saved (not an undo step: chosen when saving)."""
        self._data["id"] = program_id
        self._changed()

    def set_field(self, path: TreePath, field_name: str, value: Any) -> None:
        """Set one field of a segment or block (None removes an optional field)."""
        block = self.is_block(path)
        allowed = BLOCK_FIELDS if block else SEGMENT_FIELDS
        if field_name not in allowed:
            raise EditError(
                f"'{field_name}' is not a field of a {'repeat block' if block else 'segment'}"
            )

        def change(data: dict[str, Any]) -> TreePath:
            node = self.node(path)
            if value is None or (field_name in ("label", "note") and value == ""):
                node.pop(field_name, None)
            else:
                node[field_name] = value
            if field_name == "kind":
                _fit_to_kind(node)
            return path

        label = translate(CONTEXT_EDITOR, CHANGE_LABELS[field_name])
        self._apply(label, change, focus=path, merge_key=(path, field_name))

    def insert_segment(
        self,
        kind: str,
        after: TreePath | None = None,
        data: Mapping[str, Any] | None = None,
        *,
        into: TreePath | None = None,
    ) -> TreePath:
        """Add a segment after the node ``after`` (in its list), or at the end of the phase or
        block ``into``; with neither, at the end of the main part."""
        if kind not in KINDS:
            raise EditError(f"unknown kind '{kind}'")
        segment = copy.deepcopy(dict(data)) if data is not None else dict(DEFAULT_SEGMENTS[kind])
        if after is not None:
            self.node(after)
            parent, index = after[:-1], after[-1] + 1
        else:
            parent = into or ("main",)
            index = len(self.children(parent))

        def change(work: dict[str, Any]) -> TreePath:
            self.children(parent).insert(index, segment)
            return (*parent, index)

        label = translate(CONTEXT_EDITOR, ADD_LABELS[kind])
        return self._apply_with_focus(label, change, focus=after)

    def insert_turn(self, before: TreePath) -> TreePath:
        """Put a turn in front of the node ``before`` (a segment or a block), at the incline of
        the segment it leads into; returns the turn's path. Undone like any edit."""
        node = self.node(before)
        leads_into = node["segments"][0] if _is_block(node) and node.get("segments") else node
        turn = dict(DEFAULT_SEGMENTS["turn"])
        incline = leads_into.get("incline_pct") if isinstance(leads_into, Mapping) else None
        if isinstance(incline, int | float) and not isinstance(incline, bool) and incline:
            turn["incline_pct"] = incline
        parent, index = before[:-1], before[-1]

        def change(work: dict[str, Any]) -> TreePath:
            self.children(parent).insert(index, turn)
            return (*parent, index)

        return self._apply_with_focus(
            translate("ProgramEditor", "Insert turn"), change, focus=before
        )

    def duplicate(self, path: TreePath) -> TreePath:
        node = copy.deepcopy(self.node(path))

        def change(work: dict[str, Any]) -> TreePath:
            parent, index = path[:-1], path[-1]
            self.children(parent).insert(index + 1, node)
            return (*parent, index + 1)

        return self._apply_with_focus(translate("ProgramEditor", "Duplicate"), change, focus=path)

    def remove(self, paths: Iterable[TreePath]) -> TreePath | None:
        """Remove segments and blocks; a block left empty goes too. Returns a neighbour to select."""
        paths = _outermost(paths)
        if not paths:
            return None
        for path in paths:
            self.node(path)
        first = min(paths, key=_order_key)

        def change(work: dict[str, Any]) -> TreePath | None:
            doomed = [self.node(p) for p in paths]
            self._take_out(doomed)
            return self._nearest(first)

        if len(paths) == 1:
            label = translate("ProgramEditor", "Remove segment")
        else:
            label = counted.translate("ProgramEditor", "Remove %n item(s)", None, len(paths))
        return self._apply(label, change, focus=first)

    def move(self, path: TreePath, delta: int) -> TreePath:
        """One row up (-1) or down (+1) as the tree shows it: into and out of blocks and phases."""
        if delta not in (-1, 1):
            raise EditError(translate("ProgramEditor", "move by one row at a time"))
        parent, row = self.move_target(path, delta)
        new_paths = self.move_nodes(
            [path],
            parent,
            row,
            label=translate("ProgramEditor", "Move up")
            if delta < 0
            else translate("ProgramEditor", "Move down"),
        )
        return new_paths[0]

    def move_target(self, path: TreePath, delta: int) -> tuple[TreePath, int]:
        """Where ``move`` puts a node: (parent, insertion row before the node is taken out)."""
        node = self.node(path)
        phase, index = path[0], path[1]
        siblings = self._data[phase]
        if len(path) == 3:
            inner = path[2]
            count = len(siblings[index]["segments"])
            if delta < 0:
                return ((phase, index), inner - 1) if inner > 0 else ((phase,), index)
            return ((phase, index), inner + 2) if inner < count - 1 else ((phase,), index + 1)
        if _is_block(node):
            target = index + (-1 if delta < 0 else 2)
            if not 0 <= index + delta < len(siblings):
                raise EditError(translate("ProgramEditor", "a repeat block stays in the main part"))
            return (phase,), target
        phase_no = PHASES.index(phase)
        if delta < 0:
            if index > 0:
                before = siblings[index - 1]
                if _is_block(before):
                    return (phase, index - 1), len(before["segments"])
                return (phase,), index - 1
            if phase_no == 0:
                raise EditError(translate("ProgramEditor", "already the first segment"))
            previous = PHASES[phase_no - 1]
            return (previous,), len(self._data[previous])
        if index < len(siblings) - 1:
            after = siblings[index + 1]
            if _is_block(after):
                return (phase, index + 1), 0
            return (phase,), index + 2
        if phase_no == len(PHASES) - 1:
            raise EditError(translate("ProgramEditor", "already the last segment"))
        return (PHASES[phase_no + 1],), 0

    def can_move(self, path: TreePath, delta: int) -> bool:
        try:
            self.move_target(path, delta)
        except EditError:
            return False
        return not self.read_only

    def move_nodes(
        self, paths: Iterable[TreePath], parent: TreePath, row: int, *, label: str = ""
    ) -> list[TreePath]:
        """Move nodes (in display order) to ``row`` of ``parent`` (a phase or a block; -1: the end).

        ``row`` counts in the list as it is before the move, as a drop indicator shows it.
        """
        label = label or translate("ProgramEditor", "Move")
        paths = sorted(_outermost(paths), key=_order_key)
        if not paths:
            return []
        nodes = [self.node(p) for p in paths]
        if len(parent) not in (1, 2) or parent[0] not in PHASES:
            raise EditError(
                translate(
                    "ProgramEditor",
                    "drop segments into the warm-up, main or cool-down part, or a repeat block",
                )
            )
        if len(parent) == 2 and not self.is_block(parent):
            raise EditError(
                translate(
                    "ProgramEditor",
                    "segments can only be dropped into a repeat block, not onto a segment",
                )
            )
        if any(_is_block(n) for n in nodes) and parent != ("main",):
            raise EditError(
                translate(
                    "ProgramEditor",
                    "a repeat block can only sit in the main part, and blocks do not nest",
                )
            )
        if len(parent) == 2 and any(parent == p for p in paths):
            raise EditError(
                translate("ProgramEditor", "a repeat block cannot be dropped into itself")
            )
        length = len(self.children(parent))
        if row < 0 or row > length:
            row = length

        def change(work: dict[str, Any]) -> list[TreePath]:
            moving = [self.node(p) for p in paths]
            marker = _Marker()
            self.children(parent).insert(row, marker)
            self._take_out(moving)
            for phase in PHASES:
                for container in self._lists(phase):
                    if marker in container:
                        at = container.index(marker)
                        container[at : at + 1] = moving
            return [self._locate(n) for n in moving]

        result: list[TreePath] = []

        def run(work: dict[str, Any]) -> TreePath:
            result.extend(change(work))
            return result[0]

        self._apply(label, run, focus=paths[0])
        return result or list(paths)

    def wrap(self, paths: Iterable[TreePath], rounds: int = 2) -> TreePath:
        """Put neighbouring segments of the main part into a new repeat block."""
        paths = sorted(set(paths), key=_order_key)
        if not paths:
            raise EditError(translate("ProgramEditor", "select the segments to repeat first"))
        if any(p[0] != "main" for p in paths):
            raise EditError(
                translate("ProgramEditor", "repeat blocks can only be made in the main part")
            )
        if any(len(p) != 2 or self.is_block(p) for p in paths):
            raise EditError(
                translate(
                    "ProgramEditor",
                    "select segments of the main part that are not in a repeat block yet",
                )
            )
        indexes = [p[1] for p in paths]
        if indexes != list(range(indexes[0], indexes[0] + len(indexes))):
            raise EditError(translate("ProgramEditor", "select segments that follow each other"))

        def change(work: dict[str, Any]) -> TreePath:
            main = work["main"]
            start, stop = indexes[0], indexes[-1] + 1
            block = {"repeat": rounds, "segments": main[start:stop]}
            main[start:stop] = [block]
            return ("main", start)

        return self._apply_with_focus(
            translate("ProgramEditor", "Make repeat block"), change, focus=paths[0]
        )

    def unwrap(self, path: TreePath) -> TreePath:
        """Replace a repeat block by one copy of its segments."""
        if not self.is_block(path):
            raise EditError(translate("ProgramEditor", "select a repeat block to undo the repeat"))

        def change(work: dict[str, Any]) -> TreePath:
            main = work["main"]
            main[path[1] : path[1] + 1] = main[path[1]].get("segments") or []
            return ("main", path[1])

        return self._apply_with_focus(
            translate("ProgramEditor", "Remove repeat"), change, focus=path
        )

    # -- helpers (act on self._data, which _apply has swapped for the working copy) ------------

    def _lists(self, phase: str) -> Iterator[list[Any]]:
        yield self._data[phase]
        for node in self._data[phase]:
            if _is_block(node) and isinstance(node.get("segments"), list):
                yield node["segments"]

    def _take_out(self, nodes: list[Any]) -> None:
        """Remove nodes by identity; blocks emptied by it go too (a marker keeps a block)."""
        doomed = {id(n) for n in nodes}
        for phase in PHASES:
            kept = []
            for node in self._data[phase]:
                if id(node) in doomed:
                    continue
                if _is_block(node) and isinstance(node.get("segments"), list):
                    had = len(node["segments"])
                    node["segments"] = [s for s in node["segments"] if id(s) not in doomed]
                    if had and not node["segments"]:
                        continue
                kept.append(node)
            self._data[phase][:] = kept

    def _locate(self, node: Any) -> TreePath:
        for path in self.paths():
            if self.node(path) is node:
                return path
        raise EditError("moved node not found")  # unreachable: it was just put in

    def _nearest(self, path: TreePath) -> TreePath | None:
        """The node now at ``path``, else the one before it, else its parent; None if empty."""
        candidates = [path]
        if path[-1] > 0:
            candidates.append((*path[:-1], path[-1] - 1))
        if len(path) == 3:
            candidates.append(path[:2])
        for candidate in candidates:
            if self.exists(candidate):
                return candidate
        for existing in self.paths():
            return existing
        return None


def _fit_to_kind(node: dict[str, Any]) -> None:
    """After a kind change, drop fields the new kind cannot have and add what it must have."""
    kind = node.get("kind")
    if kind in ("forward", "backward") and "speed_kmh" not in node:
        node["speed_kmh"] = DEFAULT_SEGMENTS[kind]["speed_kmh"]
    if kind == "turn":
        # A walking speed would make the new turn an error at once: start from the turn's own.
        speed = node.get("speed_kmh")
        if not isinstance(speed, int | float) or speed > MAX_TURN_SPEED_KMH:
            node["speed_kmh"] = DEFAULT_SEGMENTS["turn"]["speed_kmh"]
        duration = node.get("duration_s")
        if not isinstance(duration, int | float) or not MIN_TURN_S <= duration <= MAX_TURN_S:
            node["duration_s"] = DEFAULT_SEGMENTS["turn"]["duration_s"]
    if kind != "station":
        node.pop("until_confirmed", None)
    elif not node.get("label"):
        node["label"] = DEFAULT_SEGMENTS["station"]["label"]


def _order_key(path: TreePath) -> tuple[int, int, int]:
    return (PHASES.index(path[0]), path[1], path[2] if len(path) == 3 else -1)


def _outermost(paths: Iterable[TreePath]) -> list[TreePath]:
    """Drop paths inside a block that is itself listed (moving the block moves them)."""
    unique = set(paths)
    return [p for p in unique if not (len(p) == 3 and p[:2] in unique)]


def format_path(path: TreePath) -> str:
    """``("main", 2, 1)`` -> ``"main[2].segments[1]"`` (the form Problem.where uses)."""
    text = f"{path[0]}[{path[1]}]" if len(path) > 1 else path[0]
    return text + (f".segments[{path[2]}]" if len(path) == 3 else "")

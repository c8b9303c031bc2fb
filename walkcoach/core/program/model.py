"""A program as the coach reads it: segments, repeat blocks, phases, the planned session with the
turns the coach puts in, and the limits a program file must keep."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from walkcoach.core import counted
from walkcoach.core.i18n import QT_TRANSLATE_NOOP, decimal_point

FORMAT_ID = "walkcoach-program"
FORMAT_VERSION = 1

KINDS = ("forward", "backward", "rest", "station", "turn")
WALKING_KINDS = ("forward", "backward")
# Contexts of this module's texts (validation messages are translated as they are made).
CONTEXT_PROGRAM_CHECK = "ProgramCheck"
CONTEXT_KINDS = "SegmentKinds"
# The kinds as people read them; the UI shows them through core_text(CONTEXT_KINDS, ...).
KIND_TITLES = {
    "forward": QT_TRANSLATE_NOOP("SegmentKinds", "Forward"),
    "backward": QT_TRANSLATE_NOOP("SegmentKinds", "Backward"),
    "rest": QT_TRANSLATE_NOOP("SegmentKinds", "Rest"),
    "station": QT_TRANSLATE_NOOP("SegmentKinds", "Station"),
    "turn": QT_TRANSLATE_NOOP("SegmentKinds", "Turn"),
}
PHASES = ("warmup", "main", "cooldown")
LEVELS = ("beginner", "intermediate", "advanced")

MIN_SPEED_KMH = 0.5
MAX_SPEED_KMH = 20.0
MIN_INCLINE_PCT = -5.0
MAX_INCLINE_PCT = 30.0
MIN_CADENCE_SPM = 30
MAX_CADENCE_SPM = 220
MAX_SESSION_S = 4 * 3600
# A segment shorter than this cannot be walked (the cue before it would still be speaking) and
# most likely is a typo of minutes as seconds; the shortest built-in segment lasts 15 s.
MIN_SEGMENT_S = 5
MAX_REPEAT = 100
MAX_FILE_BYTES = 1_000_000
MAX_TEXT_CHARS = 2000

# A turn: slow enough to turn round holding the rails (1 km/h is the speed the built-in programs
# have always used for it), long enough to do so one step at a time.
TURN_DEFAULT_S = 15.0
TURN_DEFAULT_SPEED_KMH = 1.0
MAX_TURN_SPEED_KMH = 1.5
MIN_TURN_S = 5.0
MAX_TURN_S = 120.0
AUTO_TURN_LABEL = QT_TRANSLATE_NOOP("Programs", "Turn around")  # a label, like the built-ins'


# A NamedTuple, not a dataclass: imported before the first frame (docs/performance.md,
# "a frozen dataclass costs 4.7 M instructions to create on Python 3.11").
class Problem(NamedTuple):
    """One thing wrong with a program: where (``main[1].duration_s``) and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ProgramError(ValueError):
    """A program that cannot be used; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        super().__init__(self.summary())

    def summary(self) -> str:
        prefix = f"{self.source}: " if self.source else ""
        if len(self.problems) == 1:
            return prefix + str(self.problems[0])
        more = len(self.problems) - 1
        return prefix + counted.translate(
            "ProgramCheck", "{problem} (and %n more problem(s))", None, more
        ).format(problem=self.problems[0])


@dataclass(frozen=True)
class Segment:
    kind: str
    duration_s: float
    speed_kmh: float = 0.0
    incline_pct: float = 0.0
    cadence_spm: int | None = None
    label: str = ""
    note: str = ""
    # Stations only: the segment ends when the user confirms; duration_s is the time allowed for
    # planning and totals.
    until_confirmed: bool = False

    @property
    def direction(self) -> str | None:
        """ "forward" or "backward" for walking segments, None for rests, stations and turns."""
        return self.kind if self.kind in WALKING_KINDS else None

    @property
    def is_walking(self) -> bool:
        return self.kind in WALKING_KINDS

    @property
    def is_turn(self) -> bool:
        return self.kind == "turn"

    def title(self) -> str:
        """Short name for displays: the label, else the kind."""
        if self.label:
            return self.label
        return KIND_TITLES[self.kind]


def auto_turn(leads_into: Segment | None) -> Segment:
    """The turn the coach puts in where a program changes direction without one."""
    incline_pct = leads_into.incline_pct if leads_into is not None else 0.0
    return Segment(
        "turn", TURN_DEFAULT_S, TURN_DEFAULT_SPEED_KMH, incline_pct, label=AUTO_TURN_LABEL
    )


def missing_turns(segments: Iterable[Segment]) -> list[int]:
    """Positions (in ``segments``, a session's order) of the walking segments that face the
    other way from the walking before them with no turn since; the first walking segment of a
    session needs none. Rests and stations in between are no turn and keep the facing."""
    out: list[int] = []
    facing: str | None = None
    turned = False
    for position, segment in enumerate(segments):
        if segment.is_turn:
            turned = True
        elif segment.is_walking:
            if facing is not None and segment.direction != facing and not turned:
                out.append(position)
            facing = segment.direction
            turned = False
    return out


@dataclass(frozen=True)
class RepeatBlock:
    times: int
    segments: tuple[Segment, ...]
    label: str = ""


Item = Segment | RepeatBlock


@dataclass(frozen=True)
class PlannedSegment:
    """A segment in the flattened session, with where it sits in the plan."""

    index: int
    phase: str
    segment: Segment
    start_s: float
    round_no: int | None = None  # 1-based round of its repeat block
    rounds: int | None = None
    # A turn the coach put in itself: the program changes direction here without one.
    auto_inserted: bool = False

    @property
    def end_s(self) -> float:
        return self.start_s + self.segment.duration_s

    @property
    def kind(self) -> str:
        return self.segment.kind

    @property
    def duration_s(self) -> float:
        return self.segment.duration_s

    @property
    def direction(self) -> str | None:
        return self.segment.direction


@dataclass(frozen=True)
class Program:
    id: str
    name: str
    main: tuple[Item, ...]
    warmup: tuple[Segment, ...] = ()
    cooldown: tuple[Segment, ...] = ()
    description: str = ""
    source: str = ""
    level: str = ""
    tags: tuple[str, ...] = ()
    builtin: bool = field(default=False, compare=False)

    def planned_segments(self) -> tuple[PlannedSegment, ...]:
        """The session in order, with a turn put in wherever the direction changes without one."""
        walked = list(self._walk())
        gaps = set(missing_turns(segment for _, segment, _, _ in walked))
        planned: list[PlannedSegment] = []
        start_s = 0.0
        for position, (phase, segment, round_no, rounds) in enumerate(walked):
            if position in gaps:
                turn = auto_turn(segment)
                planned.append(
                    PlannedSegment(
                        len(planned), phase, turn, start_s, round_no, rounds, auto_inserted=True
                    )
                )
                start_s += turn.duration_s
            planned.append(PlannedSegment(len(planned), phase, segment, start_s, round_no, rounds))
            start_s += segment.duration_s
        return tuple(planned)

    @property
    def auto_turn_count(self) -> int:
        """How many turns the coach adds itself (direction changes with no turn in the program)."""
        return len(missing_turns(segment for _, segment, _, _ in self._walk()))

    def auto_turn_note(self) -> str:
        """What the program's page says when the coach adds turns itself; "" when it adds none."""
        count = self.auto_turn_count
        if not count:
            return ""
        note = counted.translate(
            "ProgramCheck",
            "The coach adds a {seconds} s turn at %n place(s) where the direction changes.",
            None,
            count,
        )
        return note.format(seconds=figure_text(TURN_DEFAULT_S))

    def _walk(self) -> Iterator[tuple[str, Segment, int | None, int | None]]:
        for segment in self.warmup:
            yield "warmup", segment, None, None
        for item in self.main:
            if isinstance(item, RepeatBlock):
                for round_no in range(1, item.times + 1):
                    for segment in item.segments:
                        yield "main", segment, round_no, item.times
            else:
                yield "main", item, None, None
        for segment in self.cooldown:
            yield "cooldown", segment, None, None

    @property
    def total_s(self) -> float:
        """The session's planned time, the turns the coach adds included."""
        return sum(seg.duration_s for _, seg, _, _ in self._walk()) + (
            self.auto_turn_count * TURN_DEFAULT_S
        )

    def seconds_of(self, kind: str) -> float:
        seconds = sum(seg.duration_s for _, seg, _, _ in self._walk() if seg.kind == kind)
        return seconds + (self.auto_turn_count * TURN_DEFAULT_S if kind == "turn" else 0.0)

    @property
    def backward_s(self) -> float:
        return self.seconds_of("backward")

    @property
    def forward_s(self) -> float:
        return self.seconds_of("forward")

    @property
    def segment_count(self) -> int:
        return sum(1 for _ in self._walk()) + self.auto_turn_count

    @property
    def longest_backward_s(self) -> float:
        """Longest run of consecutive backward segments (the progression measure)."""
        longest = run = 0.0
        for _, seg, _, _ in self._walk():
            run = run + seg.duration_s if seg.kind == "backward" else 0.0
            longest = max(longest, run)
        return longest


def figure_text(value: float) -> str:
    """A figure as ``:g`` writes it ("2.5", "30"), with the loaded locale's decimal point."""
    text = f"{value:g}"
    return text.replace(".", decimal_point()) if "e" not in text else text


def format_duration(seconds: float) -> str:
    """``75`` -> ``"1:15"``, ``3725`` -> ``"1:02:05"`` (rounded up to whole seconds)."""
    total = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

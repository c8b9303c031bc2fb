"""Programs: segments, repeat blocks, warm-up and cool-down; validation and the JSON format.

A program file is JSON of this shape (format version 1)::

    {
      "format": "walkcoach-program", "version": 1,
      "id": "first-steps", "name": "First steps backward",
      "description": "...", "source": "...", "level": "beginner",
      "warmup":   [SEGMENT, ...],
      "main":     [SEGMENT or {"repeat": 3, "segments": [SEGMENT, ...]}, ...],
      "cooldown": [SEGMENT, ...]
    }

    SEGMENT = {"kind": "forward"|"backward"|"rest"|"station"|"turn", "duration_s": 120,
               "speed_kmh": 3.0, "incline_pct": 4, "cadence_spm": 110,
               "label": "20 lunges + 15 squats", "note": "...", "until_confirmed": false}

Every problem in a file is reported with its place (``main[2].speed_kmh``) and a reason.

Turns. A "turn" segment is the turn-around between the two walking directions: belt slowed to
at most 1.5 km/h (0, belt stopped, is allowed too), rails held, the user turns to face the other
way. Where a program goes straight from one direction to the other with no turn between, the
flattened session (``Program.planned_segments``) gets an automatic 15 s turn just before the
walking segment that faces the new way (``PlannedSegment.auto_inserted``), so no session ever
changes direction without one; the file itself is never refused for it. Rests and stations
between the two directions do not count as a turn, and a station does not reset the facing:
after lunges or squats off the belt the user steps back on, and getting on facing the other way
needs the same slow belt and held rails as turning on it. Files written before turns existed
marked the turn as a slow rest labelled "Turn ..."; such a rest is read as a turn.

Past 400 lines: the model, the planner (with the turns it adds) and the file validation share
the field tables and limits below; issue 13's reshape splits validation into a module of its own.

Past 400 lines and more than one job (the model, validation, the JSON format, the coach's
automatic turns): issue 13's reshape splits it into a program package by those jobs.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from walkcoach.core import counted
from walkcoach.core.files import FileTooLargeError, NotRegularFileError, read_user_file
from walkcoach.core.i18n import QT_TRANSLATE_NOOP, decimal_point, translate

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

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
# "Turn to face the back", "Turn around", "Turning"; not "Turn off the music".
_OLD_TURN_LABEL_RE = re.compile(r"turn(ing)?\b(?!\s+(off|on|up|down)\b)", re.IGNORECASE)
# Names Windows reserves for devices, whatever the extension: "nul.json" cannot be a file there.
_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{name}{n}" for name in ("com", "lpt") for n in range(1, 10)]
)

_SEGMENT_FIELDS = (
    "kind",
    "duration_s",
    "speed_kmh",
    "incline_pct",
    "cadence_spm",
    "label",
    "note",
    "until_confirmed",
)
_REPEAT_FIELDS = ("repeat", "segments", "label")
_PROGRAM_FIELDS = (
    "format",
    "version",
    "id",
    "name",
    "description",
    "source",
    "level",
    "tags",
    "warmup",
    "main",
    "cooldown",
    "totals",  # written by `walkcoach show --json`; computed, so ignored when read back
)


@dataclass(frozen=True)
class Problem:
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


# ---------------------------------------------------------------------------------------------
# Parsing and validation


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))


def _describe(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**40:
        # Nobody reads such a number; it might not even print.
        return counted.translate(
            "ProgramCheck", "a number of %n digit(s)", None, len(str(abs(value)))
        )
    text = json.dumps(value) if not isinstance(value, float) or math.isfinite(value) else str(value)
    return _field_name(text if len(text) <= 40 else text[:37] + "...")


def _unknown_fields(
    data: Mapping[str, Any], allowed: tuple[str, ...], where: str, c: _Collector
) -> None:
    for key in data:
        if key not in allowed:
            import difflib  # only for a bad file: the window's start-up never needs it

            hint = difflib.get_close_matches(str(key), allowed, n=1)
            name = _field_name(key)
            if hint:
                message = translate(
                    "ProgramCheck", "unknown field '{name}'; did you mean '{hint}'?"
                ).format(name=name, hint=hint[0])
            else:
                message = translate("ProgramCheck", "unknown field '{name}' (allowed: {allowed})")
                message = message.format(name=name, allowed=", ".join(allowed))
            c.add(where, message)


def _got(template: str, value: Any) -> str:
    """A translated "... (got {got})" message with the offending value as the file holds it."""
    return template.format(got=_describe(value))


def figure_text(value: float) -> str:
    """A figure as ``:g`` writes it ("2.5", "30"), with the loaded locale's decimal point."""
    text = f"{value:g}"
    return text.replace(".", decimal_point()) if "e" not in text else text


def _field_name(key: Any) -> str:
    """A field name from the file as a message shows it: one line whatever it holds (a name
    with a line break or other control character is shown escaped, ``\\n``)."""
    text = str(key)
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _number(data: Mapping[str, Any], key: str, where: str, c: _Collector) -> float | None:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        c.add(
            f"{where}.{key}", _got(translate("ProgramCheck", "must be a number (got {got})"), value)
        )
        return None
    if isinstance(value, int) and abs(value) > 10**15:
        # Far outside every range here; float() of a 310-digit integer would overflow.
        c.add(
            f"{where}.{key}", _got(translate("ProgramCheck", "is far too large (got {got})"), value)
        )
        return None
    if not math.isfinite(value):
        message = translate("ProgramCheck", "must be a finite number (got {got})")
        c.add(f"{where}.{key}", message.format(got=value))
        return None
    return float(value)


def _text(data: Mapping[str, Any], key: str, where: str, c: _Collector, default: str = "") -> str:
    if key not in data:
        return default
    value = data[key]
    if not isinstance(value, str):
        c.add(f"{where}.{key}", _got(translate("ProgramCheck", "must be text (got {got})"), value))
        return default
    if len(value) > MAX_TEXT_CHARS:
        message = translate("ProgramCheck", "is too long ({length} characters, at most {most})")
        c.add(f"{where}.{key}", message.format(length=len(value), most=MAX_TEXT_CHARS))
        return default
    return value


def _parse_segment(data: Any, where: str, c: _Collector) -> Segment | None:
    if not isinstance(data, Mapping):
        c.add(
            where, _got(translate("ProgramCheck", "a segment must be an object (got {got})"), data)
        )
        return None
    before = len(c.problems)
    _unknown_fields(data, _SEGMENT_FIELDS, where, c)

    kind = data.get("kind")
    if kind is None:
        message = translate("ProgramCheck", "missing field 'kind' (one of: {kinds})")
        c.add(where, message.format(kinds=", ".join(KINDS)))
    elif kind not in KINDS:
        message = translate("ProgramCheck", "unknown kind {got} (one of: {kinds})")
        c.add(f"{where}.kind", message.format(got=_describe(kind), kinds=", ".join(KINDS)))

    duration_s = None
    if "duration_s" not in data:
        c.add(where, translate("ProgramCheck", "missing field 'duration_s' (seconds)"))
    else:
        duration_s = _number(data, "duration_s", where, c)
        if duration_s is not None and duration_s < MIN_SEGMENT_S and kind != "turn":  # own bounds
            message = translate("ProgramCheck", "must be at least {least} seconds (got {got})")
            c.add(
                f"{where}.duration_s",
                message.format(least=MIN_SEGMENT_S, got=figure_text(duration_s)),
            )
        elif duration_s is not None and duration_s > MAX_SESSION_S:
            message = translate("ProgramCheck", "is longer than the 4 hour limit ({got} s)")
            c.add(f"{where}.duration_s", message.format(got=figure_text(duration_s)))

    speed_kmh = TURN_DEFAULT_SPEED_KMH if kind == "turn" else 0.0
    if "speed_kmh" in data:
        value = _number(data, "speed_kmh", where, c)
        if value is not None and kind == "turn":
            speed_kmh = value
            # Turning round on a belt faster than a slow shuffle is how people fall.
            if value != 0 and not MIN_SPEED_KMH <= value <= MAX_TURN_SPEED_KMH:
                message = translate(
                    "ProgramCheck",
                    "a turn must be 0 (belt stopped) or between {low} and {high} km/h: slow "
                    "enough to turn round safely (got {got})",
                )
                c.add(
                    f"{where}.speed_kmh",
                    message.format(
                        low=figure_text(MIN_SPEED_KMH),
                        high=figure_text(MAX_TURN_SPEED_KMH),
                        got=figure_text(value),
                    ),
                )
        elif value is not None:
            speed_kmh = value
            belt_stopped_allowed = kind in ("rest", "station") and value == 0
            if not belt_stopped_allowed and not MIN_SPEED_KMH <= value <= MAX_SPEED_KMH:
                if kind in ("rest", "station"):
                    message = translate(
                        "ProgramCheck",
                        "must be 0 (belt stopped) or between {low} and {high} km/h (got {got})",
                    )
                else:
                    message = translate(
                        "ProgramCheck", "must be between {low} and {high} km/h (got {got})"
                    )
                c.add(
                    f"{where}.speed_kmh",
                    message.format(
                        low=figure_text(MIN_SPEED_KMH),
                        high=figure_text(MAX_SPEED_KMH),
                        got=figure_text(value),
                    ),
                )
    elif kind in WALKING_KINDS:
        if kind == "forward":
            message = translate(
                "ProgramCheck", "missing field 'speed_kmh' (a forward segment needs a belt speed)"
            )
        else:
            message = translate(
                "ProgramCheck", "missing field 'speed_kmh' (a backward segment needs a belt speed)"
            )
        c.add(where, message)

    incline_pct = 0.0
    if "incline_pct" in data:
        value = _number(data, "incline_pct", where, c)
        if value is not None:
            incline_pct = value
            if not MIN_INCLINE_PCT <= value <= MAX_INCLINE_PCT:
                message = translate(
                    "ProgramCheck", "must be between {low} and {high} % (got {got})"
                )
                c.add(
                    f"{where}.incline_pct",
                    message.format(
                        low=figure_text(MIN_INCLINE_PCT),
                        high=figure_text(MAX_INCLINE_PCT),
                        got=figure_text(value),
                    ),
                )

    cadence_spm = None
    if data.get("cadence_spm") is not None:
        value = _number(data, "cadence_spm", where, c)
        if value is not None:
            if not MIN_CADENCE_SPM <= value <= MAX_CADENCE_SPM:
                message = translate(
                    "ProgramCheck", "must be between {low} and {high} steps/min (got {got})"
                )
                c.add(
                    f"{where}.cadence_spm",
                    message.format(
                        low=MIN_CADENCE_SPM, high=MAX_CADENCE_SPM, got=figure_text(value)
                    ),
                )
            else:
                cadence_spm = round(value)

    until_confirmed = data.get("until_confirmed", False)
    if not isinstance(until_confirmed, bool):
        message = translate("ProgramCheck", "must be true or false (got {got})")
        c.add(f"{where}.until_confirmed", _got(message, until_confirmed))
        until_confirmed = False
    elif until_confirmed and kind != "station":
        message = translate("ProgramCheck", "only a station can wait for confirmation")
        c.add(f"{where}.until_confirmed", message)

    label = _text(data, "label", where, c)
    note = _text(data, "note", where, c)
    if kind == "station" and not label:
        message = translate(
            "ProgramCheck",
            "a station needs a 'label' saying what to do (e.g. \"20 lunges + 15 squats\")",
        )
        c.add(where, message)

    if kind == "turn" and duration_s is not None and not MIN_TURN_S <= duration_s <= MAX_TURN_S:
        message = translate(
            "ProgramCheck", "a turn lasts between {low} and {high} seconds (got {got})"
        )
        c.add(
            f"{where}.duration_s",
            message.format(
                low=figure_text(MIN_TURN_S),
                high=figure_text(MAX_TURN_S),
                got=figure_text(duration_s),
            ),
        )

    if len(c.problems) > before or duration_s is None or kind not in KINDS:
        return None
    if _is_old_style_turn(kind, duration_s, speed_kmh, label):
        kind = "turn"
    return Segment(
        kind=kind,
        duration_s=duration_s,
        speed_kmh=speed_kmh,
        incline_pct=incline_pct,
        cadence_spm=cadence_spm,
        label=label,
        note=note,
        until_confirmed=until_confirmed,
    )


def _is_old_style_turn(kind: str, duration_s: float, speed_kmh: float, label: str) -> bool:
    """A slow, short rest labelled "Turn ...": how files marked the turn before it had a kind."""
    return (
        kind == "rest"
        and _OLD_TURN_LABEL_RE.match(label.strip()) is not None
        and speed_kmh <= MAX_TURN_SPEED_KMH
        and MIN_TURN_S <= duration_s <= MAX_TURN_S
    )


def _parse_segment_list(
    data: Any, where: str, c: _Collector, *, allow_repeat: bool
) -> tuple[Item, ...]:
    if not isinstance(data, list):
        c.add(
            where, _got(translate("ProgramCheck", "must be a list of segments (got {got})"), data)
        )
        return ()
    items: list[Item] = []
    for i, entry in enumerate(data):
        here = f"{where}[{i}]"
        if isinstance(entry, Mapping) and "repeat" in entry:
            if not allow_repeat:
                c.add(here, translate("ProgramCheck", "repeat blocks are only allowed in 'main'"))
                continue
            block = _parse_repeat(entry, here, c)
            if block is not None:
                items.append(block)
        else:
            segment = _parse_segment(entry, here, c)
            if segment is not None:
                items.append(segment)
    return tuple(items)


def _parse_repeat(data: Mapping[str, Any], where: str, c: _Collector) -> RepeatBlock | None:
    before = len(c.problems)
    _unknown_fields(data, _REPEAT_FIELDS, where, c)
    times = data["repeat"]
    if (
        isinstance(times, bool)
        or not isinstance(times, int | float)
        or (isinstance(times, int) and abs(times) > 10**15)  # float() of it could overflow
        or not math.isfinite(times)  # JSON allows 1e999 and NaN; int() of them would crash
        or times != int(times)
    ):
        message = translate("ProgramCheck", "must be a whole number of rounds (got {got})")
        c.add(f"{where}.repeat", _got(message, times))
    elif not 1 <= times <= MAX_REPEAT:
        message = translate("ProgramCheck", "must be between 1 and {most} rounds (got {got})")
        c.add(f"{where}.repeat", message.format(most=MAX_REPEAT, got=figure_text(times)))
    segments_data = data.get("segments")
    if segments_data is None:
        c.add(where, translate("ProgramCheck", "a repeat block needs 'segments'"))
        return None
    segments: list[Segment] = []
    if isinstance(segments_data, list):
        for i, entry in enumerate(segments_data):
            here = f"{where}.segments[{i}]"
            if isinstance(entry, Mapping) and "repeat" in entry:
                c.add(here, translate("ProgramCheck", "repeat blocks cannot be nested"))
                continue
            segment = _parse_segment(entry, here, c)
            if segment is not None:
                segments.append(segment)
        if not segments_data:
            message = translate("ProgramCheck", "must hold at least one segment")
            c.add(f"{where}.segments", message)
    else:
        message = translate("ProgramCheck", "must be a list of segments (got {got})")
        c.add(f"{where}.segments", _got(message, segments_data))
    label = _text(data, "label", where, c)
    if len(c.problems) > before:
        return None
    return RepeatBlock(times=int(times), segments=tuple(segments), label=label)


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:64].strip("-")
    return slug or "program"


def parse_program(data: Any, *, source: str = "", builtin: bool = False) -> Program:
    """Build a Program from decoded JSON, or raise ProgramError listing every problem."""
    c = _Collector()
    if not isinstance(data, Mapping):
        message = translate("ProgramCheck", "a program must be a JSON object")
        raise ProgramError([Problem("", message)], source)

    if not any(key in data for key in ("format", "version", "main")):
        raise ProgramError(
            [
                Problem(
                    "",
                    translate(
                        "ProgramCheck",
                        "this is not a WalkCoach program (no 'format', 'version' or 'main' field)",
                    ),
                )
            ],
            source,
        )
    fmt = data.get("format", FORMAT_ID)
    if fmt != FORMAT_ID:
        message = translate("ProgramCheck", "this is not a WalkCoach program (format {got})")
        c.add("format", _got(message, fmt))
    version = data.get("version")
    if version is None:
        c.add(
            "",
            translate("ProgramCheck", "missing field 'version' (this WalkCoach reads version 1)"),
        )
    elif isinstance(version, bool) or not isinstance(version, int) or abs(version) > 10**15:
        c.add(
            "version",
            _got(translate("ProgramCheck", "must be a whole number (got {got})"), version),
        )
    elif version > FORMAT_VERSION:
        message = translate(
            "ProgramCheck",
            "file is format version {version}, made by a newer WalkCoach; this one reads up to "
            "version {newest}",
        )
        c.add("version", message.format(version=version, newest=FORMAT_VERSION))
    elif version < 1:
        c.add(
            "version",
            translate("ProgramCheck", "unknown format version {version}").format(version=version),
        )
    if c.problems:  # a different format: field-level messages would only confuse
        raise ProgramError(c.problems, source)

    _unknown_fields(data, _PROGRAM_FIELDS, "", c)
    name = _text(data, "name", "", c).strip()
    if not name:
        c.add("name", translate("ProgramCheck", "a program needs a name"))
    program_id = data.get("id")
    if program_id is None:
        program_id = slugify(name)
    elif not isinstance(program_id, str) or not _ID_RE.match(program_id):
        message = translate(
            "ProgramCheck", "must be lower-case letters, digits and dashes, at most 64 (got {got})"
        )
        c.add("id", _got(message, program_id))
        program_id = "program"
    if program_id in _WINDOWS_RESERVED:
        message = translate(
            "ProgramCheck",
            "'{id}' is a device name on Windows and cannot name a file; choose another",
        )
        c.add("id", message.format(id=program_id))

    level = _text(data, "level", "", c)
    if level and level not in LEVELS:
        message = translate("ProgramCheck", "must be one of {levels} (got {got})")
        c.add("level", message.format(levels=", ".join(LEVELS), got=_describe(level)))
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        c.add("tags", translate("ProgramCheck", "must be a list of words"))
        tags = []

    warmup = _parse_segment_list(data.get("warmup", []), "warmup", c, allow_repeat=False)
    if "main" not in data:
        c.add("", translate("ProgramCheck", "missing field 'main' (the program's segments)"))
        main: tuple[Item, ...] = ()
    else:
        main = _parse_segment_list(data["main"], "main", c, allow_repeat=True)
        if isinstance(data["main"], list) and not data["main"]:
            c.add("main", translate("ProgramCheck", "must hold at least one segment"))
    cooldown = _parse_segment_list(data.get("cooldown", []), "cooldown", c, allow_repeat=False)

    program = Program(
        id=program_id,
        name=name,
        main=main,
        warmup=warmup,  # type: ignore[arg-type]
        cooldown=cooldown,  # type: ignore[arg-type]
        description=_text(data, "description", "", c),
        source=_text(data, "source", "", c),
        level=level,
        tags=tuple(tags),
        builtin=builtin,
    )
    if not c.problems and program.total_s > MAX_SESSION_S:
        message = translate(
            "ProgramCheck", "the session lasts {time}, longer than the 4 hour limit"
        )
        c.add("", message.format(time=format_duration(program.total_s)))
    if c.problems:
        raise ProgramError(c.problems, source)
    return program


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of two equal keys without a word; a hand-edited file with
    # "duration_s" twice would silently lose one of them.
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


def loads_program(text: str, *, source: str = "", builtin: bool = False) -> Program:
    try:
        data = json.loads(text, object_pairs_hook=_refuse_duplicates)
    except json.JSONDecodeError as exc:
        where = translate("ProgramCheck", "line {line}, column {column}")
        where = where.format(line=exc.lineno, column=exc.colno)
        # exc.msg is Python's own English ("Expecting ',' delimiter"): no text of ours.
        message = translate("ProgramCheck", "not valid JSON: {reason}").format(reason=exc.msg)
        raise ProgramError([Problem(where, message)], source) from None
    except _DuplicateKey as exc:
        message = translate(
            "ProgramCheck", "the field '{name}' appears twice in one object; keep one"
        ).format(name=_field_name(exc.key))
        raise ProgramError([Problem("", message)], source) from None
    except RecursionError:
        message = translate("ProgramCheck", "not valid JSON: nested too deeply")
        raise ProgramError([Problem("", message)], source) from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits (Python's limit)
        reason = _field_name(" ".join(str(exc).split()))[:120]
        message = translate("ProgramCheck", "not valid JSON: {reason}").format(reason=reason)
        raise ProgramError([Problem("", message)], source) from None
    return parse_program(data, source=source, builtin=builtin)


def load_program_file(path: str | Path, *, builtin: bool = False) -> Program:
    """Read a program file; every failure is a ProgramError with a one-line summary."""
    path = Path(path)
    source = str(path)
    try:
        raw = read_user_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise ProgramError(
            [Problem("", translate("ProgramCheck", "no such file"))], source
        ) from None
    except PermissionError:
        raise ProgramError(
            [Problem("", translate("ProgramCheck", "permission denied: cannot read the file"))],
            source,
        ) from None
    except IsADirectoryError:
        message = translate("ProgramCheck", "is a folder, not a program file")
        raise ProgramError([Problem("", message)], source) from None
    except NotRegularFileError as exc:  # a folder, a device, a FIFO: never read, never waited on
        raise ProgramError([Problem("", f"{exc.strerror}, not a program file")], source) from None
    except FileTooLargeError:
        raise ProgramError(
            [
                Problem(
                    "",
                    translate(
                        "ProgramCheck",
                        "file is too large (over {most} bytes; a program is under 1 MB)",
                    ).format(most=f"{MAX_FILE_BYTES:,}"),
                )
            ],
            source,
        ) from None
    except OSError as exc:
        raise ProgramError(
            [
                Problem(
                    "",
                    translate("ProgramCheck", "cannot read the file: {reason}").format(
                        reason=exc.strerror or exc
                    ),
                )
            ],
            source,
        ) from None
    if b"\x00" in raw:
        raise ProgramError(
            [
                Problem(
                    "",
                    translate("ProgramCheck", "this is a binary file, not a program (JSON text)"),
                )
            ],
            source,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProgramError(
            [
                Problem(
                    "",
                    translate(
                        "ProgramCheck",
                        "not UTF-8 text (bad byte at offset {offset}); is it a program file?",
                    ).format(offset=exc.start),
                )
            ],
            source,
        ) from None
    if not text.strip():
        raise ProgramError([Problem("", translate("ProgramCheck", "the file is empty"))], source)
    return loads_program(text, source=source, builtin=builtin)


# ---------------------------------------------------------------------------------------------
# Writing


def segment_to_dict(segment: Segment) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": segment.kind, "duration_s": _num(segment.duration_s)}
    # A turn without speed_kmh reads as 1 km/h, so a stopped belt (0) is written out.
    if segment.speed_kmh or segment.is_walking or segment.is_turn:
        out["speed_kmh"] = _num(segment.speed_kmh)
    if segment.incline_pct:
        out["incline_pct"] = _num(segment.incline_pct)
    if segment.cadence_spm is not None:
        out["cadence_spm"] = segment.cadence_spm
    if segment.label:
        out["label"] = segment.label
    if segment.note:
        out["note"] = segment.note
    if segment.until_confirmed:
        out["until_confirmed"] = True
    return out


def program_to_dict(program: Program) -> dict[str, Any]:
    def item_to_dict(item: Item) -> dict[str, Any]:
        if isinstance(item, RepeatBlock):
            block: dict[str, Any] = {"repeat": item.times}
            if item.label:
                block["label"] = item.label
            block["segments"] = [segment_to_dict(s) for s in item.segments]
            return block
        return segment_to_dict(item)

    out: dict[str, Any] = {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "id": program.id,
        "name": program.name,
    }
    for key in ("description", "source", "level"):
        if getattr(program, key):
            out[key] = getattr(program, key)
    if program.tags:
        out["tags"] = list(program.tags)
    if program.warmup:
        out["warmup"] = [segment_to_dict(s) for s in program.warmup]
    out["main"] = [item_to_dict(i) for i in program.main]
    if program.cooldown:
        out["cooldown"] = [segment_to_dict(s) for s in program.cooldown]
    return out


def dumps_program(program: Program) -> str:
    return json.dumps(program_to_dict(program), indent=2, ensure_ascii=False) + "\n"


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def format_duration(seconds: float) -> str:
    """``75`` -> ``"1:15"``, ``3725`` -> ``"1:02:05"`` (rounded up to whole seconds)."""
    total = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

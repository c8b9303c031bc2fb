"""A program's decoded JSON checked field by field: every problem reported with its place and a
reason, all of them at once.

Past 400 lines as one job: the rules for each field of a segment, a repeat block and the program
(a segment alone has a dozen) read best side by side with the messages they give.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from walkcoach.core import counted
from walkcoach.core.i18n import translate
from walkcoach.core.program.model import (
    FORMAT_ID,
    FORMAT_VERSION,
    KINDS,
    LEVELS,
    MAX_CADENCE_SPM,
    MAX_INCLINE_PCT,
    MAX_REPEAT,
    MAX_SESSION_S,
    MAX_SPEED_KMH,
    MAX_TEXT_CHARS,
    MAX_TURN_S,
    MAX_TURN_SPEED_KMH,
    MIN_CADENCE_SPM,
    MIN_INCLINE_PCT,
    MIN_SEGMENT_S,
    MIN_SPEED_KMH,
    MIN_TURN_S,
    TURN_DEFAULT_SPEED_KMH,
    WALKING_KINDS,
    Item,
    Problem,
    Program,
    ProgramError,
    RepeatBlock,
    Segment,
    figure_text,
    format_duration,
)

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
    return one_line(text if len(text) <= 40 else text[:37] + "...")


def _unknown_fields(
    data: Mapping[str, Any], allowed: tuple[str, ...], where: str, c: _Collector
) -> None:
    for key in data:
        if key not in allowed:
            import difflib  # only for a bad file: the window's start-up never needs it

            hint = difflib.get_close_matches(str(key), allowed, n=1)
            name = one_line(key)
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


def one_line(key: Any) -> str:
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

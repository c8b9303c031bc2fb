"""Sub-commands about programs and muscles: programs, show, muscles, import-program."""

from __future__ import annotations

import argparse
import math
import textwrap
from typing import Any

from walkcoach.cli.errors import CliError
from walkcoach.cli.output import (
    one_line,
    print_json,
    read_settings,
    shown,
    table,
    terminal_width,
    warn,
)
from walkcoach.core import counted, library
from walkcoach.core.i18n import (
    CONTEXT_MUSCLES,
    CONTEXT_PROGRAMS,
    QT_TRANSLATE_NOOP,
    decimal_text,
    translate,
)
from walkcoach.core.program import (
    MAX_INCLINE_PCT,
    MAX_SPEED_KMH,
    MIN_INCLINE_PCT,
    MIN_SPEED_KMH,
    PlannedSegment,
    Program,
    ProgramError,
    figure_text,
    format_duration,
    program_to_dict,
)
from walkcoach.core.units import kmh_to_mph

# Words in the tables, translated where printed (translate(CONTEXT_CLI, ...)).
CONTEXT_CLI = "CommandLine"
_PHASE_NAMES = {
    "warmup": QT_TRANSLATE_NOOP("CommandLine", "warm-up"),
    "main": QT_TRANSLATE_NOOP("CommandLine", "main"),
    "cooldown": QT_TRANSLATE_NOOP("CommandLine", "cool-down"),
}
_KIND_WORDS = {
    "forward": QT_TRANSLATE_NOOP("CommandLine", "forward"),
    "backward": QT_TRANSLATE_NOOP("CommandLine", "backward"),
    "rest": QT_TRANSLATE_NOOP("CommandLine", "rest"),
    "station": QT_TRANSLATE_NOOP("CommandLine", "station"),
    "turn": QT_TRANSLATE_NOOP("CommandLine", "turn"),
}
# A program's level, a muscle's side of the body and the basis of its figure, as the tables
# show them (--json keeps the ids).
_LEVEL_WORDS = {
    "beginner": QT_TRANSLATE_NOOP("CommandLine", "beginner"),
    "intermediate": QT_TRANSLATE_NOOP("CommandLine", "intermediate"),
    "advanced": QT_TRANSLATE_NOOP("CommandLine", "advanced"),
}
_VIEW_WORDS = {
    #: A muscle seen on the front of the body.
    "front": QT_TRANSLATE_NOOP("CommandLine", "front"),
    #: A muscle seen on the back of the body.
    "back": QT_TRANSLATE_NOOP("CommandLine", "back"),
}
_BASIS_WORDS = {
    #: A muscle's figure: a published measurement at this condition.
    "measured": QT_TRANSLATE_NOOP("CommandLine", "measured"),
    #: A muscle's figure: derived, scaled or assumed.
    "estimated": QT_TRANSLATE_NOOP("CommandLine", "estimated"),
}


def _word(words: dict[str, str], key: str) -> str:
    """The table's word for a stored id (the id itself when it has none)."""
    return translate(CONTEXT_CLI, words[key]) if key in words else key


def _name(program: Program) -> str:
    """A program's name: a built-in's in the loaded language, the user's own as written."""
    return _name_like(program, program.name)


def _name_like(program: Program, text: str) -> str:
    """The name, description or source of a program, translated when it is a built-in."""
    return translate(CONTEXT_PROGRAMS, text) if program.builtin else text


def _minutes(seconds: float) -> str:
    return format_duration(seconds)  # one time format: m:ss, as next to it


# ---------------------------------------------------------------------------------------------
# walkcoach programs


def _summary(program: Program) -> dict[str, Any]:
    return {
        "id": program.id,
        "name": program.name,
        "duration_s": program.total_s,
        "backward_s": program.backward_s,
        "segments": program.segment_count,
        "source": program.source,
        "builtin": program.builtin,
        "level": program.level,
    }


def cmd_programs(args: argparse.Namespace) -> int:
    errors: list[ProgramError] = []
    programs = library.all_programs(errors)
    for error in errors:
        warn(translate("CommandLine", "skipped a user program: {error}").format(error=error))
    if args.json:
        print_json([_summary(p) for p in programs])
        return 0
    rows = [
        [
            p.id,
            _name(p),
            _word(_LEVEL_WORDS, p.level) if p.level else "-",
            format_duration(p.total_s),
            _minutes(p.backward_s) if p.backward_s else "-",
            str(p.segment_count),
            translate("CommandLine", "built-in")
            if p.builtin
            else translate("CommandLine", "yours"),
        ]
        for p in programs
    ]
    headers = [
        translate("CommandLine", "ID"),
        translate("CommandLine", "NAME"),
        translate("CommandLine", "LEVEL"),
        translate("CommandLine", "TIME"),
        translate("CommandLine", "BACKWARD"),
        translate("CommandLine", "SEGMENTS"),
        translate("CommandLine", "FROM"),
    ]
    print(table(headers, rows, right={3, 4, 5}, shrink=1))
    users = sum(1 for p in programs if not p.builtin)
    footer = translate(
        "CommandLine", "{builtin} built-in and {yours} of your own. Details: walkcoach show ID"
    )
    print("\n" + footer.format(builtin=len(programs) - users, yours=users))
    return 0


# ---------------------------------------------------------------------------------------------
# walkcoach show


def _find(id_or_path: str) -> Program:
    try:
        return library.find_program(id_or_path)
    except ProgramError as exc:
        raise CliError(one_line(exc)) from None


def _speed_text(speed_kmh: float, units: str) -> str:
    if speed_kmh == 0:
        return translate("CommandLine", "stopped")
    if units == "mph":
        return translate("CommandLine", "{speed} mph").format(
            speed=decimal_text(kmh_to_mph(speed_kmh))
        )
    return translate("CommandLine", "{speed} km/h").format(speed=decimal_text(speed_kmh))


def _notes(planned: PlannedSegment) -> str:
    segment = planned.segment
    parts = []
    if planned.rounds:
        round_text = translate("CommandLine", "round {round}/{rounds}")
        parts.append(round_text.format(round=planned.round_no, rounds=planned.rounds))
    if planned.auto_inserted:
        parts.append(translate("CommandLine", "added by the coach: the direction changes here"))
    elif segment.label:
        parts.append(_resource_text(segment.label))
    if segment.cadence_spm:
        steps = translate("CommandLine", "{cadence} steps/min")
        parts.append(steps.format(cadence=segment.cadence_spm))
    if segment.until_confirmed:
        parts.append(translate("CommandLine", "waits for you"))
    if segment.note:
        parts.append(_resource_text(segment.note))
    return "; ".join(parts)


def _resource_text(text: str) -> str:
    # Labels and notes of the built-ins (and the coach's own turn) are translated under
    # "Programs" (tools/resource_texts.py); a text with no translation (a user's) stays as it is.
    return translate(CONTEXT_PROGRAMS, text)


def _totals(program: Program) -> dict[str, Any]:
    return {
        "duration_s": program.total_s,
        "forward_s": program.forward_s,
        "backward_s": program.backward_s,
        "rest_s": program.seconds_of("rest"),
        "station_s": program.seconds_of("station"),
        "turn_s": program.seconds_of("turn"),
        "turns_added": program.auto_turn_count,
        "longest_backward_s": program.longest_backward_s,
        "segments": program.segment_count,
        "builtin": program.builtin,
    }


def cmd_show(args: argparse.Namespace) -> int:
    program = _find(args.program)
    if args.json:
        # The file format (so the output can be imported again) plus computed totals.
        print_json({**program_to_dict(program), "totals": _totals(program)})
        return 0
    units = read_settings().units
    width = terminal_width()
    if program.builtin:
        heading = translate("CommandLine", "{name} ({id}, {level}, built-in)")
    else:
        heading = translate("CommandLine", "{name} ({id}, {level}, your program)")
    if program.level:
        level = _word(_LEVEL_WORDS, program.level)
    else:
        level = translate("CommandLine", "no level")
    print(heading.format(name=shown(_name(program)), id=program.id, level=level))
    totals = counted.translate(
        "CommandLine",
        "Total {total}: backward {backward}, forward {forward}, %n segment(s)",
        None,
        program.segment_count,
    )
    print(
        totals.format(
            total=format_duration(program.total_s),
            backward=_minutes(program.backward_s),
            forward=_minutes(program.forward_s),
        )
    )
    if program.auto_turn_count:
        print(textwrap.fill(program.auto_turn_note(), width))
    if program.source:
        source = _name_like(program, program.source)
        line = translate("CommandLine", "Source: {source}").format(source=shown(source))
        print(textwrap.fill(line, width))
    if program.description:
        print()
        print(textwrap.fill(shown(_name_like(program, program.description)), width))
    print()
    rows = [
        [
            str(p.index + 1),
            format_duration(p.start_s),
            translate(CONTEXT_CLI, _PHASE_NAMES[p.phase]),
            translate(CONTEXT_CLI, _KIND_WORDS.get(p.kind, p.kind)),
            format_duration(p.duration_s),
            _speed_text(p.segment.speed_kmh, units),
            f"{figure_text(p.segment.incline_pct)} %",
            _notes(p),
        ]
        for p in program.planned_segments()
    ]
    headers = [
        "#",
        translate("CommandLine", "AT"),
        translate("CommandLine", "PHASE"),
        translate("CommandLine", "KIND"),
        translate("CommandLine", "TIME"),
        translate("CommandLine", "SPEED"),
        translate("CommandLine", "INCLINE"),
        translate("CommandLine", "NOTES"),
    ]
    print(table(headers, rows, right={0, 1, 4, 5, 6}, shrink=7, wrap=True))
    return 0


# ---------------------------------------------------------------------------------------------
# walkcoach muscles


def _parse_number(text: str, option: str, low: float, high: float, unit: str) -> float:
    try:
        value = float(text)
    except ValueError:
        message = translate("CommandLine", "{option} must be a number (got '{text}')")
        raise CliError(message.format(option=option, text=text)) from None
    if not math.isfinite(value) or not low <= value <= high:
        message = translate(
            "CommandLine", "{option} must be between {low} and {high} {unit} (got {text})"
        )
        raise CliError(
            message.format(
                option=option, low=figure_text(low), high=figure_text(high), unit=unit, text=text
            )
        )
    return value


def cmd_muscles(args: argparse.Namespace) -> int:
    direction = args.direction.strip().lower()
    if direction not in ("forward", "backward"):
        message = translate(
            "CommandLine", "unknown direction '{direction}' (use forward or backward)"
        )
        raise CliError(message.format(direction=args.direction))
    incline_pct = _parse_number(args.incline, "--incline", MIN_INCLINE_PCT, MAX_INCLINE_PCT, "%")
    speed_kmh = None
    if args.speed is not None:
        speed_kmh = _parse_number(args.speed, "--speed", MIN_SPEED_KMH, MAX_SPEED_KMH, "km/h")

    from walkcoach.core.muscles import load_model

    try:
        activations = load_model().activations(direction, incline_pct, speed_kmh)
    except ValueError as exc:  # the model's own range checks: still a user error, one line
        raise CliError(one_line(exc)) from None
    if args.json:
        print_json(
            [
                {
                    "id": a.muscle.id,
                    "name": a.muscle.name,
                    "view": a.muscle.view,
                    "activation": round(a.activation, 1),
                    "basis": a.basis,
                    "source": a.source,
                }
                for a in activations
            ]
        )
        return 0
    figures = {"incline": figure_text(incline_pct)}
    if speed_kmh is None:
        heading = {
            "forward": translate("CommandLine", "Forward walking, {incline} % incline"),
            "backward": translate("CommandLine", "Backward walking, {incline} % incline"),
        }[direction]
    else:
        figures["speed"] = figure_text(speed_kmh)
        heading = {
            "forward": translate(
                "CommandLine", "Forward walking, {incline} % incline at {speed} km/h"
            ),
            "backward": translate(
                "CommandLine", "Backward walking, {incline} % incline at {speed} km/h"
            ),
        }[direction]
    print(heading.format(**figures))
    print(
        translate(
            "CommandLine",
            "Activation in % of a maximal voluntary contraction; 'estimated' figures are WalkCoach's.",
        )
    )
    print()
    bar_width = 20
    rows = [
        [
            translate(CONTEXT_MUSCLES, a.muscle.name),
            _word(_VIEW_WORDS, a.muscle.view),
            f"{a.activation:.0f} %",
            "#" * round(bar_width * min(a.activation, 100) / 100),
            _word(_BASIS_WORDS, a.basis),
            translate(CONTEXT_MUSCLES, a.source),
        ]
        for a in activations
    ]
    headers = [
        translate("CommandLine", "MUSCLE"),
        translate("CommandLine", "VIEW"),
        translate("CommandLine", "MVC"),
        "",
        translate("CommandLine", "BASIS"),
        translate("CommandLine", "SOURCE"),
    ]
    print(table(headers, rows, right={2}, shrink=5))
    return 0


# ---------------------------------------------------------------------------------------------
# walkcoach import-program


def cmd_import_program(args: argparse.Namespace) -> int:
    try:
        program, where = library.import_program_file(args.file, force=args.force)
    except library.DuplicateProgramError as exc:
        message = translate(
            "CommandLine",
            "a program with id '{id}' already exists ('{name}'); use --force to replace it",
        )
        raise CliError(message.format(id=exc.existing.id, name=shown(exc.existing.name))) from None
    except ProgramError as exc:
        raise CliError(one_line(exc)) from None
    except OSError as exc:  # e.g. the data folder is read-only
        message = translate("CommandLine", "cannot save the program: {reason}")
        raise CliError(message.format(reason=exc.strerror or exc)) from None
    done = counted.translate(
        "CommandLine",
        "Imported '{name}' as '{id}' ({time}, %n segment(s)) into {folder}",
        None,
        program.segment_count,
    )
    print(
        done.format(
            name=shown(program.name),
            id=program.id,
            time=format_duration(program.total_s),
            folder=where,
        )
    )
    return 0

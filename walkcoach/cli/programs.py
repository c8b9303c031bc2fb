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
from walkcoach.core import library
from walkcoach.core.program import (
    MAX_INCLINE_PCT,
    MAX_SPEED_KMH,
    MIN_INCLINE_PCT,
    MIN_SPEED_KMH,
    PlannedSegment,
    Program,
    ProgramError,
    format_duration,
    program_to_dict,
)
from walkcoach.core.units import kmh_to_mph

_PHASE_NAMES = {"warmup": "warm-up", "main": "main", "cooldown": "cool-down"}


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
        warn(f"skipped a user program: {error}")
    if args.json:
        print_json([_summary(p) for p in programs])
        return 0
    rows = [
        [
            p.id,
            p.name,
            p.level or "-",
            format_duration(p.total_s),
            _minutes(p.backward_s) if p.backward_s else "-",
            str(p.segment_count),
            "built-in" if p.builtin else "yours",
        ]
        for p in programs
    ]
    headers = ["ID", "NAME", "LEVEL", "TIME", "BACKWARD", "SEGMENTS", "FROM"]
    print(table(headers, rows, right={3, 4, 5}, shrink=1))
    users = sum(1 for p in programs if not p.builtin)
    print(f"\n{len(programs) - users} built-in and {users} of your own. Details: walkcoach show ID")
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
        return "stopped"
    if units == "mph":
        return f"{kmh_to_mph(speed_kmh):.1f} mph"
    return f"{speed_kmh:.1f} km/h"


def _notes(planned: PlannedSegment) -> str:
    segment = planned.segment
    parts = []
    if planned.rounds:
        parts.append(f"round {planned.round_no}/{planned.rounds}")
    if planned.auto_inserted:
        parts.append("added by the coach: the direction changes here")
    elif segment.label:
        parts.append(segment.label)
    if segment.cadence_spm:
        parts.append(f"{segment.cadence_spm} steps/min")
    if segment.until_confirmed:
        parts.append("waits for you")
    if segment.note:
        parts.append(segment.note)
    return "; ".join(parts)


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
    origin = "built-in" if program.builtin else "your program"
    print(f"{shown(program.name)} ({program.id}, {program.level or 'no level'}, {origin})")
    print(
        f"Total {format_duration(program.total_s)}: backward {_minutes(program.backward_s)}, "
        f"forward {_minutes(program.forward_s)}, {program.segment_count} segments"
    )
    if program.auto_turn_count:
        print(textwrap.fill(program.auto_turn_note(), width))
    if program.source:
        print(textwrap.fill(f"Source: {shown(program.source)}", width))
    if program.description:
        print()
        print(textwrap.fill(shown(program.description), width))
    print()
    rows = [
        [
            str(p.index + 1),
            format_duration(p.start_s),
            _PHASE_NAMES[p.phase],
            p.kind,
            format_duration(p.duration_s),
            _speed_text(p.segment.speed_kmh, units),
            f"{p.segment.incline_pct:g} %",
            _notes(p),
        ]
        for p in program.planned_segments()
    ]
    headers = ["#", "AT", "PHASE", "KIND", "TIME", "SPEED", "INCLINE", "NOTES"]
    print(table(headers, rows, right={0, 1, 4, 5, 6}, shrink=7, wrap=True))
    return 0


# ---------------------------------------------------------------------------------------------
# walkcoach muscles


def _parse_number(text: str, option: str, low: float, high: float, unit: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise CliError(f"{option} must be a number (got '{text}')") from None
    if not math.isfinite(value) or not low <= value <= high:
        raise CliError(f"{option} must be between {low:g} and {high:g} {unit} (got {text})")
    return value


def cmd_muscles(args: argparse.Namespace) -> int:
    direction = args.direction.strip().lower()
    if direction not in ("forward", "backward"):
        raise CliError(f"unknown direction '{args.direction}' (use forward or backward)")
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
    speed = f" at {speed_kmh:g} km/h" if speed_kmh is not None else ""
    print(f"{direction.capitalize()} walking, {incline_pct:g} % incline{speed}")
    print(
        "Activation in % of a maximal voluntary contraction; 'estimated' figures are WalkCoach's."
    )
    print()
    bar_width = 20
    rows = [
        [
            a.muscle.name,
            a.muscle.view,
            f"{a.activation:.0f} %",
            "#" * round(bar_width * min(a.activation, 100) / 100),
            a.basis,
            a.source,
        ]
        for a in activations
    ]
    headers = ["MUSCLE", "VIEW", "MVC", "", "BASIS", "SOURCE"]
    print(table(headers, rows, right={2}, shrink=5))
    return 0


# ---------------------------------------------------------------------------------------------
# walkcoach import-program


def cmd_import_program(args: argparse.Namespace) -> int:
    try:
        program, where = library.import_program_file(args.file, force=args.force)
    except library.DuplicateProgramError as exc:
        raise CliError(
            f"a program with id '{exc.existing.id}' already exists ('{shown(exc.existing.name)}'); "
            "use --force to replace it"
        ) from None
    except ProgramError as exc:
        raise CliError(one_line(exc)) from None
    except OSError as exc:  # e.g. the data folder is read-only
        raise CliError(f"cannot save the program: {exc.strerror or exc}") from None
    print(
        f"Imported '{shown(program.name)}' as '{program.id}' "
        f"({format_duration(program.total_s)}, {program.segment_count} segments) into {where}"
    )
    return 0

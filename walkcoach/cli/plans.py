"""Sub-commands about training plans: ``plans``, ``plan start|show|pause|resume|skip|
restart-week|stop|export-ics``. Bad input: one line on stderr, exit 2 (see walkcoach.cli.main)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from walkcoach import paths
from walkcoach.cli.errors import CliError
from walkcoach.core.plans.builtin import builtin_plans, find_plan
from walkcoach.core.plans.ics import plan_to_ics
from walkcoach.core.plans.model import Plan, days_text, parse_days
from walkcoach.core.plans.schedule import PlanStatus, WeekView, plan_status
from walkcoach.core.plans.state import (
    PlanState,
    PlanStateError,
    clear_state,
    load_state,
    parse_time,
    save_state,
    state_path,
)

ACTIONS = {"pause": "pause", "resume": "resume", "skip": "skip", "restart-week": "restart_week"}


def local_zone_name() -> str:
    """The computer's IANA time zone name (TZ, then /etc/localtime), else UTC."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            ZoneInfo(name)
            return name
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    return "UTC"


def add_parsers(sub: Any, add_data_dir: Any) -> None:
    """Registers ``plans`` and ``plan`` on the main parser's sub-parsers."""
    p = sub.add_parser("plans", help="list the built-in training plans")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_data_dir(p, top_level=False)
    p = sub.add_parser("plan", help="start, show or export the active training plan")
    actions = p.add_subparsers(
        dest="plan_command", metavar="ACTION", required=True, parser_class=type(p)
    )
    a = actions.add_parser("start", help="start a plan (replaces the active one)")
    a.add_argument("plan_id", metavar="ID")
    a.add_argument("--days", metavar="mon,wed,fri", help="weekdays (default: the plan's)")
    a.add_argument("--time", metavar="HH:MM", help="time of day (default: the plan's)")
    a.add_argument(
        "--tz", metavar="ZONE", help="time zone, e.g. Europe/Berlin (default: this computer's)"
    )
    a.add_argument(
        "--alarm",
        type=int,
        default=10,
        metavar="MIN",
        help="calendar alarm MIN minutes before (default 10)",
    )
    a.add_argument("--start-date", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)  # tests
    add_data_dir(a, top_level=False)
    a = actions.add_parser("show", help="this week and the next, each session's state")
    a.add_argument("--json", action="store_true")
    a.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)  # tests
    add_data_dir(a, top_level=False)
    a = actions.add_parser("export-ics", help="write the coming sessions as an iCalendar file")
    a.add_argument("-o", "--output", required=True, metavar="FILE")
    a.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    add_data_dir(a, top_level=False)
    for name in (*ACTIONS, "stop"):
        a = actions.add_parser(name, help=f"{name} the active plan")
        a.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
        add_data_dir(a, top_level=False)


def _date(text: str | None, what: str) -> date:
    if text is None:
        return datetime.now().date()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{what} must be a date as YYYY-MM-DD (got '{text}')") from None


def _state_file() -> Path:
    return state_path(paths.data_dir())


def _active() -> tuple[Plan, PlanState]:
    try:
        state = load_state(_state_file())
    except PlanStateError as exc:
        raise CliError(str(exc)) from None
    if state is None:
        raise CliError(
            "no plan is active; start one with `walkcoach plan start ID` (see `walkcoach plans`)"
        )
    plan = find_plan(state.plan_id)
    if plan is None:
        raise CliError(f"the active plan '{state.plan_id}' is not known to this WalkCoach")
    return plan, state


def current_status(today: date) -> PlanStatus:
    from walkcoach.cli.history import load_sessions

    plan, state = _active()
    sessions, _ = load_sessions()
    return plan_status(plan, state, sessions, today, ZoneInfo(state.tz_name))


def cmd_plans(args: argparse.Namespace) -> int:
    plans = builtin_plans()
    if args.json:
        rows = [
            {
                "id": p.id,
                "name": p.name,
                "weeks": len(p.weeks),
                "sessions": p.session_count,
                "days": days_text(p.days),
                "source": p.source,
            }
            for p in plans
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for p in plans:
        print(
            f"{p.id:<14} {len(p.weeks):>2} weeks  {p.session_count:>2} sessions  {days_text(p.days):<28} {p.name}"
        )
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    command = args.plan_command
    if command == "start":
        return _start(args)
    if command == "show":
        return _show(args)
    if command == "export-ics":
        return _export(args)
    if command == "stop":
        _active()
        clear_state(_state_file())
        print("The plan is stopped; your history is kept.")
        return 0
    plan, state = _active()
    today = _date(args.today, "--today")
    if command == "pause" and state.paused:
        raise CliError("the plan is already paused")
    if command == "resume" and not state.paused:
        raise CliError("the plan is not paused")
    new = state.with_event(today, ACTIONS[command])
    save_state(_state_file(), new)
    status = current_status(today)
    _refresh_calendar_file(new, status)
    print(status.decisions[-1].text if status.decisions else status.headline)
    return 0


def _start(args: argparse.Namespace) -> int:
    plan = find_plan(args.plan_id)
    if plan is None:
        known = ", ".join(p.id for p in builtin_plans())
        raise CliError(f"no plan with id '{args.plan_id}' (one of: {known})")
    try:
        days = parse_days(args.days) if args.days else plan.days
        time = parse_time(args.time) if args.time else (plan.time or "07:30")
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if plan.most_per_week > len(days):
        raise CliError(
            f"'{plan.id}' has up to {plan.most_per_week} sessions a week: give at least {plan.most_per_week} weekdays (got {len(days)})"
        )
    tz_name = args.tz or local_zone_name()
    try:
        ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CliError(
            f"unknown time zone '{tz_name}' (e.g. Europe/Berlin, America/New_York, UTC)"
        ) from None
    if not 0 <= args.alarm <= 24 * 60:
        raise CliError(f"--alarm must be 0-1440 minutes (got {args.alarm})")
    started = _date(args.start_date, "--start-date")
    state = PlanState(plan.id, days, time, tz_name, started, args.alarm)
    paths.ensure_data_dir()
    save_state(_state_file(), state)
    status = current_status(started)
    print(
        f"Started “{plan.name}”: {len(plan.weeks)} weeks on {days_text(days)} at {time} ({tz_name})."
    )
    print(status.headline)
    return 0


def _session_json(s: Any) -> dict[str, Any]:
    return {
        "week": s.week_no,
        "day": s.number,
        "title": s.title,
        "program_id": s.program_id,
        "date": s.day.isoformat() if s.day else None,
        "state": s.state,
        "moved_from": s.moved_from.isoformat() if s.moved_from else None,
    }


def _week_json(view: WeekView) -> dict[str, Any]:
    return {
        "week": view.week_no,
        "monday": view.monday.isoformat(),
        "attempt": view.attempt,
        "sessions": [_session_json(s) for s in view.sessions],
    }


def _show(args: argparse.Namespace) -> int:
    today = _date(args.today, "--today")
    status = current_status(today)
    weeks = ([status.week] if status.week else []) + status.ahead[: 2 if status.week is None else 1]
    if args.json:
        out = {
            "plan": status.plan.id,
            "name": status.plan.name,
            "today": today.isoformat(),
            "complete": status.complete,
            "paused": status.paused,
            "headline": status.headline,
            "weeks": [_week_json(w) for w in weeks],
            "badges": [b.week_no for b in status.badges],
            "decisions": [{"on": d.on.isoformat(), "text": d.text} for d in status.decisions],
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(f"{status.plan.name}: {status.headline}")
    for view in weeks:
        print(f"Week {view.week_no} (from {view.monday:%a %d %b}):")
        for s in view.sessions:
            when = f"{s.day:%a %d %b}" if s.day else "no day left"
            print(f"  {when:<11} {s.state:<8} day {s.number}: {s.title}")
    for d in status.decisions[-3:]:
        print(f"- {d.text}")
    return 0


def _refresh_calendar_file(state: PlanState, status: PlanStatus) -> None:
    """An action moved the plan: the calendar file exported before is written again."""
    if state.ics_path:
        from walkcoach.core.files import write_text_atomic

        try:
            write_text_atomic(Path(state.ics_path), plan_to_ics(status, now=datetime.now(UTC)))
        except OSError as exc:
            print(
                f"walkcoach: note: could not update {state.ics_path}: {exc.strerror}",
                file=sys.stderr,
            )


def _export(args: argparse.Namespace) -> int:
    today = _date(args.today, "--today")
    status = current_status(today)
    text = plan_to_ics(status, now=datetime.now(UTC))
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    from walkcoach.core.files import write_text_atomic

    try:
        write_text_atomic(Path(args.output), text)
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror}") from None
    _plan, state = _active()
    save_state(_state_file(), dataclasses.replace(state, ics_path=str(Path(args.output).resolve())))
    print(
        f"Wrote {len(status.coming())} sessions to {args.output}; it is written again when the plan moves."
    )
    return 0

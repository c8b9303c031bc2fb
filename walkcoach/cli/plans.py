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
from walkcoach.cli.options import add_json
from walkcoach.core import counted
from walkcoach.core.datewords import weekday_day_month
from walkcoach.core.i18n import CONTEXT_PLANS, QT_TRANSLATE_NOOP, translate
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
# A plan session's state in `walkcoach plan show` (--json keeps the ids).
SESSION_STATE_WORDS = {
    "done": QT_TRANSLATE_NOOP("CommandLine", "done"),
    "missed": QT_TRANSLATE_NOOP("CommandLine", "missed"),
    "today": QT_TRANSLATE_NOOP("CommandLine", "today"),
    "coming": QT_TRANSLATE_NOOP("CommandLine", "coming"),
    "skipped": QT_TRANSLATE_NOOP("CommandLine", "skipped"),
}
# The --help line of each plan action that only moves the active plan.
ACTION_HELP = {
    "pause": QT_TRANSLATE_NOOP("CommandLine", "pause the active plan"),
    "resume": QT_TRANSLATE_NOOP("CommandLine", "resume the active plan"),
    "skip": QT_TRANSLATE_NOOP("CommandLine", "skip the active plan's next session"),
    "restart-week": QT_TRANSLATE_NOOP("CommandLine", "restart the active plan's week"),
    "stop": QT_TRANSLATE_NOOP("CommandLine", "stop the active plan"),
}


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
    p = sub.add_parser("plans", help=translate("CommandLine", "list the built-in training plans"))
    add_json(p)
    add_data_dir(p, top_level=False)
    p = sub.add_parser(
        "plan", help=translate("CommandLine", "start, show or export the active training plan")
    )
    actions = p.add_subparsers(
        dest="plan_command", metavar="ACTION", required=True, parser_class=type(p)
    )
    a = actions.add_parser(
        "start", help=translate("CommandLine", "start a plan (replaces the active one)")
    )
    a.add_argument(
        "plan_id", metavar="ID", help=translate("CommandLine", "a plan id (see walkcoach plans)")
    )
    a.add_argument(
        "--days",
        metavar="mon,wed,fri",
        help=translate("CommandLine", "weekdays (default: the plan's)"),
    )
    a.add_argument(
        "--time",
        metavar="HH:MM",
        help=translate("CommandLine", "time of day (default: the plan's)"),
    )
    a.add_argument(
        "--tz",
        metavar="ZONE",
        help=translate("CommandLine", "time zone, e.g. Europe/Berlin (default: this computer's)"),
    )
    a.add_argument(
        "--alarm",
        type=int,
        default=10,
        metavar="MIN",
        help=translate("CommandLine", "calendar alarm MIN minutes before (default 10)"),
    )
    a.add_argument("--start-date", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)  # tests
    add_data_dir(a, top_level=False)
    a = actions.add_parser(
        "show", help=translate("CommandLine", "this week and the next, each session's state")
    )
    add_json(a)
    a.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)  # tests
    add_data_dir(a, top_level=False)
    a = actions.add_parser(
        "export-ics",
        help=translate("CommandLine", "write the coming sessions as an iCalendar file"),
    )
    a.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=translate("CommandLine", "a file, or - for stdout"),
    )
    a.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    add_data_dir(a, top_level=False)
    for name in (*ACTIONS, "stop"):
        a = actions.add_parser(name, help=translate("CommandLine", ACTION_HELP[name]))
        a.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
        add_data_dir(a, top_level=False)


def _date(text: str | None, what: str) -> date:
    if text is None:
        return datetime.now().date()
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = translate("CommandLine", "{option} must be a date as YYYY-MM-DD (got '{text}')")
        raise CliError(message.format(option=what, text=text)) from None


def _state_file() -> Path:
    return state_path(paths.data_dir())


def _active() -> tuple[Plan, PlanState]:
    try:
        state = load_state(_state_file())
    except PlanStateError as exc:
        raise CliError(str(exc)) from None
    if state is None:
        raise CliError(
            translate(
                "CommandLine",
                "no plan is active; start one with `walkcoach plan start ID` (see `walkcoach plans`)",
            )
        )
    plan = find_plan(state.plan_id)
    if plan is None:
        message = translate("CommandLine", "the active plan '{id}' is not known to this WalkCoach")
        raise CliError(message.format(id=state.plan_id))
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
        weeks = counted.translate("CommandLine", "%n week(s)", None, len(p.weeks))
        sessions = counted.translate("CommandLine", "%n session(s)", None, p.session_count)
        name = translate(CONTEXT_PLANS, p.name)
        print(f"{p.id:<14} {weeks:>8}  {sessions:>11}  {days_text(p.days):<28} {name}")
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
        print(translate("CommandLine", "The plan is stopped; your history is kept."))
        return 0
    plan, state = _active()
    today = _date(args.today, "--today")
    if command == "pause" and state.paused:
        raise CliError(translate("CommandLine", "the plan is already paused"))
    if command == "resume" and not state.paused:
        raise CliError(translate("CommandLine", "the plan is not paused"))
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
        message = translate("CommandLine", "no plan with id '{id}' (one of: {known})")
        raise CliError(message.format(id=args.plan_id, known=known))
    try:
        days = parse_days(args.days) if args.days else plan.days
        time = parse_time(args.time) if args.time else (plan.time or "07:30")
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if plan.most_per_week > len(days):
        message = counted.translate(
            "CommandLine",
            "'{id}' has up to {most} sessions a week: give at least %n weekday(s) (got {days})",
            None,
            plan.most_per_week,
        )
        raise CliError(message.format(id=plan.id, most=plan.most_per_week, days=len(days)))
    tz_name = args.tz or local_zone_name()
    try:
        ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        message = translate(
            "CommandLine", "unknown time zone '{zone}' (e.g. Europe/Berlin, America/New_York, UTC)"
        )
        raise CliError(message.format(zone=tz_name)) from None
    if not 0 <= args.alarm <= 24 * 60:
        message = translate("CommandLine", "--alarm must be 0-1440 minutes (got {minutes})")
        raise CliError(message.format(minutes=args.alarm))
    started = _date(args.start_date, "--start-date")
    state = PlanState(plan.id, days, time, tz_name, started, args.alarm)
    paths.ensure_data_dir()
    save_state(_state_file(), state)
    status = current_status(started)
    started_text = counted.translate(
        "CommandLine",
        "Started “{name}”: %n week(s) on {days} at {time} ({zone}).",
        None,
        len(plan.weeks),
    )
    print(
        started_text.format(
            name=translate(CONTEXT_PLANS, plan.name), days=days_text(days), time=time, zone=tz_name
        )
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


def _weeks_shown(status: PlanStatus) -> list[WeekView]:
    """This week and the next (or the next two, before the plan's first week)."""
    ahead = status.ahead[: 2 if status.week is None else 1]
    return ([status.week] if status.week else []) + ahead


def _show_json(status: PlanStatus, today: date) -> int:
    out = {
        "plan": status.plan.id,
        "name": status.plan.name,
        "today": today.isoformat(),
        "complete": status.complete,
        "paused": status.paused,
        "headline": status.headline,
        "weeks": [_week_json(w) for w in _weeks_shown(status)],
        "badges": [b.week_no for b in status.badges],
        "decisions": [{"on": d.on.isoformat(), "text": d.text} for d in status.decisions],
    }
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


def _show(args: argparse.Namespace) -> int:
    today = _date(args.today, "--today")
    if args.json:
        from walkcoach.cli.i18n import english

        with english():  # the headline and the decisions in JSON: in English, as always
            return _show_json(current_status(today), today)
    status = current_status(today)
    weeks = _weeks_shown(status)
    print(f"{translate(CONTEXT_PLANS, status.plan.name)}: {status.headline}")
    for view in weeks:
        week = translate("CommandLine", "Week {week} (from {monday}):")
        print(week.format(week=view.week_no, monday=weekday_day_month(view.monday)))
        for s in view.sessions:
            when = weekday_day_month(s.day) if s.day else translate("CommandLine", "no day left")
            state = translate("CommandLine", SESSION_STATE_WORDS.get(s.state, s.state))
            #: After the date and the state: "day 1: Backward, two minutes".
            day = translate("CommandLine", "day {day}: {title}").format(day=s.number, title=s.title)
            print(f"  {when:<11} {state:<8} {day}")
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
            #: A line on stderr after a plan action: the calendar file could not be written.
            note = translate("CommandLine", "note: could not update {file}: {reason}")
            print(
                f"walkcoach: {note.format(file=state.ics_path, reason=exc.strerror)}",
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
        message = translate("CommandLine", "cannot write {file}: {reason}")
        raise CliError(message.format(file=args.output, reason=exc.strerror)) from None
    _plan, state = _active()
    save_state(_state_file(), dataclasses.replace(state, ics_path=str(Path(args.output).resolve())))
    wrote = counted.translate(
        "CommandLine",
        "Wrote %n session(s) to {file}; it is written again when the plan moves.",
        None,
        len(status.coming()),
    )
    print(wrote.format(file=args.output))
    return 0

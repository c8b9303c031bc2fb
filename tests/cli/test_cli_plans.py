"""`walkcoach plans` and `walkcoach plan ...`: output, the state file, bad input (one line, exit 2)."""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

import icalendar
import pytest

from walkcoach.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_plans_lists_the_builtins_as_json(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = _run(capsys, "plans", "--json", "--data-dir", str(data_dir))
    assert code == 0
    assert {p["id"] for p in json.loads(out)} >= {"back-relief", "progression", "brisk-daily"}


def test_start_show_and_export(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, err = _run(
        capsys,
        "plan",
        "start",
        "back-relief",
        "--days",
        "mon,wed,fri",
        "--time",
        "7:30",
        "--tz",
        "Europe/Berlin",
        "--start-date",
        "2026-12-07",
        *d,
    )
    assert code == 0 and err == "" and "Week 1, day 1" in out
    state = json.loads((data_dir / "plan.json").read_text())
    assert state["format"] == "walkcoach-plan-state" and state["version"] == 1
    assert state["days"] == ["mon", "wed", "fri"] and state["time"] == "07:30"
    code, out, _ = _run(capsys, "plan", "show", "--json", "--today", "2026-12-10", *d)
    shown = json.loads(out)
    assert code == 0 and [w["week"] for w in shown["weeks"]] == [1, 2]
    assert [s["date"] for s in shown["weeks"][0]["sessions"]] == [
        "2026-12-10",
        "2026-12-11",
        "2026-12-12",
    ]
    ics = tmp_path / "plan.ics"
    code, out, _ = _run(capsys, "plan", "export-ics", "-o", str(ics), "--today", "2026-12-07", *d)
    assert code == 0 and "9 sessions" in out
    assert len(list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))) == 9
    code, out, _ = _run(capsys, "plan", "pause", "--today", "2026-12-08", *d)
    assert code == 0 and "paused" in out
    code, _, err = _run(capsys, "plan", "pause", "--today", "2026-12-08", *d)
    assert code == 2 and err == "walkcoach: error: the plan is already paused\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["plan", "start", "nope"], "no plan with id 'nope'"),
        (["plan", "start", "back-relief", "--days", "mon,funday"], "unknown weekday 'funday'"),
        (["plan", "start", "back-relief", "--days", "mon"], "give at least 3 weekdays"),
        (["plan", "start", "back-relief", "--time", "25:61"], "is not a time of day"),
        (["plan", "start", "back-relief", "--tz", "Mars/Olympus"], "unknown time zone"),
        (["plan", "show"], "no plan is active"),
        (["plan", "fly"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str], message: str
) -> None:
    code, out, err = (
        _run(capsys, *argv, "--data-dir", str(data_dir))
        if argv[1] != "fly"
        else _run(capsys, *argv)
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("walkcoach: error: ") and message in err


def test_a_damaged_state_file_is_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "plan.json").write_text("{not json")
    code, _, err = _run(capsys, "plan", "show", "--data-dir", str(data_dir))
    assert code == 2 and err.count("\n") == 1 and "not valid JSON" in err
    assert (data_dir / "plan.json").read_text() == "{not json"  # never thrown away


def test_start_then_three_weeks_recorded_end_with_the_plan_complete(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    from datetime import date, datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from walkcoach import paths
    from walkcoach.core.plans.builtin import find_plan, session_program
    from walkcoach.storage.writer import SessionWriter

    d = ["--data-dir", str(data_dir)]
    code, _, _ = _run(
        capsys,
        "plan",
        "start",
        "back-relief",
        "--days",
        "mon,wed,fri",
        "--tz",
        "Europe/Berlin",
        "--start-date",
        "2026-12-07",
        *d,
    )
    assert code == 0
    plan = find_plan("back-relief")
    assert plan is not None
    program = session_program(plan, 1, plan.weeks[0].sessions[0])
    assert program is not None
    moment = [datetime(2026, 12, 7, tzinfo=UTC)]
    writer = SessionWriter(paths.database_path(), clock_wall=lambda: moment[0])
    for week in range(3):
        for offset in (0, 2, 4):
            day = date(2026, 12, 7) + timedelta(days=7 * week + offset)
            moment[0] = datetime.combine(day, time(7, 30), tzinfo=ZoneInfo("Europe/Berlin"))
            writer.begin(program, 70.0)
            for p in program.planned_segments():
                moment[0] += timedelta(seconds=p.duration_s)
                writer.segment_ended(p.index, p.segment, p.duration_s)
            writer.finish("completed", program.total_s)
    writer.close()
    code, out, _ = _run(capsys, "plan", "show", "--json", "--today", "2026-12-28", *d)
    shown = json.loads(out)
    assert code == 0 and shown["complete"] is True and shown["badges"] == [1, 2, 3]

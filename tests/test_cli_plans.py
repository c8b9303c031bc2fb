"""`walkcoach plans` and `walkcoach plan ...`: output, the state file, bad input (one line, exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from walkcoach.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_plans_lists_the_builtins_as_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = _run(capsys, "plans", "--json", "--data-dir", str(data_dir))
    assert code == 0
    assert {p["id"] for p in json.loads(out)} >= {"back-relief", "progression", "brisk-daily"}


def test_start_show_and_export(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, err = _run(capsys, "plan", "start", "back-relief", "--days", "mon,wed,fri", "--time", "7:30",
                          "--tz", "Europe/Berlin", "--start-date", "2026-12-07", *d)  # fmt: skip
    assert code == 0 and err == "" and "Week 1, day 1" in out
    state = json.loads((data_dir / "plan.json").read_text())
    assert state["format"] == "walkcoach-plan-state" and state["version"] == 1
    assert state["days"] == ["mon", "wed", "fri"] and state["time"] == "07:30"
    code, out, _ = _run(capsys, "plan", "show", "--json", "--today", "2026-12-10", *d)
    shown = json.loads(out)
    assert code == 0 and [w["week"] for w in shown["weeks"]] == [1, 2]
    assert [s["date"] for s in shown["weeks"][0]["sessions"]] == ["2026-12-10", "2026-12-11", "2026-12-12"]
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
def test_bad_input_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str], message: str) -> None:
    code, out, err = _run(capsys, *argv, "--data-dir", str(data_dir)) if argv[1] != "fly" else _run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("walkcoach: error: ") and message in err


def test_a_damaged_state_file_is_one_line(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "plan.json").write_text("{not json")
    code, _, err = _run(capsys, "plan", "show", "--data-dir", str(data_dir))
    assert code == 2 and err.count("\n") == 1 and "not valid JSON" in err
    assert (data_dir / "plan.json").read_text() == "{not json"  # never thrown away

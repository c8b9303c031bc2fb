"""The Plan page with real widgets, a real history database and a fake calendar."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLabel, QPushButton

from walkcoach.core.plans.builtin import find_plan, session_program
from walkcoach.core.plans.state import PlanState, load_state, save_state, state_path
from walkcoach.storage.writer import SessionWriter
from walkcoach.ui.plan.page import PlanPage
from walkcoach.ui.plan.wiring import today_offer

MONDAY = date(2026, 12, 7)
TZ = "Europe/Berlin"


def walk(db: Path, plan_id: str, week_no: int, day: date) -> None:
    plan = find_plan(plan_id)
    assert plan is not None
    program = session_program(plan, week_no, plan.weeks[week_no - 1].sessions[0])
    assert program is not None
    moment = [datetime.combine(day, time(7, 30), tzinfo=ZoneInfo(TZ))]
    writer = SessionWriter(db, clock_wall=lambda: moment[0])
    writer.begin(program, 70.0)
    for p in program.planned_segments():
        moment[0] += timedelta(seconds=p.duration_s)
        writer.segment_ended(p.index, p.segment, p.duration_s)
    writer.finish("completed", program.total_s)
    writer.close()


def make_page(qtbot, data_dir: Path, today: date) -> PlanPage:
    page = PlanPage(data_dir, data_dir / "history.sqlite3", today=lambda: today)
    qtbot.addWidget(page)
    return page


def test_fresh_page_offers_the_builtin_plans_and_starts_one(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    page = make_page(qtbot, data_dir, MONDAY)
    assert page.status is None and set(page.start_buttons) >= {"back-relief", "progression"}
    page.start_buttons["back-relief"].click()
    state = load_state(state_path(data_dir))
    assert state is not None and state.plan_id == "back-relief" and state.started_on == MONDAY
    assert page.status is not None and [t.property("state") for t in page.day_tiles] == [
        "today",
        "coming",
        "coming",
    ]
    assert page.headline.text().startswith("Today: Week 1, day 1: ")
    assert today_offer(page.status) == page.status.today_session.heading  # type: ignore[union-attr]


def test_mid_plan_shows_done_missed_moved_and_badges(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    save_state(state_path(data_dir), PlanState("back-relief", (0, 2, 4), "07:30", TZ, MONDAY))
    db = data_dir / "history.sqlite3"
    for day in (7, 9, 11, 14):
        walk(db, "back-relief", 1 if day < 14 else 2, date(2026, 12, day))
    page = make_page(qtbot, data_dir, date(2026, 12, 17))  # Wednesday 16 missed
    assert [t.property("state") for t in page.day_tiles] == ["done", "today", "coming"]
    assert (
        page.findChild(type(page.headline), "planDecision").text().startswith("Wednesday's session")
    )
    badges = [w.text() for w in page.findChildren(type(page.headline), "planBadge")]
    assert badges == ["★ Week 1"]
    assert page.target_bar is not None and page.target_bar.value() == 15
    page.action_buttons["pause"].click()
    assert page.status is not None and page.status.paused and "resume" in page.action_buttons
    page.action_buttons["resume"].click()
    page.action_buttons["skip"].click()
    assert page.status is not None and [t.property("state") for t in page.day_tiles][1] == "skipped"


def test_a_complete_plan_says_so(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    save_state(state_path(data_dir), PlanState("back-relief", (0, 2, 4), "07:30", TZ, MONDAY))
    db = data_dir / "history.sqlite3"
    for week in range(3):
        for offset in (0, 2, 4):
            walk(db, "back-relief", week + 1, MONDAY + timedelta(days=7 * week + offset))
    page = make_page(qtbot, data_dir, date(2026, 12, 26))
    assert page.status is not None and page.status.complete
    assert page.headline.text() == "Plan complete on Fri 25 Dec: all 3 weeks walked."
    assert len(page.findChildren(type(page.headline), "planBadge")) == 3
    assert not page.action_buttons["skip"].isEnabled()


def test_reminder_fires_at_the_chosen_time_without_waiting(qtbot) -> None:
    from walkcoach.ui.plan.notify import Reminder

    now = datetime(2026, 12, 7, 7, 0).astimezone()
    sent: list[tuple[str, str]] = []
    reminder = Reminder(
        lambda: now + timedelta(minutes=30),
        lambda: ("Time", "Week 1, day 1"),
        lambda: now,
        send=lambda t, b: sent.append((t, b)) or "test",
    )
    assert reminder.interval_ms == 30 * 60 * 1000
    reminder._fire()  # the timer's timeout, called directly: no half-hour wait
    assert sent == [("Time", "Week 1, day 1")]


def test_the_main_window_offers_todays_plan_session_and_has_view_plan(
    qtbot, data_dir: Path, fake_clock
) -> None:
    window = _window_with_a_plan(qtbot, data_dir, fake_clock)
    offer = window.plan_offer
    assert offer is not None
    # Day 1 until Friday; on Saturday and Sunday the days the week still holds (2 and 3).
    assert re.fullmatch(
        r"Today's plan session: Week 1, day [123]: backward 2:00 x 3 on 3 %",
        offer.findChild(QLabel, "planOfferText").text(),
    )
    offer.findChild(QPushButton, "planOfferUse").click()
    assert window.page.picker.current_program().id == "progression-week-1"
    window.plan_action.setChecked(True)
    assert window.page_stack.currentWidget() is window.plan_page


def test_the_plan_offer_waits_while_a_session_runs(qtbot, data_dir: Path, fake_clock) -> None:
    """As the program picker does: Use it would change the program under the session."""
    window = _window_with_a_plan(qtbot, data_dir, fake_clock)
    assert window.plan_offer is not None and not window.plan_offer.isHidden()
    from walkcoach.core import library

    window.controller.start(library.all_programs()[0])
    assert window.plan_offer.isHidden()
    window.controller.stop()  # the offer is made again for what the plan says now
    assert window.plan_offer is not None and not window.plan_offer.isHidden()


def _window_with_a_plan(qtbot, data_dir: Path, fake_clock):
    from walkcoach.core.cues import RecordingCuePlayer
    from walkcoach.core.settings import Settings
    from walkcoach.system.awake import AwakeGuard, NullInhibitor
    from walkcoach.ui.main_window import MainWindow
    from walkcoach.ui.plan.wiring import _after_first_frame
    from walkcoach.ui.session.session import SessionController

    data_dir.mkdir(parents=True, exist_ok=True)
    # Started on this week's Monday: every day of the week has a session then (a plan started
    # on a Saturday or Sunday begins the next Monday, so "today" would have none).
    monday = date.today() - timedelta(days=date.today().weekday())
    save_state(
        state_path(data_dir),
        PlanState("progression", (0, 1, 2, 3, 4, 5, 6), "07:30", TZ, monday),
    )
    settings = Settings(units="kmh")
    controller = SessionController(
        fake_clock,
        RecordingCuePlayer(),
        settings,
        AwakeGuard(NullInhibitor("tests keep the screen as it is")),
    )
    window = MainWindow(controller, settings, save_settings=lambda: None)
    qtbot.addWidget(window)
    _after_first_frame(window)  # what the first painted frame sets off, called at once
    return window


def test_the_exported_calendar_file_follows_the_plan_when_it_moves(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    import icalendar

    data_dir.mkdir(parents=True, exist_ok=True)
    ics = tmp_path / "plan.ics"
    save_state(
        state_path(data_dir),
        PlanState("back-relief", (0, 2, 4), "07:30", TZ, MONDAY, ics_path=str(ics)),
    )
    page = make_page(qtbot, data_dir, MONDAY)
    assert len(list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))) == 9
    page.action_buttons["skip"].click()  # the plan moved: the file is written again
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert len(events) == 8 and str(events[0]["SUMMARY"]).startswith("Week 1, day 2")

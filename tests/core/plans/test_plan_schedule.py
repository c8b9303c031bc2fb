"""The plan's calendar on a fake calendar: sessions written into a real SQLite history with the
storage API, then the schedule worked out for a chosen "today" (no sleeping)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from walkcoach.core import i18n
from walkcoach.core.holdback import hold_back
from walkcoach.core.plans.builtin import find_plan, session_program
from walkcoach.core.plans.model import Plan
from walkcoach.core.plans.schedule import (
    COMING,
    DONE,
    MISSED,
    SKIPPED,
    TODAY,
    PlanStatus,
    plan_status,
)
from walkcoach.core.plans.state import PlanState, load_state, save_state
from walkcoach.core.records import SessionRecord
from walkcoach.storage.db import open_database
from walkcoach.storage.history import list_sessions
from walkcoach.storage.writer import SessionWriter

TZ = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 12, 7)


class History:
    """A real history database, written the way the app writes a session."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "history.sqlite3"
        self.moment = datetime(2026, 1, 1, tzinfo=UTC)
        self.writer = SessionWriter(self.path, clock_wall=lambda: self.moment)

    def walk(
        self,
        plan: Plan,
        week_no: int,
        day: date,
        *,
        fraction: float = 1.0,
        stopped: bool = False,
        rpe: int | None = None,
        pain: bool = False,
    ) -> None:
        program = session_program(plan, week_no, plan.weeks[week_no - 1].sessions[0])
        assert program is not None
        self.moment = datetime.combine(day, time(7, 30), tzinfo=TZ)
        self.writer.begin(program, 70.0)
        walked = 0.0
        for planned in program.planned_segments():
            actual = planned.duration_s * fraction
            self.moment += timedelta(seconds=actual)
            self.writer.segment_ended(planned.index, planned.segment, actual)
            walked += actual
        self.writer.finish("stopped" if stopped else "completed", walked)
        if rpe is not None or pain:
            self.writer.annotate(None, rpe=rpe, pain=pain)

    def sessions(self) -> list[SessionRecord]:
        conn, _ = open_database(self.path)
        try:
            return list_sessions(conn)
        finally:
            conn.close()


@pytest.fixture
def history(tmp_path: Path) -> History:
    return History(tmp_path)


def _state(plan_id: str = "back-relief", start: date = MONDAY, **kw: object) -> PlanState:
    return PlanState(plan_id, (0, 2, 4), "07:30", "Europe/Berlin", start, **kw)  # type: ignore[arg-type]


def _status(
    history: History, today: date, state: PlanState | None = None, plan_id: str = "back-relief"
) -> PlanStatus:
    plan = find_plan(plan_id)
    assert plan is not None
    return plan_status(plan, state or _state(plan_id), history.sessions(), today, TZ)


def _states(status: PlanStatus) -> list[tuple[str, date | None]]:
    assert status.week is not None
    return [(s.state, s.day) for s in status.week.sessions]


def test_three_weeks_of_sessions_complete_the_back_relief_plan(history: History) -> None:
    plan = find_plan("back-relief")
    assert plan is not None
    first = _status(history, MONDAY)
    assert first.today_session is not None and first.today_session.heading.startswith(
        "Week 1, day 1: "
    )
    for week in range(3):
        for offset in (0, 2, 4):
            day = MONDAY + timedelta(days=7 * week + offset)
            assert not _status(history, day).complete
            history.walk(plan, week + 1, day)
    done = _status(history, MONDAY + timedelta(days=19))
    assert done.complete and done.completed_on == date(2026, 12, 25)
    assert [b.week_no for b in done.badges] == [1, 2, 3]
    assert done.headline == "Plan complete on Fri 25 Dec: all 3 weeks walked."
    assert done.coming() == []


def test_a_missed_wednesday_moves_to_thursday(history: History) -> None:
    plan = find_plan("back-relief")
    assert plan is not None
    history.walk(plan, 1, MONDAY)
    status = _status(history, date(2026, 12, 10))
    assert _states(status) == [
        (DONE, MONDAY),
        (TODAY, date(2026, 12, 10)),
        (COMING, date(2026, 12, 11)),
    ]
    assert status.decisions[-1].text == (
        "Wednesday's session (week 1, day 2) was not walked: moved to Thu 10 Dec, the next free day."
    )


def test_never_two_on_one_day_and_never_past_the_week(history: History) -> None:
    # Nothing walked all week: each session slides to a free day until none is left.
    status = _status(history, date(2026, 12, 13))  # Sunday
    days = [d for _, d in _states(status)]
    assert len(set(days)) == 3
    assert all(d is not None and d <= date(2026, 12, 13) for d in days)
    late = _status(history, date(2026, 12, 14))  # the week ended: walked again
    assert late.week is not None and late.week.week_no == 1 and late.week.attempt == 2
    assert "ended with 0 of 3 sessions done: it is walked again" in late.decisions[-1].text


def test_a_missed_session_with_no_free_day_left_stays_missed(history: History) -> None:
    plan = find_plan("back-relief")
    assert plan is not None
    for day in (7, 9, 11):
        history.walk(plan, 1, date(2026, 12, day))
    for day in (14, 16):
        history.walk(plan, 2, date(2026, 12, day))
    # Friday 18, Saturday 19 missed: the session is on Sunday; after Sunday, no day is left.
    sunday = _status(history, date(2026, 12, 20))
    assert _states(sunday)[2] == (TODAY, date(2026, 12, 20))
    history.moment = datetime(2026, 12, 21, tzinfo=UTC)
    after = _status(history, date(2026, 12, 21))
    assert any("no free day is left this week: it stays missed" in d.text for d in after.decisions)
    assert after.week is not None and after.week.week_no == 2 and after.week.attempt == 2


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ({"stopped": True, "fraction": 0.4}, "was cut short"),
        ({"rpe": 10}, "felt very hard"),
        ({"pain": True}, "was marked with pain"),
    ],
)
def test_a_hard_painful_or_cut_short_last_session_holds_the_week(
    history: History, how: dict, words: str
) -> None:
    plan = find_plan("back-relief")
    assert plan is not None
    history.walk(plan, 1, date(2026, 12, 7))
    history.walk(plan, 1, date(2026, 12, 9))
    history.walk(plan, 1, date(2026, 12, 11), **how)
    if how.get("stopped"):
        history.walk(plan, 1, date(2026, 12, 12), rpe=9)  # made up on Saturday, very hard
    status = _status(history, date(2026, 12, 14))
    assert status.week is not None and status.week.week_no == 1, status.decisions
    held = [d.text for d in status.decisions if "is walked again" in d.text]
    assert held and (words in held[-1] or "felt very hard" in held[-1])
    assert status.badges == []


def test_the_plan_and_the_progression_coach_share_one_hold_back_rule(history: History) -> None:
    plan = find_plan("back-relief")
    assert plan is not None
    history.walk(plan, 1, MONDAY, stopped=True, fraction=0.3)
    records = history.sessions()
    assert hold_back(records, MONDAY, TZ) is None  # the coach looks at what was walked instead
    held = hold_back(records, MONDAY, TZ, cut_short=True)
    assert held is not None and held.rule == "short"


def test_a_cut_short_session_moves_on_like_a_missed_one(history: History) -> None:
    plan = find_plan("back-relief")
    assert plan is not None
    history.walk(plan, 1, MONDAY, stopped=True, fraction=0.3)
    status = _status(history, date(2026, 12, 8))
    assert _states(status)[0] == (TODAY, date(2026, 12, 8))
    assert status.decisions[-1].text == (
        "Monday's session (week 1, day 1) was cut short: moved to Tue 08 Dec, the next free day."
    )


def test_pause_counts_nothing_as_missed_and_resume_in_a_later_week_starts_it_over(
    history: History,
) -> None:
    state = _state().with_event(date(2026, 12, 8), "pause")
    paused = _status(history, date(2026, 12, 20), state)
    assert paused.paused and paused.today_session is None
    assert not any("was not walked" in d.text for d in paused.decisions if d.on > date(2026, 12, 8))
    state = state.with_event(date(2026, 12, 21), "resume")
    back = _status(history, date(2026, 12, 21), state)
    assert back.week is not None and back.week.week_no == 1
    assert _states(back) == [
        (TODAY, date(2026, 12, 21)),
        (COMING, date(2026, 12, 23)),
        (COMING, date(2026, 12, 25)),
    ]
    assert "starts over" in back.decisions[-1].text


def test_skip_marks_the_next_session_and_the_week_can_complete_without_it(history: History) -> None:
    plan = find_plan("back-relief")
    assert plan is not None
    history.walk(plan, 1, MONDAY)
    state = _state().with_event(date(2026, 12, 9), "skip")
    history.walk(plan, 1, date(2026, 12, 11))
    status = _status(history, date(2026, 12, 14), state)
    assert [b.week_no for b in status.badges] == [1]
    assert status.week is not None and status.week.week_no == 2
    assert any("You skipped week 1, day 2" in d.text for d in status.decisions)


def test_restart_week_clears_the_week_from_that_day(history: History) -> None:
    plan = find_plan("back-relief")
    assert plan is not None
    history.walk(plan, 1, MONDAY)
    weekdays = PlanState("back-relief", (0, 1, 2, 3, 4), "07:30", "Europe/Berlin", MONDAY)
    state = weekdays.with_event(date(2026, 12, 8), "restart_week")
    status = _status(history, date(2026, 12, 8), state)
    assert _states(status) == [
        (TODAY, date(2026, 12, 8)),
        (COMING, date(2026, 12, 9)),
        (COMING, date(2026, 12, 10)),
    ]
    late = _state().with_event(date(2026, 12, 12), "restart_week")  # Saturday: too late this week
    status = _status(history, date(2026, 12, 12), late)
    assert status.week is None and status.ahead[0].monday == date(2026, 12, 14)
    assert "starts again on Mon 14 Dec" in status.decisions[-1].text


def test_a_plan_started_late_in_the_week_starts_next_monday(history: History) -> None:
    status = _status(history, date(2026, 12, 10), _state(start=date(2026, 12, 10)))
    assert status.week is None and status.starts_on == date(2026, 12, 14)
    assert status.next_session is not None and status.next_session.day == date(2026, 12, 14)
    assert "Week 1 starts on Mon 14 Dec" in status.decisions[0].text


def test_the_progression_plan_offers_its_growing_bouts(history: History) -> None:
    plan = find_plan("progression")
    assert plan is not None
    for offset in (0, 2, 4):
        history.walk(plan, 1, MONDAY + timedelta(days=offset))
    status = _status(history, date(2026, 12, 14), plan_id="progression")
    assert status.today_session is not None
    assert status.today_session.heading == "Week 2, day 1: backward 2:30 x 3 on 3 %"


def test_the_weekly_target_counts_everything_walked_this_week(history: History) -> None:
    plan = find_plan("back-relief")
    assert plan is not None
    history.walk(plan, 1, MONDAY)
    status = _status(history, date(2026, 12, 9))
    assert status.target is not None and status.target.backward_minutes == 45
    assert status.backward_min == pytest.approx(15.0)
    assert status.walked_min == pytest.approx(22.5)


def test_missed_and_skipped_are_states_of_their_own() -> None:
    assert {DONE, MISSED, SKIPPED} < {"done", "missed", "skipped", "today", "coming"}


def test_the_state_file_round_trips_atomically(tmp_path: Path) -> None:
    state = _state().with_event(date(2026, 12, 9), "pause")
    path = save_state(tmp_path / "plan.json", state)
    assert load_state(path) == state
    assert not list(tmp_path.glob(".plan.json.*"))


def _bracketed(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return "[" + (i18n.english_count(text, n) if n >= 0 else text) + "]"


def _all_bracketed(text: str) -> bool:
    while "[" in text:
        text = re.sub(r"\[[^\[\]]*\]", "", text)
    return not re.search(r"[A-Za-z]", text)


def test_decisions_and_headline_are_translated_whole(history: History) -> None:
    """A missed session, a week held back and a late start: every sentence the plan page shows
    goes through the translation hook whole (no English outside the translated templates)."""
    plan = find_plan("back-relief")
    assert plan is not None
    for day in (7, 9, 11):
        history.walk(plan, 1, date(2026, 12, day))
    history.walk(plan, 2, date(2026, 12, 14), rpe=10)
    i18n.set_translator(_bracketed)
    try:
        status = _status(history, date(2026, 12, 22), _state(start=MONDAY + timedelta(days=4)))
        texts = [d.text for d in status.decisions] + [status.headline]  # made when read
    finally:
        i18n.reset()
    assert len(texts) >= 4
    assert [t for t in texts if not _all_bracketed(t)] == []

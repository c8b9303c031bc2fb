"""The ICS export read back by a real iCalendar library."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from walkcoach.core.plans.builtin import find_plan
from walkcoach.core.plans.ics import plan_to_ics
from walkcoach.core.plans.schedule import plan_status
from walkcoach.core.plans.state import PlanState


def test_a_fresh_back_relief_plan_exports_nine_sessions_with_alarms() -> None:
    plan = find_plan("back-relief")
    assert plan is not None
    # March 2027: Berlin changes to summer time on Sunday 28 March, inside the plan.
    state = PlanState("back-relief", (0, 2, 4), "07:30", "Europe/Berlin", date(2027, 3, 15), 15)
    status = plan_status(plan, state, [], date(2027, 3, 15), ZoneInfo("Europe/Berlin"))
    text = plan_to_ics(status, now=datetime(2027, 3, 15, 6, tzinfo=UTC))
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cal = icalendar.Calendar.from_ical(text)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 9
    starts = [e.decoded("DTSTART") for e in events]
    expected_days = [date(2027, 3, d) for d in (15, 17, 19, 22, 24, 26, 29, 31)] + [
        date(2027, 4, 2)
    ]
    assert [s.date() for s in starts] == expected_days
    assert all((s.hour, s.minute) == (7, 30) for s in starts)
    assert {str(e["DTSTART"].params["TZID"]) for e in events} == {"Europe/Berlin"}
    assert starts[0].utcoffset() == timedelta(hours=1) and starts[-1].utcoffset() == timedelta(
        hours=2
    )
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    for event in events:
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and alarms[0]["ACTION"] == "DISPLAY"
        assert alarms[0].decoded("TRIGGER") == timedelta(minutes=-15)
    assert str(events[3]["SUMMARY"]).startswith("Week 2, day 1: Back relief walk")
    assert len({str(e["UID"]) for e in events}) == 9

"""The plan's coming sessions as an iCalendar file (RFC 5545) for the user's own calendar.

Each session is a VEVENT at the plan's time of day in its time zone (a TZID with a VTIMEZONE
built from the zone's own offsets over the plan's dates, so any calendar places it right) and
a VALARM ``alarm_before_min`` minutes before. UIDs are stable per plan week and day, so
importing a re-export after the plan moved updates the events instead of doubling them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from walkcoach.core.plans.builtin import session_program
from walkcoach.core.plans.schedule import PlanStatus

PRODID = "-//WalkCoach//Training plans//EN"


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> list[str]:
    """RFC 5545 3.1: lines of at most 75 octets, continued with a space."""
    out: list[str] = []
    data = line.encode("utf-8")
    while len(data) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        out.append(data[:cut].decode("utf-8"))
        data = data[cut:]
    out.append(data.decode("utf-8"))
    return [out[0]] + [" " + part for part in out[1:]]


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}{minutes % 60:02d}"


def _timezone(tz_name: str, tz: tzinfo, first: date, last: date) -> list[str]:
    """A VTIMEZONE with one STANDARD/DAYLIGHT part per offset change between ``first`` and
    ``last`` (found hour by hour from the zone itself), plus the offset in force at the start."""
    start = datetime.combine(first - timedelta(days=1), time(0), tzinfo=UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=UTC)
    moment = start
    before = moment.astimezone(tz)
    parts = [
        (
            before.replace(tzinfo=None),
            before.utcoffset() or timedelta(),
            before.utcoffset() or timedelta(),
            bool(before.dst()),
        )
    ]
    while moment < end:
        moment += timedelta(hours=1)
        now = moment.astimezone(tz)
        if now.utcoffset() != before.utcoffset():
            parts.append(
                (
                    now.replace(tzinfo=None, minute=0, second=0),
                    before.utcoffset() or timedelta(),
                    now.utcoffset() or timedelta(),
                    bool(now.dst()),
                )
            )
        before = now
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tz_name}"]
    for local_start, offset_from, offset_to, is_dst in parts:
        kind = "DAYLIGHT" if is_dst else "STANDARD"
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{local_start:%Y%m%dT%H%M%S}",
            f"TZOFFSETFROM:{_offset(offset_from)}",
            f"TZOFFSETTO:{_offset(offset_to)}",
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return lines


def plan_to_ics(status: PlanStatus, *, now: datetime) -> str:
    """The coming sessions of ``status`` (today's first) as the text of an .ics file."""
    state, plan = status.state, status.plan
    tz = ZoneInfo(state.tz_name)
    hour, minute = (int(x) for x in state.time.split(":"))
    sessions = status.coming()
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape('WalkCoach: ' + plan.name)}",
    ]
    if sessions:
        days = [s.day for s in sessions if s.day is not None]
        lines += _timezone(state.tz_name, tz, min(days), max(days))
    for s in sessions:
        assert s.day is not None
        program = session_program(plan, s.week_no, s.session)
        minutes = max(1, round(program.total_s / 60)) if program is not None else 30
        begin = datetime.combine(s.day, time(hour, minute))
        uid = f"{plan.id}-{state.started_on:%Y%m%d}-w{s.week_no}-d{s.number}@walkcoach"
        description = f"{plan.name}. Open WalkCoach and start this session from the Plan page."
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;TZID={state.tz_name}:{begin:%Y%m%dT%H%M%S}",
            f"DURATION:PT{minutes}M",
            f"SUMMARY:{_escape(s.heading)}",
            f"DESCRIPTION:{_escape(description)}",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{_escape(s.heading)}",
            f"TRIGGER:-PT{state.alarm_before_min}M",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))

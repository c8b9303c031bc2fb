"""The plan's calendar: which session falls on which day, worked out from the history.

Everything is replayed day by day from the plan's start to ``today`` (an argument, so tests
run weeks in a moment), using only the plan state (choices and actions) and the history:

* Week 1 starts in the week the plan was started when the chosen weekdays left in it hold all
  its sessions, else on the next Monday. Each plan week fills one calendar week (Monday-Sunday);
  its sessions go on the chosen weekdays in order.
* A session counts as done when a session of its program is recorded *completed* that week, on
  any day (one plan session a day at most). A session cut short is not done.
* A session not done by the end of its day (missed, or cut short) moves to the next free day of
  the same week: a day with no other plan session planned or walked. Never two on one day, and
  never past the week's Sunday: with no free day left it stays missed.
* When all the week's sessions are done (or skipped) the week is complete and the next one
  follows on the next Monday -- unless a hold-back rule (:mod:`walkcoach.core.holdback`, the
  progression coach's rules: pain, very hard, cut short) holds the plan at this week, which is
  then walked again. A week that ends with sessions still to do is walked again too.
* Pause: no day counts while paused. Resumed in the same week, the sessions left go on the free
  days left; resumed in a later week, the week starts over. Restart week: the week's sessions
  start over from that day (or the next Monday when the days left cannot hold them).
  Skip: the next session to do is marked skipped; the week may complete without it.

Every decision is kept as one plain sentence (:attr:`PlanStatus.decisions`).

Past 400 lines as one piece: which session falls on which day, what counts as done, missed or
skipped and the weekly target are one calculation over the same history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo

from walkcoach.core import counted
from walkcoach.core.datewords import weekday_day_month, weekday_name
from walkcoach.core.holdback import HoldBack, hold_back
from walkcoach.core.i18n import translate
from walkcoach.core.plans.builtin import session_program_id, session_title
from walkcoach.core.plans.model import Plan, PlanSession, WeeklyTarget
from walkcoach.core.plans.state import PlanState
from walkcoach.core.records import FINAL_STATUSES, STATUS_COMPLETED, SessionRecord
from walkcoach.core.stats import iso_week_start, local_date

DONE, MISSED, TODAY, COMING, SKIPPED = "done", "missed", "today", "coming", "skipped"
SESSION_STATES = (DONE, MISSED, TODAY, COMING, SKIPPED)


# The plan page's sentences are made here, translated as they are made (context "Plans", the
# built-in plans' own context: one place for a translator of plan texts).
def _day(day: date) -> str:
    return weekday_day_month(day)


@dataclass
class PlannedSession:
    """One session of a plan week on the calendar."""

    week_no: int  # 1-based plan week
    number: int  # 1-based "day" of the plan week
    session: PlanSession
    title: str
    program_id: str
    day: date | None  # planned day, or the day it was walked / skipped / missed
    state: str = COMING  # one of SESSION_STATES
    record_id: int | None = None
    moved_from: date | None = None

    @property
    def heading(self) -> str:
        """``Week 2, day 1: backward 2:30 x 3``."""
        heading = translate("Plans", "Week {week}, day {day}: {title}")
        return heading.format(week=self.week_no, day=self.number, title=self.title)


@dataclass
class WeekView:
    week_no: int
    monday: date
    sessions: list[PlannedSession]
    attempt: int = 1  # 2 when the week is walked again

    @property
    def done_count(self) -> int:
        return sum(1 for s in self.sessions if s.state in (DONE, SKIPPED))


@dataclass(frozen=True)
class Decision:
    on: date
    text: str  # one sentence


@dataclass(frozen=True)
class Badge:
    week_no: int
    completed_on: date


@dataclass
class PlanStatus:
    plan: Plan
    state: PlanState
    today: date
    week: WeekView | None  # the plan week in today's calendar week (None: none there)
    ahead: list[WeekView]  # the weeks after it, as they will fall if all goes to plan
    badges: list[Badge]
    decisions: list[Decision]
    complete: bool = False
    completed_on: date | None = None
    paused: bool = False
    walked_min: float = 0.0  # everything walked in today's calendar week
    backward_min: float = 0.0
    plan_done: int = 0  # plan sessions done or skipped so far
    starts_on: date | None = None  # the first Monday of week 1 when it is still ahead
    notes: list[str] = field(default_factory=list)

    @property
    def target(self) -> WeeklyTarget | None:
        return self.plan.weekly_target

    @property
    def today_session(self) -> PlannedSession | None:
        if self.week is None or self.paused or self.complete:
            return None
        return next((s for s in self.week.sessions if s.state == TODAY), None)

    @property
    def next_session(self) -> PlannedSession | None:
        """Today's session, else the next one coming."""
        for view in ([self.week] if self.week else []) + self.ahead:
            for s in view.sessions:
                if s.state in (TODAY, COMING):
                    return s
        return None

    def coming(self) -> list[PlannedSession]:
        """Every session still ahead, today's first, in calendar order."""
        out: list[PlannedSession] = []
        for view in ([self.week] if self.week else []) + self.ahead:
            out.extend(s for s in view.sessions if s.state in (TODAY, COMING) and s.day)
        return out

    @property
    def headline(self) -> str:
        """The plan's state in one sentence."""
        if self.complete:
            weeks = len(self.plan.weeks)
            if self.completed_on:
                text = counted.translate(
                    "Plans", "Plan complete on {day}: all %n week(s) walked.", None, weeks
                )
                return text.format(day=_day(self.completed_on))
            return counted.translate("Plans", "Plan complete: all %n week(s) walked.", None, weeks)
        if self.paused:
            return translate("Plans", "The plan is paused: nothing is missed until you resume it.")
        today = self.today_session
        if today is not None:
            return translate("Plans", "Today: {session}.").format(session=today.heading)
        upcoming = self.next_session
        if upcoming is not None and upcoming.day is not None:
            text = translate("Plans", "Next: {session}, {day}.")
            return text.format(session=upcoming.heading, day=_day(upcoming.day))
        return translate(
            "Plans", "No session left this week: the week is walked again from Monday."
        )


def _fits(days: Sequence[int], begin: date, count: int) -> bool:
    sunday = iso_week_start(begin) + timedelta(days=6)
    return sum(1 for d in _dates(begin, sunday) if d.weekday() in days) >= count


def _dates(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _next_monday(day: date) -> date:
    return iso_week_start(day) + timedelta(days=7)


def _repeated_because(rule: str) -> str:
    """Why a week is walked again, one whole sentence per hold-back rule (core.holdback)."""
    if rule == "pain":
        return translate(
            "Plans",
            "Week {week} is walked again from {monday} because your last session ({day}) was "
            "marked with pain.",
        )
    if rule == "pain_recent":
        return translate(
            "Plans",
            "Week {week} is walked again from {monday} because a session on {day} was marked "
            "with pain.",
        )
    if rule == "hard":
        return translate(
            "Plans",
            "Week {week} is walked again from {monday} because your last session ({day}) felt "
            "very hard.",
        )
    return translate(
        "Plans",
        "Week {week} is walked again from {monday} because your last session ({day}) was cut "
        "short.",
    )


class _Replay:
    """Walks the calendar from the plan's start to ``today``; see the module docstring."""

    def __init__(
        self,
        plan: Plan,
        state: PlanState,
        history: Sequence[SessionRecord],
        today: date,
        tz: tzinfo | None,
    ) -> None:
        self.plan, self.state, self.today, self.tz = plan, state, today, tz
        self.days = state.days
        self.decisions: list[Decision] = []
        self.badges: list[Badge] = []
        self.finished = [s for s in history if s.status in FINAL_STATUSES]
        ids = {
            session_program_id(plan, n, s)
            for n, week in enumerate(plan.weeks, start=1)
            for s in week.sessions
        }
        self.plan_records = sorted(
            (
                s
                for s in self.finished
                if s.program_id in ids and local_date(s.started_at, tz) >= state.started_on
            ),
            key=lambda s: (s.started_at, s.id),
        )
        self.by_day: dict[date, list[SessionRecord]] = defaultdict(list)
        for record in self.plan_records:
            self.by_day[local_date(record.started_at, tz)].append(record)
        self.events: dict[date, list[str]] = defaultdict(list)
        for event in state.events:
            self.events[event.on].append(event.action)

    def say(self, on: date, text: str) -> None:
        self.decisions.append(Decision(on, text))

    def new_week(self, index: int, monday: date) -> WeekView:
        week_no = index + 1
        sessions = [
            PlannedSession(
                week_no,
                n,
                s,
                session_title(self.plan, week_no, s),
                session_program_id(self.plan, week_no, s),
                None,
            )
            for n, s in enumerate(self.plan.weeks[index].sessions, start=1)
        ]
        return WeekView(week_no, monday, sessions)

    def place(self, view: WeekView, begin: date) -> None:
        """Put the sessions still to do on the chosen weekdays from ``begin``, then on any free
        day, in order; what finds no day is left without one."""
        sunday = view.monday + timedelta(days=6)
        taken = {s.day for s in view.sessions if s.state in (DONE, SKIPPED, MISSED)}
        taken |= self.used_days
        todo = [s for s in view.sessions if s.state in (TODAY, COMING)]
        span = [d for d in _dates(max(begin, view.monday), sunday) if d not in taken]
        chosen = [d for d in span if d.weekday() in self.days]
        spare = [d for d in span if d.weekday() not in self.days]
        for s, d in zip(
            todo,
            sorted(chosen[: len(todo)] + spare[: max(0, len(todo) - len(chosen))]),
            strict=False,
        ):
            s.day = d
        for s in todo[len(chosen) + len(spare) :]:
            s.day = None

    def run(self) -> PlanStatus:
        plan, state, today = self.plan, self.state, self.today
        first = plan.weeks[0]
        if _fits(self.days, state.started_on, len(first.sessions)):
            monday, begin = iso_week_start(state.started_on), state.started_on
        else:
            monday = begin = _next_monday(state.started_on)
            self.say(
                state.started_on,
                translate(
                    "Plans",
                    "Week 1 starts on {day}: the days you chose left in this week cannot hold "
                    "all its sessions.",
                ).format(day=_day(monday)),
            )
        index, attempt = 0, 1
        paused = False
        paused_since: date | None = None
        complete_on: date | None = None
        view: WeekView | None = None
        shown: WeekView | None = None  # a week complete before its Sunday is still shown
        while True:
            view = self.new_week(index, monday)
            view.attempt = attempt
            self.used_days: set[date] = set()
            self.place(view, begin)
            sunday = monday + timedelta(days=6)
            outcome: str | None = None  # "complete", "repeat", "restart" once decided
            for day in _dates(monday, min(sunday, today)):
                for action in self.events.get(day, []):
                    if action == "pause" and not paused:
                        paused, paused_since = True, day
                        self.say(
                            day,
                            translate(
                                "Plans",
                                "You paused the plan on {day}: no session counts as missed "
                                "until you resume it.",
                            ).format(day=_day(day)),
                        )
                    elif action == "resume" and paused:
                        paused = False
                        if paused_since is not None and iso_week_start(paused_since) != monday:
                            for s in view.sessions:
                                s.state, s.record_id, s.moved_from = COMING, None, None
                            self.used_days = set()
                            self.say(
                                day,
                                translate(
                                    "Plans",
                                    "You resumed the plan on {day} after a pause in an earlier "
                                    "week: week {week} starts over.",
                                ).format(day=_day(day), week=view.week_no),
                            )
                        else:
                            self.say(
                                day,
                                translate(
                                    "Plans",
                                    "You resumed the plan on {day}: the sessions left this week "
                                    "go on the free days left.",
                                ).format(day=_day(day)),
                            )
                        if (
                            not _fits(
                                self.days,
                                day,
                                sum(1 for s in view.sessions if s.state in (TODAY, COMING)),
                            )
                            and iso_week_start(paused_since or day) != monday
                        ):
                            outcome, begin = "restart", _next_monday(day)
                            self.say(
                                day,
                                translate(
                                    "Plans",
                                    "Week {week} starts on {day}: the days left this week cannot "
                                    "hold its sessions.",
                                ).format(week=view.week_no, day=_day(begin)),
                            )
                            break
                        self.place(view, day)
                    elif action == "restart_week" and not paused:
                        for s in view.sessions:
                            s.state, s.record_id, s.moved_from = COMING, None, None
                        self.used_days = set()
                        if _fits(self.days, day, len(view.sessions)):
                            self.place(view, day)
                            self.say(
                                day,
                                translate(
                                    "Plans",
                                    "You restarted week {week} on {day}: all its sessions are to "
                                    "do again from today.",
                                ).format(week=view.week_no, day=_day(day)),
                            )
                        else:
                            outcome, begin = "restart", _next_monday(day)
                            self.say(
                                day,
                                translate(
                                    "Plans",
                                    "You restarted week {week}: it starts again on {day}, as the "
                                    "days left this week cannot hold its sessions.",
                                ).format(week=view.week_no, day=_day(begin)),
                            )
                            break
                    elif action == "skip" and not paused:
                        todo = [s for s in view.sessions if s.state in (TODAY, COMING)]
                        if todo:
                            target = todo[0]
                            target.state, target.day = SKIPPED, day
                            self.used_days.add(day)
                            self.say(
                                day,
                                translate(
                                    "Plans",
                                    "You skipped week {week}, day {day}: the week can be "
                                    "complete without it.",
                                ).format(week=view.week_no, day=target.number),
                            )
                            self.place(view, day + timedelta(days=1))
                if outcome is not None:
                    break
                if paused:
                    continue
                records = self.by_day.get(day, [])
                attempt_record = None
                for record in records:
                    todo = [
                        s
                        for s in view.sessions
                        if s.state in (TODAY, COMING) and s.program_id == record.program_id
                    ]
                    if not todo:
                        continue
                    if day in self.used_days:
                        break  # one plan session a day
                    if record.status == STATUS_COMPLETED:
                        # The one planned for today if it matches, else the next in order.
                        s = next((t for t in todo if t.day == day), todo[0])
                        if s.day != day and s.day is not None and s.day > day:
                            self.say(
                                day,
                                translate(
                                    "Plans", "Week {week}, day {number} was walked early, on {day}."
                                ).format(week=view.week_no, number=s.number, day=_day(day)),
                            )
                        freed = s.day
                        s.state, s.day, s.record_id = DONE, day, record.id
                        self.used_days.add(day)
                        if freed != day:
                            others = [
                                t
                                for t in view.sessions
                                if t.state in (TODAY, COMING) and t.day == day
                            ]
                            for t in others:  # the one planned today moves on
                                t.day = freed
                        attempt_record = None
                        break
                    attempt_record = record
                if attempt_record is not None and day not in self.used_days:
                    self.used_days.add(day)  # tried today: the session moves to another day
                # The end of the day: what was due and not done moves on.
                if day < today:
                    for s in view.sessions:
                        if s.state in (TODAY, COMING) and s.day == day:
                            self.move(view, s, day, attempt_record)
                if all(s.state in (DONE, SKIPPED) for s in view.sessions):
                    last_done = max((s.day for s in view.sessions if s.day), default=day)
                    outcome = self.end_week(view, index, last_done)
                    if outcome == "complete" and index == len(plan.weeks) - 1:
                        complete_on = last_done
                    break
            shown = view if outcome in ("complete", "repeat") else None
            if complete_on is not None:
                break
            if outcome is None and sunday < today and not paused:
                done = view.done_count
                self.say(
                    sunday,
                    counted.translate(
                        "Plans",
                        "Week {week} ended with {done} of %n session(s) done: it is walked again "
                        "from {day}.",
                        None,
                        len(view.sessions),
                    ).format(week=view.week_no, done=done, day=_day(sunday + timedelta(days=1))),
                )
                outcome = "repeat"
            if outcome is None:
                if sunday < today and paused:
                    # A paused plan waits in the week it was paused in; nothing moves on.
                    monday, begin = sunday + timedelta(days=1), sunday + timedelta(days=1)
                    continue
                break  # today is in this week: the replay has arrived
            if outcome == "complete":
                index, attempt = index + 1, 1
                monday = begin = sunday + timedelta(days=1)
            elif outcome == "repeat":
                attempt += 1
                monday = begin = sunday + timedelta(days=1)
            else:  # restart: begin was set
                monday = iso_week_start(begin)
            if monday > today:
                view = None
                break
        return self.status(view, shown, index, monday, paused, complete_on)

    def move(
        self, view: WeekView, s: PlannedSession, day: date, tried: SessionRecord | None
    ) -> None:
        sunday = view.monday + timedelta(days=6)
        taken = {t.day for t in view.sessions if t is not s and t.day is not None} | self.used_days
        free = [d for d in _dates(day + timedelta(days=1), sunday) if d not in taken]
        cut_short = tried is not None and tried.program_id == s.program_id
        figures = {"weekday": weekday_name(day), "week": view.week_no, "number": s.number}
        if free:
            s.moved_from, s.day = s.moved_from or day, free[0]
            if cut_short:
                text = translate(
                    "Plans",
                    "{weekday}'s session (week {week}, day {number}) was cut short: moved to "
                    "{day}, the next free day.",
                )
            else:
                text = translate(
                    "Plans",
                    "{weekday}'s session (week {week}, day {number}) was not walked: moved to "
                    "{day}, the next free day.",
                )
            self.say(day, text.format(day=_day(free[0]), **figures))
            # Keep the week's sessions in their order on the calendar (day 2 before day 3).
            todo = [t for t in view.sessions if t.state in (TODAY, COMING) and t.day is not None]
            for t, d in zip(todo, sorted(t.day for t in todo if t.day is not None), strict=True):
                t.day = d
        else:
            s.state = MISSED
            if cut_short:
                text = translate(
                    "Plans",
                    "{weekday}'s session (week {week}, day {number}) was cut short, and no free "
                    "day is left this week: it stays missed.",
                )
            else:
                text = translate(
                    "Plans",
                    "{weekday}'s session (week {week}, day {number}) was not walked, and no free "
                    "day is left this week: it stays missed.",
                )
            self.say(day, text.format(**figures))

    def end_week(self, view: WeekView, index: int, last_day: date) -> str:
        held: HoldBack | None = hold_back(
            [r for r in self.plan_records if local_date(r.started_at, self.tz) <= last_day],
            last_day,
            self.tz,
            cut_short=True,
        )
        monday_after = view.monday + timedelta(days=7)
        if held is not None:
            text = _repeated_because(held.rule).format(
                week=view.week_no,
                monday=_day(monday_after),
                day=_day(local_date(held.session.started_at, self.tz)),
            )
            self.say(last_day, text)
            return "repeat"
        self.badges.append(Badge(view.week_no, last_day))
        if index == len(self.plan.weeks) - 1:
            text = translate(
                "Plans", "Week {week} done, the last of the plan: the plan is complete."
            )
            self.say(last_day, text.format(week=view.week_no))
        else:
            self.say(
                last_day,
                translate("Plans", "Week {week} done: week {next} starts on {day}.").format(
                    week=view.week_no, next=view.week_no + 1, day=_day(monday_after)
                ),
            )
        return "complete"

    def status(
        self,
        view: WeekView | None,
        shown: WeekView | None,
        index: int,
        monday: date,
        paused: bool,
        complete_on: date | None,
    ) -> PlanStatus:
        today = self.today
        plan = self.plan
        done_before = sum(len(plan.weeks[b.week_no - 1].sessions) for b in self.badges)
        week: WeekView | None = None
        ahead: list[WeekView] = []
        starts_on = None
        if complete_on is None:
            if view is not None and iso_week_start(today) == view.monday:
                week = view
                for s in week.sessions:
                    if s.state in (TODAY, COMING) and s.day is not None:
                        s.state = TODAY if s.day == today else COMING
                next_index, next_monday = index + 1, view.monday + timedelta(days=7)
            else:
                if shown is not None and shown.monday == iso_week_start(today):
                    week = shown
                next_index, next_monday = index, monday
                starts_on = monday if index == 0 and not self.badges else None
            for i in range(next_index, len(plan.weeks)):
                future = self.new_week(i, next_monday)
                self.used_days = set()
                self.place(future, next_monday)
                ahead.append(future)
                next_monday += timedelta(days=7)
        elif shown is not None and shown.monday == iso_week_start(today):
            week = shown
        week_start = iso_week_start(today)
        this_week = [
            s for s in self.finished if week_start <= local_date(s.started_at, self.tz) <= today
        ]
        done_now = done_before
        if week is not None and not any(
            b.week_no == week.week_no and b.completed_on >= week.monday for b in self.badges
        ):
            done_now += week.done_count
        return PlanStatus(
            plan=plan,
            state=self.state,
            today=today,
            week=week,
            ahead=ahead,
            badges=self.badges,
            decisions=self.decisions,
            complete=complete_on is not None,
            completed_on=complete_on,
            paused=paused,
            walked_min=sum(s.duration_s for s in this_week) / 60.0,
            backward_min=sum(s.backward_s for s in this_week) / 60.0,
            plan_done=done_now,
            starts_on=starts_on,
        )


def plan_status(
    plan: Plan,
    state: PlanState,
    history: Sequence[SessionRecord],
    today: date,
    tz: tzinfo | None = None,
) -> PlanStatus:
    """Where the plan stands on ``today`` (local date in ``tz``) given everything recorded."""
    return _Replay(plan, state, history, today, tz).run()

"""Properties of the session engine under random programs, random ticks and random button presses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from walkcoach.core.clock import FakeClock
from walkcoach.core.engine import SessionEngine
from walkcoach.core.events import (
    Event,
    Finished,
    SegmentEnded,
    SegmentStarted,
    SessionState,
)
from walkcoach.core.program import MIN_SEGMENT_S, Program, parse_program

TOLERANCE_S = 1e-6


def durations(max_s: float) -> st.SearchStrategy[float]:
    shortest_s = MIN_SEGMENT_S  # what a program file may hold
    return st.one_of(
        st.integers(shortest_s, int(max_s)).map(float),
        st.floats(shortest_s, max_s, allow_nan=False, allow_infinity=False),
    )


@st.composite
def segments(draw, *, allow_confirm: bool = True, max_s: float = 400) -> dict:
    kind = draw(st.sampled_from(["forward", "backward", "rest", "station"]))
    data: dict = {"kind": kind, "duration_s": draw(durations(max_s))}
    if kind in ("forward", "backward"):
        data["speed_kmh"] = draw(st.sampled_from([2.0, 2.5, 3.2, 4.0, 5.5]))
        data["incline_pct"] = draw(st.sampled_from([0, 2, 4.5, 15]))
    if kind == "station":
        data["label"] = "20 lunges"
        data["until_confirmed"] = allow_confirm and draw(st.booleans())
    return data


@st.composite
def programs(draw, *, allow_confirm: bool = True, max_s: float = 400) -> Program:
    segment = segments(allow_confirm=allow_confirm, max_s=max_s)
    items = draw(st.lists(segment, min_size=1, max_size=6))
    if draw(st.booleans()):
        block = draw(st.lists(segment, min_size=1, max_size=3))
        items.insert(
            draw(st.integers(0, len(items))), {"repeat": draw(st.integers(1, 4)), "segments": block}
        )
    return parse_program({"version": 1, "name": "Random", "main": items})


engine_options = st.fixed_dictionaries(
    {
        "get_ready_s": st.sampled_from([0.0, 2.5, 5.0]),
        "countdown_s": st.integers(0, 5),
        "turn_warning_s": st.sampled_from([0.0, 5.0, 10.0, 30.0]),
        "time_left_every_s": st.sampled_from([None, 10.0, 30.0, 60.0]),
        "sleep_gap_s": st.just(5.0),
    }
)

ACTIONS = ["tick"] * 6 + ["pause", "resume", "skip", "back", "confirm", "stop"]
steps = st.lists(
    st.tuples(st.sampled_from(ACTIONS), st.floats(0.0, 7.0, allow_nan=False)),
    max_size=120,
)


class Checker:
    """Follows every event and snapshot of one engine and asserts the invariants."""

    def __init__(self, engine: SessionEngine, clock: FakeClock) -> None:
        self.engine = engine
        self.clock = clock
        self.last_planned_s = float("-inf")
        self.open_index: int | None = None  # segment started and not yet ended
        self.last_started: int | None = None
        self.last_end_skipped = False  # did the segment end by a button, not by the clock?
        self.finished = False

    def events(self, action: str, events: list[Event]) -> None:
        for event in events:
            assert event.planned_s >= self.last_planned_s, (action, event)
            self.last_planned_s = event.planned_s
            assert event.actual_s >= event.planned_s - TOLERANCE_S, (action, event)
            if isinstance(event, SegmentStarted):
                assert self.open_index is None, f"{action}: start before the last one ended"
                # A button call first emits what the clock made due: that part is time passing.
                self.check_order(action if self.last_end_skipped else "time", event.index)
                self.last_end_skipped = False
                self.open_index = self.last_started = event.index
            elif isinstance(event, SegmentEnded):
                assert self.open_index == event.index, f"{action}: ended a segment not open"
                assert event.actual_duration_s >= 0
                self.open_index = None
                # A waiting station ends by confirm or skip, never by the clock.
                by_button = event.skipped or event.planned_duration_s != event.actual_duration_s
                self.last_end_skipped = by_button and action != "tick"
            elif isinstance(event, Finished):
                assert self.open_index is None and not self.finished
                assert self.last_started == len(self.engine.plan) - 1
                self.finished = True

    def check_order(self, action: str, index: int) -> None:
        previous = self.last_started
        if previous is None:
            assert index == 0
        elif action == "back":
            assert index in (previous, previous - 1)
        else:  # the clock, skip and confirm all move exactly one segment on
            assert index == previous + 1, (action, previous, index)

    def snapshot(self, action: str = "tick") -> None:
        snap = self.engine.snapshot()
        total = snap.planned_total_s
        assert abs(snap.session_elapsed_s + snap.session_remaining_s - total) <= 1e-9
        assert 0.0 <= snap.progress <= 1.0
        assert snap.segment_remaining_s >= 0.0 and snap.segment_elapsed_s >= 0.0
        if snap.planned is not None:
            assert snap.planned.start_s <= snap.session_elapsed_s <= snap.planned.end_s + 1e-9
        assert (snap.state is SessionState.FINISHED) == self.finished
        due = self.engine.next_due_s()
        if snap.state in (SessionState.COUNTDOWN, SessionState.RUNNING):
            # After any call every event that was due has been emitted.
            assert (due is None) == snap.awaiting_confirmation
            # Every call but start/resume (which do nothing unless idle/paused) catches up first.
            if due is not None and action not in ("start", "resume"):
                assert due > self.clock.now() - TOLERANCE_S
        else:
            assert due is None

    def pause_does_not_advance(self, wait_s: float) -> None:
        if self.engine.state is not SessionState.PAUSED:
            return
        before = self.engine.snapshot()
        self.clock.advance(wait_s)
        assert self.engine.tick() == []
        assert self.engine.snapshot() == before


@settings(max_examples=300, deadline=None)
@given(prog=programs(), options=engine_options, skip_get_ready=st.booleans(), plan_steps=steps)
def test_random_presses_and_ticks_keep_every_invariant(prog, options, skip_get_ready, plan_steps):
    clock = FakeClock()
    engine = SessionEngine(prog, clock, **options)
    checker = Checker(engine, clock)
    checker.events("start", engine.start(skip_get_ready=skip_get_ready))
    checker.snapshot("start")
    for action, dt in plan_steps:
        clock.advance(dt)
        checker.events(action, getattr(engine, action)())
        checker.snapshot(action)
        checker.pause_does_not_advance(dt * 10)
    if engine.state is SessionState.STOPPED:
        assert checker.open_index is None


@settings(max_examples=150, deadline=None)
@given(
    prog=programs(allow_confirm=False, max_s=150),
    options=engine_options,
    intervals=st.lists(st.floats(0.2, 4.9, allow_nan=False), min_size=1, max_size=50),
    pause_at=st.integers(0, 400),
    pause_s=st.floats(0.0, 10_000, allow_nan=False),
)
def test_uninterrupted_runs_follow_the_plan_exactly(prog, options, intervals, pause_at, pause_s):
    clock = FakeClock(start=987_654.321)
    engine = SessionEngine(prog, clock, **options)
    checker = Checker(engine, clock)
    events = engine.start()
    checker.events("start", events)
    step = 0
    while engine.state is not SessionState.FINISHED:
        clock.advance(intervals[step % len(intervals)])
        new = engine.tick()
        if step == pause_at:  # one user pause of any length: it must not shift the plan
            new += engine.pause()
            checker.pause_does_not_advance(pause_s)
            new += engine.resume()
        checker.events("tick", new)
        checker.snapshot()
        events += new
        step += 1
    plan = engine.plan
    started = [e for e in events if isinstance(e, SegmentStarted)]
    assert [e.planned_s for e in started] == [p.start_s for p in plan]
    ended = [e for e in events if isinstance(e, SegmentEnded)]
    assert all(not e.skipped and e.actual_duration_s == e.planned_duration_s for e in ended)
    finished = [e for e in events if isinstance(e, Finished)]
    assert len(finished) == 1 and finished[0].total_active_s == plan[-1].end_s
    assert engine.snapshot().active_s == plan[-1].end_s


@settings(max_examples=150, deadline=None)
@given(prog=programs(allow_confirm=False), presses=st.lists(st.sampled_from(["skip", "back"])))
def test_skip_and_back_move_one_segment_at_a_time(prog, presses):
    clock = FakeClock()
    engine = SessionEngine(prog, clock, sleep_gap_s=1e9)
    engine.start(skip_get_ready=True)
    for press in presses:
        before = engine.snapshot()
        clock.advance(0.1)  # shorter than any segment: only the button moves the session
        getattr(engine, press)()
        after = engine.snapshot()
        if before.state is SessionState.FINISHED:
            assert after == before
        elif press == "skip":
            assert after.index == before.index + 1
        else:
            assert after.index == max(0, before.index - 1)
            assert after.segment_elapsed_s == 0.0

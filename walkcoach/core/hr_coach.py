"""Coaching with the heart rate, Qt-free and on the session's clock (fake in tests):

* the ceiling: when the heart rate goes above ``ceiling_bpm`` the coach says so once and
  suggests slowing down; it says it again only after the heart rate has come back under
  ``ceiling_bpm - hysteresis_bpm`` (so a heart rate hovering at the ceiling is not nagged);
* "start each backward bout only when my heart rate has settled": the app calls
  ``begin_hold`` where a backward bout is about to start (the turn leading into it); the hold
  lasts until the heart rate is under ``settle_bpm`` or ``settle_max_wait_s`` has passed, and
  its start and end (with the reason) are events, so the session can record them. A hold
  never waits blindly: with no heart rate it ends at once (reason "no_heart_rate").

It knows no engine: ``tick(bpm)`` is fed the monitor's current heart rate, and the events say
when to release the session (HoldEnded), as the belt coach does for the belt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from walkcoach.core.clock import Clock
from walkcoach.core.hr_limits import CEILING_RANGE_BPM, SETTLE_RANGE_BPM
from walkcoach.core.i18n import CONTEXT_COACH, QT_TRANSLATE_NOOP, translate, translate_spoken
from walkcoach.core.program import PlannedSegment

# Marked under CONTEXT_COACH, written out (lupdate reads no constants). Shown (``message``: the
# screen's language) and spoken (``spoken``: the voice's language, English without a voice of it).
CEILING_TEXT = QT_TRANSLATE_NOOP(
    "HeartRateCoach", "Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little."
)
CEILING_SPOKEN = QT_TRANSLATE_NOOP(
    "HeartRateCoach", "Your heart rate is above your ceiling. Slow down a little."
)
UNDER_CEILING_TEXT = QT_TRANSLATE_NOOP("HeartRateCoach", "Heart rate back under {ceiling} bpm.")
HOLD_TEXT = QT_TRANSLATE_NOOP(
    "HeartRateCoach",
    "Catch your breath: keep walking slowly. The turn comes when your heart rate is under "
    "{bpm} bpm.",
)
HOLD_SPOKEN = QT_TRANSLATE_NOOP(
    "HeartRateCoach", "Catch your breath. The turn comes when your heart rate has settled."
)
HOLD_END_TEXTS = {
    "settled": QT_TRANSLATE_NOOP("HeartRateCoach", "Heart rate settled: get ready to turn."),
    "max_wait": QT_TRANSLATE_NOOP("HeartRateCoach", "Waited long enough: get ready to turn."),
    "no_heart_rate": QT_TRANSLATE_NOOP(
        "HeartRateCoach", "No heart rate to wait for: get ready to turn."
    ),
    "user": QT_TRANSLATE_NOOP("HeartRateCoach", "Going on without waiting: get ready to turn."),
    "cancelled": "",
}

HoldEndReason = Literal["settled", "max_wait", "no_heart_rate", "user", "cancelled"]


@dataclass(frozen=True)
class HeartRateCoachSettings:
    ceiling_bpm: int | None = None  # None: no ceiling (the app passes the top of zone 4)
    hysteresis_bpm: int = 5
    settle_before_backward: bool = False
    settle_bpm: int = 110
    settle_max_wait_s: float = 120.0

    def __post_init__(self) -> None:
        low, high = CEILING_RANGE_BPM
        if self.ceiling_bpm is not None and not low <= self.ceiling_bpm <= high:
            raise ValueError(f"the ceiling must be {low}-{high} bpm (got {self.ceiling_bpm})")
        if not 0 <= self.hysteresis_bpm <= 30:
            raise ValueError(f"the hysteresis must be 0-30 bpm (got {self.hysteresis_bpm})")
        low, high = SETTLE_RANGE_BPM
        if not low <= self.settle_bpm <= high:
            raise ValueError(f"the settle level must be {low}-{high} bpm (got {self.settle_bpm})")
        if not 0 < self.settle_max_wait_s <= 600:
            raise ValueError(
                f"the longest settle wait must be above 0 and at most 600 s "
                f"(got {self.settle_max_wait_s:g})"
            )


@dataclass(frozen=True)
class CeilingCrossed:
    at_s: float
    bpm: int
    ceiling_bpm: int

    @property
    def message(self) -> str:
        return translate(CONTEXT_COACH, CEILING_TEXT).format(bpm=self.bpm, ceiling=self.ceiling_bpm)

    @property
    def spoken(self) -> str:
        return translate_spoken(CONTEXT_COACH, CEILING_SPOKEN)


@dataclass(frozen=True)
class UnderCeiling:
    at_s: float
    bpm: int
    ceiling_bpm: int

    @property
    def message(self) -> str:
        return translate(CONTEXT_COACH, UNDER_CEILING_TEXT).format(ceiling=self.ceiling_bpm)


@dataclass(frozen=True)
class HoldStarted:
    """Waiting for the heart rate before the backward bout at plan ``index``."""

    at_s: float
    index: int
    bpm: int
    settle_bpm: int
    max_wait_s: float

    @property
    def message(self) -> str:
        return translate(CONTEXT_COACH, HOLD_TEXT).format(bpm=self.settle_bpm)

    @property
    def spoken(self) -> str:
        return translate_spoken(CONTEXT_COACH, HOLD_SPOKEN)


@dataclass(frozen=True)
class HoldWaiting:
    """Once a second during a hold: what to show (the heart rate and the time left)."""

    at_s: float
    index: int
    bpm: int | None
    settle_bpm: int
    waited_s: float
    left_s: float


@dataclass(frozen=True)
class HoldEnded:
    at_s: float
    index: int
    reason: HoldEndReason
    waited_s: float
    bpm: int | None

    @property
    def message(self) -> str:
        text = HOLD_END_TEXTS[self.reason]
        return translate(CONTEXT_COACH, text) if text else ""


HeartRateCoachEvent = CeilingCrossed | UnderCeiling | HoldStarted | HoldWaiting | HoldEnded


def leads_into_backward(plan: Sequence[PlannedSegment], index: int) -> bool:
    """Whether plan[index] is the turn (or other non-walking segment) right before a backward
    bout: where a settle hold belongs (the belt is slow, the walker recovers)."""
    if not 0 <= index < len(plan) - 1 or plan[index].segment.is_walking:
        return False
    return plan[index + 1].direction == "backward"


class HeartRateCoach:
    def __init__(
        self,
        clock: Clock,
        notify: Callable[[HeartRateCoachEvent], None],
        settings: HeartRateCoachSettings | None = None,
    ) -> None:
        self._clock = clock
        self._notify = notify
        self.settings = settings or HeartRateCoachSettings()
        self._above = False  # above the ceiling, said once
        self._hold: tuple[int, float] | None = None  # (index, started_s)
        self._last_wait_report_s = 0.0

    @property
    def holding(self) -> bool:
        return self._hold is not None

    @property
    def hold_index(self) -> int | None:
        return None if self._hold is None else self._hold[0]

    def begin_hold(self, index: int, bpm: int | None) -> bool:
        """A backward bout (plan ``index + 1``) is next. True: a hold began (HoldStarted);
        False: no hold needed (the option is off, the heart rate is already under the level,
        or unknown), and the session may go on at once."""
        if not self.settings.settle_before_backward or self._hold is not None:
            return False
        if bpm is None or bpm < self.settings.settle_bpm:
            return False
        now = self._clock.now()
        self._hold = (index, now)
        self._last_wait_report_s = now
        s = self.settings
        self._notify(HoldStarted(now, index, bpm, s.settle_bpm, s.settle_max_wait_s))
        return True

    def cancel_hold(self) -> None:
        """The user skipped, went back or stopped: the hold ends without waiting more."""
        self._end_hold(None, "cancelled")

    def end_hold_now(self, bpm: int | None) -> None:
        """The user chose to go on (Space during the wait): the hold ends, recorded as such."""
        self._end_hold(bpm, "user")

    def tick(self, bpm: int | None) -> None:
        """Call often (with the monitor's tick) with the current heart rate (None: "--")."""
        self._check_ceiling(bpm)
        if self._hold is None:
            return
        index, started_s = self._hold
        now = self._clock.now()
        waited_s = now - started_s
        if bpm is None:
            self._end_hold(bpm, "no_heart_rate")
        elif bpm < self.settings.settle_bpm:
            self._end_hold(bpm, "settled")
        elif waited_s >= self.settings.settle_max_wait_s:
            self._end_hold(bpm, "max_wait")
        elif now - self._last_wait_report_s >= 1.0:
            self._last_wait_report_s = now
            left_s = self.settings.settle_max_wait_s - waited_s
            self._notify(HoldWaiting(now, index, bpm, self.settings.settle_bpm, waited_s, left_s))

    def _check_ceiling(self, bpm: int | None) -> None:
        ceiling = self.settings.ceiling_bpm
        if ceiling is None or bpm is None:
            return  # an unknown heart rate neither crosses nor clears the ceiling
        now = self._clock.now()
        if not self._above and bpm > ceiling:
            self._above = True
            self._notify(CeilingCrossed(now, bpm, ceiling))
        elif self._above and bpm < ceiling - self.settings.hysteresis_bpm:
            self._above = False
            self._notify(UnderCeiling(now, bpm, ceiling))

    def _end_hold(self, bpm: int | None, reason: HoldEndReason) -> None:
        if self._hold is None:
            return
        index, started_s = self._hold
        self._hold = None
        now = self._clock.now()
        self._notify(HoldEnded(now, index, reason, now - started_s, bpm))

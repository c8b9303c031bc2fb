"""When not to step up: the hold-back rules shared by the progression coach and training plans.

One place for both, so the next-session suggestion and a plan never disagree about whether the
last sessions allow a step up. The rules, first match wins:

``pain``         the latest session was marked with pain.
``pain_recent``  another session of the last :data:`RECENT_PAIN_DAYS` days was marked with pain.
``hard``         the latest session felt very hard (effort :data:`HARD_RPE`-10 of 10).
``short``        the latest session was cut short: ended early, skipped through (under 80 % of
                 its plan walked) or interrupted. Only plans ask for this one (``cut_short``):
                 the progression coach measures what was walked and so already holds back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from walkcoach.core.records import FINAL_STATUSES, STATUS_COMPLETED, SessionRecord
from walkcoach.core.stats import local_date

RECENT_PAIN_DAYS = 7
HARD_RPE = 9
RULES = ("pain", "pain_recent", "hard", "short")


@dataclass(frozen=True)
class HoldBack:
    """Why the next step waits: the rule and the session that triggered it."""

    rule: str  # one of RULES
    session: SessionRecord


def hold_back(
    history: Sequence[SessionRecord],
    today: date,
    tz: tzinfo | None = None,
    *,
    cut_short: bool = False,
) -> HoldBack | None:
    """The first hold-back rule that ``history`` (any order; unfinished sessions ignored) meets
    as of ``today``, or None when a step up is fine."""
    finished = sorted(
        (s for s in history if s.status in FINAL_STATUSES), key=lambda s: (s.started_at, s.id)
    )
    if not finished:
        return None
    last = finished[-1]
    if last.pain:
        return HoldBack("pain", last)
    recent_pain = [
        s
        for s in finished
        if s.pain and (today - local_date(s.started_at, tz)).days <= RECENT_PAIN_DAYS
    ]
    if recent_pain:
        return HoldBack("pain_recent", recent_pain[-1])
    if last.rpe is not None and last.rpe >= HARD_RPE:
        return HoldBack("hard", last)
    if cut_short and last.status != STATUS_COMPLETED:
        return HoldBack("short", last)
    return None

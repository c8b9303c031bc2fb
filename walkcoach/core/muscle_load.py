"""Muscle load over sessions: estimated activation (% MVC) x minutes per muscle, cached per condition.

Part of the history statistics (re-exported by :mod:`walkcoach.core.stats`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from walkcoach.core.muscles import MuscleModel, load_model
from walkcoach.core.program import MAX_INCLINE_PCT, MIN_INCLINE_PCT, Segment
from walkcoach.core.records import SessionRecord

# Time that loads no muscle: resting, and turning round on a slow belt.
UNLOADED_KINDS = ("rest", "turn")


class MuscleLoad:
    """Activation x minutes per muscle, with the activations cached per (kind, incline, speed).

    Programs repeat a handful of conditions, so 40,000 segments need only a few model lookups.
    """

    def __init__(self, model: MuscleModel | None = None) -> None:
        self.model = model or load_model()
        self._cache: dict[tuple[str, float, float], tuple[tuple[str, float], ...]] = {}

    def activations(
        self, kind: str, incline_pct: float, speed_kmh: float
    ) -> tuple[tuple[str, float], ...]:
        """(muscle id, % MVC) pairs for one condition; rest and turn give nothing."""
        key = (kind, round(incline_pct, 1), round(speed_kmh, 1))
        found = self._cache.get(key)
        if found is not None:
            return found
        if kind in ("forward", "backward"):
            speed = key[2] if key[2] > 0 else None
            try:
                result = self.model.activations(kind, key[1], speed)
            except ValueError:
                # Recorded segments come from validated programs, so only a hand-edited
                # database gets here: take the nearest incline the program format allows.
                incline = min(MAX_INCLINE_PCT, max(MIN_INCLINE_PCT, key[1]))
                result = self.model.activations(kind, incline, speed)
        elif kind == "station":
            result = self.model.for_segment(Segment("station", 60.0, label="station"))
        else:
            result = []
        pairs = tuple((a.muscle.id, a.activation) for a in result if a.activation > 0)
        self._cache[key] = pairs
        return pairs

    def load(
        self,
        sessions: Iterable[SessionRecord],
        *,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> dict[str, float]:
        """``{muscle_id: sum of activation (% MVC) x minutes}`` over sessions started in
        [since, until); every muscle of the model is present (0 when unused)."""
        totals = {m.id: 0.0 for m in self.model.muscles}
        for session in sessions:
            if since is not None and session.started_at < since:
                continue
            if until is not None and session.started_at >= until:
                continue
            for segment in session.segments:
                if segment.actual_s <= 0 or segment.kind in UNLOADED_KINDS:
                    continue
                minutes = segment.actual_s / 60.0
                for muscle_id, activation in self.activations(
                    segment.kind, segment.walked_incline_pct, segment.walked_speed_kmh
                ):
                    totals[muscle_id] += activation * minutes
        return totals

    def load_conditions(self, rows: Iterable[tuple[str, float, float, float]]) -> dict[str, float]:
        """The same as :meth:`load` from ``(kind, incline_pct, speed_kmh, seconds)`` totals, as
        ``storage.summaries.condition_totals`` adds them up in SQL."""
        totals = {m.id: 0.0 for m in self.model.muscles}
        for kind, incline_pct, speed_kmh, seconds in rows:
            if seconds <= 0 or kind in UNLOADED_KINDS:
                continue
            minutes = seconds / 60.0
            for muscle_id, activation in self.activations(kind, incline_pct, speed_kmh):
                totals[muscle_id] += activation * minutes
        return totals

    def session_average(self, session: SessionRecord) -> list[tuple[str, float, float]]:
        """(muscle id, average % MVC over the active minutes, load) for one session, hardest
        first: the summary's "muscles worked"."""
        load = self.load([session])
        active_min = (
            sum(
                s.actual_s
                for s in session.segments
                if s.kind not in UNLOADED_KINDS and s.actual_s > 0
            )
            / 60.0
        )
        if active_min <= 0:
            return []
        rows = [(mid, value / active_min, value) for mid, value in load.items() if value > 0]
        return sorted(rows, key=lambda row: -row[2])


def relative_load(load: Mapping[str, float]) -> dict[str, float]:
    """Scale loads to 0-100 relative to the largest (for the body diagram's colour scale)."""
    peak = max(load.values(), default=0.0)
    if peak <= 0:
        return {k: 0.0 for k in load}
    return {k: 100.0 * v / peak for k, v in load.items()}

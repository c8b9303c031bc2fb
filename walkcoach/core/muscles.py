"""Muscle catalogue and activation model: which muscles a segment works, and how hard (estimate).

The figures live in ``resources/muscles.json``. Each muscle has figures (activation in %MVC) at a
few inclines per direction, each marked "measured" (a published figure at its own condition) or
"estimated" (derived, scaled or assumed; the note says from what). For any other condition:

* incline between two figures: straight-line interpolation;
* steeper than the last figure: the last slope continues, capped at 100 and at 1.5 x the highest
  figure of that direction (activation cannot grow without bound);
* below the lowest figure (down to -5 %): a straight line toward ``lowest figure x downhill_factor``
  at -5 % (knee extensors rise downhill, hip extensors and calves ease off; see the JSON note);
* speed: ``speed_kmh=None`` means a typical speed, no change. Otherwise the figure is scaled by
  ``1 + speed_sensitivity x (speed - reference) / reference`` (kept within 0.7-1.3) around a
  reference speed per direction, so the figures hold exactly at None and at the reference speed.

Anything computed away from a figure is reported as "estimated".
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, NamedTuple

from walkcoach import resources
from walkcoach.core.i18n import QT_TRANSLATE_NOOP
from walkcoach.core.muscle_data import (
    DIRECTIONS,
    MUSCLE_IDS,
    Figure,
    Muscle,
    MuscleData,
    MuscleDataError,
    parse_muscle_data,
)
from walkcoach.core.program import Segment

__all__ = [
    "MUSCLE_IDS",
    "Activation",
    "Figure",
    "Muscle",
    "MuscleDataError",
    "MuscleModel",
    "activation_map",
    "load_model",
]

# Marked for lupdate; the UI translates them where it shows them (walkcoach.ui.resource_text).
# The context written out: lupdate reads it only as a string literal (CONTEXT_MUSCLES).
REST_REASON = QT_TRANSLATE_NOOP("Muscles", "belt stopped / resting")
TURN_REASON = QT_TRANSLATE_NOOP("Muscles", "turning round on a slow belt (not counted as work)")
# A station's reason: the catalogue's, and that its figure is an estimated profile.
STATION_REASON = QT_TRANSLATE_NOOP("Muscles", "{reason} (estimated profile for lunges and squats)")
#: The source of a figure WalkCoach assumed where no article gives one (beside a muscle's figure).
ESTIMATE_SOURCE = QT_TRANSLATE_NOOP("Muscles", "WalkCoach estimate")
_SAME = 1e-9  # inclines and speeds closer than this count as the figure's own condition


# A NamedTuple, not a dataclass: imported before the first frame (docs/performance.md,
# "a frozen dataclass costs 4.7 M instructions to create on Python 3.11").
class Activation(NamedTuple):
    muscle: Muscle
    activation: float  # % MVC, estimated unless basis says measured
    basis: str  # "measured" | "estimated"
    source: str  # short citation: a key of MuscleModel.sources
    reason: str  # why it works in this condition (one line)


class MuscleModel:
    """The muscle catalogue plus the rules that turn a condition into activations."""

    def __init__(self, data: Mapping[str, Any], *, source: str = "muscles.json") -> None:
        self._parsed = parse_muscle_data(data, source)
        self._by_id = {entry.muscle.id: entry for entry in self._parsed.entries}
        self.muscles: tuple[Muscle, ...] = tuple(entry.muscle for entry in self._parsed.entries)
        self.sources: dict[str, str] = dict(self._parsed.sources)
        self.reference_speed_kmh: dict[str, float] = dict(self._parsed.reference_speed_kmh)

    def muscle(self, muscle_id: str) -> Muscle:
        try:
            return self._by_id[muscle_id].muscle
        except KeyError:
            raise KeyError(f"unknown muscle id {muscle_id!r}") from None

    def figures(self, muscle_id: str, direction: str) -> tuple[Figure, ...]:
        """The data file's figures for one muscle and direction (for the diagram's details)."""
        _check_direction(direction)
        self.muscle(muscle_id)
        return self._by_id[muscle_id].figures[direction]

    def activations(
        self, direction: str, incline_pct: float, speed_kmh: float | None = None
    ) -> list[Activation]:
        """Every muscle's activation walking ``direction`` at this incline (and speed), hardest first."""
        _check_direction(direction)
        p = self._parsed
        if not isinstance(incline_pct, int | float) or not math.isfinite(incline_pct):
            raise ValueError(f"incline must be a number (got {incline_pct!r})")
        if not p.min_incline_pct <= incline_pct <= p.max_incline_pct:
            raise ValueError(
                f"incline {incline_pct:g} % is outside {p.min_incline_pct:g} to "
                f"{p.max_incline_pct:g} %"
            )
        speed_ratio = None
        if speed_kmh is not None:
            if not isinstance(speed_kmh, int | float) or not math.isfinite(speed_kmh):
                raise ValueError(f"speed must be a number in km/h (got {speed_kmh!r})")
            if speed_kmh <= 0:
                raise ValueError(f"walking speed must be above 0 km/h (got {speed_kmh:g})")
            reference_kmh = p.reference_speed_kmh[direction]
            if abs(speed_kmh - reference_kmh) > _SAME:
                speed_ratio = (speed_kmh - reference_kmh) / reference_kmh
        out = []
        for entry in p.entries:
            value, basis, figure = self._at_incline(entry, direction, incline_pct)
            if speed_ratio is not None:
                factor = 1.0 + entry.speed_sensitivity * speed_ratio
                value *= min(p.max_speed_factor, max(p.min_speed_factor, factor))
                basis = "estimated"
            out.append(
                Activation(
                    entry.muscle,
                    round(min(100.0, max(0.0, value)), 1),
                    basis,
                    figure.source,
                    entry.reasons[direction],
                )
            )
        return _sorted(out)

    def for_segment(self, segment: Segment) -> list[Activation]:
        """Activations for a planned segment: walking, a lunge/squat station, or rest and turn
        (all 0: a few steps round on a slow belt are not training)."""
        if segment.kind in ("rest", "turn"):
            reason = REST_REASON if segment.kind == "rest" else TURN_REASON
            return [
                Activation(entry.muscle, 0.0, "estimated", ESTIMATE_SOURCE, reason)
                for entry in self._parsed.entries
            ]
        if segment.kind == "station":
            return _sorted(
                Activation(
                    entry.muscle,
                    entry.station.activation,
                    "estimated",
                    entry.station.source,
                    STATION_REASON.format(reason=entry.reasons["station"]),
                )
                for entry in self._parsed.entries
            )
        speed_kmh = segment.speed_kmh if segment.speed_kmh > 0 else None
        return self.activations(segment.kind, segment.incline_pct, speed_kmh)

    # -- incline rules --------------------------------------------------------------------------

    def _at_incline(
        self, entry: MuscleData, direction: str, incline_pct: float
    ) -> tuple[float, str, Figure]:
        """(value, basis, nearest figure): the figure itself at its own incline, else estimated."""
        figures = entry.figures[direction]
        nearest = min(figures, key=lambda f: abs(f.incline_pct - incline_pct))
        if abs(nearest.incline_pct - incline_pct) <= _SAME:
            return nearest.activation, nearest.basis, nearest
        return self._interpolate(entry, direction, incline_pct), "estimated", nearest

    def _interpolate(self, entry: MuscleData, direction: str, incline_pct: float) -> float:
        p = self._parsed
        figures = entry.figures[direction]
        first, last = figures[0], figures[-1]
        if incline_pct < first.incline_pct:
            # Toward the documented downhill value at the lowest allowed incline.
            downhill = first.activation * entry.downhill_factor[direction]
            span = first.incline_pct - p.min_incline_pct
            share = (first.incline_pct - incline_pct) / span if span > 0 else 1.0
            return first.activation + (downhill - first.activation) * share
        if incline_pct > last.incline_pct:
            if len(figures) == 1:
                return last.activation
            before = figures[-2]
            slope = (last.activation - before.activation) / (last.incline_pct - before.incline_pct)
            value = last.activation + slope * (incline_pct - last.incline_pct)
            highest = max(f.activation for f in figures)
            ceiling = min(p.cap, p.max_ratio_to_highest * highest)
            return min(value, max(ceiling, last.activation))
        for low, high in zip(figures, figures[1:], strict=False):
            if low.incline_pct <= incline_pct <= high.incline_pct:
                share = (incline_pct - low.incline_pct) / (high.incline_pct - low.incline_pct)
                return low.activation + (high.activation - low.activation) * share
        raise AssertionError("incline not covered by the figures")  # unreachable: sorted figures


def activation_map(activations: Iterable[Activation]) -> dict[str, float]:
    """``{muscle_id: activation}``, the shape bodymap.recolour_svg() takes."""
    return {a.muscle.id: a.activation for a in activations}


@cache
def load_model() -> MuscleModel:
    """The model from resources/muscles.json (read once)."""
    path = resources.path("muscles.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise MuscleDataError(f"{path}: cannot read the muscle data ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise MuscleDataError(
            f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    return MuscleModel(data, source=str(path))


def _check_direction(direction: str) -> None:
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r} (use forward or backward)")


def _sorted(activations: Iterable[Activation]) -> list[Activation]:
    # Stable sort: ties keep the catalogue order, so the list never reshuffles between calls.
    return sorted(activations, key=lambda a: -a.activation)

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
from dataclasses import dataclass
from functools import cache
from typing import Any

from walkcoach import resources
from walkcoach.core.program import Segment

DATA_VERSION = 1
DIRECTIONS = ("forward", "backward")
VIEWS = ("front", "back")
BASES = ("measured", "estimated")
MUSCLE_IDS = (
    "rectus_femoris",
    "vastus_lateralis",
    "vastus_medialis",
    "tibialis_anterior",
    "peroneals",
    "hip_flexors",
    "hip_adductors",
    "rectus_abdominis",
    "obliques",
    "deltoids",
    "gluteus_maximus",
    "gluteus_medius",
    "biceps_femoris",
    "semitendinosus",
    "gastrocnemius",
    "soleus",
    "erector_spinae",
)
REST_REASON = "belt stopped / resting"
ESTIMATE_SOURCE = "WalkCoach estimate"
_SAME = 1e-9  # inclines and speeds closer than this count as the figure's own condition


@dataclass(frozen=True)
class Muscle:
    id: str
    name: str
    view: str  # "front" | "back"
    group: str
    role: str


@dataclass(frozen=True)
class Activation:
    muscle: Muscle
    activation: float  # % MVC, estimated unless basis says measured
    basis: str  # "measured" | "estimated"
    source: str  # short citation: a key of MuscleModel.sources
    reason: str  # why it works in this condition (one line)


@dataclass(frozen=True)
class Figure:
    """One activation figure from the data file, at one direction and incline."""

    direction: str
    incline_pct: float
    activation: float
    basis: str
    source: str
    note: str


@dataclass(frozen=True)
class _MuscleData:
    muscle: Muscle
    figures: dict[str, tuple[Figure, ...]]  # per direction, sorted by incline
    reasons: dict[str, str]  # "forward", "backward", "station"
    speed_sensitivity: float
    downhill_factor: dict[str, float]
    station: Figure


class MuscleDataError(ValueError):
    """The muscle data file is unusable; the message says where and why."""


class MuscleModel:
    """The muscle catalogue plus the rules that turn a condition into activations."""

    def __init__(self, data: Mapping[str, Any], *, source: str = "muscles.json") -> None:
        self._parsed = _Parser(source).parse(data)
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
        """Activations for a planned segment: walking, a lunge/squat station, or rest (all 0)."""
        if segment.kind == "rest":
            return [
                Activation(entry.muscle, 0.0, "estimated", ESTIMATE_SOURCE, REST_REASON)
                for entry in self._parsed.entries
            ]
        if segment.kind == "station":
            return _sorted(
                Activation(
                    entry.muscle,
                    entry.station.activation,
                    "estimated",
                    entry.station.source,
                    f"{entry.reasons['station']} (estimate: {entry.station.note})",
                )
                for entry in self._parsed.entries
            )
        speed_kmh = segment.speed_kmh if segment.speed_kmh > 0 else None
        return self.activations(segment.kind, segment.incline_pct, speed_kmh)

    # -- incline rules --------------------------------------------------------------------------

    def _at_incline(
        self, entry: _MuscleData, direction: str, incline_pct: float
    ) -> tuple[float, str, Figure]:
        """(value, basis, nearest figure): the figure itself at its own incline, else estimated."""
        figures = entry.figures[direction]
        nearest = min(figures, key=lambda f: abs(f.incline_pct - incline_pct))
        if abs(nearest.incline_pct - incline_pct) <= _SAME:
            return nearest.activation, nearest.basis, nearest
        return self._interpolate(entry, direction, incline_pct), "estimated", nearest

    def _interpolate(self, entry: _MuscleData, direction: str, incline_pct: float) -> float:
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


# ---------------------------------------------------------------------------------------------
# Reading and checking the data file


@dataclass(frozen=True)
class _Parsed:
    entries: tuple[_MuscleData, ...]
    sources: dict[str, str]
    reference_speed_kmh: dict[str, float]
    min_speed_factor: float
    max_speed_factor: float
    min_incline_pct: float
    max_incline_pct: float
    max_ratio_to_highest: float
    cap: float


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> MuscleDataError:
        return MuscleDataError(f"{self.source}: {where}: {message}")

    def obj(self, data: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(data, Mapping):
            raise self.fail(where, "must be an object")
        return data

    def get(self, data: Mapping[str, Any], key: str, where: str) -> Any:
        if key not in data:
            raise self.fail(where, f"missing field '{key}'")
        return data[key]

    def text(self, data: Mapping[str, Any], key: str, where: str) -> str:
        value = self.get(data, key, where)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where}.{key}", "must be non-empty text")
        return value

    def number(
        self, data: Mapping[str, Any], key: str, where: str, low: float, high: float
    ) -> float:
        value = self.get(data, key, where)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise self.fail(f"{where}.{key}", f"must be a number (got {value!r})")
        if not low <= value <= high:
            raise self.fail(
                f"{where}.{key}", f"must be between {low:g} and {high:g} (got {value:g})"
            )
        return float(value)

    def parse(self, data: Any) -> _Parsed:
        data = self.obj(data, "file")
        version = data.get("version")
        if version != DATA_VERSION:
            raise self.fail(
                "version", f"this WalkCoach reads version {DATA_VERSION} (got {version!r})"
            )
        sources = self.obj(self.get(data, "sources", "file"), "sources")
        for key, citation in sources.items():
            if not isinstance(citation, str) or not citation.strip():
                raise self.fail(f"sources.{key}", "must be a citation text")
        self.sources = dict(sources)
        ref = self.obj(self.get(data, "reference_speed_kmh", "file"), "reference_speed_kmh")
        reference = {d: self.number(ref, d, "reference_speed_kmh", 0.5, 20) for d in DIRECTIONS}
        scaling = self.obj(self.get(data, "speed_scaling", "file"), "speed_scaling")
        incline = self.obj(self.get(data, "incline", "file"), "incline")
        self.min_incline = self.number(incline, "min_pct", "incline", -30, 0)
        raw_muscles = self.get(data, "muscles", "file")
        if not isinstance(raw_muscles, list):
            raise self.fail("muscles", "must be a list")
        entries = [self.muscle(m, f"muscles[{i}]") for i, m in enumerate(raw_muscles)]
        ids = [e.muscle.id for e in entries]
        missing = [m for m in MUSCLE_IDS if m not in ids]
        if missing:
            raise self.fail("muscles", f"missing muscle(s): {', '.join(missing)}")
        duplicates = sorted({m for m in ids if ids.count(m) > 1})
        if duplicates:
            raise self.fail("muscles", f"listed twice: {', '.join(duplicates)}")
        return _Parsed(
            entries=tuple(entries),
            sources=self.sources,
            reference_speed_kmh=reference,
            min_speed_factor=self.number(scaling, "min_factor", "speed_scaling", 0, 1),
            max_speed_factor=self.number(scaling, "max_factor", "speed_scaling", 1, 3),
            min_incline_pct=self.min_incline,
            max_incline_pct=self.number(incline, "max_pct", "incline", 0, 100),
            max_ratio_to_highest=self.number(incline, "max_ratio_to_highest", "incline", 1, 10),
            cap=self.number(incline, "cap", "incline", 1, 100),
        )

    def figure(self, data: Any, where: str, direction: str | None = None) -> Figure:
        data = self.obj(data, where)
        if direction is None:
            direction = self.get(data, "direction", where)
            if direction not in DIRECTIONS:
                raise self.fail(
                    f"{where}.direction", f"must be forward or backward (got {direction!r})"
                )
            incline_pct = self.number(data, "incline_pct", where, self.min_incline, 100)
        else:
            incline_pct = 0.0
        basis = self.get(data, "basis", where)
        if basis not in BASES:
            raise self.fail(f"{where}.basis", f"must be measured or estimated (got {basis!r})")
        source = self.text(data, "source", where)
        if source not in self.sources:
            raise self.fail(f"{where}.source", f"{source!r} is not listed in 'sources'")
        return Figure(
            direction=direction,
            incline_pct=incline_pct,
            activation=self.number(data, "activation", where, 0, 100),
            basis=basis,
            source=source,
            note=self.text(data, "note", where),
        )

    def muscle(self, data: Any, where: str) -> _MuscleData:
        data = self.obj(data, where)
        muscle_id = self.text(data, "id", where)
        if muscle_id not in MUSCLE_IDS:
            raise self.fail(f"{where}.id", f"unknown muscle id {muscle_id!r}")
        where = f"muscles[{muscle_id}]"
        view = self.get(data, "view", where)
        if view not in VIEWS:
            raise self.fail(f"{where}.view", f"must be front or back (got {view!r})")
        muscle = Muscle(
            muscle_id,
            self.text(data, "name", where),
            view,
            self.text(data, "group", where),
            self.text(data, "role", where),
        )
        raw_figures = self.get(data, "figures", where)
        if not isinstance(raw_figures, list):
            raise self.fail(f"{where}.figures", "must be a list")
        figures = [self.figure(f, f"{where}.figures[{i}]") for i, f in enumerate(raw_figures)]
        per_direction: dict[str, tuple[Figure, ...]] = {}
        for direction in DIRECTIONS:
            mine = sorted(
                (f for f in figures if f.direction == direction), key=lambda f: f.incline_pct
            )
            if not mine:
                raise self.fail(f"{where}.figures", f"needs at least one {direction} figure")
            inclines = [f.incline_pct for f in mine]
            if len(set(inclines)) != len(inclines):
                raise self.fail(f"{where}.figures", f"two {direction} figures at the same incline")
            per_direction[direction] = tuple(mine)
        reasons = self.obj(self.get(data, "reasons", where), f"{where}.reasons")
        downhill = self.obj(self.get(data, "downhill_factor", where), f"{where}.downhill_factor")
        return _MuscleData(
            muscle=muscle,
            figures=per_direction,
            reasons={
                k: self.text(reasons, k, f"{where}.reasons") for k in (*DIRECTIONS, "station")
            },
            speed_sensitivity=self.number(data, "speed_sensitivity", where, 0, 2),
            downhill_factor={
                d: self.number(downhill, d, f"{where}.downhill_factor", 0, 3) for d in DIRECTIONS
            },
            station=self.figure(self.get(data, "station", where), f"{where}.station", "station"),
        )

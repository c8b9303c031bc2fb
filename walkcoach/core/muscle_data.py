"""The muscle data file (resources/muscles.json): its shape, and checks with clear messages."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, NamedTuple

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


# NamedTuples, not dataclasses: imported before the first frame (docs/performance.md,
# "a frozen dataclass costs 4.7 M instructions to create on Python 3.11").
class Muscle(NamedTuple):
    id: str
    name: str
    view: str  # "front" | "back"
    group: str
    role: str


class Figure(NamedTuple):
    """One activation figure from the data file, at one direction and incline."""

    direction: str
    incline_pct: float
    activation: float
    basis: str
    source: str
    note: str


class MuscleData(NamedTuple):
    """One muscle of the file: its catalogue entry, figures, reasons and rule parameters."""

    muscle: Muscle
    figures: dict[str, tuple[Figure, ...]]  # per direction, sorted by incline
    reasons: dict[str, str]  # "forward", "backward", "station"
    speed_sensitivity: float
    downhill_factor: dict[str, float]
    station: Figure


class MuscleDataError(ValueError):
    """The muscle data file is unusable; the message says where and why."""


# ---------------------------------------------------------------------------------------------
# Reading and checking the data file


class ParsedData(NamedTuple):
    """The whole checked file."""

    entries: tuple[MuscleData, ...]
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
        self.sources: dict[str, str] = {}  # filled first: figures are checked against it
        self.min_incline = -5.0

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

    def parse(self, data: Any) -> ParsedData:
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
        return ParsedData(
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

    def muscle(self, data: Any, where: str) -> MuscleData:
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
        return MuscleData(
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


def parse_muscle_data(data: Any, source: str = "muscles.json") -> ParsedData:
    """Check decoded muscles.json; raise MuscleDataError naming the file, the place and the fault."""
    return _Parser(source).parse(data)

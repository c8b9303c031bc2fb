"""The live summary beside the editor: time, distance, energy and the muscles worked, of a draft."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from walkcoach.core.energy import segment_kcal
from walkcoach.core.muscles import MuscleModel
from walkcoach.core.program import (
    KINDS,
    MAX_REPEAT,
    PHASES,
    TURN_DEFAULT_SPEED_KMH,
    Segment,
    auto_turn,
    missing_turns,
)


@dataclass(frozen=True)
class MuscleScore:
    muscle_id: str
    name: str
    load: float  # sum over segments of minutes x activation (% MVC x min, an estimate)
    share: float  # load relative to the top muscle, 0..1


@dataclass(frozen=True)
class ProgramSummary:
    total_s: float
    backward_s: float
    forward_s: float
    kcal: float
    segment_count: int
    top_muscles: tuple[MuscleScore, ...]
    complete: bool  # False: some segments were left out because their values are not usable


def _lenient_segment(data: Any) -> Segment | None:
    """A Segment from draft values good enough to estimate with, else None."""
    if not isinstance(data, Mapping) or data.get("kind") not in KINDS:
        return None
    values = []
    speed_default = TURN_DEFAULT_SPEED_KMH if data["kind"] == "turn" else 0.0
    for key, default in (("duration_s", None), ("speed_kmh", speed_default), ("incline_pct", 0.0)):
        value = data.get(key, default)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            return None
        values.append(float(value))
    duration_s, speed_kmh, incline_pct = values
    if duration_s <= 0 or speed_kmh < 0:
        return None
    return Segment(data["kind"], duration_s, speed_kmh, incline_pct)


def _rounds(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return int(value) if value == int(value) and 1 <= value <= MAX_REPEAT else None


def draft_segments(data: Mapping[str, Any]) -> tuple[list[Segment], bool]:
    """Every usable segment of a draft in session order (repeats expanded); False if any was not."""
    out: list[Segment] = []
    complete = True
    for phase in PHASES:
        entries = data.get(phase, [])
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, Mapping) and "repeat" in entry:
                rounds = _rounds(entry["repeat"])
                inner = [_lenient_segment(s) for s in entry.get("segments") or []]
                complete = complete and rounds is not None and None not in inner
                out.extend([s for s in inner if s is not None] * (rounds or 1))
            else:
                segment = _lenient_segment(entry)
                complete = complete and segment is not None
                if segment is not None:
                    out.append(segment)
    return out, complete


def summarize(
    data: Mapping[str, Any], weight_kg: float, model: MuscleModel | None = None, top_n: int = 5
) -> ProgramSummary:
    """Totals, estimated kcal and the most-worked muscles (minutes x activation) of a draft,
    with the turns the coach will add where the direction changes without one."""
    segments, complete = draft_segments(data)
    for position in reversed(missing_turns(segments)):
        segments.insert(position, auto_turn(segments[position]))
    kcal = 0.0
    loads: dict[str, float] = {}
    for segment in segments:
        try:
            kcal += segment_kcal(segment, weight_kg)
        except ValueError:
            complete = False
        if model is None:
            continue
        try:
            activations = model.for_segment(segment)
        except ValueError:  # incline outside the model's range: no estimate for this one
            complete = False
            continue
        minutes = segment.duration_s / 60.0
        for activation in activations:
            loads[activation.muscle.id] = (
                loads.get(activation.muscle.id, 0.0) + minutes * activation.activation
            )
    ranked = sorted(((load, mid) for mid, load in loads.items() if load > 0), key=lambda p: -p[0])
    top_load = ranked[0][0] if ranked else 0.0
    top = (
        tuple(
            MuscleScore(mid, model.muscle(mid).name, round(load, 1), load / top_load)
            for load, mid in ranked[:top_n]
        )
        if model is not None
        else ()
    )
    return ProgramSummary(
        total_s=sum(s.duration_s for s in segments),
        backward_s=sum(s.duration_s for s in segments if s.kind == "backward"),
        forward_s=sum(s.duration_s for s in segments if s.kind == "forward"),
        kcal=kcal,
        segment_count=len(segments),
        top_muscles=top,
        complete=complete,
    )

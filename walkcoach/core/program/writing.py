"""A program written as the JSON of a program file (the format in the package's docstring)."""

from __future__ import annotations

import json
from typing import Any

from walkcoach.core.program.model import (
    FORMAT_ID,
    FORMAT_VERSION,
    Item,
    Program,
    RepeatBlock,
    Segment,
)


def segment_to_dict(segment: Segment) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": segment.kind, "duration_s": _num(segment.duration_s)}
    # A turn without speed_kmh reads as 1 km/h, so a stopped belt (0) is written out.
    if segment.speed_kmh or segment.is_walking or segment.is_turn:
        out["speed_kmh"] = _num(segment.speed_kmh)
    if segment.incline_pct:
        out["incline_pct"] = _num(segment.incline_pct)
    if segment.cadence_spm is not None:
        out["cadence_spm"] = segment.cadence_spm
    if segment.label:
        out["label"] = segment.label
    if segment.note:
        out["note"] = segment.note
    if segment.until_confirmed:
        out["until_confirmed"] = True
    return out


def program_to_dict(program: Program) -> dict[str, Any]:
    def item_to_dict(item: Item) -> dict[str, Any]:
        if isinstance(item, RepeatBlock):
            block: dict[str, Any] = {"repeat": item.times}
            if item.label:
                block["label"] = item.label
            block["segments"] = [segment_to_dict(s) for s in item.segments]
            return block
        return segment_to_dict(item)

    out: dict[str, Any] = {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "id": program.id,
        "name": program.name,
    }
    for key in ("description", "source", "level"):
        if getattr(program, key):
            out[key] = getattr(program, key)
    if program.tags:
        out["tags"] = list(program.tags)
    if program.warmup:
        out["warmup"] = [segment_to_dict(s) for s in program.warmup]
    out["main"] = [item_to_dict(i) for i in program.main]
    if program.cooldown:
        out["cooldown"] = [segment_to_dict(s) for s in program.cooldown]
    return out


def dumps_program(program: Program) -> str:
    return json.dumps(program_to_dict(program), indent=2, ensure_ascii=False) + "\n"


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value

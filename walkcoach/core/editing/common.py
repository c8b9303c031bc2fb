"""The editor's shared names: the field lists, the change labels of undo, the tree paths."""

from __future__ import annotations

from typing import Any

from walkcoach.core.i18n import QT_TRANSLATE_NOOP

TreePath = tuple[
    Any, ...
]  # ("main", 2) for a node of a phase, ("main", 2, 1) for a segment inside a block
# The editor's texts: marked here, translated as they are made (translate), or where they are
# shown (the phase titles: walkcoach.ui.i18n.core_text(CONTEXT_EDITOR, ...)).
CONTEXT_EDITOR = "ProgramEditor"
PHASE_TITLES = {
    "warmup": QT_TRANSLATE_NOOP("ProgramEditor", "Warm-up"),
    "main": QT_TRANSLATE_NOOP("ProgramEditor", "Main"),
    "cooldown": QT_TRANSLATE_NOOP("ProgramEditor", "Cool-down"),
}
SEGMENT_FIELDS = (
    "kind",
    "duration_s",
    "speed_kmh",
    "incline_pct",
    "cadence_spm",
    "label",
    "note",
    "until_confirmed",
)
BLOCK_FIELDS = ("repeat", "label")
META_FIELDS = ("name", "description", "level", "source")
# The undo step of each field's change ("&Undo Change speed"), one whole text per field.
CHANGE_LABELS = {
    "name": QT_TRANSLATE_NOOP("ProgramEditor", "Change name"),
    "description": QT_TRANSLATE_NOOP("ProgramEditor", "Change description"),
    "level": QT_TRANSLATE_NOOP("ProgramEditor", "Change level"),
    "source": QT_TRANSLATE_NOOP("ProgramEditor", "Change source"),
    "kind": QT_TRANSLATE_NOOP("ProgramEditor", "Change kind"),
    "duration_s": QT_TRANSLATE_NOOP("ProgramEditor", "Change duration"),
    "speed_kmh": QT_TRANSLATE_NOOP("ProgramEditor", "Change speed"),
    "incline_pct": QT_TRANSLATE_NOOP("ProgramEditor", "Change incline"),
    "cadence_spm": QT_TRANSLATE_NOOP("ProgramEditor", "Change cadence"),
    "label": QT_TRANSLATE_NOOP("ProgramEditor", "Change label"),
    "note": QT_TRANSLATE_NOOP("ProgramEditor", "Change note"),
    "until_confirmed": QT_TRANSLATE_NOOP("ProgramEditor", "Change until"),
    "repeat": QT_TRANSLATE_NOOP("ProgramEditor", "Change rounds"),
}
ADD_LABELS = {
    "forward": QT_TRANSLATE_NOOP("ProgramEditor", "Add forward segment"),
    "backward": QT_TRANSLATE_NOOP("ProgramEditor", "Add backward segment"),
    "rest": QT_TRANSLATE_NOOP("ProgramEditor", "Add rest segment"),
    "station": QT_TRANSLATE_NOOP("ProgramEditor", "Add station segment"),
    "turn": QT_TRANSLATE_NOOP("ProgramEditor", "Add turn segment"),
}

# A new segment of each kind: gentle values a beginner can start from.
DEFAULT_SEGMENTS: dict[str, dict[str, Any]] = {
    "forward": {"kind": "forward", "duration_s": 180, "speed_kmh": 4.0},
    "backward": {"kind": "backward", "duration_s": 120, "speed_kmh": 2.5},
    "rest": {"kind": "rest", "duration_s": 60},
    "turn": {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0},
    "station": {
        "kind": "station",
        "duration_s": 120,
        "label": "10 lunges + 10 squats",
        "until_confirmed": True,
    },
}


class EditError(ValueError):
    """An edit that cannot be made (the message says why, for the status bar)."""

"""The texts of resources/ (built-in programs and plans, the muscle catalogue) as the screen shows
them: translated, where WalkCoach wrote them; a user's own text exactly as typed.

tools/update_translations.py marks every such text for lupdate (tools/resource_texts.py) under
the contexts "Programs", "Plans" and "Muscles". Only what the app itself ships is looked up: a
program or plan counts as WalkCoach's by its ``builtin`` flag (set when it is read from
resources/), never by its words, so a user's program called "Warm-up" keeps its name in every
language. Files and the database always keep the original English text: these helpers are for
display only.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from walkcoach.core.i18n import CONTEXT_MUSCLES, CONTEXT_PLANS, CONTEXT_PROGRAMS
from walkcoach.core.program import Program, RepeatBlock, Segment
from walkcoach.ui.i18n import core_text


def _text(context: str, text: str, builtin: bool) -> str:
    # An empty text is no message: Qt would answer it with the .ts header.
    return QCoreApplication.translate(context, text) if builtin and text else text


# -- programs ----------------------------------------------------------------------------------


def program_name(program: Program) -> str:
    return _text(CONTEXT_PROGRAMS, program.name, program.builtin)


def program_description(program: Program) -> str:
    return _text(CONTEXT_PROGRAMS, program.description, program.builtin)


def segment_label(segment: Segment, builtin: bool) -> str:
    """The segment's label ("" when it has none); ``builtin``: it belongs to a built-in program."""
    return _text(CONTEXT_PROGRAMS, segment.label, builtin)


def segment_note(segment: Segment, builtin: bool) -> str:
    return _text(CONTEXT_PROGRAMS, segment.note, builtin)


def shown_builtin(program: Program) -> Program:
    """A built-in program with every text as the screen shows it (name, description, labels,
    notes): what a user's copy of it starts from, so the copy is in the language they read."""

    def shown(segment: Segment) -> Segment:
        return replace(
            segment, label=segment_label(segment, True), note=segment_note(segment, True)
        )

    def shown_item(item: Segment | RepeatBlock) -> Segment | RepeatBlock:
        if isinstance(item, RepeatBlock):
            return replace(
                item,
                label=_text(CONTEXT_PROGRAMS, item.label, True),
                segments=tuple(shown(s) for s in item.segments),
            )
        return shown(item)

    return replace(
        program,
        name=_text(CONTEXT_PROGRAMS, program.name, True),
        description=_text(CONTEXT_PROGRAMS, program.description, True),
        warmup=tuple(shown(s) for s in program.warmup),
        main=tuple(shown_item(item) for item in program.main),
        cooldown=tuple(shown(s) for s in program.cooldown),
    )


def recorded_program_name(program_id: str, name: str) -> str:
    """A history record's program name: translated when the record names a built-in program by
    its own (English) name; otherwise (a user's program, a built-in's copy renamed, an old
    name) as recorded, and the id when the record has no name."""
    from walkcoach.core import library

    if not name:
        return program_id
    builtin = next((p for p in library.builtin_programs() if p.id == program_id), None)
    return program_name(builtin) if builtin is not None and builtin.name == name else name


# -- plans -------------------------------------------------------------------------------------


def plan_name(plan) -> str:  # walkcoach.core.plans.model.Plan (not imported: a cheap module)
    return _text(CONTEXT_PLANS, plan.name, plan.builtin)


def plan_description(plan) -> str:
    return _text(CONTEXT_PLANS, plan.description, plan.builtin)


def plan_source(plan) -> str:
    """Where a built-in plan's dose comes from (an article's own title inside stays quoted)."""
    return _text(CONTEXT_PLANS, plan.source, plan.builtin)


# -- muscles: the catalogue is WalkCoach's own ---------------------------------------------------


def muscle_name(muscle) -> str:  # walkcoach.core.muscle_data.Muscle
    return _text(CONTEXT_MUSCLES, muscle.name, True)


def muscle_group(muscle) -> str:
    return _text(CONTEXT_MUSCLES, muscle.group, True)


def muscle_role(muscle) -> str:
    return _text(CONTEXT_MUSCLES, muscle.role, True)


def muscle_source(title: str) -> str:
    """The short title of a figure's source (Activation.source): a key of muscles.json's
    "sources", or the core's ESTIMATE_SOURCE ("WalkCoach estimate", core/muscles.py), both
    under "Muscles"."""
    return core_text(CONTEXT_MUSCLES, title) if title else title


def muscle_reason(reason: str) -> str:
    """Why a muscle works (Activation.reason): a catalogue reason, the rest or turn reason, or a
    station's reason inside STATION_REASON; each part translated."""
    from walkcoach.core.muscles import STATION_REASON  # the muscle model: loaded by then

    head, _, tail = STATION_REASON.partition("{reason}")
    if reason.startswith(head) and reason.endswith(tail) and len(reason) > len(head + tail):
        inner = reason[len(head) : len(reason) - len(tail)]
        return QCoreApplication.translate(CONTEXT_MUSCLES, STATION_REASON).format(
            reason=_text(CONTEXT_MUSCLES, inner, True)
        )
    return _text(CONTEXT_MUSCLES, reason, True)

"""Markers that let pyside6-lupdate find the core's user-facing text without the core importing Qt.

lupdate reads the sources lexically: a call ``QT_TRANSLATE_NOOP("Context", "text")`` puts "text"
into every .ts under that context, whatever the name is bound to. Here it is bound to a function
that returns the text unchanged, so the core stays Qt-free and its English text is what the CLI,
the logs and the tests see. The UI translates where it shows or speaks the text:
``QCoreApplication.translate(context, text)`` (walkcoach.ui.i18n.core_text); a text with
placeholders is marked and translated as its template, and only then formatted.

Contexts are stable names, one per kind of text (the CONTEXT_* constants), not module names: a
module can be renamed without losing its translations.
"""

from __future__ import annotations

CONTEXT_CUES = "Cues"  # spoken cue texts (core/cues.py, core/spoken.py)
CONTEXT_ZONES = "HeartRateZones"  # zone names and notes (core/hr_zones.py)
CONTEXT_COACH = "HeartRateCoach"  # the heart-rate coach's texts (core/hr_coach.py)
CONTEXT_PROGRAMS = "Programs"  # built-in program names, descriptions, segment labels and notes
CONTEXT_PLANS = "Plans"  # built-in plan names and descriptions
CONTEXT_MUSCLES = "Muscles"  # muscle names, groups, roles and reasons (resources/muscles.json)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    return text

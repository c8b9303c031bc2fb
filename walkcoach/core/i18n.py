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

from collections.abc import Callable

CONTEXT_CUES = "Cues"  # spoken cue texts (core/cues.py, core/spoken.py)
CONTEXT_ZONES = "HeartRateZones"  # zone names and notes (core/hr_zones.py)
CONTEXT_COACH = "HeartRateCoach"  # the heart-rate coach's texts (core/hr_coach.py)
CONTEXT_PROGRAMS = "Programs"  # built-in program names, descriptions, segment labels and notes
CONTEXT_PLANS = "Plans"  # built-in plan names and descriptions
CONTEXT_MUSCLES = "Muscles"  # muscle names, groups, roles and reasons (resources/muscles.json)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    return text


# Text the core composes itself (spoken cues: a sentence built from several marked templates)
# cannot wait for the UI to translate it; the core asks this hook instead. It is the identity
# until the UI installs Qt's translate (walkcoach.ui.i18n.install_translations), so the CLI and
# the tests get the English text, and the core never imports Qt.
Translator = Callable[[str, str], str]
_translator: list[Translator] = []


def translate(context: str, text: str) -> str:
    """``text`` in the language the UI loaded (itself when none is loaded or none was set)."""
    return _translator[0](context, text) if _translator else text


def set_translator(translator: Translator | None) -> None:
    """Install (or, with None, remove) the function ``translate`` uses."""
    _translator[:] = [] if translator is None else [translator]

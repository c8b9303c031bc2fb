"""Markers that let pyside6-lupdate find the core's user-facing text without the core importing Qt.

lupdate reads the sources lexically: a call ``QT_TRANSLATE_NOOP("Context", "text")`` puts "text"
into every .ts under that context, whatever the name is bound to. Here it is bound to a function
that returns the text unchanged, so the core stays Qt-free and its English text is what the CLI,
the logs and the tests see. The UI translates where it shows or speaks the text:
``QCoreApplication.translate(context, text)`` (walkcoach.ui.i18n.core_text); a text with
placeholders is marked and translated as its template, and only then formatted.

Contexts are stable names, one per kind of text (the CONTEXT_* constants), not module names: a
module can be renamed without losing its translations.

Three hooks, all no-ops until a UI (or the CLI) installs them, so the core never imports Qt:

* ``translate`` / ``translate_count``: text the core composes itself (a cue sentence, an editor
  problem with its figures) is translated when it is made. ``translate_count`` is Qt's numerus
  form: the source text says ``%n`` and ``(s)`` ("%n minute(s)"); untranslated, the English
  plural is made here.
* ``decimal_text``: a figure with the locale's decimal separator ("4,0" in German).
* ``translate_spoken``: spoken text may be in another language than the screen: with no voice of
  the screen's language the cues are spoken in English (the UI sets ``set_spoken_language``).
"""

from __future__ import annotations

import math
from typing import Protocol

CONTEXT_CUES = "Cues"  # spoken cue texts (core/cues.py, core/spoken.py)
CONTEXT_ZONES = "HeartRateZones"  # zone names and notes (core/hr_zones.py)
CONTEXT_COACH = "HeartRateCoach"  # the heart-rate coach's texts (core/hr_coach.py)
CONTEXT_PROGRAMS = "Programs"  # built-in program names, descriptions, segment labels and notes
CONTEXT_PLANS = "Plans"  # built-in plan names and descriptions
CONTEXT_MUSCLES = "Muscles"  # muscle names, groups, roles and reasons (resources/muscles.json)

SOURCE_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    return text


class Numerus:
    """The marker of a counted text: lupdate reads a call of the shape
    ``X.translate(context, text, disambiguation, n)`` as a numerus message (one translation per
    plural form), and QT_TRANSLATE_NOOP as a plain one. ``Numerus.translate("Cues", "%n
    minute(s)", None, 2)`` gives the text unchanged; ``translate_count`` translates it."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = 2) -> str:
        return text


class Translator(Protocol):
    """QCoreApplication.translate's shape: (context, text[, disambiguation[, n]])."""

    def __call__(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


# Text the core composes itself (spoken cues: a sentence built from several marked templates)
# cannot wait for the UI to translate it; the core asks this hook instead. It is the identity
# until the UI installs Qt's translate (walkcoach.ui.i18n.install_translations), so the CLI and
# the tests get the English text, and the core never imports Qt.
_translator: list[Translator] = []
_decimal_point = ["."]
_spoken_language = [SOURCE_LANGUAGE]


def translate(context: str, text: str) -> str:
    """``text`` in the language the UI loaded (itself when none is loaded or none was set)."""
    return _translator[0](context, text) if _translator else text


def translate_count(context: str, text: str, count: int) -> str:
    """A counted text ("%n minute(s)") for ``count``, in the loaded language's plural form."""
    if _translator:
        translated = _translator[0](context, text, None, count)
        if translated not in (text, text.replace("%n", str(count))):
            # QCoreApplication.translate fills %n in; a bare QTranslator (the CLI's) does not.
            # A translation may keep "(s)" (the pseudo-language's does): it is still one.
            return translated.replace("%n", str(count))
        # No translation of it (Qt gives the text back, at most with %n filled in): English.
    return english_count(text, count)


def english_count(text: str, count: int) -> str:
    """``"%n minute(s)"``, 1 -> ``"1 minute"``; 2 -> ``"2 minutes"``."""
    return text.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")


def set_translator(translator: Translator | None) -> None:
    """Install (or, with None, remove) the function ``translate`` uses."""
    _translator[:] = [] if translator is None else [translator]


def installed_translator() -> Translator | None:
    """The function ``translate`` uses now (None: the identity)."""
    return _translator[0] if _translator else None


def decimal_text(value: float, places: int = 1) -> str:
    """``4.0`` -> ``"4.0"``, or ``"4,0"`` once a locale with a decimal comma is set."""
    if not math.isfinite(value):
        return str(value)
    text = f"{value:.{places}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]  # "-0.0" is no figure a person writes
    return text.replace(".", _decimal_point[0]) if _decimal_point[0] != "." else text


def set_decimal_point(point: str) -> None:
    """The separator ``decimal_text`` writes (the UI sets it from QLocale; "." when unset)."""
    _decimal_point[0] = point or "."


def decimal_point() -> str:
    return _decimal_point[0]


def set_spoken_language(language: str) -> None:
    """The language the cues are spoken in ("en", "de", ...): the screen's, or English when the
    system has no voice of it."""
    _spoken_language[0] = language or SOURCE_LANGUAGE


def spoken_language() -> str:
    return _spoken_language[0]


def translate_spoken(context: str, text: str) -> str:
    """``translate`` for a text to be spoken: English (the text itself) when the cues are spoken
    in English, whatever the screen's language."""
    return text if _spoken_language[0] == SOURCE_LANGUAGE else translate(context, text)


def translate_spoken_count(context: str, text: str, count: int) -> str:
    if _spoken_language[0] == SOURCE_LANGUAGE:
        return english_count(text, count)
    return translate_count(context, text, count)


def reset() -> None:
    """Back to English with "." (tests, and remove_translations)."""
    set_translator(None)
    set_decimal_point(".")
    set_spoken_language(SOURCE_LANGUAGE)

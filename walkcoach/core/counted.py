"""A counted core text ("%n more problem(s)") in a form pyside6-lupdate marks as numerus.

lupdate is lexical: it takes ``something.translate("Context", "text", None, n)`` (four arguments)
as a text with plural forms, but it does not know ``core.i18n.translate_count``. The core writes
its counted texts as ``counted.translate(CONTEXT-literal, "...%n...(s)...", None, count)``, which
is ``translate_count`` under the name lupdate reads; untranslated it gives the English plural.
"""

from __future__ import annotations

from walkcoach.core.i18n import translate_count


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` for the count ``n`` in the loaded language (``disambiguation`` is for lupdate)."""
    return translate_count(context, text, n)

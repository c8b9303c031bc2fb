"""English plural forms for Qt's ``tr(text, "", n)`` when no translation is loaded.

The UI writes counted text the Qt way, ``self.tr("%n day(s)", "", count)``, so a translator can
give every plural form of their language. With no translation file (English, WalkCoach's own
language) Qt only puts the number in place of ``%n`` and would show "1 day(s)"; this translator
answers those strings, and only those, with "(s)" resolved: "1 day", "2 days", "0 days". Any
other text, or a text without a count, is left to Qt (a real translation installed later is
asked first).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


class EnglishPlurals(QTranslator):
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(s)" not in source_text:
            return None  # not ours: Qt looks further, then shows the source text
        return source_text.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def install() -> None:
    """Install the translator once on the running application (call from widgets that count)."""
    app = QCoreApplication.instance()
    if app is None or (_installed and _installed[-1].parent() is app):
        return
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    _installed[:] = [translator]

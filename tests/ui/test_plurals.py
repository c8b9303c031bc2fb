"""Qt's tr(text, "", n) gives right English plurals without a translation file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from walkcoach.ui import plurals


def test_counted_texts_get_their_english_plural(qtbot):
    plurals.install()
    plurals.install()  # once is enough; twice changes nothing
    obj = QObject()
    assert obj.tr("%n day(s)", "", 1) == "1 day"
    assert obj.tr("%n day(s)", "", 2) == "2 days"
    assert obj.tr("%n day(s)", "", 0) == "0 days"
    assert obj.tr("Cannot save yet: %n problem(s).", "", 2) == "Cannot save yet: 2 problems."
    assert QCoreApplication.translate("X", "%n segment(s)", None, 1) == "1 segment"
    # Texts without a count, and texts that are not counted, are left alone.
    assert obj.tr("Total (s)") == "Total (s)"
    assert obj.tr("Save") == "Save"

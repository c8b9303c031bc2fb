"""The big direction word keeps an accented capital's dots (RÜCKWÄRTS was cut at the top)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import fit_check

from walkcoach.ui.coach.direction_display import FitLabel


def _word(qtbot, text: str) -> tuple[QWidget, FitLabel]:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = FitLabel(holder)
    font = label.font()
    font.setBold(True)  # as the display's word (its capitals reach highest in bold)
    label.setFont(font)
    QVBoxLayout(holder).addWidget(label)
    label.set_max_px(60)
    label.setText(text)
    holder.resize(700, 10)  # the layout gives the label no more height than it asks for
    holder.show()
    qtbot.waitExposed(holder)
    return holder, label


def test_an_umlaut_capital_word_gets_room_above_its_line(qtbot):
    _holder, label = _word(qtbot, "RÜCKWÄRTS")
    qtbot.waitUntil(lambda: label.font().pixelSize() == 60)
    metrics = QFontMetrics(label.font())
    above_px = -(metrics.ascent() + metrics.tightBoundingRect(label.text()).top())
    assert above_px > 0  # the premise: the Ü's dots reach above the font's ascent
    assert label.minimumHeight() == metrics.height() + 2 * above_px
    qtbot.waitUntil(lambda: label.height() >= label.minimumHeight())
    area = label.contentsRect()
    assert fit_check._line_problem(label, metrics, label.text(), area) == ""


def test_a_word_without_accents_keeps_its_height(qtbot):
    _holder, label = _word(qtbot, "BACKWARD")
    qtbot.waitUntil(lambda: label.font().pixelSize() == 60)
    assert label.minimumHeight() == 0

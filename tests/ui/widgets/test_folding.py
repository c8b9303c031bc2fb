"""Containers that give way to a longer text: they fold, elide, clamp, widen or scroll rather
than hold their window wider (or taller) than the screen."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from walkcoach.ui.widgets.clamped_label import ELLIPSIS, ClampedLabel, clamp_text
from walkcoach.ui.widgets.folding import ElidingGroupBox, FoldingFrame, VerticalScrollArea
from walkcoach.ui.widgets.screen_fit import fit_dialog, room_for

LONG = "Schreibgeschützt: Dies ist ein eingebautes Programm. Zum Bearbeiten eine Kopie anlegen. "


def _banner(qtbot) -> tuple[QWidget, FoldingFrame, QLabel, QPushButton]:
    holder = QWidget()  # a child, as in the editor (a window keeps its layout's minimum)
    qtbot.addWidget(holder)
    holder.resize(1200, 400)
    holder.show()
    frame = FoldingFrame(holder)
    label = QLabel(LONG, frame)
    label.setWordWrap(True)
    button = QPushButton("Zum Bearbeiten duplizieren", frame)
    frame.box.addWidget(label, 1)
    frame.box.addWidget(button)
    frame.show()
    return holder, frame, label, button


def test_a_folding_frame_is_a_row_where_it_fits_and_a_column_where_it_does_not(qtbot):
    _holder, frame, label, button = _banner(qtbot)
    row_px = label.minimumSizeHint().width() + button.minimumSizeHint().width() + 60
    frame.resize(row_px, 200)
    qtbot.waitUntil(lambda: not frame.is_folded())
    assert button.geometry().left() > label.geometry().left()  # beside
    frame.resize(button.minimumSizeHint().width() + 30, 300)
    qtbot.waitUntil(frame.is_folded)
    qtbot.waitUntil(lambda: button.geometry().top() > label.geometry().bottom())  # under
    # Folded or not, it may be as narrow as its widest widget: never as wide as the row.
    assert frame.minimumSizeHint().width() < row_px - 40


def test_an_eliding_group_box_shortens_its_title_instead_of_widening(qtbot):
    title = "Zusammenfassung (wird beim Bearbeiten aktualisiert)"
    box = ElidingGroupBox(title)
    qtbot.addWidget(box)
    QVBoxLayout(box).addWidget(QLabel("1:00", box))
    assert box.minimumSizeHint().width() < box.fontMetrics().horizontalAdvance(title)
    box.resize(120, 80)
    box.show()
    qtbot.waitUntil(lambda: box.title().endswith(ELLIPSIS))
    assert title.startswith(box.title()[:-1]) and box.toolTip() == title
    box.resize(box.fontMetrics().horizontalAdvance(title) + 80, 80)
    qtbot.waitUntil(lambda: box.title() == title)
    assert box.toolTip() == ""


def test_a_clamped_label_shows_at_most_its_lines_and_keeps_the_whole_text_in_its_tip(qtbot):
    label = ClampedLabel(2)
    qtbot.addWidget(label)
    label.setText(LONG * 6)
    assert label.text() == LONG * 6  # not shown yet: whole
    label.resize(200, 200)
    label.show()
    qtbot.waitUntil(lambda: label.text().endswith(ELLIPSIS))
    metrics = label.fontMetrics()
    assert label.heightForWidth(200) <= 2 * metrics.lineSpacing()
    assert label.toolTip() == LONG * 6 and label.full_text() == LONG * 6
    label.setText("Kurz.")
    assert label.text() == "Kurz." and label.toolTip() == ""


def test_clamp_text_cuts_at_a_space_and_fits(qapp):
    label = QLabel()
    metrics = QFontMetrics(label.font())
    text = " ".join(["Rückwärtsgehen"] * 40)
    shown = clamp_text(metrics, text, 220, 3)
    assert shown.endswith(ELLIPSIS) and text.startswith(shown[:-1].rstrip())
    assert shown[:-1].endswith("Rückwärtsgehen")  # a whole word, not half of one
    assert clamp_text(metrics, "Kurz.", 220, 3) == "Kurz."


def test_a_dialog_too_tall_for_the_screen_is_made_wider(qtbot):
    dialog = QWidget()
    qtbot.addWidget(dialog)
    text = QLabel(LONG * 30, dialog)
    text.setWordWrap(True)
    QVBoxLayout(dialog).addWidget(text)
    room = room_for(dialog)
    narrow = 300
    assert dialog.layout().totalHeightForWidth(narrow) > room.height()  # the premise
    size = fit_dialog(dialog, narrow)
    assert size.width() > narrow and size.height() <= room.height()
    assert dialog.layout().totalHeightForWidth(size.width()) <= room.height()


def test_a_vertical_scroll_area_is_as_wide_as_its_widget_needs(qtbot):
    inner = QWidget()
    button = QPushButton("Wiederholung entfernen und so weiter", inner)
    QVBoxLayout(inner).addWidget(button)
    area = VerticalScrollArea(inner)
    qtbot.addWidget(area)
    bar = area.verticalScrollBar().sizeHint().width()
    assert area.minimumSizeHint().width() == inner.minimumSizeHint().width() + bar
    button.setText("Kurz")
    assert area.minimumSizeHint().width() == inner.minimumSizeHint().width() + bar

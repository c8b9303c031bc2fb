"""Eliding without the Qt namespace: the same cut Qt would make, never inside a character."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QFontMetrics

from walkcoach.ui.widgets.eliding_combo import ELLIPSIS, elide_right


def _metrics(qapp) -> QFontMetrics:
    font = QFont()
    font.setPixelSize(16)
    return QFontMetrics(font)


def test_a_text_that_fits_is_left_whole(qapp):
    metrics = _metrics(qapp)
    text = "First steps"
    assert elide_right(metrics, text, metrics.horizontalAdvance(text)) == text


def test_a_long_text_keeps_its_longest_start_that_fits(qapp):
    metrics = _metrics(qapp)
    text = "6:00 backward at 2.4 km/h, incline 3 %"
    width = metrics.horizontalAdvance("6:00 backward") + metrics.horizontalAdvance(ELLIPSIS)
    shown = elide_right(metrics, text, width)
    assert shown == "6:00 backward" + ELLIPSIS
    assert elide_right(metrics, text, 0) == ELLIPSIS


def test_an_accent_stays_with_its_letter(qapp):
    metrics = _metrics(qapp)
    text = "Re\u0301cupe\u0301ration active"  # é written as e + combining acute accent
    for width in range(0, metrics.horizontalAdvance(text)):
        kept = len(elide_right(metrics, text, width).removesuffix(ELLIPSIS))
        assert kept == len(text) or not unicodedata.combining(text[kept]), width


@settings(max_examples=60, deadline=None)
@given(text=st.text(min_size=1, max_size=40), width=st.integers(min_value=0, max_value=400))
def test_what_is_shown_fits_and_starts_the_text(qapp, text, width):
    metrics = _metrics(qapp)
    shown = elide_right(metrics, text, width)
    if shown == text:
        assert metrics.horizontalAdvance(text) <= width
    else:
        assert shown.endswith(ELLIPSIS)
        assert text.startswith(shown.removesuffix(ELLIPSIS))
        start = shown.removesuffix(ELLIPSIS)
        assert start == "" or metrics.horizontalAdvance(shown) <= width


def test_the_combo_paints_the_elided_text_in_full_or_cut(qtbot, qapp):
    """What ElidingComboBox paints is what a plain combo paints holding its shown_text(): the
    elided text reaches Qt's own paint through initStyleOption, and only there. Under the
    theme's style sheet (the field known from it) and without one (the style asked)."""
    from PySide6.QtWidgets import QComboBox

    from walkcoach.ui import theme
    from walkcoach.ui.widgets.eliding_combo import ElidingComboBox

    sheet, font = qapp.styleSheet(), qapp.font()
    try:
        for themed in (False, True):
            if themed:
                theme.apply(qapp, "dark")
            insets_px = theme.combo_field_insets_px() if themed else None
            assert (insets_px is not None) == themed
            for width_px in (160, 700):
                eliding, plain = ElidingComboBox(field_insets_px=insets_px), QComboBox()
                for combo in (eliding, plain):
                    qtbot.addWidget(combo)
                    combo.setFixedWidth(width_px)
                    combo.ensurePolished()  # the style sheet's font, as when painted
                eliding.addItem("First steps backward  (20:30, 6:00 backward)")
                shown = eliding.shown_text()
                plain.addItem(shown)
                assert (shown != eliding.currentText()) == (width_px == 160)
                assert eliding.grab().toImage() == plain.grab().toImage(), (themed, width_px)
                assert eliding.currentText().startswith(shown.removesuffix(ELLIPSIS))
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)

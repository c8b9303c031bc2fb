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

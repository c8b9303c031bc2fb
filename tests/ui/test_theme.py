"""The theme's text follows the desktop's font size (accessibility: text scales with the system)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from walkcoach.ui import theme


@pytest.fixture
def restore_font(qapp):
    saved_font, saved_sheet, saved_size = qapp.font(), qapp.styleSheet(), theme._system_point_size
    yield qapp
    qapp.setFont(saved_font)
    qapp.setStyleSheet(saved_sheet)
    theme._system_point_size = saved_size


@pytest.mark.parametrize("system_pt", [9.0, 12.0, 16.0])
def test_app_text_scales_with_the_system_font(restore_font, system_pt):
    app = restore_font
    theme._system_point_size = None
    font = QFont(app.font())
    font.setPointSizeF(system_pt)
    app.setFont(font)

    theme.apply(app, "dark")

    expected_pt = system_pt * theme.FONT_SCALE
    assert app.font().pointSizeF() == pytest.approx(expected_pt)
    assert f"font-size: {expected_pt * theme.BUTTON_FONT_SCALE:.1f}pt" in app.styleSheet()
    assert "px; font-weight" not in app.styleSheet()  # no fixed pixel sizes for button text


def test_applying_twice_does_not_compound_the_scale(restore_font):
    app = restore_font
    theme._system_point_size = None
    font = QFont(app.font())
    font.setPointSizeF(10.0)
    app.setFont(font)
    theme.apply(app, "dark")
    theme.apply(app, "light")
    assert app.font().pointSizeF() == pytest.approx(10.0 * theme.FONT_SCALE)


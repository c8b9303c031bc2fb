"""The theme's text follows the desktop's font size (accessibility: text scales with the system)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont

from walkcoach.ui import theme
from walkcoach.ui.editor.style import problem_colour


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


# -- contrast (WCAG 2.x AA) ----------------------------------------------------------------------


def text_pairs(name: str) -> list[tuple[str, str, str]]:
    """(what, text colour, background) for every text colour the theme draws on each background."""
    palette = theme.colours(name)
    backgrounds = {role: palette[role] for role in theme.BACKGROUND_ROLES}
    texts = {
        role: colour
        for role, colour in palette.items()
        if role not in theme.BACKGROUND_ROLES and role != "border"
    }
    # The direction word, the time and the banners are drawn in the segment kind's colour.
    texts.update(
        {f"direction {kind}": style.colour for kind, style in theme.direction_styles(name).items()}
    )
    texts["editor problem"] = problem_colour(name == "dark")
    # Zone names and the live heart rate are drawn in the zone's colour.
    texts.update({f"zone {i + 1}": c for i, c in enumerate(theme.zone_colours(name))})
    pairs = [(f"{t} on {b}", fg, bg) for t, fg in texts.items() for b, bg in backgrounds.items()]
    pairs.append(("primary button", palette["window"], palette["accent"]))
    pairs += [
        (f"text over a {kind} fill", s.text_on_colour, s.colour)
        for kind, s in theme.direction_styles(name).items()
    ]
    return pairs


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#777777") == theme.contrast_ratio("#777777", "#ffffff")


@pytest.mark.parametrize("name", ["dark", "light"])
def test_every_text_colour_meets_wcag_aa_on_every_background(name):
    pairs = text_pairs(name)
    assert len(pairs) >= 54  # every role on every background, not a chosen few
    failing = [
        f"{what}: {theme.contrast_ratio(fg, bg):.2f}"
        for what, fg, bg in pairs
        if theme.contrast_ratio(fg, bg) < theme.WCAG_AA_TEXT
    ]
    assert failing == []


def test_style_for_follows_the_applied_theme(restore_font):
    theme.apply(restore_font, "light")
    assert theme.current_theme() == "light"
    assert theme.style_for("forward") == theme.LIGHT_DIRECTION_STYLES["forward"]
    assert theme.style_for("forward", "dark") == theme.DIRECTION_STYLES["forward"]
    theme.apply(restore_font, "dark")
    assert theme.style_for("backward").colour == theme.DIRECTION_STYLES["backward"].colour
    # Colour is never the only signal: each kind keeps its shape in both themes.
    for kind, style in theme.LIGHT_DIRECTION_STYLES.items():
        assert style.shape == theme.DIRECTION_STYLES[kind].shape


@pytest.mark.parametrize("name", ["dark", "light"])
def test_a_checked_box_is_a_filled_box_with_a_tick(restore_font, qtbot, name):
    """The welcome's check box used to be drawn as a bare tick: only the unchecked state had a box."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox

    from walkcoach.ui.editor.style import editor_style_sheet

    theme.apply(restore_font, name)
    accent = QColor(theme.colours(name)["accent"])
    counts = {}
    for checked in (True, False):
        box = QCheckBox("Select it")
        box.setStyleSheet(editor_style_sheet(name == "dark"))  # as the welcome and Preferences do
        box.setChecked(checked)
        qtbot.addWidget(box)
        box.show()
        image = box.grab().toImage()
        side = min(image.height(), 40)
        counts[checked] = sum(
            1
            for x in range(side)
            for y in range(image.height())
            if QColor(image.pixel(x, y)) == accent
        )
    assert counts[True] > 40  # the box filled with the accent colour
    assert counts[False] == 0
    assert Path(theme.check_mark_path(name)).is_file()


@pytest.mark.parametrize("name", ["dark", "light"])
def test_links_are_drawn_in_the_accent_and_meet_wcag_aa(restore_font, name):
    """Qt's default link blue (#0000ff) was about 2:1 on the dark theme's panels."""
    from PySide6.QtGui import QPalette

    saved = restore_font.palette()
    theme.apply(restore_font, name)
    palette = restore_font.palette()
    try:
        for role in (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):
            link = palette.color(role).name()
            assert link == theme.colours(name)["accent"]
            for background in theme.BACKGROUND_ROLES:
                bg = theme.colours(name)[background]
                assert theme.contrast_ratio(link, bg) >= theme.WCAG_AA_TEXT, (role, background)
    finally:
        restore_font.setPalette(saved)


@pytest.mark.parametrize("name", ["dark", "light"])
def test_dialog_buttons_show_no_standard_icons(restore_font, qtbot, name):
    """The style's black X on Close smudged on the dark button; OK had a green arrow.

    The desktop style decides whether dialog buttons get icons (Xvfb's does, offscreen's does not),
    so the box gets a style that asks for them: the theme's style sheet must still say no.
    """
    from PySide6.QtWidgets import QDialogButtonBox, QProxyStyle, QStyle

    class IconsStyle(QProxyStyle):
        def styleHint(self, hint, option=None, widget=None, data=None):
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, data)

    theme.apply(restore_font, name)
    box = QDialogButtonBox()
    style = IconsStyle("Fusion")
    box.setStyle(style)  # wrapped in the app's style sheet, as the desktop style is
    box.setStandardButtons(
        QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Ok
    )
    qtbot.addWidget(box)
    for which in (QDialogButtonBox.StandardButton.Close, QDialogButtonBox.StandardButton.Ok):
        assert box.button(which).icon().isNull()


@pytest.mark.parametrize("name", ["dark", "light"])
def test_zone_colours_are_five_distinct_colours_and_below_zone_one_is_dim(name):
    palette = theme.zone_colours(name)
    assert len(set(palette)) == 5
    assert theme.zone_colour(1, name) == palette[0] and theme.zone_colour(5, name) == palette[4]
    assert theme.zone_colour(0, name) == theme.colours(name)["text_dim"]


# -- the drop-down's text field, known from the style sheet -------------------------------------


@pytest.mark.parametrize("name", ["dark", "light"])
@pytest.mark.parametrize("system_pt", [9.0, 16.0])
@pytest.mark.parametrize("right_to_left", [False, True], ids=["ltr", "rtl"])
def test_the_drop_downs_text_field_is_where_the_style_puts_it(
    restore_font, qtbot, name, system_pt, right_to_left
):
    """ElidingComboBox elides to the width the theme gives its field without asking the style
    (the first frame would build QStyle's enums): both must agree, or the cut moves."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from walkcoach.ui.platform.lean_qt import set_enum
    from walkcoach.ui.widgets.eliding_combo import ElidingComboBox

    app = restore_font
    theme._system_point_size = None
    font = QFont(app.font())
    font.setPointSizeF(system_pt)
    app.setFont(font)
    theme.apply(app, name)
    insets_px = theme.combo_field_insets_px()
    assert insets_px == theme.COMBO_FIELD_INSETS_PX
    known = ElidingComboBox(field_insets_px=insets_px)
    asked = ElidingComboBox()  # asks the style
    for combo in (known, asked):
        qtbot.addWidget(combo)
        combo.addItem("First steps backward  (20:30, 6:00 backward)")
        if right_to_left:
            set_enum(combo, "layoutDirection", "RightToLeft")
    for width_px in (90, 180, 350, 700):
        for combo in (known, asked):
            combo.setFixedWidth(width_px)
            combo.ensurePolished()
        option = QStyleOptionComboBox()
        asked.initStyleOption(option)
        field = asked.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, asked
        )
        assert field.width() == width_px - insets_px, width_px
        assert known.shown_text() == asked.shown_text(), width_px


def test_under_another_style_sheet_the_drop_down_asks_the_style(restore_font):
    theme.apply(restore_font, "dark")
    restore_font.setStyleSheet("QComboBox { padding: 1px; }")
    assert theme.combo_field_insets_px() is None

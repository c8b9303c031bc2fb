"""Colours and style sheet: dark by default, high contrast, one colour and one shape per direction."""

from __future__ import annotations

from typing import NamedTuple, cast

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from walkcoach import resources


# A NamedTuple, not a dataclass: imported before the first frame (docs/performance.md,
# "a frozen dataclass costs 4.7 M instructions to create on Python 3.11").
class DirectionStyle(NamedTuple):
    """How one kind of segment looks: colour AND shape, so colour is never the only signal."""

    colour: str  # "#rrggbb", bright enough for dark and light backgrounds
    shape: str  # "arrow_up", "arrow_down", "pause", "square", "u_turn", "dot"
    text_on_colour: str  # readable text over a fill of ``colour``


# Chosen to stay apart under the common colour-vision deficiencies (green vs orange differ in
# lightness too) and to pass 4.5:1 contrast against the dark background.
DIRECTION_STYLES: dict[str, DirectionStyle] = {
    "forward": DirectionStyle("#34d27b", "arrow_up", "#06210f"),
    "backward": DirectionStyle("#ff9b30", "arrow_down", "#2a1400"),
    "rest": DirectionStyle("#5ab4ff", "pause", "#001a33"),
    "station": DirectionStyle("#d08cff", "square", "#22002f"),
    "turn": DirectionStyle("#ffe14d", "u_turn", "#2a2300"),
    "idle": DirectionStyle("#9aa4b2", "dot", "#111418"),
}

# The same kinds on the light theme: the bright colours above fall to about 2:1 on white, so the
# direction word and time (text) would be hard to read. These darker shades keep each hue and
# pass 4.5:1 on every light background; text over a fill of them is white.
LIGHT_DIRECTION_STYLES: dict[str, DirectionStyle] = {
    "forward": DirectionStyle("#11733a", "arrow_up", "#ffffff"),
    "backward": DirectionStyle("#a84a00", "arrow_down", "#ffffff"),
    "rest": DirectionStyle("#0b62b8", "pause", "#ffffff"),
    "station": DirectionStyle("#8a3cc0", "square", "#ffffff"),
    "turn": DirectionStyle("#7a5a00", "u_turn", "#ffffff"),
    "idle": DirectionStyle("#4a5462", "dot", "#ffffff"),
}

# Heart-rate zones 1 to 5, cool to hot (grey, blue, green, orange, red: the order most watches
# and apps draw them in, so a user reads them without a legend). The one place for them: the
# history's charts and the coach's live heart rate use these. Zone names are drawn in them as
# text, so each passes 4.5:1 on every background of its theme; the light set is darker shades
# of the same hues (the bright ones fall under 2:1 on white).
ZONE_COLOURS: dict[str, tuple[str, str, str, str, str]] = {
    "dark": ("#b4bfcc", "#6cb8ff", "#7ed957", "#ffb347", "#ff6b6b"),
    "light": ("#55606e", "#0b62b8", "#22702b", "#a04f00", "#c62828"),
}

DARK = {
    "window": "#111418",
    "panel": "#1b2027",
    "panel_alt": "#232a33",
    "text": "#f2f4f7",
    "text_dim": "#a9b3c1",
    "accent": "#5ab4ff",
    "danger": "#ff5d5d",
    "border": "#343d49",
}

LIGHT = {
    "window": "#f4f5f7",
    "panel": "#ffffff",
    "panel_alt": "#e8ebef",
    "text": "#111418",
    "text_dim": "#4a5462",
    "accent": "#0a5fb4",  # 5.3:1 on panel_alt (the old #0b6bcb was 4.4:1)
    "danger": "#b3261e",
    "border": "#c6ccd5",
}

# Roles of the palettes above that are backgrounds; every other role except "border" is drawn
# as text on them somewhere (labels, links, tool tips, chart axes, error messages).
BACKGROUND_ROLES = ("window", "panel", "panel_alt")
WCAG_AA_TEXT = 4.5  # contrast ratio for normal text (WCAG 2.x, success criterion 1.4.3)
WCAG_AA_LARGE_TEXT = 3.0  # for large text (18 pt, or 14 pt bold, and larger)

_current_theme = "dark"  # the theme apply() last set: style_for() follows it
_applied_style_sheet: str | None = None  # the style sheet apply() last set on the application

# The drop-downs' box in the style sheet. ElidingComboBox needs to know where the text field
# ends to elide its text; asking the style (QStyle.subControlRect) would make PySide6 build
# QStyle's 570 enum members, some 50 million instructions of the first frame, which shows one.
COMBO_BORDER_PX = 2
COMBO_PADDING_X_PX = 10
COMBO_PADDING_Y_PX = 6
# What Qt's style sheets give the drop-down arrow's part when no ::drop-down rule sizes it.
COMBO_DROP_DOWN_PX = 16
COMBO_FIELD_INSETS_PX = 2 * (COMBO_BORDER_PX + COMBO_PADDING_X_PX) + COMBO_DROP_DOWN_PX


# The coach is read from a treadmill, so text is a step larger than the desktop's: 1.25x the
# system font (15 px on a default 9 pt / 96 dpi desktop). Everything derives from the system
# size, so a user who enlarges the desktop font gets larger text here too.
FONT_SCALE = 1.25
BUTTON_FONT_SCALE = 1.2  # relative to the app font
INPUT_FONT_SCALE = 1.13

_system_point_size: float | None = None


def system_point_size(app: QApplication) -> float:
    """The desktop's font size in points, read once before the theme changes the app font."""
    global _system_point_size
    if _system_point_size is None:
        font = app.font()
        size = font.pointSizeF()
        if size <= 0:  # a pixel-sized system font: 96 dpi points
            size = font.pixelSize() * 0.75
        _system_point_size = size if size > 0 else 9.0
    return _system_point_size


def current_theme() -> str:
    """ "dark" or "light": the theme the application shows now."""
    return _current_theme


def direction_styles(theme: str | None = None) -> dict[str, DirectionStyle]:
    return LIGHT_DIRECTION_STYLES if (theme or _current_theme) == "light" else DIRECTION_STYLES


def style_for(kind: str | None, theme: str | None = None) -> DirectionStyle:
    """The look of a segment kind in ``theme`` (default: the theme shown now)."""
    styles = direction_styles(theme)
    return styles.get(kind or "idle", styles["idle"])


def zone_colours(theme: str | None = None) -> tuple[str, ...]:
    """The colours of zones 1..5 in ``theme`` (default: the theme shown now)."""
    return ZONE_COLOURS["light" if (theme or _current_theme) == "light" else "dark"]


def zone_colour(number: int, theme: str | None = None) -> str:
    """The colour of heart-rate zone ``number`` (1..5); below zone 1 (0 or None) is dim text."""
    palette = zone_colours(theme)
    if not 1 <= number <= len(palette):
        return colours(theme or _current_theme)["text_dim"]
    return palette[number - 1]


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb" (0 black, 1 white)."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def check_mark_path(theme: str) -> str:
    """The check box tick for ``theme``: drawn in the window colour over the accent fill."""
    name = "check-light.svg" if theme == "light" else "check-dark.svg"
    return resources.path(f"icons/{name}").as_posix()


def colours(theme: str) -> dict[str, str]:
    return LIGHT if theme == "light" else DARK


def resolve_theme(theme: str, app: QApplication | None = None) -> str:
    """ "system" follows the desktop's colour scheme where Qt knows it, else dark (the default)."""
    if theme in ("dark", "light"):
        return theme
    app = app or cast(QApplication | None, QApplication.instance())
    if app is not None:
        from PySide6.QtCore import Qt

        scheme = app.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Light:
            return "light"
    return "dark"


def style_sheet(theme: str, base_pt: float = 9.0 * FONT_SCALE) -> str:
    c = colours(theme)
    return f"""
QWidget {{ background: {c["window"]}; color: {c["text"]}; }}
QMainWindow, QDialog {{ background: {c["window"]}; }}
QMenuBar, QMenu {{ background: {c["panel"]}; color: {c["text"]}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {c["panel_alt"]}; }}
QFrame#panel {{ background: {c["panel"]}; border: 1px solid {c["border"]}; border-radius: 10px; }}
QFrame#panel QLabel {{ background: transparent; }}
QLabel[dim="true"] {{ color: {c["text_dim"]}; }}
QPushButton {{
    background: {c["panel_alt"]}; color: {c["text"]}; border: 2px solid {c["border"]};
    border-radius: 10px; padding: 8px 18px; min-height: 48px; font-size: {base_pt * BUTTON_FONT_SCALE:.1f}pt; font-weight: 600;
}}
/* The coach's row of controls: eight buttons must fit a 1024 px window beside the body panel. */
QPushButton[compact="true"] {{ padding: 8px 10px; }}
/* On a window under 700 px high: 44 px, still an easy target; the height goes to the digits. */
QPushButton[compact="true"][short="true"] {{ padding: 4px 10px; min-height: 32px; }}
QPushButton:hover {{ border-color: {c["accent"]}; }}
QPushButton:focus {{ border-color: {c["accent"]}; }}
QPushButton:disabled {{ color: {c["text_dim"]}; border-color: {c["panel_alt"]}; }}
QPushButton#primary {{ background: {c["accent"]}; color: {c["window"]}; border-color: {c["accent"]}; }}
QPushButton#primary:disabled {{
    background: {c["panel_alt"]}; color: {c["text_dim"]}; border-color: {c["panel_alt"]};
}}
QPushButton#danger {{ border-color: {c["danger"]}; }}
QComboBox {{
    background: {c["panel_alt"]}; border: {COMBO_BORDER_PX}px solid {c["border"]};
    border-radius: 8px; padding: {COMBO_PADDING_Y_PX}px {COMBO_PADDING_X_PX}px; min-height: 36px;
    font-size: {base_pt * INPUT_FONT_SCALE:.1f}pt;
    combobox-popup: 0;
}}
QComboBox QAbstractItemView {{ background: {c["panel"]}; selection-background-color: {c["panel_alt"]}; }}
QProgressBar {{
    background: {c["panel_alt"]}; border: 1px solid {c["border"]}; border-radius: 6px;
    min-height: 14px; max-height: 14px; text-align: center; color: transparent;
}}
QProgressBar::chunk {{ background: {c["accent"]}; border-radius: 6px; }}
QListWidget {{ background: {c["panel"]}; border: none; }}
QCheckBox {{ background: transparent; }}
QCheckBox::indicator {{
    width: 1em; height: 1em; border: 2px solid {c["text_dim"]}; border-radius: 4px;
    background: {c["panel"]};
}}
QCheckBox::indicator:checked {{
    border-color: {c["accent"]}; background: {c["accent"]}; image: url({check_mark_path(theme)});
}}
QCheckBox::indicator:disabled {{ border-color: {c["border"]}; background: {c["panel_alt"]}; }}
QCheckBox::indicator:checked:disabled {{ border-color: {c["text_dim"]}; background: {c["text_dim"]}; }}
QCheckBox:disabled {{ color: {c["text_dim"]}; }}
QToolTip {{ background: {c["panel_alt"]}; color: {c["text"]}; border: 1px solid {c["border"]}; }}
/* The styles' standard icons on OK/Close (a black X, a green arrow) smudge on the dark buttons
   and clash with the plain-text buttons elsewhere: dialog buttons are text only. */
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
"""


def combo_field_insets_px() -> int | None:
    """How much narrower than a drop-down its text field is under the style sheet that apply()
    set: None while the application shows another (or none), whose box only its style knows."""
    app = QApplication.instance()
    if _applied_style_sheet is None or app is None:
        return None
    return (
        COMBO_FIELD_INSETS_PX
        if cast(QApplication, app).styleSheet() == _applied_style_sheet
        else None
    )


def apply(app: QApplication, theme: str) -> str:
    """Apply the theme to the whole application; returns the theme actually used."""
    global _current_theme, _applied_style_sheet
    resolved = resolve_theme(theme, app)
    _current_theme = resolved
    c = colours(resolved)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(c["window"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(c["panel"]))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(c["panel_alt"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(c["panel_alt"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(c["accent"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(c["window"]))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(c["panel_alt"]))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(c["text"]))
    # Links in the accent: Qt's default dark blue is unreadable on the dark theme's panels.
    palette.setColor(QPalette.ColorRole.Link, QColor(c["accent"]))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor(c["accent"]))
    app.setPalette(palette)
    base_pt = system_point_size(app) * FONT_SCALE
    font = app.font()
    font.setPointSizeF(base_pt)
    app.setFont(font)
    _applied_style_sheet = style_sheet(resolved, base_pt)
    app.setStyleSheet(_applied_style_sheet)
    return resolved

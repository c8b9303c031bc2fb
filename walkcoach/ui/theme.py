"""Colours and style sheet: dark by default, high contrast, one colour and one shape per direction."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class DirectionStyle:
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
    "accent": "#0b6bcb",
    "danger": "#c62828",
    "border": "#c6ccd5",
}


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


def style_for(kind: str | None) -> DirectionStyle:
    return DIRECTION_STYLES.get(kind or "idle", DIRECTION_STYLES["idle"])


def colours(theme: str) -> dict[str, str]:
    return LIGHT if theme == "light" else DARK


def resolve_theme(theme: str, app: QApplication | None = None) -> str:
    """"system" follows the desktop's colour scheme where Qt knows it, else dark (the default)."""
    if theme in ("dark", "light"):
        return theme
    app = app or QApplication.instance()
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
QPushButton:hover {{ border-color: {c["accent"]}; }}
QPushButton:focus {{ border-color: {c["accent"]}; }}
QPushButton:disabled {{ color: {c["text_dim"]}; border-color: {c["panel_alt"]}; }}
QPushButton#primary {{ background: {c["accent"]}; color: {c["window"]}; border-color: {c["accent"]}; }}
QPushButton#primary:disabled {{
    background: {c["panel_alt"]}; color: {c["text_dim"]}; border-color: {c["panel_alt"]};
}}
QPushButton#danger {{ border-color: {c["danger"]}; }}
QComboBox {{
    background: {c["panel_alt"]}; border: 2px solid {c["border"]}; border-radius: 8px;
    padding: 6px 10px; min-height: 36px; font-size: {base_pt * INPUT_FONT_SCALE:.1f}pt;
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
QToolTip {{ background: {c["panel_alt"]}; color: {c["text"]}; border: 1px solid {c["border"]}; }}
"""


def apply(app: QApplication, theme: str) -> str:
    """Apply the theme to the whole application; returns the theme actually used."""
    resolved = resolve_theme(theme, app)
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
    app.setPalette(palette)
    base_pt = system_point_size(app) * FONT_SCALE
    font = app.font()
    font.setPointSizeF(base_pt)
    app.setFont(font)
    app.setStyleSheet(style_sheet(resolved, base_pt))
    return resolved

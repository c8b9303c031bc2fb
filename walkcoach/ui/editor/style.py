"""Look of the editor and dialogs: the desktop's own font size, compact controls, problem marks."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from walkcoach.ui.theme import colours


def system_font() -> QFont:
    """The desktop's general font, so text follows the user's font size setting.

    The coach window sets a large fixed font for reading at a distance; forms read at arm's length
    use the system's size instead.
    """
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)


def _font_pt() -> float:
    font = system_font()
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    return max(6.0, font.pixelSize() * 0.75)  # a pixel-sized system font: 96 dpi points


def _field_pt() -> float:
    """The size the line edits and spin boxes show (the application font): drop-downs match it."""
    size = QGuiApplication.font().pointSizeF()
    return size if size > 0 else _font_pt()


def problem_colour(dark: bool) -> str:
    return "#ff6b6b" if dark else "#b3261e"


def editor_style_sheet(dark: bool) -> str:
    """Overrides the coach window's big-button style inside the editor and settings dialogs.

    Sizes are in points of the system font (never pixels), so they scale with it.
    """
    danger = problem_colour(dark)
    c = colours("dark" if dark else "light")
    pt = f"{_font_pt():g}pt"
    return f"""
QPushButton, QToolButton {{
    min-height: 0px; padding: 0.25em 0.8em; font-size: {pt}; font-weight: normal; border-radius: 6px;
}}
/* A style sheet's tool button has no frame of its own: without one "Add forward" read as a label. */
QToolButton {{ background: {c["panel_alt"]}; border: 1px solid {c["border"]}; }}
QToolButton:hover, QToolButton:focus {{ border-color: {c["accent"]}; }}
QToolButton:pressed {{ background: {c["panel"]}; }}
QToolButton:disabled {{ color: {c["text_dim"]}; }}
QComboBox {{ min-height: 0px; padding: 0.15em 0.5em; font-size: {_field_pt():g}pt; border-radius: 6px; }}
QLabel#fieldProblem {{ color: {danger}; }}
QLabel#validationStatus {{ font-weight: bold; }}
*[invalid="true"] {{ border: 2px solid {danger}; border-radius: 4px; }}
QFrame#builtinBanner {{ border: 1px solid palette(mid); border-radius: 6px; }}
"""

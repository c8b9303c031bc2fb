"""Look of the editor and dialogs: the desktop's own font size, compact controls, problem marks."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase


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


def problem_colour(dark: bool) -> str:
    return "#ff6b6b" if dark else "#b3261e"


def editor_style_sheet(dark: bool) -> str:
    """Overrides the coach window's big-button style inside the editor and settings dialogs.

    Sizes are in points of the system font (never pixels), so they scale with it.
    """
    danger = problem_colour(dark)
    pt = f"{_font_pt():g}pt"
    return f"""
QPushButton, QToolButton {{
    min-height: 0px; padding: 0.25em 0.8em; font-size: {pt}; font-weight: normal; border-radius: 6px;
}}
QComboBox {{ min-height: 0px; padding: 0.15em 0.5em; font-size: {pt}; border-radius: 6px; }}
QLabel#fieldProblem {{ color: {danger}; }}
QLabel#validationStatus {{ font-weight: bold; }}
*[invalid="true"] {{ border: 2px solid {danger}; border-radius: 4px; }}
QFrame#builtinBanner {{ border: 1px solid palette(mid); border-radius: 6px; }}
"""

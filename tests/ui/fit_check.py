"""Does a window fit its screen? Walks the visible widgets and says what is clipped or covered.

``problems(window, available)`` returns one line per problem found:

* the window (or dialog) is larger than the screen's available area;
* a widget reaches outside the window, or outside its parent (unless a scroll area scrolls it);
* a label in a scroll area is wider than the area's viewport (read by scrolling sideways);
* a QLabel's text, or a button's or check box's text, does not fit its widget (font metrics
  against the contents rectangle, word wrap taken into account);
* two visible sibling widgets overlap (one covers the other);
* texts a widget paints itself (``painted_text_boxes()``, e.g. the body diagram's Front/Back
  labels, "Coming up" badge and legend) overlap or leave the widget;
* a table or tree shows rows far taller than their text, or a dialog's table scrolls while the
  screen has room for all of it;
* a combo box's popup shows only one row when there are more.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

SLACK_PX = 1  # rounding of fractional font metrics
OVERLAP_PX = 3
TITLE_BAR_PX = 30  # siblings may touch (borders); more than this is one covering the other


def name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace("\n", " ")
        text = f" {text[:40]!r}"
    object_name = widget.objectName()
    return f"{type(widget).__name__}{'#' + object_name if object_name else ''}{text}"


def _visible(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's (or item view's) viewport: clipping there is scrolling."""
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _sideways_problem(label: QLabel) -> str:
    """A label inside a QScrollArea reaching past its viewport's width: its line ends are read
    by scrolling sideways (vertical scrolling is fine)."""
    child, parent = label, label.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and parent is area.viewport():
            right = label.mapTo(child, QPoint(label.width(), 0)).x()  # in the scrolled contents
            if right > parent.width() + SLACK_PX:
                return f"{name(label)} ends at x={right}, past its scroll viewport's {parent.width()} px"
            return ""
        child, parent = parent, area
    return ""


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    rect = label.contentsRect()
    margin = label.margin()
    width, height = rect.width() - 2 * margin, rect.height() - 2 * margin
    indent = label.indent()
    if indent > 0:
        width -= indent
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(width)
        need = QSize(int(doc.idealWidth() + 0.999), int(doc.size().height() + 0.999))
    else:
        if label.buddy() is not None:  # "&Units": the & underlines the U, it is not drawn
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        metrics = QFontMetrics(label.font())
        if not label.wordWrap() and "\n" not in text:
            return _line_problem(
                label, metrics, text, QRect(rect.x() + margin, rect.y() + margin, width, height)
            )
        bound = metrics.boundingRect(
            QRect(0, 0, max(1, width), 100000), int(Qt.TextFlag.TextWordWrap), text
        )
        need = bound.size()
    if need.width() > width + SLACK_PX or need.height() > height + SLACK_PX:
        return f"{name(label)}: text needs {need.width()}x{need.height()} px, has {width}x{height}"
    return ""


def _line_problem(label: QLabel, metrics: QFontMetrics, text: str, area: QRect) -> str:
    """One line of plain text: its ink (not the font's whole line box) must lie in the label.

    A big timer's digits fill the ascent only, so a label a little shorter than the line
    spacing still shows them whole; the ink is placed as the label places the line."""
    line = metrics.boundingRect(area, int(label.alignment()), text)
    ink = metrics.tightBoundingRect(text).translated(line.left(), line.top() + metrics.ascent())
    advance = metrics.horizontalAdvance(text)
    if (
        advance > area.width() + SLACK_PX
        or ink.top() < area.top() - SLACK_PX
        or ink.bottom() > area.bottom() + SLACK_PX
    ):
        return (
            f"{name(label)}: text needs {advance}x{ink.height()} px (ink {_fmt(ink)}), "
            f"has {_fmt(area)}"
        )
    return ""


def _button_problem(button: QAbstractButton) -> str:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return ""
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    style = button.style()
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    elif isinstance(button, QPushButton):
        element = QStyle.SubElement.SE_PushButtonContents
    else:
        element = None
    area = (
        style.subElementRect(element, option, button)
        if element is not None
        else button.contentsRect()
    )
    if area.isEmpty():
        area = button.contentsRect()
    metrics = QFontMetrics(button.font())
    need_w = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if not button.icon().isNull():
        need_w += button.iconSize().width() + 4
    need_h = metrics.height() * (text.count("\n") + 1)
    # A push button's own size hint says what its style needs around the text (padding,
    # borders of the style sheet): narrower than that, the text is cut. (Its height is
    # checked by the text area above: a box of buttons may be a few pixels under the hint.)
    hint = button.sizeHint() if isinstance(button, QPushButton) else QSize(0, 0)
    if (
        need_w > area.width() + SLACK_PX
        or need_h > area.height() + SLACK_PX
        or button.width() + SLACK_PX < hint.width()
    ):
        return (
            f"{name(button)}: text needs {need_w}x{need_h} px (button {hint.width()}x{hint.height()}), "
            f"has {area.width()}x{area.height()} (button {button.width()}x{button.height()})"
        )
    return ""


def _view_problems(view: QAbstractItemView, window: QWidget, available: QRect) -> list[str]:
    model = view.model()
    if (
        model is None
        or model.rowCount(QModelIndex()) == 0
        or isinstance(view.parentWidget(), QComboBox)
    ):
        return []
    found = []
    line = QFontMetrics(view.font()).lineSpacing()
    row_height = view.sizeHintForRow(0) if hasattr(view, "sizeHintForRow") else 0
    visual = view.visualRect(model.index(0, 0))
    tall = max(row_height, visual.height())
    # Rows with one line of text: taller than three lines is wasted (and hides the other rows).
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    texts = [str(model.index(0, c).data() or "") for c in range(columns)]
    if not any("\n" in t for t in texts) and tall > 3 * line:
        found.append(f"{name(view)}: rows are {tall} px tall for one line of {line} px")
    roomy = window.frameGeometry().height() < 0.8 * available.height()
    if isinstance(window, QDialog) and view.verticalScrollBar().isVisible() and roomy:
        found.append(
            f"{name(view)} scrolls ({model.rowCount(QModelIndex())} rows) in a dialog of "
            f"{window.height()} px while the screen has {available.height()} px"
        )
    return found


def _combo_problem(combo: QComboBox) -> str:
    if combo.count() < 2 or not combo.isEnabled():
        return ""
    combo.showPopup()
    QApplication.processEvents()
    view = combo.view()
    rows = 0
    viewport = view.viewport().rect()
    for row in range(combo.count()):
        rect = view.visualRect(combo.model().index(row, combo.modelColumn()))
        if rect.isValid() and viewport.contains(rect.center()):
            rows += 1
    combo.hidePopup()
    QApplication.processEvents()
    if rows < min(2, combo.count()):
        return f"{name(combo)}: its list opens showing {rows} of {combo.count()} rows"
    return ""


def _painted_problems(widget: QWidget) -> list[str]:
    boxes: list[tuple[str, QRectF]] = list(widget.painted_text_boxes())
    found = []
    inside = QRectF(widget.rect())
    for label, box in boxes:
        if not inside.contains(box.adjusted(SLACK_PX, SLACK_PX, -SLACK_PX, -SLACK_PX)):
            found.append(
                f"{name(widget)}: painted {label!r} {_fmt(box)} leaves the widget {_fmt(inside)}"
            )
    for i, (label_a, a) in enumerate(boxes):
        for label_b, b in boxes[i + 1 :]:
            cut = a.intersected(b)
            if cut.width() > OVERLAP_PX and cut.height() > OVERLAP_PX:
                found.append(f"{name(widget)}: painted {label_a!r} covers {label_b!r}")
    return found


def _scene_text_problems(view: QGraphicsView) -> list[str]:
    """Texts of a chart (pyqtgraph axis labels and titles are QGraphicsTextItems) must lie
    inside the part of the scene the view shows."""
    scene = view.scene()
    if scene is None:
        return []
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    found = []
    for item in scene.items():
        if (
            not isinstance(item, QGraphicsTextItem)
            or not item.isVisible()
            or not item.toPlainText().strip()
        ):
            continue
        box = item.sceneBoundingRect()
        # The item's box has the text document's margin round the text: allow it.
        margin = item.document().documentMargin()
        if not shown.contains(box.adjusted(margin, margin, -margin, -margin)):
            found.append(
                f"{name(view)}: chart text {item.toPlainText()[:40]!r} {_fmt(box)} is cut by the chart {_fmt(shown)}"
            )
    return found


def _fmt(rect) -> str:
    return f"({rect.x():.0f},{rect.y():.0f} {rect.width():.0f}x{rect.height():.0f})"


def _overlaps(parent: QWidget, children: list[QWidget]) -> list[str]:
    if isinstance(parent, QAbstractScrollArea):  # viewport, scroll bars, corner: Qt's own
        return []
    found = []
    for i, a in enumerate(children):
        for b in children[i + 1 :]:
            if a.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents) or b.testAttribute(
                Qt.WidgetAttribute.WA_TransparentForMouseEvents
            ):
                continue  # an overlay (the flash) is meant to lie over the page
            cut = a.geometry().intersected(b.geometry())
            if cut.width() > OVERLAP_PX and cut.height() > OVERLAP_PX:
                found.append(f"{name(a)} and {name(b)} overlap by {cut.width()}x{cut.height()} px")
    return found


def problems(window: QWidget, available: QRect) -> list[str]:
    """Every problem found in ``window`` as shown on a screen whose free area is ``available``."""
    found: list[str] = []
    frame = window.frameGeometry()
    # A window manager puts a title bar on a dialog (the test servers have none): a maximised
    # window has it inside the screen's area, a dialog must leave room for it.
    maximised = frame.size() == available.size()
    title_px = 0 if maximised else TITLE_BAR_PX
    if frame.width() > available.width() or frame.height() + title_px > available.height():
        found.append(
            f"{name(window)} is {frame.width()}x{frame.height()} px (+{title_px} px title bar) "
            f"on a screen of {available.width()}x{available.height()}"
        )
    window_rect = window.rect()
    widgets = [w for w in window.findChildren(QWidget) if not w.isWindow() and _visible(w, window)]
    for widget in widgets:
        scrolled = _scrolled(widget)
        rect = _rect_in(widget, window)
        if not scrolled and not window_rect.contains(
            rect.adjusted(SLACK_PX, SLACK_PX, -SLACK_PX, -SLACK_PX)
        ):
            found.append(
                f"{name(widget)} {_fmt(rect)} reaches outside the window {_fmt(window_rect)}"
            )
            continue
        parent = widget.parentWidget()
        if (
            parent is not None
            and parent is not window
            and not scrolled
            and not isinstance(parent, QAbstractScrollArea)
        ):
            inner = parent.rect()
            if not inner.contains(
                widget.geometry().adjusted(SLACK_PX, SLACK_PX, -SLACK_PX, -SLACK_PX)
            ):
                found.append(
                    f"{name(widget)} {_fmt(widget.geometry())} is cut by its parent {name(parent)}"
                )
                continue
        if isinstance(widget, QLabel):
            problem = (_sideways_problem(widget) if scrolled else "") or _label_problem(widget)
        elif (
            isinstance(widget, QAbstractButton)
            and widget.parentWidget() is not None
            and not isinstance(widget.parentWidget(), QAbstractScrollArea)
        ):
            problem = _button_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        else:
            problem = ""
        if problem:
            found.append(problem)
        if isinstance(widget, QAbstractItemView):
            found.extend(_view_problems(widget, window, available))
        if isinstance(widget, QGraphicsView):
            found.extend(_scene_text_problems(widget))
        if hasattr(widget, "painted_text_boxes"):
            found.extend(_painted_problems(widget))
    parents = {
        id(w.parentWidget()): w.parentWidget() for w in widgets if w.parentWidget() is not None
    }
    for parent in parents.values():
        children = [w for w in widgets if w.parentWidget() is parent]
        found.extend(_overlaps(parent, children))
    return found


def check_all(themes: tuple[str, ...] = ("dark",)) -> dict[str, list[str]]:
    """Every screen of tests/ui/screens.py on this process's screen: name -> problems."""
    import tempfile
    from pathlib import Path

    import screens

    app = QApplication.instance() or QApplication([])
    available = app.primaryScreen().availableGeometry()
    results: dict[str, list[str]] = {}
    for theme in themes:
        with tempfile.TemporaryDirectory(prefix="wc-fit-") as folder:
            stage = screens.Stage(app, Path(folder), theme, available)
            for screen_name, show, close in stage.screens():
                window = show()
                results[f"{theme}-{screen_name}"] = problems(window, available)
                close()
            stage.close()
    return results


def offscreen_config(width: int, height: int) -> dict:
    """Qt's offscreen platform with one screen of ``width`` x ``height`` at 96 dpi."""
    screen = {
        "name": "fit",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    return {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": False,
        "screens": [screen],
    }


if __name__ == "__main__":
    # python tests/ui/fit_check.py: the problems of every screen as JSON, for the screen this
    # process has (QT_QPA_PLATFORM=offscreen:configfile=... gives it any size).
    import json
    import sys

    sys.stdout.write(json.dumps(check_all(tuple(sys.argv[1:]) or ("dark",))))

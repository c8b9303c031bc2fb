"""Front and back body diagram recoloured by muscle activation, with a legend, tooltips and clicks.

Past 400 lines as one piece: rendering, hit testing, tooltips and the legend work on the same
cached shapes of one widget; the Qt-free geometry and colours are in core/bodymap.py.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolTip, QWidget

from walkcoach import resources
from walkcoach.core.bodymap import (
    LEGEND_TICKS,
    activation_colour,
    muscle_elements,
    parse_path_data,
    recolour_svg,
    validated_activation,
)
from walkcoach.ui.coach.top_muscles import (
    TopMusclesList,  # the diagram's companion list, re-exported
)
from walkcoach.ui.resource_text import muscle_name, muscle_reason, muscle_source

if TYPE_CHECKING:
    from walkcoach.core.muscles import Activation, MuscleModel

VIEWS = ("front", "back")
# The part of the 400 x 800 SVG canvas the figure occupies (arms included): drawing only this part
# makes the figures as large as the widget allows.
FIGURE_BOX = QRectF(62.0, 14.0, 276.0, 780.0)
RENDERER_CACHE_SIZE = 12  # a session has a handful of distinct segments: keep them all parsed
PREVIEW_OPACITY = 0.45  # "Coming up": the figures dimmed toward a dark background
# On a light background the same fading turned the figures to a pale wash: dim them less there.
PREVIEW_OPACITY_LIGHT = 0.72
MARGIN_PX = 6
VIEW_GAP_PX = 10
BADGE_SCALE = 1.3  # the "Coming up" badge's font, relative to the widget's
LEGEND_SCALE = 0.9
BAR_PX = 10  # the legend's colour bar


@dataclass(frozen=True)
class DiagramLayout:
    """Where everything the diagram paints goes, worked out once from the widget's size and
    fonts (not fixed pixel heights, which a larger font overflowed). The "Coming up" badge has
    a row of its own above the Front/Back captions (over them, it hid them); the legend's
    caption wraps when the panel is narrow."""

    badge: QRectF
    captions: dict[str, QRectF]
    views: dict[str, QRectF]
    bar: QRectF
    ticks: tuple[tuple[str, QRectF], ...]
    legend_caption: QRectF


def painter_path(path_data: str) -> QPainterPath:
    """The QPainterPath of SVG path data (absolute/relative M, L, H, V, C, S, Q, T, Z)."""
    path = QPainterPath()
    for command, args in parse_path_data(path_data):
        if command == "M":
            path.moveTo(*args)
        elif command == "L":
            path.lineTo(*args)
        elif command == "C":
            path.cubicTo(*args)
        else:
            path.closeSubpath()
    return path


@dataclass
class _Shape:
    element_id: str
    muscle_id: str
    path: QPainterPath  # in SVG coordinates
    bounds: QRectF


@dataclass
class _View:
    base_svg: str
    shapes: list[_Shape]  # document order: the last one is drawn on top
    renderer: QSvgRenderer | None = None
    pixmap: QPixmap | None = None


def _scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """A copy of ``base`` scaled by ``factor``, whether it was sized in points or pixels."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(7.0, font.pointSizeF() * factor))
    elif font.pixelSize() > 0:
        font.setPixelSize(max(9, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def _point_inside(shape: _Shape) -> QPointF:
    """The bounding-box centre if it is inside the shape, else the nearest inside grid point."""
    centre = shape.bounds.center()
    if shape.path.contains(centre):
        return centre
    steps = 12
    candidates = [
        QPointF(
            shape.bounds.left() + shape.bounds.width() * (i + 0.5) / steps,
            shape.bounds.top() + shape.bounds.height() * (j + 0.5) / steps,
        )
        for i in range(steps)
        for j in range(steps)
    ]
    inside = [p for p in candidates if shape.path.contains(p)]
    return min(inside, key=lambda p: (p - centre).manhattanLength()) if inside else centre


class BodyDiagramWidget(QWidget):
    """Front and back figures side by side, muscles filled by activation (% MVC, estimated).

    ``set_activations()`` recolours; ``preview=True`` dims the figures under a "Coming up" label.
    Hovering a muscle shows its name, figure, basis and source; clicking emits ``muscle_clicked``.
    """

    muscle_clicked = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        model: MuscleModel | None = None,
        front_svg: str | None = None,
        back_svg: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._views: dict[str, _View] = {}
        for view, given in (("front", front_svg), ("back", back_svg)):
            text = given if given is not None else resources.read_text(f"body/{view}.svg")
            shapes = []
            for element in muscle_elements(text):
                path = painter_path(element.path_data)
                shapes.append(
                    _Shape(element.element_id, element.muscle_id, path, path.boundingRect())
                )
            self._views[view] = _View(text, shapes)
        self._renderers: OrderedDict[str, QSvgRenderer] = OrderedDict()
        self.parse_count = 0  # how many times an SVG text was parsed (the cache keeps this low)
        self._activations: dict[str, Activation] = {}
        self._colour_key: tuple[tuple[str, float], ...] | None = None
        self._preview = False
        self._hover_muscle: str | None = None
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Body diagram of the muscles worked"))
        self.set_activations([])

    # --- public API --------------------------------------------------------------------------

    def set_activations(self, activations: Iterable[Activation], preview: bool = False) -> None:
        """Colour each muscle by its activation; muscles not listed are drawn neutral."""
        listed = list(activations)
        by_id = {a.muscle.id: a for a in listed}
        # Colours are what the user sees; 0.1 % steps are finer than the scale can show.
        key = tuple(
            sorted(
                (
                    muscle_id,
                    round(validated_activation(a.activation, f"activation of {muscle_id}"), 1),
                )
                for muscle_id, a in by_id.items()
            )
        )
        if key != self._colour_key:
            fills = dict(key)
            # Recolour (and validate) everything before changing any state: bad input leaves
            # the diagram as it was.
            renderers = {
                name: self._renderer_for(recolour_svg(view.base_svg, fills))
                for name, view in self._views.items()
            }
            for name, view in self._views.items():
                view.renderer, view.pixmap = renderers[name], None
            self._colour_key = key
        elif preview == self._preview:
            self._activations = by_id  # same colours: only reasons/sources may differ
            return
        self._activations = by_id
        self._preview = preview
        self.setAccessibleDescription(self._describe(listed))
        self.update()

    def activations(self) -> list[Activation]:
        return sorted(self._activations.values(), key=lambda a: -a.activation)

    @property
    def preview(self) -> bool:
        return self._preview

    def view_rects(self) -> dict[str, QRectF]:
        """Where each figure (FIGURE_BOX of the SVG) is drawn, in widget coordinates (aspect kept)."""
        return self.diagram_layout().views

    def diagram_layout(self) -> DiagramLayout:
        """Badge row, captions, figures and legend, top to bottom, none over another."""
        base = self.font()
        badge_metrics = QFontMetrics(_scaled_font(base, BADGE_SCALE, bold=True))
        caption_metrics = QFontMetrics(_scaled_font(base, 1.0, bold=True))
        legend_metrics = QFontMetrics(_scaled_font(base, LEGEND_SCALE))
        area = QRectF(self.rect()).adjusted(MARGIN_PX, MARGIN_PX, -MARGIN_PX, -MARGIN_PX)
        # The badge's row is kept when no badge shows, so the figures do not jump in size at
        # every countdown to the next segment.
        badge_h = badge_metrics.height() + 12
        badge_w = min(area.width(), badge_metrics.horizontalAdvance(self.tr("Coming up")) + 28.0)
        badge = QRectF(area.center().x() - badge_w / 2, area.top(), badge_w, badge_h)
        caption_h = caption_metrics.height() + 6
        captions_top = badge.bottom() + 4
        caption_flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter)
        legend_width = area.width()
        wrapped = legend_metrics.boundingRect(
            QRectF(0, 0, legend_width, 10000).toRect(), caption_flags, self.legend_caption()
        )
        tick_h = legend_metrics.height()
        legend_h = 4 + BAR_PX + 2 + tick_h + 2 + wrapped.height()
        figures = QRectF(
            area.left(),
            captions_top + caption_h,
            area.width(),
            area.bottom() - legend_h - captions_top - caption_h,
        )
        aspect = FIGURE_BOX.width() / FIGURE_BOX.height()
        height = max(1.0, min(figures.height(), (figures.width() - VIEW_GAP_PX) / 2 / aspect))
        width = height * aspect
        left = figures.center().x() - width - VIEW_GAP_PX / 2
        top = figures.top() + (figures.height() - height) / 2
        views = {
            "front": QRectF(left, top, width, height),
            "back": QRectF(left + width + VIEW_GAP_PX, top, width, height),
        }
        captions = {}
        middle = figures.center().x()
        for view, rect in views.items():
            caption = QRectF(
                rect.left() - VIEW_GAP_PX / 2,
                top - caption_h,
                rect.width() + VIEW_GAP_PX / 2,
                caption_h,
            )
            needed = caption_metrics.horizontalAdvance(self._caption_text(view)) + 4.0
            if needed > caption.width():
                # Small figures and a longer language ("Vorn", "Hinten" ran into each other):
                # as wide as the word, over its figure, never past the middle into the other's.
                caption.setWidth(needed)
                caption.moveLeft(rect.center().x() - needed / 2)
                if view == "front":
                    caption.moveLeft(max(area.left(), min(caption.left(), middle - needed)))
                else:
                    caption.moveLeft(min(max(caption.left(), middle), area.right() - needed))
            captions[view] = caption
        legend_top = area.bottom() - legend_h
        bar_width = max(1.0, min(area.width() - 16, 320.0))
        bar = QRectF(area.center().x() - bar_width / 2, legend_top + 4, bar_width, BAR_PX)
        ticks = []
        for tick in LEGEND_TICKS:
            label = str(tick)
            advance = legend_metrics.horizontalAdvance(label)
            x = bar.left() + bar.width() * tick / 100 - advance / 2
            x = min(max(x, area.left()), area.right() - advance)  # "100" stays inside
            ticks.append((label, QRectF(x, bar.bottom() + 2, advance, tick_h)))
        caption = QRectF(area.left(), bar.bottom() + 2 + tick_h + 2, legend_width, wrapped.height())
        return DiagramLayout(badge, captions, views, bar, tuple(ticks), caption)

    def painted_text_boxes(self) -> list[tuple[str, QRectF]]:
        """Each text the diagram paints with its box (the clip check makes sure none covers
        another or leaves the widget)."""
        layout = self.diagram_layout()
        boxes = [(self._caption_text(view), rect) for view, rect in layout.captions.items()]
        if self._preview:
            boxes.append((self.tr("Coming up"), layout.badge))
        boxes += list(layout.ticks)
        boxes.append((self.legend_caption(), layout.legend_caption))
        return boxes

    def _caption_text(self, view: str) -> str:
        return self.tr("Front") if view == "front" else self.tr("Back")

    def element_at(self, pos: QPointF) -> tuple[str, str] | None:
        """(element id, muscle id) of the muscle shape under a widget position, or None."""
        for view, rect in self.view_rects().items():
            if not rect.contains(pos):
                continue
            to_svg, _ = self._transform(rect).inverted()
            svg_point = to_svg.map(QPointF(pos))
            for shape in reversed(self._views[view].shapes):  # topmost first
                if shape.bounds.contains(svg_point) and shape.path.contains(svg_point):
                    return shape.element_id, shape.muscle_id
        return None

    def muscle_at(self, pos: QPointF) -> str | None:
        found = self.element_at(pos)
        return found[1] if found else None

    def element_centre(self, element_id: str) -> QPointF:
        """A point inside the element, in widget coordinates (for tests and demos)."""
        for view, rect in self.view_rects().items():
            for shape in self._views[view].shapes:
                if shape.element_id == element_id:
                    return self._transform(rect).map(_point_inside(shape))
        raise KeyError(f"no muscle element {element_id!r} in the diagram")

    def tooltip_text(self, muscle_id: str, element_id: str = "") -> str:
        activation = self._activations.get(muscle_id)
        name = self._muscle_name(muscle_id, activation)
        side = ""
        if element_id.endswith("_left"):
            side = self.tr(" (left)")
        elif element_id.endswith("_right"):
            side = self.tr(" (right)")
        title = f"<b>{html.escape(name)}</b>{side}"
        if activation is None or activation.activation <= 0:
            return title + "<br>" + self.tr("Not working in this segment")
        basis = self.tr("measured") if activation.basis == "measured" else self.tr("estimated")
        lines = [
            title,
            self.tr("{value} % of its maximal voluntary contraction (EMG), {basis}").format(
                value=f"{activation.activation:.0f}", basis=basis
            ),
            self.tr("Source: {source}").format(
                source=html.escape(muscle_source(activation.source))
            ),
        ]
        if activation.reason:
            lines.append(f"<i>{html.escape(muscle_reason(activation.reason))}</i>")
        return "<br>".join(lines)

    # --- Qt events ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(440, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 300)  # figures still a third of it: badge, captions, legend take the rest

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        layout = self.diagram_layout()
        rects = layout.views
        painter.setFont(_scaled_font(self.font(), 1.0, bold=True))
        for view, rect in rects.items():
            painter.setOpacity(self._preview_opacity() if self._preview else 1.0)
            painter.drawPixmap(rect.topLeft(), self._pixmap(view, rect))
            painter.setOpacity(0.85)
            painter.setPen(text_colour)
            painter.drawText(
                layout.captions[view], Qt.AlignmentFlag.AlignCenter, self._caption_text(view)
            )
        painter.setOpacity(1.0)
        self._paint_hover(painter, rects)
        if self._preview:
            self._paint_preview_badge(painter, layout.badge)
        self._paint_legend(painter, text_colour, layout)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)  # a ToolTip event is a help event
            found = self.element_at(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(found[1], found[0]), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        muscle = self.muscle_at(event.position())
        if muscle != self._hover_muscle:
            self._hover_muscle = muscle
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if muscle else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover_muscle is not None:
            self._hover_muscle = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        muscle = self.muscle_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and muscle:
            self.muscle_clicked.emit(muscle)
            event.accept()
            return
        super().mousePressEvent(event)

    def resizeEvent(self, event) -> None:
        for view in self._views.values():
            view.pixmap = None
        super().resizeEvent(event)

    # --- helpers -----------------------------------------------------------------------------

    def _renderer_for(self, svg_text: str) -> QSvgRenderer:
        renderer = self._renderers.get(svg_text)
        if renderer is not None:
            self._renderers.move_to_end(svg_text)
            return renderer
        renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
        if not renderer.isValid():
            raise ValueError("the body diagram SVG could not be rendered")
        renderer.setViewBox(FIGURE_BOX)
        self.parse_count += 1
        self._renderers[svg_text] = renderer
        while len(self._renderers) > RENDERER_CACHE_SIZE:
            self._renderers.popitem(last=False)
        return renderer

    def _pixmap(self, view: str, rect: QRectF) -> QPixmap:
        """The rendered figure at the current size; re-rendered only after a colour or size change."""
        state = self._views[view]
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        if state.pixmap is None or state.pixmap.size() != size:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            state.renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            state.pixmap = pixmap
        return state.pixmap

    @staticmethod
    def _transform(rect: QRectF) -> QTransform:
        transform = QTransform()
        transform.translate(rect.left(), rect.top())
        transform.scale(rect.width() / FIGURE_BOX.width(), rect.height() / FIGURE_BOX.height())
        transform.translate(-FIGURE_BOX.left(), -FIGURE_BOX.top())
        return transform

    def _paint_hover(self, painter: QPainter, rects: dict[str, QRectF]) -> None:
        if not self._hover_muscle:
            return
        pen = QPen(QColor("#ffffff"), 2.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for view, rect in rects.items():
            transform = self._transform(rect)
            for shape in self._views[view].shapes:
                if shape.muscle_id == self._hover_muscle:
                    painter.drawPath(transform.map(shape.path))

    def _paint_preview_badge(self, painter: QPainter, badge: QRectF) -> None:
        painter.setFont(_scaled_font(self.font(), BADGE_SCALE, bold=True))
        height = badge.height()
        highlight = self.palette().highlight().color()
        painter.setPen(QPen(highlight, 2))
        fill = QColor(self.palette().window().color())
        fill.setAlpha(230)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge.adjusted(1, 1, -1, -1), height / 2, height / 2)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.tr("Coming up"))

    def _paint_legend(self, painter: QPainter, text_colour: QColor, layout: DiagramLayout) -> None:
        painter.setFont(_scaled_font(self.font(), LEGEND_SCALE))
        bar = layout.bar
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for percent in range(0, 101, 5):
            gradient.setColorAt(percent / 100, QColor(activation_colour(percent)))
        painter.setPen(QPen(text_colour.darker(180), 1))
        painter.setBrush(gradient)
        painter.drawRoundedRect(bar, 3, 3)
        painter.setPen(text_colour)
        for label, box in layout.ticks:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.drawText(
            layout.legend_caption,
            int(
                Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            ),
            self.legend_caption(),
        )

    def legend_caption(self) -> str:
        """What the colour scale measures (the history page shows load, not activation)."""
        return self.tr("% of maximal voluntary contraction")  # the tooltips say more

    def _preview_opacity(self) -> float:
        light = self.palette().window().color().lightness() >= 128
        return PREVIEW_OPACITY_LIGHT if light else PREVIEW_OPACITY

    def _muscle_name(self, muscle_id: str, activation: Activation | None) -> str:
        if activation is not None:
            return muscle_name(activation.muscle)
        if self._model is not None:
            try:
                return muscle_name(self._model.muscle(muscle_id))
            except KeyError:
                pass
        return muscle_id.replace("_", " ").capitalize()

    def _describe(self, activations: list[Activation]) -> str:
        worked = sorted((a for a in activations if a.activation > 0), key=lambda a: -a.activation)
        if not worked:
            return self.tr("No muscle is working hard.")
        return ", ".join(f"{muscle_name(a.muscle)} {a.activation:.0f} %" for a in worked[:5])


__all__ = ["BodyDiagramWidget", "TopMusclesList", "painter_path"]

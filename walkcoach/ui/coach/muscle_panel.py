"""Side panel of the coach page: body diagram of the segment's muscles and the top few with why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from walkcoach.core.muscles import Activation, MuscleModel
from walkcoach.core.program import Segment
from walkcoach.ui.coach.texts import segment_title
from walkcoach.ui.platform.known_viewport import accept_touch, give_known_viewport
from walkcoach.ui.platform.lean_qt import set_enum
from walkcoach.ui.resource_text import muscle_name, muscle_reason, muscle_source

if TYPE_CHECKING:
    from walkcoach.ui.coach.body_diagram import BodyDiagramWidget

TOP_MUSCLES = 4


class _DiagramSpace(QWidget):
    """Empty until the body diagram comes; sized like it (BodyDiagramWidget's size hints)."""

    def sizeHint(self) -> QSize:
        return QSize(440, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, DIAGRAM_MIN_H_PX)


TEXTS_SHARE = 0.4  # of the panel's height for the top muscles' texts, beyond the first entries
WHOLE_ENTRIES = 2  # always shown whole: one and a half read as a broken list (1024x600)
# The diagram's least height in this panel, below its own 300 px: at 1024x600 that left room
# for one and a half muscle entries only; at 240 px its figures are still ~100 px tall.
DIAGRAM_MIN_H_PX = 240


class _TextsArea(QScrollArea):
    """Scrolls the top muscles' texts; asks for their wrapped height at the panel's width, in
    whole entries: the first WHOLE_ENTRIES always, more while they fit in TEXTS_SHARE of the
    panel (a plain scroll area asks for a guess; the diagram keeps the rest of the height)."""

    # The texts' labels, in order (set by the panel). Not box.findChildren(QLabel): that walks
    # the labels' own rich-text documents too, and makes PySide6 build their classes for it
    # before the first frame (some 7 million instructions).
    labels: list[QLabel] = []

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        box, panel = self.widget(), self.parentWidget()
        if box is None or box.layout() is None or panel is None:
            return hint
        margins = panel.layout().contentsMargins() if panel.layout() is not None else None
        inner = panel.width() - (margins.left() + margins.right() if margins else 0)
        width = max(inner - self.verticalScrollBar().sizeHint().width(), 150)
        if self.isVisible():  # the style sheet's scroll bar is wider than its size hint
            width = min(width, self.viewport().width())
        limit = round(panel.height() * TEXTS_SHARE)
        # Never more than the panel has beside its title and the diagram's least height: this
        # Fixed height would otherwise make the window taller than a small screen.
        title = getattr(panel, "title_label", None)
        # The title's wrapped height at this width: its current height may be of one line
        # fewer (a longer language's title wraps to three lines in a 1024 px window).
        title_px = max(title.height(), title.heightForWidth(inner)) if title is not None else 0
        room = panel.height() - DIAGRAM_MIN_H_PX - title_px
        if margins is not None:
            room -= margins.top() + margins.bottom() + 2 * panel.layout().spacing()
        height = box.layout().totalHeightForWidth(width)
        if height > limit or height > room:
            # Cut between entries, never through one.
            shown = [label for label in self.labels if not label.isHidden()]
            height = 0
            for count, label in enumerate(shown):
                more = label.heightForWidth(width) + (box.layout().spacing() if count else 0)
                if height + more > room or count >= WHOLE_ENTRIES and height + more > limit:
                    break
                height += more
            height = height or max(room, 0)  # not even one whole entry: what room there is
        return QSize(hint.width(), height + 2 * self.frameWidth())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the texts wrap to another height at another width


class MusclePanel(QFrame):
    """Shows the current segment, or (preview=True) the next one during the countdown to it."""

    def __init__(
        self, model: MuscleModel, parent: QWidget | None = None, *, diagram_later: bool = False
    ) -> None:
        """``diagram_later``: leave an empty space for the body diagram until ``build_diagram()``
        (parsing and rendering its SVG is the costliest part of the first frame; the app builds
        it just after that frame)."""
        super().__init__(parent)
        self.setObjectName("panel")
        self.model = model
        self.segment: Segment | None = None
        self.preview = False
        self.activations: list[Activation] = []
        self.title_label = QLabel(self)
        self.title_label.setObjectName("muscleTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPixelSize(20)
        font.setBold(True)
        self.title_label.setFont(font)
        self.body: BodyDiagramWidget | None = None
        # Holds the diagram's place (same size hint) so the layout does not jump when it comes.
        self._body_slot: QWidget | None = _DiagramSpace(self)
        self._body_slot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.top_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self._body_slot, 1)
        # The top muscles scroll when the panel is short (a small screen): squeezed, they took
        # the diagram's height, and the diagram vanished while their own lines were cut.
        self.top_area = _TextsArea(self)
        # A viewport PySide6 knows: the first frame's layout asks for it (see known_viewport).
        self._top_viewport: QWidget | None = give_known_viewport(self.top_area)
        self.top_area.setObjectName("topMuscles")
        self.top_area.setWidgetResizable(True)
        set_enum(self.top_area, "frameShape", "NoFrame")
        set_enum(self.top_area, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        top_box = QWidget(self.top_area)
        top_layout = QVBoxLayout(top_box)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(6)
        for _ in range(TOP_MUSCLES):
            label = QLabel(top_box)
            label.setWordWrap(True)
            set_enum(label, "textFormat", "RichText")
            top_layout.addWidget(label)
            self.top_labels.append(label)
        self.top_area.labels = self.top_labels
        top_layout.addStretch(1)
        self.top_area.setWidget(top_box)
        # The panel's colour shows through (the app's style sheet paints every widget).
        self.top_area.setStyleSheet(
            "QScrollArea#topMuscles, QScrollArea#topMuscles > QWidget > QWidget"
            " { background: transparent; }"
        )
        # Exactly its texts' height (whole entries); the diagram (Expanding) takes what is left.
        self.top_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.top_area)
        if not diagram_later:
            self.build_diagram()
        self.show_segment(None)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.top_area.updateGeometry()  # its share of the height follows the panel's

    def build_diagram(self) -> BodyDiagramWidget:
        """The body diagram, made now (in the place kept for it) if it was not yet."""
        if self._top_viewport is not None:  # just after the first frame, or now
            accept_touch(self._top_viewport)
            self._top_viewport = None
        if self.body is None:
            from walkcoach.ui.coach.body_diagram import BodyDiagramWidget

            body = BodyDiagramWidget(self, model=self.model)
            body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            body.setMinimumHeight(DIAGRAM_MIN_H_PX)
            self.layout().replaceWidget(self._body_slot, body)
            self._body_slot.deleteLater()
            self._body_slot = None
            self.body = body
            if self.segment is not None:
                body.set_activations(self.activations, preview=self.preview)
            body.show()
        return self.body

    def show_segment(
        self, segment: Segment | None, *, preview: bool = False, builtin: bool = False
    ) -> None:
        """``builtin``: the segment is of a built-in program (its label is shown translated)."""
        if segment is self.segment and preview == self.preview and segment is not None:
            return  # unchanged: re-rendering the SVG every refresh would waste the CPU
        self.segment, self.preview = segment, preview
        if segment is None:
            self.activations = []
            self.title_label.setText(self.tr("Muscles worked"))
            if self.body is not None:
                self.body.set_activations([], preview=False)
        else:
            self.activations = self.model.for_segment(segment)
            name = segment_title(segment, builtin)
            self.title_label.setText(
                self.tr("Coming next: {name}").format(name=name)
                if preview
                else self.tr("Working now: {name}").format(name=name)
            )
            if self.body is not None:
                self.body.set_activations(self.activations, preview=preview)
        top = [a for a in self.activations if a.activation > 0][:TOP_MUSCLES]
        for label, activation in zip(self.top_labels, top + [None] * TOP_MUSCLES, strict=False):
            if activation is None:
                label.clear()
                label.hide()
                continue
            basis = self.tr("measured") if activation.basis == "measured" else self.tr("estimate")
            label.setText(
                # Body size throughout: <small> made the reasons 10-11 px, too small to read
                # from the treadmill.
                self.tr("<b>{name}</b> {value} % ({basis})<br>{reason}").format(
                    name=muscle_name(activation.muscle),
                    value=f"{activation.activation:.0f}",
                    basis=basis,
                    reason=muscle_reason(activation.reason),
                )
            )
            label.setToolTip(muscle_source(activation.source))
            label.show()
        # The texts changed inside the scroll area, whose own layout does not tell the panel's.
        self.top_area.updateGeometry()

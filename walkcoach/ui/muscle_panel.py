"""Side panel of the coach page: body diagram of the segment's muscles and the top few with why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from walkcoach.core.muscles import Activation, MuscleModel
from walkcoach.core.program import Segment
from walkcoach.ui.body_diagram import BodyDiagramWidget

TOP_MUSCLES = 4


class MusclePanel(QFrame):
    """Shows the current segment, or (preview=True) the next one during the countdown to it."""

    def __init__(self, model: MuscleModel, parent: QWidget | None = None) -> None:
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
        self.body = BodyDiagramWidget(self, model=model)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.top_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body, 1)
        for _ in range(TOP_MUSCLES):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
            self.top_labels.append(label)
        self.show_segment(None)

    def show_segment(self, segment: Segment | None, *, preview: bool = False) -> None:
        if segment is self.segment and preview == self.preview and segment is not None:
            return  # unchanged: re-rendering the SVG every refresh would waste the CPU
        self.segment, self.preview = segment, preview
        if segment is None:
            self.activations = []
            self.title_label.setText(self.tr("Muscles worked"))
            self.body.set_activations([], preview=False)
        else:
            self.activations = self.model.for_segment(segment)
            name = segment.title()
            self.title_label.setText(
                self.tr("Coming next: {name}").format(name=name)
                if preview
                else self.tr("Working now: {name}").format(name=name)
            )
            self.body.set_activations(self.activations, preview=preview)
        top = [a for a in self.activations if a.activation > 0][:TOP_MUSCLES]
        for label, activation in zip(self.top_labels, top + [None] * TOP_MUSCLES, strict=False):
            if activation is None:
                label.clear()
                label.hide()
                continue
            basis = self.tr("measured") if activation.basis == "measured" else self.tr("estimate")
            label.setText(
                self.tr("<b>{name}</b> {value} % <small>({basis})</small><br><small>{reason}</small>").format(
                    name=activation.muscle.name,
                    value=f"{activation.activation:.0f}",
                    basis=basis,
                    reason=activation.reason,
                )
            )
            label.setToolTip(activation.source)
            label.show()

"""The few hardest-working muscles of a segment: colour swatch, name, % MVC, basis and the reason."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from walkcoach.core.bodymap import activation_colour
from walkcoach.ui.resource_text import muscle_name, muscle_reason, muscle_source

if TYPE_CHECKING:
    from walkcoach.core.muscles import Activation


class TopMusclesList(QWidget):
    """The few hardest-working muscles: colour swatch, name, % MVC, basis and the one-line reason."""

    def __init__(self, parent: QWidget | None = None, *, count: int = 5) -> None:
        super().__init__(parent)
        self._count = count
        self._rows: list[tuple[QLabel, QLabel]] = []
        self._title = QLabel(self)
        title_font = QFont(self._title.font())
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._empty = QLabel(self.tr("No muscle is working hard in this segment."), self)
        self._empty.setWordWrap(True)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for row in range(count):
            swatch = QLabel(self)
            swatch.setFixedSize(14, 14)
            text = QLabel(self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(swatch, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            self._rows.append((swatch, text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addLayout(grid)
        layout.addWidget(self._empty)
        layout.addStretch(1)
        self.set_activations([])

    def set_activations(self, activations: Iterable[Activation], preview: bool = False) -> None:
        top = sorted((a for a in activations if a.activation > 0), key=lambda a: -a.activation)
        top = top[: self._count]
        self._title.setText(
            self.tr("Coming up: top muscles") if preview else self.tr("Top muscles")
        )
        self._empty.setVisible(not top)
        for index, (swatch, text) in enumerate(self._rows):
            if index >= len(top):
                swatch.hide()
                text.hide()
                continue
            activation = top[index]
            colour = activation_colour(activation.activation)
            swatch.setStyleSheet(f"background: {colour}; border-radius: 3px;")
            basis = self.tr("measured") if activation.basis == "measured" else self.tr("estimated")
            text.setText(
                self.tr(
                    "<b>{name}</b> {value} % <small>({basis})</small><br><small>{reason}</small>"
                ).format(
                    name=html.escape(muscle_name(activation.muscle)),
                    value=f"{activation.activation:.0f}",
                    basis=basis,
                    reason=html.escape(muscle_reason(activation.reason)),
                )
            )
            text.setToolTip(
                self.tr(
                    "{value} % of the muscle's maximal voluntary contraction (EMG). Source: {source}"
                ).format(
                    value=f"{activation.activation:.0f}", source=muscle_source(activation.source)
                )
            )
            swatch.show()
            text.show()

    def rows(self) -> list[str]:
        """The visible rows as plain text (for tests and screen readers)."""
        return [text.text() for swatch, text in self._rows if not text.isHidden()]

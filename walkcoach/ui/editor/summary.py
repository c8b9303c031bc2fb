"""Live summary of the program being edited: time, backward minutes, kcal and top muscles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core.editing import ProgramSummary
from walkcoach.core.i18n import CONTEXT_MUSCLES
from walkcoach.core.program import format_duration
from walkcoach.core.units import weight_text
from walkcoach.ui.i18n import core_text
from walkcoach.ui.locale_text import with_decimal_point
from walkcoach.ui.widgets.folding import ElidingGroupBox

BAR_CELLS = 10
TOP_MUSCLES = 5


def text_bar(share: float) -> str:
    """A bar of block characters (readable without colour, and by screen readers as a number)."""
    filled = max(0, min(BAR_CELLS, round(share * BAR_CELLS)))
    return "█" * filled + "░" * (BAR_CELLS - filled)


BAR_STEPS = 1000


def _share_bar(parent: QWidget) -> QProgressBar:
    """A muscle's load relative to the top muscle, as a bar."""
    bar = QProgressBar(parent)
    bar.setRange(0, BAR_STEPS)
    bar.setTextVisible(False)
    bar.setMinimumWidth(60)
    bar.setMaximumWidth(140)
    return bar


class SummaryPanel(ElidingGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Summary (updates as you edit)"), parent)
        self.setAccessibleName(self.tr("Program summary"))
        self.total_label = QLabel(self)
        self.backward_label = QLabel(self)
        self.forward_label = QLabel(self)
        self.kcal_label = QLabel(self)
        self.kcal_label.setWordWrap(True)
        self.backward_label.setWordWrap(True)  # "(… % of the session)" is long in some languages
        self.muscles_label = QLabel(self)  # "none yet", or the list's text for screen readers
        self.muscles_label.setWordWrap(True)
        self.muscle_rows: list[tuple[QLabel, QProgressBar, QLabel]] = []  # name, share, percent
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for row in range(TOP_MUSCLES):
            # The bar is drawn, not made of "█░" characters: fonts drew those as broken blocks.
            cells = (QLabel(self), _share_bar(self), QLabel(self))
            for column, cell in enumerate(cells):
                grid.addWidget(cell, row, column)
            cells[2].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.muscle_rows.append(cells)  # (name, share bar, percent)
        grid.setColumnStretch(0, 1)
        self.muscle_grid = grid
        tip = self.tr(
            "How much work each muscle gets over the whole program: how hard it works (an "
            "estimate from muscle-activity measurements) times how many minutes. The bar and "
            "the figure compare each muscle with the one worked most (100 %)."
        )
        for cells in self.muscle_rows:
            for cell in cells:
                cell.setToolTip(tip)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setProperty("dim", True)
        form = QFormLayout()
        # A long label (a longer language) puts its value on the next line, not the pane wider.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Total time"), self.total_label)
        form.addRow(self.tr("Backward"), self.backward_label)
        form.addRow(self.tr("Forward"), self.forward_label)
        form.addRow(self.tr("Energy"), self.kcal_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        heading = QLabel(self.tr("Muscles worked most"), self)
        heading.setWordWrap(True)
        heading.setBuddy(self.muscles_label)
        layout.addWidget(heading)
        layout.addLayout(self.muscle_grid)
        layout.addWidget(self.muscles_label)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        for label, name in (
            (self.total_label, self.tr("Total time")),
            (self.backward_label, self.tr("Backward time")),
            (self.forward_label, self.tr("Forward time")),
            (self.kcal_label, self.tr("Energy estimate")),
            (self.muscles_label, self.tr("Muscles worked most")),
        ):
            label.setAccessibleName(name)

    def show_summary(self, summary: ProgramSummary, weight_kg: float, weight_unit: str) -> None:
        self.total_label.setText(format_duration(summary.total_s))
        share = summary.backward_s / summary.total_s if summary.total_s else 0.0
        self.backward_label.setText(
            self.tr("{time} ({percent:.0f} % of the session)").format(
                time=format_duration(summary.backward_s), percent=share * 100
            )
        )
        self.forward_label.setText(format_duration(summary.forward_s))
        self.kcal_label.setText(
            self.tr("about {kcal:.0f} kcal (estimate for a body weight of {weight})").format(
                kcal=summary.kcal, weight=with_decimal_point(weight_text(weight_kg, weight_unit))
            )
        )
        lines = []
        for row, cells in enumerate(self.muscle_rows):
            score = summary.top_muscles[row] if row < len(summary.top_muscles) else None
            for cell in cells:
                cell.setVisible(score is not None)
            if score is None:
                continue
            name = core_text(CONTEXT_MUSCLES, score.name)  # the catalogue's: always built-in
            cells[0].setText(f"{row + 1}. {name}")
            cells[1].setValue(round(max(0.0, min(1.0, score.share)) * BAR_STEPS))
            cells[1].setAccessibleDescription(text_bar(score.share))
            percent = self.tr("{percent:.0f} %").format(percent=score.share * 100)
            cells[2].setText(percent)
            lines.append(
                self.tr("{rank}. {name}: {share} of the muscle worked most").format(
                    rank=row + 1, name=name, share=percent
                )
            )
        self.muscles_label.setVisible(not lines)
        self.muscles_label.setText(self.tr("none yet"))
        self.muscles_label.setAccessibleName(self.tr("Muscles worked most"))
        self.muscle_lines = lines
        self.setAccessibleDescription("; ".join(lines))
        self.note_label.setText(
            ""
            if summary.complete
            else self.tr(
                "Segments with values that are not usable yet are left out of these figures."
            )
        )

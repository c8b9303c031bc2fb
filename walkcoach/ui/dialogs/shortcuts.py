"""Help > Keyboard shortcuts: every shortcut of the coach window (shortcuts.py) in a table."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from walkcoach.ui.shortcuts import shortcut_specs
from walkcoach.ui.widgets.screen_fit import fit_dialog


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        specs = shortcut_specs()
        self.table = QTableWidget(len(specs), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        # One line a shortcut: rows wrapped to a column width not yet known came out four
        # lines tall (3 of 9 rows showed). The dialog is made as wide as the texts instead.
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, spec in enumerate(specs):
            keys = "  /  ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys
            )
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(spec.description))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # The table asks for all its rows and columns; the dialog takes that, within the screen.
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.table.setMinimumSize(320, 160)
        # Measured with the style sheet's fonts (applied at polish, else only when shown).
        self.ensurePolished()
        self.table.ensurePolished()
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        fit_dialog(self, self.layout().totalSizeHint().width())

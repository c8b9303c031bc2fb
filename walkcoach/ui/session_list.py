"""The history page's session table: a model over session summaries, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from walkcoach.core.program import format_duration
from walkcoach.core.stats import SessionSummary
from walkcoach.ui.theme import colours

COLUMNS = ("status", "program", "date", "duration", "backward", "longest", "rpe")
_Index = QModelIndex | QPersistentModelIndex


class SessionTableModel(QAbstractTableModel):
    """Rows are sessions, newest first. ``summary(row)`` gives the row's SessionSummary."""

    def __init__(self, theme: str = "dark", parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []
        self._colours = colours(theme)
        self._headers = {
            "status": self.tr("Status"),
            "program": self.tr("Program"),
            "date": self.tr("Date"),
            "duration": self.tr("Duration"),
            "backward": self.tr("Back, min"),
            "longest": self.tr("Longest"),
            "rpe": self.tr("Effort"),
        }
        self._status_names = {
            "completed": self.tr("Completed"),
            "stopped": self.tr("Stopped early"),
            "interrupted": self.tr("Interrupted"),
            "running": self.tr("Recording"),
        }

    def set_sessions(self, sessions: Sequence[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(sessions))
        self.endResetModel()

    def summary(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_of(self, session_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == session_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("duration", "backward", "longest", "rpe"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and s.status != "completed":
            return QColor(self._colours["danger"] if s.status == "interrupted" else self._colours["text_dim"])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s)
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        return None

    def _text(self, s: SessionSummary, column: str) -> str:
        if column == "status":
            text = self._status_names.get(s.status, s.status)
            return text + (self.tr(" · pain") if s.pain else "")
        if column == "program":
            return s.program_name or s.program_id
        if column == "date":
            return s.started_at.astimezone().strftime("%a %d %b %Y  %H:%M")
        if column == "duration":
            return format_duration(s.duration_s)
        if column == "backward":
            return f"{s.backward_s / 60.0:.1f}"
        if column == "longest":
            return format_duration(s.longest_backward_s) if s.longest_backward_s else "-"
        if column == "rpe":
            return str(s.rpe) if s.rpe is not None else ""
        raise KeyError(column)

    def _tooltip(self, s: SessionSummary) -> str:
        lines = [
            self.tr("Forward {forward}, backward {backward}").format(
                forward=format_duration(s.forward_s), backward=format_duration(s.backward_s)
            ),
            self.tr("{km:.2f} km, about {kcal:.0f} kcal").format(km=s.distance_km, kcal=s.kcal),
        ]
        if s.notes:
            lines.append(s.notes[:300])
        return "\n".join(lines)


class SessionTable(QTableView):
    """The view: whole rows, one at a time, sized for reading."""

    def __init__(self, model: SessionTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("program"), QHeaderView.ResizeMode.Stretch)
        widths = (("status", 170), ("date", 210), ("duration", 100), ("backward", 100), ("longest", 90), ("rpe", 70))
        for column, width in widths:
            self.setColumnWidth(COLUMNS.index(column), width)

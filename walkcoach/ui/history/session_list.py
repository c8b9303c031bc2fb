"""The history page's session table: a model over session summaries, newest first, with each
session's notes, and deleting a session (after a confirmation that names it)."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from walkcoach.core.stats import SessionSummary
from walkcoach.core.textfmt import format_elapsed
from walkcoach.ui.locale_text import Figure, date_time_text
from walkcoach.ui.resource_text import recorded_program_name
from walkcoach.ui.theme import colours

log = logging.getLogger(__name__)

COLUMNS = ("status", "program", "date", "duration", "backward", "longest", "rpe", "notes")
NOTES_TOOLTIP_CHARS = 1000
NOTES_COLUMN_CHARS = 40  # the Notes column grows for notes up to this long; the rest elides
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
            "backward": self.tr("Backward"),
            "longest": self.tr("Longest"),
            "rpe": self.tr("Effort"),
            "notes": self.tr("Notes"),
        }
        self._status_names = {
            "completed": self.tr("Completed"),
            "stopped": self.tr("Ended early"),
            "short": self.tr("Too short"),
            "interrupted": self.tr("Interrupted"),
            "running": self.tr("Recording"),
        }

    def set_sessions(self, sessions: Sequence[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(sessions))
        self.endResetModel()

    def summary(self, row: int) -> SessionSummary:
        return self._rows[row]

    def column_texts(self, column: str) -> set[str]:
        """The distinct texts of ``column`` (program names repeat: a handful for years)."""
        return {self._text(s, column) for s in self._rows}

    def row_of(self, session_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == session_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "longest":
            return self.tr("Longest backward stretch")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            "duration",
            "backward",
            "longest",
            "rpe",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == "status"
            and s.status != "completed"
        ):
            return QColor(
                self._colours["danger"] if s.status == "interrupted" else self._colours["text_dim"]
            )
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
            return recorded_program_name(s.program_id, s.program_name)
        if column == "date":
            return date_time_text(s.started_at.astimezone(), "%a %d %b %Y  %H:%M")
        if column == "duration":
            return format_elapsed(s.duration_s)
        if column == "backward":
            return format_elapsed(s.backward_s) if s.backward_s else "-"
        if column == "longest":
            return format_elapsed(s.longest_backward_s) if s.longest_backward_s else "-"
        if column == "rpe":
            return str(s.rpe) if s.rpe is not None else ""
        if column == "notes":
            return " ".join(s.notes.split())  # one line in the table; the tooltip has it all
        raise KeyError(column)

    def describe(self, row: int) -> str:
        """The session in words, e.g. "“First steps” of Tue 04 Mar 2025 08:08 (20:30)"."""
        s = self._rows[row]
        return self.tr("“{program}” of {when} ({time})").format(
            program=recorded_program_name(s.program_id, s.program_name),
            when=date_time_text(s.started_at.astimezone(), "%a %d %b %Y %H:%M"),
            time=format_elapsed(s.duration_s),
        )

    def _tooltip(self, s: SessionSummary) -> str:
        lines = [
            self.tr("Forward {forward}, backward {backward}").format(
                forward=format_elapsed(s.forward_s), backward=format_elapsed(s.backward_s)
            ),
            self.tr("{km:.2f} km, about {kcal:.0f} kcal").format(
                km=Figure(s.distance_km), kcal=s.kcal
            ),
        ]
        if s.status == "short":
            lines.append(self.tr("Under 80 % of the planned time was walked (segments skipped)"))
        if s.notes:
            notes = s.notes[:NOTES_TOOLTIP_CHARS]
            lines.append(self.tr("Notes: {notes}").format(notes=notes))
        return "\n".join(lines)


class SessionTable(QTableView):
    """The view: whole rows, one at a time, sized for reading. Delete (the key, or the row's
    context menu) asks to delete the selected session: ``delete_requested(session id)``."""

    delete_requested = Signal(int)

    def __init__(self, model: SessionTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.table_model = model
        self.delete_action = QAction(self.tr("&Delete session…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._request_delete)
        self.addAction(self.delete_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
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
        # All Interactive: _fit_columns gives Program and Notes what their texts need and
        # shares the spare width (Notes on Stretch took half the table while Program was cut).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Wide enough for the header and the longest usual value, from the font in use (a
        # fixed pixel width clipped the headers at 1024 px, and sizing to contents reads
        # every row of a ten-year history).
        samples = {
            "status": QCoreApplication.translate("SessionList", "Interrupted")
            + QCoreApplication.translate("SessionList", " · pain"),
            "program": "Backward basics 2",
            "date": "Wed 30 Sep 2025  08:00",
            "duration": "1:00:00",
            "backward": "1:00:00",
            "longest": "1:00:00",
            "rpe": "10",
        }
        metrics = self.fontMetrics()
        header_metrics = header.fontMetrics()
        for column, sample in samples.items():
            index = COLUMNS.index(column)
            title = model.headerData(index, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(title))
            self.setColumnWidth(index, width + 28)
        model.modelReset.connect(self._fit_columns)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Program as wide as its longest name, Notes as its longest note (capped) or its
        header; any width left over goes half to each."""
        model = self.table_model
        metrics, header = self.fontMetrics(), self.horizontalHeader()

        def need(column: str, texts: set[str]) -> int:
            title = model.headerData(COLUMNS.index(column), Qt.Orientation.Horizontal)
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            return max(widest, header.fontMetrics().horizontalAdvance(title)) + 28

        notes = {text[:NOTES_COLUMN_CHARS] for text in model.column_texts("notes")}
        program_w = need("program", model.column_texts("program") | {"Backward basics 2"})
        notes_w = need("notes", notes)
        others = sum(
            self.columnWidth(i) for i, c in enumerate(COLUMNS) if c not in ("program", "notes")
        )
        spare = max(0, self.viewport().width() - others - program_w - notes_w)
        self.setColumnWidth(COLUMNS.index("program"), program_w + spare // 2)
        self.setColumnWidth(COLUMNS.index("notes"), notes_w + spare - spare // 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_columns()

    def keyPressEvent(self, event) -> None:
        # The shortcut serves an active window; this serves the key when Qt did not match it.
        if event.matches(QKeySequence.StandardKey.Delete):
            self._request_delete()
            return
        super().keyPressEvent(event)

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _request_delete(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.delete_requested.emit(self.table_model.summary(row).id)


def confirm_delete(
    parent: QWidget,
    model: SessionTableModel,
    session_id: int,
    db_path: str | os.PathLike[str],
    done: Callable[[int], None],
) -> QMessageBox | None:
    """Ask, naming the session, then delete it from the database and call ``done(id)``.

    The box is opened, not executed (a session may be running in the same window); it is
    returned so tests can answer it. A failure is shown in the same box's place, in words.
    """
    row = model.row_of(session_id)
    if row is None:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SessionList", "Delete session?"),
        QCoreApplication.translate("SessionList", "Delete {session} from your history?").format(
            session=model.describe(row)
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "SessionList", "Its segments, effort, pain and notes go with it. This cannot be undone."
        )
    )
    delete_button = box.addButton(
        QCoreApplication.translate("SessionList", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep_button = box.addButton(
        QCoreApplication.translate("SessionList", "Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        if box.clickedButton() is not delete_button:
            return
        problem = delete_from_history(db_path, session_id)
        if problem:
            failed = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("SessionList", "Not deleted"),
                QCoreApplication.translate(
                    "SessionList", "The session was not deleted: {problem}"
                ).format(problem=problem),
                QMessageBox.StandardButton.Ok,
                parent,
            )
            failed.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            failed.open()
            parent.delete_error_box = failed  # type: ignore[attr-defined]
            return
        done(session_id)

    box.finished.connect(lambda _result: answered())
    box.open()
    return box


def delete_from_history(db_path: str | os.PathLike[str], session_id: int) -> str | None:
    """Delete one session; None when done, else why not (in words)."""
    from walkcoach.storage.db import open_database
    from walkcoach.storage.errors import StorageError
    from walkcoach.storage.history import delete_session

    try:
        # No whole-file check here even when one was asked for (storage.full_check): it can
        # take seconds and its rescue's notice belongs to the next start, which tells the user.
        conn, _notices = open_database(db_path, check_integrity=False)
    except StorageError as exc:
        return str(exc)
    try:
        delete_session(conn, session_id)
    except (ValueError, StorageError) as exc:
        return str(exc)
    except sqlite3.Error as exc:  # say so, keep the app running
        log.exception("deleting session %s failed", session_id)
        return f"{type(exc).__name__}: {exc}"
    finally:
        conn.close()
    return None

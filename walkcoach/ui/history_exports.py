"""The history page's exports: CSV/JSON of every session, TCX/FIT of the selected one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from walkcoach.storage.db import StorageError, open_readonly
from walkcoach.storage.exporters import ExportError, export_sessions
from walkcoach.storage.history import list_sessions


class HistoryExports:
    """Mixed into HistoryPage (a QWidget with ``db_path`` and ``selected``). Failures never
    block: the message box is window-modal and opened, not executed."""

    export_error_box: QMessageBox | None = None
    last_export_message = ""

    def export_all(self, fmt: str, path: str | Path | None = None) -> list[Path]:
        """CSV or JSON of every session; asks where unless ``path`` is given."""
        if path is None:
            path = self._ask_path(fmt, f"walkcoach-history.{fmt}")
            if path is None:
                return []
        try:
            conn = open_readonly(self.db_path)
            sessions = []
            if conn is not None:
                try:
                    sessions = list_sessions(conn)
                finally:
                    conn.close()
            if not sessions:
                raise ExportError(self.tr("there are no recorded sessions to export"))
            written = export_sessions(sessions, fmt, path, force=True)  # the file dialog asked
        except (StorageError, ExportError) as exc:
            self._export_failed(str(exc))
            return []
        self._exported(written)
        return written

    def export_selected(self, fmt: str, path: str | Path | None = None) -> list[Path]:
        """TCX or FIT of the session selected in the list."""
        session = self.selected
        if session is None:
            self._export_failed(self.tr("choose a session in the list first"))
            return []
        if path is None:
            stamp = session.started_at.strftime("%Y%m%d-%H%M")
            path = self._ask_path(fmt, f"walkcoach-{stamp}-{session.id}.{fmt}")
            if path is None:
                return []
        try:
            written = export_sessions([session], fmt, path, force=True)
        except ExportError as exc:
            self._export_failed(str(exc))
            return []
        self._exported(written)
        return written

    def _ask_path(self, fmt: str, name: str) -> Path | None:
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "json": self.tr("JSON files (*.json)"),
            "tcx": self.tr("Training Center files (*.tcx)"),
            "fit": self.tr("FIT files (*.fit)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as {fmt}").format(fmt=fmt.upper()), str(Path.home() / name), filters[fmt]
        )
        return Path(chosen) if chosen else None

    def _export_failed(self, message: str) -> None:
        self.last_export_message = message
        if not self.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export failed"),
            self.tr("Nothing was exported: {m}").format(m=message),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_error_box = box
        box.open()  # not exec(): a session may be running in the same window

    def _exported(self, written: list[Path]) -> None:
        self.last_export_message = self.tr("Exported to {path}").format(path=written[0])
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(self.last_export_message, 8000)

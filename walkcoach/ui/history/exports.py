"""The history's exports: CSV/JSON of every session, TCX/FIT of one session.

Two ways in: the history page (:class:`HistoryExports`, mixed into it: every session, or the one
selected in the list) and the main window's Session menu (:func:`add_export_actions`: every
session, or the latest one). Both start the save dialog in the folder of the last export
(``Settings.export_folder``, saved with the settings), or the home folder the first time or when
that folder is gone.

Imported while the main window builds its menus, so before the first frame: nothing here loads
the ``Qt`` namespace or the storage modules until an export is asked for (tests/ui/test_startup.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from walkcoach.ui.platform.lean_qt import new_action

log = logging.getLogger(__name__)

FILE_NAMES = {"all": "walkcoach-history.{fmt}", "one": "walkcoach-{stamp}-{id}.{fmt}"}


# ---------------------------------------------------------------------------------------------
# Where to save: the folder of the last export


def start_folder(settings) -> Path:
    """The folder the save dialog opens in: the last export's, if it still exists."""
    folder = str(getattr(settings, "export_folder", "") or "")
    if folder:
        path = Path(folder)
        if path.is_dir():
            return path
    return Path.home()


def suggested_path(settings, name: str) -> Path:
    return start_folder(settings) / name


def remember_folder(settings, save: Callable[[], None] | None, written: Path) -> None:
    """Keep the folder of ``written`` for the next export, and save the settings."""
    if settings is None or not hasattr(settings, "export_folder"):
        return
    folder = str(Path(written).resolve().parent)
    if settings.export_folder == folder:
        return
    settings.export_folder = folder
    if save is not None:
        try:
            save()
        except (OSError, ValueError):  # the export is done; remembering is a convenience
            log.exception("cannot save the export folder in the settings")


def ask_path(parent, fmt: str, name: str, settings) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    filters = {
        "csv": QCoreApplication.translate("HistoryExports", "CSV files (*.csv)"),
        "json": QCoreApplication.translate("HistoryExports", "JSON files (*.json)"),
        "tcx": QCoreApplication.translate("HistoryExports", "Training Center files (*.tcx)"),
        "fit": QCoreApplication.translate("HistoryExports", "FIT files (*.fit)"),
    }
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("HistoryExports", "Export as {fmt}").format(fmt=fmt.upper()),
        str(suggested_path(settings, name)),
        filters[fmt],
    )
    return Path(chosen) if chosen else None


def session_file_name(session, fmt: str) -> str:
    stamp = session.started_at.strftime("%Y%m%d-%H%M")
    return FILE_NAMES["one"].format(stamp=stamp, id=session.id, fmt=fmt)


# ---------------------------------------------------------------------------------------------
# Reading and writing


def write_all(parent, db_path, fmt: str, path: Path) -> list[Path]:
    """CSV or JSON of every session; raises ExportError/StorageError with the reason."""
    from walkcoach.storage.db import open_readonly
    from walkcoach.storage.exporters import ExportError, export_sessions
    from walkcoach.storage.history import list_sessions

    conn = open_readonly(db_path)
    sessions = []
    if conn is not None:
        try:
            # JSON carries each session's per-second samples (belt and heart rate), as the
            # command line's export does; CSV has no per-second rows.
            sessions = list_sessions(conn, with_samples=fmt == "json")
        finally:
            conn.close()
    if not sessions:
        raise ExportError(
            QCoreApplication.translate("HistoryExports", "there are no recorded sessions to export")
        )
    return export_sessions(sessions, fmt, path, force=True)  # the file dialog asked


def latest_session(db_path):
    """The most recent finished session, or None."""
    from walkcoach.storage.db import open_readonly
    from walkcoach.storage.history import get_session

    conn = open_readonly(db_path)
    if conn is None:
        return None
    try:
        row = conn.execute(
            "SELECT id FROM sessions WHERE status != 'running' ORDER BY started_at DESC, id DESC "
            "LIMIT 1"
        ).fetchone()
        return get_session(conn, row[0]) if row else None
    finally:
        conn.close()


def show_failure(parent, message: str):
    """A window-modal warning, opened (not executed: a session may be running)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("HistoryExports", "Export failed"),
        QCoreApplication.translate("HistoryExports", "Nothing was exported: {m}").format(m=message),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_done(parent, written: list[Path]) -> str:
    message = QCoreApplication.translate("HistoryExports", "Exported to {path}").format(
        path=written[0]
    )
    status = getattr(parent.window(), "statusBar", None)
    if callable(status):
        status().showMessage(message, 8000)
    return message


# ---------------------------------------------------------------------------------------------
# The history page


if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from walkcoach.core.records import SessionRecord

    _PageBase = QWidget  # what the mixin is mixed into, for the type checker
else:
    _PageBase = object


class HistoryExports(_PageBase):
    """Mixed into HistoryPage (a QWidget with ``db_path`` and ``selected``). Failures never
    block: the message box is window-modal and opened, not executed.

    The settings (for the export folder) are ``export_settings``/``save_export_settings`` when
    set, else those of the main window the page is in.
    """

    export_error_box = None
    last_export_message = ""
    export_settings = None
    save_export_settings: Callable[[], None] | None = None
    db_path: Path  # the page's
    selected: SessionRecord | None

    def _settings_and_save(self):
        if self.export_settings is not None:
            return self.export_settings, self.save_export_settings
        window = self.window()
        return getattr(window, "settings", None), getattr(window, "save_settings", None)

    def export_all(self, fmt: str, path: str | Path | None = None) -> list[Path]:
        """CSV or JSON of every session; asks where unless ``path`` is given."""
        from walkcoach.storage.errors import StorageError
        from walkcoach.storage.exporters import ExportError

        settings, _save = self._settings_and_save()
        if path is None:
            path = ask_path(self, fmt, FILE_NAMES["all"].format(fmt=fmt), settings)
            if path is None:
                return []
        try:
            written = write_all(self, self.db_path, fmt, Path(path))
        except (StorageError, ExportError) as exc:
            self._export_failed(str(exc))
            return []
        self._exported(written)
        return written

    def export_selected(self, fmt: str, path: str | Path | None = None) -> list[Path]:
        """TCX or FIT of the session selected in the list."""
        from walkcoach.storage.exporters import ExportError, export_sessions

        session = self.selected
        if session is None:
            self._export_failed(self.tr("choose a session in the list first"))
            return []
        settings, _save = self._settings_and_save()
        if path is None:
            path = ask_path(self, fmt, session_file_name(session, fmt), settings)
            if path is None:
                return []
        try:
            written = export_sessions([session], fmt, path, force=True)
        except ExportError as exc:
            self._export_failed(str(exc))
            return []
        self._exported(written)
        return written

    def _export_failed(self, message: str) -> None:
        self.last_export_message = message
        if not self.isVisible():
            return
        self.export_error_box = show_failure(self, message)

    def _exported(self, written: list[Path]) -> None:
        settings, save = self._settings_and_save()
        remember_folder(settings, save, written[0])
        self.last_export_message = show_done(self, written)


# ---------------------------------------------------------------------------------------------
# The main window's Session menu


def add_export_actions(window, menu) -> None:
    """Session > Export all sessions as CSV/JSON…, Export the last session as TCX/FIT…"""
    for text, scope, fmt in (
        (
            QCoreApplication.translate("HistoryExports", "Export all sessions as &CSV…"),
            "all",
            "csv",
        ),
        (
            QCoreApplication.translate("HistoryExports", "Export all sessions as &JSON…"),
            "all",
            "json",
        ),
        (
            QCoreApplication.translate("HistoryExports", "Export the last session as &TCX…"),
            "last",
            "tcx",
        ),
        (
            QCoreApplication.translate("HistoryExports", "Export the last session as &FIT…"),
            "last",
            "fit",
        ),
    ):
        action = new_action(text, window)
        action.triggered.connect(
            lambda _checked=False, s=scope, f=fmt: export_from_window(window, s, f)
        )
        menu.addAction(action)


def export_from_window(window, scope: str, fmt: str, path: str | Path | None = None) -> list[Path]:
    """``scope`` "all" (every session) or "last" (the latest); asks where unless ``path``."""
    from walkcoach import paths
    from walkcoach.storage.errors import StorageError
    from walkcoach.storage.exporters import ExportError, export_sessions

    settings = getattr(window, "settings", None)
    save = getattr(window, "save_settings", None)
    db_path = paths.database_path()
    try:
        if scope == "all":
            name = FILE_NAMES["all"].format(fmt=fmt)
            session = None
        else:
            session = latest_session(db_path)
            if session is None:
                raise ExportError(
                    QCoreApplication.translate(
                        "HistoryExports", "there are no recorded sessions to export"
                    )
                )
            name = session_file_name(session, fmt)
        if path is None:
            path = ask_path(window, fmt, name, settings)
            if path is None:
                return []
        if session is None:
            written = write_all(window, db_path, fmt, Path(path))
        else:
            written = export_sessions([session], fmt, path, force=True)  # the file dialog asked
    except (StorageError, ExportError) as exc:
        window.export_error_box = show_failure(window, str(exc))
        return []
    remember_folder(settings, save, written[0])
    show_done(window, written)
    return written

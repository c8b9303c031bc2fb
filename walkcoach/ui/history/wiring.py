"""The main window's history: View > History (Ctrl+H) page, and the summary after each session.

Kept out of main_window.py (like window_hooks.py): the window calls ``add_history_view`` while
building its View menu. The history page module (and with it pyqtgraph) is imported the first
time the page is opened, never at start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from walkcoach import paths
from walkcoach.core.program import Program
from walkcoach.ui.platform.lean_qt import new_action, set_shortcut

log = logging.getLogger(__name__)


def add_history_view(window, view_menu: QMenu) -> None:
    """View > History: a history page (built on first use) beside the coach page in the
    window's page stack (``window.page_stack``)."""
    window.history_page = None
    window.history_stale = True
    action = new_action(QCoreApplication.translate("HistoryWiring", "&History"), window)
    action.setCheckable(True)
    set_shortcut(action, "Ctrl+H")
    action.setStatusTip(
        QCoreApplication.translate(
            "HistoryWiring", "Your sessions, progress charts and exports (Ctrl+H again: back)"
        )
    )
    action.toggled.connect(lambda on: show_history(window) if on else show_coach(window))
    view_menu.addSeparator()
    view_menu.addAction(action)
    window.history_action = action
    # A session belongs on the coach page; its data makes the history out of date.
    window.controller.session_started.connect(lambda _program: show_coach(window))
    window.controller.session_ended.connect(lambda _how: _history_changed(window))


def show_history(window) -> None:
    page = window.history_page
    if page is None:
        # The first time costs about half a second more (pyqtgraph is imported): say so.
        from PySide6.QtCore import Qt  # not at import: the first frame never builds Qt (lean_qt)

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            page = _build_page(window)
        finally:
            QApplication.restoreOverrideCursor()
    if window.history_stale:
        page.reload()
        window.history_stale = False
    window.page_stack.setCurrentWidget(page)
    _check(window, True)


def _build_page(window):
    from walkcoach.core.settings import zones_from
    from walkcoach.ui.history.page import HistoryPage
    from walkcoach.ui.theme import resolve_theme

    settings = window.settings
    page = HistoryPage(
        paths.database_path(),
        units=settings.units,
        distance_unit=settings.distance_unit,
        theme=resolve_theme(settings.theme),
        zones=zones_from(settings),
        parent=window.page_stack,
    )
    page.program_suggested.connect(lambda program: use_program(window, program))
    window.page_stack.addWidget(page)
    window.history_page = page
    from walkcoach.ui.platform.source_cache import forget_module_sources

    forget_module_sources()  # the sources of pyqtgraph & co. that PySide6's import hook kept
    return page


def apply_history_settings(window) -> None:
    """Units, theme or heart-rate zones changed in Preferences: a history page already built is built again with
    them, so every chart, panel and table shows the new units and colours at once (pyqtgraph is
    loaded by then; a rebuild takes a few tens of milliseconds). The open tab is kept."""
    page = getattr(window, "history_page", None)
    if page is None:
        return
    from walkcoach.core.settings import zones_from
    from walkcoach.ui.theme import resolve_theme

    settings = window.settings
    wanted = (
        settings.units,
        settings.distance_unit,
        resolve_theme(settings.theme),
        zones_from(settings),
    )
    if (page.units, page.distance_unit, page.theme, page.zones) == wanted:
        return
    shown = window.page_stack.currentWidget() is page
    tab = page.tabs.currentIndex()
    window.page_stack.removeWidget(page)
    page.deleteLater()
    window.history_page = None
    page = _build_page(window)
    page.tabs.setCurrentIndex(tab)
    window.history_stale = True
    if shown:
        show_history(window)


def show_coach(window) -> None:
    window.page_stack.setCurrentWidget(window.page)
    _check(window, False)


def _check(window, on: bool) -> None:
    action = window.history_action
    if action.isChecked() != on:
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)


def _history_changed(window) -> None:
    window.history_stale = True
    page = window.history_page
    if page is not None and window.page_stack.currentWidget() is page:
        page.reload()
        window.history_stale = False


def use_program(window, program: Program) -> None:
    """The progression coach's "Use this program": select it on the coach page."""
    if getattr(window.controller, "active", False):
        window.statusBar().showMessage(
            QCoreApplication.translate("HistoryWiring", "Finish the current session first."), 5000
        )
        return
    window.page.picker.add_program(program)  # replaces an older suggestion (same id)
    show_coach(window)


def connect_history(
    window, controller, writer: Callable[[], object], units: Callable[[], str]
) -> None:
    """The app's history features around sessions (not for scripted runs):

    * the progression coach's "Next session" program in the coach page's list, added just
      after start-up and brought up to date after each session and each summary saved;
    * after each finished or stopped session, the summary (effort, pain, notes).
    """

    def ended(_how: str) -> None:
        QTimer.singleShot(0, lambda: show_summary(window, writer(), units()))
        QTimer.singleShot(0, lambda: offer_next_session(window))

    controller.session_ended.connect(ended)
    QTimer.singleShot(0, lambda: offer_next_session(window))


def offer_next_session(window, now: datetime | None = None):
    """Put (or refresh) the suggested next session in the program list without selecting it.

    Reads only the last weeks of full records (a few milliseconds); never during a session.
    """
    if getattr(window.controller, "active", False):
        return None
    from walkcoach.core.progression import suggest_next_session
    from walkcoach.storage.db import reading
    from walkcoach.storage.errors import StorageError
    from walkcoach.storage.summaries import sessions_for_progression

    now = now or datetime.now(UTC)
    records = []
    try:
        with reading(paths.database_path()) as conn:
            if conn is not None:
                records = sessions_for_progression(conn, now)
    except StorageError as exc:
        log.warning("no next-session suggestion: %s", exc)
        return None
    suggestion = suggest_next_session(records, now=now, units=window.settings.units)
    window.page.picker.add_program(suggestion.program, select=False)
    window.next_session = suggestion
    return suggestion


def show_summary(window, writer, units: str = "kmh"):
    if writer is None:
        return None
    from walkcoach.ui.history.summary_dialog import summary_after_session
    from walkcoach.ui.theme import resolve_theme

    dialog = summary_after_session(
        writer,
        paths.database_path(),
        units=units,
        distance_unit=window.settings.distance_unit,
        zones=window.controller.heart_rate_zones(),
        theme=resolve_theme(window.settings.theme),
        parent=window,
    )
    if dialog is None:
        return None
    dialog.saved.connect(lambda *_args: _history_changed(window))
    dialog.saved.connect(lambda *_args: offer_next_session(window))  # pain changes the advice
    window.summary_dialog = dialog
    dialog.open()
    return dialog

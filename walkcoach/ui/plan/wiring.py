"""The Plan page in the main window: View > Plan, the coach page's offer of today's session,
and the reminder. All of it is set up after the first frame (QTimer 0) so start-up stays lean."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from walkcoach import paths

AFTER_FIRST_FRAME_MS = 300


def add_plan_view(window: Any, view_menu: QMenu) -> None:
    action = view_menu.addAction(QCoreApplication.translate("PlanWiring", "&Plan"))
    action.setCheckable(True)
    action.toggled.connect(lambda on: show_plan(window) if on else _back(window))
    window.plan_action = action
    window.plan_page = None
    # Nothing of the plan (its page, QtDBus) before the first frame is painted, and not in the
    # same turn of the event loop as the app's own after-first-frame work either.
    window.first_frame_painted.connect(
        lambda: QTimer.singleShot(AFTER_FIRST_FRAME_MS, window, lambda: _after_first_frame(window))
    )


def _back(window: Any) -> None:
    from walkcoach.ui.history.wiring import show_coach

    show_coach(window)


def _build(window: Any) -> Any:
    from walkcoach.ui.plan.page import PlanPage

    page = PlanPage(paths.data_dir(), paths.database_path(), parent=window.page_stack)
    page.plan_changed.connect(lambda: _plan_changed(window))
    page.start_session.connect(lambda program: _walk(window, program))
    window.page_stack.addWidget(page)
    window.plan_page = page
    # Once, with the page: leaving it for another page unchecks the Plan action.
    window.page_stack.currentChanged.connect(lambda _i: _uncheck(window))
    return page


def show_plan(window: Any) -> None:
    page = window.plan_page or _build(window)
    page.reload()
    window.page_stack.setCurrentWidget(page)


def _uncheck(window: Any) -> None:
    if window.plan_page is not None and window.page_stack.currentWidget() is not window.plan_page:
        window.plan_action.blockSignals(True)
        window.plan_action.setChecked(False)
        window.plan_action.blockSignals(False)


def _walk(window: Any, program: Any) -> None:
    from walkcoach.ui.history.wiring import use_program

    use_program(window, program)


def _status(window: Any) -> Any:
    from walkcoach.ui.plan.page import PlanPage

    page = window.plan_page or PlanPage(paths.data_dir(), paths.database_path())
    if window.plan_page is None:
        page.deleteLater()
    return page.status


def today_offer(status: Any) -> str | None:
    """``Week 2, day 1: backward 2:30 x 3`` when the plan has a session today."""
    session = status.today_session if status is not None else None
    return session.heading if session is not None else None


def _after_first_frame(window: Any) -> None:
    if getattr(window, "plan_reminder", None) is not None:
        return  # the signal may come again (a window shown twice)
    status = _status(window)
    _offer(window, status)
    from walkcoach.ui.plan.notify import Reminder

    def next_time() -> datetime | None:
        current = _status(window)
        if current is None or current.today_session is None:
            return None
        hour, minute = (int(x) for x in current.state.time.split(":"))
        return datetime.combine(current.today, time(hour, minute)).astimezone()

    def due() -> tuple[str, str] | None:
        heading = today_offer(_status(window))
        return (
            (QCoreApplication.translate("PlanWiring", "Time for your walk"), heading)
            if heading
            else None
        )

    # A session walked (or cut short) moves the plan: the offer, the page and the reminder follow.
    window.controller.session_ended.connect(lambda _how: _session_ended(window))
    # During a session the offer waits, as the program picker does: Use it would change the
    # program under the session, and its line is the direction display's at 1024x600.
    window.controller.session_started.connect(lambda _program: _hide_offer(window))
    window.plan_reminder = Reminder(
        next_time, due, lambda: datetime.now().astimezone() + timedelta(0), window
    )


def _offer(window: Any, status: Any) -> None:
    old = getattr(window, "plan_offer", None)
    if old is not None:
        old.deleteLater()
        window.plan_offer = None
    heading = today_offer(status)
    if heading is None:
        return
    bar = QWidget()
    bar.setObjectName("planOffer")
    row = QHBoxLayout(bar)
    row.setContentsMargins(8, 2, 8, 2)
    label = QLabel(
        QCoreApplication.translate("PlanWiring", "Today's plan session: %1").replace("%1", heading)
    )
    label.setObjectName("planOfferText")
    # Wraps beside its button (as tall as two lines): on one line, a long plan and session
    # name in a longer language made the coach page wider than the screen.
    label.setWordWrap(True)
    row.addWidget(label, 1)
    use = QPushButton(QCoreApplication.translate("PlanWiring", "Use it"))
    use.setObjectName("planOfferUse")
    # As low as the view buttons beside the totals: a full-height button took the height the
    # direction display needs on a 600 px screen.
    use.setStyleSheet("min-height: 28px; padding: 4px 14px;")
    row.addWidget(use)

    def take() -> None:
        from walkcoach.core.plans.builtin import session_program

        s = status.today_session
        program = session_program(status.plan, s.week_no, s.session) if s is not None else None
        if program is not None:
            _walk(window, program)
        bar.hide()

    use.clicked.connect(take)
    # Above the program picker, in the coach page's left column (the first item of its row).
    column = window.page.layout().itemAt(0).layout()
    column.insertWidget(0, bar)
    window.plan_offer = bar
    if window.controller.active:
        bar.hide()


def _hide_offer(window: Any) -> None:
    bar = getattr(window, "plan_offer", None)
    if bar is not None:
        bar.hide()


def _session_ended(window: Any) -> None:
    if window.plan_page is not None:
        window.plan_page.reload()
    _plan_changed(window)


def _plan_changed(window: Any) -> None:
    _offer(window, _status(window))
    reminder = getattr(window, "plan_reminder", None)
    if reminder is not None:
        reminder.reschedule()

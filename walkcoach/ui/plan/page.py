"""The Plan page: this week day by day, the weekly target, badges, the weeks ahead, actions;
with no active plan, the built-in plans to start one. The words of decisions come from the core.

The state file is read and written through walkcoach.core.plans.state (atomic), the history
read-only; ``today`` is injected so tests move the calendar without waiting.

Past 400 lines as one piece: one page whose week, target, badges and actions all follow the
same plan state; the scheduling itself is Qt-free in core/plans/.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core.plans.builtin import builtin_plans, find_plan
from walkcoach.core.plans.model import Plan
from walkcoach.core.plans.schedule import (
    COMING,
    DONE,
    MISSED,
    SKIPPED,
    TODAY,
    PlannedSession,
    PlanStatus,
    plan_status,
)
from walkcoach.core.plans.state import (
    PlanState,
    PlanStateError,
    clear_state,
    load_state,
    save_state,
    state_path,
)
from walkcoach.core.records import SessionRecord
from walkcoach.storage.db import open_readonly
from walkcoach.storage.errors import StorageError
from walkcoach.storage.history import list_sessions
from walkcoach.ui.locale_text import month_day_text
from walkcoach.ui.resource_text import plan_description, plan_name, plan_source
from walkcoach.ui.widgets.flow_layout import FlowLayout

_SYMBOLS = {DONE: "✓", MISSED: "✗", TODAY: "●", COMING: "○", SKIPPED: "–"}


def local_zone_name() -> str:
    from walkcoach.cli.plans import local_zone_name as name

    return name()


def read_history(db_path: Path) -> list[SessionRecord]:
    try:
        conn = open_readonly(db_path)
    except StorageError:
        return []
    if conn is None:
        return []
    try:
        return list_sessions(conn)
    except sqlite3.Error:
        return []
    finally:
        conn.close()


class PlanPage(QWidget):
    """See the module docstring. ``plan_changed`` is emitted after every action."""

    plan_changed = Signal()
    start_session = Signal(object)  # a Program: the session of today, to walk now

    def __init__(
        self,
        data_dir: Path,
        db_path: Path,
        *,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planPage")
        self.data_dir, self.db_path = data_dir, db_path
        self._today = today or (lambda: datetime.now().date())
        self.status: PlanStatus | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # rows wrap instead
        self._body = QWidget()
        scroll.setWidget(self._body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._layout = QVBoxLayout(self._body)
        self.reload()

    # -- reading --------------------------------------------------------------------------------

    @property
    def state_file(self) -> Path:
        return state_path(self.data_dir)

    def _load(self) -> tuple[Plan, PlanState] | str | None:
        try:
            state = load_state(self.state_file)
        except PlanStateError as exc:
            return str(exc)
        if state is None:
            return None
        plan = find_plan(state.plan_id)
        if plan is None:
            return self.tr("The active plan '%1' is not known to this WalkCoach.").replace(
                "%1", state.plan_id
            )
        return plan, state

    def reload(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        loaded = self._load()
        self.status = None
        if isinstance(loaded, tuple):
            plan, state = loaded
            try:
                tz = ZoneInfo(state.tz_name)
            except (ZoneInfoNotFoundError, ValueError):
                tz = None
            self.status = plan_status(plan, state, read_history(self.db_path), self._today(), tz)
            self._build_plan(self.status)
            self._refresh_calendar_file(state)
        else:
            self._build_empty(loaded)
        self._layout.addStretch(1)

    # -- building -------------------------------------------------------------------------------

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("planTitle")
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _text(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def _build_empty(self, problem: str | None) -> None:
        self._layout.addWidget(self._title(self.tr("Training plans")))
        if problem:
            self._layout.addWidget(self._text(problem, "planProblem"))
        self._layout.addWidget(
            self._text(
                self.tr(
                    "A plan puts weeks of sessions on the weekdays you choose, moves a missed one to the next "
                    "free day and waits a week when a session hurt or felt too hard. Pick one to start:"
                )
            )
        )
        grid = QGridLayout()
        self.start_buttons: dict[str, QPushButton] = {}
        for row, plan in enumerate(builtin_plans()):
            name = self._text(
                f"<b>{plan_name(plan)}</b><br>{plan_description(plan)}<br><i>{plan_source(plan)}</i>"
            )
            name.setTextFormat(Qt.TextFormat.RichText)
            button = QPushButton(self.tr("Start"))
            button.setObjectName(f"start-{plan.id}")
            button.clicked.connect(lambda _=False, p=plan: self.start_plan(p))
            self.start_buttons[plan.id] = button
            grid.addWidget(name, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        holder = QWidget()
        holder.setLayout(grid)
        self._layout.addWidget(holder)

    def _day_tile(self, s: PlannedSession) -> QFrame:
        tile = QFrame()
        tile.setObjectName("planDay")
        tile.setProperty("state", s.state)
        tile.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(tile)
        when = month_day_text(s.day, "%a %d %b", weekday=True) if s.day else self.tr("no day left")
        words = {
            DONE: self.tr("done"),
            MISSED: self.tr("missed"),
            TODAY: self.tr("today"),
            COMING: self.tr("coming"),
            SKIPPED: self.tr("skipped"),
        }
        head = self._text(f"{_SYMBOLS[s.state]} {when} · {words[s.state]}", "planDayState")
        bold = head.font()
        bold.setBold(True)
        head.setFont(bold)
        box.addWidget(head)
        box.addWidget(
            self._text(self.tr("Day %1: %2").replace("%1", str(s.number)).replace("%2", s.title))
        )
        return tile

    def _build_plan(self, status: PlanStatus) -> None:
        plan = status.plan
        self._layout.addWidget(self._title(plan_name(plan)))
        self.headline = self._text(status.headline, "planHeadline")
        self._layout.addWidget(self.headline)
        progress = QProgressBar()
        progress.setObjectName("planProgress")
        progress.setRange(0, plan.session_count)
        progress.setValue(
            plan.session_count if status.complete else min(status.plan_done, plan.session_count)
        )
        progress.setFormat(self.tr("%v of %m sessions"))
        self._layout.addWidget(self._text(progress.text(), "planProgressText"))
        self._layout.addWidget(progress)
        self.day_tiles: list[QFrame] = []
        if status.week is not None:
            week = status.week
            again = self.tr(" (again)") if week.attempt > 1 else ""
            self._layout.addWidget(
                self._text(
                    self.tr("<b>This week: week %1 of %2</b>")
                    .replace("%1", str(week.week_no))
                    .replace("%2", str(len(plan.weeks)))
                    + again
                )
            )
            row = QHBoxLayout()
            for s in week.sessions:
                tile = self._day_tile(s)
                self.day_tiles.append(tile)
                row.addWidget(tile, 1)
            holder = QWidget()
            holder.setLayout(row)
            self._layout.addWidget(holder)
        target = plan.weekly_target
        self.target_bar: QProgressBar | None = None
        if target is not None and not status.complete:
            goal, walked, what = (
                (target.minutes, status.walked_min, self.tr("active minutes"))
                if target.minutes
                else (
                    target.backward_minutes or 0,
                    status.backward_min,
                    self.tr("backward minutes"),
                )
            )
            bar = QProgressBar()
            bar.setObjectName("planTarget")
            bar.setRange(0, round(goal))
            bar.setValue(min(round(walked), round(goal)))
            bar.setFormat(
                self.tr("This week: %1 of %2 %3")
                .replace("%1", str(round(walked)))
                .replace("%2", str(round(goal)))
                .replace("%3", what)
            )
            self.target_bar = bar
            self._layout.addWidget(self._text(bar.text(), "planTargetText"))
            self._layout.addWidget(bar)
        if status.badges:
            badges = QHBoxLayout()
            for badge in status.badges:
                label = QLabel(self.tr("★ Week %1").replace("%1", str(badge.week_no)))
                label.setObjectName("planBadge")
                label.setToolTip(
                    self.tr("Completed on %1").replace(
                        "%1", month_day_text(badge.completed_on, "%a %d %b", weekday=True)
                    )
                )
                badges.addWidget(label)
            badges.addStretch(1)
            holder = QWidget()
            holder.setLayout(badges)
            self._layout.addWidget(holder)
        if status.ahead:
            self._layout.addWidget(self._text(self.tr("<b>Weeks ahead</b>")))
            lines = []
            for view in status.ahead[:6]:
                first = view.sessions[0].title
                lines.append(
                    self.tr("Week %1 from %2: %3 x %4")
                    .replace("%1", str(view.week_no))
                    .replace("%2", month_day_text(view.monday, "%a %d %b", weekday=True))
                    .replace("%3", str(len(view.sessions)))
                    .replace("%4", first)
                )
            if len(status.ahead) > 6:
                lines.append(
                    self.tr("… and %1 more weeks").replace("%1", str(len(status.ahead) - 6))
                )
            self._layout.addWidget(self._text("\n".join(lines), "planAhead"))
        if status.decisions:
            self._layout.addWidget(self._text(status.decisions[-1].text, "planDecision"))
        self._layout.addWidget(self._actions(status))

    def _actions(self, status: PlanStatus) -> QWidget:
        row = FlowLayout()  # the buttons wrap onto a second line in a narrow window
        self.action_buttons: dict[str, QPushButton] = {}

        def add(key: str, text: str, slot: Callable[[], None], enabled: bool = True) -> None:
            button = QPushButton(text)
            button.setObjectName(f"plan-{key}")
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            self.action_buttons[key] = button
            row.addWidget(button)

        active = not status.complete
        if status.today_session is not None:
            add("walk", self.tr("Walk today's session"), self._walk_today)
        if status.paused:
            add("resume", self.tr("Resume"), lambda: self.act("resume"), active)
        else:
            add("pause", self.tr("Pause"), lambda: self.act("pause"), active)
        add(
            "skip",
            self.tr("Skip a session"),
            lambda: self.act("skip"),
            active and not status.paused,
        )
        add(
            "restart",
            self.tr("Restart week"),
            lambda: self.act("restart_week"),
            active and not status.paused,
        )
        add("export", self.tr("Calendar file…"), self._export, active)
        add("stop", self.tr("End plan"), self._stop)
        holder = QWidget()
        holder.setLayout(row)
        return holder

    # -- actions --------------------------------------------------------------------------------

    def start_plan(self, plan: Plan) -> None:
        state = PlanState(
            plan.id, plan.days, plan.time or "07:30", local_zone_name(), self._today()
        )
        save_state(self.state_file, state)
        self._changed()

    def act(self, action: str) -> None:
        loaded = self._load()
        if not isinstance(loaded, tuple):
            return
        _plan, state = loaded
        save_state(self.state_file, state.with_event(self._today(), action))
        self._changed()

    def _stop(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("End plan"), self.tr("End this plan? Your recorded sessions are kept.")
        )
        if answer == QMessageBox.StandardButton.Yes:
            clear_state(self.state_file)
            self._changed()

    def _walk_today(self) -> None:
        from walkcoach.core.plans.builtin import session_program

        s = self.status.today_session if self.status else None
        if s is not None and self.status is not None:
            program = session_program(self.status.plan, s.week_no, s.session)
            if program is not None:
                self.start_session.emit(program)

    def export_to(self, path: Path) -> None:
        from walkcoach.core.files import write_text_atomic
        from walkcoach.core.plans.ics import plan_to_ics

        if self.status is not None:
            write_text_atomic(path, plan_to_ics(self.status, now=datetime.now().astimezone()))

    def _refresh_calendar_file(self, state: PlanState) -> None:
        """The plan moved (a session walked, missed, an action): write the exported file again,
        so a calendar subscribed to it follows. A file that cannot be written is left alone."""
        if state.ics_path:
            with contextlib.suppress(OSError):
                self.export_to(Path(state.ics_path))

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save calendar file"),
            "walkcoach-plan.ics",
            self.tr("iCalendar files (*.ics)"),
        )
        if name:
            try:
                self.export_to(Path(name))
                loaded = self._load()
                if isinstance(loaded, tuple):
                    save_state(
                        self.state_file, replace(loaded[1], ics_path=str(Path(name).resolve()))
                    )
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Calendar file"),
                    self.tr("Cannot write the file: %1").replace("%1", str(exc.strerror)),
                )

    def _changed(self) -> None:
        self.reload()
        self.plan_changed.emit()

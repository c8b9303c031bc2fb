"""After every session (completed, ended early or too short): what was walked against the plan
and against the last time, the muscles worked, personal bests, and how it felt.

The session itself is already in the history when this opens (the writer stored it as it was
walked); the dialog only adds effort, pain and notes. So its buttons are "Skip rating" (close,
the session stays recorded without a rating) and "Save rating"; sessions are deleted from the
history page's list, never from here.

Keyboard: digits 1-9 and 0 (for 10) pick the effort when the notes box does not have focus,
Alt+P toggles pain, Ctrl+Enter saves the rating, Esc skips it.

The figures scroll (vertically only; their lines wrap to the width) when the screen is short
(1024x600); the rating ("How did it feel?") and the buttons sit below the scroll area, always in
view.

Past 400 lines (613), one job: the dialog after a session. Its panels (totals, muscles,
heart rate, bests, the rating) each read the same SessionRecord and are built once; the next
split is the panels into ui/history/summary_panels.py with the dialog keeping the rating, the
keyboard and the saving (not done in issue 15, recorded in its note).
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Callable, Sequence
from datetime import tzinfo

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core import stats
from walkcoach.core.hr_zones import HeartRateZones
from walkcoach.core.muscles import MuscleModel, load_model
from walkcoach.core.records import (
    STATUS_COMPLETED,
    STATUS_INTERRUPTED,
    STATUS_SHORT,
    STATUS_STOPPED,
    SessionRecord,
)
from walkcoach.core.textfmt import format_elapsed
from walkcoach.core.units import km_to_mi
from walkcoach.storage.writer import MAX_NOTES_CHARS
from walkcoach.ui import plurals
from walkcoach.ui.history.panels import best_name, best_value, distance_source_word
from walkcoach.ui.locale_text import date_time_text, month_day_text
from walkcoach.ui.resource_text import muscle_name, recorded_program_name

log = logging.getLogger(__name__)

TOP_MUSCLES = 5
SCREEN_FILL = 0.92  # at most this share of the screen's free height and width

# save(session_id, rpe, pain, notes) -> None when stored, else a message saying why not (yet)
SaveFeedback = Callable[[int, int | None, bool, str], str | None]


class SummaryDialog(QDialog):
    """Shows ``session`` against ``history`` (earlier sessions, for bests) and saves feedback."""

    saved = Signal(int, object, bool, str)  # session id, rpe (int or None), pain, notes

    def __init__(
        self,
        session: SessionRecord,
        history: Sequence[stats.SessionLike],
        *,
        save: SaveFeedback,
        units: str = "kmh",
        distance_unit: str = "km",
        muscle_model: MuscleModel | None = None,
        tz: tzinfo | None = None,
        zones: HeartRateZones | None = None,
        theme: str = "dark",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.zones = zones
        self.theme = theme
        self.units = units
        self.distance_unit = distance_unit
        self._save = save
        self.save_error: str | None = None
        self.model = muscle_model or load_model()
        self.muscles = stats.MuscleLoad(self.model).session_average(session)[:TOP_MUSCLES]
        self.bests = stats.bests_reached(history, session, tz=tz)
        self.previous = stats.previous_walk(history, session)
        self.tz = tz
        plurals.install()
        self.setWindowTitle(self.tr("Session summary"))
        self.setModal(False)  # the coach window stays usable behind it

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        outer.setSpacing(8)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Lines wrap to the viewport instead: a sideways scroll bar hides the ends of sentences.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroll_area)
        self.body = body
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 4)
        layout.setSpacing(12)
        heading = QLabel(self.heading_text(), body)
        heading.setWordWrap(True)
        font = heading.font()
        font.setPixelSize(24)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.heading = heading
        subtitle = QLabel(
            self.tr("{program}, {when}").format(
                program=recorded_program_name(session.program_id, session.program_name),
                when=date_time_text(session.started_at.astimezone(tz), "%a %d %b %Y, %H:%M"),
            ),
            body,
        )
        subtitle.setProperty("dim", True)
        subtitle.setWordWrap(True)
        layout.addWidget(subtitle)
        self.explanation = QLabel(self.explanation_text(), body)
        self.explanation.setWordWrap(True)
        self.explanation.setVisible(bool(self.explanation.text()))
        layout.addWidget(self.explanation)
        self.comparison = QLabel(self.comparison_text(), body)
        self.comparison.setWordWrap(True)
        self.comparison.setVisible(bool(self.comparison.text()))
        layout.addWidget(self.comparison)

        self.heart_rate_chart = None
        if session.hr_max_bpm is not None:
            # First: the curve is what a session with a heart rate is read by at a glance.
            layout.addWidget(self._heart_rate_panel())
        top = QHBoxLayout()
        top.addWidget(self._totals_panel(), 1)
        top.addWidget(self._muscles_panel(), 1)
        layout.addLayout(top)
        layout.addWidget(self._bests_panel())
        layout.addStretch(1)
        # Outside the scroll area: the rating is what the user acts on, it never hides below.
        self.feedback = self._feedback_panel()
        feedback_row = QHBoxLayout()
        feedback_row.setContentsMargins(20, 0, 20, 0)
        feedback_row.addWidget(self.feedback)
        outer.addLayout(feedback_row)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 0, 20, 0)
        self.status_label = QLabel(
            self.tr("This session is in your history already; the rating is optional."), self
        )
        self.status_label.setProperty("dim", True)
        self.status_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("S&kip rating"), self)
        self.close_button.setToolTip(
            self.tr("Close: the session stays recorded, without effort, pain or notes (Esc)")
        )
        self.save_button = QPushButton(self.tr("&Save rating"), self)
        self.save_button.setToolTip(
            self.tr("Add effort, pain and notes to this session (Ctrl+Enter)")
        )
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.close_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self.notes_edit.installEventFilter(self)  # the notes box would take Ctrl+Enter as a newline
        self._load_feedback()
        screen = (parent.screen() if parent is not None else None) or (
            QGuiApplication.primaryScreen()
        )
        free = screen.availableGeometry()
        self.fit_to(free.width(), free.height())
        self.save_button.setFocus()

    def fit_to(self, width: int, height: int) -> None:
        """As large as the contents want, never larger than ``width`` x ``height`` (the screen's
        free area): what does not fit scrolls, the rating and the buttons stay in view."""
        wanted = self.body.sizeHint()
        # the rating, the button row, the spacing and the bottom margin stay outside the scroll
        chrome_h = self.feedback.sizeHint().height() + self.save_button.sizeHint().height() + 40
        scrollbar_w = self.scroll_area.verticalScrollBar().sizeHint().width()
        self.setMaximumSize(width, height)
        self.resize(
            min(max(wanted.width() + scrollbar_w, 720), int(width * SCREEN_FILL)),
            min(wanted.height() + chrome_h, int(height * SCREEN_FILL)),
        )

    # -- words ---------------------------------------------------------------------------------

    def heading_text(self) -> str:
        return {
            STATUS_COMPLETED: self.tr("Session complete"),
            STATUS_STOPPED: self.tr("Session ended early"),
            STATUS_SHORT: self.tr("Too short to count as completed"),
            STATUS_INTERRUPTED: self.tr("Session interrupted"),
        }.get(self.session.status, self.tr("Session summary"))

    def explanation_text(self) -> str:
        """How the session's status was decided, in words (empty for a completed session)."""
        s = self.session
        walked = format_elapsed(s.duration_s)
        if s.status == STATUS_SHORT and s.planned_s:
            return self.tr(
                "Most of it was skipped: {walked} walked of the {planned} planned. A session "
                "counts as completed when at least 80 % of its planned time is walked; this one "
                "is recorded as too short."
            ).format(walked=walked, planned=format_elapsed(s.planned_s))
        if s.status == STATUS_STOPPED and s.planned_s:
            return self.tr(
                "Recorded as ended early: {walked} of the {planned} planned. How it felt is "
                "worth noting all the same."
            ).format(walked=walked, planned=format_elapsed(s.planned_s))
        if s.status == STATUS_STOPPED:
            return self.tr("Recorded as ended early, after {walked}.").format(walked=walked)
        return ""

    def comparison_text(self) -> str:
        """The last time this program was walked, e.g. "Last time (Wed 12 Nov): 18:40 in all,
        6:00 backward, effort 6"; empty the first time."""
        last = self.previous
        if last is None:
            return ""
        parts = [
            self.tr("{time} in all").format(time=format_elapsed(last.duration_s)),
            self.tr("{time} backward").format(time=format_elapsed(last.backward_s)),
        ]
        rpe = getattr(last, "rpe", None)
        if rpe is not None:
            parts.append(self.tr("effort {n}").format(n=rpe))
        return self.tr("Last time ({when}): {figures}").format(
            when=month_day_text(last.started_at.astimezone(self.tz), "%a %d %b", weekday=True),
            figures=", ".join(parts),
        )

    # -- panels --------------------------------------------------------------------------------

    def _panel(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame(self)
        frame.setObjectName("panel")
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 10)
        label = QLabel(title, frame)
        font = label.font()
        font.setBold(True)
        font.setPixelSize(17)
        label.setFont(font)
        box.addWidget(label)
        return frame, box

    def totals(self) -> dict[str, str]:
        """The figures shown, by name (for tests and screen readers)."""
        s = self.session
        if self.distance_unit == "mi":
            distance = self.tr("{value} mi").format(value=f"{km_to_mi(s.distance_km):.2f}")
        else:
            distance = self.tr("{value} km").format(value=f"{s.distance_km:.2f}")
        figures = {
            "forward": format_elapsed(s.forward_s),
            "backward": format_elapsed(s.backward_s),
            "longest_backward": format_elapsed(s.longest_backward_s),
            "total": format_elapsed(s.duration_s),
        }
        if s.planned_s:
            figures["planned"] = format_elapsed(s.planned_s)
        skipped = sum(1 for segment in s.segments if segment.skipped)
        if skipped:
            figures["skipped"] = self.tr("%n segment(s)", "", skipped)
        figures["distance"] = distance
        figures["kcal"] = self.tr("about {value} kcal").format(value=f"{s.kcal:.0f}")
        return figures

    def _totals_panel(self) -> QFrame:
        frame, box = self._panel(self.tr("What you walked"))
        grid = QGridLayout()
        names = {
            "forward": self.tr("Forward"),
            "backward": self.tr("Backward"),
            "longest_backward": self.tr("Longest backward stretch"),
            "total": self.tr("Total time"),
            "planned": self.tr("Planned"),
            "skipped": self.tr("Skipped"),
            # Measured by the treadmill, or the plan's speed over the time walked.
            "distance": self.tr("Distance ({source})").format(
                source=distance_source_word(self.session.distance_source)
            ),
            "kcal": self.tr("Energy (estimate)"),
        }
        for row, (key, value) in enumerate(self.totals().items()):
            name = QLabel(names[key], frame)
            name.setProperty("dim", True)
            figure = QLabel(value, frame)
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, row, 0)
            grid.addWidget(figure, row, 1)
        box.addLayout(grid)
        box.addStretch(1)
        return frame

    def heart_rate_text(self) -> str:
        """The session's heart rate in one line ("" without one)."""
        s = self.session
        if s.hr_max_bpm is None or s.hr_mean_bpm is None:
            return ""
        text = self.tr("Mean {mean} bpm, highest {top} bpm").format(
            mean=round(s.hr_mean_bpm), top=s.hr_max_bpm
        )
        if s.hr_source == "treadmill":
            text += self.tr(" (the treadmill's heart rate)")
        return text

    def zone_text(self) -> str:
        """Time in each zone, e.g. "Zone 2 12:30 · Zone 3 8:00" ("" without zones)."""
        zones_s = self.session.hr_zones_s
        if not zones_s or not any(seconds >= 1 for seconds in zones_s):
            return ""
        parts = [
            self.tr("Zone {n} {time}").format(n=n, time=format_elapsed(seconds))
            for n, seconds in enumerate(zones_s, start=1)
            if seconds >= 1
        ]
        return "  ·  ".join(parts)

    def wait_text(self) -> str:
        """How long the turns waited for the heart rate to settle ("" when none did)."""
        waits = [seg.hr_wait_s for seg in self.session.segments if seg.hr_wait_s]
        if not waits:
            return ""
        return self.tr(
            "Waited %n time(s) for your heart rate to settle, {time} in all.", "", len(waits)
        ).format(time=format_elapsed(sum(waits)))

    def _heart_rate_panel(self) -> QFrame:
        frame, box = self._panel(self.tr("Heart rate"))
        line = QLabel(self.heart_rate_text(), frame)
        line.setWordWrap(True)
        box.addWidget(line)
        zones = QLabel(self.zone_text(), frame)
        zones.setWordWrap(True)
        zones.setVisible(bool(zones.text()))
        box.addWidget(zones)
        waited = QLabel(self.wait_text(), frame)
        waited.setWordWrap(True)
        waited.setVisible(bool(waited.text()))
        box.addWidget(waited)
        self.heart_rate_label, self.zone_label = line, zones
        # The chart only when there is one to draw (pyqtgraph is loaded for it).
        from walkcoach.storage.heart_rate_history import session_heart_rate
        from walkcoach.ui.history.hr_charts import SessionHeartRateChart

        heart = session_heart_rate(self.session)
        if heart is not None:
            chart = SessionHeartRateChart(self.theme, frame)
            chart.set_heart_rate(heart, self.zones)
            chart.setMinimumHeight(170)
            box.addWidget(chart)
            self.heart_rate_chart = chart
        return frame

    def muscle_rows(self) -> list[str]:
        return [
            self.tr(
                "{name}: on average {value} % of its maximal voluntary contraction (EMG)"
            ).format(name=muscle_name(self.model.muscle(muscle_id)), value=f"{mean:.0f}")
            for muscle_id, mean, _load in self.muscles
        ]

    def _muscles_panel(self) -> QFrame:
        frame, box = self._panel(self.tr("Muscles worked most"))
        if not self.muscles:
            box.addWidget(QLabel(self.tr("No walking was recorded."), frame))
        for text in self.muscle_rows():
            row = QLabel(text, frame)
            row.setWordWrap(True)  # "...of its maximal voluntary contraction" is long
            box.addWidget(row)
        note = QLabel(
            self.tr("Estimated % of a maximal contraction, averaged over the time walked."),
            frame,
        )
        note.setWordWrap(True)
        note.setProperty("dim", True)
        box.addWidget(note)
        box.addStretch(1)
        return frame

    def best_rows(self) -> list[str]:
        rows = []
        for reached in self.bests:
            value = best_value(self, reached.best, self.units)
            if reached.previous is None:
                rows.append(
                    self.tr("{name}: {value} (your first)").format(
                        name=best_name(self, reached.best.key), value=value
                    )
                )
            else:
                before = best_value(
                    self, stats.Best(reached.best.key, reached.previous), self.units
                )
                rows.append(
                    self.tr("{name}: {value} (was {before})").format(
                        name=best_name(self, reached.best.key), value=value, before=before
                    )
                )
        return rows

    def _bests_panel(self) -> QFrame:
        frame, box = self._panel(self.tr("Personal bests"))
        rows = self.best_rows()
        if not rows:
            none = QLabel(
                self.tr("No new personal best this time; steady sessions are what build progress."),
                frame,
            )
            none.setWordWrap(True)
            box.addWidget(none)
        for text in rows:
            label = QLabel("★ " + html.escape(text), frame)
            label.setWordWrap(True)
            box.addWidget(label)
        return frame

    def _feedback_panel(self) -> QFrame:
        frame, box = self._panel(self.tr("How did it feel?"))
        rpe_label = QLabel(
            self.tr("Effort (1 = very easy, 10 = all-out); keys 1-9 and 0 for 10:"), frame
        )
        rpe_label.setWordWrap(True)
        box.addWidget(rpe_label)
        row = QHBoxLayout()
        self.rpe_group = QButtonGroup(self)
        self.rpe_group.setExclusive(False)  # so a second click on the chosen number clears it
        self.rpe_buttons: list[QPushButton] = []
        for value in range(1, 11):
            button = QPushButton(str(value), frame)
            button.setCheckable(True)
            button.setObjectName("rpe")
            button.setMinimumWidth(44)
            button.setAccessibleName(self.tr("Effort {n} of 10").format(n=value))
            self.rpe_group.addButton(button, value)
            self.rpe_buttons.append(button)
            row.addWidget(button)
        self.rpe_group.idClicked.connect(self._on_rpe_clicked)
        box.addLayout(row)
        # Smaller than the app's 48 px touch buttons: ten of them share one row.
        frame.setStyleSheet(
            "QPushButton#rpe { min-height: 30px; padding: 4px 6px; font-size: 16px; }"
            "QPushButton#rpe:checked { background: palette(highlight); color: palette(highlighted-text); }"
            # The app style sheet leaves the check box square nearly invisible on dark panels.
            "QCheckBox::indicator { width: 18px; height: 18px; border: 2px solid palette(text);"
            " border-radius: 4px; background: palette(base); }"
            "QCheckBox::indicator:checked { background: palette(highlight); }"
        )
        self.pain_check = QCheckBox(self.tr("I felt &pain during or after this session"), frame)
        box.addWidget(self.pain_check)
        notes_label = QLabel(self.tr("&Notes:"), frame)
        self.notes_edit = QPlainTextEdit(frame)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("Anything to remember: how the knees felt, rails held or not…")
        )
        # Two lines at least, so the box reads as a box where to type even on a short screen.
        self.notes_edit.setMinimumHeight(2 * self.notes_edit.fontMetrics().lineSpacing() + 16)
        self.notes_edit.setMaximumHeight(90)
        notes_label.setBuddy(self.notes_edit)
        box.addWidget(notes_label)
        box.addWidget(self.notes_edit)
        return frame

    # -- feedback ------------------------------------------------------------------------------

    def _load_feedback(self) -> None:
        self.set_rpe(self.session.rpe)
        self.pain_check.setChecked(bool(self.session.pain))
        self.notes_edit.setPlainText(self.session.notes)

    def rpe(self) -> int | None:
        for button in self.rpe_buttons:
            if button.isChecked():
                return int(button.text())
        return None

    def set_rpe(self, value: int | None) -> None:
        for button in self.rpe_buttons:
            button.setChecked(value is not None and int(button.text()) == value)

    def _on_rpe_clicked(self, value: int) -> None:
        # Exclusive by hand: the clicked one stays as the user left it, the others go off.
        checked = self.rpe_group.button(value).isChecked()
        self.set_rpe(value if checked else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.notes_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if (
            text.isdigit()
            and len(text) == 1
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            value = 10 if text == "0" else int(text)
            self.set_rpe(value)
            self.rpe_buttons[value - 1].setFocus()
            return
        super().keyPressEvent(event)

    def save(self) -> bool:
        """Store effort, pain and notes on the session; True when they reached the database."""
        rpe = self.rpe()
        pain = self.pain_check.isChecked()
        notes = self.notes_edit.toPlainText().strip()[:MAX_NOTES_CHARS]
        try:
            problem = self._save(self.session.id, rpe, pain, notes)
        except (ValueError, OSError) as exc:  # never lose the dialog over a save problem
            log.exception("saving the session feedback failed")
            problem = str(exc)
        self.save_error = problem
        self.saved.emit(self.session.id, rpe, pain, notes)
        if problem:
            self.status_label.setText(
                self.tr(
                    "Not saved yet: {problem}. It is kept and saved when storage works again."
                ).format(problem=problem)
            )
            return False
        self.accept()
        return True


def summary_after_session(
    writer,
    db_path: str | os.PathLike[str],
    *,
    units: str = "kmh",
    distance_unit: str = "km",
    muscle_model: MuscleModel | None = None,
    zones: HeartRateZones | None = None,
    theme: str = "dark",
    parent: QWidget | None = None,
) -> SummaryDialog | None:
    """The summary of the session ``writer`` (a storage SessionWriter) recorded last, however
    it ended and however short; None only when nothing was stored (stopped during get-ready)."""
    from walkcoach.storage.db import open_readonly
    from walkcoach.storage.errors import StorageError
    from walkcoach.storage.history import get_session
    from walkcoach.storage.summaries import session_summaries

    session_id = getattr(writer, "session_id", None)
    if session_id is None:
        return None
    try:
        conn = open_readonly(db_path)
        if conn is None:
            return None
        try:
            session = get_session(conn, session_id)
            history = session_summaries(conn)
        finally:
            conn.close()
    except StorageError:
        log.exception("cannot read the session just recorded")
        return None
    if session is None:
        return None

    def save(sid: int, rpe: int | None, pain: bool, notes: str) -> str | None:
        writer.annotate(sid, rpe=rpe, pain=pain, notes=notes)
        return writer.storage_error

    return SummaryDialog(
        session,
        history,
        save=save,
        units=units,
        distance_unit=distance_unit,
        muscle_model=muscle_model,
        zones=zones,
        theme=theme,
        parent=parent,
    )

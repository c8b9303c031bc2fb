"""Small parts of the history page: empty state, personal bests, streaks, next-session suggestion,
muscle-load list and the load-coloured body diagram."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core import stats
from walkcoach.core.bodymap import activation_colour
from walkcoach.core.muscles import MuscleModel
from walkcoach.core.program import format_duration
from walkcoach.core.progression import Suggestion
from walkcoach.core.stats import BEST_KEYS, Best, Streaks
from walkcoach.core.textfmt import format_elapsed
from walkcoach.ui import plurals
from walkcoach.ui.coach.body_diagram import BodyDiagramWidget
from walkcoach.ui.coach.texts import speed_text
from walkcoach.ui.locale_text import Figure, date_text, number
from walkcoach.ui.resource_text import muscle_name


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPixelSize(17)
    font.setBold(True)
    label.setFont(font)
    return label


def best_name(widget: QWidget, key: str) -> str:
    return {
        "longest_backward_run_s": QCoreApplication.translate(
            "HistoryPanels", "Longest backward stretch"
        ),
        "most_backward_s": QCoreApplication.translate(
            "HistoryPanels", "Most backward time in a session"
        ),
        "longest_session_s": QCoreApplication.translate("HistoryPanels", "Longest session"),
        "steepest_backward_incline_pct": QCoreApplication.translate(
            "HistoryPanels", "Steepest backward incline, held a minute"
        ),
        "fastest_backward_speed_kmh": QCoreApplication.translate(
            "HistoryPanels", "Fastest backward speed, held a minute"
        ),
        "longest_streak_days": QCoreApplication.translate("HistoryPanels", "Longest streak"),
    }[key]


def distance_source_word(source: str) -> str:
    """The word shown beside a distance: where it comes from (records.distance_source)."""
    words = {
        "measured": QCoreApplication.translate("DistanceSource", "measured"),
        "planned": QCoreApplication.translate("DistanceSource", "planned"),
        "mixed": QCoreApplication.translate("DistanceSource", "partly measured"),
    }
    return words.get(source, words["planned"])


def best_value(widget: QWidget, best: Best, units: str) -> str:
    if best.key.endswith("_s"):
        return format_elapsed(best.value)  # measured: to the nearest second
    if best.key.endswith("_pct"):
        return f"{number(best.value)} %"
    if best.key.endswith("_kmh"):
        return speed_text(best.value, units)
    plurals.install()
    return QCoreApplication.translate("HistoryPanels", "%n day(s)", "", int(best.value))


class EmptyState(QFrame):
    """What a new user sees: what the page will show once sessions are recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(14)
        heading = _title(self.tr("Your walking history will appear here"), self)
        font = heading.font()
        font.setPixelSize(26)
        heading.setFont(font)
        layout.addWidget(heading)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setText(
            self.tr(
                "<p>Each session you finish (or stop early) is saved here automatically. "
                "After your first one you will see:</p><ul>"
                "<li><b>Minutes per week</b>, forward and backward, as stacked bars;</li>"
                "<li><b>Your longest backward stretch</b> in each session, climbing toward the "
                "5-8 minutes without a break that the progression aims for;</li>"
                "<li>a <b>12-month calendar</b> of the days you walked, with your current and "
                "longest streak;</li>"
                "<li>the <b>muscles you worked most</b>, on the body diagram;</li>"
                "<li>every <b>session</b> with a chart of its segments, your <b>personal "
                "bests</b>, and exports to CSV, JSON, TCX and FIT.</li></ul>"
            )
        )
        layout.addWidget(self.body)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setProperty("dim", True)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
        self.detail.setVisible(bool(text))


class BestsPanel(QFrame):
    """Personal bests as a two-column list; missing bests show a dash."""

    def __init__(self, units: str = "kmh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.units = units
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(_title(self.tr("Personal bests"), self))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.value_labels: dict[str, QLabel] = {}
        for row, key in enumerate(BEST_KEYS):
            name = QLabel(best_name(self, key), self)
            name.setProperty("dim", True)
            # Wraps past about 40 letters (longer than any English name, which keeps its one
            # line): on one line a longer language's names held the overview wider than a
            # 1024 px window (1330 px in the pseudo-language).
            one_line_px = name.sizeHint().width()
            name.setWordWrap(True)
            name.setMinimumWidth(min(one_line_px, name.fontMetrics().averageCharWidth() * 40))
            value = QLabel("-", self)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.value_labels[key] = value
        layout.addLayout(grid)
        layout.addStretch(1)

    def set_bests(self, bests: Mapping[str, Best]) -> None:
        for key, label in self.value_labels.items():
            best = bests.get(key)
            label.setText(best_value(self, best, self.units) if best else "-")
            when = ""
            if best is not None and best.started_at is not None:
                when = self.tr("Set on {day}").format(
                    day=date_text(best.started_at.astimezone(), "%d %b %Y")
                )
            elif best is not None and best.day is not None:
                when = self.tr("Ended on {day}").format(day=date_text(best.day, "%d %b %Y"))
            label.setToolTip(when)

    def values(self) -> dict[str, str]:
        return {key: label.text() for key, label in self.value_labels.items()}


class StreakLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)  # a longer language's line held the overview wider than 1024 px
        plurals.install()
        self.setToolTip(
            self.tr(
                "A day counts when you walked: a completed session, or any session with at "
                "least 5 minutes walked forward and backward. Skipping through a program does "
                "not count. Today still counts as long as you walked yesterday."
            )
        )

    def set_streaks(self, streaks: Streaks) -> None:
        current = self.tr("<b>%n</b> day(s)", "", streaks.current_days)
        longest = self.tr("<b>%n</b> day(s)", "", streaks.longest_days)
        self.setText(
            self.tr("Current streak: {current} &nbsp;·&nbsp; longest: {longest}").format(
                current=current, longest=longest
            )
        )


class SuggestionPanel(QFrame):
    """The progression coach's next session, with its reasons and a button to use it."""

    use_clicked = Signal(object)  # the suggested Program

    def __init__(self, units: str = "kmh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.units = units
        self.suggestion: Suggestion | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(_title(self.tr("Next session"), self))
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setProperty("dim", True)
        self.use_button = QPushButton(self.tr("Use this program"), self)
        self.use_button.setToolTip(self.tr("Select it on the coach page"))
        self.use_button.clicked.connect(self._use)
        layout.addWidget(self.headline)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignRight)

    def set_suggestion(self, suggestion: Suggestion | None) -> None:
        self.suggestion = suggestion
        self.use_button.setEnabled(suggestion is not None)
        if suggestion is None:
            self.headline.setText(self.tr("No suggestion: the history could not be read."))
            self.reasons.clear()
            return
        self.headline.setText(
            self.tr("{rounds} x {time} backward at {speed}, {incline:g} % incline").format(
                rounds=suggestion.rounds,
                time=format_duration(suggestion.backward_s),
                speed=speed_text(suggestion.speed_kmh, self.units),
                incline=Figure(suggestion.incline_pct),
            )
        )
        self.reasons.setText(" ".join(suggestion.reasons))

    def _use(self) -> None:
        if self.suggestion is not None:
            self.use_clicked.emit(self.suggestion.program)


class MuscleLoadList(QWidget):
    """The muscles worked most in the period, each as a share of the muscle worked most."""

    def __init__(self, model: MuscleModel, count: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title = _title(self.tr("Worked most"), self)
        layout.addWidget(self.title)
        self.rows: list[QLabel] = []
        for _ in range(count):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            layout.addWidget(label)
            self.rows.append(label)
        self.note = QLabel(
            self.tr(
                "Each muscle's work in this period compared with the muscle worked most (100 %): "
                "how hard it works, estimated from muscle-activity (EMG) studies, times the "
                "minutes you walked. The colours on the body follow the same scale."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setProperty("dim", True)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set_load(self, load: Mapping[str, float]) -> None:
        ranked = sorted(((v, k) for k, v in load.items() if v > 0), reverse=True)
        peak = ranked[0][0] if ranked else 0.0
        for index, label in enumerate(self.rows):
            if index >= len(ranked):
                label.setText(self.tr("Nothing walked in this period.") if index == 0 else "")
                continue
            value, muscle_id = ranked[index]
            share = 100.0 * value / peak
            if index == 0:
                text = self.tr(
                    "<span style='color:{colour}'>&#9632;</span> <b>{name}</b> "
                    "<small>worked most (100 %)</small>"
                )
            else:
                text = self.tr(
                    "<span style='color:{colour}'>&#9632;</span> <b>{name}</b> {share:.0f} % "
                    "<small>as much</small>"
                )
            label.setText(
                text.format(
                    colour=activation_colour(share),
                    name=html.escape(muscle_name(self.model.muscle(muscle_id))),
                    share=share,
                )
            )

    def texts(self) -> list[str]:
        return [label.text() for label in self.rows if label.text()]


def hours_text(widget: QWidget, seconds: float) -> str:
    """The one time format: ``2:30`` under an hour, ``3:30:00`` beyond (``1860:00:00`` too)."""
    return format_elapsed(seconds)


class LoadDiagram(BodyDiagramWidget):
    """The body diagram coloured by muscle load relative to the muscle worked most."""

    def __init__(self, model: MuscleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, model=model)
        self.load: dict[str, float] = {}

    def legend_caption(self) -> str:
        return self.tr("work in this period, % of the muscle worked most (estimated)")

    def tooltip_text(self, muscle_id: str, element_id: str = "") -> str:
        name = html.escape(muscle_name(self._model.muscle(muscle_id))) if self._model else muscle_id
        value = self.load.get(muscle_id, 0.0)
        if value <= 0:
            return f"<b>{name}</b><br>" + self.tr("Not worked in this period")
        share = stats.relative_load(self.load)[muscle_id]
        return f"<b>{name}</b><br>" + self.tr(
            "{share:.0f} % of the work of the muscle worked most in this period (estimated)"
        ).format(share=share)

"""Forms of the program editor: one segment, one repeat block, the program's name and level.

Each field shows its problem in place: a red border, a "⚠ reason" line under it (so colour is
never the only sign) and the same text as tooltip. The problems come from parse_program via the
document, plus the form's own "that is not a time" for text it cannot read.

Past 400 lines as one piece: the segment, repeat-block and program forms share their field
builders, unit handling and problem marks; split, each would import the others' helpers.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core.editing import (
    ProblemIndex,
    ProgramDocument,
    message_in_units,
    parse_duration_text,
    speed_from_units,
    speed_to_units,
    speed_unit_label,
)
from walkcoach.core.program import KINDS, LEVELS, TURN_DEFAULT_SPEED_KMH, format_duration
from walkcoach.ui.editor.model import KIND_SYMBOLS, PROBLEM_MARK


def mark_invalid(
    widget: QWidget, problem_label: QLabel, messages: list[str], tip: str = ""
) -> None:
    """Show (or clear) a field's problems: property for the red border, text line, tooltip."""
    text = "\n".join(f"{PROBLEM_MARK} {m}" for m in messages)
    invalid = bool(messages)
    if widget.property("invalid") != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    problem_label.setText(text)
    problem_label.setVisible(invalid)
    widget.setToolTip(text if invalid else tip)
    name = widget.accessibleName().split(" (problem:")[0]
    widget.setAccessibleName(f"{name} (problem: {messages[0]})" if invalid else name)


class _FieldForm(QWidget):
    """A form whose rows are (label, field, problem line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A field that does not fit beside its label (a longer language, a narrow pane) goes
        # under it, so the form never holds the editor wider than the screen.
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problem_labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.tips: dict[str, str] = {}
        self.document: ProgramDocument | None = None
        self.path: tuple | None = None
        self._loading = False

    def add_row(self, key: str, text: str, widget: QWidget, accessible: str, tip: str = "") -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        widget.setToolTip(tip)
        problem = QLabel(self)
        problem.setObjectName("fieldProblem")
        problem.setWordWrap(True)
        problem.setVisible(False)
        problem.setAccessibleName(self.tr("Problem with {field}").format(field=accessible))
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(problem)
        self.layout_.addRow(label, holder)
        self.fields[key] = widget
        self.problem_labels[key] = problem
        self.tips[key] = tip

    def show_field_problems(self, key: str, messages: list[str]) -> None:
        mark_invalid(self.fields[key], self.problem_labels[key], messages, self.tips[key])

    def has_problems(self) -> bool:
        return any(label.isVisibleTo(self) for label in self.problem_labels.values())


def _spin(parent: QWidget, low: float, high: float, decimals: int, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(True)
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return spin


def _number(value, default: float = 0.0) -> float:
    ok = not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)
    return float(value) if ok else default


class SegmentForm(_FieldForm):
    """Kind, duration (m:ss), speed (user units, stored km/h), incline, cadence, label, note."""

    edited = Signal()

    def __init__(self, units: str = "kmh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = units
        self.local_problems: dict[str, str] = {}
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(f"{KIND_SYMBOLS[kind]} {self._kind_title(kind)}", kind)
        self.duration = QLineEdit(self)
        self.duration.setPlaceholderText(self.tr("m:ss, e.g. 2:30"))
        # Wide ranges on purpose: out-of-range values are typed, then marked with the reason.
        self.speed = _spin(self, 0.0, 99.9, 1, "")
        self.speed.setSpecialValueText(self.tr("belt stopped"))
        self.incline = _spin(self, -20.0, 60.0, 1, " %")
        self.cadence = QSpinBox(self)
        self.cadence.setRange(0, 400)
        self.cadence.setSuffix(self.tr(" steps/min"))
        self.cadence.setSpecialValueText(self.tr("not set"))
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("Optional; for a station: what to do"))
        self.note = NoteEdit(self)  # ends under a line of text, never through one
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Optional hint shown during the segment"))
        self.until_confirmed = QCheckBox(self.tr("&Wait until I press Done"), self)

        self.add_row("kind", self.tr("&Kind"), self.kind, self.tr("Segment kind"))
        self.add_row(
            "duration_s",
            self.tr("&Duration"),
            self.duration,
            self.tr("Duration, minutes and seconds"),
            self.tr("Minutes:seconds (2:30), hours:minutes:seconds, or whole minutes (5)"),
        )
        self.add_row("speed_kmh", self.tr("S&peed"), self.speed, self.tr("Belt speed"))
        self.add_row(
            "incline_pct", self.tr("&Incline"), self.incline, self.tr("Incline in percent")
        )
        self.add_row(
            "cadence_spm",
            self.tr("&Cadence"),
            self.cadence,
            self.tr("Cadence in steps per minute"),
            self.tr("Optional target steps per minute"),
        )
        self.add_row("label", self.tr("&Label"), self.label, self.tr("Segment label"))
        self.add_row("note", self.tr("&Note"), self.note, self.tr("Segment note"))
        self.add_row(
            "until_confirmed",
            self.tr("Station"),
            self.until_confirmed,
            self.tr("Wait until Done"),
            self.tr("A station ends when you press Done; its time is for planning"),
        )
        self.set_units(units)

        self.kind.currentIndexChanged.connect(lambda _i: self._set("kind", self.kind.currentData()))
        self.duration.textEdited.connect(self._duration_edited)
        self.duration.editingFinished.connect(self._duration_finished)
        self.speed.valueChanged.connect(self._speed_changed)
        self.incline.valueChanged.connect(lambda v: self._set("incline_pct", round(v, 1) or None))
        self.cadence.valueChanged.connect(lambda v: self._set("cadence_spm", v or None))
        self.label.textEdited.connect(lambda text: self._set("label", text))
        self.note.textChanged.connect(lambda: self._set("note", self.note.toPlainText()))
        self.until_confirmed.toggled.connect(
            lambda on: self._set("until_confirmed", True if on else None)
        )

    def _kind_title(self, kind: str) -> str:
        return {
            "forward": self.tr("Forward"),
            "backward": self.tr("Backward"),
            "rest": self.tr("Rest"),
            "station": self.tr("Station"),
            "turn": self.tr("Turn"),
        }[kind]

    def _speed_changed(self, value: float) -> None:
        # A turn without speed_kmh turns at the default speed, so its stopped belt is written 0.
        turn = (
            self.document is not None
            and self.path is not None
            and (self.document.node(self.path).get("kind") == "turn")
        )
        if value:
            self._set("speed_kmh", speed_from_units(value, self.units))
        else:
            self._set("speed_kmh", 0 if turn else None)

    def set_units(self, units: str) -> None:
        self.units = units
        unit = speed_unit_label(units)
        self.speed.setSuffix(f" {unit}")
        self.tips["speed_kmh"] = self.tr(
            "Belt speed in {unit}; 0 for a rest with the belt stopped"
        ).format(unit=unit)
        if self.document is not None and self.path is not None:
            self.load(self.document, self.path)

    # -- document <-> widgets -----------------------------------------------------------------

    def load(self, document: ProgramDocument, path: tuple) -> None:
        """Show the segment at ``path`` (keeps a field the user is typing in as it is)."""
        if (document, path) != (self.document, self.path):
            self.local_problems.clear()
        self.document, self.path = document, path
        node = document.node(path)
        self._loading = True
        try:
            index = self.kind.findData(node.get("kind"))
            self.kind.setCurrentIndex(index)
            duration_s = node.get("duration_s")
            if not (self.duration.hasFocus() and self._parses_to(duration_s)):
                self.duration.setText(
                    format_duration(duration_s) if _number(duration_s, -1) > 0 else str(duration_s)
                )
            default_kmh = TURN_DEFAULT_SPEED_KMH if node.get("kind") == "turn" else 0.0
            speed = speed_to_units(_number(node.get("speed_kmh"), default_kmh), self.units)
            if abs(self.speed.value() - speed) >= 0.05:
                self.speed.setValue(speed)
            incline = _number(node.get("incline_pct"))
            if abs(self.incline.value() - incline) >= 0.05:
                self.incline.setValue(incline)
            self.cadence.setValue(int(_number(node.get("cadence_spm"))))
            if self.label.text() != (node.get("label") or ""):
                self.label.setText(node.get("label") or "")
            if self.note.toPlainText() != (node.get("note") or ""):
                self.note.setPlainText(node.get("note") or "")
            self.until_confirmed.setChecked(bool(node.get("until_confirmed")))
            self.until_confirmed.setEnabled(
                node.get("kind") == "station" and not document.read_only
            )
            walking = node.get("kind") in ("forward", "backward")
            self.cadence.setEnabled(walking and not document.read_only)
        finally:
            self._loading = False
        for widget in self.fields.values():
            if widget not in (self.until_confirmed, self.cadence):
                widget.setEnabled(not document.read_only)
        self.show_problems(document.problems)

    def _parses_to(self, duration_s) -> bool:
        try:
            return parse_duration_text(self.duration.text()) == duration_s
        except ValueError:
            return False

    def show_problems(self, problems: ProblemIndex) -> None:
        by_key: dict[str, list[str]] = {
            key: list(problems.field(self.path, key)) for key in self.fields
        }
        # Problems of the segment as a whole ("missing field 'speed_kmh'", a station without a
        # label) are shown at the field they name.
        for message in problems.by_place.get((self.path, None), ()) if self.path else ():
            for key in self.fields:
                if f"'{key}'" in message:
                    by_key[key].append(message)
        for key, messages in by_key.items():
            if key in self.local_problems:
                messages = [self.local_problems[key]]
            self.show_field_problems(key, [message_in_units(m, key, self.units) for m in messages])

    def _set(self, key: str, value) -> None:
        if self._loading or self.document is None or self.document.read_only:
            return
        self.local_problems.pop(key, None)
        self.document.set_field(self.path, key, value)
        self.edited.emit()

    def _duration_edited(self, text: str) -> None:
        if self._loading or self.document is None:
            return
        try:
            duration_s = parse_duration_text(text)
        except ValueError as exc:
            self.local_problems["duration_s"] = str(exc)
            self.show_problems(self.document.problems)
            self.edited.emit()
            return
        self._set("duration_s", int(duration_s))

    def _duration_finished(self) -> None:
        if self.document is not None and "duration_s" not in self.local_problems:
            self.document.close_merge()
            self.load(self.document, self.path)  # "5" becomes "5:00"


class BlockForm(_FieldForm):
    """Rounds and label of a repeat block."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rounds = QSpinBox(self)
        self.rounds.setRange(0, 999)  # 1-100 are valid; others are marked with the reason
        self.rounds.setSuffix(self.tr(" rounds"))
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("Optional, e.g. Intervals"))
        self.add_row(
            "repeat",
            self.tr("&Rounds"),
            self.rounds,
            self.tr("Repeat rounds"),
            self.tr("How many times the segments of the block are walked"),
        )
        self.add_row("label", self.tr("&Label"), self.label, self.tr("Block label"))
        self.rounds.valueChanged.connect(lambda v: self._set("repeat", v))
        self.label.textEdited.connect(lambda text: self._set("label", text))

    def load(self, document: ProgramDocument, path: tuple) -> None:
        self.document, self.path = document, path
        node = document.node(path)
        self._loading = True
        try:
            rounds = node.get("repeat")
            self.rounds.setValue(int(_number(rounds)))
            if self.label.text() != (node.get("label") or ""):
                self.label.setText(node.get("label") or "")
        finally:
            self._loading = False
        for widget in self.fields.values():
            widget.setEnabled(not document.read_only)
        self.show_problems(document.problems)

    def show_problems(self, problems: ProblemIndex) -> None:
        for key in self.fields:
            self.show_field_problems(key, list(problems.field(self.path, key)))

    def _set(self, key: str, value) -> None:
        if self._loading or self.document is None or self.document.read_only:
            return
        self.document.set_field(self.path, key, value)
        self.edited.emit()


class DescriptionEdit(QPlainTextEdit):
    """A text box that shows at least ``MIN_LINES`` whole lines and grows to ``MAX_LINES``.

    Heights are measured in its own font when it is polished or the font changes: the old fixed
    height used the form's font at construction (smaller than the one shown) and cut the third
    line in half.
    """

    MIN_LINES = 3
    MAX_LINES = 10
    # Lines it asks for: one more per this many pixels of screen height beyond the first
    # SCREEN_BASE_PX (3 at 1024x600, 4 at 1366x768, 7 at 1920x1080).
    SCREEN_BASE_PX = 300
    SCREEN_PX_PER_LINE = 110
    PREFERRED_MAX_LINES = 7

    def lines_px(self, lines: int) -> int:
        margins = self.contentsMargins()
        return round(
            self.fontMetrics().lineSpacing() * lines
            + 2 * self.document().documentMargin()
            + margins.top()
            + margins.bottom()
        )

    def preferred_lines(self) -> int:
        screen = self.screen()
        height = screen.availableGeometry().height() if screen is not None else 600
        lines = (height - self.SCREEN_BASE_PX) // self.SCREEN_PX_PER_LINE
        return max(self.MIN_LINES, min(self.PREFERRED_MAX_LINES, lines))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.lines_px(self.MIN_LINES))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.lines_px(self.preferred_lines()))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._fit_lines)

    def resizeEvent(self, event) -> None:
        self._fit_lines()
        super().resizeEvent(event)

    def _fit_lines(self) -> None:
        # The part of the height that is less than a whole line becomes a bottom margin, so the
        # box ends under a line instead of through the middle of one (the text starts one
        # document margin down; nothing keeps a margin free at the bottom).
        margins = self.contentsMargins()
        text_px = (
            self.height() - margins.top() - margins.bottom() - self.document().documentMargin()
        )
        line_px = max(1, self.fontMetrics().lineSpacing())
        spare_px = round(text_px) % line_px
        lines, block = 0, self.document().begin()
        while block.isValid():
            lines += max(1, block.lineCount())
            block = block.next()
        if lines * line_px + self.document().documentMargin() <= text_px:
            spare_px = 0  # all of the text fits: nothing is cut and nothing needs to scroll
        if self.viewportMargins().bottom() != spare_px:
            self.setViewportMargins(0, 0, 0, spare_px)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setMinimumHeight(self.lines_px(self.MIN_LINES))
            self.setMaximumHeight(self.lines_px(self.MAX_LINES))
        return super().event(event)


class NoteEdit(DescriptionEdit):
    """A segment's note: a short hint, three whole lines (two showed a scroll bar for two lines)."""

    MIN_LINES = 3
    MAX_LINES = 4
    PREFERRED_MAX_LINES = 3


class ProgramInfoForm(_FieldForm):
    """Name, level and description of the program (renaming is editing the name and saving)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("programName")
        self.level = QComboBox(self)
        self.level.addItem(self.tr("(not set)"), "")
        for level, title in zip(
            LEVELS, (self.tr("Beginner"), self.tr("Intermediate"), self.tr("Advanced")), strict=True
        ):
            self.level.addItem(title, level)
        self.description = DescriptionEdit(self)
        self.description.setTabChangesFocus(True)
        self.add_row("name", self.tr("Na&me"), self.name, self.tr("Program name"))
        self.add_row("level", self.tr("Le&vel"), self.level, self.tr("Program level"))
        self.add_row(
            "description", self.tr("Descri&ption"), self.description, self.tr("Program description")
        )
        self.name.textEdited.connect(lambda text: self._set("name", text))
        self.level.currentIndexChanged.connect(
            lambda _i: self._set("level", self.level.currentData())
        )
        self.description.textChanged.connect(
            lambda: self._set("description", self.description.toPlainText())
        )

    def load(self, document: ProgramDocument) -> None:
        self.document = document
        self._loading = True
        try:
            if self.name.text() != document.name:
                self.name.setText(document.name)
            index = self.level.findData(document.meta("level"))
            self.level.setCurrentIndex(max(index, 0))
            if self.description.toPlainText() != document.meta("description"):
                self.description.setPlainText(document.meta("description") or "")
        finally:
            self._loading = False
        for widget in self.fields.values():
            widget.setEnabled(not document.read_only)
        self.show_problems(document.problems)

    def show_problems(self, problems: ProblemIndex) -> None:
        for key in self.fields:
            self.show_field_problems(key, list(problems.field(None, key)))

    def _set(self, key: str, value) -> None:
        if self._loading or self.document is None or self.document.read_only:
            return
        self.document.set_meta(key, value)
        self.edited.emit()


def focus_field(form: _FieldForm, key: str) -> None:
    widget = form.fields.get(key)
    if widget is not None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

"""Choose the session's program on the coach page: name, total time, backward minutes, description."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from walkcoach.core.program import TURN_DEFAULT_S, Program, format_duration
from walkcoach.ui import theme
from walkcoach.ui.platform.lean_qt import set_enum
from walkcoach.ui.resource_text import program_description, program_name
from walkcoach.ui.widgets.clamped_label import ClampedLabel
from walkcoach.ui.widgets.eliding_combo import ElidingComboBox

DESCRIPTION_MAX_LINES = 5  # what English needs at 1024 px; the rest elided
# On a low screen (600 px) two: the direction display's digits need the height more, with
# today's plan offer above the picker or a longer language's controls on two lines.
DESCRIPTION_LOW_SCREEN_LINES = 2
LOW_SCREEN_PX = 700


class ProgramPicker(QWidget):
    program_changed = Signal(object)  # Program

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programs: list[Program] = []
        # Elided, not cut mid-letter, on a small screen; where its text ends comes from the
        # theme's style sheet, when that is the one shown (asking the style costs the first frame).
        self.combo = ElidingComboBox(self, field_insets_px=theme.combo_field_insets_px())
        self.combo.setObjectName("programCombo")
        self.combo.setAccessibleName(self.tr("Program"))
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Keyboard focus stays on the window so Space, arrows and N/B always drive the session;
        # the list is still reachable by mouse and by Tab.
        set_enum(self.combo, "focusPolicy", "TabFocus")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("programSummary")
        # One line where there is room; in a longer language on a narrow screen it wraps
        # instead of widening the window past the screen.
        self.summary_label.setWordWrap(True)
        # At most five lines, the rest elided with its tool tip whole (a fixed height cap cut
        # the third line in half; no cap let a longer language's description take the
        # direction display's room); hidden while a session runs.
        self.description_label = ClampedLabel(DESCRIPTION_MAX_LINES, self)
        self.description_label.setObjectName("programDescription")
        self.description_label.setProperty("dim", True)

        row = QHBoxLayout()
        label = QLabel(self.tr("Program"), self)
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.summary_label, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.description_label)
        self.combo.currentIndexChanged.connect(self._on_index)

    def fit_height(self, window_height_px: int) -> None:
        """How many lines the description may take, for a window this tall."""
        low = window_height_px < LOW_SCREEN_PX
        self.description_label.set_max_lines(
            DESCRIPTION_LOW_SCREEN_LINES if low else DESCRIPTION_MAX_LINES
        )

    def set_programs(self, programs: list[Program], select_id: str | None = None) -> None:
        current = select_id or (self.current_program().id if self.current_program() else None)
        self.combo.blockSignals(True)
        self.combo.clear()
        self._programs = list(programs)
        for program in self._programs:
            self.combo.addItem(
                self.tr("{name}  ({total}, {backward} backward)").format(
                    name=program_name(program),  # a built-in's translated, a user's as typed
                    total=format_duration(program.total_s),
                    backward=format_duration(program.backward_s),
                )
            )
        index = next((i for i, p in enumerate(self._programs) if p.id == current), 0)
        self.combo.setCurrentIndex(index if self._programs else -1)
        self.combo.blockSignals(False)
        self._on_index(self.combo.currentIndex())

    def add_program(self, program: Program, *, select: bool = True) -> None:
        """Add (or replace, same id) a program, e.g. one opened from a file with --program."""
        programs = [p for p in self._programs if p.id != program.id]
        programs.insert(0, program)
        self.set_programs(programs, select_id=program.id if select else None)

    def programs(self) -> list[Program]:
        return list(self._programs)

    def current_program(self) -> Program | None:
        index = self.combo.currentIndex()
        return self._programs[index] if 0 <= index < len(self._programs) else None

    def select(self, program_id: str) -> bool:
        for index, program in enumerate(self._programs):
            if program.id == program_id:
                self.combo.setCurrentIndex(index)
                return True
        return False

    def set_session_running(self, running: bool) -> None:
        """No switching programs mid-session; the description makes room for the display."""
        self.combo.setEnabled(not running)
        self.description_label.setVisible(not running and bool(self.description_label.text()))

    def _on_index(self, index: int) -> None:
        program = self.current_program()
        if program is None:
            self.summary_label.setText(self.tr("No programs found"))
            self.description_label.setText("")
            return
        backward = format_duration(program.backward_s)
        self.summary_label.setText(
            self.tr("{total} total  ·  {backward} backward  ·  {count} steps").format(
                total=format_duration(program.total_s),
                backward=backward,
                count=program.segment_count,
            )
        )
        description = program_description(program)
        if program.auto_turn_count:
            count = program.auto_turn_count
            if count == 1:
                text = self.tr(
                    "The coach adds a {seconds} s turn at 1 place where the direction changes."
                )
            else:
                text = self.tr(
                    "The coach adds a {seconds} s turn at {count} places where the direction changes."
                )
            added = text.format(seconds=f"{TURN_DEFAULT_S:g}", count=count)
            description = f"{description} {added}" if description else added
        self.description_label.setText(description)
        self.description_label.setVisible(bool(description) and self.combo.isEnabled())
        self.program_changed.emit(program)

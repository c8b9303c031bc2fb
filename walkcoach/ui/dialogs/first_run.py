"""First run: a short welcome that asks units and weight, explains safety and offers a gentle start."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core.library import FIRST_PROGRAM_ID
from walkcoach.core.program import Program, format_duration
from walkcoach.core.settings import Settings
from walkcoach.core.units import Units
from walkcoach.ui.dialogs.settings import WeightSpin, unit_system_combo
from walkcoach.ui.editor.style import editor_style_sheet, system_font
from walkcoach.ui.resource_text import program_name

GENTLE_IDS = (FIRST_PROGRAM_ID, "easy-start")


def gentlest_program(programs: Sequence[Program]) -> Program | None:
    """First steps (the one first suggestion, core.library.FIRST_PROGRAM_ID), else Easy start,
    else the shortest beginner program with backward walking."""
    for program_id in GENTLE_IDS:
        for program in programs:
            if program.id == program_id and program.builtin:
                return program
    candidates = [p for p in programs if p.builtin and p.backward_s > 0 and p.level == "beginner"]
    return min(candidates, key=lambda p: (p.total_s, p.id), default=None)


def should_show_first_run(
    settings: Settings, *, smoke_test: bool = False, start: bool = False
) -> bool:
    """Once per user; never in the smoke test, and never in front of a session started by --start."""
    return not settings.first_run_done and not smoke_test and not start


def pass_first_run(settings: Settings, *, smoke_test: bool = False, start: bool = False) -> bool:
    """A first launch that goes straight into a session (--start) was the welcome's one moment:
    it is not shown on a later launch either (units and weight stay in Preferences). True when
    ``settings`` changed and should be saved."""
    if settings.first_run_done or smoke_test or not start:
        return False
    settings.first_run_done = True
    return True


class FirstRunDialog(QDialog):
    """Shown with open() after the window appears; ``chosen_program`` is the offer if taken."""

    def __init__(
        self, settings: Settings, programs: Sequence[Program], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to WalkCoach"))
        self.setFont(system_font())
        self.settings = settings
        self.offer = gentlest_program(programs)

        heading = QLabel(self.tr("Welcome to WalkCoach"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5 if font.pointSizeF() > 0 else 16)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "WalkCoach times treadmill sessions that switch between walking forward and walking "
                "backward, and tells you when to turn, what speed to set and which muscles work."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.units = unit_system_combo(self)
        self.weight = WeightSpin(self)
        self.weight.setToolTip(self.tr("Only used to estimate the energy you use"))
        form = QFormLayout()
        for text, widget, accessible in (
            (self.tr("&Units"), self.units, self.tr("Units")),
            (self.tr("Body &weight"), self.weight, self.tr("Body weight")),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)

        safety_heading = QLabel(self.tr("Walking backward safely"), self)
        bold = safety_heading.font()
        bold.setBold(True)
        safety_heading.setFont(bold)
        lines = (
            self.tr(
                "Clip the treadmill's safety key to your clothes and clear the space around it."
            ),
            self.tr("Start the belt slowly facing forward; turn around only at a slow speed."),
            self.tr(
                "Hold the rails while you learn, keep your head up and do not look back over your shoulder."
            ),
            self.tr(
                "Begin with short, slow backward spells of a minute or two; add time first, then speed, then incline."
            ),
            self.tr(
                "Stop if anything hurts or you feel unsteady. With balance or inner-ear problems, uncontrolled "
                "blood pressure, an acute back problem or a recent injury, ask a doctor first."
            ),
        )
        self.safety_label = QLabel("\n".join(f"• {line}" for line in lines), self)
        self.safety_label.setWordWrap(True)
        self.safety_label.setAccessibleName(self.tr("Safety advice"))

        self.take_offer = QCheckBox(self)
        if self.offer is not None:
            self.take_offer.setText(
                self.tr("&Select “{name}” to begin ({total}, {backward} of it backward)").format(
                    name=program_name(self.offer),  # a built-in's: translated
                    total=format_duration(self.offer.total_s),
                    backward=format_duration(self.offer.backward_s),
                )
            )
            self.take_offer.setChecked(True)
        self.take_offer.setVisible(self.offer is not None)
        self.take_offer.setAccessibleName(self.tr("Select the gentlest program"))

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("&Let's go"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            self.tr("S&kip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.start_button.setDefault(True)
        for button in (self.start_button, self.skip_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(safety_heading)
        layout.addWidget(self.safety_label)
        layout.addWidget(self.take_offer)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(
            QLayout.SizeConstraint.SetMinimumSize
        )  # wrapped text never squeezes

        self.units.setCurrentIndex(max(0, self.units.findData(settings.units)))
        self.weight.set_unit(settings.weight_unit, settings.weight_kg)
        self.units.currentIndexChanged.connect(
            lambda _i: self.weight.set_unit(Units.matching_speed(self.units.currentData()).weight)
        )
        dark = self.palette().window().color().lightness() < 128
        self.setStyleSheet(editor_style_sheet(dark))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    @property
    def chosen_program(self) -> Program | None:
        return (
            self.offer
            if self.result() == QDialog.DialogCode.Accepted and self.take_offer.isChecked()
            else None
        )

    def accept(self) -> None:
        chosen = Units.matching_speed(self.units.currentData())
        self.settings.units = chosen.speed
        self.settings.distance_unit = chosen.distance
        self.settings.weight_unit = chosen.weight
        self.settings.weight_kg = self.weight.weight_kg()
        self.settings.first_run_done = True
        super().accept()

    def reject(self) -> None:
        self.settings.first_run_done = True  # shown once: Skip keeps the defaults
        super().reject()

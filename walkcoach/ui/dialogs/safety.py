"""Safety checklist before backward walking (DOMAIN.md section 5, in the app's own words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core.program import Program
from walkcoach.ui.widgets.screen_fit import fit_dialog


def safety_items() -> list[str]:
    return [
        QCoreApplication.translate(
            "SafetyChecklist",
            "You feel steady on your feet today; walking backward asks more of balance.",
        ),
        QCoreApplication.translate(
            "SafetyChecklist",
            "The floor around the treadmill is clear: no cables, bags or anything to trip on.",
        ),
        QCoreApplication.translate("SafetyChecklist", "Your shoes grip and support your feet."),
        QCoreApplication.translate(
            "SafetyChecklist", "The safety key is clipped to your clothing."
        ),
        QCoreApplication.translate(
            "SafetyChecklist",
            "Start the belt slowly while facing forward, and only then turn around.",
        ),
        QCoreApplication.translate(
            "SafetyChecklist", "Hold the rails at first; let go only once you feel secure."
        ),
        QCoreApplication.translate(
            "SafetyChecklist",
            "Stand tall and look ahead; do not twist your neck to look behind you.",
        ),
        QCoreApplication.translate(
            "SafetyChecklist", "Loosen up your hips and ankles first, and stretch again afterwards."
        ),
        QCoreApplication.translate(
            "SafetyChecklist",
            "Keep speed and incline low to begin with; raise them over weeks, not minutes.",
        ),
        QCoreApplication.translate(
            "SafetyChecklist", "Stop at once if anything hurts or you feel dizzy."
        ),
    ]


def doctor_note() -> str:
    return QCoreApplication.translate(
        "SafetyChecklist",
        "Talk to a doctor or physiotherapist before you try this if you have a disorder of the "
        "inner ear or balance, high blood pressure that is not under control, an acute or "
        "disc-related back problem, or a recent injury. Older walkers may want someone nearby "
        "for the first sessions.",
    )


def needs_safety_check(program: Program, settings) -> bool:
    """Before the first backward session, and before each one when the user asked for that."""
    if program.backward_s <= 0:
        return False
    return (not settings.safety_check_seen) or settings.safety_check_each_session


class SafetyDialog(QDialog):
    """Shown with open() (window-modal, not blocking) so the app stays responsive."""

    def __init__(self, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Before you walk backward"))
        self.setModal(True)
        heading = QLabel(self.tr("Before you walk backward"), self)
        font = heading.font()
        font.setPixelSize(24)
        font.setBold(True)
        heading.setFont(font)
        items = "".join(f"<li>{item}</li>" for item in safety_items())
        self.checklist = QLabel(f"<ul style='margin-left: -20px'>{items}</ul>", self)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.checklist.setWordWrap(True)
        self.note = QLabel(doctor_note(), self)
        self.note.setWordWrap(True)
        self.note.setProperty("dim", True)
        self.dont_show = QCheckBox(self.tr("Don't show this again"), self)
        self.dont_show.setChecked(not settings.safety_check_each_session)
        self.buttons = QDialogButtonBox(self)
        self.ready_button = self.buttons.addButton(
            self.tr("I'm ready, start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.checklist)
        layout.addWidget(self.note)
        layout.addWidget(self.dont_show)
        layout.addWidget(self.buttons)
        fit_dialog(self, 640, 560)  # taller, or wider on a small screen, for a longer text

    def accept(self) -> None:
        self.settings.safety_check_seen = True
        self.settings.safety_check_each_session = not self.dont_show.isChecked()
        super().accept()

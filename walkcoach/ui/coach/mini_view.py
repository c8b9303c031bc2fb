"""Compact always-on-top window: direction, targets, time left and what is next, for watching a
video; greyed with PAUSED over it while the session is paused."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from walkcoach.ui.coach.direction_display import DirectionGlyph
from walkcoach.ui.coach.flash import FlashOverlay
from walkcoach.ui.coach.paused_overlay import PausedOverlay
from walkcoach.ui.theme import style_for


class Readout(QWidget):
    """The mini view's texts, with the PAUSED veil kept over all of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paused_overlay = PausedOverlay(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.paused_overlay.cover()


class MiniView(QWidget):
    """A small separate window; the main window feeds it the same texts as the coach page."""

    full_view_requested = Signal()
    pause_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # A top-level window of its own (parent only for ownership), kept above other windows.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("miniView")
        self.setWindowTitle(self.tr("WalkCoach (mini)"))
        self.glyph = DirectionGlyph(self)
        self.glyph.setFixedSize(72, 72)
        self.word_label = QLabel(self)
        self.word_label.setObjectName("miniWord")
        self.time_label = QLabel("0:00", self)
        self.time_label.setObjectName("miniTime")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # What to set on the belt: the one thing a glance at the corner must also give.
        self.targets_label = QLabel(self)
        self.targets_label.setObjectName("miniTargets")
        self.targets_label.setWordWrap(True)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("miniNext")
        self.next_label.setProperty("dim", True)
        self.heart_rate_label = QLabel(self)  # the live heart rate, when one is linked
        self.heart_rate_label.setObjectName("miniHeartRate")
        self.heart_rate_label.hide()
        self._heart_rate = ("", "")
        self._shown: tuple[str | None, str] | None = None
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.setAccessibleName(self.tr("Pause or resume"))
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pause_button.clicked.connect(self.pause_requested)
        self.full_button = QPushButton(self.tr("Full view"), self)
        self.full_button.setAccessibleName(self.tr("Back to the full window"))
        self.full_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.full_button.setToolTip(self.tr("Back to the full coach window (Ctrl+M)"))
        self.full_button.clicked.connect(self.full_view_requested)

        word_font = QFont(self.font())
        word_font.setPixelSize(30)
        word_font.setWeight(QFont.Weight.ExtraBold)
        self.word_label.setFont(word_font)
        time_font = QFont(self.font())
        time_font.setPixelSize(64)
        time_font.setWeight(QFont.Weight.Bold)
        time_font.setFeature(QFont.Tag("tnum"), 1)
        self.time_label.setFont(time_font)
        targets_font = QFont(self.font())
        targets_font.setPixelSize(22)
        targets_font.setWeight(QFont.Weight.DemiBold)
        self.targets_label.setFont(targets_font)
        next_font = QFont(self.font())
        next_font.setPixelSize(17)
        self.next_label.setFont(next_font)
        heart_font = QFont(targets_font)
        heart_font.setWeight(QFont.Weight.ExtraBold)
        heart_font.setFeature(QFont.Tag("tnum"), 1)
        self.heart_rate_label.setFont(heart_font)

        # The readout (everything but the buttons) in a box of its own: the PAUSED veil covers
        # it and leaves Resume clear to click.
        self.readout = Readout(self)
        self.readout.setObjectName("miniReadout")
        self.readout.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        for label in (
            self.glyph,
            self.word_label,
            self.time_label,
            self.targets_label,
            self.next_label,
            self.heart_rate_label,
        ):
            label.setParent(self.readout)
        top = QHBoxLayout()
        top.addWidget(self.glyph)
        top.addWidget(self.word_label, 1)
        top.addWidget(self.time_label)
        readout = QVBoxLayout(self.readout)
        readout.setContentsMargins(0, 0, 0, 0)
        readout.addLayout(top)
        readout.addWidget(self.targets_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_label, 1)
        bottom.addWidget(self.heart_rate_label)
        readout.addLayout(bottom)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.full_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.readout, 1)
        layout.addLayout(buttons)
        self.flash_overlay = FlashOverlay(self)
        self.paused_overlay = self.readout.paused_overlay
        self.resize(460, 270)

    def set_direction(self, kind: str | None, word: str) -> None:
        if (kind, word) == self._shown:
            return  # the 4 Hz refresh: re-polishing the style sheets each time costs
        self._shown = (kind, word)
        if self._heart_rate[0]:
            self.set_heart_rate(*self._heart_rate)  # its colour on the new panel
        style = style_for(kind)
        filled = kind == "turn"  # amber with dark text, as on the coach page
        colour = style.text_on_colour if filled else style.colour
        self.glyph.set_kind(kind, colour)
        self.word_label.setText(word)
        self.word_label.setStyleSheet(f"color: {colour};")
        self.time_label.setStyleSheet(f"color: {colour};")
        plain = f"color: {style.text_on_colour};" if filled else ""
        self.targets_label.setStyleSheet(plain)
        self.next_label.setStyleSheet(plain)
        self.readout.setStyleSheet(
            f"QWidget#miniReadout {{ background: {style.colour}; border-radius: 8px; }}"
            "QWidget#miniReadout QLabel { background: transparent; }"
            if filled
            else ""
        )

    def set_time_text(self, text: str) -> None:
        self.time_label.setText(text)

    def set_targets_text(self, text: str) -> None:
        self.targets_label.setText(text)
        self.targets_label.setVisible(bool(text))

    def set_paused(self, paused: bool, reason: str = "") -> None:
        if paused:
            self.paused_overlay.show_paused(reason)
        else:
            self.paused_overlay.hide()

    def set_heart_rate(self, text: str, colour: str) -> None:
        """ "♥ 128 · Zone 3" in the zone's colour ("" hides it)."""
        self._heart_rate = (text, colour)
        self.heart_rate_label.setText(text)
        kind = self._shown[0] if self._shown is not None else None
        # On the filled turn panel the zone's colour would not read: its text colour instead.
        shown = style_for(kind).text_on_colour if kind == "turn" else colour
        self.heart_rate_label.setStyleSheet(f"color: {shown};" if shown else "")
        self.heart_rate_label.setVisible(bool(text))

    def set_next_text(self, text: str) -> None:
        self.next_label.setText(text)

    def set_pause_text(self, text: str, enabled: bool) -> None:
        self.pause_button.setText(text)
        self.pause_button.setEnabled(enabled)

    def closeEvent(self, event) -> None:
        # The user closing the mini window (a spontaneous close from the window manager) means
        # "show me the full window", never "lose the coach". A close asked by the program
        # itself, e.g. QApplication.quit() closing every window, must be accepted or the
        # quit is cancelled.
        if event.spontaneous():
            event.ignore()
            self.full_view_requested.emit()
        else:
            super().closeEvent(event)

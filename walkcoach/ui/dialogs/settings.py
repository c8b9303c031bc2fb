"""Preferences: units, body weight, voice and volume, countdown, flash, theme, safety, time-left
on the first page; heart-rate zones and coaching on the second (heart_rate_prefs.py).

The dialog edits a copy; Save validates it, copies it into the live Settings object, writes it
(through the caller's save function, i.e. save_settings) and emits ``settings_applied`` so the
running app applies it at once (``ui/dialogs/apply_settings.py``).

Past 400 lines as one piece: the one Preferences dialog (its two tabs, loading, checking and
storing every field) and the weight field and unit choices the first-run welcome reuses; the
applying of changed settings to the running app is in apply_settings.py.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core import settings as settings_core
from walkcoach.core.settings import Settings, validate
from walkcoach.core.units import Units, weight_from, weight_in
from walkcoach.ui.editor.style import editor_style_sheet, system_font
from walkcoach.ui.widgets.folding import VerticalScrollArea

TIME_LEFT_PRESETS_S = (0, 30, 60, 120, 300, 600)
# Each language by its own name (not translated: someone who cannot read the current language
# still finds theirs); "" is the system's, whose title is translated.
LANGUAGE_NAMES = (
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("nl", "Nederlands"),
    ("it", "Italiano"),
)


class WeightSpin(QDoubleSpinBox):
    """Body weight in kg or lb, limits from the settings validator.

    It keeps the weight it was given (or the user typed) exactly: switching units only changes
    what is shown, so 70 kg shown as 154.3 lb and saved is still 70 kg, not 69.99.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.unit = "kg"
        self._kg = 70.0
        self._showing = False
        self.valueChanged.connect(self._typed)

    def set_unit(self, unit: str, weight_kg: float | None = None) -> None:
        """Show the weight in ``unit`` ("kg" or "lb")."""
        kg = self._kg if weight_kg is None else float(weight_kg)
        self._showing = True  # the range and value set below are not the user typing
        try:
            self.unit = unit
            low = weight_in(settings_core.MIN_WEIGHT_KG, unit)
            high = weight_in(settings_core.MAX_WEIGHT_KG, unit)
            self.setRange(round(low, 1), round(high, 1))
            self.setSuffix(" lb" if unit == "lb" else " kg")
            self.setValue(weight_in(kg, unit))
        finally:
            self._showing = False
        self._kg = kg

    def _typed(self, value: float) -> None:
        if not self._showing:
            self._kg = weight_from(value, self.unit)

    def weight_kg(self) -> float:
        return min(settings_core.MAX_WEIGHT_KG, max(settings_core.MIN_WEIGHT_KG, self._kg))


class _ScrollingPage(VerticalScrollArea):
    """The Heart rate page, scrolling up and down where the screen is lower than the page
    (1024x600 in a longer language: the translated zone notes): the dialog never grows past
    the screen, and without it Qt squeezed the zone rows under their text. It asks for the
    page's whole height, so the dialog is as tall as the screen lets it be before it scrolls."""

    def sizeHint(self) -> QSize:
        page = self.widget()
        if page is None:
            return super().sizeHint()
        hint = page.sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())


def units_combo(parent: QWidget) -> QComboBox:
    """The speed unit; in the first-run welcome it also picks distance and weight to match."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("UnitChoices", "Kilometres per hour (km/h)"), "kmh")
    combo.addItem(QCoreApplication.translate("UnitChoices", "Miles per hour (mph)"), "mph")
    return combo


def unit_system_combo(parent: QWidget) -> QComboBox:
    """One choice for all three units (the welcome's; Preferences sets each on its own). Its
    data is the speed unit; Units.matching_speed gives the rest."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("UnitChoices", "Metric: km/h, km, kg"), "kmh")
    combo.addItem(QCoreApplication.translate("UnitChoices", "Imperial: mph, miles, lb"), "mph")
    return combo


def _short_unit_combo(
    parent: QWidget, items: tuple[tuple[str, str], ...], name: str, tip: str
) -> QComboBox:
    combo = QComboBox(parent)
    for text, unit in items:
        combo.addItem(text, unit)
    combo.setAccessibleName(name)
    combo.setToolTip(tip)
    return combo


def distance_combo(parent: QWidget) -> QComboBox:
    items = (
        (QCoreApplication.translate("UnitChoices", "km"), "km"),
        (QCoreApplication.translate("UnitChoices", "miles"), "mi"),
    )
    return _short_unit_combo(
        parent,
        items,
        QCoreApplication.translate("UnitChoices", "Distance unit"),
        QCoreApplication.translate("UnitChoices", "Distances walked"),
    )


def weight_combo(parent: QWidget) -> QComboBox:
    items = (
        (QCoreApplication.translate("UnitChoices", "kg"), "kg"),
        (QCoreApplication.translate("UnitChoices", "lb"), "lb"),
    )
    return _short_unit_combo(
        parent,
        items,
        QCoreApplication.translate("UnitChoices", "Weight unit"),
        QCoreApplication.translate("UnitChoices", "Body weight"),
    )


class SettingsDialog(QDialog):
    settings_applied = Signal(object)  # the live Settings, after a successful save

    def __init__(
        self,
        settings: Settings,
        save: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        *,
        speech_problem: str = "",
        speech_note: str = "",
        sounds_play: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.speech_problem = ""
        self.speech_note = speech_note  # speech works, in English: no voice of the language
        self.sounds_play = sounds_play  # the cue sounds work: the note says they carry on
        self.setWindowTitle(self.tr("Preferences"))
        self.setFont(system_font())
        self.settings = settings
        self._save = save or (lambda: None)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldProblem")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.units = units_combo(self)
        self.distance_unit = distance_combo(self)
        self.weight_unit = weight_combo(self)
        units_row = QHBoxLayout()
        units_row.setContentsMargins(0, 0, 0, 0)
        units_row.addWidget(self.units, 1)
        units_row.addWidget(self.distance_unit)
        units_row.addWidget(self.weight_unit)
        self.weight = WeightSpin(self)
        self.voice = QCheckBox(self.tr("Speak the cues (segment, speed, time left)"), self)
        self.voice_note = QLabel(self)  # why the box is greyed out, when speech is not there
        self.voice_note.setWordWrap(True)
        self.voice_note.setProperty("dim", True)
        self.voice_note.setFont(self.font())  # a style-sheet rule matched by "dim" resets it
        self.voice_note.hide()
        voice_row = QVBoxLayout()
        voice_row.setContentsMargins(0, 0, 0, 0)
        voice_row.addWidget(self.voice)
        voice_row.addWidget(self.voice_note)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume_label = QLabel(self)
        self.volume_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %"))
        self.muted = QCheckBox(self.tr("Mute all sounds"), self)
        self.countdown = QSpinBox(self)
        self.countdown.setRange(0, settings_core.MAX_COUNTDOWN_S)
        self.countdown.setSuffix(self.tr(" s"))
        self.countdown.setSpecialValueText(self.tr("no countdown"))
        self.flash = QCheckBox(self.tr("Flash the window when the segment changes"), self)
        self.theme = QComboBox(self)
        for key, title in (
            ("dark", self.tr("Dark")),
            ("light", self.tr("Light")),
            ("system", self.tr("Follow the system")),
        ):
            self.theme.addItem(title, key)
        self.safety = QCheckBox(
            self.tr("Show the safety checklist before every backward session"), self
        )
        language_row = self._language_row()
        self.time_left = QComboBox(self)

        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: tuple[tuple[str, QWidget | QLayout, str], ...] = (
            (self.tr("&Units"), units_row, self.tr("Speed unit")),
            (self.tr("Body &weight"), self.weight, self.tr("Body weight, for the energy estimate")),
            (self.tr("&Voice"), voice_row, self.tr("Spoken cues")),
            (self.tr("V&olume"), volume_row, self.tr("Volume")),
            (self.tr("&Sound"), self.muted, self.tr("Mute all sounds")),
            (
                self.tr("&Countdown"),
                self.countdown,
                self.tr("Countdown before each change, seconds"),
            ),
            (self.tr("&Flash"), self.flash, self.tr("Flash the window on each change")),
            (self.tr("&Theme"), self.theme, self.tr("Colour theme")),
            (self.tr("L&anguage"), language_row, self.tr("Language of the text and the voice")),
            (
                self.tr("Safet&y"),
                self.safety,
                self.tr("Safety checklist before each backward session"),
            ),
            (self.tr("Time &left"), self.time_left, self.tr("Spoken time left, how often")),
        )
        for text, field, accessible in rows:
            label = QLabel(text, self)
            widget = {
                id(volume_row): self.volume,
                id(voice_row): self.voice,
                id(units_row): self.units,
                id(language_row): self.language,
            }.get(id(field), field)
            assert isinstance(widget, QWidget)  # a row that is a layout is named by its control
            label.setBuddy(widget)
            widget.setAccessibleName(accessible)
            form.addRow(label, field)
        self.volume_label.setAccessibleName(self.tr("Volume in percent"))
        self.weight.setToolTip(self.tr("Used only for the kcal estimate"))
        self._add_session_rows(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        from walkcoach.ui.dialogs.heart_rate_prefs import HeartRatePrefs

        self.tabs = QTabWidget(self)
        general = QWidget(self.tabs)
        general.setLayout(form)
        self.heart_rate = HeartRatePrefs(self.tabs)
        self.tabs.addTab(general, self.tr("&General"))
        self.heart_rate_tab = _ScrollingPage(self.heart_rate)
        self.tabs.addTab(self.heart_rate_tab, self.tr("&Heart rate"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        # A new speed unit brings the distance and weight usually used with it; each can then
        # be set on its own.
        # (load() sets the speed first, then the user's own distance and weight units.)
        self.units.currentIndexChanged.connect(lambda _i: self._match_speed_unit())
        self.weight_unit.currentIndexChanged.connect(
            lambda _i: self.weight.set_unit(self.weight_unit.currentData())
        )
        self.volume.valueChanged.connect(lambda v: self.volume_label.setText(f"{v} %"))
        self.voice.toggled.connect(self._update_enabled)
        self.muted.toggled.connect(self._update_enabled)
        self.load(settings)
        self.set_speech_problem(speech_problem)
        dark = self.palette().window().color().lightness() < 128
        self.setStyleSheet(editor_style_sheet(dark))

    def _language_row(self) -> QVBoxLayout:
        """The language choice and, once it differs from the saved one, when it applies: the
        translations are installed before the first window is built (ui/i18n.py), so a new
        one needs a new start."""
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The system's language"), "")
        for key, name in LANGUAGE_NAMES:
            self.language.addItem(name, key)
        self.language_note = QLabel(self.tr("Applied at the next start of WalkCoach."), self)
        self.language_note.setWordWrap(True)
        self.language_note.setProperty("dim", True)
        self.language_note.setFont(self.font())  # a style-sheet rule matched by "dim" resets it
        self.language_note.hide()
        self.language.currentIndexChanged.connect(lambda _i: self._show_language_note())
        row = QVBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.language)
        row.addWidget(self.language_note)
        return row

    def _show_language_note(self) -> None:
        self.language_note.setVisible(self.language.currentData() != self.settings.language)

    def _add_session_rows(self, form: QFormLayout) -> None:
        """The get-ready count before the first segment, and how much the coach says."""
        self.get_ready = QSpinBox(self)
        self.get_ready.setRange(0, settings_core.MAX_GET_READY_S)
        self.get_ready.setSuffix(self.tr(" s"))
        self.get_ready.setSpecialValueText(self.tr("start at once"))
        self.cue_detail = QComboBox(self)
        for key, title in (
            ("all", self.tr("Everything (segments, halfway, time left)")),
            ("changes", self.tr("Changes only (segments, turns, the finish)")),
            ("none", self.tr("Nothing: sounds only")),
        ):
            self.cue_detail.addItem(title, key)
        for text, field, accessible in (
            (
                self.tr("&Get ready"),
                self.get_ready,
                self.tr("Get-ready count before the start, seconds"),
            ),
            (self.tr("Spo&ken cues"), self.cue_detail, self.tr("How much the coach says")),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(accessible)
            form.addRow(label, field)

    # -- values -------------------------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        self.units.setCurrentIndex(max(0, self.units.findData(settings.units)))
        self.distance_unit.setCurrentIndex(
            max(0, self.distance_unit.findData(settings.distance_unit))
        )
        self.weight_unit.setCurrentIndex(max(0, self.weight_unit.findData(settings.weight_unit)))
        self.weight.set_unit(settings.weight_unit, settings.weight_kg)
        self.voice.setChecked(settings.voice_enabled)
        self.volume.setValue(round(settings.volume * 100))
        self.volume_label.setText(f"{self.volume.value()} %")
        self.muted.setChecked(settings.muted)
        self.countdown.setValue(settings.countdown_s)
        self.flash.setChecked(settings.flash_on_change)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self._show_language_note()
        self.safety.setChecked(settings.safety_check_each_session)
        self._fill_time_left(settings.time_left_every_s)
        self.get_ready.setValue(settings.get_ready_s)
        self.cue_detail.setCurrentIndex(max(0, self.cue_detail.findData(settings.cue_detail)))
        self.heart_rate.load(settings)
        self._show_speech_problem()
        self._update_enabled()

    def set_speech_problem(self, reason: str) -> None:
        """No speech engine: the voice box is greyed out and unticked, with the reason beside it.

        The saved choice is kept (``values``), so speech comes back by itself where it works.
        """
        self.speech_problem = reason
        self._show_speech_problem()
        self._update_enabled()

    def set_speech_note(self, note: str) -> None:
        """Speech works, but in English: the note says there is no voice of the language."""
        self.speech_note = note
        self._show_speech_problem()

    def _show_speech_problem(self) -> None:
        reason = getattr(self, "speech_problem", "")
        note = getattr(self, "speech_note", "")
        self.voice.setEnabled(not reason)
        if reason:
            self.voice.setChecked(False)
            text = self.tr("Speech is not available: {reason}.").format(reason=reason)
            if self.sounds_play:
                text += " " + self.tr("The cue sounds still play.")
            self.voice_note.setText(text)
        elif note:
            self.voice_note.setText(note)
        self.voice_note.setVisible(bool(reason or note))

    def _fill_time_left(self, seconds: int) -> None:
        self.time_left.clear()
        presets = sorted(set(TIME_LEFT_PRESETS_S) | {seconds})
        for value in presets:
            if value == 0:
                text = self.tr("Off")
            elif value % 60 == 0:
                text = self.tr("Every {n} min").format(n=value // 60)
            else:
                text = self.tr("Every {n} s").format(n=value)
            self.time_left.addItem(text, value)
        self.time_left.setCurrentIndex(self.time_left.findData(seconds))

    def _update_enabled(self) -> None:
        self.volume.setEnabled(not self.muted.isChecked())
        self.time_left.setEnabled(self.voice.isChecked() and not self.muted.isChecked())

    def values(self) -> Settings:
        """The settings as the dialog shows them (a copy; unknown keys kept)."""
        chosen = copy.deepcopy(self.settings)
        chosen.units = self.units.currentData()
        chosen.distance_unit = self.distance_unit.currentData()
        chosen.weight_unit = self.weight_unit.currentData()
        chosen.weight_kg = self.weight.weight_kg()
        # Without speech the box shows unticked; the user's own choice is what is saved.
        chosen.voice_enabled = (
            self.settings.voice_enabled if self.speech_problem else self.voice.isChecked()
        )
        chosen.volume = self.volume.value() / 100
        chosen.muted = self.muted.isChecked()
        chosen.countdown_s = self.countdown.value()
        chosen.flash_on_change = self.flash.isChecked()
        chosen.theme = self.theme.currentData()
        chosen.language = self.language.currentData()
        chosen.safety_check_each_session = self.safety.isChecked()
        chosen.time_left_every_s = int(self.time_left.currentData())
        chosen.get_ready_s = self.get_ready.value()
        chosen.cue_detail = self.cue_detail.currentData()
        self.heart_rate.store(chosen)
        return chosen

    def _match_speed_unit(self) -> None:
        matching = Units.matching_speed(self.units.currentData())
        self.distance_unit.setCurrentIndex(self.distance_unit.findData(matching.distance))
        self.weight_unit.setCurrentIndex(self.weight_unit.findData(matching.weight))

    def restore_defaults(self) -> None:
        """Show the defaults (units from the locale); nothing is saved until Save."""
        defaults = Settings()
        self.load(defaults)

    def accept(self) -> None:
        chosen = self.values()
        zones_problem = self.heart_rate.problem()
        if zones_problem:  # a resting heart rate too close to the maximum, say
            self.tabs.setCurrentWidget(self.heart_rate_tab)
            self.error_label.setText(
                self.tr("⚠ Heart-rate zones: {problem}.").format(problem=zones_problem)
            )
            self.error_label.show()
            return
        problems = validate(chosen)
        if problems:  # cannot happen through the widgets' ranges; never save a bad file anyway
            self.error_label.setText("⚠ " + "; ".join(problems))
            self.error_label.show()
            return
        for name in vars(chosen):
            if name != "extra":
                setattr(self.settings, name, getattr(chosen, name))
        try:
            self._save()
        except (OSError, ValueError) as exc:
            self.error_label.setText(
                self.tr("⚠ The settings could not be saved: {error}").format(error=exc)
            )
            self.error_label.show()
            return
        self.settings_applied.emit(self.settings)
        super().accept()

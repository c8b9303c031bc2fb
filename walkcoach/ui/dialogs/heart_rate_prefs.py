"""Preferences' heart-rate page: the maximum heart rate (or the age it is estimated from), the
resting heart rate, the five zones they make with their bounds (shown at once as they change,
with how they were made), the ceiling and the wait before each backward bout."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core.hr_limits import (
    AGE_RANGE_YEARS,
    CEILING_RANGE_BPM,
    MAX_HR_RANGE_BPM,
    RESTING_HR_RANGE_BPM,
    SETTLE_RANGE_BPM,
    SETTLE_WAIT_RANGE_S,
)
from walkcoach.core.hr_zones import HeartRateZones, ZoneError, zones_for
from walkcoach.core.i18n import CONTEXT_ZONES
from walkcoach.core.settings import Settings
from walkcoach.ui.i18n import core_text
from walkcoach.ui.theme import zone_colour


def _spin(parent: QWidget, low: int, high: int, suffix: str, none_text: str = "") -> QSpinBox:
    """A whole-number field; with ``none_text`` its 0 means "not given" and reads so."""
    spin = QSpinBox(parent)
    # 0 sits just under the range: one step down from the lowest real value reaches it.
    spin.setRange(low - 1 if none_text else low, high)
    spin.setSuffix(suffix)
    if none_text:
        spin.setSpecialValueText(none_text)
    return spin


def _given(spin: QSpinBox) -> int:
    """The value, or 0 when the field shows its "not given" text."""
    return 0 if spin.specialValueText() and spin.value() == spin.minimum() else spin.value()


def _show(spin: QSpinBox, value: int) -> None:
    spin.setValue(value if value else spin.minimum())


class HeartRatePrefs(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bpm = self.tr(" bpm")
        self.max_hr = _spin(self, *MAX_HR_RANGE_BPM, bpm, self.tr("estimate from my age"))
        self.age = _spin(self, *AGE_RANGE_YEARS, self.tr(" years"), self.tr("not given"))
        self.resting = _spin(self, *RESTING_HR_RANGE_BPM, bpm, self.tr("not given"))
        for spin, name in (
            (self.max_hr, self.tr("Maximum heart rate, beats a minute")),
            (self.age, self.tr("Age in years")),
            (self.resting, self.tr("Resting heart rate, beats a minute")),
        ):
            spin.setAccessibleName(name)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Maximum"), self.max_hr),
            (self.tr("&Age"), self.age),
            (self.tr("&Resting"), self.resting),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)

        self.zones_box = QGroupBox(self.tr("Your zones"), self)
        self.zone_rows = QGridLayout()
        self.zone_labels: list[tuple[QLabel, QLabel, QLabel]] = []
        for row in range(5):
            cells = (QLabel(self.zones_box), QLabel(self.zones_box), QLabel(self.zones_box))
            for column, cell in enumerate(cells):
                self.zone_rows.addWidget(cell, row, column)
            self.zone_labels.append(cells)
        self.zone_rows.setColumnStretch(2, 1)
        self.zones_note = QLabel(self.zones_box)
        self.zones_note.setWordWrap(True)
        self.zones_note.setProperty("dim", True)
        box = QVBoxLayout(self.zones_box)
        box.addLayout(self.zone_rows)
        box.addWidget(self.zones_note)

        self.ceiling_on = QCheckBox(self.tr("Tell me when my heart rate is above"), self)
        self.ceiling = _spin(self, *CEILING_RANGE_BPM, bpm, self.tr("the top of zone 4"))
        self.ceiling.setAccessibleName(self.tr("Heart-rate ceiling, beats a minute"))
        ceiling_row = QHBoxLayout()
        ceiling_row.addWidget(self.ceiling_on)
        ceiling_row.addWidget(self.ceiling, 1)
        self.settle_on = QCheckBox(
            self.tr("Start each backward bout only when my heart rate has settled"), self
        )
        self.settle = _spin(self, *SETTLE_RANGE_BPM, bpm)
        self.settle.setAccessibleName(self.tr("Settled means under, beats a minute"))
        self.settle_wait = _spin(self, *SETTLE_WAIT_RANGE_S, self.tr(" s"))
        self.settle_wait.setSingleStep(10)
        self.settle_wait.setAccessibleName(self.tr("Longest wait, seconds"))
        settle_row = QHBoxLayout()
        settle_row.addWidget(QLabel(self.tr("under"), self))
        settle_row.addWidget(self.settle, 1)
        settle_row.addWidget(QLabel(self.tr("waiting at most"), self))
        settle_row.addWidget(self.settle_wait, 1)
        coaching = QGroupBox(self.tr("Coaching"), self)
        coach_layout = QVBoxLayout(coaching)
        coach_layout.addLayout(ceiling_row)
        coach_layout.addWidget(self.settle_on)
        coach_layout.addLayout(settle_row)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.zones_box)
        layout.addWidget(coaching)
        layout.addStretch(1)
        for spin in (self.max_hr, self.age, self.resting):
            spin.valueChanged.connect(lambda _v: self.show_zones())
        self.ceiling_on.toggled.connect(self._update_enabled)
        self.settle_on.toggled.connect(self._update_enabled)

    def load(self, settings: Settings) -> None:
        _show(self.max_hr, settings.max_hr_bpm)
        _show(self.age, settings.age_years)
        _show(self.resting, settings.resting_hr_bpm)
        self.ceiling_on.setChecked(settings.hr_ceiling_enabled)
        _show(self.ceiling, settings.hr_ceiling_bpm)
        self.settle_on.setChecked(settings.hr_settle_before_backward)
        self.settle.setValue(settings.hr_settle_bpm)
        self.settle_wait.setValue(settings.hr_settle_max_wait_s)
        self.show_zones()
        self._update_enabled()

    def store(self, chosen: Settings) -> None:
        """Copy what the page shows into ``chosen``."""
        chosen.max_hr_bpm = _given(self.max_hr)
        chosen.age_years = _given(self.age)
        chosen.resting_hr_bpm = _given(self.resting)
        chosen.hr_ceiling_enabled = self.ceiling_on.isChecked()
        chosen.hr_ceiling_bpm = _given(self.ceiling)
        chosen.hr_settle_before_backward = self.settle_on.isChecked()
        chosen.hr_settle_bpm = self.settle.value()
        chosen.hr_settle_max_wait_s = self.settle_wait.value()

    def problem(self) -> str:
        """Why the zones cannot be made from what is entered ("" when they can, or when
        nothing is entered: zones are optional)."""
        max_hr, age, resting = _given(self.max_hr), _given(self.age), _given(self.resting)
        if not max_hr and not age:
            return ""
        try:
            zones_for(max_hr, age, resting)
        except ZoneError as exc:
            return str(exc)
        return ""

    def zones(self) -> HeartRateZones | None:
        try:
            return zones_for(_given(self.max_hr), _given(self.age), _given(self.resting))
        except ZoneError:
            return None

    def show_zones(self) -> None:
        zones = self.zones()
        for row, (swatch, name, bounds) in enumerate(self.zone_labels):
            if zones is None:
                for cell in (swatch, name, bounds):
                    cell.setText("")
                continue
            zone = zones.zones[row]
            colour = zone_colour(zone.number)
            swatch.setText("■")
            swatch.setStyleSheet(f"color: {colour};")
            name.setText(
                self.tr("Zone {n} · {name}").format(
                    n=zone.number, name=core_text(CONTEXT_ZONES, zone.name)
                )
            )
            if zone.high_bpm is None:
                text = self.tr("{low} bpm and above ({pct} % and more)").format(
                    low=zone.low_bpm, pct=zone.low_pct
                )
            else:
                text = self.tr("{low}–{high} bpm ({lo_pct}–{hi_pct} %)").format(
                    low=zone.low_bpm,
                    high=zone.high_bpm - 1,
                    lo_pct=zone.low_pct,
                    hi_pct=zone.high_pct,
                )
            bounds.setText(text)
        if zones is None:
            problem = self.problem()
            self.zones_note.setText(
                problem[:1].upper() + problem[1:] + "."
                if problem
                else self.tr(
                    "Enter your maximum heart rate, or your age to estimate it, to see your zones."
                )
            )
        else:
            # The core's notes, marked in its HeartRateZones context (tr(note) hid them from lupdate).
            lines = [core_text(CONTEXT_ZONES, note) for note in zones.notes]
            lines.append(
                self.tr(
                    "Maximum {max} bpm; the ceiling's default, the top of zone 4: {top} bpm."
                ).format(max=zones.max_bpm, top=zones.top_of_zone_4_bpm)
            )
            self.zones_note.setText("\n".join(lines))
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.ceiling.setEnabled(self.ceiling_on.isChecked())
        settle = self.settle_on.isChecked()
        self.settle.setEnabled(settle)
        self.settle_wait.setEnabled(settle)

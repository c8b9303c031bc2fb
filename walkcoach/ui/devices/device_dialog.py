"""The device dialog: scan, pick a treadmill or a heart-rate sensor (or a virtual one),
connect, forget; the link's settings (turn speed, stop the belt at the end) and, advanced, the
HCI transport.

Connect stores the choice in Settings.treadmill / treadmill_name (a sensor: heart_rate /
heart_rate_name) with the link settings, saves them (the caller's save function) and tells the
caller (``on_chosen(address, name)``, a sensor ``on_sensor_chosen``); each Forget clears its
choice at once and tells the caller with ("", ""); Save keeps the link settings only; Cancel
keeps nothing. The scan runs on its own thread (scan_job.py) and its
failures are shown here in plain words. A little over 400 lines as one piece: the widgets and
the four actions share the same fields; the list, its texts and the scan job live apart.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core import settings as settings_core
from walkcoach.core.clock import Clock
from walkcoach.core.editing import speed_from_units, speed_to_units, speed_unit_label
from walkcoach.core.settings import Settings, validate
from walkcoach.devices.links import VIRTUAL
from walkcoach.devices.scan import FoundDevice
from walkcoach.devices.scanning import DEFAULT_SCAN_S, HCI_EXAMPLES, ScanError, check_hci
from walkcoach.ui.devices.device_list import DeviceList, problem_text
from walkcoach.ui.devices.scan_job import ScanJob, Scanner
from walkcoach.ui.editor.style import editor_style_sheet, system_font
from walkcoach.ui.locale_text import decimal

OnChosen = Callable[[str, str], None]
# The settings this dialog edits (and nothing else of the Settings it is given).
LINK_FIELDS = (
    "treadmill",
    "treadmill_name",
    "heart_rate",
    "heart_rate_name",
    "turn_speed_kmh",
    "stop_belt_at_end",
    "hci",
)


class TurnSpeedSpin(QDoubleSpinBox):
    """The turn speed in km/h or mph. It keeps the km/h it was given until the user changes the
    figure: 1.0 km/h shown as 0.62 mph and saved untouched stays 1.0 km/h."""

    def __init__(self, units: str, speed_kmh: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = units
        self._kmh = float(speed_kmh)
        low, high = settings_core.MIN_TURN_SPEED_KMH, settings_core.MAX_TURN_SPEED_KMH
        if units == "mph":  # a range inside the km/h one once converted back
            self.setDecimals(2)
            self.setSingleStep(0.05)
            self.setRange(
                round(speed_to_units(low, units) + 0.005, 2),
                round(speed_to_units(high, units) - 0.005, 2),
            )
        else:
            self.setDecimals(1)
            self.setSingleStep(0.1)
            self.setRange(low, high)
        self.setSuffix(f" {speed_unit_label(units)}")
        self.setValue(speed_to_units(self._kmh, units))
        self.valueChanged.connect(self._typed)

    def _typed(self, value: float) -> None:
        self._kmh = speed_from_units(value, self.units)

    def speed_kmh(self) -> float:
        low, high = settings_core.MIN_TURN_SPEED_KMH, settings_core.MAX_TURN_SPEED_KMH
        return min(high, max(low, self._kmh))


class DeviceDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        save_settings: Callable[[], None],
        on_chosen: OnChosen | None = None,
        parent: QWidget | None = None,
        *,
        on_sensor_chosen: OnChosen | None = None,
        scanner: Scanner | None = None,
        scan_s: float = DEFAULT_SCAN_S,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deviceDialog")
        self.setWindowTitle(self.tr("Treadmill and heart rate"))
        self.setFont(system_font())
        self.settings = settings
        self._save = save_settings
        self._on_chosen = on_chosen or (lambda _address, _name: None)
        self._on_sensor_chosen = on_sensor_chosen or (lambda _address, _name: None)
        self.scan_s = scan_s
        self._preferred = settings.treadmill or VIRTUAL  # the row to choose when it is seen
        self.job = ScanJob(scanner, clock, self)
        self.job.found.connect(self._found)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.seconds_left.connect(self._seconds_left)

        self.linked = QLabel(self)
        self.linked.setWordWrap(True)
        self.forget_button = QPushButton(self.tr("&Forget"), self)
        self.forget_button.setAccessibleName(self.tr("Forget the linked treadmill"))
        self.forget_button.clicked.connect(self.forget)
        linked_row = QHBoxLayout()
        linked_row.addWidget(self.linked, 1)
        linked_row.addWidget(self.forget_button)
        self.linked_sensor = QLabel(self)
        self.linked_sensor.setWordWrap(True)
        self.forget_sensor_button = QPushButton(self.tr("F&orget sensor"), self)
        self.forget_sensor_button.setAccessibleName(self.tr("Forget the linked heart-rate sensor"))
        self.forget_sensor_button.clicked.connect(self.forget_sensor)
        sensor_row = QHBoxLayout()
        sensor_row.addWidget(self.linked_sensor, 1)
        sensor_row.addWidget(self.forget_sensor_button)

        self.scan_button = QPushButton(self.tr("&Scan"), self)
        self.scan_button.setAccessibleName(self.tr("Scan for treadmills and heart-rate sensors"))
        self.scan_button.clicked.connect(self.toggle_scan)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: a scan's end is its time, not its progress
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Scanning"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_button)
        scan_row.addWidget(self.progress, 1)
        scan_row.addWidget(self.status, 2)
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.devices = DeviceList(self)
        self.devices.clear_found(
            settings.treadmill,
            settings.treadmill_name,
            settings.heart_rate,
            settings.heart_rate_name,
        )
        self.devices.setMinimumHeight(self.fontMetrics().height() * 7)
        self.devices.currentItemChanged.connect(lambda *_: self._update_buttons())
        # Enter is the default button's (Connect); a double click connects too.
        self.devices.itemDoubleClicked.connect(lambda *_: self.connect_chosen())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setProperty("dim", True)

        self.turn_speed = TurnSpeedSpin(settings.units, settings.turn_speed_kmh, self)
        self.turn_speed.setAccessibleName(self.tr("Belt speed for every change of direction"))
        self.stop_belt = QCheckBox(
            self.tr("Stop the belt when the program ends or I press Stop"), self
        )
        self.stop_belt.setChecked(settings.stop_belt_at_end)
        self.hci = QLineEdit(settings.hci, self)
        self.hci.setPlaceholderText(self.tr("empty: this computer's Bluetooth"))
        self.hci.setAccessibleName(self.tr("HCI transport, advanced"))
        self.hci.setClearButtonEnabled(True)
        hci_hint = QLabel(
            self.tr(
                "Advanced: a Bluetooth controller used directly through bumble ({install}), "
                "e.g. {examples}."
            ).format(install="pip install walkcoach[bumble]", examples=HCI_EXAMPLES),
            self,
        )
        hci_hint.setWordWrap(True)
        hci_hint.setProperty("dim", True)
        link = QGroupBox(self.tr("While linked"), self)
        form = QFormLayout(link)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Turn speed"), self.turn_speed),
            (self.tr("&Belt"), self.stop_belt),
            (self.tr("&HCI transport"), self.hci),
        ):
            label = QLabel(text, link)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", hci_hint)
        self.turn_speed.setToolTip(
            self.tr(
                "The coach slows the belt to this before you turn around (at most {top})."
            ).format(top=self._speed_text(settings_core.MAX_TURN_SPEED_KMH))
        )

        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setAccessibleName(self.tr("Connect to the chosen treadmill"))
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button.clicked.connect(self.connect_chosen)
        self.save_button.clicked.connect(self.save_link_settings)
        self.buttons.rejected.connect(self.reject)
        self.connect_button.setDefault(True)
        # Enter means Connect, even after Scan or Forget had the focus.
        for button in (self.scan_button, self.forget_button, self.forget_sensor_button):
            button.setAutoDefault(False)
        self.error = QLabel(self)
        self.error.setObjectName("fieldProblem")
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(linked_row)
        layout.addLayout(sensor_row)
        layout.addLayout(scan_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.devices, 1)
        layout.addWidget(self.note)
        layout.addWidget(link)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        dark = self.palette().window().color().lightness() < 128
        self.setStyleSheet(editor_style_sheet(dark))
        self.resize(self.sizeHint().expandedTo(self.fontMetrics().size(0, "M" * 60)))
        self._show_linked()
        self._fit_width()
        self.status.setText(self.tr("Scan to find the treadmills and heart-rate sensors in range."))
        self.devices.select_address(settings.treadmill or VIRTUAL)
        self._update_buttons()
        self.devices.setFocus()

    # -- scanning -----------------------------------------------------------------------------

    def toggle_scan(self) -> None:
        if self.job.running:
            self.job.cancel()
            self._scan_ended(self.tr("Scan stopped."))
        else:
            self.start_scan()

    def start_scan(self) -> None:
        hci = self.hci.text().strip()
        try:
            if hci:
                check_hci(hci)
        except ScanError as error:
            self._failed(error)
            return
        self.problem.hide()
        chosen = self.devices.chosen()
        # The row chosen stays chosen: at once if it is kept, else as soon as it is seen again.
        self._preferred = chosen[0] if chosen else self.settings.treadmill or VIRTUAL
        self.devices.clear_found(
            self.settings.treadmill,
            self.settings.treadmill_name,
            self.settings.heart_rate,
            self.settings.heart_rate_name,
        )
        self.devices.select_address(self._preferred)
        self.scan_button.setText(self.tr("&Stop scan"))
        self.progress.show()
        self.job.start(self.scan_s, hci or None)

    def _seconds_left(self, seconds: int) -> None:
        self.status.setText(self.tr("Scanning… {n} s left").format(n=seconds))

    def _found(self, device: FoundDevice) -> None:
        self.devices.add(device)
        self._fit_width()
        if device.address == self._preferred:
            self.devices.select_address(device.address)

    def _fit_width(self) -> None:
        """Wide enough for every row's name and figures, as far as the screen allows."""
        screen = self.screen()
        room = screen.availableGeometry().width() - 80 if screen is not None else 900
        self.devices.setMinimumWidth(min(room, self.devices.width_needed()))
        if self.width() < self.sizeHint().width():
            self.resize(self.sizeHint().width(), self.height())

    def _finished(self, found: list[FoundDevice]) -> None:
        wanted = self._wanted_address(found)  # before the rows are sorted (and unselected)
        self.devices.show_found(found)
        self._fit_width()
        self.devices.select_address(wanted)
        if found:
            text = self.tr("Found {n} in {s:g} s.").format(n=len(found), s=self.scan_s)
        else:
            text = self.tr(
                "Nothing found in {s:g} s. Is the treadmill on, awake and free of other apps?"
            ).format(s=self.scan_s)
        self._scan_ended(text)

    def _wanted_address(self, found: list[FoundDevice]) -> str:
        chosen = self.devices.chosen()
        if chosen is not None and chosen[0] != VIRTUAL:
            return chosen[0]
        treadmills = [d.address for d in found if d.kind == "treadmill"]
        if self.settings.treadmill in treadmills:
            return self.settings.treadmill
        return treadmills[0] if treadmills else (chosen[0] if chosen else VIRTUAL)

    def _failed(self, error: ScanError) -> None:
        self.problem.setText("⚠ " + problem_text(error))
        self.problem.show()
        self._scan_ended(self.tr("The scan did not work."))

    def _scan_ended(self, text: str) -> None:
        self.progress.hide()
        self.scan_button.setText(self.tr("&Scan"))
        self.status.setText(text)
        self._update_buttons()

    # -- choosing -----------------------------------------------------------------------------

    def _speed_text(self, speed_kmh: float) -> str:
        units = self.settings.units
        places = 2 if units == "mph" else 1
        return f"{decimal(speed_to_units(speed_kmh, units), places)} {speed_unit_label(units)}"

    def _show_linked(self) -> None:
        address, name = self.settings.treadmill, self.settings.treadmill_name
        if not address:
            text = self.tr("No treadmill linked: the coach tells you the speeds to set.")
        elif address.lower() == VIRTUAL:
            text = self.tr("Linked: the virtual treadmill.")
        else:
            text = self.tr("Linked: {name} ({address}).").format(
                name=name or address, address=address
            )
        self.linked.setText(text)
        self.forget_button.setEnabled(bool(address))
        address, name = self.settings.heart_rate, self.settings.heart_rate_name
        if not address:
            text = self.tr("No heart-rate sensor linked.")
        elif address.lower() == VIRTUAL:
            text = self.tr("Heart rate: the virtual sensor.")
        else:
            text = self.tr("Heart rate: {name} ({address}).").format(
                name=name or address, address=address
            )
        self.linked_sensor.setText(text)
        self.forget_sensor_button.setEnabled(bool(address))

    def _update_buttons(self) -> None:
        chosen = self.devices.chosen()
        treadmill = chosen is not None and chosen[2] == "treadmill"
        self.connect_button.setEnabled(chosen is not None)
        if chosen is not None and not treadmill:
            self.note.setText(
                self.tr(
                    "The virtual sensor's heart rate follows what you walk: faster, uphill and "
                    "backward raise it, with a lag of tens of seconds."
                )
                if chosen[0] == VIRTUAL
                else self.tr("A chest strap or a watch that shares its heart rate: Connect.")
            )
        elif chosen is not None and chosen[0] == VIRTUAL:
            self.note.setText(
                self.tr(
                    "The virtual treadmill runs inside WalkCoach: try the whole link without a machine."
                )
            )
        else:
            self.note.setText(self.tr("Choose a treadmill or a heart-rate sensor, then Connect."))

    def _link_values(self) -> Settings | None:
        """The settings with the link fields as shown; None (and the reason shown) if bad."""
        chosen = copy.deepcopy(self.settings)
        chosen.turn_speed_kmh = self.turn_speed.speed_kmh()
        chosen.stop_belt_at_end = self.stop_belt.isChecked()
        chosen.hci = self.hci.text().strip()
        problems = list(validate(chosen))
        hci_problem = False
        if chosen.hci:
            try:
                check_hci(chosen.hci)
            except ScanError as error:
                problems.append(problem_text(error))
                hci_problem = True
        if self.hci.property("invalid") != hci_problem:  # the red border
            self.hci.setProperty("invalid", hci_problem)
            self.hci.style().unpolish(self.hci)
            self.hci.style().polish(self.hci)
        if problems:
            self._show_error("⚠ " + "; ".join(problems))
            return None
        return chosen

    def _store(self, chosen: Settings) -> bool:
        """Copies ``chosen`` into the live settings and saves them; False (and the settings
        as they were) when the file cannot be written."""
        before = copy.deepcopy(self.settings)
        for name in LINK_FIELDS:
            setattr(self.settings, name, getattr(chosen, name))
        try:
            self._save()
        except (OSError, ValueError) as exc:
            for name in LINK_FIELDS:
                setattr(self.settings, name, getattr(before, name))
            self._show_error(
                self.tr("⚠ The settings could not be saved: {error}").format(error=exc)
            )
            return False
        self.error.hide()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def connect_chosen(self) -> None:
        chosen_row = self.devices.chosen()
        if chosen_row is None:
            return
        address, name, kind = chosen_row
        chosen = self._link_values()
        if chosen is None:
            return
        if kind == "heart_rate":
            chosen.heart_rate = address
            chosen.heart_rate_name = (
                self.tr("Virtual heart-rate sensor") if address == VIRTUAL else name
            )
            if self._store(chosen):
                self._on_sensor_chosen(chosen.heart_rate, chosen.heart_rate_name)
                self.accept()
            return
        chosen.treadmill = address
        chosen.treadmill_name = self.tr("Virtual treadmill") if address == VIRTUAL else name
        if self._store(chosen):
            self._on_chosen(chosen.treadmill, chosen.treadmill_name)
            self.accept()

    def forget(self) -> None:
        chosen = copy.deepcopy(self.settings)
        forgotten = chosen.treadmill
        chosen.treadmill = chosen.treadmill_name = ""
        if self._store(chosen):
            self.devices.drop_unseen(forgotten)
            self._show_linked()
            self._update_buttons()
            self._on_chosen("", "")
            self.devices.setFocus()

    def forget_sensor(self) -> None:
        chosen = copy.deepcopy(self.settings)
        forgotten = chosen.heart_rate
        chosen.heart_rate = chosen.heart_rate_name = ""
        if self._store(chosen):
            self.devices.drop_unseen(forgotten)
            self._show_linked()
            self._update_buttons()
            self._on_sensor_chosen("", "")
            self.devices.setFocus()

    def save_link_settings(self) -> None:
        chosen = self._link_values()
        if chosen is not None and self._store(chosen):
            self.accept()

    def done(self, result: int) -> None:
        self.job.shutdown()  # no scan outlives the dialog
        super().done(result)

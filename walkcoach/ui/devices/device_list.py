"""The device dialog's list: the virtual treadmill and the virtual heart-rate sensor first, then
what the scan found, each with
its name, kind, signal strength (bars, a word and dBm) and address; and the words for why a
scan failed. All text translated (context "DeviceList")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from walkcoach.devices.links import VIRTUAL
from walkcoach.devices.scan import FoundDevice
from walkcoach.devices.scanning import BUMBLE_INSTALL, HCI_EXAMPLES, Problem, ScanError, signal_bars

ADDRESS_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
RSSI_ROLE = Qt.ItemDataRole.UserRole + 3
SEEN_ROLE = Qt.ItemDataRole.UserRole + 4
COLUMNS = 4


def kind_text(kind: str) -> str:
    return (
        QCoreApplication.translate("DeviceList", "Treadmill")
        if kind == "treadmill"
        else QCoreApplication.translate("DeviceList", "Heart-rate sensor")
    )


def signal_text(rssi_dbm: int | None) -> str:
    """ "▮▮▮▯ good, -67 dBm": bars for a glance, a word for screen readers, dBm to compare."""
    bars = signal_bars(rssi_dbm)
    if rssi_dbm is None:
        return QCoreApplication.translate("DeviceList", "not reported")
    words = {
        4: QCoreApplication.translate("DeviceList", "excellent"),
        3: QCoreApplication.translate("DeviceList", "good"),
        2: QCoreApplication.translate("DeviceList", "fair"),
        1: QCoreApplication.translate("DeviceList", "weak"),
    }
    return QCoreApplication.translate("DeviceList", "{bars} {word}, {dbm} dBm").format(
        bars="▮" * bars + "▯" * (4 - bars), word=words[bars], dbm=rssi_dbm
    )


def virtual_name() -> str:
    return QCoreApplication.translate("DeviceList", "Virtual treadmill (no hardware needed)")


def virtual_sensor_name() -> str:
    return QCoreApplication.translate(
        "DeviceList", "Virtual heart-rate sensor (follows your effort)"
    )


# The two virtual devices share the address "virtual"; rows are found by address and kind.
VIRTUAL_ROWS = 2


def _key(address: str, kind: str) -> str:
    return f"{kind}:{address}" if address == VIRTUAL else address


def problem_text(error: ScanError) -> str:
    """Why the scan failed and what to do, in plain words."""
    detail = error.detail or QCoreApplication.translate("DeviceList", "no details")
    texts = {
        Problem.NO_ADAPTER: QCoreApplication.translate(
            "DeviceList",
            "No Bluetooth LE adapter was found on this computer. Plug one in, or try the "
            "virtual treadmill.",
        ),
        Problem.BLUETOOTH_OFF: QCoreApplication.translate(
            "DeviceList", "Bluetooth is switched off. Switch it on and scan again."
        ),
        Problem.NO_BLUEZ: QCoreApplication.translate(
            "DeviceList",
            "This computer's Bluetooth service cannot be reached ({detail}). Start it (on Linux: "
            "the bluetooth service) and scan again.",
        ),
        Problem.PERMISSION: QCoreApplication.translate(
            "DeviceList",
            "WalkCoach is not allowed to use Bluetooth ({detail}). Allow it in the system's "
            "settings; for a USB dongle, give your user access to it.",
        ),
        Problem.BLEAK_MISSING: QCoreApplication.translate(
            "DeviceList", "The Bluetooth library bleak is not installed (pip install bleak)."
        ),
        Problem.BUMBLE_MISSING: QCoreApplication.translate(
            "DeviceList",
            "An HCI transport needs bumble, which is not installed ({install}). Or leave the HCI "
            "transport empty to use this computer's Bluetooth.",
        ),
        Problem.BAD_TRANSPORT: QCoreApplication.translate(
            "DeviceList", "“{hci}” is not an HCI transport name ({detail}). Examples: {examples}."
        ),
        Problem.TRANSPORT_UNAVAILABLE: QCoreApplication.translate(
            "DeviceList", "The HCI transport {hci} cannot be opened ({detail})."
        ),
        Problem.NO_ANSWER: QCoreApplication.translate(
            "DeviceList", "The Bluetooth controller did not answer ({detail})."
        ),
        Problem.BUSY: QCoreApplication.translate(
            "DeviceList", "Another program is scanning for Bluetooth devices. Try again soon."
        ),
        Problem.FAILED: QCoreApplication.translate("DeviceList", "The scan failed: {detail}."),
    }
    return texts[error.problem].format(
        detail=detail, hci=error.hci or "", install=BUMBLE_INSTALL, examples=HCI_EXAMPLES
    )


def _strength(item: QTreeWidgetItem) -> int:
    rssi = item.data(0, RSSI_ROLE)
    return -999 if rssi is None else rssi


class DeviceList(QTreeWidget):
    """One row per device; ``add`` merges a device seen again (its name or signal may change)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setColumnCount(COLUMNS)
        self.setHeaderLabels(
            [
                QCoreApplication.translate("DeviceList", "Name"),
                QCoreApplication.translate("DeviceList", "Kind"),
                QCoreApplication.translate("DeviceList", "Signal"),
                QCoreApplication.translate("DeviceList", "Address"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(QCoreApplication.translate("DeviceList", "Devices found"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._rows: dict[str, QTreeWidgetItem] = {}
        self.clear_found()

    def clear_found(
        self,
        linked_address: str = "",
        linked_name: str = "",
        sensor_address: str = "",
        sensor_name: str = "",
    ) -> None:
        """Only the virtual treadmill and heart-rate sensor, which are always there, and the
        linked treadmill and sensor (so they can be chosen again when a scan misses them)."""
        self.clear()
        self._rows = {}
        for kind, name in (("treadmill", virtual_name()), ("heart_rate", virtual_sensor_name())):
            item = self._item(VIRTUAL, kind, name)
            item.setText(2, QCoreApplication.translate("DeviceList", "no radio"))
            item.setText(3, QCoreApplication.translate("DeviceList", "in the app"))
        for address, name, kind in (
            (linked_address, linked_name, "treadmill"),
            (sensor_address, sensor_name, "heart_rate"),
        ):
            if address and address.lower() != VIRTUAL and address not in self._rows:
                item = self._item(address, kind, name or address)
                item.setText(2, QCoreApplication.translate("DeviceList", "not seen yet"))
                item.setText(3, address)

    def _item(self, address: str, kind: str, name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self)
        item.setData(0, ADDRESS_ROLE, address)
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, NAME_ROLE, name)
        item.setText(0, name)
        item.setText(1, kind_text(kind))
        self._rows[_key(address, kind)] = item
        return item

    def add(self, device: FoundDevice) -> QTreeWidgetItem:
        item = self._rows.get(device.address)
        name = device.name or QCoreApplication.translate("DeviceList", "(no name)")
        if item is None:
            item = self._item(device.address, device.kind, name)
        elif device.name:
            item.setData(0, NAME_ROLE, name)
            item.setText(0, name)
        item.setData(0, SEEN_ROLE, True)
        item.setText(2, signal_text(device.rssi))
        item.setText(3, device.address)
        item.setData(0, RSSI_ROLE, device.rssi)
        return item

    def show_found(self, found: list[FoundDevice]) -> None:
        """The scan's final list: each row updated, the strongest first after the virtual one."""
        for device in found:
            self.add(device)
        virtual = [self.takeTopLevelItem(0) for _ in range(VIRTUAL_ROWS)]
        items = [self.takeTopLevelItem(0) for _ in range(self.topLevelItemCount())]
        items.sort(key=_strength, reverse=True)  # stable: equal ones stay in the order found
        self.addTopLevelItems([*virtual, *items])

    def select_address(self, address: str, kind: str = "treadmill") -> bool:
        item = self._rows.get(_key(address, kind))
        if item is not None:
            self.setCurrentItem(item)
        return item is not None

    def chosen(self) -> tuple[str, str, str] | None:
        """(address, name, kind) of the selected row."""
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        return (item.data(0, ADDRESS_ROLE), item.data(0, NAME_ROLE), item.data(0, KIND_ROLE))

    def width_needed(self) -> int:
        """The width that shows every cell unshortened (frame and scroll bar included)."""
        self.doItemsLayout()
        cells = sum(
            max(self.sizeHintForColumn(c), self.header().sectionSizeHint(c)) for c in range(COLUMNS)
        )
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return cells + scroll_bar + 2 * self.frameWidth() + 4

    def drop_unseen(self, address: str) -> None:
        """Removes the row of a forgotten treadmill or sensor that no scan has seen."""
        item = self._rows.get(address)
        if item is not None and address != VIRTUAL and not item.data(0, SEEN_ROLE):
            del self._rows[address]
            self.takeTopLevelItem(self.indexOfTopLevelItem(item))

    def found_count(self) -> int:
        """The rows a scan found (not the virtual treadmill, not a linked one unseen)."""
        return sum(1 for item in self._rows.values() if item.data(0, SEEN_ROLE))

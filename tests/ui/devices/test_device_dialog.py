"""The device dialog with real widgets: a scan through an injected scanner (a fake one returning
FoundDevice objects, and a bumble virtual controller with a simulated treadmill advertising),
progress, failures in words, Connect / Forget / Save / Cancel and the link settings."""

from __future__ import annotations

import asyncio
import threading

import fit_check  # tests/ui/fit_check.py: on sys.path through tests/ui/conftest.py
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from walkcoach.core.clock import FakeClock
from walkcoach.core.settings import Settings, load_settings, save_settings
from walkcoach.devices.scan import FoundDevice
from walkcoach.devices.scanning import Problem, ScanError
from walkcoach.ui.devices.device_dialog import DeviceDialog
from walkcoach.ui.devices.hooks import DeviceDialogOpener

TREADMILL = FoundDevice("F0:57:A1:7E:AD:01", "Walking Pad", "treadmill", -58)
FAR_TREADMILL = FoundDevice("C4:00:00:00:00:02", None, "treadmill", -90)
BELT = FoundDevice("D1:00:00:00:00:03", "Chest Belt", "heart_rate", -70)


class Saves:
    def __init__(self, fail: Exception | None = None) -> None:
        self.count = 0
        self.fail = fail

    def __call__(self) -> None:
        if self.fail is not None:
            raise self.fail
        self.count += 1


def fake_scanner(devices: list[FoundDevice], release: threading.Event | None = None):
    calls: list[tuple[float, str | None]] = []

    async def scan(duration_s, hci, on_found):
        calls.append((duration_s, hci))
        for device in devices:
            on_found(device)
            await asyncio.sleep(0.01)
        while release is not None and not release.is_set():
            await asyncio.sleep(0.01)
        return sorted(devices, key=lambda d: -(d.rssi or -999))

    scan.calls = calls
    return scan


def failing_scanner(error: Exception):
    async def scan(duration_s, hci, on_found):
        raise error

    return scan


@pytest.fixture
def make(qtbot):
    made: list[DeviceDialog] = []

    def make(
        settings: Settings | None = None,
        scanner=None,
        saves=None,
        chosen=None,
        sensors=None,
        **kw,
    ):
        settings = settings or Settings(units="kmh")
        dialog = DeviceDialog(
            settings,
            saves or Saves(),
            (lambda a, n: chosen.append((a, n))) if chosen is not None else None,
            scanner=scanner,
            on_sensor_chosen=(lambda a, n: sensors.append((a, n))) if sensors is not None else None,
            **kw,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.job.shutdown()


VIRTUAL_ROWS = [
    ["Virtual treadmill (no hardware needed)", "Treadmill", "no radio", "in the app"],
    [
        "Virtual heart-rate sensor (follows your effort)",
        "Heart-rate sensor",
        "no radio",
        "in the app",
    ],
]


def rows(dialog: DeviceDialog) -> list[list[str]]:
    tree = dialog.devices
    return [
        [tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())
    ]


def scan_and_wait(qtbot, dialog: DeviceDialog) -> None:
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=20000)


def test_a_scan_lists_what_it_found_and_connect_remembers_the_choice(qtbot, make):
    scanner = fake_scanner([BELT, TREADMILL, FAR_TREADMILL])
    saves, chosen = Saves(), []
    settings = Settings(units="kmh")
    dialog = make(settings, scanner, saves, chosen, scan_s=3)
    assert rows(dialog) == [VIRTUAL_ROWS[0], VIRTUAL_ROWS[1]]
    dialog.hci.setText("tcp-client:127.0.0.1:9")
    scan_and_wait(qtbot, dialog)
    assert scanner.calls == [(3, "tcp-client:127.0.0.1:9")]  # the field's transport, not saved yet
    assert rows(dialog) == [
        *VIRTUAL_ROWS,
        ["Walking Pad", "Treadmill", "▮▮▮▮ excellent, -58 dBm", TREADMILL.address],
        ["Chest Belt", "Heart-rate sensor", "▮▮▮▯ good, -70 dBm", BELT.address],
        ["(no name)", "Treadmill", "▮▯▯▯ weak, -90 dBm", FAR_TREADMILL.address],
    ]
    assert dialog.status.text() == "Found 3 in 3 s."
    assert dialog.progress.isHidden() and dialog.problem.isHidden()
    assert dialog.devices.chosen() == (
        TREADMILL.address,
        "Walking Pad",
        "treadmill",
    )  # the strongest
    assert settings.treadmill == "" and saves.count == 0
    dialog.devices.setFocus()
    qtbot.keyClick(dialog.devices, Qt.Key.Key_Return)  # Enter: the default button, Connect
    assert (settings.treadmill, settings.treadmill_name) == (TREADMILL.address, "Walking Pad")
    assert settings.hci == "tcp-client:127.0.0.1:9"
    assert saves.count == 1 and chosen == [(TREADMILL.address, "Walking Pad")]
    assert dialog.result() == DeviceDialog.DialogCode.Accepted and not dialog.isVisible()
    assert not dialog.job.running and dialog.job._thread is None  # its thread is gone


def test_a_heart_rate_sensor_connects_beside_the_treadmill_and_is_forgotten_alone(qtbot, make):
    saves, chosen, sensors = Saves(), [], []
    settings = Settings(units="kmh", treadmill="virtual", treadmill_name="Virtual treadmill")
    dialog = make(settings, fake_scanner([BELT]), saves, chosen, sensors)
    assert dialog.linked_sensor.text() == "No heart-rate sensor linked."
    assert not dialog.forget_sensor_button.isEnabled()
    scan_and_wait(qtbot, dialog)
    dialog.devices.select_address(BELT.address, "heart_rate")
    assert dialog.connect_button.isEnabled() and "chest strap" in dialog.note.text()
    dialog.connect_chosen()
    assert (settings.heart_rate, settings.heart_rate_name) == (BELT.address, "Chest Belt")
    assert settings.treadmill == "virtual"  # the treadmill stays linked
    assert sensors == [(BELT.address, "Chest Belt")] and chosen == [] and saves.count == 1
    assert not dialog.isVisible()

    again = make(settings, fake_scanner([]), saves, chosen, sensors)
    assert again.linked_sensor.text() == f"Heart rate: Chest Belt ({BELT.address})."
    # Not seen by a scan yet, the linked sensor is listed to choose again.
    assert [BELT.address in row for row in rows(again)].count(True) == 1
    qtbot.mouseClick(again.forget_sensor_button, Qt.MouseButton.LeftButton)
    assert settings.heart_rate == "" and settings.treadmill == "virtual"
    assert sensors[-1] == ("", "") and chosen == []
    assert again.linked_sensor.text() == "No heart-rate sensor linked."


def test_the_virtual_heart_rate_sensor_needs_no_scan(qtbot, make):
    sensors: list = []
    dialog = make(sensors=sensors)
    assert dialog.devices.select_address("virtual", "heart_rate")
    assert "follows what you walk" in dialog.note.text()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.settings.heart_rate == "virtual"
    assert sensors == [("virtual", "Virtual heart-rate sensor")]


def test_the_virtual_treadmill_needs_no_scan(qtbot, make):
    chosen: list = []
    dialog = make(chosen=chosen)
    assert dialog.devices.chosen()[0] == "virtual"
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert (dialog.settings.treadmill, chosen) == ("virtual", [("virtual", "Virtual treadmill")])


def test_progress_shows_a_busy_bar_and_the_seconds_left(qtbot, make):
    release, clock = threading.Event(), FakeClock()
    dialog = make(scanner=fake_scanner([TREADMILL], release), scan_s=5, clock=clock)
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() and dialog.progress.maximum() == 0  # busy
    assert dialog.status.text() == "Scanning… 5 s left"
    assert dialog.scan_button.text() == "&Stop scan"
    qtbot.waitUntil(lambda: dialog.devices.found_count() == 1)  # shown as soon as it is seen
    clock.advance(3.2)
    qtbot.waitUntil(lambda: dialog.status.text() == "Scanning… 2 s left")
    release.set()
    qtbot.waitUntil(lambda: not dialog.job.running)
    assert dialog.status.text() == "Found 1 in 5 s." and dialog.progress.isHidden()


def test_a_scan_can_be_stopped_and_its_late_results_are_dropped(qtbot, make):
    release = threading.Event()
    dialog = make(scanner=fake_scanner([], release))
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert dialog.job.running
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert not dialog.job.running and dialog.status.text() == "Scan stopped."
    assert dialog.scan_button.text() == "&Scan" and dialog.progress.isHidden()
    dialog.reject()
    assert dialog.job._thread is None


@pytest.mark.parametrize(
    "error, words",
    [
        (
            ScanError(Problem.NO_ADAPTER, "No Bluetooth adapters found."),
            "No Bluetooth LE adapter was found",
        ),
        (ScanError(Problem.BLUETOOTH_OFF), "Bluetooth is switched off"),
        (
            ScanError(Problem.NO_BLUEZ, "BlueZ (bluetoothd) is not running"),
            "BlueZ (bluetoothd) is not running",
        ),
        (ScanError(Problem.PERMISSION, "Operation not permitted"), "not allowed to use Bluetooth"),
        (ScanError(Problem.BUMBLE_MISSING, hci="usb:0"), "pip install walkcoach[bumble]"),
        (
            ScanError(Problem.TRANSPORT_UNAVAILABLE, "Connection refused", "usb:0"),
            "usb:0 cannot be opened (Connection refused)",
        ),
        (RuntimeError("the radio melted"), "The scan failed: the radio melted."),
    ],
)
def test_a_failed_scan_says_why_inside_the_dialog(qtbot, make, error, words):
    dialog = make(scanner=failing_scanner(error))
    scan_and_wait(qtbot, dialog)
    assert dialog.problem.isVisible() and words in dialog.problem.text()
    assert dialog.status.text() == "The scan did not work."
    assert dialog.progress.isHidden() and dialog.scan_button.text() == "&Scan"
    assert dialog.devices.found_count() == 0 and dialog.connect_button.isEnabled()  # virtual


def test_nothing_found_says_what_to_check(qtbot, make):
    dialog = make(scanner=fake_scanner([]), scan_s=2)
    scan_and_wait(qtbot, dialog)
    assert dialog.status.text().startswith("Nothing found in 2 s.")


def test_a_bad_transport_name_is_refused_before_scanning(qtbot, make):
    scanner = fake_scanner([TREADMILL])
    saves = Saves()
    dialog = make(scanner=scanner, saves=saves)
    dialog.hci.setText("not a transport")
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert scanner.calls == [] and "is not an HCI transport name" in dialog.problem.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and saves.count == 0 and dialog.hci.property("invalid")
    assert "is not an HCI transport name" in dialog.error.text()


def test_forget_clears_the_treadmill_at_once(qtbot, make):
    settings = Settings(treadmill=TREADMILL.address, treadmill_name="Walking Pad")
    saves, chosen = Saves(), []
    dialog = make(settings, saves=saves, chosen=chosen)
    assert dialog.linked.text() == f"Linked: Walking Pad ({TREADMILL.address})."
    # listed (and chosen) before any scan, so its link settings can be changed and kept
    assert rows(dialog)[2] == ["Walking Pad", "Treadmill", "not seen yet", TREADMILL.address]
    assert dialog.devices.chosen()[0] == TREADMILL.address
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert (settings.treadmill, settings.treadmill_name) == ("", "")
    assert saves.count == 1 and chosen == [("", "")]
    assert dialog.linked.text().startswith("No treadmill linked")
    assert not dialog.forget_button.isEnabled() and dialog.isVisible()
    assert rows(dialog) == VIRTUAL_ROWS  # only the virtual devices are left


def test_link_settings_in_mph_keep_their_km_h_and_save_to_the_file(qtbot, make, data_dir):
    from walkcoach import paths

    settings = Settings(units="mph", turn_speed_kmh=1.0)
    path = paths.settings_path()
    dialog = make(settings, saves=lambda: save_settings(settings, path))
    assert dialog.turn_speed.suffix() == " mph" and dialog.turn_speed.value() == pytest.approx(0.62)
    low, high = dialog.turn_speed.minimum(), dialog.turn_speed.maximum()
    assert low * 1.609344 >= 0.5 and high * 1.609344 <= 1.5  # the range is the rule's
    dialog.stop_belt.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved, _ = load_settings(path)
    assert (saved.turn_speed_kmh, saved.stop_belt_at_end, saved.treadmill) == (1.0, False, "")
    dialog = make(settings, saves=lambda: save_settings(settings, path))
    dialog.turn_speed.setValue(0.9)
    dialog.save_link_settings()
    assert load_settings(path)[0].turn_speed_kmh == pytest.approx(1.448, abs=0.001)


def test_turn_speed_in_km_h_is_bounded_by_the_safety_rule(make):
    dialog = make(Settings(units="kmh", turn_speed_kmh=1.2))
    assert (dialog.turn_speed.minimum(), dialog.turn_speed.maximum()) == (0.5, 1.5)
    assert dialog.turn_speed.value() == 1.2 and dialog.turn_speed.suffix() == " km/h"
    dialog.turn_speed.setValue(4.0)
    assert dialog.turn_speed.speed_kmh() == 1.5


def test_a_settings_file_that_cannot_be_written_changes_nothing(qtbot, make):
    settings = Settings(treadmill="virtual", turn_speed_kmh=1.0)
    chosen: list = []
    dialog = make(settings, saves=Saves(OSError(28, "No space left on device")), chosen=chosen)
    dialog.turn_speed.setValue(0.7)
    dialog.devices.select_address("virtual")
    dialog.connect_chosen()
    assert dialog.isVisible() and "could not be saved" in dialog.error.text()
    assert (settings.treadmill, settings.turn_speed_kmh, chosen) == ("virtual", 1.0, [])
    dialog.forget()
    assert settings.treadmill == "virtual" and chosen == []


def test_cancel_keeps_nothing(qtbot, make):
    settings = Settings(turn_speed_kmh=1.0)
    saves = Saves()
    dialog = make(settings, saves=saves)
    dialog.turn_speed.setValue(0.6)
    dialog.hci.setText("usb:0")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and saves.count == 0
    assert (settings.turn_speed_kmh, settings.hci) == (1.0, "")


def test_every_control_is_reachable_by_keyboard_and_labelled(make):
    dialog = make()
    labels = {label.buddy() for label in dialog.findChildren(type(dialog.linked)) if label.buddy()}
    assert {dialog.turn_speed, dialog.stop_belt, dialog.hci} <= labels
    wanted = {
        dialog.scan_button,
        dialog.forget_button,
        dialog.devices,
        dialog.turn_speed,
        dialog.stop_belt,
        dialog.hci,
        dialog.connect_button,
        dialog.save_button,
    }
    for widget in wanted:
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    for button in (dialog.scan_button, dialog.forget_button, dialog.connect_button):
        assert "&" in button.text()  # Alt+letter


@pytest.mark.parametrize("state", ["empty", "results", "error"])
def test_the_dialog_fits_a_1024x600_screen(qtbot, make, state):
    scanner = {
        "empty": fake_scanner([]),
        "results": fake_scanner([TREADMILL, BELT, FAR_TREADMILL]),
        "error": failing_scanner(ScanError(Problem.NO_BLUEZ, "BlueZ (bluetoothd) is not running")),
    }[state]
    dialog = make(
        Settings(units="mph", treadmill=TREADMILL.address, treadmill_name="Walking Pad"), scanner
    )
    scan_and_wait(qtbot, dialog)
    dialog.adjustSize()
    screen = QRect(0, 0, 1024, 600)
    assert dialog.width() <= 1024 and dialog.height() <= 600
    assert fit_check.problems(dialog, screen) == []


def test_the_hook_opens_one_dialog_per_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    settings, saves, chosen = Settings(), Saves(), []
    opener = DeviceDialogOpener(window, settings, saves, lambda a, n: chosen.append((a, n)))
    first = opener.open()
    assert opener.dialog is first and first.isVisible()
    assert opener.open() is first
    first.devices.select_address("virtual")
    first.connect_chosen()
    assert chosen == [("virtual", "Virtual treadmill")] and saves.count == 1
    assert opener.dialog is None  # closed, and deleted with its scan thread
    second = opener.open()
    assert second is not first and second.linked.text() == "Linked: the virtual treadmill."
    second.reject()


def test_a_scan_of_a_bumble_virtual_controller_finds_the_simulated_treadmill(qtbot, make):
    """The real scan path (advertising, bumble's scanner, the loop thread, the queue): two
    bumble Controllers on one LocalLink, an FTMS server advertising on one."""
    pytest.importorskip("bumble")
    from bumble.controller import Controller
    from bumble.device import Device
    from bumble.hci import Address
    from bumble.host import Host
    from bumble.link import LocalLink
    from bumble.transport.common import AsyncPipeSink

    from walkcoach.core.clock import ScaledClock
    from walkcoach.devices.ftms_server import FtmsServer
    from walkcoach.devices.scan import scan_bumble
    from walkcoach.devices.virtual import VirtualTreadmill, VirtualTreadmillConfig

    server_address, client_address = "F0:F0:F0:F0:F0:F0", "F1:F1:F1:F1:F1:F1"
    servers: list[FtmsServer] = []

    def device(link: LocalLink, address: str) -> Device:
        controller = Controller(address, link=link, public_address=address)
        return Device(address=Address(address), host=Host(controller, AsyncPipeSink(controller)))

    async def bumble_scanner(duration_s, hci, on_found):
        # Built on the dialog's loop thread, where the scan runs (bumble wants a running loop).
        link = LocalLink()
        clock = ScaledClock(1.0)
        machine = VirtualTreadmill(clock.now(), VirtualTreadmillConfig())
        server = FtmsServer(device(link, server_address), machine, clock, "Test Treadmill")
        servers.append(server)
        await server.start()
        try:
            return await scan_bumble(
                duration_s, device=device(link, client_address), on_found=on_found
            )
        finally:
            await server.stop()

    settings, chosen = Settings(), []
    dialog = make(settings, bumble_scanner, chosen=chosen, scan_s=1.5)
    scan_and_wait(qtbot, dialog)
    assert dialog.problem.isHidden(), dialog.problem.text()
    found = [row for row in rows(dialog) if row[3] == server_address]
    assert [row[:2] for row in found] == [["Test Treadmill", "Treadmill"]]
    assert dialog.devices.chosen() == (server_address, "Test Treadmill", "treadmill")
    dialog.connect_chosen()
    assert settings.treadmill == server_address and chosen == [(server_address, "Test Treadmill")]
    assert len(servers) == 1


def test_the_linked_treadmill_stays_choosable_when_a_scan_misses_it(qtbot, make):
    settings = Settings(treadmill=TREADMILL.address, treadmill_name="Walking Pad")
    dialog = make(settings, failing_scanner(ScanError(Problem.NO_ADAPTER)))
    scan_and_wait(qtbot, dialog)
    assert dialog.devices.chosen() == (TREADMILL.address, "Walking Pad", "treadmill")
    assert dialog.connect_button.isEnabled() and dialog.devices.found_count() == 0
    dialog = make(settings, fake_scanner([]))
    scan_and_wait(qtbot, dialog)
    assert dialog.devices.chosen()[0] == TREADMILL.address  # still the one chosen
    dialog = make(settings, fake_scanner([BELT, FAR_TREADMILL, TREADMILL]))
    scan_and_wait(qtbot, dialog)
    assert [r[3] for r in rows(dialog)] == [
        "in the app",
        "in the app",
        TREADMILL.address,
        BELT.address,
        FAR_TREADMILL.address,
    ]
    assert rows(dialog)[2][2] == "▮▮▮▮ excellent, -58 dBm"  # one row, now seen
    assert dialog.devices.chosen()[0] == TREADMILL.address


def test_a_second_scan_keeps_the_device_chosen(qtbot, make):
    dialog = make(scanner=fake_scanner([TREADMILL, FAR_TREADMILL]))
    scan_and_wait(qtbot, dialog)
    dialog.devices.select_address(FAR_TREADMILL.address)  # not the strongest
    scan_and_wait(qtbot, dialog)
    assert dialog.devices.chosen()[0] == FAR_TREADMILL.address

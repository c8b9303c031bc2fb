"""The heart-rate monitor and the virtual sensor on a fake clock, stepped by hand (no sleeps):
bpm, "--" on contact loss, on silence and on a lost link (never 0), reconnect backoff, the
treadmill's heart rate as a labelled fallback, and the virtual sensor's lagging model."""

from __future__ import annotations

import pytest

from walkcoach.core.clock import FakeClock
from walkcoach.devices import uuids
from walkcoach.devices.events import LinkState
from walkcoach.devices.ftms import TreadmillData, decode_treadmill_data
from walkcoach.devices.hr_events import (
    ContactBack,
    ContactLost,
    HeartRate,
    SensorLinkChanged,
    SignalBack,
    SignalLost,
)
from walkcoach.devices.hr_monitor import HeartRateMonitor, MonitorSettings
from walkcoach.devices.virtual_hr import (
    Effort,
    VirtualHeartRateConfig,
    VirtualHeartRateSensor,
    VirtualHeartRateTransport,
)

STEP_S = 0.1


class HrRig:
    def __init__(self, settings: MonitorSettings | None = None, sensor: bool = True) -> None:
        self.clock = FakeClock()
        self.sensor = VirtualHeartRateSensor(self.clock.now())
        self.transport = VirtualHeartRateTransport(self.sensor, self.clock)
        self.events: list = []
        self.monitor = HeartRateMonitor(
            self.transport if sensor else None, self.clock, self.events.append, settings
        )

    def run(self, seconds: float) -> None:
        for _ in range(round(seconds / STEP_S)):
            self.clock.advance(STEP_S)
            self.transport.tick()
            self.monitor.tick()

    def of(self, kind):
        return [e for e in self.events if isinstance(e, kind)]


def test_a_linked_sensor_gives_its_heart_rate_with_rr_and_contact():
    rig = HrRig()
    rig.monitor.connect()
    rig.run(3)
    assert rig.monitor.link_state is LinkState.READY
    beats = rig.of(HeartRate)
    assert len(beats) >= 2 and beats[-1].bpm == 62 and beats[-1].contact is True
    assert beats[-1].rr_s == (pytest.approx(60 / 62, abs=1 / 1024),)
    assert rig.monitor.current_bpm == 62 and rig.monitor.source == "sensor"
    assert len(rig.of(SignalBack)) == 1


def test_contact_lost_shows_dashes_never_zero_and_comes_back():
    rig = HrRig()
    rig.monitor.connect()
    rig.run(3)
    rig.sensor.contact = False
    rig.run(2)
    assert rig.monitor.current_bpm is None and rig.monitor.contact is False
    assert [type(e) for e in rig.events if isinstance(e, ContactLost | SignalLost)] == [
        ContactLost,
        SignalLost,
    ]
    assert all(e.bpm != 0 for e in rig.of(HeartRate))  # the strap's 0 is never a heart rate
    rig.sensor.contact = True
    rig.run(2)
    assert rig.monitor.current_bpm == 62 and len(rig.of(ContactBack)) == 1


def test_contact_bit_without_the_supported_bit_is_not_a_contact_loss():
    rig = HrRig()
    rig.monitor.connect()
    rig.run(1)
    rig.monitor.on_notification(uuids.HEART_RATE_MEASUREMENT, bytes.fromhex("0048"))  # bit 2 clear
    assert rig.monitor.current_bpm == 72 and not rig.of(ContactLost)


def test_five_silent_seconds_make_the_heart_rate_unknown_but_keep_the_link():
    rig = HrRig()
    rig.monitor.connect()
    rig.run(3)
    rig.sensor.sending = False
    rig.run(4.5)
    assert rig.monitor.current_bpm == 62  # 4.5 s after the last one: still shown
    rig.run(1.5)
    assert rig.monitor.current_bpm is None and rig.monitor.link_state is LinkState.READY
    assert len(rig.of(SignalLost)) == 1
    rig.sensor.sending = True
    rig.run(1.5)
    assert rig.monitor.current_bpm == 62 and len(rig.of(SignalBack)) == 2


def test_a_lost_link_is_retried_with_backoff_and_the_heart_rate_is_unknown_meanwhile():
    rig = HrRig(MonitorSettings(reconnect_backoff_s=(1.0, 2.0)))
    rig.monitor.connect()
    rig.run(3)
    rig.transport.refuse_connections = 2
    rig.transport.drop_link()
    rig.run(0.2)
    assert rig.monitor.current_bpm is None
    assert rig.monitor.link_state is LinkState.WAITING_TO_RECONNECT
    rig.run(10)
    assert rig.monitor.link_state is LinkState.READY and rig.monitor.current_bpm == 62
    attempts = rig.transport.connect_attempts_s
    gaps = [round(b - a, 1) for a, b in zip(attempts[1:], attempts[2:], strict=False)]
    assert len(attempts) == 4 and gaps == [pytest.approx(2.1, abs=0.15)] * 2
    downs = [e for e in rig.of(SensorLinkChanged) if e.state is LinkState.WAITING_TO_RECONNECT]
    assert downs[0].reason == "the heart-rate sensor went out of range"


def test_a_connection_that_never_answers_times_out_and_is_retried():
    rig = HrRig(MonitorSettings(connect_timeout_s=3.0, reconnect_backoff_s=(1.0,)))
    rig.transport.latency_s = 100.0  # the link-up never comes in time
    rig.monitor.connect()
    rig.run(3.5)
    assert rig.of(SensorLinkChanged)[-1] == SensorLinkChanged(
        LinkState.WAITING_TO_RECONNECT, "connecting took too long"
    )
    rig.run(1)
    assert len(rig.transport.connect_attempts_s) == 2


def test_garbled_packets_and_other_characteristics_are_ignored():
    rig = HrRig()
    rig.monitor.connect()
    rig.run(1)
    before = len(rig.events)
    rig.monitor.on_notification(uuids.HEART_RATE_MEASUREMENT, b"\x01")
    rig.monitor.on_notification(uuids.TREADMILL_DATA, bytes.fromhex("0048"))
    assert len(rig.events) == before


def test_without_a_sensor_the_treadmills_heart_rate_is_used_and_labelled():
    rig = HrRig(sensor=False)
    # the research note's vector: 3.5 km/h ... HR 110
    data = decode_treadmill_data(bytes.fromhex("8c055e01e803000f0000001900b400036e2c01"))
    assert data.heart_rate_bpm == 110
    rig.monitor.on_treadmill_data(rig.clock.now(), data)
    assert rig.monitor.current_bpm == 110 and rig.monitor.source == "treadmill"
    assert rig.of(HeartRate)[-1] == HeartRate(rig.clock.now(), 110, None, source="treadmill")
    rig.monitor.on_treadmill_data(rig.clock.now(), TreadmillData(speed_kmh=3.0))  # no bit 8
    assert rig.monitor.current_bpm == 110
    rig.monitor.on_treadmill_data(rig.clock.now(), TreadmillData(heart_rate_bpm=0))  # let go
    assert rig.monitor.current_bpm is None
    rig.monitor.on_treadmill_data(rig.clock.now(), TreadmillData(heart_rate_bpm=115))
    rig.run(5)
    assert rig.monitor.current_bpm is None  # stale after 5 s


def test_a_linked_sensor_wins_over_the_treadmill_and_the_treadmill_stands_in_when_it_drops():
    rig = HrRig()
    rig.monitor.connect()
    rig.run(2)
    rig.monitor.on_treadmill_data(rig.clock.now(), TreadmillData(heart_rate_bpm=99))
    assert rig.monitor.current_bpm == 62 and rig.monitor.source == "sensor"
    rig.transport.refuse_connections = 100
    rig.transport.drop_link()
    rig.run(0.2)
    rig.monitor.on_treadmill_data(rig.clock.now(), TreadmillData(heart_rate_bpm=99))
    assert rig.monitor.current_bpm == 99 and rig.monitor.source == "treadmill"


def test_close_disconnects_and_stays_closed():
    rig = HrRig()
    rig.monitor.connect()
    rig.run(2)
    rig.monitor.close()
    rig.run(3)
    assert rig.monitor.link_state is LinkState.CLOSED and rig.monitor.current_bpm is None
    assert not rig.transport.linked


# --- the virtual sensor's model ---------------------------------------------------------------


def _settle(effort: Effort, seconds: float, config: VirtualHeartRateConfig | None = None) -> float:
    clock = FakeClock()
    sensor = VirtualHeartRateSensor(clock.now(), config)
    sensor.set_effort(effort)
    sensor.advance(clock.advance(seconds))
    return sensor.bpm


def test_the_virtual_heart_rate_is_higher_backward_and_uphill_than_forward_on_the_level():
    level = _settle(Effort(3.0), 600)
    backward = _settle(Effort(3.0, backward=True), 600)
    uphill = _settle(Effort(3.0, 10.0), 600)
    assert 62 < level < backward and level < uphill < 180
    assert _settle(Effort(0.0), 600) == pytest.approx(62)
    assert _settle(Effort(12.0, 15.0, backward=True), 600) == pytest.approx(180)  # capped


def test_the_virtual_heart_rate_lags_by_tens_of_seconds_up_and_more_on_the_way_down():
    config = VirtualHeartRateConfig()
    target = config.target_bpm(Effort(5.0, 8.0))
    rise = _settle(Effort(5.0, 8.0), 30)  # one time constant: 63 % of the way
    assert rise == pytest.approx(62 + (target - 62) * (1 - 2.718281828**-1), abs=0.01)
    assert _settle(Effort(5.0, 8.0), 10) < 62 + (target - 62) / 2  # not there after 10 s
    clock = FakeClock()
    sensor = VirtualHeartRateSensor(clock.now())
    sensor.set_effort(Effort(5.0, 8.0))
    sensor.advance(clock.advance(600))
    sensor.set_effort(Effort())
    sensor.advance(clock.advance(30))
    fallen = target - sensor.bpm
    assert fallen < (target - 62) * 0.6  # slower down (45 s) than up (30 s)


def test_the_virtual_sensor_is_deterministic_whatever_the_tick():
    def run(step_s: float) -> list[bytes]:
        clock = FakeClock()
        sensor = VirtualHeartRateSensor(clock.now())
        sensor.set_effort(Effort(4.0, 5.0, backward=True))
        for _ in range(round(60 / step_s)):
            sensor.advance(clock.advance(step_s))
        return sensor.outbox

    assert run(0.1) == run(0.5) and len(run(1.0)) == 60


def test_segment_efforts_and_bad_configs():
    assert Effort.for_segment("backward", 3.0, 2.0) == Effort(3.0, 2.0, True)
    assert Effort.for_segment(None, 0.0, 0.0) == Effort()
    with pytest.raises(ValueError, match="resting heart rate"):
        VirtualHeartRateConfig(resting_bpm=190, max_bpm=180)


def test_sped_up_sessions_keep_real_time_floors_and_bad_settings_are_refused():
    fast = MonitorSettings().for_time_scale(4.0)
    assert fast.stale_after_s == 10.0 and fast.connect_timeout_s == 40.0
    assert (
        fast.reconnect_backoff_s[0] == 2.0
        and MonitorSettings().for_time_scale(1.0).stale_after_s == 5.0
    )
    with pytest.raises(ValueError, match="stale time"):
        MonitorSettings(stale_after_s=0)
    with pytest.raises(ValueError, match="backoff"):
        MonitorSettings(reconnect_backoff_s=())

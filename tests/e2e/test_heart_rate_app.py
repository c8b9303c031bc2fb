"""The whole app with a heart rate, as a user's command line runs it: the virtual strap beside the
virtual treadmill through a whole program, and a simulated chest strap in another process
(bumble's Heart Rate profile on its own virtual controller, a real ATT/GATT stack) beside the
simulated treadmill, with contact lost and the strap's link lost mid-session. Checked from the
app's event log, its history and both exports (Garmin's FIT SDK, the TCX schema)."""

from __future__ import annotations

import itertools
import json
import queue
import subprocess
import threading
from pathlib import Path

import pytest
from belt_log import check_belt_log
from garmin_fit_sdk import Decoder, Stream
from lxml import etree
from test_treadmill_app import (
    RETRO,
    _free_ports,
    _log_records,
    _wait_for,
    _wait_listening,
    processes,  # noqa: F401  (the fixture)
    run_walkcoach,
)

from walkcoach.core.library import find_program
from walkcoach.core.program import load_program_file

REPO = Path(__file__).resolve().parents[2]
XSD = REPO / "tests" / "data" / "TrainingCenterDatabasev2.xsd"
TCX = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"


def _data_dir(tmp_path: Path, **settings) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    values = {"version": 1, "first_run_done": True, "safety_check_seen": True, **settings}
    (data / "settings.json").write_text(json.dumps(values), encoding="utf-8")
    return data


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _fit_heart_rates(path: Path) -> list[tuple[float, int]]:
    """(seconds since the first record, bpm) of each FIT record with a heart rate."""
    decoder = Decoder(Stream.from_file(str(path)))
    messages, errors = decoder.read()
    assert errors == []
    records = [r for r in messages["record_mesgs"] if r.get("heart_rate") is not None]
    if not records:
        return []
    first = records[0]["timestamp"]
    return [((r["timestamp"] - first).total_seconds(), r["heart_rate"]) for r in records]


def _largest_gap_s(times_s: list[float]) -> float:
    return max((b - a for a, b in itertools.pairwise(times_s)), default=0.0)


def _most_change_within(rates: list[tuple[float, int]], window_s: float) -> int:
    """The most the logged heart rate moved within any ``window_s`` seconds."""
    most = 0
    for index, (at_s, bpm) in enumerate(rates):
        for later_s, later_bpm in rates[index + 1 :]:
            if later_s - at_s > window_s:
                break
            most = max(most, abs(later_bpm - bpm))
    return most


def _check_exports(data: Path, tmp_path: Path) -> tuple[list[tuple[float, int]], list[int]]:
    """Both exports of the newest session: the FIT's heart rates read back by Garmin's SDK
    (with their times) and the TCX's HeartRateBpm values, the TCX valid against Garmin's schema."""
    listing = json.loads(run_walkcoach("--data-dir", str(data), "history", "--json").stdout)
    session_id = str(listing[0]["id"])
    fit = tmp_path / "session.fit"
    tcx = tmp_path / "session.tcx"
    for fmt, out in (("fit", fit), ("tcx", tcx)):
        result = run_walkcoach(
            "--data-dir",
            str(data),
            "export",
            "--session",
            session_id,
            "--format",
            fmt,
            "-o",
            str(out),
        )
        assert result.returncode == 0, result.stderr
    document = etree.parse(str(tcx))
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(document), schema.error_log
    tcx_bpm = [
        int(v.text) for v in document.iterfind(f".//{TCX}Trackpoint/{TCX}HeartRateBpm/{TCX}Value")
    ]
    return _fit_heart_rates(fit), tcx_bpm


@pytest.mark.slow
def test_incline_burn_with_the_virtual_strap_shows_and_records_the_heart_rate_throughout(tmp_path):
    data = _data_dir(tmp_path, age_years=45)
    log = tmp_path / "events.jsonl"
    result = run_walkcoach(
        "--data-dir",
        str(data),
        "--treadmill",
        "virtual",
        "--heart-rate",
        "virtual",
        "--program",
        "incline-burn",
        "--start",
        "--time-scale",
        "60",
        "--quit-when-done",
        "--event-log",
        str(log),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    records = _records(log)
    rates = [r for r in records if r["event"] == "heart_rate"]
    assert rates and all(r["source"] == "sensor" and r["contact"] is True for r in rates)
    # A heart rate in every walking segment, from the first to the last.
    starts = [r["actual_s"] for r in records if r["event"] == "segment_started"]
    ends = [r["actual_s"] for r in records if r["event"] == "segment_ended"]
    plan = find_program("incline-burn").planned_segments()
    assert len(starts) == len(plan)
    for planned, start_s, end_s in zip(plan, starts, ends, strict=True):
        if planned.segment.is_walking and end_s - start_s > 20:
            inside = [r["bpm"] for r in rates if start_s <= r["actual_s"] <= end_s]
            assert inside and all(60 <= bpm <= 200 for bpm in inside), planned
    links = [r["state"] for r in records if r["event"] == "heart_rate_link"]
    assert links[0] == "connecting" and "ready" in links and links[-1] == "closed"
    # It follows the effort: backward and uphill above the warm-up.
    warmup = [r["bpm"] for r in rates if r["actual_s"] <= starts[1]]
    assert max(r["bpm"] for r in rates) > max(warmup) + 20

    listing = json.loads(run_walkcoach("--data-dir", str(data), "history", "--json").stdout)
    session = listing[0]
    assert session["status"] == "completed"
    fit_rates, tcx_bpm = _check_exports(data, tmp_path)
    fit_bpm = [bpm for _, bpm in fit_rates]
    # The history keeps about one heart rate a second of active time (at 60x, one per GUI
    # tick of 3 s, more when a loaded machine holds a tick back) and none while paused; the
    # log has every second's. The peak may fall between two samples: the history's maximum
    # is short of the log's by at most what the heart rate moved within the longest gap
    # between two samples (FIT times are whole seconds: one more). The FIT's times are active
    # seconds and the log's are the session's, which also count the belt's holds before each
    # turn (a few seconds each as the simulated belt slows): 10 s more cover those.
    assert fit_rates, "the FIT export has no heart rate"
    logged_max = max(r["bpm"] for r in rates)
    gap_s = _largest_gap_s([at_s for at_s, _ in fit_rates]) + 1.0
    assert gap_s < 30, f"a gap of {gap_s} s between heart-rate samples"
    moved = _most_change_within([(r["actual_s"], r["bpm"]) for r in rates], gap_s + 10.0)
    assert logged_max - moved <= session["hr_max_bpm"] <= logged_max
    assert session["hr_source"] == "sensor"
    assert session["hr_zones_s"] is not None and sum(session["hr_zones_s"]) > 0
    walks = [s for s in session["segments"] if s["kind"] in ("forward", "backward")]
    assert all(s["hr_mean_bpm"] is not None for s in walks)
    assert len(fit_bpm) > 100 and min(fit_bpm) >= 55 and max(fit_bpm) == session["hr_max_bpm"]
    assert len(tcx_bpm) > 100


@pytest.mark.slow
def test_a_simulated_strap_over_bumble_beside_the_treadmill_survives_contact_and_link_loss(
    processes,  # noqa: F811  (the fixture imported above)
    tmp_path,
):
    pytest.importorskip("bumble")
    from walkcoach.devices.simulator import DEFAULT_ADDRESS, DEFAULT_HR_ADDRESS

    scale = "8"
    app_port, sim_port, strap_port = _free_ports(3)
    processes(
        str(REPO / "tests" / "devices" / "bumble_controllers.py"),
        f"tcp-server:_:{app_port}",
        f"tcp-server:_:{sim_port}",
        f"tcp-server:_:{strap_port}",
    )
    for port in (app_port, sim_port, strap_port):
        _wait_listening(port, 20)
    report = tmp_path / "report.json"
    simulator = processes(
        "-m",
        "walkcoach.devices.simulator",
        "--hci",
        f"tcp-client:127.0.0.1:{sim_port}",
        "--heart-rate",
        f"tcp-client:127.0.0.1:{strap_port}",
        "--time-scale",
        scale,
        "--report",
        str(report),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in simulator.stdout], daemon=True).start()
    ready = {lines.get(timeout=30).strip(), lines.get(timeout=30).strip()}
    assert ready == {f"ready {DEFAULT_ADDRESS}", f"ready-hr {DEFAULT_HR_ADDRESS}"}, ready

    def machine(command: str) -> str:
        simulator.stdin.write(command + "\n")
        simulator.stdin.flush()
        return lines.get(timeout=10).strip()

    program = tmp_path / "retro.json"
    program.write_text(json.dumps(RETRO), encoding="utf-8")
    # The settle wait on: the strap's heart rate never gets under 50, so each backward bout
    # waits the longest wait (10 s), beside the belt's own wait for the turn speed.
    data = _data_dir(
        tmp_path,
        age_years=45,
        hr_settle_before_backward=True,
        hr_settle_bpm=50,
        hr_settle_max_wait_s=10,
    )
    log = tmp_path / "events.jsonl"
    app = processes(
        "-m",
        "walkcoach",
        "--data-dir",
        str(data),
        "--hci",
        f"tcp-client:127.0.0.1:{app_port}",
        "--treadmill",
        DEFAULT_ADDRESS,
        "--heart-rate",
        DEFAULT_HR_ADDRESS,
        "--program",
        str(program),
        "--start",
        "--time-scale",
        scale,
        "--quit-when-done",
        "--event-log",
        str(log),
    )

    def logged(event: str, **fields):
        return lambda: [
            r
            for r in _log_records(log)
            if r["event"] == event and all(r.get(k) == v for k, v in fields.items())
        ]

    _wait_for(logged("heart_rate", source="sensor"), 90, "a heart rate from the strap")
    _wait_for(logged("segment_started"), 60, "the session under way")
    assert machine("hr-contact-off") == "ok hr-contact-off"
    _wait_for(logged("heart_rate_contact_lost"), 30, "contact lost reported")
    assert machine("hr-contact-on") == "ok hr-contact-on"
    _wait_for(logged("heart_rate_contact_back"), 30, "contact back")
    assert machine("hr-disconnect") == "ok hr-disconnect"
    _wait_for(logged("heart_rate_link", state="waiting_to_reconnect"), 30, "the strap lost")
    lost_at = len(_log_records(log))
    _wait_for(
        lambda: [
            r
            for r in _log_records(log)[lost_at:]
            if r["event"] == "heart_rate" and r["bpm"] is not None
        ],
        90,
        "the strap back with a heart rate",
    )
    assert app.wait(240) == 0
    simulator.terminate()
    simulator.wait(20)
    records = _log_records(log)
    # Nothing of it paused or stopped the session: it ran to its end.
    assert [r for r in records if r["event"] == "finished"]
    pauses = [r for r in records if r["event"] == "state_changed" and r["new"] == "paused"]
    assert all(r["reason"] in ("belt", "heart_rate") for r in pauses), pauses
    # Every turn on a slow belt, the heart rate's wait included (tests/e2e/belt_log.py).
    facts = check_belt_log(records, load_program_file(program).planned_segments())
    waits = [r for r in records if r["event"] == "heart_rate_hold_ended"]
    assert [w["reason"] for w in waits] == ["max_wait"] and 9.5 <= waits[0]["waited_s"] <= 12
    assert facts["turns"] == 2
    # Each logged heart rate says how long its notification waited for the GUI thread: the
    # strap's come over bumble's thread (a wait up to a tick), a treadmill's own with its data.
    beats = [r for r in records if r["event"] == "heart_rate"]
    from_strap = [r["queued_ms"] for r in beats if r["source"] == "sensor"]
    assert all(r["queued_ms"] >= 0 for r in beats) and any(ms > 0 for ms in from_strap)
    assert all(r["queued_ms"] == 0 for r in beats if r["source"] == "treadmill")
    no_contact = [r for r in records if r["event"] == "heart_rate" and r["contact"] is False]
    assert all(r["bpm"] is None for r in no_contact)  # "--", never 0
    listing = json.loads(run_walkcoach("--data-dir", str(data), "history", "--json").stdout)
    assert listing[0]["status"] == "completed" and listing[0]["hr_max_bpm"] >= 60
    fit_rates, tcx_bpm = _check_exports(data, tmp_path)
    fit_bpm = [bpm for _, bpm in fit_rates]
    assert fit_bpm and tcx_bpm and 0 not in fit_bpm

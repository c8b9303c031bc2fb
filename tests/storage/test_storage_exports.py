"""Exports: CSV and JSON round trips, TCX against Garmin's XSD, FIT through Garmin's own decoder."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from garmin_fit_sdk import Decoder, Stream
from lxml import etree

from walkcoach.core.records import SegmentRecord, SessionRecord
from walkcoach.storage.db import open_readonly
from walkcoach.storage.exporters import (
    CSV_COLUMNS,
    ExportError,
    export_sessions,
    render,
    session_file_name,
)
from walkcoach.storage.fit import fit_crc, session_to_fit
from walkcoach.storage.history import list_sessions
from walkcoach.storage.tcx import session_to_tcx

XSD = Path(__file__).resolve().parents[1] / "data" / "TrainingCenterDatabasev2.xsd"
TCX = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"


@pytest.fixture(scope="module")
def tcx_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


@pytest.fixture
def sessions(db_path, program, wall, record) -> list[SessionRecord]:
    record(program, weight_kg=75.0)
    wall.advance(86400)
    record(program, weight_kg=75.0, status="stopped", upto=3)
    conn = open_readonly(db_path)
    try:
        return list_sessions(conn)
    finally:
        conn.close()


def _decode_fit(data: bytes) -> dict:
    decoder = Decoder(Stream.from_byte_array(bytearray(data)))
    assert decoder.is_fit() and decoder.check_integrity()
    decoder = Decoder(Stream.from_byte_array(bytearray(data)))
    messages, errors = decoder.read()
    assert errors == []
    return messages


def test_json_export_is_the_history_json_shape(sessions):
    data = json.loads(render(sessions, "json"))
    assert data == [s.to_json() for s in sessions]
    first = data[0]
    for key in (
        "id",
        "started_at",
        "program_id",
        "status",
        "duration_s",
        "forward_s",
        "backward_s",
        "segments",
    ):
        assert key in first
    assert first["started_at"] == "2025-03-14T07:30:00+00:00"
    assert first["duration_s"] == 570 and first["backward_s"] == 180
    assert set(first["segments"][2]) >= {
        "kind",
        "planned_s",
        "actual_s",
        "speed_kmh",
        "incline_pct",
    }
    assert data[1]["status"] == "stopped" and len(data[1]["segments"]) == 3


def test_csv_export_has_one_row_per_segment_with_session_columns(sessions):
    text = render(sessions, "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 11 + 3  # every segment, the turns included; the stopped one has 3
    assert {r["session_id"] for r in rows} == {str(sessions[0].id), str(sessions[1].id)}
    assert (rows[1]["kind"], rows[1]["direction"]) == ("turn", "")
    back = rows[2]
    assert (back["kind"], back["direction"], float(back["actual_s"])) == (
        "backward",
        "backward",
        90.0,
    )
    assert float(back["distance_km"]) == pytest.approx(2.5 * 90 / 3600, abs=1e-4)
    assert rows[0]["status"] == "completed" and rows[-1]["status"] == "stopped"
    assert sum(float(r["actual_s"]) for r in rows if r["session_id"] == "1") == 570


def test_csv_keeps_a_session_without_segments_and_defuses_formulas():
    empty = SessionRecord(
        id=9,
        program_id="x",
        program_name='=HYPERLINK("evil")',
        started_at=_session().started_at,
        status="interrupted",
        active_s=0,
        notes="+1 more lap, é",
    )
    rows = list(csv.DictReader(io.StringIO(render([empty], "csv").decode("utf-8-sig"))))
    assert len(rows) == 1 and rows[0]["kind"] == "" and rows[0]["status"] == "interrupted"
    assert rows[0]["program_name"].startswith("'=") and rows[0]["notes"] == "'+1 more lap, é"


def _session(**changes) -> SessionRecord:
    from datetime import UTC, datetime

    segments = (
        SegmentRecord(0, "forward", 120, 120, 4.5, 1.0, 8.1, 0.15),
        SegmentRecord(1, "backward", 90, 87.5, 2.5, 5.0, 7.7, 2.5 * 87.5 / 3600),
        SegmentRecord(2, "rest", 30, 30, 0.0, 0.0, 1.2, 0.0),
        SegmentRecord(3, "station", 60, 0, 0.0, 0.0, 0.0, 0.0, skipped=True),
        SegmentRecord(4, "backward", 90, 42.25, 2.5, 5.0, 3.7, 2.5 * 42.25 / 3600, partial=True),
    )
    base = SessionRecord(
        id=3,
        program_id="test-intervals",
        program_name="Test <intervals> & \x01 more",
        started_at=datetime(2025, 3, 14, 7, 30, 0, 500000, tzinfo=UTC),
        status="interrupted",
        active_s=280,
        segments=segments,
        rpe=6,
        pain=True,
        notes="knee \x07 ok",
    )
    return base if not changes else SessionRecord(**{**_fields(base), **changes})


def _fields(record: SessionRecord) -> dict:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def test_tcx_validates_against_garmin_schema(sessions, tcx_schema):
    for session in [*sessions, _session()]:
        document = etree.fromstring(session_to_tcx(session))
        assert tcx_schema.validate(document), tcx_schema.error_log


def test_tcx_has_one_lap_per_segment_with_time_distance_calories(tcx_schema):
    session = _session()
    document = etree.fromstring(session_to_tcx(session))
    activity = document.find(f"{TCX}Activities/{TCX}Activity")
    assert activity.get("Sport") == "Other"
    assert activity.findtext(f"{TCX}Id") == "2025-03-14T07:30:00.500Z"
    laps = activity.findall(f"{TCX}Lap")
    assert len(laps) == len(session.segments)
    assert [lap.get("StartTime") for lap in laps[:3]] == [
        "2025-03-14T07:30:00.500Z",
        "2025-03-14T07:32:00.500Z",
        "2025-03-14T07:33:28Z",
    ]
    back = laps[1]
    assert float(back.findtext(f"{TCX}TotalTimeSeconds")) == 87.5
    assert float(back.findtext(f"{TCX}DistanceMeters")) == pytest.approx(2500 * 87.5 / 3600, 0.01)
    assert back.findtext(f"{TCX}Calories") == "8"
    assert back.findtext(f"{TCX}Intensity") == "Active"
    assert back.findtext(f"{TCX}TriggerMethod") == "Manual"
    assert back.findtext(f"{TCX}Notes").startswith("Back 1: backward, 2.5 km/h, 5 % incline")
    assert laps[2].findtext(f"{TCX}Intensity") == "Resting"
    assert "skipped" in laps[3].findtext(f"{TCX}Notes")
    assert "cut short" in laps[4].findtext(f"{TCX}Notes")
    points = back.findall(f"{TCX}Track/{TCX}Trackpoint")
    distances = [float(p.findtext(f"{TCX}DistanceMeters")) for p in points]
    assert distances[0] == pytest.approx(150.0)  # cumulative over the activity
    assert distances == sorted(distances)
    assert distances[-1] == pytest.approx(150 + 2500 * 87.5 / 3600, abs=0.01)
    notes = activity.findtext(f"{TCX}Notes")
    assert "Test <intervals> & " in notes and "Pain reported" in notes and "\x01" not in notes


def test_tcx_refuses_a_session_without_segments():
    with pytest.raises(ValueError, match="no recorded segments"):
        session_to_tcx(_session(segments=()))


def test_fit_decodes_with_garmin_sdk_one_walking_lap_per_segment(sessions):
    for session in [*sessions, _session()]:
        messages = _decode_fit(session_to_fit(session))
        laps = messages["lap_mesgs"]
        assert len(laps) == len(session.segments)
        assert [lap["total_timer_time"] for lap in laps] == pytest.approx(
            [s.actual_s for s in session.segments], abs=0.001
        )
        assert [lap["total_distance"] for lap in laps] == pytest.approx(
            [s.distance_km * 1000 for s in session.segments], abs=0.01
        )
        assert {lap["sport"] for lap in laps} == {"walking"}
        (summary,) = messages["session_mesgs"]
        assert summary["sport"] == "walking" and summary["sub_sport"] == "treadmill"
        assert summary["num_laps"] == len(session.segments)
        assert summary["total_timer_time"] == pytest.approx(
            sum(s.actual_s for s in session.segments), abs=0.001
        )
        assert summary["total_distance"] == pytest.approx(session.distance_km * 1000, abs=0.01)
        assert messages["file_id_mesgs"][0]["type"] == "activity"
        assert messages["activity_mesgs"][0]["num_sessions"] == 1


def test_fit_laps_are_named_by_direction_and_carry_the_details():
    session = _session()
    messages = _decode_fit(session_to_fit(session))
    steps = messages["workout_step_mesgs"]
    laps = messages["lap_mesgs"]
    names = [steps[lap["wkt_step_index"]]["wkt_step_name"] for lap in laps]
    assert names == ["Fwd 1", "Back 1", "Rest 1", "Station 1", "Back 2"]
    assert [lap["developer_fields"][0] for lap in laps] == names
    assert messages["field_description_mesgs"][0]["field_name"] == "lap_name"
    assert [lap["intensity"] for lap in laps] == ["active", "active", "rest", "active", "active"]
    assert laps[1]["avg_grade"] == 5.0 and laps[1]["avg_speed"] == pytest.approx(0.694, abs=1e-3)
    assert laps[1]["total_calories"] == 8
    assert laps[1]["start_time"].isoformat() == "2025-03-14T07:32:00+00:00"
    records = messages["record_mesgs"]
    distances = [r["distance"] for r in records]
    assert distances == sorted(distances)
    assert distances[-1] == pytest.approx(session.distance_km * 1000, abs=0.01)
    assert {r["speed"] for r in records} >= {1.25, 0.694, 0.0}
    events = [(e["event"], e["event_type"]) for e in messages["event_mesgs"]]
    assert events == [("timer", "start"), ("timer", "stop_all")]
    assert messages["workout_mesgs"][0]["wkt_name"].startswith("Test <intervals>")


def test_fit_crc_matches_garmin_sdk():
    from garmin_fit_sdk.crc_calculator import CrcCalculator

    data = bytes(range(256)) * 3
    assert fit_crc(data) == CrcCalculator.calculate_crc(bytearray(data), 0, len(data))


def test_fit_clamps_values_instead_of_wrapping():
    huge = _session(segments=(SegmentRecord(0, "backward", 90, 90, 2.5, -3.0, 1e9, 0.0625),))
    lap = _decode_fit(session_to_fit(huge))["lap_mesgs"][0]
    assert lap["total_calories"] == 65534 and lap["avg_grade"] == -3.0


def test_folder_export_writes_one_file_per_session(sessions, tmp_path):
    target = tmp_path / "exports"
    written = export_sessions(sessions, "fit", target)
    assert sorted(p.name for p in target.iterdir()) == sorted(
        session_file_name(s, "fit") for s in sessions
    )
    assert [p.name for p in written][0] == "walkcoach-20250314-073000-1.fit"
    for path, session in zip(written, sessions, strict=True):
        assert len(_decode_fit(path.read_bytes())["lap_mesgs"]) == len(session.segments)
    assert not list(target.glob(".*"))  # no temp files left behind


def test_single_session_export_to_a_file_and_clear_errors(sessions, tmp_path):
    (path,) = export_sessions(sessions[:1], "tcx", tmp_path / "walk.tcx")
    assert path.read_bytes().startswith(b"<?xml")
    (path,) = export_sessions(sessions, "csv", tmp_path / "all.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfsession_id,")
    with pytest.raises(ExportError, match="needs a folder"):
        export_sessions(sessions, "tcx", tmp_path / "walk.tcx")
    with pytest.raises(ExportError, match="does not exist"):
        export_sessions(sessions, "json", tmp_path / "missing" / "all.json")
    with pytest.raises(ExportError, match="is a folder"):
        export_sessions(sessions, "csv", tmp_path)
    with pytest.raises(ExportError, match="no recorded segments"):
        export_sessions([_session(segments=())], "fit", tmp_path / "x.fit")
    assert not (tmp_path / "x.fit").exists()


def test_a_turn_is_a_resting_lap_named_turn_in_fit_and_tcx():
    turn = SegmentRecord(5, "turn", 15, 15, 1.0, 5.0, 0.6, 1.0 * 15 / 3600)
    session = _session(segments=(*_session().segments, turn))
    messages = _decode_fit(session_to_fit(session))
    laps = messages["lap_mesgs"]
    steps = messages["workout_step_mesgs"]
    assert steps[laps[-1]["wkt_step_index"]]["wkt_step_name"] == "Turn 1"
    assert laps[-1]["intensity"] == "rest"
    tcx_laps = etree.fromstring(session_to_tcx(session)).findall(f".//{TCX}Lap")
    assert tcx_laps[-1].findtext(f"{TCX}Intensity") == "Resting"
    assert tcx_laps[-1].findtext(f"{TCX}Notes").startswith("Turn 1: turn, 1 km/h")


# ---------------------------------------------------------------------------------------------
# Sessions walked with a treadmill linked: the belt's samples and measured figures


def _belt_session() -> SessionRecord:
    """Forward 60 s, backward 40 s on a belt whose total started at 5000 m and reset to 0
    after 30 s (the machine was stopped and started); one sample a second, heart rate in the
    backward part."""
    from walkcoach.core.measured import BeltSample, summarise

    samples, total = [], 5000.0
    for t in range(0, 101):
        speed = 3.6 if t < 60 else 1.8
        if t == 30:
            total = 0.0  # the reset: nothing walked is lost
        elif t:
            total += (3.6 if t <= 60 else 1.8) / 3.6
        hr = 100 + t % 7 if t >= 60 else None
        samples.append(BeltSample(float(t), speed, 1.0 if t < 60 else 4.5, total, hr))
    segments = []
    for position, (kind, start, end, planned_kmh, incline) in enumerate(
        (("forward", 0, 60, 4.0, 1.0), ("backward", 60, 100, 2.5, 5.0))
    ):
        m = summarise(samples, start, end)
        segments.append(
            SegmentRecord(
                position,
                kind,
                end - start,
                end - start,
                planned_kmh,
                incline,
                5.0,
                m.distance_m / 1000,
                measured_distance_km=m.distance_m / 1000,
                measured_speed_kmh=m.mean_speed_kmh,
                measured_incline_pct=m.mean_incline_pct,
            )
        )
    base = _session()
    return SessionRecord(
        **{**_fields(base), "segments": tuple(segments), "samples": tuple(samples), "active_s": 100}
    )


def test_belt_fit_has_a_record_a_second_and_measured_laps():
    session = _belt_session()
    forward, backward = session.segments
    assert forward.distance_km * 1000 == pytest.approx(59.0, abs=1.0)  # the reset lost ~1 s
    messages = _decode_fit(session_to_fit(session))
    records = messages["record_mesgs"]
    assert len(records) == 101  # the samples themselves, not one every 5 s from the plan
    times = [r["timestamp"] for r in records]
    assert times == sorted(times) and (times[-1] - times[0]).total_seconds() == 100
    distances = [r["distance"] for r in records]
    assert distances == sorted(distances)  # the machine's reset does not run the distance back
    assert distances[-1] == pytest.approx(
        (forward.distance_km + backward.distance_km) * 1000, abs=0.6
    )
    assert records[10]["speed"] == pytest.approx(1.0) and records[80]["speed"] == pytest.approx(0.5)
    assert records[10]["grade"] == pytest.approx(1.0) and records[80]["grade"] == pytest.approx(4.5)
    assert records[80]["heart_rate"] == 100 + 80 % 7 and "heart_rate" not in records[10]
    laps = messages["lap_mesgs"]
    assert [lap["total_distance"] for lap in laps] == pytest.approx(
        [s.distance_km * 1000 for s in session.segments], abs=0.01
    )
    assert laps[1]["avg_speed"] == pytest.approx(0.5, abs=1e-3)  # measured, not the planned 2.5
    assert laps[1]["avg_grade"] == pytest.approx(4.5)


def test_belt_tcx_has_the_samples_as_trackpoints_and_validates(tcx_schema):
    session = _belt_session()
    document = etree.fromstring(session_to_tcx(session))
    assert tcx_schema.validate(document), tcx_schema.error_log
    laps = document.findall(f"{TCX}Activities/{TCX}Activity/{TCX}Lap")
    points = [lap.findall(f"{TCX}Track/{TCX}Trackpoint") for lap in laps]
    assert [len(p) for p in points] == [60, 41]
    distances = [float(p.findtext(f"{TCX}DistanceMeters")) for lap in points for p in lap]
    assert distances == sorted(distances)
    assert points[1][20].findtext(f"{TCX}HeartRateBpm/{TCX}Value") == str(100 + 80 % 7)
    assert points[0][0].find(f"{TCX}HeartRateBpm") is None
    assert float(laps[1].findtext(f"{TCX}MaximumSpeed")) == pytest.approx(0.5, abs=1e-3)
    assert "the belt measured" in laps[1].findtext(f"{TCX}Notes")


def test_belt_csv_has_the_measured_columns(sessions):
    belt = _belt_session()
    rows = list(csv.DictReader(io.StringIO(render([belt, *sessions], "csv").decode("utf-8-sig"))))
    assert rows[0]["distance_source"] == "measured"
    assert float(rows[1]["measured_speed_kmh"]) == pytest.approx(1.8)
    assert float(rows[1]["measured_distance_km"]) == pytest.approx(
        belt.segments[1].distance_km, abs=1e-4
    )
    planned = [r for r in rows if r["session_id"] != str(belt.id)]
    assert {r["distance_source"] for r in planned} == {"planned"}
    assert {r["measured_distance_km"] for r in planned} == {""}


def test_belt_session_exported_from_the_history_with_its_samples(db_path, wall, tmp_path):
    """Recorded through the writer, read back with list_sessions(with_samples=True): the FIT
    file holds the samples the writer stored (what `walkcoach export --all --format fit` does)."""
    from walkcoach.core.measured import BeltSample, summarise
    from walkcoach.core.program import Program, Segment
    from walkcoach.storage.writer import SessionWriter

    segment = Segment("forward", 30, 4.0, 1.0)
    writer = SessionWriter(db_path, wall)
    writer.begin(Program("belt", "Belt", (segment,)), 70.0)
    samples = [BeltSample(float(t), 3.6, 1.0, 200.0 + t) for t in range(31)]
    for sample in samples:
        writer.add_sample(sample)
    writer.segment_ended(0, segment, 30, measured=summarise(samples, 0, 30))
    writer.finish("completed", 30)
    writer.close()
    conn = open_readonly(db_path)
    try:
        (plain,) = list_sessions(conn)
        (full,) = list_sessions(conn, with_samples=True)
    finally:
        conn.close()
    assert plain.samples == () and full.samples == tuple(samples)
    records = _decode_fit(session_to_fit(full))["record_mesgs"]
    assert len(records) == 31 and records[-1]["distance"] == pytest.approx(30.0)
    assert len(_decode_fit(session_to_fit(plain))["record_mesgs"]) == 7  # every 5 s, as ever

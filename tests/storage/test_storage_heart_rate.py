"""Heart rate in the history: per segment and session mean and maximum, time in zones and the
source, worked out by the writer from the samples; kept through a crash, a storage outage (the
recovery file) and the rescue of a damaged file."""

from __future__ import annotations

import json
import sqlite3

import pytest

from walkcoach.core.hr_zones import zones_for
from walkcoach.core.measured import BeltSample, summarise
from walkcoach.core.program import Program, Segment
from walkcoach.storage.db import open_database, open_readonly
from walkcoach.storage.history import get_session, list_sessions
from walkcoach.storage.recovery import FORMAT_ID
from walkcoach.storage.recovery_import import import_recovery_files
from walkcoach.storage.schema import SCHEMA_VERSION
from walkcoach.storage.writer import SessionWriter, recover_interrupted

FORWARD = Segment("forward", 60, 4.0, 1.0)
BACKWARD = Segment("backward", 60, 2.5, 5.0)
PROGRAM = Program("hr", "Heart rate", (FORWARD, BACKWARD))
ZONES = zones_for(max_hr_bpm=200)  # zone bounds 100, 120, 140, 160, 180


def _bpm(at_s: int) -> int | None:
    """110 bpm forward (zone 1), 140..149 backward (zone 3)."""
    return 110 if at_s < 60 else 140 + at_s % 10


def _walk(writer, wall, *, bpm=_bpm, finish=True, upto_s=120):
    """The two segments, one sample a second, a checkpoint every 5 s as the recorder makes
    them; stops after ``upto_s`` seconds (a crash) when that is less than 120."""
    samples: list[BeltSample] = []
    for index, segment in enumerate((FORWARD, BACKWARD)):
        start_s = index * 60
        for second in range(60):
            at_s = start_s + second
            if at_s >= upto_s:
                return samples
            sample = BeltSample(float(at_s), 3.6, 1.0, 500.0 + at_s, bpm(at_s))
            samples.append(sample)
            writer.add_sample(sample)
            if second % 5 == 4:
                wall.advance(5)
                writer.checkpoint(
                    at_s, index, segment, second, measured=summarise(samples, start_s, at_s)
                )
        writer.segment_ended(
            index, segment, 60.0, measured=summarise(samples, start_s, start_s + 60)
        )
    if finish:
        writer.finish("completed", 120.0)
    return samples


def _stored(db_path, session_id=None):
    conn = open_readonly(db_path)
    try:
        if session_id is None:
            (session,) = list_sessions(conn, include_running=True)
            return session
        return get_session(conn, session_id)
    finally:
        conn.close()


def _assert_the_walks_figures(session, *, zones=True):
    forward, backward = session.segments
    assert (forward.hr_mean_bpm, forward.hr_max_bpm) == (pytest.approx(110), 110)
    assert backward.hr_mean_bpm == pytest.approx(144.5) and backward.hr_max_bpm == 149
    assert session.hr_mean_bpm == pytest.approx((110 + 144.5) / 2)
    assert session.hr_max_bpm == 149
    if zones:
        assert session.hr_zones_s == pytest.approx((60.0, 0.0, 60.0, 0.0, 0.0))
    else:
        assert session.hr_zones_s is None


def test_segment_and_session_figures_and_the_source_are_stored(db_path, wall):
    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    writer.begin(PROGRAM, 80.0)
    _walk(writer, wall)
    writer.close()
    session = _stored(db_path, writer.session_id)
    _assert_the_walks_figures(session)
    assert session.hr_source == "sensor"
    assert sum(session.hr_zones_s) <= session.duration_s


def test_without_zones_the_mean_and_maximum_are_stored_but_no_zone_time(db_path, wall):
    writer = SessionWriter(db_path, wall, hr_source="treadmill")
    writer.begin(PROGRAM, 80.0)
    _walk(writer, wall)
    writer.close()
    session = _stored(db_path, writer.session_id)
    _assert_the_walks_figures(session, zones=False)
    assert session.hr_source == "treadmill"


def test_a_session_without_heart_rate_has_none_of_the_figures(db_path, wall):
    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    writer.begin(PROGRAM, 80.0)
    _walk(writer, wall, bpm=lambda at_s: None)  # a belt that sends no heart rate
    writer.begin(PROGRAM, 80.0)  # and one without any treadmill
    writer.segment_ended(0, FORWARD, 60)
    writer.finish("stopped", 60)
    writer.close()
    conn = open_readonly(db_path)
    sessions = list_sessions(conn)
    conn.close()
    for session in sessions:
        assert (session.hr_mean_bpm, session.hr_max_bpm) == (None, None)
        assert (session.hr_zones_s, session.hr_source) == (None, None)  # no source without data
        assert {(s.hr_mean_bpm, s.hr_max_bpm) for s in session.segments} == {(None, None)}


def test_a_lost_strap_is_left_out_of_the_mean_not_read_as_zero(db_path, wall):
    def lost_in_the_middle(at_s):
        return None if 20 <= at_s < 100 else 120

    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    writer.begin(PROGRAM, 80.0)
    _walk(writer, wall, bpm=lost_in_the_middle)
    writer.close()
    session = _stored(db_path, writer.session_id)
    assert session.hr_mean_bpm == pytest.approx(120) and session.hr_max_bpm == 120
    assert session.hr_zones_s == pytest.approx((0.0, 40.0, 0.0, 0.0, 0.0))  # 120: zone 2
    assert session.segments[1].hr_mean_bpm == pytest.approx(120)


def test_the_source_is_checked_and_the_latest_one_counts(db_path, wall):
    with pytest.raises(ValueError, match="heart-rate source"):
        SessionWriter(db_path, wall, hr_source="watch")
    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="treadmill")
    writer.begin(PROGRAM, 80.0)
    writer.hr_source = "sensor"  # a strap was linked during the session
    with pytest.raises(ValueError):
        writer.hr_source = "chest"
    _walk(writer, wall)
    writer.close()
    assert _stored(db_path, writer.session_id).hr_source == "sensor"


def test_the_zones_are_those_set_when_the_session_began(db_path, wall):
    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    writer.begin(PROGRAM, 80.0)
    writer.zones = zones_for(max_hr_bpm=120)  # changed in Preferences meanwhile
    _walk(writer, wall)
    writer.close()
    assert _stored(db_path, writer.session_id).hr_zones_s == pytest.approx((60, 0, 60, 0, 0))


def test_a_crash_keeps_the_figures_of_the_last_checkpoint(db_path, wall):
    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    writer.begin(PROGRAM, 80.0)
    _walk(writer, wall, upto_s=90)  # the app dies 30 s into the backward segment
    del writer  # no finish, no close: what a kill leaves
    assert recover_interrupted(db_path) != []
    session = _stored(db_path)
    assert session.status == "interrupted"
    forward, backward = session.segments
    assert forward.hr_max_bpm == 110 and backward.partial
    assert backward.hr_max_bpm == 149  # the seconds up to its last checkpoint (89 s)
    # The session's figures are brought up to date at each segment end and once a minute by a
    # checkpoint: here as of the forward segment's end, 29 s before the crash.
    assert session.hr_zones_s == pytest.approx((60.0, 0.0, 0.0, 0.0, 0.0))
    assert session.hr_max_bpm == 110
    assert session.hr_source == "sensor"


def test_a_long_segment_updates_the_sessions_figures_once_a_minute(db_path, wall):
    long_walk = Segment("forward", 600, 4.0, 1.0)
    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    writer.begin(Program("long", "Long", (long_walk,)), 80.0)
    for at_s in range(200):
        writer.add_sample(BeltSample(float(at_s), 3.6, 1.0, None, 110))
        if at_s % 5 == 4:
            writer.checkpoint(at_s, 0, long_walk, at_s)
    del writer  # a crash at 199 s: the last update was at the checkpoint of 184 s
    recover_interrupted(db_path)
    session = _stored(db_path)
    assert session.hr_zones_s == pytest.approx((184.0, 0.0, 0.0, 0.0, 0.0))
    assert session.hr_max_bpm == 110 and session.segments[0].hr_max_bpm == 110


def _outage(db_path) -> None:
    db_path.parent.mkdir()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")  # unwritable: a newer file
    conn.close()


def test_a_storage_outage_keeps_the_figures_in_the_recovery_file(db_path, wall):
    _outage(db_path)
    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    writer.begin(PROGRAM, 80.0)
    _walk(writer, wall)
    assert writer.storage_error
    payload = json.loads(writer.recovery_file.read_text())
    assert payload["sessions"][0]["columns"]["hr_max_bpm"] == 149
    writer.close()
    db_path.unlink()  # storage works again
    notices: list[str] = []
    # The start-up import has no zones of its own: the zone seconds of the file stand.
    assert import_recovery_files(db_path, notices) == 1, notices
    session = _stored(db_path)
    _assert_the_walks_figures(session)
    assert session.hr_source == "sensor"


def test_a_session_running_when_the_outage_ended_the_app_gets_its_figures(db_path, wall):
    _outage(db_path)
    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="treadmill")
    writer.begin(PROGRAM, 80.0)
    _walk(writer, wall, finish=False)  # both segments, then the window was closed
    writer.close()
    db_path.unlink()
    notices: list[str] = []
    assert import_recovery_files(db_path, notices) == 1, notices
    session = _stored(db_path)
    assert session.status == "interrupted"
    _assert_the_walks_figures(session)
    assert session.hr_source == "treadmill"


def test_a_recovery_file_from_before_schema_6_gets_figures_from_its_samples(db_path):
    """Format 2 (samples, no heart-rate columns): the import works the figures out; without
    zones, no zone time."""
    db_path.parent.mkdir()
    folder = db_path.parent / "recovery"
    folder.mkdir()
    segment = {
        "plan_index": 0,
        "kind": "forward",
        "direction": "forward",
        "planned_s": 10.0,
        "actual_s": 10.0,
        "speed_kmh": 4.0,
        "incline_pct": 1.0,
        "kcal": 1.0,
        "distance_km": 0.011,
        "skipped": 0,
        "partial": 0,
    }
    columns = {
        "program_id": "old",
        "program_name": "Old",
        "started_at": "2025-01-02T07:00:00+00:00",
        "ended_at": "2025-01-02T07:00:10+00:00",
        "status": "completed",
        "active_s": 10.0,
        "weight_kg": 70.0,
        "units": "kmh",
        "rpe": None,
        "pain": 0,
        "notes": "",
        "last_checkpoint_at": "2025-01-02T07:00:10+00:00",
        "planned_s": 10.0,
    }
    samples = [[float(t), 4.0, 1.0, float(t), 100 + t] for t in range(10)]
    (folder / "unsaved-20250102-070010-1.json").write_text(
        json.dumps(
            {
                "format": FORMAT_ID,
                "version": 2,
                "database": str(db_path),
                "sessions": [
                    {
                        "columns": columns,
                        "segments": {"0": segment},
                        "samples": samples,
                        "session_id": None,
                    }
                ],
                "annotations": {},
            }
        )
    )
    notices: list[str] = []
    assert import_recovery_files(db_path, notices) == 1, notices
    session = _stored(db_path)
    assert session.hr_mean_bpm == pytest.approx(104.5) and session.hr_max_bpm == 109
    assert session.segments[0].hr_max_bpm == 109
    assert session.hr_zones_s is None and session.hr_source is None


def test_the_rescue_of_a_damaged_file_keeps_the_heart_rate_figures(db_path, wall, tmp_path):
    from walkcoach.storage import rescue

    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    writer.begin(PROGRAM, 80.0)
    _walk(writer, wall)
    writer.close()
    target = tmp_path / "rescued.sqlite3"
    result = rescue._by_rows(db_path, target)
    assert result.sessions == 1 and result.rows_skipped == 0
    conn, _ = open_database(target)
    (session,) = list_sessions(conn)
    conn.close()
    _assert_the_walks_figures(session)
    assert session.hr_source == "sensor"


# ---------------------------------------------------------------------------------------------
# Exports: FIT (read back by Garmin's SDK), TCX (valid against the schema), CSV and JSON


def _recorded_with_samples(db_path, wall, **walk):
    writer = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    writer.begin(PROGRAM, 80.0)
    _walk(writer, wall, **walk)
    writer.close()
    conn = open_readonly(db_path)
    try:
        (session,) = list_sessions(conn, with_samples=True)
    finally:
        conn.close()
    return session


def _decode_fit(data: bytes) -> dict:
    from garmin_fit_sdk import Decoder, Stream

    decoder = Decoder(Stream.from_byte_array(bytearray(data)))
    assert decoder.is_fit() and decoder.check_integrity()
    decoder = Decoder(Stream.from_byte_array(bytearray(data)))
    messages, errors = decoder.read()
    assert errors == []
    return messages


@pytest.fixture(scope="module")
def tcx_schema():
    from pathlib import Path

    from lxml import etree

    xsd = Path(__file__).resolve().parents[1] / "data" / "TrainingCenterDatabasev2.xsd"
    return etree.XMLSchema(etree.parse(str(xsd)))


TCX = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"


def test_fit_laps_and_session_carry_the_heart_rate_garmins_sdk_reads_back(db_path, wall):
    from walkcoach.storage.fit import session_to_fit

    session = _recorded_with_samples(db_path, wall)
    messages = _decode_fit(session_to_fit(session))
    records = messages["record_mesgs"]
    assert [r["heart_rate"] for r in records] == [_bpm(t) for t in range(120)]
    forward, backward = messages["lap_mesgs"]
    assert (forward["avg_heart_rate"], forward["max_heart_rate"]) == (110, 110)
    assert (backward["avg_heart_rate"], backward["max_heart_rate"]) == (144, 149)  # 144.5 -> 144
    (summary,) = messages["session_mesgs"]
    assert summary["avg_heart_rate"] == round(session.hr_mean_bpm) == 127
    assert summary["max_heart_rate"] == 149


def test_fit_lap_without_heart_rate_in_a_file_with_one_has_none(db_path, wall):
    from walkcoach.storage.fit import session_to_fit

    session = _recorded_with_samples(db_path, wall, bpm=lambda t: None if t < 60 else 130)
    forward, backward = _decode_fit(session_to_fit(session))["lap_mesgs"]
    assert "avg_heart_rate" not in forward and "max_heart_rate" not in forward  # invalid: left out
    assert (backward["avg_heart_rate"], backward["max_heart_rate"]) == (130, 130)


def test_tcx_laps_carry_mean_and_maximum_in_the_schemas_order(db_path, wall, tcx_schema):
    from lxml import etree

    from walkcoach.storage.tcx import session_to_tcx

    session = _recorded_with_samples(db_path, wall, bpm=lambda t: None if t < 60 else _bpm(t))
    document = etree.fromstring(session_to_tcx(session))
    assert tcx_schema.validate(document), tcx_schema.error_log
    forward, backward = document.findall(f"{TCX}Activities/{TCX}Activity/{TCX}Lap")
    assert backward.findtext(f"{TCX}AverageHeartRateBpm/{TCX}Value") == "144"
    assert backward.findtext(f"{TCX}MaximumHeartRateBpm/{TCX}Value") == "149"
    tags = [child.tag.removeprefix(TCX) for child in backward]
    assert tags[tags.index("Calories") : tags.index("Intensity") + 1] == [
        "Calories",
        "AverageHeartRateBpm",
        "MaximumHeartRateBpm",
        "Intensity",
    ]
    # The lap without a heart rate has no element for it, nor do its trackpoints.
    assert forward.find(f"{TCX}AverageHeartRateBpm") is None
    assert forward.find(f".//{TCX}HeartRateBpm") is None
    points = backward.findall(f"{TCX}Track/{TCX}Trackpoint")
    assert points[0].findtext(f"{TCX}HeartRateBpm/{TCX}Value") == str(_bpm(60))


def test_a_session_without_heart_rate_exports_without_any_heart_rate_field(
    db_path, wall, tcx_schema
):
    from lxml import etree

    from walkcoach.storage.fit import session_to_fit
    from walkcoach.storage.tcx import session_to_tcx

    session = _recorded_with_samples(db_path, wall, bpm=lambda t: None)
    messages = _decode_fit(session_to_fit(session))
    for message in [*messages["lap_mesgs"], *messages["session_mesgs"], *messages["record_mesgs"]]:
        assert not {"avg_heart_rate", "max_heart_rate", "heart_rate"} & set(message)
    text = session_to_tcx(session)
    assert b"HeartRate" not in text
    assert tcx_schema.validate(etree.fromstring(text)), tcx_schema.error_log


def test_csv_has_each_segments_heart_rate_and_json_the_sessions_and_samples(db_path, wall):
    import csv
    import io

    from walkcoach.storage.exporters import CSV_COLUMNS, render

    session = _recorded_with_samples(db_path, wall)
    rows = list(csv.DictReader(io.StringIO(render([session], "csv").decode("utf-8-sig"))))
    assert CSV_COLUMNS[-2:] == ("hr_mean_bpm", "hr_max_bpm")
    assert [(r["hr_mean_bpm"], r["hr_max_bpm"]) for r in rows] == [
        ("110.0", "110"),
        ("144.5", "149"),
    ]
    (shown,) = json.loads(render([session], "json"))
    assert shown["hr_mean_bpm"] == pytest.approx(127.2, abs=0.1) and shown["hr_max_bpm"] == 149
    assert shown["hr_zones_s"] == [60.0, 0.0, 60.0, 0.0, 0.0]
    assert shown["hr_source"] == "sensor"
    assert [(s["hr_mean_bpm"], s["hr_max_bpm"]) for s in shown["segments"]] == [
        (110.0, 110),
        (144.5, 149),
    ]
    assert [s["heart_rate_bpm"] for s in shown["samples"]] == [_bpm(t) for t in range(120)]
    assert set(shown["samples"][0]) == {
        "at_s",
        "speed_kmh",
        "incline_pct",
        "distance_m",
        "heart_rate_bpm",
    }


def test_csv_and_json_of_a_session_without_heart_rate_leave_the_fields_empty(db_path, wall):
    import csv
    import io

    from walkcoach.storage.exporters import render

    session = _recorded_with_samples(db_path, wall, bpm=lambda t: None)
    rows = list(csv.DictReader(io.StringIO(render([session], "csv").decode("utf-8-sig"))))
    assert {(r["hr_mean_bpm"], r["hr_max_bpm"]) for r in rows} == {("", "")}
    (shown,) = json.loads(render([session], "json"))
    assert (shown["hr_mean_bpm"], shown["hr_max_bpm"], shown["hr_zones_s"]) == (None,) * 3
    assert shown["hr_source"] is None
    assert {s["heart_rate_bpm"] for s in shown["samples"]} == {None}


def test_samples_out_of_time_order_give_the_same_figures(db_path, wall):
    in_order = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    in_order.begin(PROGRAM, 80.0)
    samples = _walk(in_order, wall, finish=False)
    in_order.finish("completed", 120.0)
    in_order.close()
    shuffled = SessionWriter(db_path, wall, zones=ZONES, hr_source="sensor")
    shuffled.begin(PROGRAM, 80.0)
    for sample in reversed(samples):  # a late sample delivered after newer ones
        shuffled.add_sample(sample)
    shuffled.segment_ended(0, FORWARD, 60.0)
    shuffled.segment_ended(1, BACKWARD, 60.0)
    shuffled.finish("completed", 120.0)
    shuffled.close()
    _assert_the_walks_figures(_stored(db_path, in_order.session_id))
    _assert_the_walks_figures(_stored(db_path, shuffled.session_id))


def test_a_wait_for_the_heart_rate_is_kept_with_the_segment_it_held(db_path, wall):
    writer = SessionWriter(db_path, clock_wall=wall, zones=zones_for(age_years=40))
    writer.begin(PROGRAM, 70.0)
    writer.add_sample(BeltSample(0.0, None, None, None, 120))
    writer.heart_rate_waited(20.0)
    writer.heart_rate_waited(float("nan"))  # nothing: not a time
    writer.checkpoint(10.0, 0, FORWARD, 10.0)  # kept through a crash too
    assert _stored(db_path).segments[0].hr_wait_s == 20.0
    writer.heart_rate_waited(5.5)
    writer.segment_ended(0, FORWARD, 60.0)
    writer.segment_ended(1, BACKWARD, 60.0)  # the next segment did not wait
    writer.finish("completed", 120.0)
    forward, backward = _stored(db_path, writer.session_id).segments
    assert forward.hr_wait_s == 25.5 and backward.hr_wait_s is None
    assert forward.to_json()["hr_wait_s"] == 25.5
    writer.close()
    with sqlite3.connect(db_path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE segments SET hr_wait_s = -1")

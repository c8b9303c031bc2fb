"""What the soak's run left behind, read back: Qt's messages, each cue's lateness in the event
log, the session in the history database with its samples, and its FIT and TCX exports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TCX_XSD = Path("/work/shared/data/TrainingCenterDatabasev2.xsd")
TCX_XSD_IN_TESTS = ROOT / "tests" / "data" / "TrainingCenterDatabasev2.xsd"  # the same file
QT_PROBLEM_TYPES = ("warning", "critical", "fatal")
SAMPLE_GAP_LIMIT_S = 2.0


def qt_messages(stderr: str) -> tuple[list[str], list[str]]:
    """(Qt warnings and worse, every other stderr line) from a run with soak_run's pattern."""
    qt_problems, other = [], []
    for line in stderr.splitlines():
        if line.startswith("QTMSG "):
            kind = line.split(" ", 2)[1]
            if kind in QT_PROBLEM_TYPES:
                qt_problems.append(line.removeprefix("QTMSG "))
        elif line.strip():
            other.append(line)
    return qt_problems, other


def read_events(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@dataclass(frozen=True)
class CueLateness:
    cue: str
    planned_s: float  # session time (the engine's active seconds) the plan put it at
    lateness_ms: float  # actual - planned, in session-time milliseconds


def cue_lateness(events: list[dict]) -> list[CueLateness]:
    """Every cue the session sent to the player: its event's actual minus planned time. Both are
    the engine's session seconds, so at --time-scale N one wall-clock ms is N session ms."""
    return [
        CueLateness(e["cue"], e["planned_s"], (e["actual_s"] - e["planned_s"]) * 1000)
        for e in events
        if e["event"] == "cue"
    ]


@dataclass(frozen=True)
class StoredSession:
    count: int  # sessions in the history (the soak's data folder starts empty: 1)
    session_id: int | None
    status: str
    planned_s: float
    active_s: float
    segments: int
    planned_segments: int
    segments_short: int  # segments walked more than a second shorter than planned, or skipped
    samples: int
    sample_seconds: int  # whole seconds with a sample: what the FIT export keeps (one each)
    belt_samples: int
    heart_rate_samples: int
    first_sample_s: float
    last_sample_s: float
    max_gap_s: float
    gaps_over_limit: int  # gaps between samples longer than SAMPLE_GAP_LIMIT_S
    heart_rate_gaps_over_limit: int
    gaps_at_s: tuple[tuple[float, float], ...] = ()  # (from, to) of the first such gaps


def stored_session(data_dir: Path, planned_segments: int) -> StoredSession:
    """The one session of the soak, as the history readers return it."""
    from walkcoach.storage.db import open_readonly
    from walkcoach.storage.history import get_session, list_sessions

    conn = open_readonly(data_dir / "history.sqlite3")
    if conn is None:
        raise RuntimeError(f"no history database in {data_dir}")
    try:
        listed = list_sessions(conn, include_running=True)
        record = get_session(conn, listed[-1].id) if listed else None
    finally:
        conn.close()
    if record is None:
        return StoredSession(
            0, None, "none", 0, 0, 0, planned_segments, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        )
    times = [s.at_s for s in record.samples]
    hr_times = [s.at_s for s in record.samples if s.heart_rate_bpm is not None]
    pairs = list(zip(times, times[1:], strict=False))
    gaps = [b - a for a, b in pairs]
    hr_gaps = [b - a for a, b in zip(hr_times, hr_times[1:], strict=False)]
    short = sum(1 for s in record.segments if s.skipped or s.actual_s < s.planned_s - 1.0)
    return StoredSession(
        count=len(listed),
        session_id=record.id,
        status=record.status,
        planned_s=record.planned_s or 0.0,
        active_s=record.active_s,
        segments=len(record.segments),
        planned_segments=planned_segments,
        segments_short=short,
        samples=len(times),
        sample_seconds=len({round(t) for t in times}),
        belt_samples=sum(1 for s in record.samples if s.from_belt),
        heart_rate_samples=len(hr_times),
        first_sample_s=times[0] if times else float("nan"),
        last_sample_s=times[-1] if times else float("nan"),
        max_gap_s=max(gaps, default=float("nan")),
        gaps_over_limit=sum(1 for g in gaps if g > SAMPLE_GAP_LIMIT_S),
        heart_rate_gaps_over_limit=sum(1 for g in hr_gaps if g > SAMPLE_GAP_LIMIT_S),
        gaps_at_s=tuple((a, b) for a, b in pairs if b - a > SAMPLE_GAP_LIMIT_S)[:10],
    )


def export(data_dir: Path, session_id: int, fmt: str, out: Path) -> str:
    """``walkcoach export`` as a user runs it; "" when it worked, else its stderr."""
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "walkcoach",
            "--data-dir",
            str(data_dir),
            "export",
            "--session",
            str(session_id),
            "--format",
            fmt,
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    return "" if result.returncode == 0 and out.is_file() else result.stderr.strip()[-2000:]


@dataclass(frozen=True)
class FitCheck:
    size_bytes: int
    is_fit: bool
    integrity: bool  # header and file CRCs as Garmin's SDK checks them
    errors: list[str]
    records: int
    heart_rate_records: int
    laps: int
    sessions: int
    elapsed_s: float  # the session message's total_timer_time


def check_fit(path: Path) -> FitCheck:
    from garmin_fit_sdk import Decoder, Stream

    data = bytearray(path.read_bytes())
    probe = Decoder(Stream.from_byte_array(data))
    is_fit = probe.is_fit()
    integrity = bool(is_fit and probe.check_integrity())
    messages, errors = Decoder(Stream.from_byte_array(data)).read()
    records = messages.get("record_mesgs", [])
    session = (messages.get("session_mesgs") or [{}])[0]
    return FitCheck(
        size_bytes=len(data),
        is_fit=is_fit,
        integrity=integrity,
        errors=[str(e) for e in errors],
        records=len(records),
        heart_rate_records=sum(1 for r in records if r.get("heart_rate") is not None),
        laps=len(messages.get("lap_mesgs", [])),
        sessions=len(messages.get("session_mesgs", [])),
        elapsed_s=float(session.get("total_timer_time") or 0.0),
    )


@dataclass(frozen=True)
class TcxCheck:
    size_bytes: int
    valid: bool
    errors: list[str]
    laps: int
    trackpoints: int
    heart_rate_points: int
    schema: str


def check_tcx(path: Path) -> TcxCheck:
    from lxml import etree

    xsd = TCX_XSD if TCX_XSD.is_file() else TCX_XSD_IN_TESTS
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    document = etree.parse(str(path))
    valid = schema.validate(document)
    ns = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"
    return TcxCheck(
        size_bytes=path.stat().st_size,
        valid=bool(valid),
        errors=[str(e) for e in list(schema.error_log)[:5]],
        laps=sum(1 for _ in document.iterfind(f".//{ns}Lap")),
        trackpoints=sum(1 for _ in document.iterfind(f".//{ns}Trackpoint")),
        heart_rate_points=sum(1 for _ in document.iterfind(f".//{ns}Trackpoint/{ns}HeartRateBpm")),
        schema=str(xsd),
    )


def open_history_page(data_dir: Path, session_id: int) -> dict:
    """benchmarks/soak_history_page.py in a fresh offscreen process: its JSON figures."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "soak_history_page.py"),
            str(data_dir / "history.sqlite3"),
            str(session_id),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        return {"error": (result.stderr or result.stdout).strip()[-2000:]}
    return json.loads(lines[-1])

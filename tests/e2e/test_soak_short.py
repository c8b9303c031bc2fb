"""The soak's short form: 20 minutes of session at --time-scale 10 (two minutes of wall time) in
the real app under Xvfb with a PulseAudio null sink, the virtual treadmill and strap.

benchmarks/soak.py runs the same for three hours and prints its figures; here what must hold on
any machine is asserted hard (no Qt warning, the session whole in the history with a sample
every second of it, both exports valid), and the timing and memory only as loose sanity bounds:
the suite runs on a loaded 2-core machine, where the benchmark's goals (20 ms scaled, 2 MiB)
would measure the neighbours.

In the parallel part of ``make test``: one test that makes the run and then checks each promise
in turn (eight tests sharing a module fixture would each start their own run on a second
worker; pytest-xdist's ``xdist_group`` did not keep them together here).
So the samples' gaps are bounded loosely too: at 10x a sample every second of session time is
one every 100 ms of wall time, and with both cores kept busy beside it a run had a few gaps of
2-3 s where the window's thread was held up (the quiet machine had none; the benchmark
measures that). A gap of 10 s, or gaps over 2 s in more than 1 % of the seconds, still fail.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import xvfb
from pulse import PulseUnavailable

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from soak_report import evaluate, report_lines
from soak_run import run_soak

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.audio,
    pytest.mark.slow,
]

SESSION_MINUTES = 20
TIME_SCALE = 10
LOOK_EVERY_S = 10.0
LATENESS_BOUND_MS = 250.0  # session ms: 25 ms of wall time at 10x
RSS_GROWTH_BOUND_MIB = 8.0


def _soak(tmp_path_factory):
    reason = xvfb.available()
    if reason:
        pytest.skip(reason)
    if shutil.which("pulseaudio") is None:
        pytest.skip("PulseAudio is not installed (Debian: pulseaudio pulseaudio-utils)")
    work_dir = tmp_path_factory.mktemp("soak")
    try:
        run = run_soak(work_dir, SESSION_MINUTES, TIME_SCALE, LOOK_EVERY_S)
    except PulseUnavailable as exc:  # pactl, parec or pacat missing beside pulseaudio
        pytest.skip(str(exc))
    result = evaluate(run, work_dir)
    print("\n".join(report_lines(result)))  # shown with -s, or when a test fails (-ra)
    return result


def _check_the_app_runs_the_whole_program_and_quits_by_itself(figures):
    assert figures.run.problems == []
    assert figures.run.returncode == 0, figures.run.stderr[-2000:]


def _check_no_qt_warning(figures):
    assert figures.qt_warnings == []
    assert figures.history_page.get("qt_warnings") == [], figures.history_page


def _check_the_session_is_in_the_history_whole(figures):
    session = figures.session
    assert session.count == 1 and session.status == "completed", session
    assert session.segments == figures.planned_segments == 10, session
    assert session.segments_short == 0, session
    assert abs(session.active_s - SESSION_MINUTES * 60) <= 2.0, session
    assert figures.session_whole()


def _check_belt_and_heart_rate_samples_every_second_of_it(figures):
    session = figures.session
    planned_s = SESSION_MINUTES * 60
    assert session.samples >= 0.95 * planned_s, session
    assert session.belt_samples == session.samples, session
    assert session.heart_rate_samples >= 0.95 * planned_s, session
    assert session.first_sample_s <= 2.0 and session.last_sample_s >= planned_s - 2.0, session
    assert session.max_gap_s < 10.0, session  # a hold anyone would notice
    assert session.gaps_over_limit <= 0.01 * planned_s, session
    assert session.heart_rate_gaps_over_limit <= 0.01 * planned_s, session


def _check_fit_export_is_read_whole_by_garmins_sdk(figures):
    assert "fit" not in figures.export_errors, figures.export_errors
    fit = figures.fit
    assert fit is not None and fit.is_fit and fit.integrity and fit.errors == [], fit
    # One record per whole second that has a sample (FIT times are whole seconds).
    assert fit.records == fit.heart_rate_records == figures.session.sample_seconds, fit
    assert fit.laps == figures.session.segments and fit.sessions == 1, fit
    assert abs(fit.elapsed_s - SESSION_MINUTES * 60) <= 2.0, fit


def _check_tcx_export_is_valid_against_garmins_schema(figures):
    assert "tcx" not in figures.export_errors, figures.export_errors
    tcx = figures.tcx
    assert tcx is not None and tcx.valid, tcx.errors
    assert tcx.trackpoints == tcx.heart_rate_points == figures.session.samples, tcx
    assert tcx.laps == figures.session.segments, tcx


def _check_the_history_page_opens_on_it_with_every_sample(figures):
    page = figures.history_page
    assert "error" not in page, page
    assert page["found"] and page["sessions_listed"] == 1, page
    assert page["selected_samples"] == page["heart_rate_points"] == figures.session.samples


def _check_cues_on_time_and_memory_flat_within_loose_bounds(figures):
    assert len(figures.cues) > 5 * figures.planned_segments
    assert figures.earliest_cue_ms >= 0.0
    assert figures.worst_cue_ms < LATENESS_BOUND_MS, [
        c for c in figures.cues if c.lateness_ms >= LATENESS_BOUND_MS
    ]
    assert figures.settled is not None and len(figures.run.samples) >= 6
    assert figures.rss_growth_mib < RSS_GROWTH_BOUND_MIB
    assert figures.last.fds <= figures.settled.fds  # no descriptor left open per cue or sample


CHECKS = (
    _check_the_app_runs_the_whole_program_and_quits_by_itself,
    _check_no_qt_warning,
    _check_the_session_is_in_the_history_whole,
    _check_belt_and_heart_rate_samples_every_second_of_it,
    _check_fit_export_is_read_whole_by_garmins_sdk,
    _check_tcx_export_is_valid_against_garmins_schema,
    _check_the_history_page_opens_on_it_with_every_sample,
    _check_cues_on_time_and_memory_flat_within_loose_bounds,
)


def test_a_twenty_minute_soak_keeps_every_promise(tmp_path_factory):
    figures = _soak(tmp_path_factory)
    for check in CHECKS:
        check(figures)

"""The soak's figures, each next to its goal: worked out from a finished run (soak_run) and
what it left behind (soak_checks)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from soak_checks import (
    SAMPLE_GAP_LIMIT_S,
    CueLateness,
    FitCheck,
    StoredSession,
    TcxCheck,
    check_fit,
    check_tcx,
    cue_lateness,
    export,
    open_history_page,
    qt_messages,
    read_events,
    stored_session,
)
from soak_run import RunResult
from soak_sampler import ProcessSample

RSS_GROWTH_GOAL_MIB = 2.0
SETTLE_WALL_MIN = 10.0  # memory growth is counted from here: caches and pools fill before it
CUE_GOAL_WALL_MS = 20.0  # the real-time goal; at --time-scale N it is N times that in session ms
HISTORY_OPEN_GOAL_MS = 300.0  # docs/performance.md: open the page (construct + load + paint)
HISTORY_SELECT_GOAL_MS = 100.0  # and a redraw, such as a session picked in the list


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return math.nan
    return ordered[max(1, math.ceil(fraction * len(ordered))) - 1]


def _mib(kib: float) -> float:
    return kib / 1024


def _slope_per_hour(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (wall s, value) in value per hour of wall time."""
    if len(points) < 2:
        return math.nan
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread == 0:
        return math.nan
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread * 3600


@dataclass
class Figures:
    run: RunResult
    settle_s: float
    settled: ProcessSample | None  # the first look at or after settle_s
    last: ProcessSample | None
    rss_growth_mib: float  # last look minus the settled one
    rss_peak_growth_mib: float  # the highest look after settling minus the settled one
    rss_slope_mib_per_h: float
    cpu_pct: float  # of one core, the app and its helpers, over the whole run
    cpu_pct_settled: float
    qt_warnings: list[str]
    other_stderr: list[str]
    cues: list[CueLateness]
    planned_segments: int
    session: StoredSession
    fit: FitCheck | None
    tcx: TcxCheck | None
    export_errors: dict[str, str]
    history_page: dict
    notes: list[str] = field(default_factory=list)

    @property
    def cue_goal_session_ms(self) -> float:
        return CUE_GOAL_WALL_MS * self.run.time_scale

    @property
    def worst_cue_ms(self) -> float:
        return max((c.lateness_ms for c in self.cues), default=math.nan)

    @property
    def earliest_cue_ms(self) -> float:
        return min((c.lateness_ms for c in self.cues), default=math.nan)

    @property
    def planned_s(self) -> float:
        return self.run.session_minutes * 60

    def session_whole(self) -> bool:
        s = self.session
        return (
            s.count == 1
            and s.status == "completed"
            and s.segments == s.planned_segments == self.planned_segments
            and s.segments_short == 0
            and abs(s.active_s - self.planned_s) <= 2.0
        )

    def samples_cover(self) -> bool:
        s = self.session
        return (
            s.samples >= 0.95 * self.planned_s
            and s.belt_samples == s.samples
            and s.heart_rate_samples >= 0.95 * self.planned_s
            and s.first_sample_s <= SAMPLE_GAP_LIMIT_S
            and s.last_sample_s >= self.planned_s - SAMPLE_GAP_LIMIT_S
            and s.gaps_over_limit == 0
            and s.heart_rate_gaps_over_limit == 0
        )

    def fit_valid(self) -> bool:
        f = self.fit
        return bool(
            f
            and f.is_fit
            and f.integrity
            and not f.errors
            and f.records == self.session.sample_seconds
            and f.laps == self.session.segments
        )

    def tcx_valid(self) -> bool:
        t = self.tcx
        return bool(t and t.valid and t.trackpoints == self.session.samples)


def evaluate(run: RunResult, work_dir: Path, settle_wall_min: float = SETTLE_WALL_MIN) -> Figures:
    # Half the run at most, so a short run still has a settled half to compare.
    settle_s = min(settle_wall_min * 60, run.wall_s / 2)
    looks = run.samples
    settled = next((s for s in looks if s.wall_s >= settle_s), None)
    last = looks[-1] if looks else None
    after = [s for s in looks if settled is not None and s.wall_s >= settled.wall_s]
    growth = peak = slope = math.nan
    cpu_settled = math.nan
    if settled is not None and last is not None:
        growth = _mib(last.rss_kib - settled.rss_kib)
        peak = _mib(max(s.rss_kib for s in after) - settled.rss_kib)
        slope = _slope_per_hour([(s.wall_s, _mib(s.rss_kib)) for s in after])
        if last.wall_s > settled.wall_s:
            cpu_settled = (last.cpu_s - settled.cpu_s) / (last.wall_s - settled.wall_s) * 100
    cpu = last.cpu_s / last.wall_s * 100 if last is not None and last.wall_s > 0 else math.nan
    qt_warnings, other = qt_messages(run.stderr)
    events = read_events(run.event_log) if run.event_log.is_file() else []
    from walkcoach.core.program import load_program_file

    planned_segments = len(load_program_file(run.program).planned_segments())
    session = stored_session(run.data_dir, planned_segments)
    fit = tcx = None
    errors: dict[str, str] = {}
    history: dict = {"error": "no session stored"}
    if session.session_id is not None:
        for fmt in ("fit", "tcx"):
            out = work_dir / f"soak.{fmt}"
            problem = export(run.data_dir, session.session_id, fmt, out)
            if problem:
                errors[fmt] = problem
            elif fmt == "fit":
                fit = check_fit(out)
            else:
                tcx = check_tcx(out)
        history = open_history_page(run.data_dir, session.session_id)
    return Figures(
        run=run,
        settle_s=settle_s,
        settled=settled,
        last=last,
        rss_growth_mib=growth,
        rss_peak_growth_mib=peak,
        rss_slope_mib_per_h=slope,
        cpu_pct=cpu,
        cpu_pct_settled=cpu_settled,
        qt_warnings=qt_warnings,
        other_stderr=other,
        cues=cue_lateness(events),
        planned_segments=planned_segments,
        session=session,
        fit=fit,
        tcx=tcx,
        export_errors=errors,
        history_page=history,
    )


def _mark(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report_lines(f: Figures) -> list[str]:
    run, s = f.run, f.session
    scale = run.time_scale
    expected_wall_s = f.planned_s / scale
    lines = [
        f"app: exit {run.returncode} after {run.wall_s / 60:.2f} min of wall time "
        f"({expected_wall_s / 60:.2f} min of session at {scale:g}x, plus start-up, get-ready "
        f"and the belt's waits); {len(run.samples)} looks in /proc; display {run.display}",
        *[f"  run problem: {p}" for p in run.problems],
        "",
        "memory (VmRSS of the app; its helpers beside it)",
    ]
    if f.settled is not None and f.last is not None:
        first = run.samples[0]
        peak_kib = max(x.rss_kib for x in run.samples)
        lines += [
            f"  first look {_mib(first.rss_kib):.1f} MiB at {first.wall_s:.0f} s; after "
            f"{f.settled.wall_s / 60:.1f} min (settled) {_mib(f.settled.rss_kib):.1f} MiB; "
            f"end {_mib(f.last.rss_kib):.1f} MiB; peak {_mib(peak_kib):.1f} MiB",
            f"  growth after settling: {f.rss_growth_mib:+.2f} MiB (goal <= "
            f"{RSS_GROWTH_GOAL_MIB:g} MiB) {_mark(f.rss_growth_mib <= RSS_GROWTH_GOAL_MIB)}; "
            f"highest look {f.rss_peak_growth_mib:+.2f} MiB; trend "
            f"{f.rss_slope_mib_per_h:+.2f} MiB per wall hour",
            f"  helpers: {f.last.children} process(es), {_mib(f.settled.children_rss_kib):.1f} "
            f"-> {_mib(f.last.children_rss_kib):.1f} MiB",
            "",
            f"CPU (utime+stime of the app and its helpers): {f.cpu_pct:.1f} % of one core over "
            f"the run, {f.cpu_pct_settled:.1f} % after settling ({f.last.cpu_s:.0f} CPU s)",
            f"open file descriptors: first {first.fds}, settled {f.settled.fds}, end "
            f"{f.last.fds}, most {max(x.fds for x in run.samples)} (goal: no growth after "
            f"settling) {_mark(f.last.fds <= f.settled.fds)}; helpers {f.last.children_fds}",
        ]
    else:
        lines.append("  too few looks to say")
    lines += [
        "",
        f"Qt warnings on stderr: {len(f.qt_warnings)} (goal 0) {_mark(not f.qt_warnings)}",
        *[f"  {w}" for w in f.qt_warnings[:10]],
        f"other stderr lines: {len(f.other_stderr)}",
        *[f"  {line}" for line in f.other_stderr[:10]],
        "",
    ]
    late = [c.lateness_ms for c in f.cues]
    if late:
        worst = max(f.cues, key=lambda c: c.lateness_ms)
        lines += [
            f"cue lateness (event log: actual_s - planned_s of each cue, session time; at "
            f"{scale:g}x one wall ms is {scale:g} session ms): {len(late)} cues",
            f"  median {percentile(late, 0.5):.1f}, p95 {percentile(late, 0.95):.1f}, max "
            f"{f.worst_cue_ms:.1f} session ms = {f.worst_cue_ms / scale:.2f} wall ms "
            f"(worst: {worst.cue} at {worst.planned_s:.0f} s); earliest {f.earliest_cue_ms:+.1f}",
            f"  goal: every cue within {CUE_GOAL_WALL_MS:g} ms scaled, i.e. "
            f"{f.cue_goal_session_ms:g} session ms: "
            f"{_mark(f.worst_cue_ms <= f.cue_goal_session_ms and f.earliest_cue_ms >= 0)}; "
            f"within {CUE_GOAL_WALL_MS:g} session ms (the goal unscaled): "
            f"{sum(1 for x in late if x <= CUE_GOAL_WALL_MS)} of {len(late)}",
            *[
                f"    over the goal: {c.cue} at {c.planned_s:.0f} s, {c.lateness_ms:.1f} ms"
                for c in f.cues
                if c.lateness_ms > f.cue_goal_session_ms
            ][:10],
        ]
    else:
        lines.append("cue lateness: no cue in the event log MISS")
    lines += [
        "",
        f"history: {s.count} session(s); #{s.session_id} {s.status}, {s.segments} of "
        f"{f.planned_segments} planned segments ({s.segments_short} short or skipped), "
        f"{s.active_s:.1f} of {f.planned_s:.0f} s walked: whole {_mark(f.session_whole())}",
        f"  samples: {s.samples} ({s.belt_samples} from the belt, {s.heart_rate_samples} with "
        f"a heart rate) from {s.first_sample_s:.1f} s to {s.last_sample_s:.1f} s, longest gap "
        f"{s.max_gap_s:.2f} s, gaps over {SAMPLE_GAP_LIMIT_S:g} s: {s.gaps_over_limit} "
        f"(heart rate: {s.heart_rate_gaps_over_limit}); goal: per-second samples over the "
        f"whole session {_mark(f.samples_cover())}",
        *[f"    gap from {a:.1f} s to {b:.1f} s" for a, b in s.gaps_at_s],
    ]
    for fmt, problem in f.export_errors.items():
        lines.append(f"  export {fmt}: FAILED {problem}")
    if f.fit is not None:
        fit = f.fit
        lines.append(
            f"FIT ({fit.size_bytes:,} bytes), Garmin's SDK: is_fit {fit.is_fit}, integrity "
            f"{fit.integrity}, errors {len(fit.errors)}, {fit.records} records "
            f"({fit.heart_rate_records} with a heart rate; one per whole second with a sample: "
            f"{s.sample_seconds}), {fit.laps} laps, {fit.sessions} session, timer "
            f"{fit.elapsed_s:.0f} s: {_mark(f.fit_valid())}"
        )
        lines += [f"  {e}" for e in fit.errors[:5]]
    if f.tcx is not None:
        tcx = f.tcx
        lines.append(
            f"TCX ({tcx.size_bytes:,} bytes) against {Path(tcx.schema).name}: valid "
            f"{tcx.valid}, {tcx.laps} laps, {tcx.trackpoints} trackpoints "
            f"({tcx.heart_rate_points} with a heart rate): {_mark(f.tcx_valid())}"
        )
        lines += [f"  {e}" for e in tcx.errors]
    page = f.history_page
    lines.append("")
    if "error" in page:
        lines.append(f"history page: FAILED {page['error']}")
    else:
        lines += [
            f"history page on this data folder (fresh offscreen process): import "
            f"{page['import_ms']:.0f} ms once; open {page['open_ms']:.0f} ms (goal < "
            f"{HISTORY_OPEN_GOAL_MS:g}) {_mark(page['open_ms'] < HISTORY_OPEN_GOAL_MS)}; the "
            f"session selected (segment + heart-rate charts) {page['select_ms']:.0f} ms (goal "
            f"< {HISTORY_SELECT_GOAL_MS:g}) {_mark(page['select_ms'] < HISTORY_SELECT_GOAL_MS)}",
            f"  {page['selected_samples']} samples loaded, {page['heart_rate_points']} heart-rate "
            f"points drawn, Qt warnings {len(page['qt_warnings'])}",
            *[f"  {w}" for w in page["qt_warnings"][:5]],
        ]
    return lines

"""Time the history page on ten years of daily sessions, each with per-second treadmill and
heart-rate samples: open (construct + first paint) and redraws.

    python benchmarks/history_page.py [--data-dir DIR] [--runs 7]

Generates the history with benchmarks/generate_history.py into DIR the first time (default: a
folder in the temp directory, reused afterwards). Everything is measured in one process, medians
of ``--runs`` runs, printed next to the goals (open < 300 ms, each redraw < 100 ms). The baseline
is the same page opened on an empty history, so the ratio shows what the data costs. Importing
pyqtgraph (once per app run, when the page is first opened) is printed on its own line.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

OPEN_GOAL_MS = 300.0
REDRAW_GOAL_MS = 100.0
DEFAULT_DIR = Path(tempfile.gettempdir()) / "walkcoach-bench-10y-samples"


def ensure_history(data_dir: Path) -> Path:
    db_path = data_dir / "history.sqlite3"
    if not db_path.exists():
        print(f"generating ten years of sessions into {data_dir} ...", flush=True)
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "generate_history.py"),
                "--data-dir",
                str(data_dir),
            ],
            check=True,
        )
    return db_path


CPU_MEDIANS: dict[int, float] = {}  # id(result list) -> median CPU ms of the same runs


def median_ms(
    action: Callable[[], object], runs: int, setup: Callable[[], object] | None = None
) -> tuple[float, list[float]]:
    """Median wall-clock ms of ``runs`` runs; the median CPU ms (all threads of this process)
    is kept too: on a busy machine it shows what the work costs without the waiting."""
    times, cpu = [], []
    for _ in range(runs):
        if setup is not None:
            setup()
        began, began_cpu = time.perf_counter(), time.process_time()
        action()
        times.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    CPU_MEDIANS[id(times)] = statistics.median(cpu)
    return statistics.median(times), times


def cpu_of(result: tuple[float, list[float]]) -> float:
    return CPU_MEDIANS[id(result[1])]


def load_average() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5 (medians of fewer say little)")
    db_path = ensure_history(args.data_dir)
    empty_dir = Path(tempfile.mkdtemp(prefix="walkcoach-bench-empty-"))

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from walkcoach.ui import theme

    theme.apply(app, "dark")
    began = time.perf_counter()
    from walkcoach.ui.history import page as history_page  # pyqtgraph and numpy come with it

    import_ms = (time.perf_counter() - began) * 1000

    from walkcoach.core import stats
    from walkcoach.storage.db import open_database, open_readonly
    from walkcoach.storage.summaries import session_summaries

    conn = open_readonly(db_path)
    summaries = session_summaries(conn)
    sample_count = conn.execute("SELECT COUNT(*) FROM samples").fetchone()[0]
    conn.close()

    def open_checked() -> None:
        opened_conn, _ = open_database(db_path)
        opened_conn.close()

    check = median_ms(open_checked, args.runs)
    last = summaries[-1].started_at
    now = datetime(last.year, last.month, last.day, 23, 0, tzinfo=UTC)
    print(
        f"history: {len(summaries):,} sessions, {sum(s.segment_count for s in summaries):,} "
        f"segments, {sample_count:,} per-second samples; database "
        f"{db_path.stat().st_size / 2**20:.1f} MiB"
    )
    print(f"machine: {os.cpu_count()} CPUs, load average before: {load_average()}")
    print(f"import walkcoach.ui.history.page (pyqtgraph, numpy), once per run: {import_ms:.0f} ms")

    pages: list = []

    def open_page(path: Path) -> None:
        page = history_page.HistoryPage(path, now=lambda: now)
        page.resize(1280, 720)
        page.reload()
        page.show()
        page.grab()  # the first paint: every visible chart and panel drawn (into a pixmap)
        pages.append(page)

    def wait_for_heart_rates() -> None:
        """Until the heart-rate row is filled (read from the samples after the page shows)."""
        page = pages[-1]
        while not page.heart_rate_loaded:
            app.processEvents()
            time.sleep(0.001)
        page.grab()

    def open_page_filled(path: Path) -> None:
        open_page(path)
        wait_for_heart_rates()

    def close_pages() -> None:
        while pages:
            page = pages.pop()
            while not page.heart_rate_loaded:  # its read must not run on into the next run
                app.processEvents()
                time.sleep(0.001)
            page.close()
            page.deleteLater()
        app.processEvents()

    open_page(db_path)  # warm-up: font caches, SVG parsing, SQLite page cache
    close_pages()
    rows: list[tuple[str, tuple[float, list[float]], float]] = [
        ("open the history file with its check (at every start)", check, OPEN_GOAL_MS)
    ]
    empty = median_ms(lambda: open_page(empty_dir / "history.sqlite3"), args.runs, close_pages)
    close_pages()
    opened = median_ms(lambda: open_page(db_path), args.runs, close_pages)
    rows.append(("open the page (construct + load + first paint)", opened, OPEN_GOAL_MS))
    close_pages()
    filled = median_ms(lambda: open_page_filled(db_path), args.runs, close_pages)
    rows.append(("open the page until its heart-rate row is filled", filled, OPEN_GOAL_MS))
    close_pages()

    open_page(db_path)
    page = pages[-1]
    days = stats.local_dates(page.summaries)
    today = stats.local_date(now)

    def redraw(widget, update: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            update()
            widget.grab()  # the repaint, synchronously

        return run

    redraws = {
        "weekly minutes (stacked bars)": redraw(
            page.weekly_chart,
            lambda: page.weekly_chart.set_weeks(stats.weekly_minutes(page.summaries, days=days)),
        ),
        "longest backward stretch + goal band": redraw(
            page.progress_chart,
            lambda: page.progress_chart.set_points(stats.backward_progress(page.summaries)),
        ),
        "12-month heatmap + streaks": redraw(
            page.heatmap,
            lambda: (
                page.heatmap.set_days(
                    stats.day_totals(page.summaries, end=today, days=days), today
                ),
                page.streak_label.set_streaks(stats.streaks(page.summaries, today, days=days)),
            ),
        ),
        "personal bests": redraw(
            page.bests_panel,
            lambda: page.bests_panel.set_bests(stats.personal_bests(page.summaries, days=days)),
        ),
    }
    for name, action in redraws.items():
        rows.append((name, median_ms(action, args.runs), REDRAW_GOAL_MS))

    page.tabs.setCurrentIndex(history_page.TAB_MUSCLES)
    page.repaint()
    periods = iter(["all", "4w", "12m", "3m"] * args.runs)
    rows.append(
        (
            "muscle load on the body (period change, SQL included)",
            median_ms(redraw(page.body, lambda: page.set_period(next(periods))), args.runs),
            REDRAW_GOAL_MS,
        )
    )
    page.tabs.setCurrentIndex(history_page.TAB_SESSIONS)
    page.repaint()
    row_ids = iter(range(0, 3 * args.runs, 3))
    rows.append(
        (
            "session list: select a session -> its charts (samples read)",
            median_ms(
                redraw(page.segment_chart, lambda: page.session_table.selectRow(next(row_ids))),
                args.runs,
            ),
            REDRAW_GOAL_MS,
        )
    )
    rows.append(
        (
            "session list refill (3,650 rows)",
            median_ms(
                redraw(page.session_table, lambda: page.session_model.set_sessions(page.summaries)),
                args.runs,
            ),
            REDRAW_GOAL_MS,
        )
    )
    page.tabs.setCurrentIndex(history_page.TAB_PROGRESS)
    rows.append(
        (
            "reload everything from the database (after a session)",
            median_ms(redraw(page, page.reload), args.runs),
            OPEN_GOAL_MS,
        )
    )
    rows.append(
        (
            "reload, until the heart-rate row is filled",
            median_ms(lambda: (page.reload(), wait_for_heart_rates()), args.runs),
            OPEN_GOAL_MS,
        )
    )
    close_pages()

    width = max(len(name) for name, _, _ in rows)
    print(f"\nmedians of {args.runs} runs (wall clock; CPU time of this process in brackets):")
    print(
        f"  {'baseline: open on an empty history':{width}s} {empty[0]:7.1f} ms  [{cpu_of(empty):6.1f}]"
    )
    failed = 0
    for name, result, goal_ms in rows:
        value_ms = result[0]
        verdict = "ok" if value_ms < goal_ms else "OVER"
        failed += value_ms >= goal_ms
        ratio = f"  ({value_ms / empty[0]:.1f} x baseline)" if name.startswith("open") else ""
        print(
            f"  {name:{width}s} {value_ms:7.1f} ms  [{cpu_of(result):6.1f}]  goal < {goal_ms:.0f} ms"
            f"  {verdict}{ratio}"
        )
    print(f"  open runs (ms): {', '.join(f'{t:.0f}' for t in opened[1])}")
    print(f"load average after: {load_average()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

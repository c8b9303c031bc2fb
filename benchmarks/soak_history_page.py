"""Open the history page on a database, offscreen, and select one session: how long each took.

    python benchmarks/soak_history_page.py HISTORY.sqlite3 SESSION_ID

Prints one JSON line: import_ms (the page's module with pyqtgraph and numpy), open_ms (construct,
load and first paint, as benchmarks/history_page.py measures it), select_ms (the session picked
in the list: its segment and heart-rate charts drawn), the heart-rate chart's points and the
Qt warnings seen. Run in a fresh process, as the app opens the page the first time.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

# What the offscreen platform (used here, not by users) says it cannot do; the suite ignores it
# too (pyproject.toml, qt_log_ignore).
OFFSCREEN_NOISE = ("This plugin does not support",)


def main(argv: list[str]) -> int:
    db_path, session_id = Path(argv[0]), int(argv[1])
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    warnings: list[str] = []

    def on_message(kind, _context, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not message.startswith(OFFSCREEN_NOISE):
            warnings.append(message)

    qInstallMessageHandler(on_message)
    app = QApplication.instance() or QApplication([])
    from walkcoach.ui import theme

    theme.apply(app, "dark")
    began = time.perf_counter()
    from walkcoach.ui.history import page as history_page

    import_ms = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    page = history_page.HistoryPage(db_path)
    page.resize(1280, 720)
    page.reload()
    page.show()
    page.grab()  # the first paint, synchronously
    open_ms = (time.perf_counter() - began) * 1000

    began = time.perf_counter()
    page.tabs.setCurrentIndex(history_page.TAB_SESSIONS)
    found = page.select_session(session_id)
    page.grab()
    select_ms = (time.perf_counter() - began) * 1000
    selected = page.selected
    print(
        json.dumps(
            {
                "import_ms": round(import_ms, 1),
                "open_ms": round(open_ms, 1),
                "select_ms": round(select_ms, 1),
                "found": found,
                "selected_samples": len(selected.samples) if selected is not None else 0,
                "heart_rate_points": len(page.heart_rate_chart.bpm),
                "sessions_listed": len(page.summaries),
                "qt_warnings": warnings,
            }
        )
    )
    page.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

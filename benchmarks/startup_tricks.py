"""What each start-up trick buys: the app's first frame in instructions (callgrind) and its whole
start-up peak memory (median of 9 smoke tests), with one trick undone per copy of the checkout.

    .venv/bin/python benchmarks/startup_tricks.py [VARIANT ...]

A trick stays only if it buys at least 3 % of the start-up instructions or 3 MiB (docs/
performance.md, "Start-up tricks"). Needs valgrind; takes a few minutes.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent
PY = sys.executable
APP_CHILD = r"""
import os, sys
import walkcoach.cli.main
import walkcoach.ui.app as app
app.peak_rss_kb = lambda: os._exit(0)
walkcoach.cli.main.main(["--smoke-test", "--data-dir", sys.argv[1]])
"""


def patch(root, rel, old, new):
    p = root / rel
    s = p.read_text()
    assert old in s, (rel, old)
    p.write_text(s.replace(old, new, 1))


VARIANTS = {
    "baseline": [],
    "no source_cache": [
        ("walkcoach/ui/platform/source_cache.py", "    linecache.clearcache()", "    pass")
    ],
    "gc.disable until the first frame (removed)": [
        (
            "walkcoach/ui/app.py",
            "    return _run_gui(args)\n",
            "    import gc\n\n    gc.disable()\n    return _run_gui(args)\n",
        )
    ],
    "no lean_qt": [
        (
            "walkcoach/ui/platform/lean_qt.py",
            "from PySide6.QtGui import QAction, QKeySequence\n",
            "from PySide6.QtGui import QAction, QKeySequence\nfrom PySide6.QtCore import Qt\nfrom PySide6.QtGui import QIcon\n_ = (Qt.AlignmentFlag.AlignLeft, QIcon)\n",
        )
    ],
    "QtNetwork at the first frame": [
        (
            "walkcoach/ui/platform/single_instance.py",
            "from PySide6.QtCore import QLockFile, QObject, Signal\n",
            "from PySide6.QtCore import QLockFile, QObject, Signal\nfrom PySide6.QtNetwork import QLocalServer, QLocalSocket\n",
        )
    ],
    "no known_viewport": [
        (
            "walkcoach/ui/coach/muscle_panel.py",
            "= give_known_viewport(self.top_area)\n",
            "= None\n",
        )
    ],
    "engine events at the first frame": [
        (
            "walkcoach/ui/main_window.py",
            "from walkcoach.core.session_state import SessionState\n",
            "from walkcoach.core.session_state import SessionState\nimport walkcoach.core.events\nimport walkcoach.core.engine\n",
        )
    ],
}


def copy_tree(dst):
    shutil.copytree(
        SRC / "walkcoach", dst / "walkcoach", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(SRC / "resources", dst / "resources")


def env_for(root, pycache):
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=pycache,
        QT_QPA_PLATFORM="offscreen",
        QT_SPEECH_ENGINE="mock",
        PYTHONPATH=str(root),
        PYTHONHASHSEED="0",
    )
    return env


def instructions(root, env, tmp):
    out = Path(tmp) / "cg.out"
    subprocess.run(
        [PY, "-c", APP_CHILD, str(Path(tmp) / "warm")],
        env=env,
        cwd=root,
        capture_output=True,
        check=True,
    )
    subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            PY,
            "-c",
            APP_CHILD,
            str(Path(tmp) / "d"),
        ],
        env=env,
        cwd=root,
        capture_output=True,
        check=True,
    )
    text = out.read_text(errors="replace")
    m = re.search(r"^summary:\s*(\d+)", text, re.M) or re.search(r"^totals:\s*(\d+)", text, re.M)
    return int(m.group(1)) / 1e6


def peak_mib(root, env, tmp, runs=9):
    vals = []
    for i in range(runs):
        p = subprocess.Popen(
            [PY, "-m", "walkcoach", "--smoke-test", "--data-dir", str(Path(tmp) / f"m{i}")],
            env=env,
            cwd=root,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(p.pid, 0)
        vals.append(usage.ru_maxrss / 1024)
    return statistics.median(vals)


names = sys.argv[1:] or list(VARIANTS)
base: tuple[float, float] | None = None
for name in names:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "tree"
        copy_tree(root)
        for rel, old, new in VARIANTS[name]:
            patch(root, rel, old, new)
        env = env_for(root, str(Path(tmp) / "pyc"))
        ins = instructions(root, env, tmp)
        mem = peak_mib(root, env, tmp)
        line = f"{name:36s} first frame {ins:8.1f} M instructions, whole start-up {mem:6.1f} MiB"
        if name == "baseline":
            base = (ins, mem)
        elif base is not None:
            bought_pct = (ins - base[0]) / base[0] * 100
            bought_mib = mem - base[1]
            pays = bought_pct >= 3 or bought_mib >= 3
            line += f"  -> the trick buys {bought_pct:+.1f} % and {bought_mib:+.1f} MiB: "
            line += "pays (goal >= 3 % or 3 MiB)" if pays else "does not pay (goal >= 3 % or 3 MiB)"
        print(line, flush=True)

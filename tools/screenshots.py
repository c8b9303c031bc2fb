"""Screenshots of every page and dialog at 1024x600, 1366x768 and 1920x1080, dark and light.

    python tools/screenshots.py [--out DIR] [--sizes 1024x600,1366x768] [--themes dark,light]
                                [--only history,history-heart-rate] [--language de]

Each size gets its own Xvfb (a real X server); in it one process builds the app's windows
(tests/ui/screens.py: a fresh data folder with a few months of history) and grabs the whole
screen for each, into DIR/<size>-<theme>-<name>.png (default test-artifacts/screens). The main
window and the editor fill the screen; dialogs open at their natural size over the window. What
the clip check (tests/ui/fit_check.py) finds on each screen is printed, one line per problem.
``--language`` shows the screens in that language (de, fr, es, nl, it, or en_XA for the
pseudo-language), as the app's start-up installs it; the files are then named
<size>-<language>-<theme>-<name>.png.
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

THEMES = ("dark", "light")


def shoot(
    size: str, themes: list[str], out: Path, only: set[str] | None = None, language: str = ""
) -> int:
    """In this process (DISPLAY set to an Xvfb of ``size``): every screen in every theme."""
    os.environ.setdefault("QT_SPEECH_ENGINE", "mock")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import fit_check
    import pseudo_check
    import screens
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    prefix = size
    if language:
        from walkcoach.ui.i18n import install_translations

        # As the app does, before any widget: a text set before the translator stays English.
        # The setting takes de/fr/...; the pseudo-language comes from the locale (en_XA).
        pseudo = language.lower().startswith("en_xa")
        environ = {"LANG": language} if pseudo else {}
        install_translations(app, "" if pseudo else language, environ)
        prefix = f"{size}-{language}"
    screen = app.primaryScreen()
    available = screen.availableGeometry()
    problems = 0
    for theme in themes:
        with tempfile.TemporaryDirectory(prefix="wc-screens-") as folder:
            stage = screens.Stage(app, Path(folder), theme, available)
            # The turn and a pause too: only a user's hand reaches them in screens.py's run.
            extra = (
                screen
                for screen in pseudo_check.extra_screens(stage)
                if screen[0] in ("coach-turn", "coach-paused")
            )
            for name, show, close in itertools.chain(stage.screens(), extra):
                window = show()
                if only and name not in only:  # still shown: later screens build on earlier
                    close()
                    continue
                for _ in range(3):  # let the X server map and paint it
                    app.processEvents()
                    time.sleep(0.05)
                path = out / f"{prefix}-{theme}-{name}.png"
                if not app.primaryScreen().grabWindow(0).save(str(path)):
                    print(f"cannot write {path}", file=sys.stderr)
                    return 1
                found = fit_check.problems(window, available)
                problems += len(found)
                print(
                    f"{path.name}: {'ok' if not found else f'{len(found)} problem(s)'}", flush=True
                )
                for problem in found:
                    print(f"    {problem}", flush=True)
                close()
            stage.close()
    print(f"{size}: {problems} problem(s) in all", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "test-artifacts" / "screens")
    parser.add_argument("--sizes", default="1024x600,1366x768,1920x1080")
    parser.add_argument("--themes", default=",".join(THEMES))
    parser.add_argument("--only", default="", help="these screens only (comma-separated)")
    parser.add_argument("--language", default="", help="de, fr, es, nl, it or en_XA (pseudo)")
    parser.add_argument("--in-display", metavar="SIZE", help=argparse.SUPPRESS)  # the child
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    themes = [t for t in args.themes.split(",") if t]
    only = {n for n in args.only.split(",") if n} or None
    if args.in_display:
        return shoot(args.in_display, themes, args.out, only, args.language)

    import xvfb

    reason = xvfb.available()
    if reason:
        print(f"screenshots: {reason}", file=sys.stderr)
        return 2
    status = 0
    for size in [s for s in args.sizes.split(",") if s]:
        width, height = (int(n) for n in size.split("x"))
        server = xvfb.Xvfb(size=(width, height, 24))
        server.start()
        try:
            env = server.env()
            env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
            result = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--out",
                    str(args.out),
                    "--themes",
                    args.themes,
                    "--only",
                    args.only,
                    "--language",
                    args.language,
                    "--in-display",
                    size,
                ],
                env=env,
                timeout=600,
            )
            status = status or result.returncode
        finally:
            server.stop()
    print(f"screenshots in {args.out}")
    return status


if __name__ == "__main__":
    sys.exit(main())

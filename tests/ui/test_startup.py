"""Start-up: what the first frame loads and how (see walkcoach/ui/app.py)."""

from __future__ import annotations

import gc

from walkcoach import paths


def test_a_failed_start_leaves_the_garbage_collector_on(tmp_path, capsys):
    from walkcoach.cli import build_parser
    from walkcoach.ui.app import run_gui

    paths.init(tmp_path)
    args = build_parser().parse_args(["--data-dir", str(tmp_path), "--program", "no-such-program"])
    assert run_gui(args) == 2
    assert "no-such-program" in capsys.readouterr().err
    assert gc.isenabled()

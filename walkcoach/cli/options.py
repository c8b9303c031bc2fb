"""Options several sub-commands share, with their --help text in the loaded language."""

from __future__ import annotations

import argparse

from walkcoach.core.i18n import translate


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "machine-readable output")
    )

"""What every sub-command prints: one-line errors and warnings, JSON, tables fitted to the
terminal, and the settings read without changing them. Text from files is made printable first
(escape sequences shown, never obeyed)."""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
import textwrap
from typing import Any

from walkcoach import paths
from walkcoach.core.i18n import translate
from walkcoach.core.printable import printable
from walkcoach.core.settings import Settings, load_settings

EXIT_USAGE = 2


def one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def shown(text: str) -> str:
    """One line of text from a file, safe for the terminal (escapes shown, never obeyed)."""
    return printable(" ".join(text.split()))


def warn(message: str) -> None:
    #: A line on stderr: "walkcoach: warning: <what is wrong>".
    line = translate("CommandLine", "warning: {message}").format(message=shown(message))
    print(f"walkcoach: {line}", file=sys.stderr)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def terminal_width() -> int:
    return max(60, shutil.get_terminal_size((100, 24)).columns)


def read_settings() -> Settings:
    # Read-only commands must not move a damaged settings file aside; the app does that.
    settings, warnings = load_settings(paths.settings_path(), quarantine=False)
    for warning in warnings:
        warn(warning)
    return settings


def table(
    headers: list[str], rows: list[list[str]], *, right: set[int], shrink: int, wrap: bool = False
) -> str:
    """Columns padded to their widest cell; column ``shrink`` (the last one when ``wrap``) is cut,
    or wrapped onto extra lines, to fit the terminal. Cells are made printable first."""
    rows = [[shown(cell) for cell in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    spare = terminal_width() - (sum(widths) + 2 * (len(widths) - 1))
    if spare < 0:
        widths[shrink] = max(len(headers[shrink]), 12, widths[shrink] + spare)

    def fit(text: str, i: int) -> str:
        if len(text) > widths[i]:
            text = text[: max(1, widths[i] - 1)] + "…"
        return text.rjust(widths[i]) if i in right else text.ljust(widths[i])

    def render(row: list[str]) -> list[str]:
        if not wrap or len(row[shrink]) <= widths[shrink]:
            return ["  ".join(fit(cell, i) for i, cell in enumerate(row)).rstrip()]
        pieces = textwrap.wrap(row[shrink], widths[shrink]) or [""]
        first = "  ".join(fit(cell, i) for i, cell in enumerate(row[:shrink] + [pieces[0]]))
        indent = " " * (sum(widths[:shrink]) + 2 * shrink)
        return [first.rstrip()] + [indent + piece for piece in pieces[1:]]

    lines = render(headers)
    for row in rows:
        lines += render(row)
    return "\n".join(lines)


def error(message: str) -> int:
    with contextlib.suppress(OSError):  # stderr itself is gone: the exit status must say it
        #: A line on stderr: "walkcoach: error: <what is wrong>".
        line = translate("CommandLine", "error: {message}")
        print(
            f"walkcoach: {line.format(message=printable(' '.join(message.split())))}",
            file=sys.stderr,
        )
    return EXIT_USAGE

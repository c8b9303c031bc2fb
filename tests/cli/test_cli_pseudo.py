"""The command line in the pseudo-language (LANG=en_XA, resources/translations/walkcoach_pseudo.qm):
every line it prints for people is translated, so each text is wrapped in [ ] there, and what
is left outside the brackets is data only (ids, option names, figures, dates, paths). JSON and
CSV output, for programs, stays exactly what it is in English.

Run as a user would: ``python -m walkcoach ...`` in a subprocess, on a data folder that does
not exist and on a small real one (two recorded sessions, an active plan)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_cli_history import PROGRAM, record

from walkcoach.core.library import builtin_programs
from walkcoach.core.plans.builtin import builtin_plans
from walkcoach.core.plans.model import WEEKDAYS

REPO = Path(__file__).resolve().parents[2]
BRACKETED = re.compile(r"\[[^\[\]]*\]")  # innermost first: "[[name~] (id, level)~]"
OPTION = re.compile(r"(?<![\w-])--?[a-z][\w-]*")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]{2,}")
COMMANDS = (
    "walkcoach programs show muscles import-program history export plans plan devices start "
    "export-ics pause resume skip restart-week stop"
)
FORMATS = "csv json tcx fit"


def allowed_words() -> set[str]:
    """Words that are data, never text for people: command names, ids, formats, weekday ids
    (lower-case as the command line writes them: "Mon" is a translated text, "mon" an id)."""
    ids = [*COMMANDS.split(), *FORMATS.split(), *WEEKDAYS, PROGRAM.id]
    ids += ["forward", "backward", "virtual"]  # values of --direction and --treadmill
    ids += ["usb", "tcp-client", "bumble"]  # HCI transports, in --help examples
    ids += [item.id for item in [*builtin_programs(), *builtin_plans()]]
    return {word for name in ids for word in re.split(r"[-_]", name)}


ALLOWED = allowed_words()


def untranslated(text: str) -> list[str]:
    """The words of ``text`` outside every [ ] that are not data."""
    rest = text
    while True:
        stripped = BRACKETED.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    rest = OPTION.sub(" ", rest)
    return [
        word
        for word in WORD.findall(rest)
        if not word.isupper() and word not in ALLOWED  # METAVARS are names too
    ]


def environment(language: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=f"{language}.UTF-8", LANGUAGE=language, COLUMNS="300", TZ="UTC")
    return env


def run(language: str, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "walkcoach", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=environment(language),
        timeout=60,
    )


def pseudo(data_dir: Path, *args: str, status: int = 0) -> str:
    result = run("en_XA", data_dir, *args)
    assert result.returncode == status, result
    return result.stdout + result.stderr


HUMAN = [
    ("programs",),
    ("show", "first-steps"),
    ("show", "hill-and-turn"),
    ("muscles", "--direction", "backward", "--incline", "5", "--speed", "2.5"),
    ("plans",),
    ("history",),
]
HELP = [
    ("--help",),
    ("programs", "--help"),
    ("show", "--help"),
    ("muscles", "--help"),
    ("import-program", "--help"),
    ("history", "--help"),
    ("export", "--help"),
    ("plans", "--help"),
    ("plan", "--help"),
    ("plan", "start", "--help"),
    ("plan", "show", "--help"),
    ("plan", "export-ics", "--help"),
    ("plan", "pause", "--help"),
    ("devices", "--help"),
]
ERRORS = [
    ("export", "--session", "1", "--format", "csv", "-o", "-"),
    ("export", "--all", "--format", "csv", "-o", "-"),
    ("export", "--format", "csv", "-o", "-"),  # argparse's own: one of the arguments required
    ("export", "--all", "--format", "xml", "-o", "-"),  # argparse's own: invalid choice
    ("export", "--session", "x", "--format", "csv", "-o", "-"),  # ours, inside argparse's
    ("show",),  # argparse's own: the following arguments are required
    ("show", "no-such-program"),
    ("muscles", "--direction", "sideways", "--incline", "3"),
    ("plan", "show"),
    ("plan", "start", "back-relief", "--days", "mon"),
    ("plan", "start", "back-relief", "--days", "mon,wed,fry"),
    ("devices", "--scan-s", "0"),
    ("no-such-command",),
    ("programs", "--no-such-option"),
]


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    """A data folder with two recorded sessions and an active plan."""
    data_dir = tmp_path_factory.mktemp("small") / "data"
    data_dir.mkdir()
    db_path = data_dir / "history.sqlite3"
    record(db_path, datetime(2026, 3, 2, 7, 30, tzinfo=UTC))
    record(db_path, datetime(2026, 3, 4, 7, 30, tzinfo=UTC), status="stopped", upto=3)
    started = run(
        "en_US",
        data_dir,
        *("plan", "start", "back-relief", "--days", "mon,wed,fri", "--time", "07:30"),
        *("--tz", "UTC", "--start-date", "2026-03-02"),
    )
    assert started.returncode == 0, started
    return data_dir


@pytest.mark.parametrize("args", HUMAN + HELP, ids=" ".join)
def test_every_line_for_people_is_translated_on_an_empty_folder(tmp_path, args):
    text = pseudo(tmp_path / "none", *args)
    assert text.strip() and "[" in text
    assert untranslated(text) == [], text


@pytest.mark.parametrize("args", ERRORS, ids=" ".join)
def test_every_error_is_translated(tmp_path, args):
    text = pseudo(tmp_path / "none", *args, status=2)
    assert text.startswith("walkcoach: [error: ") and text.count("\n") == 1, text
    # The reason is a translated text of its own, not only a figure in "error: {message}".
    reason = OPTION.sub("", text.removeprefix("walkcoach: [error: ")).lstrip(": ")
    assert reason.startswith("["), text
    assert untranslated(text) == [], text


@pytest.mark.parametrize(
    "args",
    [
        ("history",),
        ("plan", "show", "--today", "2026-03-04"),
        ("plan", "skip", "--today", "2026-03-04"),
        ("export", "--all", "--format", "json", "-o", "out.json"),
        ("export", "--session", "1", "--format", "csv", "-o", "out.csv"),  # exists: no --force
        ("history", "--delete", "99"),
    ],
    ids=" ".join,
)
def test_every_line_for_people_is_translated_on_a_small_folder(small, tmp_path, args):
    args = tuple(str(tmp_path / a) if a.startswith("out.") else a for a in args)
    if args[0] == "export" and args[-1].endswith(".csv"):
        Path(args[-1]).write_text("", encoding="utf-8")
    status = 2 if args[-1] == "99" or args[-1].endswith(".csv") else 0
    text = pseudo(small, *args, status=status)
    assert text.strip() and "[" in text
    assert untranslated(text) == [], text


@pytest.mark.parametrize(
    "args",
    [
        ("programs", "--json"),
        ("show", "first-steps", "--json"),
        ("muscles", "--direction", "forward", "--incline", "3", "--json"),
        ("plans", "--json"),
        ("history", "--json"),
        ("plan", "show", "--json", "--today", "2026-03-04"),
        ("export", "--all", "--format", "json", "-o", "-"),
        ("export", "--all", "--format", "csv", "-o", "-"),
    ],
    ids=" ".join,
)
def test_json_and_csv_stay_as_they_are(small, args):
    english = run("en_US", small, *args)
    translated = run("en_XA", small, *args)
    assert english.returncode == translated.returncode == 0, (english, translated)
    assert translated.stdout == english.stdout
    if "json" in args:
        json.loads(translated.stdout)  # still JSON, not a translated text


def test_the_check_finds_an_untranslated_line():
    # The test above would pass on anything if this found nothing.
    assert untranslated("[ID~]  [NAME~]\nfirst-steps  [First steps~]  20:30") == []
    assert untranslated("usage: walkcoach show [-h] PROGRAM") == ["usage"]
    assert untranslated("walkcoach: error: [no such file~]") == ["error"]
    assert untranslated("[Week 1~]\n  Mon 02 Mar  done  day 1") == ["Mon", "Mar", "done", "day"]

"""The command line in the environment's language: a German .qm (a tiny one, built here with
pyside6-lrelease) changes the lines it translates, the figures get the decimal comma, and
English loads nothing (not even Qt)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from walkcoach.cli import i18n as cli_i18n
from walkcoach.cli.main import main
from walkcoach.core import i18n as core_i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>{builtin} built-in and {yours} of your own. Details: walkcoach show ID</source>
        <translation>{builtin} eingebaute und {yours} eigene. Einzelheiten: walkcoach show ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME_DE</translation>
    </message>
    <message numerus="yes">
        <source>Total {total}: backward {backward}, forward {forward}, %n segment(s)</source>
        <translation>
            <numerusform>Gesamt {total}: rückwärts {backward}, vorwärts {forward}, %n Abschnitt</numerusform>
            <numerusform>Gesamt {total}: rückwärts {backward}, vorwärts {forward}, %n Abschnitte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramCheck</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
</TS>
"""


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("pyside6-lrelease not found (it comes with PySide6-Essentials)")
    return found


@pytest.fixture
def german(tmp_path, monkeypatch):
    ts_file = tmp_path / "walkcoach_de.ts"
    ts_file.write_text(TS, encoding="utf-8")
    qm_file = tmp_path / "walkcoach_de.qm"
    subprocess.run([_lrelease(), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    monkeypatch.setattr(cli_i18n, "qm_path", lambda language: tmp_path / f"walkcoach_{language}.qm")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    yield monkeypatch
    cli_i18n.uninstall()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_german_environment_translates_cli_lines_and_core_messages(german, capsys, tmp_path):
    german.setenv("LANG", "de_DE.UTF-8")
    data = str(tmp_path / "data")
    status, out, _ = run(capsys, "programs", "--data-dir", data)
    assert status == 0
    assert "NAME_DE" in out.splitlines()[0]
    assert "eingebaute und 0 eigene. Einzelheiten: walkcoach show ID" in out
    status, out, _ = run(capsys, "show", "first-steps", "--data-dir", data)
    assert status == 0
    assert out.splitlines()[1].startswith("Gesamt ") and out.splitlines()[1].endswith("Abschnitte")
    # Figures follow the language's locale: "1,0 km/h" in German.
    assert "1,0 km/h" in out and "1.0 km/h" not in out
    empty = tmp_path / "empty.json"
    empty.write_text("", encoding="utf-8")
    status, _, err = run(capsys, "import-program", str(empty), "--data-dir", data)
    assert status == 2
    assert err.strip().endswith("die Datei ist leer")


def test_english_environment_is_unchanged_and_loads_no_translation(german, capsys, tmp_path):
    german.setenv("LANG", "en_GB.UTF-8")
    status, out, _ = run(capsys, "programs", "--data-dir", str(tmp_path / "data"))
    assert status == 0
    assert out.splitlines()[0].split()[:2] == ["ID", "NAME"]
    assert "built-in and 0 of your own. Details: walkcoach show ID" in out
    assert core_i18n.translate("CommandLine", "NAME") == "NAME"


def test_english_command_line_imports_no_qt(tmp_path):
    script = (
        "import sys\n"
        "from walkcoach.cli.main import main\n"
        f"main(['programs', '--json', '--data-dir', {str(tmp_path)!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env["LANG"] = "en_US.UTF-8"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr

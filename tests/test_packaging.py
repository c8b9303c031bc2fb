"""Packaging: the wheel and sdist carry everything, the installed wheel runs, desktop files validate."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from configparser import ConfigParser
from pathlib import Path

import pytest

import walkcoach
from walkcoach import APP_ID, __version__

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / f"{APP_ID}.metainfo.xml"
SPEC_FILE = PACKAGING / "walkcoach.spec"
ICONS = PACKAGING / "icons"
# Not copied into the scratch source tree: local environments, caches and build output.
_TREE_IGNORE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.pyc",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    "test-artifacts",
    "benchmarks/out",
    ".mypy_cache",
)


def _files_under(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


# -- wheel and sdist -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    """sdist + wheel built by `python -m build` (the wheel from the sdist, as pip would)."""
    work = tmp_path_factory.mktemp("build")
    # A copy of the working tree, so concurrent builds never share build/ or *.egg-info.
    source = work / "src"
    shutil.copytree(REPO, source, ignore=_TREE_IGNORE, symlinks=True)
    out = work / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
        env=_env(),
    )
    assert result.returncode == 0, (
        "python -m build failed (it needs PyPI for setuptools):\n"
        + result.stdout[-3000:]
        + result.stderr[-3000:]
    )
    wheels = list(out.glob("*.whl"))
    sdists = list(out.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(p.name for p in out.iterdir())
    return {"wheel": wheels[0], "sdist": sdists[0], "log": result.stdout}


@pytest.mark.slow
def test_wheel_carries_every_resource_and_module(dists):
    wheel = dists["wheel"]
    assert wheel.name == f"walkcoach-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        metadata = zf.read(f"walkcoach-{__version__}.dist-info/METADATA").decode()
        entry_points = zf.read(f"walkcoach-{__version__}.dist-info/entry_points.txt").decode()
    resources = {
        n.removeprefix("walkcoach/_resources/")
        for n in names
        if n.startswith("walkcoach/_resources/")
    }
    expected = _files_under(REPO / "resources")
    assert expected - resources == set(), "resources missing from the wheel"
    for needed in (
        "muscles.json",
        "body/front.svg",
        "body/back.svg",
        "icons/walkcoach.svg",
        "sounds/forward.wav",
        "sounds/backward.wav",
    ):
        assert needed in resources
    # Every module of the package, including sub-packages added later (setup.py finds them).
    modules = {f"walkcoach/{p}" for p in _files_under(REPO / "walkcoach") if p.endswith(".py")}
    assert modules - names == set(), (
        "modules missing from the wheel (a folder without __init__.py?)"
    )
    assert f"Version: {__version__}" in metadata
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert f"walkcoach-{__version__}.dist-info/licenses/LICENSE" in names
    assert "walkcoach = walkcoach.cli.main:main" in entry_points
    assert "Package would be ignored" not in dists["log"]


@pytest.mark.slow
def test_sdist_carries_resources_packaging_and_license(dists):
    prefix = f"walkcoach-{__version__}/"
    with tarfile.open(dists["sdist"]) as tf:
        names = {m.name.removeprefix(prefix) for m in tf.getmembers() if m.isfile()}
    assert {f"resources/{p}" for p in _files_under(REPO / "resources")} - names == set()
    for needed in (
        "LICENSE",
        "MANIFEST.in",
        "pyproject.toml",
        "setup.py",
        "README.md",
        f"packaging/{DESKTOP_FILE.name}",
        f"packaging/{METAINFO_FILE.name}",
        "packaging/walkcoach.spec",
        "packaging/icons/walkcoach.ico",
        "packaging/icons/walkcoach.icns",
        "packaging/install-desktop-files.sh",
    ):
        assert needed in names


@pytest.fixture(scope="module")
def installed(dists, tmp_path_factory) -> Path:
    """A fresh venv outside the checkout with the wheel installed (--no-deps).

    The run-time dependencies (PySide6 etc., ~500 MB) come from this test environment through a
    .pth file; .pth files inside that folder are not processed, so the checkout's editable
    install stays invisible and `walkcoach` can only come from the wheel.
    """
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    base_python = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base_python, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = sysconfig.get_path("purelib")
    Path(purelib, "walkcoach-test-deps.pth").write_text(deps + "\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--disable-pip-version-check",
            "-q",
            "--python",
            str(python),
            "install",
            "--no-deps",
            str(dists["wheel"]),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return venv


def _run_installed(venv: Path, cwd: Path, *args: str, timeout: float = 120):
    # No audio server: these tests are about packaging, and a PulseAudio daemon that another test
    # starts or stops meanwhile must not affect them (Qt then plays nothing and never waits).
    env = _env(PULSE_SERVER="unix:/nonexistent/walkcoach-test-no-audio", QT_SPEECH_ENGINE="mock")
    return subprocess.run(
        [str(venv / "bin" / "walkcoach"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env=env,
    )


@pytest.mark.slow
def test_installed_wheel_uses_its_own_files(installed, tmp_path):
    probe = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import walkcoach, walkcoach.resources as r; print(walkcoach.__file__); print(r.root())",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=60,
    )
    assert probe.returncode == 0, probe.stderr
    package_file, resources_root = (Path(line) for line in probe.stdout.split())
    assert installed in package_file.parents  # not the checkout
    assert installed in resources_root.parents
    assert resources_root.name == "_resources"
    assert (resources_root / "sounds" / "forward.wav").is_file()

    version = _run_installed(installed, tmp_path, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"WalkCoach {__version__}"


@pytest.mark.slow
def test_installed_wheel_lists_the_builtin_programs(installed, tmp_path):
    result = _run_installed(
        installed, tmp_path, "programs", "--json", "--data-dir", str(tmp_path / "data")
    )
    assert result.returncode == 0, result.stderr
    programs = json.loads(result.stdout)
    shipped = {p.stem for p in (REPO / "resources" / "programs").glob("*.json")}
    assert {p["id"] for p in programs if p.get("builtin")} == shipped


@pytest.mark.slow
def test_installed_wheel_passes_the_smoke_test(installed, tmp_path):
    result = _run_installed(
        installed, tmp_path, "--smoke-test", "--data-dir", str(tmp_path / "data")
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"startup_ms=\d+", result.stdout), result.stdout


# -- desktop entry and AppStream metainfo ----------------------------------------------------


def _desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def test_desktop_entry_is_valid():
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate missing (tools/system-packages.sh installs it)")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_desktop_entry_matches_the_app():
    entry = _desktop_entry()
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] in pyproject["project"]["scripts"]
    assert entry["StartupWMClass"] == walkcoach.APP_NAME  # Qt's WM_CLASS is the app name
    assert "treadmill" in entry["Keywords"]


def test_metainfo_is_valid():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli missing (tools/system-packages.sh installs appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Only informational notes are acceptable (e.g. 0.16 not yet knowing the newer <developer>).
    assert not re.search(r"^[EW]: ", output, re.MULTILINE), output


def test_metainfo_matches_the_package():
    root = _metainfo()
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == pyproject["project"]["license"] == "GPL-3.0-or-later"
    assert root.find("launchable").text == DESKTOP_FILE.name
    assert root.findtext("icon") == _desktop_entry()["Icon"]
    assert [b.text for b in root.iter("binary")] == list(pyproject["project"]["scripts"])
    assert root.find("content_rating") is not None
    assert root.findtext("developer_name")
    screenshots = root.findall("screenshots/screenshot")
    assert screenshots and all(s.findtext("image", "").startswith("https://") for s in screenshots)
    releases = root.findall("releases/release")
    # The newest release comes first and is the version the package reports.
    assert releases[0].get("version") == __version__
    assert releases[0].find("description") is not None
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))


def test_install_desktop_files_for_the_current_user(tmp_path):
    script = PACKAGING / "install-desktop-files.sh"
    prefix = tmp_path
    tmp_path = prefix / "usr" / "share"  # laid out like a system prefix for validate-tree
    env = _env(XDG_DATA_HOME=str(tmp_path), PATH="/usr/bin:/bin")
    result = subprocess.run(
        ["bash", str(script), "--exec", "/opt/walkcoach/walkcoach"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    desktop = tmp_path / "applications" / f"{APP_ID}.desktop"
    svg = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    png = tmp_path / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    metainfo = tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml"
    for path in (desktop, svg, png, metainfo):
        assert path.is_file(), path
    assert "Exec=/opt/walkcoach/walkcoach\n" in desktop.read_text()
    assert svg.read_bytes() == (REPO / "resources" / "icons" / "walkcoach.svg").read_bytes()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, timeout=60
        )
        assert check.returncode == 0, check.stdout
    if shutil.which("appstreamcli"):
        # Cross-checks the installed metainfo against the installed desktop entry and icons.
        tree = subprocess.run(
            ["appstreamcli", "validate-tree", "--no-net", "--no-color", str(prefix)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert tree.returncode == 0, tree.stdout + tree.stderr
        assert not re.search(r"^\s*[EW]: ", tree.stdout, re.MULTILINE), tree.stdout

    bad = subprocess.run(
        ["bash", str(script), "--exec", "/opt/with space/walkcoach"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert bad.returncode == 2 and "must not contain spaces" in bad.stderr

    removed = subprocess.run(
        ["bash", str(script), "--uninstall"], capture_output=True, text=True, env=env, timeout=60
    )
    assert removed.returncode == 0, removed.stderr
    assert not any(p.exists() for p in (desktop, svg, png, metainfo))


# -- license, spec and icons -----------------------------------------------------------------


def test_license_is_the_gpl_version_3():
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text  # the full text, not a stub
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert pyproject["project"]["license"] == "GPL-3.0-or-later"


def test_spec_takes_version_and_app_id_from_the_package():
    source = SPEC_FILE.read_text(encoding="utf-8")
    assert f'"{__version__}"' not in source and f"'{__version__}'" not in source
    tree = ast.parse(source)
    reader = next(
        n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_package_constants"
    )
    module = ast.Module(
        body=[*ast.parse("import ast\nfrom pathlib import Path").body, reader], type_ignores=[]
    )
    namespace: dict = {"ROOT": REPO}
    exec(compile(module, str(SPEC_FILE), "exec"), namespace)
    constants = namespace["_package_constants"]()
    assert constants["__version__"] == __version__
    assert constants["APP_ID"] == APP_ID
    # Windows and macOS parts are present even though CI builds on Linux.
    assert "bundle_identifier=APP_ID" in source
    assert "walkcoach.ico" in source and "walkcoach.icns" in source


def _read_all(path: Path) -> list[tuple[int, int]]:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), f"{path.name} entry {index}: {reader.errorString()}"
        sizes.append((image.width(), image.height()))
    return sizes


def test_windows_and_macos_icons_decode(qapp):
    assert sorted(_read_all(ICONS / "walkcoach.ico")) == [
        (s, s) for s in (16, 24, 32, 48, 64, 128, 256)
    ]
    assert {w for w, _h in _read_all(ICONS / "walkcoach.icns")} == {16, 32, 64, 128, 256, 512, 1024}


def test_generated_icons_match_the_svg(qapp, tmp_path):
    """The committed PNG/ICO/ICNS were made from the current SVG (rerun make_icons.py if not)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        import make_icons
    finally:
        sys.path.remove(str(PACKAGING))
    from PySide6.QtGui import QImage

    make_icons.make_icons(out_dir=tmp_path)
    for size in make_icons.HICOLOR_SIZES:
        fresh = QImage(str(tmp_path / f"{size}.png"))
        committed = QImage(str(ICONS / f"{size}.png"))
        assert (committed.width(), committed.height()) == (size, size)
        differing = (
            sum(
                1
                for y in range(size)
                for x in range(size)
                if abs(fresh.pixelColor(x, y).value() - committed.pixelColor(x, y).value()) > 24
                or abs(fresh.pixelColor(x, y).alpha() - committed.pixelColor(x, y).alpha()) > 24
            )
            if size <= 64
            else 0
        )
        assert differing <= size * size // 50, f"{size}.png is stale: run packaging/make_icons.py"


@pytest.mark.slow
def test_installed_wheel_runs_a_whole_session(installed, tmp_path):
    """The shortest built-in program, sped up, start to finish from the installed wheel."""
    data_dir = tmp_path / "data"
    listing = _run_installed(installed, tmp_path, "programs", "--json", "--data-dir", str(data_dir))
    assert listing.returncode == 0, listing.stderr
    shortest = min(
        (p for p in json.loads(listing.stdout) if p.get("builtin")), key=lambda p: p["duration_s"]
    )
    time_scale = max(1.0, shortest["duration_s"] / 3.0)  # about three seconds of wall time
    log = tmp_path / "events.jsonl"
    result = _run_installed(
        installed,
        tmp_path,
        "--data-dir",
        str(data_dir),
        "--program",
        shortest["id"],
        "--start",
        "--time-scale",
        f"{time_scale:g}",
        "--quit-when-done",
        "--event-log",
        str(log),
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    events = [json.loads(line) for line in log.read_text().splitlines()]
    names = [e["event"] for e in events]
    assert "finished" in names, names[-10:]
    assert names.count("segment_started") == shortest["segments"]
    # The finished session must be in the database.
    history = _run_installed(installed, tmp_path, "history", "--json", "--data-dir", str(data_dir))
    assert history.returncode == 0, history.stderr
    assert len(json.loads(history.stdout)) == 1

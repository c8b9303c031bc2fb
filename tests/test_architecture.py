"""The coaching core and storage never import Qt: they must run (and be tested) without it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import walkcoach

QT_FREE_PACKAGES = ("walkcoach.core", "walkcoach.storage", "walkcoach.sound", "walkcoach.devices")
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "walkcoach.ui")


def _modules(package: str) -> list[str]:
    folder = Path(walkcoach.__file__).parent / package.split(".", 1)[1]
    return [package] + [f"{package}.{m.name}" for m in pkgutil.iter_modules([str(folder)])]


def test_core_and_storage_import_without_qt():
    modules = [m for p in QT_FREE_PACKAGES for m in _modules(p)]
    # Make Qt unimportable, import everything, then check nothing Qt-like was loaded.
    script = f"""
import sys
for name in {FORBIDDEN!r}:
    sys.modules[name] = None
import importlib
for module in {modules!r}:
    importlib.import_module(module)
loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')
          or m.startswith('walkcoach.ui')]
loaded = [m for m in loaded if sys.modules[m] is not None]
assert not loaded, loaded
print(len({modules!r}))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) == len(modules)


def test_no_qt_import_statements_in_core_sources():
    root = Path(walkcoach.__file__).parent
    offenders = []
    for package in ("core", "storage", "sound", "devices"):
        for source in (root / package).rglob("*.py"):
            for line_no, line in enumerate(source.read_text().splitlines(), 1):
                stripped = line.strip()
                if stripped.startswith(("import ", "from ")) and any(
                    name in stripped.split("#")[0] for name in FORBIDDEN
                ):
                    offenders.append(f"{source.relative_to(root)}:{line_no}: {stripped}")
    assert offenders == []

"""The layers: the core, storage, sound, device and system code never import Qt (they run, and are
tested, without it); the command line imports no Qt until a window is asked for; and no module
imports another in a circle."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import walkcoach

QT_FREE_PACKAGES = (
    "walkcoach.core",
    "walkcoach.storage",
    "walkcoach.sound",
    "walkcoach.devices",
    "walkcoach.system",
    "walkcoach.cli",  # at import time: the GUI is imported inside the launcher only
)
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "walkcoach.ui")


def _modules(package: str) -> list[str]:
    """The package and every module under it, sub-packages included."""
    folder = Path(walkcoach.__file__).parent / package.split(".", 1)[1]
    found = pkgutil.walk_packages([str(folder)], prefix=f"{package}.")
    return [package] + [m.name for m in found if not m.name.endswith("__main__")]


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
    for package in ("core", "storage", "sound", "devices", "system"):
        for source in (root / package).rglob("*.py"):
            for line_no, line in enumerate(source.read_text().splitlines(), 1):
                stripped = line.strip()
                if stripped.startswith(("import ", "from ")) and any(
                    name in stripped.split("#")[0] for name in FORBIDDEN
                ):
                    offenders.append(f"{source.relative_to(root)}:{line_no}: {stripped}")
    assert offenders == []


def _imports_of(source: Path, known: set[str]) -> set[str]:
    """The walkcoach modules ``source`` imports, at the top or inside a function (a lazy import
    is still an import), leaving out ``if TYPE_CHECKING:`` blocks, which never run."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name in known)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                for alias in child.names:
                    full = f"{child.module}.{alias.name}"
                    if full in known:
                        found.add(full)  # from package import module
                    elif child.module in known:
                        found.add(child.module)
            visit(child)

    visit(ast.parse(source.read_text(encoding="utf-8")))
    return found


def _import_graph() -> dict[str, set[str]]:
    root = Path(walkcoach.__file__).parent
    files = {}
    for source in root.rglob("*.py"):
        parts = source.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        files[name] = source
    known = set(files)
    return {name: _imports_of(source, known) - {name} for name, source in files.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                connect(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_cycle_finder_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_another_in_a_circle():
    graph = _import_graph()
    assert len(graph) > 100  # every module was found
    assert _cycles(graph) == []


# Private names of the standard library that are documented as usable.
ALLOWED_PRIVATE = {"sys._MEIPASS", "os._exit", "sys._getframe"}


def _private_accesses(source: Path) -> list[str]:
    """``other._name`` where ``other`` is not ``self``, ``cls`` or ``super()``."""
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_"):
            continue
        if node.attr.startswith("__"):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        if isinstance(owner, ast.Call) and ast.unparse(owner.func) == "super":
            continue
        if ast.unparse(node) in ALLOWED_PRIVATE:
            continue
        found.append(f"{source.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_private_access_check_finds_a_reach_into_another_object(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f(window):\n    window._save()\n    self._ok = os._exit\n")
    assert _private_accesses(sample) == ["sample.py:2: window._save"]


def test_no_module_reaches_into_another_objects_private_members():
    root = Path(walkcoach.__file__).parent
    offenders = [hit for source in root.rglob("*.py") for hit in _private_accesses(source)]
    assert offenders == []

"""The PySide6 6.12.0 reference-count work-around keeps long sessions from aborting."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
{prelude}
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()

class Source(QObject):
    changed = Signal(object)

source = Source()
source.changed.connect(lambda value: None)
for i in range(50_000):  # about 3.5 hours of a 4 Hz display refresh
    label.setText(str(i))
    source.changed.emit(i)
print("survived", label.text())
"""


def run(prelude: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT.format(prelude=prelude)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def test_many_qt_calls_and_emits_survive_with_walkcoach_ui_imported():
    result = run("import walkcoach.ui")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived 49999"


def test_the_workaround_is_what_makes_the_difference_here():
    """Documents the defect: without the fix, this PySide6 on CPython < 3.12 aborts."""
    from walkcoach.ui.platform import qtfix

    if not qtfix.needed():
        return  # immortal singletons: the defect cannot bite on this interpreter
    result = run("")
    if result.returncode == 0:
        # A fixed PySide6: the work-around is now harmless and could be removed.
        assert result.stdout.strip() == "survived 49999"
    else:
        assert "deallocating" in result.stderr


def test_the_patch_is_only_for_the_release_it_was_measured_on(monkeypatch):
    import PySide6

    from walkcoach.ui.platform import qtfix

    monkeypatch.setattr(PySide6, "__version__", "6.13.1")
    assert not qtfix.needed()
    monkeypatch.setattr(PySide6, "__version__", qtfix.BROKEN_RELEASES[0])
    assert qtfix.needed() == (sys.version_info < (3, 12))

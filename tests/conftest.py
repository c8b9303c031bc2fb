"""Shared fixtures. Qt runs offscreen unless a test starts its own X server."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("QT_SPEECH_ENGINE", "mock")

import pytest

from walkcoach import paths
from walkcoach.core.clock import FakeClock


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path):
    """A fresh, empty user data folder that paths.* point at for the test."""
    folder = tmp_path / "data"
    paths.init(folder)
    yield folder
    paths.init(folder)  # leave it pointing at a temp folder, never the real user folder


@pytest.fixture(autouse=True)
def _dark_theme_after_each_test():
    """A test that applies the light theme leaves style_for() on it: put the default back."""
    yield
    import sys

    theme = sys.modules.get("walkcoach.ui.theme")
    if theme is not None:
        theme._current_theme = "dark"


@pytest.fixture(autouse=True)
def _collect_garbage_in_the_main_thread():
    """Cyclic garbage is collected here, in the main thread, and never by a helper's thread.

    Python's collector runs in whichever thread happens to allocate: a helper's reader thread
    or the device layer's event-loop thread would then delete Qt objects of the GUI thread
    under it (seen as crashes in ~QObject). The app does the same with a timer
    (walkcoach/ui/platform/collector.py).
    """
    import gc
    import sys

    gc.disable()
    yield
    _flush_deferred_deletes(sys.modules.get("PySide6.QtCore"))
    gc.collect()
    _flush_deferred_deletes(sys.modules.get("PySide6.QtCore"))


def _flush_deferred_deletes(qt_core) -> None:
    """Run the deleteLater()s a test left pending now, at its own end, while what they refer to
    still exists: left for a later test's event loop, one crashed it (in ~QObject)."""
    if qt_core is None or qt_core.QCoreApplication.instance() is None:
        return
    qt_core.QCoreApplication.sendPostedEvents(None, qt_core.QEvent.Type.DeferredDelete)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked slow come first in the list (each group keeps its own order).
    pytest-xdist's worksteal (``--dist worksteal`` in the Makefile) gives each worker a slice of
    the list and lets a worker that has run out take half of what another has left, from its
    end: the long runs start at once and the short ones go to whoever is free. Measured with
    three workers, this order and worksteal together: 7:21 (6:38 from a fresh clone); in
    collection order with ``--dist load`` 11:54, this order with ``--dist load`` 11:19 (one
    worker left finishing a queue of long runs alone). Worksteal in collection order was not
    measured."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)

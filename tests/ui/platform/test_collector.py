"""The app's garbage collector: only ever in the GUI thread, never skipped."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from walkcoach.ui.platform.collector import MainThreadCollector


class _Cycle(QObject):
    """A Qt object kept alive only by a reference cycle (what the collector must free)."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def test_collection_happens_in_the_gui_thread_only(qtbot):
    passes: list[int] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            passes.append(threading.get_ident())

    collector = MainThreadCollector(interval_ms=20)
    gc.callbacks.append(record)
    try:
        collector.start()
        assert not gc.isenabled()
        cycle = _Cycle()
        freed = weakref.ref(cycle)
        del cycle

        kept: list[list] = []

        def allocate() -> None:  # far past every threshold: would have collected here
            kept.extend([] for _ in range(100_000))

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert passes == []
        qtbot.waitUntil(lambda: freed() is None, timeout=5000)
        assert passes and set(passes) == {threading.get_ident()}
        kept.clear()
    finally:
        gc.callbacks.remove(record)
        collector.stop()
    assert gc.isenabled()


def test_check_collects_the_oldest_generation_that_is_due(qapp):
    collector = MainThreadCollector()
    gc.disable()
    gc.collect()
    assert collector.check() == -1  # nothing allocated since: nothing due
    threshold0 = gc.get_threshold()[0]
    garbage = [[] for _ in range(threshold0 + 10)]
    assert collector.check() == 0
    del garbage


def test_the_start_ups_objects_are_frozen_out_of_every_later_collection():
    import gc

    collector = MainThreadCollector()
    before = gc.get_freeze_count()
    try:
        kept = [[n] for n in range(1000)]  # made "during start-up", still referenced
        collector.freeze_start_up()
        assert gc.get_freeze_count() >= before + len(kept)
        walked = {id(o) for o in gc.get_objects()}  # every generation a collection walks
        assert not any(id(x) in walked for x in kept)
    finally:
        gc.unfreeze()

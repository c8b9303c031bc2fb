"""Work-around: PySide6 6.12.0 drops one reference to True on every Python ``Signal.emit()``.

Seen here with PySide6 6.12.0 on CPython 3.11: each ``SignalInstance.emit()`` returns ``True``
without owning a reference, so the interpreter's count of ``True`` falls by one per emit and the
process aborts ("bool_dealloc: deallocating True or False") after a few thousand emits, i.e.
minutes into a session whose display refreshes four times a second. The size of the leak is
measured at import, so the compensation is exactly zero on a PySide6 that has fixed it.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBE_EMITS = 16
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def measure_true_leak_per_emit() -> int:
    """References to True lost per emit (0 on a healthy PySide6); repairs what it cost."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)
    return max(0, round(lost / _PROBE_EMITS))


def install() -> int:
    """Patch SignalInstance.emit once when the leak is present; returns the leak per emit."""
    if getattr(SignalInstance.emit, "_walkcoach_fixed", False):
        return SignalInstance.emit._walkcoach_leak
    leak = measure_true_leak_per_emit()
    if leak == 0:
        return 0
    original = SignalInstance.emit

    def emit(self, *args):
        result = original(self, *args)
        for _ in range(leak):
            _incref(True)
        return result

    emit._walkcoach_fixed = True  # type: ignore[attr-defined]
    emit._walkcoach_leak = leak  # type: ignore[attr-defined]
    SignalInstance.emit = emit
    return leak


LEAK_PER_EMIT = install()

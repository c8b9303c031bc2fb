"""Work-around: the PySide6 6.12.0 wheels drop references to None and True on CPython 3.11.

Measured here (PySide6/shiboken6 6.12.0, tag cp310-abi3, CPython 3.11.7): every call of a Qt
method that returns nothing (``label.setText()``, ``timer.start()``, ...) lowers the reference
count of ``None`` by one, and every Python ``Signal.emit()`` that of ``True``. The wheels behave as
if built for CPython 3.12+, where these singletons are immortal and reference counting on them is
a no-op. On 3.11 the count reaches zero after some thousands of calls and the interpreter aborts
("none_dealloc: deallocating None"), i.e. a few minutes into a session whose display refreshes
four times a second.

The fix gives the singletons what 3.12 gives them: a reference count so large that no run can
exhaust it. They are never freed anyway (freeing them is exactly the fatal error), so the extra
count changes nothing else. On 3.12+, or with any other PySide6 release, nothing is done: the
patch is for the release it was measured on (pyproject cannot exclude it: it is the release this
machine's package index offers).
"""

from __future__ import annotations

import ctypes
import sys

# 2**60 references: at a billion lost references per second this lasts over 36 years.
IMMORTAL_REFCOUNT = 1 << 60
SINGLETONS = (None, True, False, Ellipsis, NotImplemented)


def _refcount_field(obj: object) -> ctypes.c_ssize_t:
    # CPython 3.11: ob_refcnt (Py_ssize_t) is the first field of every object, at id(obj).
    return ctypes.c_ssize_t.from_address(id(obj))


BROKEN_RELEASES = ("6.12.0",)  # PySide6 releases whose wheels lose these references


def needed() -> bool:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    import PySide6  # imported by the window right after this anyway

    return PySide6.__version__ in BROKEN_RELEASES


def install() -> bool:
    """Make the singletons effectively immortal; returns True when that was done."""
    if not needed():
        return False
    for singleton in SINGLETONS:
        field = _refcount_field(singleton)
        if field.value < IMMORTAL_REFCOUNT:
            field.value += IMMORTAL_REFCOUNT
    return True


INSTALLED = install()

"""Drops the module sources that PySide6's import hook leaves in linecache.

PySide6 checks every module imported after it for the word "PySide6" (to decide where its
``__feature__`` switches apply) with ``inspect.getsource``, which reads the whole file through
``linecache``; the cache then keeps every line of every such module for the life of the process:
about 3.5 MiB of text by the end of start-up, for nothing. linecache is only a cache (tracebacks and
warnings read a file again when they need a line of it), so emptying it after each phase that
imports modules loses nothing, and the memory it held serves the next phase instead.
"""

from __future__ import annotations

import linecache


def forget_module_sources() -> None:
    """Empty linecache (after a phase of imports: the first frame, each deferred start-up step)."""
    linecache.clearcache()

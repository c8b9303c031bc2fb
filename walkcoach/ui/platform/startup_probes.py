"""Start-up probes the smoke test prints and the benchmarks read: process age, first-frame time,
peak memory.

No Qt, and nothing the interpreter has not loaded already (os, sys, time): ui/app.py imports it
at its top, so it costs the first frame nothing. ui/app.py calls these through its own module
globals, because benchmarks/startup_*.py and tests/ui/test_startup.py stop the app at its first
frame by replacing ``walkcoach.ui.app.peak_rss_kb`` in a child process.
"""

from __future__ import annotations

import os
import sys
import time

# The fallback start of the clock where /proc cannot say: ui/app.py imports this module at its
# own import, the earliest moment the window's code sees.
_IMPORTED_AT = time.perf_counter()


def process_age_s() -> float | None:
    """Seconds since this process started, from the kernel's record (Linux); None elsewhere.

    Measured from process start, not from some point in our own code, so interpreter start-up
    and imports count too.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 overall: starttime, in clock ticks since boot
        ticks_per_s = os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / ticks_per_s
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def startup_ms() -> int:
    age_s = process_age_s()
    if age_s is None:  # no /proc: the earliest moment we saw is this module's import
        age_s = time.perf_counter() - _IMPORTED_AT
    return round(age_s * 1000)


def peak_rss_kb() -> int:
    """This process's peak resident memory so far, in KiB (0 where the platform cannot say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes

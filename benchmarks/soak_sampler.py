"""What a running app uses, read from /proc: resident memory, CPU ticks and open descriptors.

One :class:`ProcessSample` per look; the app's children (the sound and speech helpers) are
counted beside it, their CPU into the app's, so a helper's work is never left out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CLK_TCK = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ProcessSample:
    wall_s: float  # since the app started
    rss_kib: int  # the app's VmRSS
    children_rss_kib: int  # its live children's, added up
    cpu_s: float  # utime+stime of the app, of its live children and of those it has reaped
    fds: int  # the app's open file descriptors
    children_fds: int
    children: int


def _stat_fields(pid: int) -> list[str]:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        # What follows the command name, which may hold spaces and brackets itself.
        return stat.read().rsplit(")", 1)[1].split()


def _cpu_ticks(fields: list[str], with_reaped: bool) -> int:
    # Fields 14-17 of proc(5): utime, stime, cutime, cstime (0-based 11..14 after the name).
    ticks = int(fields[11]) + int(fields[12])
    if with_reaped:  # children that ended and were waited for (a restarted helper)
        ticks += int(fields[13]) + int(fields[14])
    return ticks


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0  # a zombie has no memory left


def _fd_count(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def descendants(pid: int) -> list[int]:
    """Every live process below ``pid`` (children, their children, ...)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            parent = int(_stat_fields(int(entry))[1])  # field 4: ppid
        except (OSError, IndexError, ValueError):
            continue  # ended while we looked
        parents.setdefault(parent, []).append(int(entry))
    found: list[int] = []
    todo = list(parents.get(pid, []))
    while todo:
        child = todo.pop()
        found.append(child)
        todo.extend(parents.get(child, []))
    return found


def sample(pid: int, wall_s: float) -> ProcessSample:
    """One look at ``pid`` and everything below it. OSError when ``pid`` itself has ended."""
    cpu_ticks = _cpu_ticks(_stat_fields(pid), with_reaped=True)
    rss_kib = _rss_kib(pid)
    fds = _fd_count(pid)
    children_rss_kib = children_fds = count = 0
    for child in descendants(pid):
        try:
            # Reaped grandchildren are in their parent's cutime, so counted once.
            child_ticks = _cpu_ticks(_stat_fields(child), with_reaped=True)
            child_rss = _rss_kib(child)
            child_fds = _fd_count(child)
        except (OSError, IndexError, ValueError):
            continue  # ended between the listing and the look
        cpu_ticks += child_ticks
        children_rss_kib += child_rss
        children_fds += child_fds
        count += 1
    return ProcessSample(
        wall_s=wall_s,
        rss_kib=rss_kib,
        children_rss_kib=children_rss_kib,
        cpu_s=cpu_ticks / CLK_TCK,
        fds=fds,
        children_fds=children_fds,
        children=count,
    )

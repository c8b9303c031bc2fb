"""Fixtures of the fault tests (helpers live in faultkit.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from faultkit import Tmpfs


@pytest.fixture
def tmpfs_factory() -> Iterator:
    made: list[Tmpfs] = []

    def make(size_kb: int) -> Tmpfs:
        try:
            fs = Tmpfs(size_kb)
        except (OSError, FileNotFoundError) as exc:
            pytest.skip(f"cannot mount a tmpfs here ({exc})")
        made.append(fs)
        return fs

    yield make
    for fs in made:
        fs.close()

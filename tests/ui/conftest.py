"""Shared set-up of the window tests: the ``coach`` fixture (the coach window on a fake clock,
window_harness.py). pytest puts this folder on sys.path (its conftest has no package), so tests
in the sub-folders import the helpers here (``window_harness``, ``fit_check``, ``screens``)."""

import pytest
from window_harness import Coach

from walkcoach.core.settings import Settings


@pytest.fixture
def coach(qtbot, fake_clock, data_dir):
    settings = Settings(units="kmh", safety_check_seen=True, countdown_s=3)
    coach = Coach(qtbot, fake_clock, data_dir, settings)
    yield coach
    coach.controller.shutdown()
    coach.event_log.close()

"""The core's time and plural words: one time format, measured times to the nearest second."""

from __future__ import annotations

import pytest

from walkcoach.core.program import format_duration
from walkcoach.core.textfmt import format_elapsed, plural


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (1230.04, "20:30"),  # a 20:30 program as measured: was "20:31" (rounded up)
        (1229.6, "20:30"),
        (0.0, "0:00"),
        (0.5, "0:01"),  # half up, not to even
        (59.5, "1:00"),
        (3599.4, "59:59"),
        (3600, "1:00:00"),
        (3725, "1:02:05"),
        (-3, "0:00"),
    ],
)
def test_elapsed_time_rounds_to_the_nearest_second(seconds, text):
    assert format_elapsed(seconds) == text


def test_countdown_rounding_is_kept_for_what_is_left():
    # What is left of a segment still rounds up (0:01 until the last second is over).
    assert format_duration(0.2) == "0:01" and format_elapsed(0.2) == "0:00"


def test_plurals():
    assert plural(1, "day") == "1 day"
    assert plural(2, "day") == "2 days"
    assert plural(0, "problem") == "0 problems"
    assert plural(1, "session is", "sessions are") == "1 session is"
    assert plural(3, "session is", "sessions are") == "3 sessions are"

"""A session's treadmill samples held as typed columns while it is recorded.

The writer keeps every sample of the running session in memory (a session row stored anew needs
them all again, and so does a recovery file). As objects that is about 150 bytes a sample (the
:class:`~walkcoach.core.measured.BeltSample` and its boxed floats): 1.6 MiB over three hours, the
larger part of what the three-hour soak saw the app grow by. Five ``array`` columns hold the same
in 33 bytes a sample. The samples are the cleaned ones (``BeltSample.cleaned``): every value a
finite number or None, so NaN can stand for None in the float columns and 0 for "no heart rate"
(a cleaned heart rate is 1..255).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Iterator
from typing import Any, overload

from walkcoach.core.measured import BeltSample

_NONE = math.nan
NO_HEART_RATE = 0


def _stored(value: float | None) -> float:
    return _NONE if value is None else value


def _read(value: float) -> float | None:
    return None if math.isnan(value) else value


class SampleColumns:
    """Cleaned samples in arrival order; reads give ``BeltSample`` objects made on demand."""

    __slots__ = ("_at_s", "_speed_kmh", "_incline_pct", "_distance_m", "_heart_rate_bpm")

    def __init__(self, samples: Iterable[BeltSample] = ()) -> None:
        self._at_s = array("d")
        self._speed_kmh = array("d")
        self._incline_pct = array("d")
        self._distance_m = array("d")
        self._heart_rate_bpm = array("B")
        for sample in samples:
            self.append(sample)

    def append(self, sample: BeltSample) -> BeltSample:
        """Add ``sample`` cleaned (a cleaned one is unchanged); returns what was stored."""
        cleaned = sample.cleaned()
        self._at_s.append(cleaned.at_s)
        self._speed_kmh.append(_stored(cleaned.speed_kmh))
        self._incline_pct.append(_stored(cleaned.incline_pct))
        self._distance_m.append(_stored(cleaned.distance_m))
        bpm = cleaned.heart_rate_bpm
        self._heart_rate_bpm.append(NO_HEART_RATE if bpm is None else bpm)
        return cleaned

    def __len__(self) -> int:
        return len(self._at_s)

    def __bool__(self) -> bool:
        return len(self._at_s) > 0

    @overload
    def __getitem__(self, index: int) -> BeltSample: ...

    @overload
    def __getitem__(self, index: slice) -> list[BeltSample]: ...

    def __getitem__(self, index: int | slice) -> BeltSample | list[BeltSample]:
        if isinstance(index, slice):
            return [self._sample(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("sample index out of range")
        return self._sample(index)

    def __iter__(self) -> Iterator[BeltSample]:
        return (self._sample(i) for i in range(len(self)))

    def _sample(self, i: int) -> BeltSample:
        bpm = self._heart_rate_bpm[i]
        return BeltSample(
            at_s=self._at_s[i],
            speed_kmh=_read(self._speed_kmh[i]),
            incline_pct=_read(self._incline_pct[i]),
            distance_m=_read(self._distance_m[i]),
            heart_rate_bpm=None if bpm == NO_HEART_RATE else bpm,
        )

    @property
    def times_s(self) -> array[float]:
        """Every sample's at_s, in arrival order (for bisection when they came in time order)."""
        return self._at_s

    def rows(self, first: int = 0) -> Iterator[list[Any]]:
        """The samples from ``first`` on as stored rows: at_s, speed_kmh, incline_pct,
        distance_m, heart_rate_bpm (the database's columns after session_id, the recovery
        file's lists)."""
        for i in range(first, len(self)):
            bpm = self._heart_rate_bpm[i]
            yield [
                self._at_s[i],
                _read(self._speed_kmh[i]),
                _read(self._incline_pct[i]),
                _read(self._distance_m[i]),
                None if bpm == NO_HEART_RATE else bpm,
            ]

    def heart_rates(self) -> Iterator[tuple[float, int | None]]:
        """(at_s, heart rate or None) of every sample: what the heart-rate figures read,
        without making a sample object each."""
        return (
            (at_s, None if bpm == NO_HEART_RATE else bpm)
            for at_s, bpm in zip(self._at_s, self._heart_rate_bpm, strict=True)
        )

    def any_heart_rate(self) -> bool:
        return any(self._heart_rate_bpm)

    def in_time_order(self) -> bool:
        times = self._at_s
        return all(times[i] <= times[i + 1] for i in range(len(times) - 1))

    def latest_s(self) -> float:
        """The greatest at_s (0 without samples)."""
        return max(self._at_s, default=0.0)

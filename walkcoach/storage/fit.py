"""FIT activity files (Garmin's binary format), written by hand from the FIT protocol.

One session becomes one walking activity (sport 11 walking, sub-sport 1 treadmill):
file_id, developer_data_id + field_description, workout + one workout_step per segment, a timer
start event, record messages (timestamp, cumulative distance, speed, grade) every few seconds and at
each segment change, one lap per segment, a timer stop event, the session and the activity.

Laps carry no name in the FIT profile, so each lap is named twice over: ``wkt_step_index`` points
at a workout_step whose ``wkt_step_name`` is e.g. "Back 2" (what Garmin Connect shows for a
structured workout), and a developer string field ``lap_name`` on the lap itself carries the same
text for tools that read developer data. Segments are laid end to end from the start time (pauses
are not recorded per segment), so elapsed time equals timer time.

A session walked with a treadmill linked has the belt's own samples: then the records are those
samples, one per second (time, the distance walked since the start with the machine's resets
handled, speed, grade, heart rate when there is one), and each lap carries the segment's measured
distance, mean speed and mean incline (as avg_grade). Without samples the records are made from
the plan every few seconds, as before. With a heart rate recorded, laps and the session carry
avg_heart_rate and max_heart_rate (the stored figures); a file without one has no such fields.

Past 400 lines as one piece: the message definitions and the records written with them must
agree field by field; one module keeps them side by side.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from walkcoach.core.i18n import translate
from walkcoach.core.measured import BeltSample, cumulative_distances_m, planned_offsets_s
from walkcoach.core.records import SegmentRecord, SessionRecord

FIT_EPOCH_UNIX_S = 631065600  # 1989-12-31T00:00:00Z
PROTOCOL_VERSION = 0x20  # 2.0: developer fields
PROFILE_VERSION = 21_218  # the profile whose message and field numbers are used here
RECORD_EVERY_S = 5.0

# Base types: (id, struct code, invalid value)
ENUM = (0x00, "B", 0xFF)
UINT8 = (0x02, "B", 0xFF)
SINT16 = (0x83, "h", 0x7FFF)
UINT16 = (0x84, "H", 0xFFFF)
UINT32 = (0x86, "I", 0xFFFFFFFF)
STRING = (0x07, "s", b"")
BYTE = (0x0D, "s", b"")

# Global message numbers
MESG_FILE_ID = 0
MESG_SESSION = 18
MESG_LAP = 19
MESG_RECORD = 20
MESG_EVENT = 21
MESG_WORKOUT = 26
MESG_WORKOUT_STEP = 27
MESG_ACTIVITY = 34
MESG_FIELD_DESCRIPTION = 206
MESG_DEVELOPER_DATA_ID = 207

SPORT_WALKING = 11
SUB_SPORT_TREADMILL = 1
EVENT_TIMER, EVENT_SESSION, EVENT_LAP, EVENT_ACTIVITY = 0, 8, 9, 26
EVENT_TYPE_START, EVENT_TYPE_STOP, EVENT_TYPE_STOP_ALL = 0, 1, 4
INTENSITY_ACTIVE, INTENSITY_REST = 0, 1
STEP_DURATION_TIME, STEP_TARGET_OPEN = 0, 2

LAP_NAME_CHARS = 16  # fixed string size of the step name and the lap_name developer field
WORKOUT_NAME_CHARS = 32
# A fixed 16-byte id that tells FIT readers which application defined the developer field.
WALKCOACH_APP_ID = bytes.fromhex("5761_6c6b_436f_6163_6852_6574_726f_0001".replace("_", ""))


def _crc_table() -> tuple[int, ...]:
    # FIT's CRC is CRC-16/ARC (reflected polynomial 0xA001); the SDK walks it a nibble at a
    # time, a byte-wide table gives the same result in half the steps.
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_CRC_TABLE = _crc_table()


def fit_crc(data: bytes, crc: int = 0) -> int:
    """The FIT CRC-16 of ``data``, continuing from ``crc``."""
    table = _CRC_TABLE
    for byte in data:
        crc = (crc >> 8) ^ table[(crc ^ byte) & 0xFF]
    return crc


def fit_time(moment: datetime) -> int:
    return int(moment.timestamp()) - FIT_EPOCH_UNIX_S


@dataclass(frozen=True)
class _Field:
    number: int
    base: tuple[int, str, int | bytes]  # (FIT base type number, struct code, invalid value)
    size: int = 0  # 0: the base type's own size

    @property
    def code(self) -> str:
        return f"{self.size}s" if self.base[1] == "s" else self.base[1]

    @property
    def byte_size(self) -> int:
        return struct.calcsize("<" + self.code)

    def convert(self, value: object) -> object:
        """The value as struct.pack wants it for this field."""
        _, code, invalid = self.base
        if code == "s":
            return value if isinstance(value, bytes) else _fit_string(str(value or ""), self.size)
        if value is None:
            return invalid
        assert isinstance(invalid, int)  # only strings have a bytes invalid value
        assert isinstance(value, int | float), value
        number = int(round(value))
        # Clamp into range (the top value means "invalid" in FIT): a 20-hour session or a
        # negative incline must not wrap around.
        low = -invalid if code.islower() else 0
        return min(max(number, low), invalid - 1)


def _fit_string(text: str, size: int) -> bytes:
    """UTF-8, cut on a character boundary so it fits with its terminating NUL."""
    raw = text.encode("utf-8")
    while len(raw) > size - 1:
        text = text[:-1]
        raw = text.encode("utf-8")
    return raw + b"\x00"


class _FitBuilder:
    """Definition and data messages; a definition is written the first time its shape is used."""

    def __init__(self) -> None:
        self.body = bytearray()
        self._locals: dict[tuple[Any, ...], tuple[int, struct.Struct]] = {}

    def message(
        self,
        global_num: int,
        fields: Sequence[tuple[_Field, object]],
        dev_fields: Sequence[tuple[int, int, int, bytes]] = (),
    ) -> None:
        """``dev_fields``: (field number, size, developer data index, encoded value)."""
        shape = (global_num, tuple(f for f, _ in fields), tuple(d[:3] for d in dev_fields))
        known = self._locals.get(shape)
        if known is None:
            local = len(self._locals) % 16
            for key, (other, _) in list(self._locals.items()):  # a reused slot forgets its shape
                if other == local:
                    del self._locals[key]
            layout_text = (
                "<B"
                + "".join(f.code for f, _ in fields)
                + "".join(f"{size}s" for _, size, _, _ in dev_fields)
            )
            known = self._locals[shape] = (local, struct.Struct(layout_text))
            self._define(local, global_num, [f for f, _ in fields], dev_fields)
        local, layout = known
        values = [field.convert(value) for field, value in fields]
        self.body += layout.pack(local, *values, *(raw for *_, raw in dev_fields))

    def _define(
        self,
        local: int,
        global_num: int,
        fields: list[_Field],
        dev_fields: Sequence[tuple[int, int, int, bytes]],
    ) -> None:
        header = 0x40 | local | (0x20 if dev_fields else 0)
        self.body += struct.pack("<BBBHB", header, 0, 0, global_num, len(fields))
        for field in fields:
            self.body += struct.pack("<BBB", field.number, field.byte_size, field.base[0])
        if dev_fields:
            self.body.append(len(dev_fields))
            for number, size, index, _ in dev_fields:
                self.body += struct.pack("<BBB", number, size, index)

    def to_bytes(self) -> bytes:
        header = struct.pack(
            "<BBHI4s", 14, PROTOCOL_VERSION, PROFILE_VERSION, len(self.body), b".FIT"
        )
        header += struct.pack("<H", fit_crc(header))
        data = header + bytes(self.body)
        return data + struct.pack("<H", fit_crc(data))


# timestamp, distance (cm), speed (mm/s), grade (0.01 %): made once, records are the bulk
_RECORD_FIELDS = (_Field(253, UINT32), _Field(5, UINT32), _Field(6, UINT16), _Field(9, SINT16))
# The belt's samples: the same and heart_rate (bpm)
_SAMPLE_FIELDS = (*_RECORD_FIELDS, _Field(3, UINT8))


def lap_names(segments: Sequence[SegmentRecord]) -> list[str]:
    """ "Fwd 1", "Back 1", "Fwd 2", "Rest 1", "Station 1", "Turn 1": numbered per kind, in walk
    order."""
    short = {
        "forward": "Fwd",
        "backward": "Back",
        "rest": "Rest",
        "station": "Station",
        "turn": "Turn",
    }
    counts: dict[str, int] = {}
    names = []
    for segment in segments:
        counts[segment.kind] = counts.get(segment.kind, 0) + 1
        names.append(f"{short.get(segment.kind, segment.kind.title())} {counts[segment.kind]}")
    return names


def _intensity(segment: SegmentRecord) -> int:
    # A turn on a slow belt is a recovery, not work: watches should not count it as a lap's effort.
    return INTENSITY_REST if segment.kind in ("rest", "turn") else INTENSITY_ACTIVE


def session_to_fit(session: SessionRecord) -> bytes:
    """The session as a FIT activity file. Raises ValueError for a session with no segments."""
    if not session.segments:
        message = translate("Storage", "session {id} has no recorded segments; nothing to export")
        raise ValueError(message.format(id=session.id))
    starts = session.segment_start_times()
    names = lap_names(session.segments)
    start_fit = fit_time(session.started_at)
    total_s = sum(s.actual_s for s in session.segments)
    end_fit = fit_time(starts[-1]) + int(round(session.segments[-1].actual_s))
    end_fit = max(end_fit, start_fit + int(round(total_s)))
    total_m = session.distance_km * 1000.0
    # Heart-rate fields only in a file that has a heart rate: one without is as it ever was.
    with_hr = session.hr_max_bpm is not None or any(
        s.hr_max_bpm is not None for s in session.segments
    )
    fit = _FitBuilder()

    fit.message(
        MESG_FILE_ID,
        [
            (_Field(0, ENUM), 4),  # type: activity
            (_Field(1, UINT16), 255),  # manufacturer: development
            (_Field(2, UINT16), 0),
            (_Field(4, UINT32), start_fit),
            (_Field(8, STRING, 16), "WalkCoach"),
        ],
    )
    fit.message(
        MESG_DEVELOPER_DATA_ID,
        [(_Field(1, BYTE, 16), WALKCOACH_APP_ID), (_Field(3, UINT8), 0)],
    )
    fit.message(
        MESG_FIELD_DESCRIPTION,
        [
            (_Field(0, UINT8), 0),  # developer_data_index
            (_Field(1, UINT8), 0),  # field_definition_number
            (_Field(2, UINT8), STRING[0]),  # fit_base_type_id
            (_Field(3, STRING, 16), "lap_name"),
            (_Field(14, UINT16), MESG_LAP),  # native_mesg_num: lives on laps
        ],
    )
    fit.message(
        MESG_WORKOUT,
        [
            (_Field(4, ENUM), SPORT_WALKING),
            (_Field(6, UINT16), len(session.segments)),
            (_Field(8, STRING, WORKOUT_NAME_CHARS), session.program_name or session.program_id),
            (_Field(11, ENUM), SUB_SPORT_TREADMILL),
        ],
    )
    for index, (segment, name) in enumerate(zip(session.segments, names, strict=True)):
        fit.message(
            MESG_WORKOUT_STEP,
            [
                (_Field(254, UINT16), index),
                (_Field(0, STRING, LAP_NAME_CHARS), name),
                (_Field(1, ENUM), STEP_DURATION_TIME),
                (_Field(2, UINT32), segment.planned_s * 1000),  # duration_time, ms
                (_Field(3, ENUM), STEP_TARGET_OPEN),
                (_Field(7, ENUM), _intensity(segment)),
            ],
        )

    fit.message(MESG_EVENT, _timer_event(start_fit, EVENT_TYPE_START))

    distance_m = 0.0
    belt = _belt_records(session.samples, total_s)
    for index, (segment, start, name) in enumerate(
        zip(session.segments, starts, names, strict=True)
    ):
        seg_start_s = (start - session.started_at).total_seconds()
        seg_m = segment.distance_km * 1000.0
        speed_ms = segment.walked_speed_kmh / 3.6 if segment.actual_s > 0 else 0.0
        last = index == len(session.segments) - 1
        if belt:
            for at_s, sample, sample_m in belt:
                inside = seg_start_s <= at_s < seg_start_s + segment.actual_s
                if inside or (last and at_s >= seg_start_s):
                    fit.message(
                        MESG_RECORD,
                        list(
                            zip(
                                _SAMPLE_FIELDS,
                                _sample_values(start_fit, at_s, sample, sample_m),
                                strict=True,
                            )
                        ),
                    )
        offsets = [] if belt else planned_offsets_s(segment.actual_s, RECORD_EVERY_S)
        for offset_s in offsets:
            fraction = offset_s / segment.actual_s if segment.actual_s > 0 else 0.0
            fit.message(
                MESG_RECORD,
                list(
                    zip(
                        _RECORD_FIELDS,
                        (
                            start_fit + int(round(seg_start_s + offset_s)),
                            (distance_m + seg_m * fraction) * 100,
                            speed_ms * 1000,
                            segment.incline_pct * 100,
                        ),
                        strict=True,
                    )
                ),
            )
        lap_start_fit = start_fit + int(round(seg_start_s))
        lap_end_fit = start_fit + int(round(seg_start_s + segment.actual_s))
        fit.message(
            MESG_LAP,
            [
                (_Field(254, UINT16), index),
                (_Field(253, UINT32), lap_end_fit),
                (_Field(0, ENUM), EVENT_LAP),
                (_Field(1, ENUM), EVENT_TYPE_STOP),
                (_Field(2, UINT32), lap_start_fit),
                (_Field(7, UINT32), segment.actual_s * 1000),
                (_Field(8, UINT32), segment.actual_s * 1000),
                (_Field(9, UINT32), seg_m * 100),
                (_Field(11, UINT16), segment.kcal),
                (_Field(13, UINT16), speed_ms * 1000),
                (_Field(23, ENUM), _intensity(segment)),
                (_Field(24, ENUM), 0),  # lap_trigger: manual
                (_Field(25, ENUM), SPORT_WALKING),
                (_Field(39, ENUM), SUB_SPORT_TREADMILL),
                (_Field(45, SINT16), segment.walked_incline_pct * 100),
                (_Field(71, UINT16), index),  # wkt_step_index -> the step named like the lap
                *_heart_rate_fields(with_hr, 15, segment.hr_mean_bpm, segment.hr_max_bpm),
            ],
            dev_fields=[(0, LAP_NAME_CHARS, 0, _fit_string(name, LAP_NAME_CHARS))],
        )
        distance_m += seg_m

    fit.message(MESG_EVENT, _timer_event(end_fit, EVENT_TYPE_STOP_ALL))
    fit.message(
        MESG_SESSION,
        [
            (_Field(254, UINT16), 0),
            (_Field(253, UINT32), end_fit),
            (_Field(0, ENUM), EVENT_SESSION),
            (_Field(1, ENUM), EVENT_TYPE_STOP),
            (_Field(2, UINT32), start_fit),
            (_Field(5, ENUM), SPORT_WALKING),
            (_Field(6, ENUM), SUB_SPORT_TREADMILL),
            (_Field(7, UINT32), total_s * 1000),
            (_Field(8, UINT32), total_s * 1000),
            (_Field(9, UINT32), total_m * 100),
            (_Field(11, UINT16), session.kcal),
            (_Field(14, UINT16), (total_m / total_s * 1000) if total_s > 0 else 0),
            (_Field(25, UINT16), 0),  # first_lap_index
            (_Field(26, UINT16), len(session.segments)),
            (_Field(28, ENUM), 0),  # trigger: activity_end
            *_heart_rate_fields(with_hr, 16, session.hr_mean_bpm, session.hr_max_bpm),
        ],
    )
    # local_timestamp: the wall clock of this computer's time zone at the end of the session
    offset = session.started_at.astimezone().utcoffset()
    local_offset_s = int(offset.total_seconds()) if offset else 0
    fit.message(
        MESG_ACTIVITY,
        [
            (_Field(253, UINT32), end_fit),
            (_Field(0, UINT32), total_s * 1000),
            (_Field(1, UINT16), 1),
            (_Field(2, ENUM), 0),  # type: manual
            (_Field(3, ENUM), EVENT_ACTIVITY),
            (_Field(4, ENUM), EVENT_TYPE_STOP),
            (_Field(5, UINT32), end_fit + local_offset_s),
        ],
    )
    return fit.to_bytes()


def _belt_records(
    samples: Sequence[BeltSample], total_s: float
) -> list[tuple[float, BeltSample, float]]:
    """(whole second, sample, metres since the first sample): the latest sample of each second
    within the session's time, in time order (FIT times are whole seconds)."""
    if not samples:
        return []
    ordered = sorted(samples, key=lambda s: s.at_s)
    metres = cumulative_distances_m(ordered)
    by_second: dict[int, tuple[float, BeltSample, float]] = {}
    for sample, sample_m in zip(ordered, metres, strict=True):
        if 0 <= sample.at_s <= total_s + 0.5:
            second = int(round(sample.at_s))
            by_second[second] = (float(second), sample, sample_m)
    return [by_second[k] for k in sorted(by_second)]


def _sample_values(
    start_fit: int, at_s: float, sample: BeltSample, sample_m: float
) -> tuple[Any, ...]:
    speed = sample.speed_kmh
    incline = sample.incline_pct
    return (
        start_fit + int(at_s),
        sample_m * 100,
        None if speed is None else speed / 3.6 * 1000,
        None if incline is None else incline * 100,
        sample.heart_rate_bpm,
    )


def _heart_rate_fields(
    with_hr: bool, avg_number: int, mean_bpm: float | None, max_bpm: int | None
) -> list[tuple[_Field, object]]:
    """avg_heart_rate and max_heart_rate (field ``avg_number`` and the next: 15/16 on a lap,
    16/17 on the session), bpm; FIT's "invalid" for a lap without one, nothing at all in a file
    without heart rate."""
    if not with_hr:
        return []
    return [(_Field(avg_number, UINT8), mean_bpm), (_Field(avg_number + 1, UINT8), max_bpm)]


def _timer_event(timestamp: int, event_type: int) -> list[tuple[_Field, object]]:
    return [
        (_Field(253, UINT32), timestamp),
        (_Field(0, ENUM), EVENT_TIMER),
        (_Field(1, ENUM), event_type),
    ]


def fit_timestamp_to_datetime(value: int) -> datetime:
    return datetime.fromtimestamp(value + FIT_EPOCH_UNIX_S, UTC)

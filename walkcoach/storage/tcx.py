"""TCX (Garmin TrainingCenterDatabase v2) for one session: one Lap per segment.

The schema's sports are Running, Biking and Other; walking is "Other" (Garmin Connect and Strava
both import it, and the user can set the type to walking there). Each lap has its start time,
time, distance (belt speed x time), calories, Intensity (Resting for rests, Active otherwise),
TriggerMethod Manual, a Track of Trackpoints (time and cumulative distance, every few seconds and
at the segment's ends) and Notes naming the direction, speed and incline. Segments are laid end to
end from the session's start (pauses are not recorded per segment).

With a treadmill linked the distances are what the belt measured, and the trackpoints are its
samples, one a second (time, distance walked since the start with the machine's resets handled,
heart rate when there is one); the notes add the measured figures. A lap with a heart rate
recorded carries its mean and maximum (AverageHeartRateBpm, MaximumHeartRateBpm); one without
has neither element (never an empty or 0 bpm one). A lap the belt sent nothing
for has no Track (the schema wants at least one Trackpoint in a Track).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

from walkcoach import __version__
from walkcoach.core.i18n import translate
from walkcoach.core.measured import cumulative_distances_m, planned_offsets_s
from walkcoach.core.records import SegmentRecord, SessionRecord
from walkcoach.storage.fit import lap_names

TCD_NS = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{TCD_NS} http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd"
TRACKPOINT_EVERY_S = 5.0

# Characters XML 1.0 cannot carry at all (user notes may hold anything).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_KIND_WORDS = {
    "forward": "Forward",
    "backward": "Backward",
    "rest": "Rest",
    "station": "Station",
    "turn": "Turn",
}


def tcx_time(moment: datetime) -> str:
    """xsd:dateTime in UTC with a Z, milliseconds only when there are any."""
    moment = moment.astimezone(UTC)
    spec = "milliseconds" if moment.microsecond else "seconds"
    return moment.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def _clean(text: str) -> str:
    return _XML_INVALID.sub("", text)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{TCD_NS}}}{tag}", attrs)
    if text is not None:
        element.text = _clean(text)
    return element


def _num(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}"


def _tcx_bpm(bpm: float) -> int:
    """A whole number of beats a minute the schema accepts (an unsigned byte, 1 or more)."""
    return min(255, max(1, round(bpm)))


def lap_note(name: str, segment: SegmentRecord) -> str:
    """E.g. "Back 2: backward, 2.5 km/h, 5 % incline"; "(skipped)" / "(cut short)" when so."""
    parts = [f"{name}: {_KIND_WORDS.get(segment.kind, segment.kind).lower()}"]
    if segment.speed_kmh:
        parts.append(f"{segment.speed_kmh:g} km/h")
    if segment.incline_pct:
        parts.append(f"{segment.incline_pct:g} % incline")
    note = ", ".join(parts)
    if segment.measured:
        measured = [f"{segment.distance_km * 1000:.0f} m"]
        if segment.measured_speed_kmh is not None:
            measured.append(f"{segment.measured_speed_kmh:.1f} km/h")
        if segment.measured_incline_pct is not None:
            measured.append(f"{segment.measured_incline_pct:.1f} % incline")
        note += f"; the belt measured {', '.join(measured)}"
    if segment.skipped:
        note += " (skipped)"
    elif segment.partial:
        note += " (cut short: the app stopped during this segment)"
    return note


def session_notes(session: SessionRecord) -> str:
    lines = [f"WalkCoach: {session.program_name or session.program_id} ({session.status})"]
    if session.rpe is not None:
        lines.append(f"Effort (RPE): {session.rpe}/10")
    if session.pain:
        lines.append("Pain reported")
    if session.notes:
        lines.append(session.notes)
    return "\n".join(lines)


def session_to_tcx(session: SessionRecord) -> bytes:
    """The session as TCX (UTF-8 bytes). Raises ValueError for a session with no segments
    (the schema needs at least one lap)."""
    if not session.segments:
        message = translate("Storage", "session {id} has no recorded segments; nothing to export")
        raise ValueError(message.format(id=session.id))
    ET.register_namespace("", TCD_NS)
    ET.register_namespace("xsi", XSI_NS)
    root = ET.Element(f"{{{TCD_NS}}}TrainingCenterDatabase")
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    activity = _sub(_sub(root, "Activities"), "Activity", Sport="Other")
    _sub(activity, "Id", tcx_time(session.started_at))

    distance_m = 0.0
    starts = session.segment_start_times()
    names = lap_names(session.segments)
    samples = sorted(session.samples, key=lambda s: s.at_s)
    sample_m = cumulative_distances_m(samples)
    for index, (segment, start, name) in enumerate(
        zip(session.segments, starts, names, strict=True)
    ):
        seg_m = segment.distance_km * 1000.0
        seg_start_s = (start - session.started_at).total_seconds()
        last = index == len(session.segments) - 1
        mine = [
            i
            for i, sample in enumerate(samples)
            if seg_start_s <= sample.at_s < seg_start_s + segment.actual_s
            or (last and sample.at_s >= seg_start_s)
        ]
        lap = _sub(activity, "Lap", StartTime=tcx_time(start))
        _sub(lap, "TotalTimeSeconds", _num(segment.actual_s, 3))
        _sub(lap, "DistanceMeters", _num(seg_m))
        top_kmh = max((samples[i].speed_kmh or 0.0 for i in mine), default=segment.speed_kmh)
        if top_kmh > 0:
            _sub(lap, "MaximumSpeed", _num(top_kmh / 3.6, 3))
        _sub(lap, "Calories", str(min(65535, max(0, round(segment.kcal)))))
        # Only a lap with a heart rate gets the elements (the schema's order: after Calories).
        for tag, bpm in (
            ("AverageHeartRateBpm", segment.hr_mean_bpm),
            ("MaximumHeartRateBpm", segment.hr_max_bpm),
        ):
            if bpm is not None:
                _sub(_sub(lap, tag), "Value", str(_tcx_bpm(bpm)))
        _sub(lap, "Intensity", "Resting" if segment.kind in ("rest", "turn") else "Active")
        _sub(lap, "TriggerMethod", "Manual")
        if samples:  # the belt's own samples
            if mine:
                track = _sub(lap, "Track")
            for i in mine:
                point = _sub(track, "Trackpoint")
                moment = session.started_at + timedelta(seconds=samples[i].at_s)
                _sub(point, "Time", tcx_time(moment))
                _sub(point, "DistanceMeters", _num(sample_m[i]))
                if samples[i].heart_rate_bpm is not None:
                    _sub(_sub(point, "HeartRateBpm"), "Value", str(samples[i].heart_rate_bpm))
            _sub(lap, "Notes", lap_note(name, segment))
            distance_m += seg_m
            continue
        track = _sub(lap, "Track")
        for offset_s in planned_offsets_s(segment.actual_s, TRACKPOINT_EVERY_S):
            fraction = offset_s / segment.actual_s if segment.actual_s > 0 else 0.0
            point = _sub(track, "Trackpoint")
            _sub(point, "Time", tcx_time(start + timedelta(seconds=offset_s)))
            _sub(point, "DistanceMeters", _num(distance_m + seg_m * fraction))
        _sub(lap, "Notes", lap_note(name, segment))
        distance_m += seg_m

    _sub(activity, "Notes", session_notes(session))
    _author(root)
    ET.indent(root, space=" ")
    text: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return text + b"\n"


def _author(root: ET.Element) -> None:
    author = _sub(root, "Author")
    author.set(f"{{{XSI_NS}}}type", "Application_t")
    _sub(author, "Name", "WalkCoach")
    version = _sub(_sub(author, "Build"), "Version")
    numbers = [int(p) if p.isdigit() else 0 for p in __version__.split(".")[:2]] + [0, 0]
    _sub(version, "VersionMajor", str(numbers[0]))
    _sub(version, "VersionMinor", str(numbers[1]))
    _sub(author, "LangID", "en")
    _sub(author, "PartNumber", "000-00000-00")  # the schema wants one; WalkCoach has no Garmin part

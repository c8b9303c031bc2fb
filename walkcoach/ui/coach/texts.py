"""The coach screens' words in one place: directions, targets, next preview (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from walkcoach.core.program import PlannedSegment, Segment, format_duration
from walkcoach.core.units import kmh_to_mph

_CONTEXT = "CoachTexts"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def speed_text(speed_kmh: float, units: str) -> str:
    if units == "mph":
        return tr("{value} mph").format(value=f"{kmh_to_mph(speed_kmh):.1f}")
    return tr("{value} km/h").format(value=f"{speed_kmh:.1f}")


def incline_text(incline_pct: float) -> str:
    return tr("{value} % incline").format(value=f"{incline_pct:g}")


def headline(segment: Segment) -> str:
    """The big word: FORWARD, BACKWARD, REST or the station's own label."""
    if segment.kind == "forward":
        return tr("FORWARD")
    if segment.kind == "backward":
        return tr("BACKWARD")
    if segment.kind == "rest":
        return tr("REST")
    if segment.kind == "turn":  # never a rest, never the station fallback
        return tr("TURN")
    return (segment.label or tr("STATION")).upper()


def direction_word(direction: str) -> str:
    """The big word of a walking direction ("forward" or "backward")."""
    return tr("BACKWARD") if direction == "backward" else tr("FORWARD")


TARGETS_SEPARATOR = "  ·\u00a0\u00a0"


def targets_text(segment: Segment, units: str) -> str:
    """What to set on the treadmill: speed, incline, cadence.

    The incline shows for every segment that has one (a rest or a turn on a slope too), and for
    every walking segment even at 0 %, so the line always says where the deck should be.
    """
    parts: list[str] = []
    if segment.kind == "turn":
        parts.append(tr("Belt slow: {speed}").format(speed=speed_text(segment.speed_kmh, units)))
    elif segment.is_walking or segment.speed_kmh:
        parts.append(speed_text(segment.speed_kmh, units))
    elif segment.kind == "rest":
        parts.append(tr("belt slow or stopped"))
    elif segment.kind == "turn":  # a turn on a stopped belt: the user stays on it
        parts.append(tr("belt stopped, hold the rails"))
    else:
        parts.append(tr("belt stopped, step off safely"))
    if segment.is_walking or segment.incline_pct:
        parts.append(incline_text(segment.incline_pct))
    if segment.cadence_spm:
        # Held together (no-break space, word joiner after the slash): a wrapped targets line
        # must not leave "110 steps/" above "min".
        cadence = tr("{value} steps/min").format(value=segment.cadence_spm)
        parts.append(cadence.replace(" ", "\u00a0").replace("/", "/\u2060"))
    # The "·" leads each later part (no-break spaces after it), so a wrapped line starts with
    # one instead of ending with it -- as the turn steps do with "›".
    return TARGETS_SEPARATOR.join(parts)


def first_text(segment: Segment, units: str) -> str:
    """Before the start, what to set for the first segment: ``First: 4.0 km/h  ·  2 % incline``
    (its direction shows in the glyph during the get-ready count)."""
    return tr("First: {targets}").format(targets=targets_text(segment, units))


def turn_steps() -> tuple[str, ...]:
    """What to do during a turn, in order, after slowing the belt (the targets line says to)."""
    return (tr("Hold the rails"), tr("Turn round"), tr("Find your footing"))


def belt_wait_steps() -> tuple[str, ...]:
    """A turn while a linked belt still slows down to the turn speed."""
    return (tr("Keep walking"), tr("Hold the rails"), tr("Turn when told"))


def segment_summary(segment: Segment, units: str) -> str:
    """One line for previews: ``Backward 2:00 at 3.2 km/h, 5 % incline``."""
    title = segment.title() if segment.kind == "station" else headline(segment).capitalize()
    text = f"{title} {format_duration(segment.duration_s)}"
    if segment.is_walking or segment.kind == "turn":
        text += tr(" at {speed}, {incline}").format(
            speed=speed_text(segment.speed_kmh, units), incline=incline_text(segment.incline_pct)
        )
    return text


def next_text(next_planned: PlannedSegment | None, units: str) -> str:
    if next_planned is None:
        return tr("Next: finish")
    return tr("Next: {summary}").format(summary=segment_summary(next_planned.segment, units))


def minutes_text(seconds: float) -> str:
    minutes = seconds / 60.0
    return tr("{value} min").format(
        value=f"{minutes:.0f}" if minutes >= 10 else f"{minutes:.1f}".rstrip("0").rstrip(".")
    )

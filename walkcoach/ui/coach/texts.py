"""The coach screens' words in one place: directions, targets, next preview (translatable).

Figures carry the locale's decimal point ("4,0 km/h" in German). ``builtin`` says the segment
belongs to one of WalkCoach's own programs: its label is then shown translated, a user's label
as typed (walkcoach.ui.resource_text).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from walkcoach.core.program import PlannedSegment, Segment, format_duration
from walkcoach.core.units import kmh_to_mph
from walkcoach.ui.locale_text import decimal, number
from walkcoach.ui.resource_text import segment_label


def speed_text(speed_kmh: float, units: str) -> str:
    if units == "mph":
        return QCoreApplication.translate("CoachTexts", "{value} mph").format(
            value=decimal(kmh_to_mph(speed_kmh), 1)
        )
    return QCoreApplication.translate("CoachTexts", "{value} km/h").format(
        value=decimal(speed_kmh, 1)
    )


def incline_text(incline_pct: float) -> str:
    return QCoreApplication.translate("CoachTexts", "{value} % incline").format(
        value=number(incline_pct)
    )


def headline(segment: Segment, builtin: bool = False) -> str:
    """The big word: FORWARD, BACKWARD, REST or the station's own label."""
    if segment.kind == "forward":
        return QCoreApplication.translate("CoachTexts", "FORWARD")
    if segment.kind == "backward":
        return QCoreApplication.translate("CoachTexts", "BACKWARD")
    if segment.kind == "rest":
        return QCoreApplication.translate("CoachTexts", "REST")
    if segment.kind == "turn":  # never a rest, never the station fallback
        return QCoreApplication.translate("CoachTexts", "TURN")
    label = segment_label(segment, builtin)
    return (label or QCoreApplication.translate("CoachTexts", "STATION")).upper()


def segment_title(segment: Segment, builtin: bool = False) -> str:
    """Short name for a segment: its label, else its kind's word ("Backward")."""
    return segment_label(segment, builtin) or headline(segment).capitalize()


def direction_word(direction: str) -> str:
    """The big word of a walking direction ("forward" or "backward")."""
    return (
        QCoreApplication.translate("CoachTexts", "BACKWARD")
        if direction == "backward"
        else QCoreApplication.translate("CoachTexts", "FORWARD")
    )


TARGETS_SEPARATOR = "  ·\u00a0\u00a0"


def targets_text(segment: Segment, units: str) -> str:
    """What to set on the treadmill: speed, incline, cadence.

    The incline shows for every segment that has one (a rest or a turn on a slope too), and for
    every walking segment even at 0 %, so the line always says where the deck should be.
    """
    parts: list[str] = []
    if segment.kind == "turn":
        parts.append(
            QCoreApplication.translate("CoachTexts", "Belt slow: {speed}").format(
                speed=speed_text(segment.speed_kmh, units)
            )
        )
    elif segment.is_walking or segment.speed_kmh:
        parts.append(speed_text(segment.speed_kmh, units))
    elif segment.kind == "rest":
        parts.append(QCoreApplication.translate("CoachTexts", "belt slow or stopped"))
    elif segment.kind == "turn":  # a turn on a stopped belt: the user stays on it
        parts.append(QCoreApplication.translate("CoachTexts", "belt stopped, hold the rails"))
    else:
        parts.append(QCoreApplication.translate("CoachTexts", "belt stopped, step off safely"))
    if segment.is_walking or segment.incline_pct:
        parts.append(incline_text(segment.incline_pct))
    if segment.cadence_spm:
        # Held together (no-break space, word joiner after the slash): a wrapped targets line
        # must not leave "110 steps/" above "min".
        cadence = QCoreApplication.translate("CoachTexts", "{value} steps/min").format(
            value=segment.cadence_spm
        )
        parts.append(cadence.replace(" ", "\u00a0").replace("/", "/\u2060"))
    # The "·" leads each later part (no-break spaces after it), so a wrapped line starts with
    # one instead of ending with it -- as the turn steps do with "›".
    return TARGETS_SEPARATOR.join(parts)


def first_text(segment: Segment, units: str) -> str:
    """Before the start, what to set for the first segment: ``First: 4.0 km/h  ·  2 % incline``
    (its direction shows in the glyph during the get-ready count)."""
    return QCoreApplication.translate("CoachTexts", "First: {targets}").format(
        targets=targets_text(segment, units)
    )


def turn_steps() -> tuple[str, ...]:
    """What to do during a turn, in order, after slowing the belt (the targets line says to)."""
    return (
        QCoreApplication.translate("CoachTexts", "Hold the rails"),
        QCoreApplication.translate("CoachTexts", "Turn round"),
        QCoreApplication.translate("CoachTexts", "Find your footing"),
    )


def belt_wait_steps() -> tuple[str, ...]:
    """A turn while a linked belt still slows down to the turn speed."""
    return (
        QCoreApplication.translate("CoachTexts", "Keep walking"),
        QCoreApplication.translate("CoachTexts", "Hold the rails"),
        QCoreApplication.translate("CoachTexts", "Turn when told"),
    )


def segment_summary(segment: Segment, units: str, builtin: bool = False) -> str:
    """One line for previews: ``Backward 2:00 at 3.2 km/h, 5 % incline``."""
    title = segment_title(segment, builtin) if segment.kind == "station" else None
    title = title or headline(segment).capitalize()
    text = f"{title} {format_duration(segment.duration_s)}"
    if segment.is_walking or segment.kind == "turn":
        text += QCoreApplication.translate("CoachTexts", " at {speed}, {incline}").format(
            speed=speed_text(segment.speed_kmh, units), incline=incline_text(segment.incline_pct)
        )
    return text


def next_text(next_planned: PlannedSegment | None, units: str, builtin: bool = False) -> str:
    if next_planned is None:
        return QCoreApplication.translate("CoachTexts", "Next: finish")
    return QCoreApplication.translate("CoachTexts", "Next: {summary}").format(
        summary=segment_summary(next_planned.segment, units, builtin)
    )


def minutes_text(seconds: float) -> str:
    minutes = seconds / 60.0
    return QCoreApplication.translate("CoachTexts", "{value} min").format(
        value=f"{minutes:.0f}" if minutes >= 10 else number(float(f"{minutes:.1f}"))
    )

"""Short dates in the core's explanations ("Mon 03 Dec", "03 Dec") in the loaded language.

strftime's %a and %b give the C locale's English names whatever the language of the screen, so
the names are marked here and translated, and the order of day, month and weekday is the
translation's (a template per format). Untranslated the text is what ``f"{day:%a %d %b}"`` gave.
"""

from __future__ import annotations

from datetime import date

from walkcoach.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT_DATES = "Dates"

WEEKDAYS = (  # date.weekday() order
    QT_TRANSLATE_NOOP("Dates", "Mon"),
    QT_TRANSLATE_NOOP("Dates", "Tue"),
    QT_TRANSLATE_NOOP("Dates", "Wed"),
    QT_TRANSLATE_NOOP("Dates", "Thu"),
    QT_TRANSLATE_NOOP("Dates", "Fri"),
    QT_TRANSLATE_NOOP("Dates", "Sat"),
    QT_TRANSLATE_NOOP("Dates", "Sun"),
)
WEEKDAY_NAMES = (  # in full, as %A wrote them
    QT_TRANSLATE_NOOP("Dates", "Monday"),
    QT_TRANSLATE_NOOP("Dates", "Tuesday"),
    QT_TRANSLATE_NOOP("Dates", "Wednesday"),
    QT_TRANSLATE_NOOP("Dates", "Thursday"),
    QT_TRANSLATE_NOOP("Dates", "Friday"),
    QT_TRANSLATE_NOOP("Dates", "Saturday"),
    QT_TRANSLATE_NOOP("Dates", "Sunday"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "Jan"),
    QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"),
    QT_TRANSLATE_NOOP("Dates", "Apr"),
    # Translators: the month of May, abbreviated like the others (3 letters in English).
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"),
    QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"),
    QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"),
    QT_TRANSLATE_NOOP("Dates", "Dec"),
)


def weekday_day_month(day: date) -> str:
    """``"Mon 03 Dec"``."""
    # Translators: a short date; {day} is the day of the month as two digits ("03").
    template = translate("Dates", "{weekday} {day} {month}")
    return template.format(
        weekday=translate(CONTEXT_DATES, WEEKDAYS[day.weekday()]),
        day=f"{day.day:02d}",
        month=translate(CONTEXT_DATES, MONTHS[day.month - 1]),
    )


def day_month(day: date) -> str:
    """``"03 Dec"``."""
    # Translators: a short date without the weekday; {day} as two digits ("03").
    template = translate("Dates", "{day} {month}")
    return template.format(
        day=f"{day.day:02d}", month=translate(CONTEXT_DATES, MONTHS[day.month - 1])
    )


def weekday_name(day: date) -> str:
    """``"Monday"``."""
    return translate(CONTEXT_DATES, WEEKDAY_NAMES[day.weekday()])

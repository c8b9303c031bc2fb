"""Figures and dates as the locale writes them: "4,0" and "04.03.25" in German.

QLocale's default is the locale install_translations chose (the Preferences' language or the
system's), so everything here follows it, and a test can set another with QLocale.setDefault.

English (and the "C" locale of a bare test run) keeps the formats WalkCoach has always shown
("Tue 04 Mar 2025 08:08", "4.0"): each call names its English strftime format, and the other
languages get their locale's own short date and time instead (a German reader expects
"Di. 04.03.25 08:08", not English month names in an English order).

Figures keep Python's rounding and no thousands separator, whatever the language: only the
decimal point changes, so "4.0" and "4,0" always stand for the same rounded number.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

# A year in a date format, with the separators that tie it to the rest ("/yy", "yyyy-");
# a "." stays: German writes a day and month as "04.03.".
_YEAR_RE = re.compile(r"[\s,/\-]*y+[\s,/\-]*")
_POINT_RE = re.compile(r"(?<=\d)\.(?=\d)")  # a decimal point: between two digits


def decimal(value: float, places: int = 1) -> str:
    """``4.0`` -> ``"4.0"``, ``"4,0"`` in German; never ``"-0.0"``."""
    if not math.isfinite(value):
        return str(value)
    text = f"{value:.{places}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    point = QLocale().decimalPoint()
    return text.replace(".", point) if point != "." else text


def grouped(value: float, places: int = 1) -> str:
    """A large figure with thousands grouped: ``"1,234.5"``, ``"1.234,5"`` in German."""
    locale = QLocale()
    if is_english(locale):
        return f"{value:,.{places}f}"
    text = decimal(value, places)
    point = locale.decimalPoint()
    whole, _, fraction = text.partition(point)
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = [digits[max(0, end - 3) : end] for end in range(len(digits), 0, -3)][::-1]
    whole = sign + locale.groupSeparator().join(groups)
    return f"{whole}{point}{fraction}" if fraction else whole


def number(value: float) -> str:
    """Python's ``:g`` (``2.5`` -> ``"2.5"``, ``3.0`` -> ``"3"``) with the locale's decimal point."""
    text = f"{value:g}"
    point = QLocale().decimalPoint()
    return text.replace(".", point) if point != "." else text


class Figure(float):
    """A number that formats with the locale's decimal point: a translated template keeps its
    own format spec ("{km:.2f} km") and still writes "1,50 km" in German."""

    def __format__(self, spec: str) -> str:
        text = format(float(self), spec)
        point = QLocale().decimalPoint()
        return text.replace(".", point) if point != "." else text


def with_decimal_point(text: str) -> str:
    """A figure the core wrote ("154.3 lb", core.units.weight_text) with the locale's point."""
    point = QLocale().decimalPoint()
    return _POINT_RE.sub(point, text) if point != "." else text


def is_english(locale: QLocale | None = None) -> bool:
    language = (locale or QLocale()).language()
    return language in (QLocale.Language.English, QLocale.Language.C)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_time_text(moment: datetime, english_format: str) -> str:
    """A moment (already in the zone to show) with its weekday, day and time of day."""
    locale = QLocale()
    if is_english(locale):
        return moment.strftime(english_format)
    day = _qdate(moment)
    clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{locale.toString(day, 'ddd')} {locale.toString(day, QLocale.FormatType.ShortFormat)} {clock}"


def date_text(day: date, english_format: str, *, weekday: bool = False) -> str:
    """A day: the locale's short date (with its weekday when ``weekday``)."""
    locale = QLocale()
    if is_english(locale):
        return day.strftime(english_format)
    text = locale.toString(_qdate(day), QLocale.FormatType.ShortFormat)
    return f"{locale.toString(_qdate(day), 'ddd')} {text}" if weekday else text


def month_day_format(locale: QLocale | None = None) -> str:
    """The locale's short date format without the year: "dd.MM." (de), "dd/MM" (fr), "M/d" (US)."""
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return _YEAR_RE.sub("", short) or "d/M"


def month_day_text(day: date, english_format: str, *, weekday: bool = False) -> str:
    """A day of this year or near it: day and month (and weekday), no year."""
    locale = QLocale()
    if is_english(locale):
        return day.strftime(english_format)
    text = locale.toString(_qdate(day), month_day_format(locale))
    return f"{locale.toString(_qdate(day), 'ddd')} {text}" if weekday else text


def weekday_text(day: date) -> str:
    """The weekday's short name ("Tue", "Di.")."""
    locale = QLocale()
    return day.strftime("%a") if is_english(locale) else locale.toString(_qdate(day), "ddd")


def month_text(day: date) -> str:
    """The month's short name ("Mar", "März")."""
    locale = QLocale()
    if is_english(locale):
        return day.strftime("%b")
    return locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)

"""Numbers, durations, speeds and inclines as words a text-to-speech voice reads well: plain English
words, or (``say_*``) digits and translated units for a voice of another language."""

from __future__ import annotations

import math

from walkcoach.core.i18n import (
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    Numerus,
    decimal_point,
    decimal_text,
    english_count,
    spoken_language,
    translate_spoken,
    translate_spoken_count,
)
from walkcoach.core.units import kmh_to_mph

UNITS = ("kmh", "mph")

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = ((1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"))


def number_words(number: int) -> str:
    """``45`` -> ``"forty-five"``, ``1203`` -> ``"one thousand two hundred and three"``."""
    if isinstance(number, bool) or not isinstance(number, int):
        raise TypeError(f"number_words needs a whole number (got {number!r})")
    if number < 0:
        return "minus " + number_words(-number)
    if number >= 1_000_000_000_000:
        raise ValueError(f"number too large to speak: {number}")
    for scale, word in _SCALES:
        if number >= scale:
            high, rest = divmod(number, scale)
            text = f"{number_words(high)} {word}"
            if rest == 0:
                return text
            # British usage, which TTS voices also read naturally: "one thousand and five".
            joiner = " and " if rest < 100 else " "
            return text + joiner + number_words(rest)
    if number >= 100:
        hundreds, rest = divmod(number, 100)
        text = f"{_ONES[hundreds]} hundred"
        return text if rest == 0 else f"{text} and {number_words(rest)}"
    if number >= 20:
        tens, ones = divmod(number, 10)
        return _TENS[tens] if ones == 0 else f"{_TENS[tens]}-{_ONES[ones]}"
    return _ONES[number]


def decimal_words(value: float, places: int = 1) -> str:
    """``2.5`` -> ``"two point five"``, ``3.0`` -> ``"three"``, ``0.25`` (places=2) -> ``"zero point
    two five"``. Rounded to ``places`` decimals; trailing zeros are not spoken."""
    if not math.isfinite(value):
        raise ValueError(f"cannot speak a number that is not finite ({value})")
    if places < 0:
        raise ValueError("places must be 0 or more")
    text = f"{abs(value):.{places}f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    sign = "minus " if value < 0 and (int(whole) or fraction) else ""
    words = sign + number_words(int(whole))
    if fraction:
        words += " point " + " ".join(_ONES[int(digit)] for digit in fraction)
    return words


def _plural(count_words: str, count: float, singular: str, plural: str) -> str:
    return f"{count_words} {singular if count == 1 else plural}"


def duration_words(duration_s: float) -> str:
    """``150`` -> ``"two minutes thirty seconds"``, ``3600`` -> ``"one hour"`` (whole seconds)."""
    if not math.isfinite(duration_s):
        raise ValueError(f"cannot speak a duration that is not finite ({duration_s})")
    total = max(0, round(duration_s))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(_plural(number_words(hours), hours, "hour", "hours"))
    if minutes:
        parts.append(_plural(number_words(minutes), minutes, "minute", "minutes"))
    if seconds or not parts:
        parts.append(_plural(number_words(seconds), seconds, "second", "seconds"))
    return " ".join(parts)


def speed_value(speed_kmh: float, units: str) -> float:
    """The speed in the user's units, rounded to the 0.1 a treadmill display shows."""
    check_units(units)
    value = kmh_to_mph(speed_kmh) if units == "mph" else speed_kmh
    return round(value, 1)


def speed_words(speed_kmh: float, units: str = "kmh") -> str:
    """``4.0, "kmh"`` -> ``"four kilometres per hour"``; ``4.02336, "mph"`` -> ``"two point five
    miles per hour"``."""
    value = speed_value(speed_kmh, units)
    if units == "mph":
        unit = "mile per hour" if value == 1 else "miles per hour"
    else:
        unit = "kilometre per hour" if value == 1 else "kilometres per hour"
    return f"{decimal_words(value)} {unit}"


def incline_words(incline_pct: float) -> str:
    """``4`` -> ``"incline four percent"``, ``-2`` -> ``"decline two percent"``, ``0`` -> ``""``."""
    value = round(incline_pct, 1)
    if value == 0:
        return ""
    word = "incline" if value > 0 else "decline"
    return f"{word} {decimal_words(abs(value))} percent"


def check_units(units: str) -> None:
    if units not in UNITS:
        raise ValueError(f"unknown speed units {units!r} (use 'kmh' or 'mph')")


# ---------------------------------------------------------------------------------------------
# Spoken words in the language of the voice (core.i18n.spoken_language()).
#
# English keeps the words above: the voices read "two point five" more naturally than "2.5".
# The other languages speak figures as digits with the locale's decimal separator ("3,2"): an
# espeak-ng voice reads digits in its own language well, and the words around them (units,
# "%n minute(s)") are marked templates the translators give, with Qt's plural forms.

# Counted texts: Numerus.translate marks them with plural forms (QT_TRANSLATE_NOOP would not).
HOURS = Numerus.translate("Cues", "%n hour(s)", None, 2)
MINUTES = Numerus.translate("Cues", "%n minute(s)", None, 2)
SECONDS = Numerus.translate("Cues", "%n second(s)", None, 2)
#: Joins two parts of a spoken duration, "2 minutes" and "30 seconds" (English says them one after
#: the other; a language may want "and" between them).
DURATION_PARTS = QT_TRANSLATE_NOOP("Cues", "{larger} {smaller}")
#: A speed to be spoken; {value} is a figure such as 3,2.
SPEED_KMH = QT_TRANSLATE_NOOP("Cues", "{value} kilometres per hour")
SPEED_MPH = QT_TRANSLATE_NOOP("Cues", "{value} miles per hour")
#: A speed of exactly one, spoken (the turn speed is often 1 km/h): the unit in the singular.
SPEED_ONE_KMH = QT_TRANSLATE_NOOP("Cues", "1 kilometre per hour")
SPEED_ONE_MPH = QT_TRANSLATE_NOOP("Cues", "1 mile per hour")


def speaks_english() -> bool:
    """Whether the cues are spoken in English (the words above) or in a translation."""
    return spoken_language() == SOURCE_LANGUAGE


def say_number(number: int) -> str:
    """A whole number to be spoken: English words, or digits for a voice of another language."""
    return number_words(number) if speaks_english() else str(number)


def say_decimal(value: float, places: int = 1) -> str:
    """``3.2`` -> ``"three point two"`` in English, ``"3,2"`` (the locale's separator) otherwise;
    trailing zeros are not spoken in either (``4.0`` -> ``"4"``)."""
    if speaks_english():
        return decimal_words(value, places)
    if not math.isfinite(value):
        raise ValueError(f"cannot speak a number that is not finite ({value})")
    text = decimal_text(value, places)
    point = decimal_point()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def say_count(context: str, text: str, count: int) -> str:
    """A counted template (``"%n minute(s)"``) in the voice's language; in English the count is
    said in words ("two minutes")."""
    if speaks_english():
        return english_count(text.replace("%n", number_words(count)), count)
    return translate_spoken_count(context, text, count)


def say_duration(duration_s: float) -> str:
    """``150`` -> ``"two minutes thirty seconds"`` in English (as ``duration_words``), or the
    translated "%n minute(s)" parts with digits ("2 Minuten 30 Sekunden")."""
    if not math.isfinite(duration_s):
        raise ValueError(f"cannot speak a duration that is not finite ({duration_s})")
    total = max(0, round(duration_s))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(say_count("Cues", HOURS, hours))
    if minutes:
        parts.append(say_count("Cues", MINUTES, minutes))
    if seconds or not parts:
        parts.append(say_count("Cues", SECONDS, seconds))
    joiner = translate_spoken("Cues", DURATION_PARTS)
    text = parts[-1]
    for part in reversed(parts[:-1]):
        text = joiner.format(larger=part, smaller=text)
    return text


def say_speed(speed_kmh: float, units: str = "kmh") -> str:
    """``speed_words`` in English; ``"3,2 kilometres per hour"`` translated otherwise."""
    if speaks_english():
        return speed_words(speed_kmh, units)
    value = say_decimal(speed_value(speed_kmh, units))
    if value == "1":  # "1 kilometres per hour" in the plural template
        return translate_spoken("Cues", SPEED_ONE_MPH if units == "mph" else SPEED_ONE_KMH)
    template = SPEED_MPH if units == "mph" else SPEED_KMH
    return translate_spoken("Cues", template).format(value=value)

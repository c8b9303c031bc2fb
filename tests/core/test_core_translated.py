"""The text the Qt-free core composes (program checks, editor problems and undo steps, plan and
progression explanations) goes through the translation hook whole: with a pseudo translator that
brackets every text, nothing English is left outside the brackets."""

from __future__ import annotations

import re

import pytest

from walkcoach.core import i18n
from walkcoach.core.editing import (
    ProgramDocument,
    describe_problem,
    message_in_units,
    new_program_data,
    parse_duration_text,
    program_warnings,
)
from walkcoach.core.program import ProgramError, loads_program, parse_program


def pseudo(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Every text in [ ]; a counted one with its count filled in (as Qt does)."""
    if n >= 0:
        text = i18n.english_count(text, n)
    return f"[{text}]"


@pytest.fixture
def bracketed():
    i18n.set_translator(pseudo)
    yield
    i18n.reset()


def outside_brackets(text: str) -> str:
    """What is left of ``text`` once every [ ... ] (nested too) is taken out."""
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\[[^\[\]]*\]", "", text)
    return text


def assert_all_translated(text: str) -> None:
    assert text.startswith("[") and text.endswith("]"), text
    assert not re.search(r"[A-Za-z]", outside_brackets(text)), text


BAD_PROGRAM = {
    "format": "walkcoach-program",
    "version": 1,
    "name": "",
    "level": "expert",
    "colour": "red",
    "main": [
        {"kind": "forward", "duration_s": 2, "speed_kmh": 40},
        {"kind": "turn", "duration_s": 300, "speed_kmh": 3},
        {"kind": "rest", "duration_s": 60, "speed_kmh": 0.1},
        {"kind": "station", "duration_s": 60, "until_confirmed": "yes"},
        {"kind": "backward", "duration_s": 60},
        {"kind": "jump"},
        {"repeat": 0.5, "segments": []},
    ],
    "warmup": [{"repeat": 2, "segments": []}],
}


def test_every_program_check_message_is_translated_whole(bracketed):
    with pytest.raises(ProgramError) as caught:
        parse_program(BAD_PROGRAM)
    problems = caught.value.problems
    assert len(problems) > 12
    for problem in problems:
        assert_all_translated(problem.message)
        assert_all_translated(describe_problem(problem))
    # The summary's "(and 14 more problems)" is one counted text around the first problem.
    assert_all_translated(caught.value.summary())


@pytest.mark.parametrize(
    "text",
    ["", "{", '{"format": "walkcoach-program"}', "[1]", '{"main": [], "main": []}'],
)
def test_file_level_messages_are_translated(bracketed, text):
    with pytest.raises(ProgramError) as caught:
        loads_program(text)
    for problem in caught.value.problems:
        assert_all_translated(str(problem) if problem.where else problem.message)


def test_english_is_unchanged_without_a_translator():
    with pytest.raises(ProgramError) as caught:
        loads_program('{"format": "walkcoach-program", "version": 1, "name": "x", "main": []}')
    assert str(caught.value) == "main: must hold at least one segment"
    data = {**BAD_PROGRAM, "warmup": []}
    with pytest.raises(ProgramError) as caught:
        parse_program(data)
    assert caught.value.summary().endswith("(and 14 more problems)")


def test_editor_warnings_places_and_undo_steps_are_translated(bracketed):
    data = new_program_data()
    data["level"] = "beginner"
    data["main"] = [
        {"kind": "forward", "duration_s": 120, "speed_kmh": 4.0},
        {"kind": "backward", "duration_s": 120, "speed_kmh": 4.5, "incline_pct": 12},
    ]
    warnings = program_warnings(data)
    assert len(warnings) == 4  # no turn into and out of the backward stretch, too fast, too steep
    for warning in warnings:
        assert_all_translated(describe_problem(warning, "mph"))

    document = ProgramDocument(data)
    document.set_field(("main", 0), "speed_kmh", 4.5)
    assert_all_translated(document.undo_text)
    document.remove([("main", 0), ("main", 1)])
    assert document.undo_text == "[Remove 2 items]"
    with pytest.raises(ValueError) as caught:
        parse_duration_text("2:75")
    assert_all_translated(str(caught.value))


def test_figures_use_the_locales_decimal_point_also_in_mph():
    i18n.set_decimal_point(",")
    try:
        with pytest.raises(ProgramError) as caught:
            parse_program(
                {**BAD_PROGRAM, "main": [{"kind": "backward", "duration_s": 60, "speed_kmh": 25.5}]}
            )
        message = caught.value.problems[-1].message
        assert message == "must be between 0,5 and 20 km/h (got 25,5)"
        assert message_in_units(message, "speed_kmh", "mph") == (
            "must be between 0,3 and 12,4 mph (got 15,8)"
        )
    finally:
        i18n.reset()

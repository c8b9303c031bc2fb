"""Body diagram SVGs and bodymap: contract ids per view, exact recolouring, a monotone colour scale."""

from __future__ import annotations

import importlib.util
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from walkcoach import resources
from walkcoach.core import bodymap
from walkcoach.core.bodymap import (
    NEUTRAL_COLOUR,
    activation_colour,
    hex_to_oklab,
    muscle_elements,
    muscle_ids_in_svg,
    parse_path_data,
    recolour_svg,
)
from walkcoach.core.muscles import load_model

FRONT_IDS = {
    "rectus_femoris",
    "vastus_lateralis",
    "vastus_medialis",
    "tibialis_anterior",
    "peroneals",
    "hip_flexors",
    "hip_adductors",
    "rectus_abdominis",
    "obliques",
    "deltoids",
}
BACK_IDS = {
    "gluteus_maximus",
    "gluteus_medius",
    "biceps_femoris",
    "semitendinosus",
    "gastrocnemius",
    "soleus",
    "erector_spinae",
}
SVG_NS = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parents[2]


def svg(view: str) -> str:
    return resources.read_text(f"body/{view}.svg")


def elements_by_id(svg_text: str) -> dict[str, ET.Element]:
    return {e.get("id"): e for e in ET.fromstring(svg_text).iter() if e.get("id")}


def lch(colour: str) -> tuple[float, float, float]:
    lightness, a, b = hex_to_oklab(colour)
    return lightness, math.hypot(a, b), math.degrees(math.atan2(b, a))


def colourfulness(colour: str) -> float:
    """How far a colour has moved from the neutral muscle grey in hue/chroma (OKLab a-b plane)."""
    _, a, b = hex_to_oklab(colour)
    _, neutral_a, neutral_b = hex_to_oklab(NEUTRAL_COLOUR)
    return math.hypot(a - neutral_a, b - neutral_b)


# --- the drawings --------------------------------------------------------------------------------


@pytest.mark.parametrize(("view", "ids"), [("front", FRONT_IDS), ("back", BACK_IDS)])
def test_each_contract_muscle_is_in_its_view_with_left_and_right(view, ids):
    text = svg(view)
    assert muscle_ids_in_svg(text) == ids
    by_id = elements_by_id(text)
    for muscle_id in ids:
        for side in ("left", "right"):
            element = by_id[f"{muscle_id}_{side}"]
            assert element.get("data-muscle") == muscle_id
            assert element.get("class") == "muscle"
            assert element.get("fill") == NEUTRAL_COLOUR
    # exactly two elements per muscle, no strays
    assert len(muscle_elements(text)) == 2 * len(ids)


def test_views_match_the_muscle_model():
    for muscle in load_model().muscles:
        assert muscle.id in (FRONT_IDS if muscle.view == "front" else BACK_IDS)
    assert {m.id for m in load_model().muscles} == FRONT_IDS | BACK_IDS


@pytest.mark.parametrize("view", ["front", "back"])
def test_svg_is_tiny_friendly(view):
    text = svg(view)
    root = ET.fromstring(text)
    assert root.get("viewBox") == "0 0 400 800"
    assert "style" not in text and "<filter" not in text and "<style" not in text
    # a silhouette plus non-muscle details for realism
    by_id = elements_by_id(text)
    assert "silhouette" in by_id
    details = [e for e in root.iter(f"{SVG_NS}path") if e.get("data-muscle") is None]
    assert len(details) > 20


def _mirror_x(commands):
    return [
        (name, tuple(400 - v if i % 2 == 0 else v for i, v in enumerate(args)))
        for name, args in commands
    ]


@pytest.mark.parametrize(("view", "ids"), [("front", FRONT_IDS), ("back", BACK_IDS)])
def test_left_and_right_are_mirror_images(view, ids):
    by_id = elements_by_id(svg(view))
    for muscle_id in ids:
        left = parse_path_data(by_id[f"{muscle_id}_left"].get("d"))
        right = parse_path_data(by_id[f"{muscle_id}_right"].get("d"))
        mirrored = _mirror_x(left)
        assert [c[0] for c in mirrored] == [c[0] for c in right]
        for (_, a), (_, b) in zip(mirrored, right, strict=True):
            assert a == pytest.approx(b, abs=0.11)  # the file rounds to 0.1


@pytest.mark.parametrize("view", ["front", "back"])
def test_the_persons_left_is_on_the_correct_side_of_the_image(view):
    by_id = elements_by_id(svg(view))
    first_x = parse_path_data(by_id["soleus_left" if view == "back" else "deltoids_left"].get("d"))
    x = first_x[0][1][0]
    # facing us (front) their left is on our right; seen from behind it is on our left
    assert (x > 200) if view == "front" else (x < 200)


@pytest.mark.parametrize("view", ["front", "back"])
def test_muscles_lie_inside_the_canvas(view):
    for element in muscle_elements(svg(view)):
        for _, args in parse_path_data(element.path_data):
            xs, ys = args[0::2], args[1::2]
            assert all(60 < x < 340 for x in xs), element.element_id
            assert all(120 < y < 760 for y in ys), element.element_id


def test_committed_svgs_match_the_drawing_script():
    spec = importlib.util.spec_from_file_location("draw_body", ROOT / "tools" / "draw_body.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.MUSCLE_FILL == NEUTRAL_COLOUR
    for view in ("front", "back"):
        assert module.build_svg(view) == svg(view), f"run tools/draw_body.py ({view} is stale)"


# --- recolouring ---------------------------------------------------------------------------------


def test_recolouring_changes_exactly_the_intended_elements():
    before_text = svg("back")
    after_text = recolour_svg(before_text, {"gluteus_maximus": 58.0, "deltoids": 10.0})
    before, after = elements_by_id(before_text), elements_by_id(after_text)
    assert before.keys() == after.keys()
    hot = activation_colour(58.0)
    for element_id, old in before.items():
        new = after[element_id]
        if element_id in ("gluteus_maximus_left", "gluteus_maximus_right"):
            assert new.get("fill") == hot != old.get("fill")
            assert {k: v for k, v in new.attrib.items() if k != "fill"} == {
                k: v for k, v in old.attrib.items() if k != "fill"
            }
        else:
            assert new.attrib == old.attrib, element_id
    # everything outside the fill values stays byte for byte
    strip = re.compile(r'fill="[^"]*"')
    assert strip.sub("", after_text) == strip.sub("", before_text)


def test_muscles_not_given_return_to_neutral():
    hot = recolour_svg(svg("front"), {"deltoids": 90, "obliques": 40})
    cooled = recolour_svg(hot, {"obliques": 40})
    by_id = elements_by_id(cooled)
    assert by_id["deltoids_left"].get("fill") == NEUTRAL_COLOUR
    assert by_id["obliques_right"].get("fill") == activation_colour(40)
    assert recolour_svg(svg("front"), {}) == svg("front")


def test_recolour_adds_a_fill_when_the_element_has_none():
    text = '<svg xmlns="http://www.w3.org/2000/svg"><path data-muscle="soleus" d="M0 0Z"/></svg>'
    out = recolour_svg(text, {"soleus": 100})
    assert ET.fromstring(out)[0].get("fill") == activation_colour(100)


def test_recolour_rejects_bad_numbers_clearly():
    with pytest.raises(ValueError, match="activation of soleus"):
        recolour_svg(svg("back"), {"soleus": float("nan")})
    with pytest.raises(ValueError, match="number"):
        recolour_svg(svg("back"), {"soleus": "high"})


def test_bad_svg_gets_a_clear_message():
    with pytest.raises(ValueError, match="not valid SVG"):
        muscle_ids_in_svg("<svg><path></svg>")


@pytest.mark.parametrize("view", ["front", "back"])
def test_muscle_elements_are_what_an_element_tree_finds(view):
    # Read with expat directly (lighter for the window); the result is ElementTree's.
    tree = ET.fromstring(svg(view))
    expected = [
        (e.get("id", ""), e.get(bodymap.MUSCLE_ATTRIBUTE), e.get("d", ""))
        for e in tree.iter()
        if e.get(bodymap.MUSCLE_ATTRIBUTE) is not None
    ]
    found = [(e.element_id, e.muscle_id, e.path_data) for e in muscle_elements(svg(view))]
    assert found == expected


@pytest.mark.parametrize("text", ["<svg><path></svg>", "<svg", "<a:svg/>", "<svg>&nbsp;</svg>"])
def test_bad_svg_is_refused_as_an_element_tree_refuses_it(text):
    with pytest.raises(ET.ParseError) as tree_error:
        ET.fromstring(text)
    with pytest.raises(ValueError) as our_error:
        muscle_elements(text)
    assert str(our_error.value) == f"the body diagram is not valid SVG/XML: {tree_error.value}"


# --- colour scale --------------------------------------------------------------------------------


def test_colour_scale_ends_and_clamping():
    assert activation_colour(0) == NEUTRAL_COLOUR
    assert activation_colour(-5) == NEUTRAL_COLOUR
    assert activation_colour(100) == activation_colour(250) == bodymap.COLOUR_STOPS[-1][1]
    for at, colour in bodymap.COLOUR_STOPS:
        assert activation_colour(at) == colour
    with pytest.raises(ValueError, match="finite"):
        activation_colour(math.inf)
    with pytest.raises(ValueError, match="number"):
        activation_colour(True)


def test_colour_scale_is_monotone_in_heat():
    """Grey gains colour up to yellow, then the hue only moves toward red and never back."""
    steps = [activation_colour(a / 2) for a in range(0, 201)]
    first_stop = bodymap.COLOUR_STOPS[1][0]
    colour_away = [colourfulness(c) for c in steps]
    hue = [lch(c)[2] for c in steps]
    warm_from = int(first_stop * 2)
    for i in range(1, len(steps)):
        # never drifts back toward grey (tolerance: 8-bit rounding); hue only turns toward red
        assert colour_away[i] >= colour_away[i - 1] - 0.002, (i / 2, steps[i - 1], steps[i])
        if i > warm_from:
            assert hue[i] <= hue[i - 1] + 0.3, (i / 2, steps[i - 1], steps[i])
    # every 5 % step is a visibly different colour
    five = [activation_colour(a) for a in range(0, 101, 5)]
    assert len(set(five)) == len(five)
    # low values stay close to neutral, so 4 % MVC does not look "worked"
    assert colourfulness(activation_colour(4)) < 0.035


@given(st.floats(min_value=0, max_value=100), st.floats(min_value=0, max_value=100))
def test_hotter_never_looks_closer_to_neutral(low, high):
    low, high = sorted((low, high))
    assert colourfulness(activation_colour(high)) >= colourfulness(activation_colour(low)) - 0.002


# --- path parsing --------------------------------------------------------------------------------


def test_parse_path_data_handles_relative_and_shorthand_commands():
    commands = parse_path_data("M10 10 l5 5 h3 v-2 C1 2 3 4 5 6 s1 1 2 2 q1 1 2 2 z")
    assert commands[0] == ("M", (10.0, 10.0))
    assert commands[1] == ("L", (15.0, 15.0))
    assert commands[2] == ("L", (18.0, 15.0))
    assert commands[3] == ("L", (18.0, 13.0))
    assert commands[4] == ("C", (1.0, 2.0, 3.0, 4.0, 5.0, 6.0))
    assert commands[5] == ("C", (7.0, 8.0, 6.0, 7.0, 7.0, 8.0))  # reflected control point
    assert commands[6][0] == "C" and commands[6][1][-2:] == (9.0, 10.0)
    assert commands[-1] == ("Z", ())


def test_parse_path_data_rejects_what_it_cannot_draw():
    with pytest.raises(ValueError, match="arcs"):
        parse_path_data("M0 0 A 5 5 0 0 1 10 10")
    with pytest.raises(ValueError, match="needs 6 numbers"):
        parse_path_data("M0 0 C 1 2 3")
    with pytest.raises(ValueError, match="unexpected text"):
        parse_path_data("M0 0 L 1 2 oops")

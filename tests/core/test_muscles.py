"""The muscle activation model: the published figures, the incline/speed rules and the data file."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from walkcoach import resources
from walkcoach.core.muscles import (
    MUSCLE_IDS,
    REST_REASON,
    Activation,
    MuscleDataError,
    MuscleModel,
    activation_map,
    load_model,
)
from walkcoach.core.program import Segment

FRONT = {
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
BACK = {
    "gluteus_maximus",
    "gluteus_medius",
    "biceps_femoris",
    "semitendinosus",
    "gastrocnemius",
    "soleus",
    "erector_spinae",
}
QUADRICEPS = ("rectus_femoris", "vastus_lateralis", "vastus_medialis")
GLUTES = ("gluteus_maximus", "gluteus_medius")
HAMSTRINGS = ("biceps_femoris", "semitendinosus")
GLUTE_FIGURES = [("forward", 0, 18), ("forward", 10, 34), ("backward", 0, 41), ("backward", 10, 58)]


@pytest.fixture(scope="module")
def model() -> MuscleModel:
    return load_model()


@pytest.fixture
def raw_data() -> dict:
    return json.loads(resources.read_text("muscles.json"))


def by_id(activations: list[Activation]) -> dict[str, Activation]:
    return {a.muscle.id: a for a in activations}


def value(model: MuscleModel, muscle_id: str, direction: str, incline_pct: float, speed=None):
    return by_id(model.activations(direction, incline_pct, speed))[muscle_id].activation


# --- catalogue ---------------------------------------------------------------------------------


def test_catalogue_has_the_17_contract_muscles_with_their_views(model):
    assert {m.id for m in model.muscles} == FRONT | BACK
    assert len(model.muscles) == 17 == len(MUSCLE_IDS)
    for muscle in model.muscles:
        assert muscle.view == ("front" if muscle.id in FRONT else "back"), muscle.id
        assert muscle.name and muscle.group and muscle.role
        assert "\n" not in muscle.role
    assert model.muscle("soleus").group == "Calves"
    assert {model.muscle(m).group for m in QUADRICEPS} == {"Quadriceps"}


def test_unknown_muscle_id_is_a_key_error(model):
    with pytest.raises(KeyError, match="unknown muscle id 'biceps'"):
        model.muscle("biceps")


def test_load_model_is_cached():
    assert load_model() is load_model()


# --- the published gluteus maximus figures ---------------------------------------------------


@pytest.mark.parametrize(("direction", "incline_pct", "expected"), GLUTE_FIGURES)
def test_gluteus_maximus_reproduces_the_article_figures(model, direction, incline_pct, expected):
    reference_kmh = model.reference_speed_kmh[direction]
    for speed_kmh in (None, reference_kmh):
        glute = by_id(model.activations(direction, incline_pct, speed_kmh))["gluteus_maximus"]
        assert glute.activation == expected
        assert glute.basis == "measured"
        citation = model.sources[glute.source]
        assert "walking backwards uphill" in citation and "2020 study" in citation
        assert "seed" not in citation.lower()  # named by what it is, never by a file number


def test_figure_away_from_its_condition_is_estimated(model):
    glute = by_id(model.activations("forward", 5))["gluteus_maximus"]
    assert glute.activation == 26.0  # halfway between 18 and 34
    assert glute.basis == "estimated"
    faster = by_id(model.activations("forward", 0, 6.0))["gluteus_maximus"]
    assert faster.basis == "estimated" and faster.activation != 18


def test_measured_figures_carry_a_study_and_estimates_say_why(model):
    for muscle in model.muscles:
        for direction in ("forward", "backward"):
            for figure in model.figures(muscle.id, direction):
                assert figure.source in model.sources
                assert figure.note.strip()
                if figure.basis == "measured":
                    assert figure.source != "WalkCoach estimate"
    # Published figures straight from their study at its own condition.
    assert value(model, "tibialis_anterior", "forward", 0) == 27
    assert value(model, "gastrocnemius", "forward", 0) == 42
    assert value(model, "soleus", "forward", 0) == 40
    spine = by_id(model.activations("backward", 0))["erector_spinae"]
    assert (spine.activation, spine.basis, spine.source) == (
        13.1,
        "measured",
        "Masumoto et al. 2005",
    )


# --- what the articles say must hold -------------------------------------------------------------


@pytest.mark.parametrize("speed_choice", ["typical", "reference"])
def test_quadriceps_lead_level_backward_walking(model, speed_choice):
    speed_kmh = None if speed_choice == "typical" else model.reference_speed_kmh["backward"]
    activations = model.activations("backward", 0, speed_kmh)
    top_three = {a.muscle.id for a in activations[:3]}
    assert top_three == set(QUADRICEPS)
    weakest_quad = min(a.activation for a in activations if a.muscle.id in QUADRICEPS)
    assert all(a.activation < weakest_quad for a in activations if a.muscle.id not in QUADRICEPS)


def test_shin_works_more_and_calf_less_backward(model):
    assert value(model, "tibialis_anterior", "backward", 0) > value(
        model, "tibialis_anterior", "forward", 0
    )
    assert value(model, "gastrocnemius", "backward", 0) < value(
        model, "gastrocnemius", "forward", 0
    )


def test_lower_back_works_more_backward(model):
    assert value(model, "erector_spinae", "backward", 0) > value(
        model, "erector_spinae", "forward", 0
    )


def test_hip_flexors_are_stretched_not_worked_backward(model):
    backward = model.activations("backward", 0)
    hip = by_id(backward)["hip_flexors"]
    assert hip.activation < value(model, "hip_flexors", "forward", 0)
    assert hip.activation < 10
    assert hip.muscle.id in {a.muscle.id for a in backward[-3:]}
    assert "stretch" in hip.reason or "lengthened" in hip.reason


@pytest.mark.parametrize("direction", ["forward", "backward"])
@pytest.mark.parametrize("muscle_id", QUADRICEPS + GLUTES + HAMSTRINGS)
def test_legs_prime_movers_rise_with_incline(model, direction, muscle_id):
    inclines = [i / 2 for i in range(0, 61)]  # 0 to 30 % in half-percent steps
    values = [value(model, muscle_id, direction, incline) for incline in inclines]
    assert all(b >= a for a, b in zip(values, values[1:], strict=False)), values
    assert value(model, muscle_id, direction, 10) > value(model, muscle_id, direction, 0)


def test_reasons_explain_the_direction(model):
    for muscle in model.muscles:
        forward = by_id(model.activations("forward", 0))[muscle.id].reason
        backward = by_id(model.activations("backward", 0))[muscle.id].reason
        assert forward and backward and forward != backward, muscle.id
        assert "\n" not in forward + backward
    quad_reason = by_id(model.activations("backward", 0))["rectus_femoris"].reason
    assert "landing" in quad_reason and "straightens the knee" in quad_reason


# --- incline rules ---------------------------------------------------------------------------


def test_steeper_than_the_figures_continues_the_last_slope_with_a_cap(model):
    # Backward glute figures: 41 at 0 %, 58 at 10 % -> slope 1.7 per %.
    assert value(model, "gluteus_maximus", "backward", 15) == 66.5
    # Capped at 1.5 x the highest figure (58 -> 87) before reaching 58 + 1.7 * 20 = 92.
    assert value(model, "gluteus_maximus", "backward", 30) == 87.0
    for direction in ("forward", "backward"):
        assert all(0 <= a.activation <= 100 for a in model.activations(direction, 30))


def test_downhill_heads_for_the_documented_downhill_value(model):
    # Forward glutes ease off downhill (factor 0.8 at -5 %); knee extensors work harder.
    assert value(model, "gluteus_maximus", "forward", -5) == pytest.approx(14.4)
    assert value(model, "gluteus_maximus", "forward", -2.5) == pytest.approx(16.2)
    assert value(model, "vastus_medialis", "forward", -5) > value(
        model, "vastus_medialis", "forward", 0
    )
    assert value(model, "gastrocnemius", "forward", -5) < value(
        model, "gastrocnemius", "forward", 0
    )
    assert by_id(model.activations("forward", -5))["gluteus_maximus"].basis == "estimated"


# --- speed -----------------------------------------------------------------------------------


def test_faster_walking_uses_glutes_and_soleus_more_in_a_modest_way(model):
    for direction in ("forward", "backward"):
        reference_kmh = model.reference_speed_kmh[direction]
        for muscle_id in ("gluteus_maximus", "gluteus_medius", "soleus", "biceps_femoris"):
            base = value(model, muscle_id, direction, 0)
            faster = value(model, muscle_id, direction, 0, reference_kmh + 1.0)
            slower = value(model, muscle_id, direction, 0, reference_kmh - 1.0)
            assert slower < base < faster, muscle_id
            assert faster <= base * 1.3 + 0.05 and slower >= base * 0.7 - 0.05
    # Pace matters more for the glutes than for the quadriceps (articles: brisk pace -> glutes).
    ref = model.reference_speed_kmh["forward"]
    glute_gain = value(model, "gluteus_maximus", "forward", 0, ref + 1) / 18
    quad_gain = value(model, "vastus_lateralis", "forward", 0, ref + 1) / 12
    assert glute_gain > quad_gain > 1


def test_extreme_speeds_stay_within_the_scaling_limits(model):
    slow = value(model, "gluteus_maximus", "backward", 0, 0.5)
    fast = value(model, "gluteus_maximus", "backward", 0, 20)
    assert slow == pytest.approx(41 * 0.7, abs=0.05)
    assert fast == pytest.approx(41 * 1.3, abs=0.05)


# --- errors ----------------------------------------------------------------------------------


def test_unknown_direction_is_refused_clearly(model):
    with pytest.raises(ValueError) as excinfo:
        model.activations("sideways", 0)
    assert str(excinfo.value) == "unknown direction 'sideways' (use forward or backward)"


@pytest.mark.parametrize("incline_pct", [-5.5, 30.5, -40, 100])
def test_incline_outside_the_range_is_refused_with_the_range(model, incline_pct):
    with pytest.raises(ValueError, match=r"outside -5 to 30 %"):
        model.activations("forward", incline_pct)


@pytest.mark.parametrize("speed_kmh", [0, -1, float("nan"), float("inf")])
def test_impossible_speed_is_refused(model, speed_kmh):
    with pytest.raises(ValueError, match="speed"):
        model.activations("forward", 0, speed_kmh)


def test_non_number_incline_is_refused(model):
    with pytest.raises(ValueError, match="incline must be a number"):
        model.activations("forward", float("nan"))


# --- segments --------------------------------------------------------------------------------


def test_rest_segment_switches_every_muscle_off(model):
    activations = model.for_segment(Segment("rest", 60))
    assert len(activations) == 17
    assert all(a.activation == 0 and a.basis == "estimated" for a in activations)
    assert all(a.reason == REST_REASON == "belt stopped / resting" for a in activations)


def test_station_is_an_estimated_lunge_and_squat_profile(model):
    activations = model.for_segment(Segment("station", 120, label="20 lunges + 15 squats"))
    assert all(a.basis == "estimated" and "estimate" in a.reason for a in activations)
    top_five = {a.muscle.id for a in activations[:5]}
    assert top_five == set(QUADRICEPS) | {"gluteus_maximus", "gluteus_medius"}
    assert activations == sorted(activations, key=lambda a: -a.activation)


def test_walking_segment_uses_its_direction_incline_and_speed(model):
    segment = Segment("backward", 120, speed_kmh=3.2, incline_pct=5)
    assert model.for_segment(segment) == model.activations("backward", 5, 3.2)
    assert by_id(model.for_segment(segment))["gluteus_maximus"].basis == "estimated"


def test_activation_map_feeds_the_body_diagram(model):
    mapping = activation_map(model.activations("backward", 10))
    assert len(mapping) == 17 and mapping["gluteus_maximus"] == 58


@given(
    direction=st.sampled_from(["forward", "backward"]),
    incline_pct=st.floats(min_value=-5, max_value=30),
    speed_kmh=st.one_of(st.none(), st.floats(min_value=0.5, max_value=20)),
)
def test_any_valid_condition_gives_a_sorted_bounded_list(direction, incline_pct, speed_kmh):
    activations = load_model().activations(direction, incline_pct, speed_kmh)
    assert len(activations) == 17
    assert all(0 <= a.activation <= 100 for a in activations)
    assert all(a.basis in ("measured", "estimated") for a in activations)
    assert [a.activation for a in activations] == sorted(
        (a.activation for a in activations), reverse=True
    )


# --- the data file -----------------------------------------------------------------------------


def test_data_file_is_versioned_and_every_source_is_cited(raw_data, model):
    assert raw_data["version"] == 1
    used = {f["source"] for m in raw_data["muscles"] for f in m["figures"]}
    assert used <= set(model.sources)
    # Every listed source is actually used somewhere, so the About dialog lists no stray entries.
    used |= {m["station"]["source"] for m in raw_data["muscles"]}
    assert set(model.sources) == used


def test_data_without_a_muscle_is_refused(raw_data):
    raw_data["muscles"] = [m for m in raw_data["muscles"] if m["id"] != "soleus"]
    with pytest.raises(MuscleDataError, match="missing muscle\\(s\\): soleus"):
        MuscleModel(raw_data, source="test.json")


def test_data_with_an_unlisted_source_is_refused(raw_data):
    broken = copy.deepcopy(raw_data)
    broken["muscles"][0]["figures"][0]["source"] = "Nobody 1999"
    with pytest.raises(MuscleDataError, match="'Nobody 1999' is not listed in 'sources'"):
        MuscleModel(broken, source="test.json")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=2), "reads version 1"),
        (lambda d: d["muscles"][0]["figures"][0].update(activation=140), "between 0 and 100"),
        (lambda d: d["muscles"][0]["figures"][0].update(basis="guess"), "measured or estimated"),
        (lambda d: d["muscles"][0].update(view="side"), "front or back"),
        (lambda d: d["muscles"].append(copy.deepcopy(d["muscles"][0])), "listed twice"),
    ],
)
def test_bad_data_gives_a_clear_message(raw_data, change, message):
    change(raw_data)
    with pytest.raises(MuscleDataError, match=message) as excinfo:
        MuscleModel(raw_data, source="test.json")
    assert str(excinfo.value).startswith("test.json: ")


def test_a_turn_switches_every_muscle_off_and_says_why(model):
    activations = model.for_segment(Segment("turn", 15, 1.0, incline_pct=15))
    assert len(activations) == 17 and all(a.activation == 0 for a in activations)
    assert all("turning round" in a.reason for a in activations)

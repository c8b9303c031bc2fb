"""Generated plan sessions: a program built from a bout's numbers (the progression plan's
growing backward stretches), validated like any program file.

Every change of walking direction gets its own turn segment (kind "turn", 15 s with the belt at
1.0 km/h): turning round on a moving belt is the riskiest moment of a session, so it is never
left to the walker's own timing.
"""

from __future__ import annotations

from typing import Any

from walkcoach.core.i18n import CONTEXT_PLANS, QT_TRANSLATE_NOOP, translate
from walkcoach.core.plans.model import Bout
from walkcoach.core.program import KINDS, Program, figure_text, format_duration, parse_program

# "turn" joins the program kinds in a sibling change; until both are merged a slow rest stands
# in, so a generated session still validates.
TURN_KIND = "turn" if "turn" in KINDS else "rest"
TURN_S = 15.0
TURN_SPEED_KMH = 1.0
WARMUP_S = 240.0
COOLDOWN_S = 180.0
FORWARD_BETWEEN_S = 120.0
FORWARD_SPEED_KMH = 3.5
COOLDOWN_SPEED_KMH = 3.2
ROUNDS_SHORT_BOUT = 3  # under 3 minutes a bout: three of them
ROUNDS_LONG_BOUT = 2
SHORT_BOUT_S = 180.0


def rounds_for(bout: Bout) -> int:
    return ROUNDS_SHORT_BOUT if bout.backward_s < SHORT_BOUT_S else ROUNDS_LONG_BOUT


def bout_title(bout: Bout) -> str:
    """``backward 2:30 x 3`` (with the slope when there is one)."""
    figures = {"time": format_duration(bout.backward_s), "rounds": rounds_for(bout)}
    if bout.incline_pct:
        title = translate("Plans", "backward {time} x {rounds} on {incline} %")
        return title.format(incline=figure_text(bout.incline_pct), **figures)
    return translate("Plans", "backward {time} x {rounds}").format(**figures)


def generated_program_id(plan_id: str, week_no: int) -> str:
    """Stable per plan week, so the history tells which week a session belonged to."""
    return f"{plan_id}-week-{week_no}"[:64]


def _turn(incline_pct: float, label: str) -> dict[str, Any]:
    return {
        "kind": TURN_KIND,
        "duration_s": TURN_S,
        "speed_kmh": TURN_SPEED_KMH,
        "incline_pct": incline_pct,
        "label": label,
        "note": QT_TRANSLATE_NOOP(
            "Programs", "Belt slow: hold the rails and turn one step at a time."
        ),
    }


def build_program(plan_id: str, plan_name: str, source: str, week_no: int, bout: Bout) -> Program:
    """The session of week ``week_no`` for ``bout``: warm-up, rounds of turn / backward / turn /
    forward, cool-down."""
    incline = round(bout.incline_pct, 1)
    rounds = rounds_for(bout)
    data = {
        "format": "walkcoach-program",
        "version": 1,
        "id": generated_program_id(plan_id, week_no),
        "name": translate("Plans", "{plan}: week {week}").format(
            plan=translate(CONTEXT_PLANS, plan_name), week=week_no
        ),
        "description": translate(
            "Plans",
            "Week {week} of the plan: {bout}, a slow turn before and after each backward stretch.",
        ).format(week=week_no, bout=bout_title(bout)),
        "source": source,
        "level": "beginner" if bout.backward_s < 300 else "intermediate",
        "tags": ["retro", "plan", "generated"],
        "warmup": [
            {
                "kind": "forward",
                "duration_s": WARMUP_S,
                "speed_kmh": FORWARD_SPEED_KMH,
                "label": QT_TRANSLATE_NOOP("Programs", "Warm-up"),
                "note": QT_TRANSLATE_NOOP("Programs", "Easy pace to warm up hips and ankles."),
            },
        ],
        "main": [
            {
                "repeat": rounds,
                "label": QT_TRANSLATE_NOOP("Programs", "Backward stretch"),
                "segments": [
                    _turn(incline, QT_TRANSLATE_NOOP("Programs", "Turn to face the back")),
                    {
                        "kind": "backward",
                        "duration_s": bout.backward_s,
                        "speed_kmh": round(bout.speed_kmh, 1),
                        "incline_pct": incline,
                        "label": QT_TRANSLATE_NOOP("Programs", "Backward, without a break"),
                        "note": QT_TRANSLATE_NOOP(
                            "Programs", "Stand tall and look ahead; stop at once on pain."
                        ),
                    },
                    _turn(incline, QT_TRANSLATE_NOOP("Programs", "Turn to face forward")),
                    {
                        "kind": "forward",
                        "duration_s": FORWARD_BETWEEN_S,
                        "speed_kmh": FORWARD_SPEED_KMH,
                        "incline_pct": incline,
                        "label": QT_TRANSLATE_NOOP("Programs", "Forward"),
                    },
                ],
            }
        ],
        "cooldown": [
            {
                "kind": "forward",
                "duration_s": COOLDOWN_S,
                "speed_kmh": COOLDOWN_SPEED_KMH,
                "label": QT_TRANSLATE_NOOP("Programs", "Cool-down"),
                "note": QT_TRANSLATE_NOOP("Programs", "Stretch calves and thighs afterwards."),
            },
        ],
    }
    return parse_program(data, source="training plan")

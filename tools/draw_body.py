"""Draws resources/body/front.svg and back.svg: a smooth human figure with one shape per muscle and side.

Run ``python tools/draw_body.py`` after changing a shape; a test checks that the committed SVGs match.
Every shape is designed once, on the image's right half (x > 200), as points that a Catmull-Rom spline
turns into cubic Bezier curves, then mirrored for the other side so both sides stay exactly symmetric.
Leg and lower-leg muscles are placed in "leg coordinates" (u = 0 at the inner edge of the leg,
u = 1 at the outer edge, at height y) so they always fit inside the silhouette.
Only fill/stroke attributes are used: QtSvg renders SVG Tiny 1.2 (no CSS, no filters).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

WIDTH, HEIGHT = 400, 800
CX = 200.0  # the figure's centre line

BODY_FILL = "#383d45"
BODY_STROKE = "#8a93a0"
DETAIL_FILL = "#41464f"
DETAIL_STROKE = "#2a2e35"
LINE_STROKE = "#2a2e35"
MUSCLE_FILL = "#6b7280"  # must equal walkcoach.core.bodymap.NEUTRAL_COLOUR
MUSCLE_STROKE = "#23272d"

# A point is (dx, y) or (dx, y, "c"); dx is measured from the centre line to the image's right.
# "c" marks a corner: the curve does not round it off.
Point = tuple


# --- geometry ---------------------------------------------------------------------------------


def _fmt(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _absolute(points: Sequence[Point], mirrored: bool) -> list[tuple[float, float, bool]]:
    result = []
    for point in points:
        dx, y = point[0], point[1]
        x = CX - dx if mirrored else CX + dx
        result.append((x, y, len(point) > 2 and point[2] == "c"))
    return result


def _bezier(points: list[tuple[float, float, bool]], closed: bool, tension: float = 1.0) -> str:
    """Catmull-Rom through ``points`` as cubic Bezier path data (absolute M/C/Z only)."""
    count = len(points)
    parts = [f"M{_fmt(points[0][0])} {_fmt(points[0][1])}"]
    last = count if closed else count - 1
    for i in range(last):
        p0 = points[(i - 1) % count] if (closed or i > 0) else points[i]
        p1 = points[i]
        p2 = points[(i + 1) % count]
        p3 = points[(i + 2) % count] if (closed or i + 2 < count) else p2
        k = tension / 6.0
        if p1[2]:  # corner: leave straight towards the next point
            c1 = (p1[0] + (p2[0] - p1[0]) / 3.0, p1[1] + (p2[1] - p1[1]) / 3.0)
        else:
            c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        if p2[2]:
            c2 = (p2[0] - (p2[0] - p1[0]) / 3.0, p2[1] - (p2[1] - p1[1]) / 3.0)
        else:
            c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        parts.append("C" + " ".join(_fmt(v) for v in (c1[0], c1[1], c2[0], c2[1], p2[0], p2[1])))
    if closed:
        parts.append("Z")
    return "".join(parts)


def shape(points: Sequence[Point], mirrored: bool = False) -> str:
    return _bezier(_absolute(points, mirrored), closed=True)


def line(points: Sequence[Point], mirrored: bool = False) -> str:
    return _bezier(_absolute(points, mirrored), closed=False)


def _interpolate(profile: Sequence[tuple[float, float]], y: float) -> float:
    """Linear interpolation of dx at height y in a profile of (y, dx) pairs sorted by y."""
    if y <= profile[0][0]:
        return profile[0][1]
    for (y0, x0), (y1, x1) in zip(profile, profile[1:], strict=False):
        if y <= y1:
            return x0 + (x1 - x0) * (y - y0) / (y1 - y0)
    return profile[-1][1]


# --- the silhouette ---------------------------------------------------------------------------

# Leg edges (y, dx) on the image's right leg; shared by the silhouette and the muscle shapes.
LEG_OUTER = [
    (372, 76),
    (392, 80),
    (420, 82),
    (450, 81),
    (485, 77),
    (520, 69),
    (548, 62),
    (572, 60),
    (598, 65),
    (625, 65),
    (660, 57),
    (700, 47),
    (728, 43),
]
LEG_INNER = [
    (404, 2),
    (420, 4),
    (450, 7),
    (490, 12),
    (530, 17),
    (560, 19),
    (590, 17),
    (620, 14),
    (660, 19),
    (700, 25),
    (728, 28),
]


def leg(u: float, y: float, *extra: str) -> Point:
    """A point across the leg: u = 0 on the inner edge, 1 on the outer edge, at height y."""
    inner, outer = _interpolate(LEG_INNER, y), _interpolate(LEG_OUTER, y)
    return (inner + u * (outer - inner), y, *extra)


def leg_points(points: Sequence[Point]) -> list[Point]:
    return [leg(*p) for p in points]


def silhouette_half(view: str) -> list[Point]:
    """The outline of the image's right half, from the top of the head to the crotch."""
    head = [(0, 24), (21, 28), (32, 42), (34, 58), (35.5, 63), (36, 72), (34, 83)]
    if view == "front":
        head += [(30, 96), (24, 106), (18, 114)]
    else:  # from behind the jaw is hidden; the skull narrows straight into the neck
        head += [(31, 96), (26, 106), (21, 114)]
    neck_and_shoulder = [
        (20, 124, "c"),
        (21, 136),
        (36, 146),
        (58, 152),
        (80, 156),
        (95, 166),
        (103, 184),
        (105, 206),
    ]
    arm_outer = [(107, 240), (110, 270), (113, 298), (118, 322), (120, 352), (120, 380), (121, 396)]
    hand = [(125, 412), (128, 436), (126, 458), (119, 472), (111, 468), (106, 452), (104, 430)]
    arm_inner = [(103, 396), (96, 362), (89, 330), (86, 302), (80, 272), (75, 244), (71, 226, "c")]
    torso_side = [(70, 244), (65, 272), (59, 300), (60, 326), (67, 350)]
    leg_outer = [(dx, y) for y, dx in LEG_OUTER]
    if view == "front":  # the foot points at the viewer: wide, toes splay slightly outward
        foot = [
            (46, 744),
            (52, 758),
            (56, 772),
            (54, 782),
            (46, 788),
            (34, 790),
            (24, 786),
            (21, 772),
            (24, 752),
        ]
    else:  # from behind: the heel, with the toes hidden behind it
        foot = [(45, 746), (46, 762), (42, 778), (35, 785), (28, 783), (24, 768), (25, 750)]
    leg_inner = [(dx, y) for y, dx in reversed(LEG_INNER)]
    if view == "back":  # the buttocks hide the top of the gap between the legs
        leg_inner = [p for p in leg_inner if p[1] > 460] + [(4, 452)]
    leg_inner[-1] = (leg_inner[-1][0], leg_inner[-1][1], "c")
    return (
        head
        + neck_and_shoulder
        + arm_outer
        + hand
        + arm_inner
        + torso_side
        + leg_outer
        + foot
        + (leg_inner)
    )


def silhouette(view: str) -> str:
    half = _absolute(silhouette_half(view), mirrored=False)
    other = _absolute(silhouette_half(view), mirrored=True)
    # Right half top-to-crotch, then the mirrored half crotch-to-top; drop the duplicated ends.
    loop = half + list(reversed(other))[1:-1]
    return _bezier(loop, closed=True)


# --- muscles ----------------------------------------------------------------------------------

FRONT_MUSCLES: dict[str, list[list[Point]]] = {
    "deltoids": [
        [
            (62, 156),
            (80, 154),
            (95, 163),
            (104, 180),
            (107, 202),
            (104, 224),
            (98, 244, "c"),
            (90, 230),
            (82, 208),
            (74, 186),
            (64, 170),
        ]
    ],
    "rectus_abdominis": [
        [(4, 240), (24, 236), (27, 254), (26, 272), (4, 274)],
        [(4, 279), (26, 277), (27, 294), (26, 309), (4, 310)],
        [(4, 315), (26, 314), (27, 330), (25, 345), (4, 346)],
        [(4, 351), (25, 350), (23, 368), (16, 385), (6, 396), (3, 380)],
    ],
    "obliques": [
        [
            (33, 272),
            (42, 258),
            (57, 250),
            (66, 258),
            (63, 282),
            (57, 302),
            (58, 322),
            (62, 338, "c"),
            (48, 350),
            (34, 360),
            (31, 336),
            (31, 302),
        ]
    ],
    "hip_flexors": [
        [
            (62, 352, "c"),
            (68, 364),
            (66, 382),
            (57, 398),
            (44, 410),
            (30, 416),
            (24, 409),
            (33, 394),
            (46, 374),
        ]
    ],
    "hip_adductors": [
        leg_points(
            [
                (0.03, 420),
                (0.20, 416),
                (0.36, 428),
                (0.35, 456),
                (0.28, 482),
                (0.18, 502),
                (0.07, 514),
                (0.02, 478),
            ]
        )
    ],
    "rectus_femoris": [
        leg_points(
            [
                (0.50, 424),
                (0.62, 436),
                (0.67, 470),
                (0.63, 510),
                (0.52, 548, "c"),
                (0.42, 520),
                (0.37, 480),
                (0.39, 446),
            ]
        )
    ],
    "vastus_lateralis": [
        leg_points(
            [
                (0.74, 404),
                (0.88, 414),
                (0.97, 444),
                (0.98, 488),
                (0.93, 524),
                (0.82, 552),
                (0.68, 562),
                (0.62, 548),
                (0.67, 520),
                (0.71, 480),
                (0.70, 440),
            ]
        )
    ],
    "vastus_medialis": [
        leg_points(
            [
                (0.31, 504),
                (0.37, 522),
                (0.40, 542),
                (0.37, 560),
                (0.26, 572),
                (0.12, 570),
                (0.04, 554),
                (0.05, 530),
                (0.14, 514),
                (0.23, 507),
            ]
        )
    ],
    "tibialis_anterior": [
        leg_points(
            [
                (0.52, 592),
                (0.68, 596),
                (0.74, 624),
                (0.70, 660),
                (0.60, 696),
                (0.52, 724, "c"),
                (0.47, 690),
                (0.44, 650),
                (0.45, 612),
            ]
        )
    ],
    "peroneals": [
        leg_points(
            [
                (0.84, 596),
                (0.94, 612),
                (0.96, 648),
                (0.92, 686),
                (0.84, 718, "c"),
                (0.80, 684),
                (0.80, 640),
                (0.80, 612),
            ]
        )
    ],
}

BACK_MUSCLES: dict[str, list[list[Point]]] = {
    "erector_spinae": [
        [
            (5, 214),
            (13, 212),
            (17, 240),
            (20, 272),
            (25, 304),
            (27, 330),
            (23, 352),
            (12, 362),
            (5, 356, "c"),
            (4, 310),
            (4, 260),
        ]
    ],
    "gluteus_medius": [
        [
            (30, 346),
            (48, 336),
            (66, 340),
            (76, 356),
            (80, 376),
            (76, 392),
            (66, 384),
            (54, 370),
            (38, 360),
        ]
    ],
    "gluteus_maximus": [
        [
            (4, 352),
            (20, 350),
            (40, 358),
            (58, 372),
            (70, 392),
            (74, 414),
            (68, 434),
            (54, 446),
            (36, 451),
            (18, 450),
            (6, 443),
            (3, 420),
            (3, 386),
        ]
    ],
    "biceps_femoris": [
        leg_points(
            [
                (0.56, 462),
                (0.74, 458),
                (0.90, 476),
                (0.96, 506),
                (0.90, 536),
                (0.78, 560),
                (0.68, 576, "c"),
                (0.60, 548),
                (0.56, 508),
            ]
        )
    ],
    "semitendinosus": [
        leg_points(
            [
                (0.14, 456),
                (0.34, 454),
                (0.50, 464),
                (0.52, 496),
                (0.46, 530),
                (0.36, 560),
                (0.24, 576, "c"),
                (0.14, 548),
                (0.08, 506),
                (0.08, 472),
            ]
        )
    ],
    "soleus": [
        leg_points(
            [
                (0.05, 624),
                (0.50, 640),
                (0.95, 620),
                (0.98, 660),
                (0.86, 700),
                (0.66, 716),
                (0.40, 718),
                (0.16, 704),
                (0.03, 668),
            ]
        )
    ],
    "gastrocnemius": [
        leg_points(
            [  # medial head: the bigger, lower one on the inner side
                (0.06, 590),
                (0.24, 578),
                (0.44, 584),
                (0.49, 620),
                (0.45, 660),
                (0.34, 690),
                (0.20, 686),
                (0.08, 660),
                (0.03, 622),
            ]
        ),
        leg_points(
            [  # lateral head
                (0.54, 586),
                (0.74, 578),
                (0.92, 594),
                (0.95, 630),
                (0.86, 664),
                (0.70, 676),
                (0.57, 664),
                (0.52, 624),
            ]
        ),
    ],
}


# --- non-muscle details (realism; never recoloured) ---------------------------------------------


def front_details() -> tuple[list[list[Point]], list[list[Point]]]:
    """(filled detail shapes, definition lines) of the front view, right half."""
    shapes = [
        # pectoralis major
        [
            (4, 166),
            (30, 160),
            (56, 162),
            (70, 176),
            (78, 200),
            (72, 218),
            (52, 234),
            (26, 238),
            (5, 232, "c"),
        ],
        # biceps, then the forearm flexor group and brachioradialis
        [(82, 228), (92, 230), (100, 248), (103, 272), (99, 296), (92, 300), (85, 282), (80, 254)],
        [
            (92, 310),
            (104, 306),
            (114, 322),
            (115, 346),
            (110, 372),
            (104, 384),
            (98, 360),
            (92, 334),
        ],
        # trapezius between neck and shoulder
        [(20, 134), (36, 144), (58, 151), (40, 153), (24, 150)],
        # the inner head of the calf, seen from the front
        leg_points([(0.06, 588), (0.26, 596), (0.34, 630), (0.26, 672), (0.10, 676), (0.03, 630)]),
        # kneecap
        leg_points([(0.40, 560), (0.56, 556), (0.62, 572), (0.54, 590), (0.40, 590), (0.34, 576)]),
        # hand: the thumb lies in front of the palm
        [(104, 404), (112, 408), (116, 424), (112, 440), (106, 432)],
    ]
    lines = [
        # collarbone, neck muscles, sternum notch
        [(8, 156), (30, 152), (56, 154), (70, 156)],
        [(22, 104), (16, 126), (6, 152)],
        # serratus digits under the chest
        [(64, 228), (58, 236)],
        [(63, 240), (56, 247)],
        # shin bone crest
        [leg(0.44, 600), leg(0.40, 650), leg(0.36, 700), leg(0.34, 726)],
        # fingers
        [(117, 452), (118, 466)],
        [(112, 454), (112, 466)],
        # ankle and toes
        [(30, 740), (37, 746), (43, 742)],
        [(29, 778), (29, 788)],
        [(37, 779), (37, 789)],
        [(45, 778), (46, 786)],
    ]
    return shapes, lines


def back_details() -> tuple[list[list[Point]], list[list[Point]]]:
    shapes = [
        # trapezius: the diamond from the neck to the middle of the back
        [
            (3, 132, "c"),
            (18, 136),
            (40, 148),
            (66, 156),
            (46, 176),
            (26, 214),
            (10, 262),
            (3, 280, "c"),
        ],
        # rear deltoid, infraspinatus over the shoulder blade, latissimus dorsi
        [
            (68, 158),
            (90, 162),
            (103, 180),
            (106, 204),
            (102, 226),
            (94, 240, "c"),
            (86, 214),
            (74, 186),
            (62, 170),
        ],
        [(30, 196), (50, 180), (66, 184), (72, 204), (62, 220), (40, 222), (28, 212)],
        [
            (40, 228),
            (60, 222),
            (70, 234),
            (68, 262),
            (62, 290),
            (56, 312),
            (44, 328),
            (30, 326),
            (26, 300),
            (28, 262),
        ],
        # triceps and the forearm extensors
        [(82, 232), (98, 236), (104, 262), (102, 290), (94, 298), (86, 276), (80, 250)],
        [(94, 308), (110, 310), (117, 330), (116, 358), (110, 380), (100, 366), (94, 336)],
        # adductor magnus showing high on the inner back thigh
        leg_points([(0.01, 448), (0.10, 452), (0.05, 500), (0.01, 490)]),
        # Achilles tendon into the heel
        leg_points([(0.42, 690), (0.58, 690), (0.55, 740), (0.56, 758), (0.42, 758), (0.44, 740)]),
    ]
    lines = [
        # spine: neck to sacrum
        [(0, 140), (0, 200), (0, 300), (0, 352)],
        # knee crease
        [leg(0.12, 572), leg(0.30, 578), leg(0.56, 576), leg(0.78, 570)],
        # fingers (back of the hand)
        [(117, 452), (118, 466)],
        [(112, 454), (112, 466)],
        # ear
        [(33, 62), (37, 70), (35, 82), (31, 86)],
    ]
    return shapes, lines


# --- the document -------------------------------------------------------------------------------


def _side_names(view: str) -> tuple[str, str]:
    """(side drawn on the image's right, side drawn mirrored on the left).

    Front view: we face the person, so their left side is on the image's right. Back view: we look
    at their back, so their left side is on the image's left.
    """
    return ("left", "right") if view == "front" else ("right", "left")


def build_svg(view: str) -> str:
    muscles = FRONT_MUSCLES if view == "front" else BACK_MUSCLES
    detail_shapes, detail_lines = front_details() if view == "front" else back_details()
    image_right_side, image_left_side = _side_names(view)
    title = "front" if view == "front" else "back"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">',
        f"<title>WalkCoach body diagram, {title} view</title>",
        "<desc>Drawn by tools/draw_body.py. Each muscle has one element per side with id "
        "MUSCLE_left / MUSCLE_right (the person's own left and right) and data-muscle=MUSCLE.</desc>",
        f'<path id="silhouette" fill="{BODY_FILL}" stroke="{BODY_STROKE}" stroke-width="2" '
        f'stroke-linejoin="round" d="{silhouette(view)}"/>',
        '<g id="details">',
    ]
    for index, points in enumerate(detail_shapes):
        for mirrored in (False, True):
            out.append(
                f'<path id="detail_{index}_{"b" if mirrored else "a"}" fill="{DETAIL_FILL}" '
                f'stroke="{DETAIL_STROKE}" stroke-width="1.2" d="{shape(points, mirrored)}"/>'
            )
    out.append("</g>")
    out.append('<g id="muscles">')
    for muscle_id, parts in muscles.items():
        for mirrored, side in ((False, image_right_side), (True, image_left_side)):
            data = "".join(shape(points, mirrored) for points in parts)
            out.append(
                f'<path id="{muscle_id}_{side}" data-muscle="{muscle_id}" class="muscle" '
                f'fill="{MUSCLE_FILL}" stroke="{MUSCLE_STROKE}" stroke-width="1.2" '
                f'stroke-linejoin="round" d="{data}"/>'
            )
    out.append("</g>")
    out.append('<g id="lines">')
    for index, points in enumerate(detail_lines):
        for mirrored in (False, True):
            if all(p[0] == 0 for p in points) and mirrored:
                continue  # a centre line needs drawing only once
            out.append(
                f'<path id="line_{index}_{"b" if mirrored else "a"}" fill="none" '
                f'stroke="{LINE_STROKE}" stroke-width="1.4" stroke-linecap="round" '
                f'd="{line(points, mirrored)}"/>'
            )
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] = ()) -> int:
    target = (
        Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "resources" / "body"
    )
    target.mkdir(parents=True, exist_ok=True)
    for view in ("front", "back"):
        (target / f"{view}.svg").write_text(build_svg(view), encoding="utf-8")
        print(f"wrote {target / f'{view}.svg'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Body diagram logic without Qt: the activation colour scale, SVG recolouring and path geometry."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pyexpat import ExpatError, ParserCreate

NEUTRAL_COLOUR = "#6b7280"  # an unworked muscle: the same grey tools/draw_body.py draws
MUSCLE_ATTRIBUTE = "data-muscle"
MAX_ACTIVATION = 100.0

# Activation (% MVC) -> colour. Grey (unworked) -> yellow -> orange -> red -> deep red. The colours
# between two stops are mixed in OKLab so the ramp looks even (no muddy or overly bright middle).
COLOUR_STOPS: tuple[tuple[float, str], ...] = (
    (0.0, NEUTRAL_COLOUR),
    (20.0, "#e3c04a"),
    (42.0, "#f28b26"),
    (65.0, "#e5432c"),
    (100.0, "#c0001f"),
)
LEGEND_TICKS: tuple[int, ...] = (0, 25, 50, 75, 100)

_TAG_RE = re.compile(
    r"<(?P<name>[A-Za-z_][\w:.-]*)(?P<attrs>(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"
    r"(?P<end>\s*/?)>"
)
_ATTR_RE = re.compile(r"(?P<key>[\w:.-]+)\s*=\s*(?P<value>\"[^\"]*\"|'[^']*')")
_PATH_TOKEN_RE = re.compile(r"[MmLlHhVvCcSsQqTtZzAa]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_ARG_COUNT = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}


# --- colour scale ------------------------------------------------------------------------------


def _srgb_to_linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _linear_to_srgb(channel: float) -> float:
    if channel <= 0.0031308:
        return 12.92 * channel
    return float(1.055 * channel ** (1 / 2.4) - 0.055)


def hex_to_oklab(colour: str) -> tuple[float, float, float]:
    """sRGB "#rrggbb" to OKLab (L 0..1, a, b), the perceptual space the scale is mixed in."""
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        raise ValueError(f"colour must look like #rrggbb (got {colour!r})")
    r, g, b = (_srgb_to_linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    lms = (
        0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b,
        0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b,
        0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b,
    )
    l_, m_, s_ = (math.copysign(abs(v) ** (1 / 3), v) for v in lms)
    return (
        0.2104542553 * l_ + 0.7936177850 * m_ - 0.0040720468 * s_,
        1.9779984951 * l_ - 2.4285922050 * m_ + 0.4505937099 * s_,
        0.0259040371 * l_ + 0.7827717662 * m_ - 0.8086757660 * s_,
    )


def oklab_to_hex(lab: tuple[float, float, float]) -> str:
    lightness, a, b = lab
    l_ = lightness + 0.3963377774 * a + 0.2158037573 * b
    m_ = lightness - 0.1055613458 * a - 0.0638541728 * b
    s_ = lightness - 0.0894841775 * a - 1.2914855480 * b
    l3, m3, s3 = l_**3, m_**3, s_**3
    rgb = (
        4.0767416621 * l3 - 3.3077115913 * m3 + 0.2309699292 * s3,
        -1.2684380046 * l3 + 2.6097574011 * m3 - 0.3413193965 * s3,
        -0.0041960863 * l3 - 0.7034186147 * m3 + 1.7076147010 * s3,
    )
    channels = (round(min(1.0, max(0.0, _linear_to_srgb(max(0.0, c)))) * 255) for c in rgb)
    return "#" + "".join(f"{c:02x}" for c in channels)


_STOPS_LAB = tuple((at, hex_to_oklab(colour)) for at, colour in COLOUR_STOPS)


def validated_activation(activation: object, what: str = "activation") -> float:
    """``activation`` as a float, or ValueError with a clear message if it is not a finite number."""
    if isinstance(activation, bool) or not isinstance(activation, int | float):
        raise ValueError(f"{what} must be a number in % MVC (got {activation!r})")
    if not math.isfinite(activation):
        raise ValueError(f"{what} must be a finite number in % MVC (got {activation!r})")
    return float(activation)


def activation_colour(activation: float) -> str:
    """The "#rrggbb" fill for an activation in % MVC; below 0 counts as 0, above 100 as 100."""
    value = min(MAX_ACTIVATION, max(0.0, validated_activation(activation)))
    for (low_at, low), (high_at, high) in zip(_STOPS_LAB, _STOPS_LAB[1:], strict=False):
        if value <= high_at:
            share = (value - low_at) / (high_at - low_at)
            mixed = [lo + (hi - lo) * share for lo, hi in zip(low, high, strict=True)]
            return oklab_to_hex((mixed[0], mixed[1], mixed[2]))
    return COLOUR_STOPS[-1][1]


# --- SVG text ----------------------------------------------------------------------------------


def recolour_svg(svg_text: str, activations: Mapping[str, float]) -> str:
    """The SVG with every ``data-muscle`` element filled by its muscle's activation colour.

    Muscles missing from ``activations`` get the neutral colour; ids the SVG does not contain are
    ignored (the same mapping is passed to the front and the back view). Only ``fill`` attributes of
    muscle elements change: the rest of the text stays byte for byte as it was.
    """
    fills = {}
    for muscle_id, activation in activations.items():
        fills[muscle_id] = activation_colour(
            validated_activation(activation, f"activation of {muscle_id}")
        )

    def recolour_tag(match: re.Match[str]) -> str:
        attrs = match.group("attrs")
        found = {m.group("key"): m for m in _ATTR_RE.finditer(attrs)}
        muscle = found.get(MUSCLE_ATTRIBUTE)
        if muscle is None:
            return match.group(0)
        fill = fills.get(muscle.group("value")[1:-1], NEUTRAL_COLOUR)
        old_fill = found.get("fill")
        if old_fill is None:
            attrs = f'{attrs} fill="{fill}"'
        else:
            start, end = old_fill.span("value")
            attrs = f'{attrs[:start]}"{fill}"{attrs[end:]}'
        return f"<{match.group('name')}{attrs}{match.group('end')}>"

    return _TAG_RE.sub(recolour_tag, svg_text)


@dataclass(frozen=True)
class MuscleElement:
    """One drawn muscle shape: element id (e.g. ``soleus_left``), muscle id, and its path data."""

    element_id: str
    muscle_id: str
    path_data: str


def muscle_elements(svg_text: str) -> list[MuscleElement]:
    """The muscle shapes in document order (later ones are drawn on top)."""
    elements = []

    def start(_name: str, attributes: dict[str, str]) -> None:
        muscle_id = attributes.get(MUSCLE_ATTRIBUTE)
        if muscle_id is not None:
            elements.append(
                MuscleElement(attributes.get("id", ""), muscle_id, attributes.get("d", ""))
            )

    # Expat itself, as xml.etree would use it (namespaces on, "}" between URI and name), without
    # the element tree: loading ElementTree cost the window about 0.75 MiB for a list of paths.
    parser = ParserCreate(namespace_separator="}")
    parser.StartElementHandler = start
    try:
        parser.Parse(svg_text, True)
    except ExpatError as exc:
        raise ValueError(f"the body diagram is not valid SVG/XML: {exc}") from None
    return elements


def muscle_ids_in_svg(svg_text: str) -> set[str]:
    return {element.muscle_id for element in muscle_elements(svg_text)}


# --- path geometry (for hit-testing in the widget) -----------------------------------------------

PathCommand = tuple[str, tuple[float, ...]]


def parse_path_data(path_data: str) -> list[PathCommand]:
    """SVG path data as absolute commands: ("M", (x, y)), ("L", (x, y)), ("C", 6 numbers), ("Z", ()).

    H/V become L, S and Q/T become C (exact for quadratics). Arcs are not supported: the project's
    drawings do not use them.
    """
    tokens = _PATH_TOKEN_RE.findall(path_data)
    leftovers = _PATH_TOKEN_RE.sub("", path_data).replace(",", "").split()
    if leftovers:
        raise ValueError(f"unexpected text in path data: {leftovers[0]!r}")
    out: list[PathCommand] = []
    x = y = start_x = start_y = 0.0
    last_control: tuple[float, float] | None = None  # for S: the previous cubic's 2nd control
    last_quad: tuple[float, float] | None = None  # for T: the previous quadratic's control
    index = 0
    command = ""
    while index < len(tokens):
        if tokens[index].isalpha():
            command = tokens[index]
            index += 1
        elif not command:
            raise ValueError("path data must start with a command (M)")
        upper = command.upper()
        if upper == "A":
            raise ValueError("arcs (A) are not supported in body diagram paths")
        count = _PATH_ARG_COUNT[upper]
        args = [float(t) for t in tokens[index : index + count]]
        if len(args) < count or any(t.isalpha() for t in tokens[index : index + count]):
            raise ValueError(f"command {command} needs {count} numbers")
        index += count
        relative = command.islower()
        if upper == "Z":
            out.append(("Z", ()))
            x, y = start_x, start_y
            last_control = last_quad = None
            continue
        if upper == "H":
            args = [args[0] + (x if relative else 0.0), y]
            relative, upper = False, "L"
        elif upper == "V":
            args = [x, args[0] + (y if relative else 0.0)]
            relative, upper = False, "L"
        if relative:
            args = [v + (x if i % 2 == 0 else y) for i, v in enumerate(args)]
        if upper == "M":
            x, y = start_x, start_y = args
            out.append(("M", (x, y)))
            command = "l" if relative else "L"  # extra pairs after M are lines
            last_control = last_quad = None
            continue
        if upper == "L":
            out.append(("L", tuple(args)))
            last_control = last_quad = None
        elif upper in ("C", "S"):
            if upper == "S":
                c1 = (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
                args = [*c1, *args]
            out.append(("C", tuple(args)))
            last_control, last_quad = (args[2], args[3]), None
        else:  # Q or T, raised to a cubic
            if upper == "T":
                control = (2 * x - last_quad[0], 2 * y - last_quad[1]) if last_quad else (x, y)
                args = [*control, *args]
            qx, qy, ex, ey = args
            out.append(
                (
                    "C",
                    (
                        x + 2 / 3 * (qx - x),
                        y + 2 / 3 * (qy - y),
                        ex + 2 / 3 * (qx - ex),
                        ey + 2 / 3 * (qy - ey),
                        ex,
                        ey,
                    ),
                )
            )
            last_control, last_quad = None, (qx, qy)
        x, y = args[-2], args[-1]
    return out

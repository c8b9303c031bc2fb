"""Programs: segments, repeat blocks, warm-up and cool-down; validation and the JSON format.

A program file is JSON of this shape (format version 1)::

    {
      "format": "walkcoach-program", "version": 1,
      "id": "first-steps", "name": "First steps backward",
      "description": "...", "source": "...", "level": "beginner",
      "warmup":   [SEGMENT, ...],
      "main":     [SEGMENT or {"repeat": 3, "segments": [SEGMENT, ...]}, ...],
      "cooldown": [SEGMENT, ...]
    }

    SEGMENT = {"kind": "forward"|"backward"|"rest"|"station"|"turn", "duration_s": 120,
               "speed_kmh": 3.0, "incline_pct": 4, "cadence_spm": 110,
               "label": "20 lunges + 15 squats", "note": "...", "until_confirmed": false}

Every problem in a file is reported with its place (``main[2].speed_kmh``) and a reason.

Turns. A "turn" segment is the turn-around between the two walking directions: belt slowed to
at most 1.5 km/h (0, belt stopped, is allowed too), rails held, the user turns to face the other
way. Where a program goes straight from one direction to the other with no turn between, the
flattened session (``Program.planned_segments``) gets an automatic 15 s turn just before the
walking segment that faces the new way (``PlannedSegment.auto_inserted``), so no session ever
changes direction without one; the file itself is never refused for it. Rests and stations
between the two directions do not count as a turn, and a station does not reset the facing:
after lunges or squats off the belt the user steps back on, and getting on facing the other way
needs the same slow belt and held rails as turning on it. Files written before turns existed
marked the turn as a slow rest labelled "Turn ..."; such a rest is read as a turn.

The package by job: model.py (segments, blocks, the program and its planned session with the
turns the coach adds; the limits a file must keep), parsing.py (the check of every field, each
problem with its place), loading.py (a file from disk or text: size, kind, encoding, JSON) and
writing.py (the JSON a program file holds).
"""

from walkcoach.core.program.loading import load_program_file, loads_program
from walkcoach.core.program.model import (
    AUTO_TURN_LABEL,
    CONTEXT_KINDS,
    CONTEXT_PROGRAM_CHECK,
    FORMAT_ID,
    FORMAT_VERSION,
    KIND_TITLES,
    KINDS,
    LEVELS,
    MAX_CADENCE_SPM,
    MAX_FILE_BYTES,
    MAX_INCLINE_PCT,
    MAX_REPEAT,
    MAX_SESSION_S,
    MAX_SPEED_KMH,
    MAX_TEXT_CHARS,
    MAX_TURN_S,
    MAX_TURN_SPEED_KMH,
    MIN_CADENCE_SPM,
    MIN_INCLINE_PCT,
    MIN_SEGMENT_S,
    MIN_SPEED_KMH,
    MIN_TURN_S,
    PHASES,
    TURN_DEFAULT_S,
    TURN_DEFAULT_SPEED_KMH,
    WALKING_KINDS,
    Item,
    PlannedSegment,
    Problem,
    Program,
    ProgramError,
    RepeatBlock,
    Segment,
    auto_turn,
    figure_text,
    format_duration,
    missing_turns,
)
from walkcoach.core.program.parsing import (
    parse_program,
    slugify,
)
from walkcoach.core.program.writing import (
    dumps_program,
    program_to_dict,
    segment_to_dict,
)

__all__ = [
    "AUTO_TURN_LABEL",
    "CONTEXT_KINDS",
    "CONTEXT_PROGRAM_CHECK",
    "FORMAT_ID",
    "FORMAT_VERSION",
    "Item",
    "KINDS",
    "KIND_TITLES",
    "LEVELS",
    "MAX_CADENCE_SPM",
    "MAX_FILE_BYTES",
    "MAX_INCLINE_PCT",
    "MAX_REPEAT",
    "MAX_SESSION_S",
    "MAX_SPEED_KMH",
    "MAX_TEXT_CHARS",
    "MAX_TURN_S",
    "MAX_TURN_SPEED_KMH",
    "MIN_CADENCE_SPM",
    "MIN_INCLINE_PCT",
    "MIN_SEGMENT_S",
    "MIN_SPEED_KMH",
    "MIN_TURN_S",
    "PHASES",
    "PlannedSegment",
    "Problem",
    "Program",
    "ProgramError",
    "RepeatBlock",
    "Segment",
    "TURN_DEFAULT_S",
    "TURN_DEFAULT_SPEED_KMH",
    "WALKING_KINDS",
    "auto_turn",
    "dumps_program",
    "figure_text",
    "format_duration",
    "load_program_file",
    "loads_program",
    "missing_turns",
    "parse_program",
    "program_to_dict",
    "segment_to_dict",
    "slugify",
]

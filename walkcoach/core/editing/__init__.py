"""The program editor's Qt-free half: a program being edited, with undo, problems and a summary.

The document holds the program in its file shape (``program_to_dict``), so whatever is being
edited can be checked by ``parse_program`` as it stands, and every Problem's ``where``
(``main[2].segments[1].speed_kmh``) names a node path (``("main", 2, 1)``) and a field.
Undo keeps a snapshot of the whole document per command: programs are a few kilobytes, and a
snapshot can never get out of step with the edit it undoes.

One module per job: common (field lists, change labels, tree paths), units (typed durations and
speeds), places (where a problem is, in words), program_warnings (what a program may do but
should not), summary (the live summary of a draft), naming (ids and names of new programs),
document (ProgramDocument: edit commands with undo and redo). Everything is importable from
here, as before the split.
"""

from __future__ import annotations

from walkcoach.core.editing.common import (
    ADD_LABELS,
    BLOCK_FIELDS,
    CHANGE_LABELS,
    CONTEXT_EDITOR,
    DEFAULT_SEGMENTS,
    META_FIELDS,
    PHASE_TITLES,
    SEGMENT_FIELDS,
    EditError,
    TreePath,
)
from walkcoach.core.editing.document import ProgramDocument
from walkcoach.core.editing.naming import copy_name, new_program_data, unique_id
from walkcoach.core.editing.places import (
    FIELD_TITLES,
    ProblemIndex,
    describe_place,
    describe_problem,
    format_path,
    parse_where,
)
from walkcoach.core.editing.program_warnings import (
    FAST_BACKWARD_WARNINGS,
    NO_TURN_WARNINGS,
    STEEP_BACKWARD_WARNINGS,
    ProgramWarning,
    program_warnings,
)
from walkcoach.core.editing.summary import MuscleScore, ProgramSummary, draft_segments, summarize
from walkcoach.core.editing.units import (
    message_in_units,
    parse_duration_text,
    speed_from_units,
    speed_to_units,
    speed_unit_label,
)

__all__ = [
    "ADD_LABELS",
    "BLOCK_FIELDS",
    "CHANGE_LABELS",
    "CONTEXT_EDITOR",
    "DEFAULT_SEGMENTS",
    "EditError",
    "FAST_BACKWARD_WARNINGS",
    "FIELD_TITLES",
    "META_FIELDS",
    "MuscleScore",
    "NO_TURN_WARNINGS",
    "PHASE_TITLES",
    "ProblemIndex",
    "ProgramDocument",
    "ProgramSummary",
    "ProgramWarning",
    "SEGMENT_FIELDS",
    "STEEP_BACKWARD_WARNINGS",
    "TreePath",
    "copy_name",
    "describe_place",
    "describe_problem",
    "draft_segments",
    "format_path",
    "message_in_units",
    "new_program_data",
    "parse_duration_text",
    "parse_where",
    "program_warnings",
    "speed_from_units",
    "speed_to_units",
    "speed_unit_label",
    "summarize",
    "unique_id",
]

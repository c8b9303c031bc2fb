"""The editable program document: edit commands with undo and redo.

Past 400 lines as one piece: it is the one class ProgramDocument, whose every edit (set a field,
add, remove, move, wrap in a block, change kind, insert a turn) is a command that takes the same
whole-document snapshot for undo, drops the same cached problem check and tells the same
listeners (_apply); the pure parts it reads (places, warnings, summary, naming) stand in the
modules beside it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from walkcoach.core import counted
from walkcoach.core.editing.common import (
    ADD_LABELS,
    BLOCK_FIELDS,
    CHANGE_LABELS,
    CONTEXT_EDITOR,
    DEFAULT_SEGMENTS,
    META_FIELDS,
    SEGMENT_FIELDS,
    EditError,
    TreePath,
)
from walkcoach.core.editing.places import ProblemIndex, format_path
from walkcoach.core.editing.program_warnings import ProgramWarning, program_warnings
from walkcoach.core.editing.summary import ProgramSummary, summarize
from walkcoach.core.i18n import translate
from walkcoach.core.muscles import MuscleModel
from walkcoach.core.program import (
    KINDS,
    MAX_TURN_S,
    MAX_TURN_SPEED_KMH,
    MIN_TURN_S,
    PHASES,
    Program,
    ProgramError,
    parse_program,
    program_to_dict,
)


@dataclass(frozen=True)
class _Command:
    label: str
    before: dict[str, Any]
    after: dict[str, Any]
    focus_before: TreePath | None
    focus_after: TreePath | None
    merge_key: Hashable | None


class _Marker:
    """Stands at a drop place while nodes are taken out, so list indexes never go stale."""


def _is_block(node: Any) -> bool:
    return isinstance(node, Mapping) and "repeat" in node


class ProgramDocument:
    """One program being edited. Every change is a command on the undo stack; listeners hear of it."""

    def __init__(
        self,
        data: Mapping[str, Any],
        *,
        read_only: bool = False,
        saved_id: str | None = None,
    ) -> None:
        self._data: dict[str, Any] = copy.deepcopy(dict(data))
        for phase in PHASES:
            if not isinstance(self._data.get(phase), list):
                self._data[phase] = []
        self.read_only = read_only
        self.saved_id = saved_id  # the id it is saved under; None for a program never saved
        self._undo: list[_Command] = []
        self._redo: list[_Command] = []
        self._clean_depth: int | None = 0
        self._merge_open = False
        self._problems: ProblemIndex | None = None
        self._warnings: tuple[ProgramWarning, ...] | None = None
        self._listeners: list[Callable[[], None]] = []

    @classmethod
    def from_program(cls, program: Program) -> ProgramDocument:
        return cls(
            program_to_dict(program),
            read_only=program.builtin,
            saved_id=None if program.builtin else program.id,
        )

    # -- reading ------------------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """A deep copy of the program in its file shape."""
        return copy.deepcopy(self._data)

    @property
    def name(self) -> str:
        return str(self._data.get("name", ""))

    @property
    def program_id(self) -> str:
        return str(self._data.get("id", ""))

    def meta(self, key: str) -> Any:
        return self._data.get(key, "")

    def phase(self, phase: str) -> list[Any]:
        nodes: list[Any] = self._data[phase]
        return nodes

    def node(self, path: TreePath) -> dict[str, Any]:
        """The segment or block at ``path`` (a live reference: read it, do not change it)."""
        try:
            node: dict[str, Any] = self._data[path[0]][path[1]]
            if len(path) == 3:
                if not _is_block(node):
                    raise IndexError
                node = node["segments"][path[2]]
        except (KeyError, IndexError, TypeError):
            raise EditError(f"no segment at {format_path(path)}") from None
        return node

    def exists(self, path: TreePath) -> bool:
        try:
            self.node(path)
        except EditError:
            return False
        return True

    def is_block(self, path: TreePath) -> bool:
        return len(path) == 2 and _is_block(self.node(path))

    def children(self, parent: TreePath) -> list[Any]:
        """The list under a phase (``("main",)``) or a block (``("main", 2)``)."""
        nodes: list[Any]
        if len(parent) == 1:
            nodes = self._data[parent[0]]
            return nodes
        block = self.node(parent)
        if not _is_block(block):
            raise EditError(f"{format_path(parent)} is not a repeat block")
        nodes = block.setdefault("segments", [])
        return nodes

    def paths(self) -> Iterator[TreePath]:
        """Every node path in display order (blocks before their segments)."""
        for phase in PHASES:
            for i, node in enumerate(self._data[phase]):
                yield (phase, i)
                if _is_block(node):
                    for j in range(len(node.get("segments") or [])):
                        yield (phase, i, j)

    @property
    def problems(self) -> ProblemIndex:
        if self._problems is None:
            try:
                parse_program(self._data, source="")
            except ProgramError as exc:
                self._problems = ProblemIndex.build(exc.problems)
            else:
                self._problems = ProblemIndex()
        return self._problems

    @property
    def valid(self) -> bool:
        return self.problems.valid

    @property
    def warnings(self) -> tuple[ProgramWarning, ...]:
        """What the program should not do but may (no error: it can still be saved)."""
        if self._warnings is None:
            self._warnings = program_warnings(self._data)
        return self._warnings

    def program(self) -> Program:
        """The program as it stands; ProgramError if it is not valid."""
        return parse_program(self._data, source=self.name or "program")

    def summary(self, weight_kg: float, model: MuscleModel | None = None) -> ProgramSummary:
        return summarize(self._data, weight_kg, model)

    # -- undo ---------------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        self._problems = None
        self._warnings = None
        for listener in list(self._listeners):
            listener()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].label if self._redo else ""

    @property
    def modified(self) -> bool:
        return self._clean_depth != len(self._undo)

    def mark_saved(self, saved_id: str | None = None) -> None:
        if saved_id is not None:
            self.saved_id = saved_id
        self._clean_depth = len(self._undo)
        self._merge_open = False
        self._changed()

    def close_merge(self) -> None:
        """The next edit starts a new undo step even if it changes the same field again."""
        self._merge_open = False

    def undo(self) -> TreePath | None:
        """Undo one command; returns the node to select afterwards."""
        if not self._undo:
            return None
        command = self._undo.pop()
        self._redo.append(command)
        self._data = copy.deepcopy(command.before)
        self._merge_open = False
        self._changed()
        return command.focus_before

    def redo(self) -> TreePath | None:
        if not self._redo:
            return None
        command = self._redo.pop()
        self._undo.append(command)
        self._data = copy.deepcopy(command.after)
        self._merge_open = False
        self._changed()
        return command.focus_after

    def _apply_with_focus(
        self,
        label: str,
        change: Callable[[dict[str, Any]], TreePath],
        *,
        focus: TreePath | None = None,
    ) -> TreePath:
        """:meth:`_apply` for a change that always says where the selection goes."""
        after = self._apply(label, change, focus=focus)
        assert after is not None  # change() returned a path
        return after

    def _apply(
        self,
        label: str,
        change: Callable[[dict[str, Any]], TreePath | None],
        *,
        focus: TreePath | None = None,
        merge_key: Hashable | None = None,
    ) -> TreePath | None:
        if self.read_only:
            raise EditError(
                translate(
                    "ProgramEditor",
                    "built-in programs cannot be changed; duplicate it to edit a copy",
                )
            )
        before = copy.deepcopy(self._data)
        work = copy.deepcopy(self._data)
        saved, self._data = self._data, work
        try:
            focus_after = change(work)
        except BaseException:
            self._data = saved
            raise
        if work == before:
            return focus_after
        last = self._undo[-1] if self._undo else None
        if (
            merge_key is not None
            and self._merge_open
            and last is not None
            and last.merge_key == merge_key
            and self._clean_depth != len(self._undo)  # never merge into the saved state
        ):
            self._undo[-1] = _Command(
                label, last.before, copy.deepcopy(work), last.focus_before, focus_after, merge_key
            )
        else:
            if self._clean_depth is not None and self._clean_depth > len(self._undo):
                self._clean_depth = None  # the saved state was undone and is now unreachable
            self._undo.append(
                _Command(label, before, copy.deepcopy(work), focus, focus_after, merge_key)
            )
        self._redo.clear()
        self._merge_open = merge_key is not None
        self._changed()
        return focus_after

    # -- edits --------------------------------------------------------------------------------

    def set_meta(self, key: str, value: Any) -> None:
        """Name, description, level or source of the program ("" or None removes it)."""
        if key not in META_FIELDS:
            raise EditError(f"unknown program field '{key}'")

        def change(data: dict[str, Any]) -> None:
            if value in ("", None) and key != "name":
                data.pop(key, None)
            else:
                data[key] = value

        self._apply(translate(CONTEXT_EDITOR, CHANGE_LABELS[key]), change, merge_key=("meta", key))

    def set_id(self, program_id: str) -> None:
        """The id under which the program is saved (not an undo step: chosen when saving)."""
        self._data["id"] = program_id
        self._changed()

    def set_field(self, path: TreePath, field_name: str, value: Any) -> None:
        """Set one field of a segment or block (None removes an optional field)."""
        block = self.is_block(path)
        allowed = BLOCK_FIELDS if block else SEGMENT_FIELDS
        if field_name not in allowed:
            raise EditError(
                f"'{field_name}' is not a field of a {'repeat block' if block else 'segment'}"
            )

        def change(data: dict[str, Any]) -> TreePath:
            node = self.node(path)
            if value is None or (field_name in ("label", "note") and value == ""):
                node.pop(field_name, None)
            else:
                node[field_name] = value
            if field_name == "kind":
                _fit_to_kind(node)
            return path

        label = translate(CONTEXT_EDITOR, CHANGE_LABELS[field_name])
        self._apply(label, change, focus=path, merge_key=(path, field_name))

    def insert_segment(
        self,
        kind: str,
        after: TreePath | None = None,
        data: Mapping[str, Any] | None = None,
        *,
        into: TreePath | None = None,
    ) -> TreePath:
        """Add a segment after the node ``after`` (in its list), or at the end of the phase or
        block ``into``; with neither, at the end of the main part."""
        if kind not in KINDS:
            raise EditError(f"unknown kind '{kind}'")
        segment = copy.deepcopy(dict(data)) if data is not None else dict(DEFAULT_SEGMENTS[kind])
        if after is not None:
            self.node(after)
            parent, index = after[:-1], after[-1] + 1
        else:
            parent = into or ("main",)
            index = len(self.children(parent))

        def change(work: dict[str, Any]) -> TreePath:
            self.children(parent).insert(index, segment)
            return (*parent, index)

        label = translate(CONTEXT_EDITOR, ADD_LABELS[kind])
        return self._apply_with_focus(label, change, focus=after)

    def insert_turn(self, before: TreePath) -> TreePath:
        """Put a turn in front of the node ``before`` (a segment or a block), at the incline of
        the segment it leads into; returns the turn's path. Undone like any edit."""
        node = self.node(before)
        leads_into = node["segments"][0] if _is_block(node) and node.get("segments") else node
        turn = dict(DEFAULT_SEGMENTS["turn"])
        incline = leads_into.get("incline_pct") if isinstance(leads_into, Mapping) else None
        if isinstance(incline, int | float) and not isinstance(incline, bool) and incline:
            turn["incline_pct"] = incline
        parent, index = before[:-1], before[-1]

        def change(work: dict[str, Any]) -> TreePath:
            self.children(parent).insert(index, turn)
            return (*parent, index)

        return self._apply_with_focus(
            translate("ProgramEditor", "Insert turn"), change, focus=before
        )

    def duplicate(self, path: TreePath) -> TreePath:
        node = copy.deepcopy(self.node(path))

        def change(work: dict[str, Any]) -> TreePath:
            parent, index = path[:-1], path[-1]
            self.children(parent).insert(index + 1, node)
            return (*parent, index + 1)

        return self._apply_with_focus(translate("ProgramEditor", "Duplicate"), change, focus=path)

    def remove(self, paths: Iterable[TreePath]) -> TreePath | None:
        """Remove segments and blocks; a block left empty goes too. Returns a neighbour to select."""
        paths = _outermost(paths)
        if not paths:
            return None
        for path in paths:
            self.node(path)
        first = min(paths, key=_order_key)

        def change(work: dict[str, Any]) -> TreePath | None:
            doomed = [self.node(p) for p in paths]
            self._take_out(doomed)
            return self._nearest(first)

        if len(paths) == 1:
            label = translate("ProgramEditor", "Remove segment")
        else:
            label = counted.translate("ProgramEditor", "Remove %n item(s)", None, len(paths))
        return self._apply(label, change, focus=first)

    def move(self, path: TreePath, delta: int) -> TreePath:
        """One row up (-1) or down (+1) as the tree shows it: into and out of blocks and phases."""
        if delta not in (-1, 1):
            raise EditError(translate("ProgramEditor", "move by one row at a time"))
        parent, row = self.move_target(path, delta)
        new_paths = self.move_nodes(
            [path],
            parent,
            row,
            label=translate("ProgramEditor", "Move up")
            if delta < 0
            else translate("ProgramEditor", "Move down"),
        )
        return new_paths[0]

    def move_target(self, path: TreePath, delta: int) -> tuple[TreePath, int]:
        """Where ``move`` puts a node: (parent, insertion row before the node is taken out)."""
        node = self.node(path)
        phase, index = path[0], path[1]
        siblings = self._data[phase]
        if len(path) == 3:
            inner = path[2]
            count = len(siblings[index]["segments"])
            if delta < 0:
                return ((phase, index), inner - 1) if inner > 0 else ((phase,), index)
            return ((phase, index), inner + 2) if inner < count - 1 else ((phase,), index + 1)
        if _is_block(node):
            target = index + (-1 if delta < 0 else 2)
            if not 0 <= index + delta < len(siblings):
                raise EditError(translate("ProgramEditor", "a repeat block stays in the main part"))
            return (phase,), target
        phase_no = PHASES.index(phase)
        if delta < 0:
            if index > 0:
                before = siblings[index - 1]
                if _is_block(before):
                    return (phase, index - 1), len(before["segments"])
                return (phase,), index - 1
            if phase_no == 0:
                raise EditError(translate("ProgramEditor", "already the first segment"))
            previous = PHASES[phase_no - 1]
            return (previous,), len(self._data[previous])
        if index < len(siblings) - 1:
            after = siblings[index + 1]
            if _is_block(after):
                return (phase, index + 1), 0
            return (phase,), index + 2
        if phase_no == len(PHASES) - 1:
            raise EditError(translate("ProgramEditor", "already the last segment"))
        return (PHASES[phase_no + 1],), 0

    def can_move(self, path: TreePath, delta: int) -> bool:
        try:
            self.move_target(path, delta)
        except EditError:
            return False
        return not self.read_only

    def move_nodes(
        self, paths: Iterable[TreePath], parent: TreePath, row: int, *, label: str = ""
    ) -> list[TreePath]:
        """Move nodes (in display order) to ``row`` of ``parent`` (a phase or a block; -1: the end).

        ``row`` counts in the list as it is before the move, as a drop indicator shows it.
        """
        label = label or translate("ProgramEditor", "Move")
        paths = sorted(_outermost(paths), key=_order_key)
        if not paths:
            return []
        nodes = [self.node(p) for p in paths]
        if len(parent) not in (1, 2) or parent[0] not in PHASES:
            raise EditError(
                translate(
                    "ProgramEditor",
                    "drop segments into the warm-up, main or cool-down part, or a repeat block",
                )
            )
        if len(parent) == 2 and not self.is_block(parent):
            raise EditError(
                translate(
                    "ProgramEditor",
                    "segments can only be dropped into a repeat block, not onto a segment",
                )
            )
        if any(_is_block(n) for n in nodes) and parent != ("main",):
            raise EditError(
                translate(
                    "ProgramEditor",
                    "a repeat block can only sit in the main part, and blocks do not nest",
                )
            )
        if len(parent) == 2 and any(parent == p for p in paths):
            raise EditError(
                translate("ProgramEditor", "a repeat block cannot be dropped into itself")
            )
        length = len(self.children(parent))
        if row < 0 or row > length:
            row = length

        def change(work: dict[str, Any]) -> list[TreePath]:
            moving = [self.node(p) for p in paths]
            marker = _Marker()
            self.children(parent).insert(row, marker)
            self._take_out(moving)
            for phase in PHASES:
                for container in self._lists(phase):
                    if marker in container:
                        at = container.index(marker)
                        container[at : at + 1] = moving
            return [self._locate(n) for n in moving]

        result: list[TreePath] = []

        def run(work: dict[str, Any]) -> TreePath:
            result.extend(change(work))
            return result[0]

        self._apply(label, run, focus=paths[0])
        return result or list(paths)

    def wrap(self, paths: Iterable[TreePath], rounds: int = 2) -> TreePath:
        """Put neighbouring segments of the main part into a new repeat block."""
        paths = sorted(set(paths), key=_order_key)
        if not paths:
            raise EditError(translate("ProgramEditor", "select the segments to repeat first"))
        if any(p[0] != "main" for p in paths):
            raise EditError(
                translate("ProgramEditor", "repeat blocks can only be made in the main part")
            )
        if any(len(p) != 2 or self.is_block(p) for p in paths):
            raise EditError(
                translate(
                    "ProgramEditor",
                    "select segments of the main part that are not in a repeat block yet",
                )
            )
        indexes = [p[1] for p in paths]
        if indexes != list(range(indexes[0], indexes[0] + len(indexes))):
            raise EditError(translate("ProgramEditor", "select segments that follow each other"))

        def change(work: dict[str, Any]) -> TreePath:
            main = work["main"]
            start, stop = indexes[0], indexes[-1] + 1
            block = {"repeat": rounds, "segments": main[start:stop]}
            main[start:stop] = [block]
            return ("main", start)

        return self._apply_with_focus(
            translate("ProgramEditor", "Make repeat block"), change, focus=paths[0]
        )

    def unwrap(self, path: TreePath) -> TreePath:
        """Replace a repeat block by one copy of its segments."""
        if not self.is_block(path):
            raise EditError(translate("ProgramEditor", "select a repeat block to undo the repeat"))

        def change(work: dict[str, Any]) -> TreePath:
            main = work["main"]
            main[path[1] : path[1] + 1] = main[path[1]].get("segments") or []
            return ("main", path[1])

        return self._apply_with_focus(
            translate("ProgramEditor", "Remove repeat"), change, focus=path
        )

    # -- helpers (act on self._data, which _apply has swapped for the working copy) ------------

    def _lists(self, phase: str) -> Iterator[list[Any]]:
        yield self._data[phase]
        for node in self._data[phase]:
            if _is_block(node) and isinstance(node.get("segments"), list):
                yield node["segments"]

    def _take_out(self, nodes: list[Any]) -> None:
        """Remove nodes by identity; blocks emptied by it go too (a marker keeps a block)."""
        doomed = {id(n) for n in nodes}
        for phase in PHASES:
            kept = []
            for node in self._data[phase]:
                if id(node) in doomed:
                    continue
                if _is_block(node) and isinstance(node.get("segments"), list):
                    had = len(node["segments"])
                    node["segments"] = [s for s in node["segments"] if id(s) not in doomed]
                    if had and not node["segments"]:
                        continue
                kept.append(node)
            self._data[phase][:] = kept

    def _locate(self, node: Any) -> TreePath:
        for path in self.paths():
            if self.node(path) is node:
                return path
        raise EditError("moved node not found")  # unreachable: it was just put in

    def _nearest(self, path: TreePath) -> TreePath | None:
        """The node now at ``path``, else the one before it, else its parent; None if empty."""
        candidates = [path]
        if path[-1] > 0:
            candidates.append((*path[:-1], path[-1] - 1))
        if len(path) == 3:
            candidates.append(path[:2])
        for candidate in candidates:
            if self.exists(candidate):
                return candidate
        for existing in self.paths():
            return existing
        return None


def _fit_to_kind(node: dict[str, Any]) -> None:
    """After a kind change, drop fields the new kind cannot have and add what it must have."""
    kind = node.get("kind")
    if kind in ("forward", "backward") and "speed_kmh" not in node:
        node["speed_kmh"] = DEFAULT_SEGMENTS[kind]["speed_kmh"]
    if kind == "turn":
        # A walking speed would make the new turn an error at once: start from the turn's own.
        speed = node.get("speed_kmh")
        if not isinstance(speed, int | float) or speed > MAX_TURN_SPEED_KMH:
            node["speed_kmh"] = DEFAULT_SEGMENTS["turn"]["speed_kmh"]
        duration = node.get("duration_s")
        if not isinstance(duration, int | float) or not MIN_TURN_S <= duration <= MAX_TURN_S:
            node["duration_s"] = DEFAULT_SEGMENTS["turn"]["duration_s"]
    if kind != "station":
        node.pop("until_confirmed", None)
    elif not node.get("label"):
        node["label"] = DEFAULT_SEGMENTS["station"]["label"]


def _order_key(path: TreePath) -> tuple[int, int, int]:
    return (PHASES.index(path[0]), path[1], path[2] if len(path) == 3 else -1)


def _outermost(paths: Iterable[TreePath]) -> list[TreePath]:
    """Drop paths inside a block that is itself listed (moving the block moves them)."""
    unique = set(paths)
    return [p for p in unique if not (len(p) == 3 and p[:2] in unique)]

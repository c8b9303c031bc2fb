"""Tree model of a program being edited: phases, segments and repeat blocks; drag and drop moves."""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from walkcoach.core.editing import (
    CONTEXT_EDITOR,
    PHASE_TITLES,
    EditError,
    ProgramDocument,
    draft_segments,
    speed_to_units,
    speed_unit_label,
)
from walkcoach.core.i18n import CONTEXT_PROGRAMS
from walkcoach.core.program import (
    CONTEXT_KINDS,
    KIND_TITLES,
    PHASES,
    TURN_DEFAULT_SPEED_KMH,
    format_duration,
)
from walkcoach.ui.i18n import core_text
from walkcoach.ui.locale_text import decimal, number

MIME_TYPE = "application/x-walkcoach-program-nodes"
COLUMN_COUNT = 4  # segment, time, speed, incline (their headers: headerData)
# One shape per kind, as on the coach page, so the kind never depends on colour alone.
KIND_SYMBOLS = {"forward": "▲", "backward": "▼", "rest": "❚❚", "station": "■", "turn": "⇅"}
BLOCK_SYMBOL = "↻"
PROBLEM_MARK = "⚠"

# internalId of an index: 0 for a phase row; 1 + phase number for a node of a phase;
# BLOCK_BASE + block row for a segment inside a block of the main part (blocks live only there).
BLOCK_BASE = 1000
_MAIN_NO = PHASES.index("main")

AnyIndex = QModelIndex | QPersistentModelIndex


class ProgramTreeModel(QAbstractItemModel):
    """Presents a ProgramDocument; every change goes through the document (and so its undo)."""

    drop_refused = Signal(str)  # why a drop could not be made
    nodes_dropped = Signal(list)  # the moved nodes' new paths

    def __init__(self, document: ProgramDocument | None = None, units: str = "kmh", parent=None):
        super().__init__(parent)
        self._document = document
        self._units = units
        self.problem_colour = QColor("#ff5d5d")

    # -- document -----------------------------------------------------------------------------

    @property
    def document(self) -> ProgramDocument | None:
        return self._document

    def set_document(self, document: ProgramDocument | None) -> None:
        self.beginResetModel()
        self._document = document
        self.endResetModel()

    def set_units(self, units: str) -> None:
        self._units = units
        self.refresh()

    def _label(self, node) -> str:
        """A segment's or block's label; a built-in program's (opened read-only) translated."""
        label = node.get("label") or ""
        document = self._document
        if label and document is not None and document.read_only:
            return QCoreApplication.translate(CONTEXT_PROGRAMS, label)
        return label

    def refresh(self) -> None:
        """The document changed: rebuild (views re-select by path afterwards)."""
        self.beginResetModel()
        self.endResetModel()

    # -- paths and indexes --------------------------------------------------------------------

    def path_for(self, index: AnyIndex) -> tuple | None:
        if not index.isValid():
            return None
        ident = index.internalId()
        if ident == 0:
            return (PHASES[index.row()],)
        if ident < BLOCK_BASE:
            return (PHASES[ident - 1], index.row())
        return ("main", ident - BLOCK_BASE, index.row())

    def index_for(self, path: tuple | None, column: int = 0) -> QModelIndex:
        if not path:
            return QModelIndex()
        phase_index = self.index(PHASES.index(path[0]), 0)
        if len(path) == 1:
            return self.index(phase_index.row(), column)
        node_index = self.index(path[1], column if len(path) == 2 else 0, phase_index)
        if len(path) == 2:
            return node_index
        return self.index(path[2], column, node_index)

    # -- QAbstractItemModel -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        ident = parent.internalId()
        if ident == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return self.createIndex(row, column, BLOCK_BASE + parent.row())

    # Qt's parent() is both QObject.parent() and the model's parent(index); one method serves both.
    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        ident = index.internalId()
        if ident == 0:
            return QModelIndex()
        if ident < BLOCK_BASE:
            return self.createIndex(ident - 1, 0, 0)
        return self.createIndex(ident - BLOCK_BASE, 0, _MAIN_NO + 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        doc = self._document
        if doc is None or parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(PHASES)
        path = self.path_for(parent)
        if len(path) == 1:
            return len(doc.phase(path[0]))
        if len(path) == 2 and doc.is_block(path):
            return len(doc.node(path).get("segments") or [])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Each header in its own tr() call: lupdate never saw tr(COLUMNS[section]).
            headers = (self.tr("Segment"), self.tr("Time"), self.tr("Speed"), self.tr("Incline"))
            return headers[section] if 0 <= section < COLUMN_COUNT else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        doc = self._document
        if not index.isValid() or doc is None:
            return Qt.ItemFlag.NoItemFlags
        if doc.read_only:
            return base
        path = self.path_for(index)
        if len(path) == 1:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if len(path) == 2 and doc.is_block(path):
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        doc = self._document
        if doc is None or not index.isValid():
            return None
        path = self.path_for(index)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(path, column)
            if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
                problems = self._problems(path)
                if problems:
                    text += " " + self.tr("(problem: {reason})").format(reason=problems[0])
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self._problems(path)
            if problems:
                return "\n".join(f"{PROBLEM_MARK} {p}" for p in problems)
            if len(path) >= 2 and not doc.is_block(path):
                return doc.node(path).get("note") or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and self._problems(path):
            return self.problem_colour
        if role == Qt.ItemDataRole.FontRole and len(path) == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _problems(self, path: tuple) -> tuple[str, ...]:
        doc = self._document
        problems = doc.problems
        if len(path) == 1:
            own = [m for (p, f), ms in problems.by_place.items() if p == path for m in ms]
            return tuple(own)
        return problems.node(path)

    def _text(self, path: tuple, column: int) -> str:
        doc = self._document
        if len(path) == 1:
            if column == 0:
                return core_text(CONTEXT_EDITOR, PHASE_TITLES[path[0]])
            if column == 1:
                segments, _ = draft_segments({path[0]: doc.phase(path[0])})
                return format_duration(sum(s.duration_s for s in segments))
            return ""
        node = doc.node(path)
        mark = f"{PROBLEM_MARK} " if self._problems(path) else ""
        if doc.is_block(path):
            if column == 0:
                label = self._label(node)
                text = self.tr("{symbol} Repeat × {rounds}").format(
                    symbol=BLOCK_SYMBOL, rounds=node.get("repeat")
                )
                return mark + (f"{text} · {label}" if label else text)
            if column == 1:
                segments, _ = draft_segments({"main": [node]})
                return format_duration(sum(s.duration_s for s in segments))
            return ""
        kind = node.get("kind", "")
        if column == 0:
            title = core_text(CONTEXT_KINDS, KIND_TITLES.get(kind, str(kind)))
            label = self._label(node)
            text = f"{KIND_SYMBOLS.get(kind, '?')} {title}"
            return mark + (f"{text} · {label}" if label else text)
        if column == 1:
            return _number_text(node.get("duration_s"), format_duration)
        if column == 2:
            speed = node.get("speed_kmh", TURN_DEFAULT_SPEED_KMH if kind == "turn" else 0)
            if kind in ("rest", "station", "turn") and not speed:
                return self.tr("stopped")
            return _number_text(
                speed,
                lambda v: (
                    f"{decimal(speed_to_units(v, self._units), 1)} {speed_unit_label(self._units)}"
                ),
            )
        incline = node.get("incline_pct", 0)
        return _number_text(incline, lambda v: f"{number(v)} %")

    # -- drag and drop ------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        paths = []
        for index in indexes:
            path = self.path_for(index)
            if path is not None and len(path) >= 2 and list(path) not in paths:
                paths.append(list(path))
        mime = QMimeData()
        mime.setData(MIME_TYPE, json.dumps(paths).encode("utf-8"))
        return mime

    def _drop_target(self, row: int, parent: AnyIndex) -> tuple[tuple, int] | None:
        path = self.path_for(parent)
        if path is None:
            return None
        if len(path) == 3 or (len(path) == 2 and not self._document.is_block(path)):
            # Dropped onto a segment: put it after that segment, in the same list.
            return path[:-1], path[-1] + 1
        return path, row

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        doc = self._document
        return (
            doc is not None
            and not doc.read_only
            and data.hasFormat(MIME_TYPE)
            and self._drop_target(row, parent) is not None
        )

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            paths = [tuple(p) for p in json.loads(bytes(data.data(MIME_TYPE)).decode("utf-8"))]
        except (ValueError, TypeError):
            return False
        target, at = self._drop_target(row, parent)
        try:
            moved = self._document.move_nodes(paths, target, at, label=self.tr("Drag and drop"))
        except EditError as exc:
            self.drop_refused.emit(str(exc))
            return False
        self.nodes_dropped.emit(moved)
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        # The move is complete in dropMimeData (one undo step); the view's follow-up removal of
        # the dragged rows must do nothing.
        return False


def _number_text(value, fmt) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "?"
    try:
        return fmt(value)
    except (ValueError, OverflowError):
        return "?"

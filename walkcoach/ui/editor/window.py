"""Program editor window: the program list, the segment tree, the forms, live summary, undo and save.

Built-ins are shown read-only ("Duplicate to edit"). New and duplicated programs are written to
the user's folder at once, so the list always mirrors the files; edits are then saved with Save
(atomic, via library.save_user_program). Questions use open(), never exec(), so the window and
the coach session behind it stay responsive.

Past 400 lines (about 870) as one piece: one window class whose menus, selection, forms and
question dialogs (save changes?, delete?, replace?) all act on the one open ProgramDocument and
its undo stack. The forms, the tree model, the files and the summary stand apart in ui/editor/;
the question dialogs could follow, but each is a few lines around the window's own state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core import library
from walkcoach.core.editing import EditError, ProgramDocument, describe_problem
from walkcoach.core.muscles import MuscleModel
from walkcoach.core.program import Program, ProgramError
from walkcoach.core.settings import Settings
from walkcoach.ui import plurals, resource_text
from walkcoach.ui.editor.files import EditorFiles
from walkcoach.ui.editor.forms import BlockForm, ProgramInfoForm, SegmentForm, focus_field
from walkcoach.ui.editor.model import PROBLEM_MARK, ProgramTreeModel
from walkcoach.ui.editor.style import editor_style_sheet, problem_colour, system_font
from walkcoach.ui.editor.summary import SummaryPanel
from walkcoach.ui.resource_text import shown_builtin
from walkcoach.ui.widgets.flow_layout import FlowLayout
from walkcoach.ui.widgets.folding import FoldingFrame, VerticalScrollArea
from walkcoach.ui.widgets.screen_fit import fit_size

log = logging.getLogger(__name__)


class _ShrinkingTreePane(QWidget):
    """The segment tree's pane: in its scroll area it scrolls only once the tree is down to its
    minimum height (a scroll area asks for the preferred height, the tree's full list)."""

    def __init__(self, tree: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tree = tree

    def heightForWidth(self, width: int) -> int:
        spare = self._tree.sizeHint().height() - self._tree.minimumSizeHint().height()
        return super().heightForWidth(width) - max(0, spare)


class _UndoKeysToDocument(QObject):
    """Ctrl+Z in a text field undoes the program edit, not just the field's own text."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()
            return True  # not accepted: the window's Undo/Redo shortcut fires
        return False


class ProgramEditor(QMainWindow):
    """Create, duplicate, rename, delete, import and export programs; edit their segments."""

    program_saved = Signal(object)  # Program, after it was written to the user's folder
    programs_changed = Signal()  # the user's programs changed (saved, new, imported, deleted)

    def __init__(
        self, settings: Settings, *, model: MuscleModel | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, owned by the main window
        self.setObjectName("programEditor")
        self.setWindowTitle(self.tr("Programs"))
        self.settings = settings
        self.muscle_model = model
        self.document: ProgramDocument | None = None
        self.programs: list[Program] = []
        self.current_path: tuple | None = None
        self.question: QMessageBox | None = None  # the open question, if any (tests answer it)
        self.message: QMessageBox | None = None  # the last error or notice shown
        self._selecting = False
        self.setFont(system_font())
        self._build()
        self.files = EditorFiles(self)
        self._build_menus()
        self.apply_settings()
        self.load_programs()
        self.resize(fit_size(self, QSize(1180, 760)))

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        # Program list
        self.program_list = QListWidget(self)
        self.program_list.setObjectName("programList")
        self.program_list.setAccessibleName(self.tr("Programs"))
        # load_programs() widens the list to its longest name; past that cap a name is elided
        # (its tool tip has it whole) instead of a horizontal scroll bar.
        self.program_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.program_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        list_label = QLabel(self.tr("P&rograms"), self)
        list_label.setBuddy(self.program_list)
        self.new_button = self._button(self.tr("&New"), self.tr("New program"))
        self.duplicate_button = self._button(self.tr("D&uplicate"), self.tr("Duplicate program"))
        self.delete_button = self._button(self.tr("Delete…"), self.tr("Delete program"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.program_list, 1)
        row = FlowLayout()  # wraps: the list's pane may be narrow on a small screen
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        left_layout.addLayout(row)

        # Read-only banner, program details, segment tree and its tools
        # Its button goes under the message where the pane is too narrow for both side by side.
        self.builtin_banner = FoldingFrame(self)
        self.builtin_banner.setObjectName("builtinBanner")
        self.builtin_label = QLabel(
            self.tr("Read-only: this is a built-in program. Make a copy to edit it."),
            self,
        )
        self.builtin_label.setWordWrap(True)
        self.copy_button = self._button(self.tr("Duplicate &to edit"), self.tr("Duplicate to edit"))
        banner = self.builtin_banner.box
        banner.addWidget(self.builtin_label, 1)
        banner.addWidget(self.copy_button)
        self.info_form = ProgramInfoForm(self)
        self.tree_model = ProgramTreeModel(units=self.settings.units, parent=self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("segmentTree")
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Segments"))
        self.tree.setAccessibleDescription(
            self.tr("Alt+Up and Alt+Down move the selected segment; Delete removes it")
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree_label = QLabel(self.tr("&Segments"), self)
        tree_label.setBuddy(self.tree)
        # Rows that wrap: on one line each, they held the editor at least 1180 px wide.
        self.add_row = FlowLayout()
        self.tool_row = FlowLayout()
        center = _ShrinkingTreePane(self.tree, self)
        center_layout = QVBoxLayout(center)
        center_layout.addWidget(self.builtin_banner)
        center_layout.addWidget(self.info_form)
        center_layout.addWidget(tree_label)
        center_layout.addWidget(self.tree, 1)
        center_layout.addLayout(self.add_row)
        center_layout.addLayout(self.tool_row)
        # Scrolls where the banner's and the form's wrapped text (a longer language, a small
        # screen) need more height than the window has once the tree is at its smallest.
        center_area = VerticalScrollArea(center, self)

        # Form of the selected node, summary
        self.segment_form = SegmentForm(self.settings.units, self)
        self.block_form = BlockForm(self)
        self.hint_label = QLabel(self.tr("Select a segment or a repeat block to edit it."), self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        # Pages shown one at a time in a plain layout (not a QStackedWidget): a box layout passes
        # height-for-width on, so wrapped problem lines under a field get their room.
        self.form_box = QGroupBox(self.tr("Selected"), self)
        form_layout = QVBoxLayout(self.form_box)
        self.form_pages = (self.hint_label, self.segment_form, self.block_form)
        for page in self.form_pages:
            form_layout.addWidget(page)
        self.summary = SummaryPanel(self)
        right_inner = QWidget(self)
        right_layout = QVBoxLayout(right_inner)
        right_layout.addWidget(self.form_box)
        right_layout.addWidget(self.summary)
        right_layout.addStretch(1)
        # A scroll area honours height-for-width (wrapped problem lines) and keeps every field
        # reachable with a large system font; its forms' rows wrap in a narrow pane.
        right = VerticalScrollArea(right_inner, self)

        splitter = QSplitter(self)
        for part in (left, center_area, right):
            splitter.addWidget(part)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([260, 520, 400])

        # Validation status and Save
        self.status_label = QLabel(self)
        self.status_label.setObjectName("validationStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Program check"))
        self.save_button = self._button(self.tr("&Save"), self.tr("Save program"))
        self.save_button.setObjectName("primary")
        # The check's text gets the row's width; Save stays its own size.
        self.save_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.save_button.setMinimumWidth(self.save_button.fontMetrics().horizontalAdvance("M") * 8)
        # Warnings (no turn where the direction changes, beyond the level's limits) are shown
        # apart from the errors: they never stop a save.
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("validationWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName(self.tr("Program warnings"))
        self.warnings_label.setVisible(False)
        self.insert_turn_button = QToolButton(self)
        self.insert_turn_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.insert_turn_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # In a widget that expands: as a bare layout the wrapped check text got ~80 px beside Save.
        checks_box = QWidget(self)
        checks_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        checks = QVBoxLayout(checks_box)
        checks.setContentsMargins(0, 0, 0, 0)
        checks.addWidget(self.status_label)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warnings_label, 1)
        warning_row.addWidget(self.insert_turn_button, 0, Qt.AlignmentFlag.AlignTop)
        checks.addLayout(warning_row)
        bottom = QHBoxLayout()
        bottom.addWidget(checks_box, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(splitter, 1)
        body_layout.addLayout(bottom)
        self.setCentralWidget(body)

        self.program_list.currentItemChanged.connect(self._on_list_current)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        self.tree_model.drop_refused.connect(
            lambda reason: self.statusBar().showMessage(reason, 8000)
        )
        self.tree_model.nodes_dropped.connect(self.select_paths)
        for form in (self.segment_form, self.block_form, self.info_form):
            form.edited.connect(self._after_form_edit)
        self.undo_filter = _UndoKeysToDocument(self)
        for form in (self.segment_form, self.block_form, self.info_form):
            for widget in form.fields.values():
                widget.installEventFilter(self.undo_filter)

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        return button

    def _action(self, text: str, handler: Callable[[], object], keys=(), tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shown = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
        )
        tip = tip or text.replace("&", "").rstrip("…")
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.triggered.connect(lambda _checked=False: handler())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        files = self.files
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New program"), files.new_program, [std.New])
        self.duplicate_action = self._action(
            self.tr("&Duplicate program"), files.duplicate_program, ["Ctrl+Shift+D"]
        )
        self.rename_action = self._action(self.tr("&Rename…"), self.start_rename, ["F2"])
        self.delete_action = self._action(self.tr("De&lete program…"), files.delete_program)
        self.import_action = self._action(
            self.tr("&Import program…"), files.import_dialog, ["Ctrl+I"]
        )
        self.export_action = self._action(
            self.tr("&Export program…"), files.export_dialog, ["Ctrl+Shift+E"]
        )
        self.save_action = self._action(self.tr("&Save"), self.save, [std.Save])
        self.close_action = self._action(self.tr("&Close"), self.close, [std.Close])
        self.undo_action = self._action(self.tr("&Undo"), self.undo, [std.Undo])
        self.redo_action = self._action(self.tr("&Redo"), self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.add_actions = {
            kind: self._action(text, partial(self.add_segment, kind), [key])
            for kind, text, key in (
                ("forward", self.tr("Add &forward"), "Ctrl+1"),
                ("backward", self.tr("Add &backward"), "Ctrl+2"),
                ("rest", self.tr("Add r&est"), "Ctrl+3"),
                ("station", self.tr("Add s&tation"), "Ctrl+4"),
                ("turn", self.tr("Add t&urn"), "Ctrl+5"),
            )
        }
        self.insert_turn_action = self._action(
            self.tr("&Insert turn here"),
            self.insert_turn,
            ["Ctrl+Shift+T"],
            self.tr("Put a turn where the direction changes without one"),
        )
        self.copy_segment_action = self._action(
            self.tr("Du&plicate segment"), self.duplicate_segment, ["Ctrl+D"]
        )
        self.remove_action = self._action(self.tr("Re&move"), self.remove_selected, ["Delete"])
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tree.addAction(self.remove_action)  # Delete only in the tree: text fields keep it
        self.up_action = self._action(
            self.tr("Move &up"), lambda: self.move_selected(-1), ["Alt+Up"]
        )
        self.down_action = self._action(
            self.tr("Move do&wn"), lambda: self.move_selected(1), ["Alt+Down"]
        )
        self.wrap_action = self._action(
            self.tr("Re&peat selection…"),
            self.wrap_selected,
            ["Ctrl+R"],
            self.tr("Put the selected segments in a repeat block"),
        )
        self.unwrap_action = self._action(
            self.tr("Remove repe&at"), self.unwrap_selected, ["Ctrl+Shift+R"]
        )

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (
            self.new_action,
            self.duplicate_action,
            self.rename_action,
            self.delete_action,
            None,
            self.import_action,
            self.export_action,
            None,
            self.save_action,
            self.close_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            *self.add_actions.values(),
            self.insert_turn_action,
            self.copy_segment_action,
            self.remove_action,
            None,
            self.up_action,
            self.down_action,
            None,
            self.wrap_action,
            self.unwrap_action,
        ):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)

        for action in (
            *self.add_actions.values(),
            self.remove_action,
            self.up_action,
            self.down_action,
            self.wrap_action,
            self.unwrap_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            adding = action in self.add_actions.values()
            (self.add_row if adding else self.tool_row).addWidget(button)
        self.insert_turn_button.setDefaultAction(self.insert_turn_action)
        self.insert_turn_button.setAccessibleName(self.tr("Insert turn here"))

        self.new_button.clicked.connect(files.new_program)
        self.duplicate_button.clicked.connect(files.duplicate_program)
        self.copy_button.clicked.connect(files.duplicate_program)
        self.delete_button.clicked.connect(files.delete_program)
        self.save_button.clicked.connect(self.save)

    # -- settings -----------------------------------------------------------------------------

    def apply_settings(self) -> None:
        """Units and weight may have changed in Preferences: show speeds and kcal accordingly."""
        units = self.settings.units
        self.tree_model.set_units(units)
        self.segment_form.set_units(units)
        dark = self.palette().window().color().lightness() < 128
        self.setStyleSheet(editor_style_sheet(dark))
        self.tree_model.problem_colour = QColor(problem_colour(dark))
        self._refresh_views()

    # -- the program list ---------------------------------------------------------------------

    def load_programs(self, select_id: str | None = None, *, open_selected: bool = True) -> None:
        """Fill the list from the library and select ``select_id`` (else the current program);
        ``open_selected`` loads it into the editor (False after a save keeps the undo history)."""
        errors: list[ProgramError] = []
        self.programs = library.builtin_programs() + library.user_programs(errors)
        for error in errors:
            self.statusBar().showMessage(
                self.tr("Skipped a program file: {error}").format(error=error), 15000
            )
        if select_id is None and self.document is not None:
            select_id = self.document.saved_id or self.document.program_id
        self._selecting = True
        try:
            self.program_list.clear()
            for program in self.programs:
                name = resource_text.program_name(program)  # a built-in's translated
                text = name
                if program.builtin:
                    text = self.tr("{name}  (built-in)").format(name=name)
                item = QListWidgetItem(text, self.program_list)
                item.setData(Qt.ItemDataRole.UserRole, program.id)
                item.setToolTip(resource_text.program_description(program) or name)
        finally:
            self._selecting = False
        self._fit_list_width()
        row = next((i for i, p in enumerate(self.programs) if p.id == select_id), 0)
        self._select_list_row(self.program_list.item(row))
        if open_selected:
            self.open_program(self.programs[row])

    def _fit_list_width(self) -> None:
        """Wide enough for the longest name, up to a quarter of the screen (at least 300 px)."""
        screen = self.screen().availableGeometry().width() if self.screen() else 1366
        needed = (
            self.program_list.sizeHintForColumn(0)
            + 2 * self.program_list.frameWidth()
            + self.program_list.verticalScrollBar().sizeHint().width()
            + 8
        )
        self.program_list.setMinimumWidth(min(needed, max(300, screen // 4)))

    def program_by_id(self, program_id: str) -> Program | None:
        return next((p for p in self.programs if p.id == program_id), None)

    def _on_list_current(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._selecting or current is None:
            return
        program = self.program_by_id(current.data(Qt.ItemDataRole.UserRole))
        if program is None or (
            self.document is not None
            and self.document.program_id == program.id
            and (self.document.saved_id == program.id or program.builtin)
        ):
            return
        if self.document is not None and self.document.modified:
            self._select_list_row(previous)
            self.ask_unsaved(lambda: self.open_program(program, select_in_list=True))
            return
        self.open_program(program)

    def _select_list_row(self, item: QListWidgetItem | None) -> None:
        self._selecting = True
        try:
            self.program_list.setCurrentItem(item)
        finally:
            self._selecting = False

    def open_program(self, program: Program, *, select_in_list: bool = False) -> None:
        # A built-in is read-only: its forms show its texts in the user's language, as the list
        # and the tree do (a user's own program shows what its file holds).
        shown = shown_builtin(program) if program.builtin else program
        document = ProgramDocument.from_program(shown)
        document.subscribe(self._on_document_changed)
        self.document = document
        self.current_path = None
        self.tree_model.set_document(document)
        if select_in_list:
            row = next((i for i, p in enumerate(self.programs) if p.id == program.id), -1)
            self._select_list_row(self.program_list.item(row))
        self._refresh_views()
        first = next(document.paths(), None)
        self.select_paths([first] if first else [])

    # -- questions ----------------------------------------------------------------------------

    def ask(
        self,
        title: str,
        text: str,
        buttons: list[tuple[str, QMessageBox.ButtonRole, str]],
        on_answer: Callable[[str], None],
        *,
        informative: str = "",
        default: str = "",
    ) -> QMessageBox:
        """A window-modal question shown with open(); ``on_answer`` gets the chosen key."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(informative)
        keys: dict[QAbstractButton, str] = {}
        for label, role, key in buttons:
            button = box.addButton(label, role)
            button.setAccessibleName(label.replace("&", ""))
            keys[button] = key
            if key == default:
                box.setDefaultButton(button)
            if role == QMessageBox.ButtonRole.RejectRole:
                box.setEscapeButton(button)

        def finished(_result: int) -> None:
            if self.question is box:
                self.question = None
            on_answer(keys.get(box.clickedButton(), "cancel"))
            box.deleteLater()

        box.finished.connect(finished)
        self.question = box
        box.open()
        return box

    def show_message(self, title: str, text: str, details: str = "", *, error: bool = True) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def ask_unsaved(self, then: Callable[[], object]) -> None:
        """Save, discard or keep editing the changes before ``then``."""

        def answer(key: str) -> None:
            if key == "save" and self.save():
                then()
            elif key == "discard":
                self.discard_changes()
                then()

        R = QMessageBox.ButtonRole
        self.ask(
            self.tr("Unsaved changes"),
            self.tr("“{name}” has changes that are not saved.").format(name=self.document.name),
            [
                (self.tr("&Save"), R.AcceptRole, "save"),
                (self.tr("&Discard changes"), R.DestructiveRole, "discard"),
                (self.tr("Keep &editing"), R.RejectRole, "cancel"),
            ],
            answer,
            default="save",
        )

    def discard_changes(self) -> None:
        """Back to the saved program (the edits are dropped)."""
        doc = self.document
        saved = self.program_by_id(doc.saved_id) if doc is not None and doc.saved_id else None
        if saved is not None:
            self.open_program(saved)
        elif doc is not None:
            doc.mark_saved()

    # -- document changes ---------------------------------------------------------------------

    def _on_document_changed(self) -> None:
        self._refresh_views()
        self.select_paths([self.current_path] if self.current_path else [], keep_focus=True)

    def _after_form_edit(self) -> None:
        self._update_status()

    def _refresh_views(self) -> None:
        doc = self.document
        if doc is None:
            return
        self.tree_model.refresh()
        self.tree.expandAll()
        self.info_form.load(doc)
        self.builtin_banner.setVisible(doc.read_only)
        weight_kg = float(self.settings.weight_kg)
        self.summary.show_summary(
            doc.summary(weight_kg, self.muscle_model), weight_kg, self.settings.weight_unit
        )
        self._update_status()

    def _update_status(self) -> None:
        doc = self.document
        if doc is None:
            return
        problems = doc.problems
        local = self.segment_form.local_problems
        if doc.read_only:
            text = self.tr("Built-in program: read-only.")
        elif not problems.valid or local:
            count = len(problems.problems) + len(local)
            units = self.settings.units
            first = next(iter(local.values()), None) or describe_problem(
                problems.problems[0], units
            )
            plurals.install()  # "1 problem", "2 problems" (Qt's %n plural form)
            text = self.tr(
                "{mark} Cannot save yet: %n problem(s). First: {first}", "", count
            ).format(mark=PROBLEM_MARK, first=first)
        elif doc.warnings and doc.modified:
            text = self.tr(
                "✓ No errors: it can be saved (see the warnings). Changes not saved yet."
            )
        elif doc.warnings:
            text = self.tr("✓ No errors: it can be saved (see the warnings). Saved.")
        elif doc.modified:
            text = self.tr("✓ No problems. Changes not saved yet.")
        else:
            text = self.tr("✓ No problems. Saved.")
        self.status_label.setText(text)
        self._show_warnings()
        can_save = not doc.read_only and problems.valid and not local and doc.modified
        self.save_button.setEnabled(can_save)
        self.save_action.setEnabled(can_save)
        self.save_button.setToolTip(text)
        self.setWindowTitle(self.tr("Programs: {name}[*]").format(name=doc.name))
        self.setWindowModified(doc.modified)
        self._update_actions()

    def _show_warnings(self) -> None:
        doc = self.document
        units = self.settings.units
        warnings = doc.warnings if doc is not None else ()
        lines = [
            self.tr("{mark} Warning: {text}").format(
                mark=PROBLEM_MARK, text=describe_problem(w, units)
            )
            for w in warnings
        ]
        self.warnings_label.setText("\n".join(lines))
        self.warnings_label.setVisible(bool(lines))
        can_insert = (
            doc is not None
            and not doc.read_only
            and any(w.insert_turn_at is not None for w in warnings)
        )
        self.insert_turn_action.setEnabled(can_insert)
        self.insert_turn_button.setVisible(can_insert)

    def insert_turn(self) -> None:
        """Put a turn at the change of direction nearest the selection (at or after it)."""
        doc = self.document
        if doc is None or doc.read_only:
            return
        places = [w.insert_turn_at for w in doc.warnings if w.insert_turn_at is not None]
        if not places:
            return
        order = {path: i for i, path in enumerate(doc.paths())}
        here = order.get(self.current_path, -1)
        after = [p for p in places if order.get(p, -1) >= here]
        target = (after or places)[0]
        new = self._edit(lambda: doc.insert_turn(target))
        if new is not None:
            self.select_paths([new])

    def _update_actions(self) -> None:
        doc = self.document
        editable = doc is not None and not doc.read_only
        path = self.current_path
        node = path is not None and len(path) >= 2 and doc is not None and doc.exists(path)
        self.undo_action.setEnabled(editable and doc.can_undo)
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=doc.undo_text)
            if doc and doc.can_undo
            else self.tr("&Undo")
        )
        self.redo_action.setEnabled(editable and doc.can_redo)
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=doc.redo_text)
            if doc and doc.can_redo
            else self.tr("&Redo")
        )
        for action in self.add_actions.values():
            action.setEnabled(editable)
        for action in (self.remove_action, self.copy_segment_action):
            action.setEnabled(editable and node)
        self.up_action.setEnabled(editable and node and doc.can_move(path, -1))
        self.down_action.setEnabled(editable and node and doc.can_move(path, 1))
        self.wrap_action.setEnabled(
            editable and node and path[0] == "main" and len(path) == 2 and not doc.is_block(path)
        )
        self.unwrap_action.setEnabled(editable and node and len(path) == 2 and doc.is_block(path))
        for widget in (self.duplicate_button, self.duplicate_action, self.export_action):
            widget.setEnabled(doc is not None)
        for widget in (self.delete_button, self.delete_action, self.rename_action):
            widget.setEnabled(editable)

    # -- selection ----------------------------------------------------------------------------

    def selected_paths(self) -> list[tuple]:
        rows = self.tree.selectionModel().selectedRows(0)
        paths = [self.tree_model.path_for(index) for index in rows]
        return [p for p in paths if p is not None and len(p) >= 2]

    def select_paths(self, paths: list, *, keep_focus: bool = False) -> None:
        selection = self.tree.selectionModel()
        self._selecting = True
        try:
            selection.clearSelection()
            first = None
            for path in paths:
                if path is None or (len(path) >= 2 and not self.document.exists(path)):
                    continue
                index = self.tree_model.index_for(path)
                if not index.isValid():
                    continue
                flags = (
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.select(index, flags)
                first = first or index
            if first is not None:
                selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollTo(first)
        finally:
            self._selecting = False
        self._show_form(self.tree_model.path_for(first) if first is not None else None)

    def _on_tree_selection(self, *_args) -> None:
        if self._selecting:
            return
        if self.document is not None:
            self.document.close_merge()
        current = self.tree.selectionModel().currentIndex()
        path = self.tree_model.path_for(current)
        selected = self.selected_paths()
        if path not in selected and selected:
            path = selected[0]
        self._show_form(path)

    def _show_form(self, path: tuple | None) -> None:
        self.current_path = path
        doc = self.document
        if doc is None or path is None or len(path) < 2 or not doc.exists(path):
            self._show_page(self.hint_label)
            self.form_box.setTitle(self.tr("Selected"))
        elif doc.is_block(path):
            self.block_form.load(doc, path)
            self._show_page(self.block_form)
            self.form_box.setTitle(self.tr("Repeat block"))
        else:
            self.segment_form.load(doc, path)
            self._show_page(self.segment_form)
            self.form_box.setTitle(self.tr("Segment"))
        self._update_status()

    def _show_page(self, page: QWidget) -> None:
        for other in self.form_pages:
            other.setVisible(other is page)

    # -- edits --------------------------------------------------------------------------------

    def _edit(self, change: Callable[[], object]) -> object:
        if self.document is None or self.document.read_only:
            self.statusBar().showMessage(
                self.tr("Built-in programs cannot be changed: duplicate it first."), 6000
            )
            return None
        try:
            return change()
        except EditError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return None

    def add_segment(self, kind: str) -> None:
        path = self.current_path
        if path is not None and len(path) == 1:
            new = self._edit(lambda: self.document.insert_segment(kind, into=path))
        else:
            new = self._edit(lambda: self.document.insert_segment(kind, after=path))
        if new is not None:
            self.select_paths([new])

    def duplicate_segment(self) -> None:
        if self.current_path is not None and len(self.current_path) >= 2:
            new = self._edit(lambda: self.document.duplicate(self.current_path))
            if new is not None:
                self.select_paths([new])

    def remove_selected(self) -> None:
        paths = self.selected_paths()
        if paths:
            nearest = self._edit(lambda: self.document.remove(paths))
            self.select_paths([nearest] if nearest else [])

    def move_selected(self, delta: int) -> None:
        path = self.current_path
        if path is not None and len(path) >= 2:
            new = self._edit(lambda: self.document.move(path, delta))
            if new is not None:
                self.select_paths([new])
                self.tree.setFocus()

    def wrap_selected(self) -> None:
        block = self._edit(lambda: self.document.wrap(self.selected_paths(), rounds=2))
        if block is not None:
            self.select_paths([block])
            focus_field(self.block_form, "repeat")

    def unwrap_selected(self) -> None:
        if self.current_path is not None:
            path = self._edit(lambda: self.document.unwrap(self.current_path))
            if path is not None:
                self.select_paths([path])

    def undo(self) -> None:
        if self.document is not None and not self.document.read_only:
            self.select_paths([self.document.undo()])

    def redo(self) -> None:
        if self.document is not None and not self.document.read_only:
            self.select_paths([self.document.redo()])

    def start_rename(self) -> None:
        if self.document is not None and not self.document.read_only:
            self.info_form.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.info_form.name.selectAll()

    def save(self) -> bool:
        """Write the program (atomically) if it is valid; True when saved."""
        doc = self.document
        if doc is None or doc.read_only or not doc.valid or self.segment_form.local_problems:
            return False
        try:
            program = doc.program()
            library.save_user_program(program)
        except (ProgramError, OSError) as exc:
            self.show_message(
                self.tr("Cannot save"),
                self.tr("The program was not saved: {error}").format(error=exc),
            )
            return False
        doc.mark_saved(program.id)
        self.load_programs(select_id=program.id, open_selected=False)
        self.statusBar().showMessage(self.tr("Saved “{name}”.").format(name=program.name), 5000)
        self.program_saved.emit(program)
        self.programs_changed.emit()
        return True

    # -- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document is not None and self.document.modified and not self.document.read_only:
            event.ignore()
            self.ask_unsaved(self.close)
            return
        super().closeEvent(event)

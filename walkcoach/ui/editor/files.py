"""The editor's program files: new, duplicate, delete, import (asking before replacing), export."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from walkcoach.core import library
from walkcoach.core.editing import copy_name, new_program_data, unique_id
from walkcoach.core.files import write_text_atomic
from walkcoach.core.program import (
    Program,
    ProgramError,
    dumps_program,
    load_program_file,
    parse_program,
)
from walkcoach.ui.resource_text import shown_builtin

if TYPE_CHECKING:
    from walkcoach.ui.editor.window import ProgramEditor

# Every text in its own QCoreApplication.translate("ProgramEditor", ...) call: lupdate reads the
# source lexically, and a _tr(text) helper here hid all of them (the dialogs stayed English).


def file_filter() -> str:
    """The file dialogs' filter, translated (the pattern inside the parentheses stays)."""
    return QCoreApplication.translate("ProgramEditor", "WalkCoach programs (*.json);;All files (*)")


def problems_text(error: ProgramError) -> str:
    """Every problem of a refused file, one a line, with its place."""
    return "\n".join(str(problem) for problem in error.problems)


class EditorFiles:
    """File operations of one ProgramEditor (kept apart so the window stays readable)."""

    def __init__(self, editor: ProgramEditor) -> None:
        self.editor = editor
        self.last_folder = str(Path.home())

    # -- helpers ------------------------------------------------------------------------------

    def _taken_ids(self) -> set[str]:
        return {p.id for p in library.all_programs()}

    def _taken_names(self) -> list[str]:
        return [p.name for p in library.all_programs()]

    def _save_new(self, program: Program, what: str) -> Program | None:
        editor = self.editor
        try:
            library.save_user_program(program)
        except (ProgramError, OSError) as exc:
            editor.show_message(
                QCoreApplication.translate("ProgramEditor", "Cannot save"),
                QCoreApplication.translate("ProgramEditor", "{what} failed: {error}").format(
                    what=what, error=exc
                ),
            )
            return None
        editor.load_programs(select_id=program.id)
        editor.programs_changed.emit()
        return program

    # -- new, duplicate, delete ---------------------------------------------------------------

    def new_program(self) -> Program | None:
        """A small valid program, saved at once under a free name; the name field is focused."""
        editor = self.editor
        if (
            editor.document is not None
            and editor.document.modified
            and not editor.document.read_only
        ):
            editor.ask_unsaved(self.new_program)
            return None
        names = {n.casefold() for n in self._taken_names()}
        name, number = QCoreApplication.translate("ProgramEditor", "My program"), 2
        while name.casefold() in names:
            name = QCoreApplication.translate("ProgramEditor", "My program {number}").format(
                number=number
            )
            number += 1
        data = new_program_data(name)
        data["id"] = unique_id(name, self._taken_ids())
        program = self._save_new(
            parse_program(data), QCoreApplication.translate("ProgramEditor", "Creating the program")
        )
        if program is not None:
            editor.start_rename()
        return program

    def duplicate_program(self) -> Program | None:
        """A copy of the program as shown (a built-in too), with a new name and id."""
        editor = self.editor
        doc = editor.document
        if doc is None:
            return None
        source = (
            doc.program() if doc.valid else editor.program_by_id(doc.saved_id or doc.program_id)
        )
        if source is None:
            editor.statusBar().showMessage(
                QCoreApplication.translate(
                    "ProgramEditor", "Fix the problems before making a copy."
                ),
                6000,
            )
            return None
        if doc.modified and not doc.read_only:
            doc.mark_saved()  # the copy takes the edits; the original stays as saved
        if doc.read_only:  # a built-in's copy is the user's own text, in the language they read
            source = shown_builtin(source)
        name = copy_name(source.name, self._taken_names())
        copy = dataclasses.replace(
            source, id=unique_id(name, self._taken_ids()), name=name, builtin=False
        )
        program = self._save_new(
            copy, QCoreApplication.translate("ProgramEditor", "Duplicating the program")
        )
        if program is not None:
            editor.start_rename()
        return program

    def delete_program(self) -> None:
        """Delete the shown user program, after asking."""
        editor = self.editor
        doc = editor.document
        if doc is None or doc.read_only or not doc.saved_id:
            return
        program_id, name = doc.saved_id, doc.name

        def answer(key: str) -> None:
            if key != "delete":
                return
            try:
                library.delete_user_program(program_id)
            except (ProgramError, OSError) as exc:
                editor.show_message(
                    QCoreApplication.translate("ProgramEditor", "Cannot delete"), str(exc)
                )
                return
            index = next((i for i, p in enumerate(editor.programs) if p.id == program_id), 0)
            editor.document = None
            neighbours = [p for p in editor.programs if p.id != program_id]
            editor.load_programs(select_id=neighbours[max(0, index - 1)].id if neighbours else None)
            editor.statusBar().showMessage(
                QCoreApplication.translate("ProgramEditor", "Deleted “{name}”.").format(name=name),
                6000,
            )
            editor.programs_changed.emit()

        role = QMessageBox.ButtonRole
        editor.ask(
            QCoreApplication.translate("ProgramEditor", "Delete program"),
            QCoreApplication.translate("ProgramEditor", "Delete “{name}”?").format(name=name),
            [
                (
                    QCoreApplication.translate("ProgramEditor", "&Delete"),
                    role.DestructiveRole,
                    "delete",
                ),
                (QCoreApplication.translate("ProgramEditor", "&Cancel"), role.RejectRole, "cancel"),
            ],
            answer,
            informative=QCoreApplication.translate(
                "ProgramEditor", "The program file is removed. Your history is kept."
            ),
            default="cancel",
        )

    # -- import -------------------------------------------------------------------------------

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.editor,
            QCoreApplication.translate("ProgramEditor", "Import program"),
            self.last_folder,
            file_filter(),
        )
        if path:
            self.last_folder = str(Path(path).parent)
            self.import_file(path)

    def import_file(self, path: str | Path) -> Program | None:
        """Import a program file; a bad file is refused with what is wrong and where."""
        editor = self.editor
        try:
            program = library.import_program(path)
        except library.DuplicateProgramError as exc:
            self._ask_replace(Path(path), exc.existing)
            return None
        except ProgramError as exc:
            editor.show_message(
                QCoreApplication.translate("ProgramEditor", "Cannot import this file"),
                QCoreApplication.translate(
                    "ProgramEditor", "{file} was not imported:\n{reason}"
                ).format(file=Path(path).name, reason=_reason(exc)),
                problems_text(exc),
            )
            return None
        return self._imported(program)

    def _imported(self, program: Program) -> Program:
        editor = self.editor
        editor.load_programs(select_id=program.id)
        editor.statusBar().showMessage(
            QCoreApplication.translate("ProgramEditor", "Imported “{name}”.").format(
                name=program.name
            ),
            6000,
        )
        editor.programs_changed.emit()
        editor.program_saved.emit(program)
        return program

    def _ask_replace(self, path: Path, existing: Program) -> None:
        editor = self.editor

        def answer(key: str) -> None:
            try:
                if key == "replace":
                    self._imported(library.import_program(path, force=True))
                elif key == "both":
                    program = load_program_file(path)
                    name = copy_name(program.name, self._taken_names())
                    both = dataclasses.replace(
                        program, id=unique_id(name, self._taken_ids()), name=name
                    )
                    library.save_user_program(both)
                    self._imported(both)
            except (ProgramError, OSError) as exc:
                editor.show_message(
                    QCoreApplication.translate("ProgramEditor", "Cannot import this file"), str(exc)
                )

        role = QMessageBox.ButtonRole
        editor.ask(
            QCoreApplication.translate("ProgramEditor", "Program already exists"),
            QCoreApplication.translate(
                "ProgramEditor", "You already have a program with the id “{id}” (“{name}”)."
            ).format(id=existing.id, name=existing.name),
            [
                (
                    QCoreApplication.translate("ProgramEditor", "&Replace"),
                    role.DestructiveRole,
                    "replace",
                ),
                (
                    QCoreApplication.translate("ProgramEditor", "&Keep both"),
                    role.AcceptRole,
                    "both",
                ),
                (QCoreApplication.translate("ProgramEditor", "&Cancel"), role.RejectRole, "cancel"),
            ],
            answer,
            informative=QCoreApplication.translate(
                "ProgramEditor",
                "Replace it with the file's version, keep both (the import gets a new id), or cancel?",
            ),
            default="both",
        )

    # -- export -------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        editor = self.editor
        program = self.exportable()
        if program is None:
            return
        suggested = str(Path(self.last_folder) / f"{program.id}.json")
        path, _ = QFileDialog.getSaveFileName(
            editor,
            QCoreApplication.translate("ProgramEditor", "Export program"),
            suggested,
            file_filter(),
        )
        if path:
            self.last_folder = str(Path(path).parent)
            self.export_to(path)

    def exportable(self) -> Program | None:
        doc = self.editor.document
        if doc is None:
            return None
        if not doc.valid:
            self.editor.statusBar().showMessage(
                QCoreApplication.translate("ProgramEditor", "Fix the problems before exporting."),
                6000,
            )
            return None
        return doc.program()

    def export_to(self, path: str | Path) -> Path | None:
        """Write the shown program (as edited) to ``path`` in the program file format."""
        program = self.exportable()
        if program is None:
            return None
        try:
            written = write_text_atomic(path, dumps_program(program))
        except OSError as exc:
            self.editor.show_message(
                QCoreApplication.translate("ProgramEditor", "Cannot export"),
                QCoreApplication.translate("ProgramEditor", "{file}: {error}").format(
                    file=path, error=exc.strerror or exc
                ),
            )
            return None
        self.editor.statusBar().showMessage(
            QCoreApplication.translate("ProgramEditor", "Exported to {file}.").format(file=written),
            6000,
        )
        return written


def _reason(error: ProgramError) -> str:
    """The summary without the file path (the dialog names the file already)."""
    text = error.summary()
    prefix = f"{error.source}: "
    return text[len(prefix) :] if error.source and text.startswith(prefix) else text

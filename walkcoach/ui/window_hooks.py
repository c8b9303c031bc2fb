"""The main window's Programs and Edit menus: program editor, preferences, first-run welcome.

Kept out of main_window.py so the coach window stays about the session; the window calls
``add_program_menus`` while building its menu bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenuBar

from walkcoach.core import library
from walkcoach.core.program import Program
from walkcoach.ui.platform.lean_qt import set_shortcut


def add_program_menus(window, bar: QMenuBar) -> None:
    """Programs > Edit programs (Ctrl+E), New program; Edit > Preferences (Ctrl+,)."""
    window.program_editor = None
    window.preferences_dialog = None
    window.first_run_dialog = None
    programs_menu = bar.addMenu(QCoreApplication.translate("MainWindowMenus", "&Programs"))
    edit_action = programs_menu.addAction(
        QCoreApplication.translate("MainWindowMenus", "&Edit programs…"),
        lambda: open_program_editor(window),
    )
    set_shortcut(edit_action, "Ctrl+E")
    programs_menu.addAction(
        QCoreApplication.translate("MainWindowMenus", "&New program…"),
        lambda: open_program_editor(window, new=True),
    )
    programs_menu.addAction(
        QCoreApplication.translate("MainWindowMenus", "&Import program…"),
        lambda: open_program_editor(window, import_=True),
    )
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindowMenus", "&Edit"))
    preferences = edit_menu.addAction(
        QCoreApplication.translate("MainWindowMenus", "&Preferences…"),
        lambda: open_preferences(window),
    )
    preferences.setShortcuts(
        [QKeySequence("Ctrl+,"), QKeySequence(QKeySequence.StandardKey.Preferences)]
    )
    window.settings_changed.connect(lambda: _apply(window))


def _apply(window) -> None:
    from walkcoach.ui.dialogs.apply_settings import apply_live_settings

    apply_live_settings(
        window.settings, app=QApplication.instance(), window=window, cue_player=window.cue_player
    )


def refresh_picker(window, select_id: str | None = None) -> None:
    """Reload the coach page's program list (after the editor saved, imported or deleted)."""
    picker = window.page.picker
    current = picker.current_program()
    programs = library.all_programs()
    ids = {p.id for p in programs}
    # A program opened from a file (--program) was never in the library: keep it listed. One
    # that was (and is gone now) was deleted in the editor.
    known: set[str] = getattr(window, "library_ids", set())
    extra = [p for p in picker.programs() if p.id not in ids and p.id not in known]
    window.library_ids = ids
    keep_id = select_id if select_id in ids else (current.id if current is not None else None)
    if getattr(window.controller, "active", False):
        keep_id = current.id if current is not None else keep_id  # never switch mid-session
    picker.set_programs(extra + programs, select_id=keep_id)


def open_program_editor(window, *, new: bool = False, import_: bool = False):
    from walkcoach.core.muscles import load_model
    from walkcoach.ui.editor.window import ProgramEditor

    editor = window.program_editor
    window.library_ids = {p.id for p in library.all_programs()}
    if editor is None:
        editor = ProgramEditor(window.settings, model=load_model(), parent=window)
        editor.programs_changed.connect(lambda: refresh_picker(window))
        editor.program_saved.connect(lambda program: _saved(window, program))
        window.program_editor = editor
    editor.show()
    editor.raise_()
    editor.activateWindow()
    if new:
        editor.files.new_program()
    elif import_:
        editor.files.import_dialog()
    return editor


def _saved(window, program: Program) -> None:
    refresh_picker(window, select_id=program.id)


def open_preferences(window):
    from walkcoach.ui.dialogs.settings import SettingsDialog

    dialog = window.preferences_dialog
    if dialog is not None and dialog.isVisible():
        dialog.raise_()
        return dialog
    player = getattr(window, "cue_player", None)
    dialog = SettingsDialog(
        window.settings,
        window.save_settings,
        window,
        speech_problem=str(getattr(player, "speech_problem", "") or ""),
        speech_note=str(getattr(player, "speech_language_note", "") or ""),
        sounds_play=bool(getattr(player, "available", True)),
    )
    dialog.settings_applied.connect(lambda _settings: window.settings_changed.emit())
    speech_lost = getattr(player, "speech_unavailable", None)
    if speech_lost is not None:  # found out while the dialog is open
        speech_lost.connect(dialog.set_speech_problem)
    no_voice = getattr(player, "speech_language_missing", None)
    if no_voice is not None:
        no_voice.connect(dialog.set_speech_note)
    window.preferences_dialog = dialog
    dialog.open()
    return dialog


def open_first_run(window):
    """The welcome dialog (open(): the window stays usable); saves and applies what was chosen."""
    from walkcoach.ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(window.settings, library.builtin_programs(), window)
    window.first_run_dialog = dialog

    def finished(_result: int) -> None:
        window.save_settings()
        window.settings_changed.emit()
        program = dialog.chosen_program
        if program is not None and not getattr(window.controller, "active", False):
            window.page.picker.select(program.id)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog

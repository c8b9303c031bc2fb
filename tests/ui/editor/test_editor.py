"""The program editor with real widgets and real files in a temp data folder."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from walkcoach import paths
from walkcoach.core import library
from walkcoach.core.muscles import load_model
from walkcoach.core.program import load_program_file, program_to_dict
from walkcoach.core.settings import Settings
from walkcoach.ui.editor.model import MIME_TYPE
from walkcoach.ui.editor.window import ProgramEditor


@pytest.fixture
def editor(qtbot, data_dir):
    settings = Settings(units="kmh", weight_kg=70.0)
    window = ProgramEditor(settings, model=load_model())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def answer(editor: ProgramEditor, key_text: str) -> None:
    """Click the button of the open question whose text contains ``key_text``."""
    box = editor.question
    assert box is not None, "no question is open"
    button = next(b for b in box.buttons() if key_text in b.text().replace("&", ""))
    button.click()


def user_files() -> list[str]:
    folder = paths.programs_dir()
    return sorted(p.name for p in folder.glob("*")) if folder.exists() else []


def new_program(editor: ProgramEditor):
    program = editor.files.new_program()
    assert program is not None
    return program


# -- built-ins, new, duplicate, rename, delete ----------------------------------------------------


def test_builtins_are_read_only_and_duplicate_to_edit(editor, qtbot):
    assert editor.document.read_only
    assert editor.builtin_banner.isVisible()
    assert not editor.save_button.isEnabled()
    assert not editor.add_actions["backward"].isEnabled()
    assert not editor.segment_form.speed.isEnabled()
    name = editor.document.name
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert not editor.document.read_only
    assert editor.document.name == f"{name} (copy)"
    assert user_files() == [f"{editor.document.program_id}.json"]
    assert editor.program_list.currentItem().text() == f"{name} (copy)"
    assert QApplication.focusWidget() is editor.info_form.name  # ready to rename


def test_new_program_is_saved_at_once_and_renamed_by_its_name_field(editor, qtbot):
    program = new_program(editor)
    assert user_files() == ["my-program.json"]
    qtbot.keyClicks(editor.info_form.name, "Hill walk")  # selected text is replaced
    assert editor.document.name == "Hill walk" and editor.save_button.isEnabled()
    assert editor.windowTitle() == "Programs: Hill walk[*]" and editor.isWindowModified()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = load_program_file(paths.programs_dir() / "my-program.json")
    assert saved.name == "Hill walk" and saved.id == program.id  # renaming keeps the file and id
    assert not editor.save_button.isEnabled()
    assert "Hill walk" in [
        editor.program_list.item(i).text() for i in range(editor.program_list.count())
    ]


def test_delete_asks_first(editor):
    new_program(editor)
    editor.files.delete_program()
    answer(editor, "Cancel")
    assert user_files() == ["my-program.json"]
    editor.files.delete_program()
    answer(editor, "Delete")
    assert user_files() == []
    assert editor.document.read_only  # back on a built-in


def test_switching_program_with_unsaved_changes_asks(editor):
    new_program(editor)
    editor.document.set_meta("name", "Changed")
    editor.program_list.setCurrentRow(0)
    assert editor.document.name == "Changed"  # still here until answered
    answer(editor, "Keep editing")
    assert editor.document.name == "Changed"
    editor.program_list.setCurrentRow(0)
    answer(editor, "Save")
    assert load_program_file(paths.programs_dir() / "my-program.json").name == "Changed"
    assert editor.document.read_only  # switched to the built-in afterwards


# -- editing, validation display, undo ----------------------------------------------------------


def test_form_edits_update_tree_and_summary(editor, qtbot):
    new_program(editor)
    before_kcal = editor.summary.kcal_label.text()
    editor.select_paths([("main", 0, 1)])
    assert editor.segment_form.isVisible()
    editor.segment_form.speed.setValue(3.5)
    editor.segment_form.incline.setValue(6)
    node = editor.document.node(("main", 0, 1))
    assert node["speed_kmh"] == 3.5 and node["incline_pct"] == 6
    model = editor.tree_model
    assert model.index_for(("main", 0, 1), 2).data() == "3.5 km/h"
    assert model.index_for(("main", 0, 1), 3).data() == "6 %"
    assert editor.summary.kcal_label.text() != before_kcal
    editor.segment_form.duration.setFocus()
    editor.segment_form.duration.selectAll()
    qtbot.keyClicks(editor.segment_form.duration, "4:30")
    assert editor.document.node(("main", 0, 1))["duration_s"] == 270
    # 3 + 3 x (0:15 turn + 4:30 + 0:15 turn + 3:00) + 3 minutes
    assert editor.summary.total_label.text() == "30:00"
    assert editor.summary.muscle_lines and editor.summary.muscle_lines[0].startswith("1. ")


def test_invalid_values_are_marked_in_place_and_block_save(editor, qtbot):
    new_program(editor)
    editor.select_paths([("main", 0, 1)])
    form = editor.segment_form
    form.speed.setValue(40)
    assert form.speed.property("invalid") is True
    problem = form.problem_labels["speed_kmh"]
    assert problem.isVisible() and "must be between 0.5 and 20 km/h (got 40)" in problem.text()
    assert problem.text().startswith("⚠")  # a sign besides the red border
    assert "must be between" in form.speed.toolTip()
    assert "problem" in form.speed.accessibleName()
    assert not editor.save_button.isEnabled() and not editor.save_action.isEnabled()
    assert "Cannot save yet: 1 problem. First:" in editor.status_label.text()  # not "1 problem(s)"
    assert "Main, repeat block 1, segment 2, speed" in editor.status_label.text()
    assert editor.tree_model.index_for(("main", 0, 1)).data().startswith("⚠")
    assert "must be between" in editor.tree_model.index_for(("main", 0, 1)).data(
        Qt.ItemDataRole.ToolTipRole
    )
    form.speed.setValue(4)
    assert form.speed.property("invalid") is False and not problem.isVisibleTo(form)
    assert editor.save_button.isEnabled()


def test_unreadable_duration_is_marked_and_blocks_save(editor, qtbot):
    new_program(editor)
    editor.select_paths([("warmup", 0)])
    field = editor.segment_form.duration
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "ten")
    assert "not a time" in editor.segment_form.problem_labels["duration_s"].text()
    assert not editor.save_button.isEnabled()
    field.selectAll()
    qtbot.keyClicks(field, "5")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "5:00" and editor.document.node(("warmup", 0))["duration_s"] == 300
    assert editor.save_button.isEnabled()


def test_mph_user_sees_and_types_mph(editor):
    editor.settings.units = "mph"
    editor.apply_settings()
    new_program(editor)
    editor.select_paths([("main", 0, 1)])
    form = editor.segment_form
    assert form.speed.suffix() == " mph" and form.speed.value() == pytest.approx(1.6)  # 2.5 km/h
    form.speed.setValue(2.5)
    assert editor.document.node(("main", 0, 1))["speed_kmh"] == 4.023
    form.speed.setValue(20)
    assert "between 0.3 and 12.4 mph" in form.problem_labels["speed_kmh"].text()


def test_undo_redo_with_keys_from_the_tree_and_from_a_text_field(editor, qtbot):
    new_program(editor)
    editor.select_paths([("main", 0, 1)])
    label = editor.segment_form.label
    label.setFocus()
    qtbot.keyClicks(label, "Hills")
    assert editor.document.node(("main", 0, 1))["label"] == "Hills"
    qtbot.keyClick(label, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "label" not in editor.document.node(("main", 0, 1))  # the whole typing, one step
    assert label.text() == ""
    qtbot.keyClick(
        label, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert editor.document.node(("main", 0, 1))["label"] == "Hills"
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert not editor.document.exists(("main", 0, 3))
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.exists(("main", 0, 3))
    assert editor.undo_action.text() == "&Undo Change label"


# -- reordering ----------------------------------------------------------------------------------


def test_keyboard_reorder_with_alt_arrows(editor, qtbot):
    new_program(editor)
    editor.select_paths([("warmup", 0)])
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.current_path == ("main", 0)
    assert editor.tree_model.path_for(editor.tree.currentIndex()) == ("main", 0)
    assert editor.document.phase("warmup") == []
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.current_path == ("main", 0, 0)  # into the repeat block
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.current_path == ("warmup", 0)
    assert not editor.up_action.isEnabled()


def test_drag_and_drop_through_the_model(editor):
    new_program(editor)
    model = editor.tree_model
    cooldown = model.index_for(("cooldown", 0))
    mime = model.mimeData([cooldown, model.index_for(("cooldown", 0), 1)])
    assert json.loads(bytes(mime.data(MIME_TYPE)).decode()) == [["cooldown", 0]]
    block = model.index_for(("main", 0))
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, block)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, block)
    assert editor.document.phase("cooldown") == []
    assert editor.document.node(("main", 0, 0))["kind"] == "forward"
    assert editor.current_path == ("main", 0, 0)
    assert editor.document.undo_text == "Drag and drop"
    # A block cannot be dropped into the warm-up: refused with the reason.
    reasons = []
    model.drop_refused.connect(reasons.append)
    block_mime = model.mimeData([model.index_for(("main", 0))])
    assert not model.dropMimeData(
        block_mime, Qt.DropAction.MoveAction, 0, 0, model.index_for(("warmup",))
    )
    assert "main part" in reasons[0]
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    editor.undo()
    assert editor.document.node(("cooldown", 0))["kind"] == "forward"


def test_wrap_in_repeat_block(editor, qtbot):
    new_program(editor)
    editor.select_paths([("main", 0)])
    editor.unwrap_selected()
    editor.select_paths([("main", 0), ("main", 1)])
    editor.wrap_selected()
    assert editor.document.is_block(("main", 0))
    assert QApplication.focusWidget() is editor.block_form.rounds
    editor.block_form.rounds.setValue(150)
    assert "between 1 and 100" in editor.block_form.problem_labels["repeat"].text()
    editor.block_form.rounds.setValue(4)
    assert editor.document.program().backward_s == 4 * 120


# -- import and export --------------------------------------------------------------------------


BAD_FILES = {
    "not JSON": (b'{"format": "walkcoach-program", "version": 1,, }', "not valid JSON"),
    "wrong schema": (
        json.dumps(
            {
                "format": "walkcoach-program",
                "version": 1,
                "name": "X",
                "main": [{"kind": "sideways", "duration_s": 60}],
            }
        ).encode(),
        "main[0].kind: unknown kind",
    ),
    "huge": (b" " * 1_100_000 + b"{}", "too large"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "wrong version": (
        json.dumps({"format": "walkcoach-program", "version": 7, "name": "X", "main": []}).encode(),
        "version 7, made by a newer WalkCoach",
    ),
    "not a program": (json.dumps({"hello": "world"}).encode(), "not a WalkCoach program"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_each_bad_file_class_is_refused_with_its_own_message(editor, tmp_path, case):
    content, expected = BAD_FILES[case]
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert editor.files.import_file(path) is None
    box = editor.message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert "bad.json" in box.text() and expected in box.text() + box.detailedText()
    assert user_files() == []


def _export_user_program(editor, tmp_path):
    new_program(editor)
    editor.document.set_meta("name", "Shared")
    assert editor.save()
    return editor.files.export_to(tmp_path / "shared.json")


def test_export_then_import_asks_before_replacing(editor, tmp_path):
    exported = _export_user_program(editor, tmp_path)
    assert load_program_file(exported).name == "Shared"
    data = json.loads(exported.read_text())
    data["description"] = "from a friend"
    exported.write_text(json.dumps(data))

    editor.files.import_file(exported)
    answer(editor, "Cancel")
    assert library.find_program("my-program").description == ""
    editor.files.import_file(exported)
    answer(editor, "Keep both")
    assert user_files() == ["my-program-2.json", "my-program.json"] or len(user_files()) == 2
    kept = [p for p in library.user_programs() if p.id != "my-program"][0]
    assert kept.description == "from a friend" and kept.name == "Shared (copy)"
    editor.files.import_file(exported)
    answer(editor, "Replace")
    assert library.find_program("my-program").description == "from a friend"
    assert editor.document.program_id == "my-program"


def test_import_of_a_builtin_id_is_refused(editor, tmp_path):
    path = tmp_path / "easy.json"
    path.write_text(json.dumps(program_to_dict(library.find_program("easy-start"))))
    editor.files.import_file(path)
    assert "belongs to a built-in program" in editor.message.text()


# -- keyboard only ------------------------------------------------------------------------------


def test_keyboard_only_builds_and_saves_a_program(editor, qtbot):
    def key(k, mod=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget() or editor, k, mod)

    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    key(Qt.Key.Key_N, ctrl)  # new program; its name is selected for typing
    qtbot.keyClicks(QApplication.focusWidget(), "Keyboard walk")
    key(Qt.Key.Key_S, alt)  # Alt+S: the segment tree (mnemonic of its label)
    assert QApplication.focusWidget() is editor.tree
    key(Qt.Key.Key_End)
    key(Qt.Key.Key_4, ctrl)  # add a station after the last segment
    assert editor.document.node(editor.current_path)["kind"] == "station"
    key(Qt.Key.Key_D, alt)  # Alt+D: the duration field
    assert QApplication.focusWidget() is editor.segment_form.duration
    editor.segment_form.duration.selectAll()
    qtbot.keyClicks(editor.segment_form.duration, "1:30")
    key(Qt.Key.Key_L, alt)
    qtbot.keyClicks(QApplication.focusWidget(), "20 lunges")
    key(Qt.Key.Key_Up, alt)  # move it one row up
    key(Qt.Key.Key_S, ctrl)
    saved = load_program_file(paths.programs_dir() / "my-program.json")
    assert saved.name == "Keyboard walk"
    assert saved.cooldown[0].kind == "station" and saved.cooldown[0].duration_s == 90
    assert "20 lunges" in saved.cooldown[0].label


def test_every_control_has_an_accessible_name(editor):
    new_program(editor)
    editor.select_paths([("main", 0, 0)])
    missing = [
        widget.objectName() or type(widget).__name__
        for widget in editor.findChildren(QWidget)
        if widget.isVisibleTo(editor)
        and not widget.objectName().startswith("qt_")  # Qt's own parts, e.g. a spin box's line edit
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and (isinstance(widget, QAbstractButton) or widget.metaObject().className() in FOCUSABLE)
        and not widget.accessibleName()
    ]
    assert missing == []


FOCUSABLE = {
    "QLineEdit",
    "QComboBox",
    "QSpinBox",
    "QDoubleSpinBox",
    "QPlainTextEdit",
    "QTreeView",
    "QListWidget",
    "QCheckBox",
    "QSlider",
}


def test_editor_fits_a_1024_px_screen_and_draws_its_summary_bars(editor, qtbot):
    """Issue 11: the editor could not be narrower than 1180 px (its button rows held it) and
    its muscle bars were "█░" characters, drawn by fonts as broken blocks."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QProgressBar, QToolButton

    editor.load_programs(select_id="first-steps")
    assert editor.minimumSizeHint().width() <= 1000
    editor.resize(1000, 560)
    qtbot.wait(1)
    for button in editor.findChildren(QToolButton):
        if button.isVisibleTo(editor) and button.defaultAction() is not None:
            assert editor.rect().contains(QRect(button.mapTo(editor, QPoint(0, 0)), button.size()))
    top, second = editor.summary.muscle_rows[0][1], editor.summary.muscle_rows[1][1]
    assert isinstance(top, QProgressBar) and top.value() == top.maximum()
    assert 0 < second.value() <= top.value()


# -- warnings: turns and level limits ------------------------------------------------------------


def test_a_beginner_program_too_fast_and_steep_shows_warnings_but_can_be_saved(editor):
    new_program(editor)  # a beginner program
    editor.select_paths([("main", 0, 1)])  # its backward segment
    editor.segment_form.speed.setValue(8.0)
    editor.segment_form.incline.setValue(15)
    status = editor.status_label.text()
    assert "No problems" not in status and "see the warnings" in status
    warnings = editor.warnings_label.text().splitlines()
    assert warnings == [
        "⚠ Warning: Main, repeat block 1, segment 2, speed: backward at 8.0 km/h is faster than "
        "a beginner program should ask for (at most 3.2 km/h)",
        "⚠ Warning: Main, repeat block 1, segment 2, incline: backward on a 15 % incline is "
        "steeper than a beginner program should ask for (at most 5 %)",
    ]
    assert editor.warnings_label.isVisible()
    assert editor.save_button.isEnabled()  # a warning never blocks the save
    assert not editor.insert_turn_button.isVisible()  # no turn would mend these
    editor.save()
    assert library.find_program("my-program").planned_segments()[2].segment.speed_kmh == 8.0


def test_insert_turn_here_puts_a_turn_where_the_direction_changes(editor, qtbot):
    new_program(editor)
    doc = editor.document
    editor.select_paths([("main", 0, 2)])  # the turn between backward and forward
    editor.remove_selected()
    assert doc.valid and editor.save_button.isEnabled()
    assert editor.warnings_label.isVisible()
    assert "the direction changes here (backward to forward)" in editor.warnings_label.text()
    assert editor.insert_turn_button.isVisible() and editor.insert_turn_action.isEnabled()
    qtbot.mouseClick(editor.insert_turn_button, Qt.MouseButton.LeftButton)
    assert doc.node(("main", 0, 2))["kind"] == "turn"
    assert editor.current_path == ("main", 0, 2)  # the new turn is selected to edit
    assert doc.warnings == () and not editor.warnings_label.isVisible()
    assert not editor.insert_turn_button.isVisible()
    assert "No problems" in editor.status_label.text()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.node(("main", 0, 2))["kind"] == "forward" and len(doc.warnings) == 1


def test_add_turn_adds_a_turn_segment(editor, qtbot):
    new_program(editor)
    assert editor.add_actions["turn"].text() == "Add t&urn"
    editor.select_paths([("warmup", 0)])
    editor.add_actions["turn"].trigger()
    node = editor.document.node(("warmup", 1))
    assert node["kind"] == "turn" and node["speed_kmh"] == 1.0 and node["duration_s"] == 15
    form = editor.segment_form
    assert form.kind.currentData() == "turn" and form.speed.value() == 1.0
    form.speed.setValue(0)  # belt stopped is written, not dropped (no speed means 1 km/h)
    assert editor.document.node(("warmup", 1))["speed_kmh"] == 0
    form.speed.setValue(3.0)
    assert "a turn must be 0 (belt stopped) or between" in form.problem_labels["speed_kmh"].text()
    assert editor.tree_model.index_for(("warmup", 1)).data().startswith("⚠ ⇅ Turn")


# -- how the editor reads at each screen size (review of the screenshots) --------------------


@pytest.fixture
def themed(qapp):
    """The app's dark theme, as the running app has it (fonts and style sheet), restored after."""
    from walkcoach.ui import theme

    saved = qapp.font(), qapp.styleSheet(), qapp.palette(), theme._system_point_size
    theme.apply(qapp, "dark")
    yield qapp
    qapp.setFont(saved[0])
    qapp.setStyleSheet(saved[1])
    qapp.setPalette(saved[2])
    theme._system_point_size = saved[3]


@pytest.fixture
def themed_editor(themed, qtbot, data_dir):
    window = ProgramEditor(Settings(units="kmh", weight_kg=70.0), model=load_model())
    qtbot.addWidget(window)
    window.resize(1180, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_program_list_is_wide_enough_for_its_names(themed_editor):
    """ "Walk and glutes circuit (built-in" was cut, with a horizontal scroll bar, even at 1920."""
    plist = themed_editor.program_list
    assert plist.horizontalScrollBar().isHidden() or plist.horizontalScrollBar().maximum() == 0
    assert plist.viewport().width() >= plist.sizeHintForColumn(0)


def test_the_check_text_gets_the_width_beside_save(themed_editor):
    """ "Built-in / program: / read- / only." stood in an 80 px column beside a window-wide Save."""
    status, save = themed_editor.status_label, themed_editor.save_button
    assert status.width() > themed_editor.width() // 2
    assert save.width() < themed_editor.width() // 4
    assert status.height() < 2 * status.fontMetrics().lineSpacing() + 4  # one line, not four


def test_tool_buttons_have_a_frame(themed_editor):
    """The style sheet left "Add forward" and friends without a frame: they read as labels."""
    from PySide6.QtGui import QColor

    from walkcoach.ui import theme

    border = QColor(theme.colours("dark")["border"])
    button = next(
        b for b in themed_editor.findChildren(QAbstractButton) if b.text() == "Add forward"
    )
    image = button.grab().toImage()
    edge = [QColor(image.pixel(x, image.height() // 2)) for x in range(3)]
    assert border in edge


def test_description_shows_whole_lines_and_kind_level_match_the_fields(themed_editor):
    form = themed_editor.info_form
    description = form.description
    line_px = description.fontMetrics().lineSpacing()
    shown_px = description.viewport().height() - description.document().documentMargin()
    assert shown_px >= 3 * line_px
    assert shown_px % line_px == 0  # ends under a line, never through one
    name_pt = form.name.fontInfo().pointSizeF()
    assert form.level.fontInfo().pointSizeF() == pytest.approx(name_pt)
    assert themed_editor.segment_form.kind.fontInfo().pointSizeF() == pytest.approx(name_pt)

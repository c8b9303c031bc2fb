"""Qt calls that load no more of PySide6 than the first frame needs (walkcoach/ui/platform/lean_qt.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from walkcoach.ui.platform.lean_qt import new_action, set_enum, set_shortcut


@pytest.mark.usefixtures("qapp")
def test_set_enum_sets_qt_namespace_values_by_name():
    label = QLabel()
    set_enum(label, "alignment", "AlignLeft|AlignVCenter")
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    set_enum(label, "textFormat", "RichText")
    assert label.textFormat() == Qt.TextFormat.RichText
    button = QPushButton()
    set_enum(button, "focusPolicy", "NoFocus")
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus


@pytest.mark.usefixtures("qapp")
def test_set_enum_refuses_names_qt_would_ignore():
    label = QLabel()
    with pytest.raises(ValueError, match="AlignMiddle"):
        set_enum(label, "alignment", "AlignMiddle")
    with pytest.raises(ValueError, match="alignement"):
        set_enum(label, "alignement", "AlignCenter")


@pytest.mark.usefixtures("qapp")
def test_actions_made_and_bound_without_qicon_or_qt():
    window = QWidget()
    action = new_action("&Quit", window)
    assert action.text() == "&Quit" and action.parent() is window
    set_shortcut(action, "Ctrl+H")
    assert action.shortcut().toString() == "Ctrl+H" and len(action.shortcuts()) == 1

"""The coach window's shortcuts, written as key names, are exactly the intended keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from walkcoach.ui.shortcuts import shortcut_specs


def test_shortcut_key_names_are_the_qt_keys_meant():
    key = Qt.Key
    expected = {
        "toggle_pause": [
            key.Key_Space,
            key.Key_MediaTogglePlayPause,
            key.Key_MediaPlay,
            key.Key_MediaPause,
        ],
        "skip": [key.Key_Right, key.Key_N],
        "back": [key.Key_Left, key.Key_B],
        "more_time": [key.Key_Plus, key.Key_Equal],
        "less_time": [key.Key_Minus],
        "request_stop": [key.Key_Escape],
        "toggle_full_screen": [key.Key_F11],
        "toggle_mute": [key.Key_M],
        "toggle_mini_view": [
            QKeySequence.fromString("Ctrl+M", QKeySequence.SequenceFormat.PortableText)
        ],
        "show_shortcuts": [key.Key_F1],
    }
    actual: dict[str, list[QKeySequence]] = {}
    for spec in shortcut_specs():
        actual.setdefault(spec.action, []).extend(spec.keys)
    assert actual.keys() == expected.keys()
    for action, keys in expected.items():
        assert actual[action] == [QKeySequence(k) for k in keys], action

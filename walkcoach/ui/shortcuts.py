"""Every keyboard shortcut of the coach window, defined once: the window binds them at start-up
and Help > Keyboard shortcuts (shortcuts_dialog.py) lists them.

Kept apart from the dialog, whose table and button classes the first frame does not need. Keys
are written as key names rather than ``Qt.Key`` values, which would build PySide6's whole
``Qt`` namespace before the first frame (see lean_qt.py); tests/ui/test_shortcuts.py checks the
names give the same keys.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


# A NamedTuple, not a dataclass: imported before the first frame (docs/performance.md,
# "a frozen dataclass costs 4.7 M instructions to create on Python 3.11").
class ShortcutSpec(NamedTuple):
    action: str  # method name suffix on the main window: "toggle_pause" -> window.toggle_pause()
    keys: tuple[QKeySequence, ...]
    description: str


def shortcut_specs() -> tuple[ShortcutSpec, ...]:
    # Each text in its own translate() call with a literal context: lupdate finds only those
    # (a helper taking the text as an argument hid all of them from it).
    key = QKeySequence
    return (
        ShortcutSpec(
            "toggle_pause",
            (key("Space"),),
            QCoreApplication.translate("Shortcuts", "Start the session, or pause and resume it"),
        ),
        ShortcutSpec(
            "toggle_pause",
            (key("Toggle Media Play/Pause"), key("Media Play"), key("Media Pause")),
            QCoreApplication.translate(
                "Shortcuts", "The same, from the play/pause key of a media or Bluetooth remote"
            ),
        ),
        ShortcutSpec(
            "skip",
            (key("Right"), key("N")),
            QCoreApplication.translate("Shortcuts", "Skip to the next step"),
        ),
        ShortcutSpec(
            "back",
            (key("Left"), key("B")),
            QCoreApplication.translate(
                "Shortcuts",
                "Previous step: restarts this step, or goes to the previous one in its first seconds",
            ),
        ),
        ShortcutSpec(
            "more_time",
            (key("+"), key("=")),
            QCoreApplication.translate("Shortcuts", "30 seconds more on this step"),
        ),
        ShortcutSpec(
            "less_time",
            (key("-"),),
            QCoreApplication.translate(
                "Shortcuts", "30 seconds less on this step (at least 5 s stay)"
            ),
        ),
        ShortcutSpec(
            "request_stop",
            (key("Esc"),),
            QCoreApplication.translate(
                "Shortcuts", "Leaves the workout view; otherwise stops the session (asks first)"
            ),
        ),
        ShortcutSpec(
            "toggle_full_screen",
            (key("F11"),),
            QCoreApplication.translate("Shortcuts", "Workout view on or off"),
        ),
        ShortcutSpec(
            "toggle_mute", (key("M"),), QCoreApplication.translate("Shortcuts", "Sound on or off")
        ),
        ShortcutSpec(
            "toggle_mini_view",
            (key("Ctrl+M"),),
            QCoreApplication.translate(
                "Shortcuts", "Switch between the full window and the small always-on-top view"
            ),
        ),
        ShortcutSpec(
            "show_shortcuts", (key("F1"),), QCoreApplication.translate("Shortcuts", "This list")
        ),
    )

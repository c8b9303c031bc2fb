"""Qt calls for the first frame that keep PySide6 from loading what that frame does not need.

PySide6 makes its Python classes and enums the first time they are used, and some are costly:
the ``Qt`` namespace turns every one of its hundred-odd enums into a Python enum at once (20-30 ms
here, a large part of the start-up's budget over a bare window, which never touches it), QIcon
about 3 ms. Code can load them without naming them, too: to choose between a call's overloads
PySide6 loads the classes those overloads take (``QAction.setShortcut`` has one taking a
``Qt.Key``, ``QAction(text, parent)`` one taking a QIcon).

So the widgets of the first frame set the few Qt-namespace values they need (alignment, focus
policy, text format) by name through Qt's property system, and use the helpers below; code that
runs only after the first frame (sessions, dialogs, the history page) uses ``Qt`` as usual.
``tests/ui/test_startup.py`` checks that the first frame stays free of both.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def set_enum(obj: QObject, name: str, keys: str) -> None:
    """Set the enum or flags property ``name`` by key, e.g. ``set_enum(label, "alignment",
    "AlignCenter")`` or ``"AlignLeft|AlignVCenter"``.

    Qt ignores a wrong property or key name without a word; this raises ValueError instead.
    """
    if not obj.setProperty(name, keys):
        raise ValueError(f"{type(obj).__name__} has no enum property {name!r} taking {keys!r}")


def set_shortcut(action: QAction, key: QKeySequence | str) -> None:
    """``action.setShortcut(key)``, through ``setShortcuts``, whose overloads need no ``Qt``."""
    # Not QKeySequence(a QKeySequence): choosing among that constructor's overloads builds it too.
    action.setShortcuts([key if isinstance(key, QKeySequence) else QKeySequence(key)])


def new_action(text: str, parent: QObject) -> QAction:
    """``QAction(text, parent)`` without loading QIcon."""
    action = QAction(parent)
    action.setText(text)
    return action

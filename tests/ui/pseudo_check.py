"""The app's screens in the pseudo-language (en_XA): every text a user can see or hear, and
every widget that clips its text.

The pseudo translation (tools/update_translations.py) wraps each marked text in [ ] and makes it
40 % longer, so a text with a letter outside brackets was never marked for translation, and a
widget that fits English but not a 40 % longer text is clipped. ``collect()`` builds every screen
of tests/ui/screens.py plus the ones only a user's hand reaches there (the turn, each
Preferences tab, the device dialog with devices found, the menus, the status bar messages), and
per screen returns:

* ``texts``: [where, text] for every label, button, group box title, tab, menu and action,
  combo box item, table header and UI cell, placeholder, tool tip, accessible name (what a
  screen reader says) and window title (rich text reduced to its plain text);
* ``clipped``: what tests/ui/fit_check.py finds on the screen.

``unmarked(text, allowed)`` says which part of a text has letters outside brackets.
Run as a script (in a child process whose offscreen screen has the size under test) it prints
the result as JSON; tests/ui/test_pseudo_language.py judges it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
PSEUDO_ENV = {"LANG": "en_XA"}
TAG = re.compile(r"<[^>]*>")
MAX_ROWS = 40  # of a table: enough for a help table, and every column's kind of text


def plain(text: str) -> str:
    """A text as the user reads it: rich text without its tags, entities decoded."""
    if GuiQt.mightBeRichText(text) or TAG.search(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def outside_brackets(text: str) -> str:
    """The part of ``text`` at bracket depth 0. A template filled with translated parts nests
    ("[Now [Walk~]~~]"); an elided text loses its closing bracket ("[Forward wal…"), and what
    follows an opening bracket counts as inside."""
    depth = 0
    out = []
    for char in text:
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(char)
    return "".join(out)


def unmarked(text: str, allowed: Iterable[str] = ()) -> str:
    """The letters of plain ``text`` a user sees untranslated ("" when it is all marked or
    data). ``allowed`` are data (a program's own name, a folder, a device's name, a brand),
    taken out before the check."""
    rest = outside_brackets(text)
    for data in sorted(allowed, key=len, reverse=True):
        if data:
            rest = rest.replace(data, " ")
    return " ".join(word for word in re.split(r"[^\w]+", rest) if any(c.isalpha() for c in word))


# -- walking the widgets ---------------------------------------------------------------------------


def _visible(widget: QWidget, window: QWidget) -> bool:
    return widget is window or widget.isVisibleTo(window)


def _count(model, method: str, root) -> int:
    """rowCount / columnCount: a list model (QListWidget's) keeps columnCount private: 1."""
    try:
        return getattr(model, method)(root)
    except TypeError:
        return 1


def _model_texts(where: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    columns = _count(model, "columnCount", root)
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, _count(model, "rowCount", root)),
    ):
        header = (
            getattr(view, "horizontalHeader", None)
            if orientation == Qt.Orientation.Horizontal
            else getattr(view, "verticalHeader", None)
        )
        shown = header is not None and header() is not None and header().isVisible()
        if not shown and not (orientation == Qt.Orientation.Horizontal and hasattr(view, "header")):
            continue
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value.strip():
                yield f"{where} header {section}", value
    # Cells: the first rows show every column's kind of text (dates, figures,
    # program names are data; a word the app writes in a cell is UI text).
    rows = min(_count(model, "rowCount", root), MAX_ROWS)
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, root)
            for role, label in (
                (Qt.ItemDataRole.DisplayRole, "cell"),
                (Qt.ItemDataRole.ToolTipRole, "cell tool tip"),
            ):
                value = model.data(index, role)
                if isinstance(value, str) and value.strip():
                    yield f"{where} {label} {row},{column}", value


def widget_texts(window: QWidget) -> list[tuple[str, str]]:
    """[where, text] for what ``window`` shows or says (its visible widgets)."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found.append((where, plain(text)))

    add(f"{_name(window)} window title", window.windowTitle())
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if widget.isWindow() and widget is not window:
            continue  # another window: its own screen
        if not _visible(widget, window):
            continue
        where = _name(widget)
        add(f"{where} tool tip", widget.toolTip())
        add(f"{where} accessible name", widget.accessibleName())
        add(f"{where} accessible description", widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(f"{where} text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(f"{where} title", widget.title())
        elif isinstance(widget, QLineEdit):
            add(f"{where} placeholder", widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{where} tab {i}", widget.tabText(i))
                add(f"{where} tab {i} tool tip", widget.tabToolTip(i))
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{where} item {i}", widget.itemText(i))
            add(f"{where} placeholder", widget.placeholderText())
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found.extend(_model_texts(where, widget))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():  # pyqtgraph: axis labels, titles, legends
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    add(f"{where} chart text", item.toPlainText())
        if hasattr(widget, "painted_text_boxes"):  # texts a widget paints itself
            for label, _box in widget.painted_text_boxes():
                add(f"{where} painted", label)
    for action in window.findChildren(QAction):
        if action.isVisible() and not action.isSeparator() and action.associatedObjects():
            add(f"action {action.text()[:30]!r}", action.text())
            if action.toolTip() != action.text().replace("&", ""):
                add(f"action {action.text()[:30]!r} tool tip", action.toolTip())
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            add(f"menu {menu.title()[:30]!r}", menu.title())
            for action in menu.actions():
                add(f"menu {menu.title()[:20]!r} action", action.text())
        add("status bar message", window.statusBar().currentMessage())
    return found


def _name(widget: QWidget) -> str:
    object_name = widget.objectName()
    return f"{type(widget).__name__}{'#' + object_name if object_name else ''}"


# -- the screens -----------------------------------------------------------------------------------


def extra_screens(stage) -> Iterator[tuple[str, Callable[[], QWidget], Callable[[], None]]]:
    """What screens.py leaves out: the turn, a pause, each Preferences tab, the device
    dialog, the status bar's messages."""
    w = stage.window

    def turn():
        stage.show_main()
        stage.run_until("turn", 1.0)
        stage.settle()
        return w

    def stop() -> None:
        stage.stop_session()

    yield "coach-turn", turn, stop

    def paused():
        stage.show_main()
        stage.run_until("backward")
        w.toggle_pause()  # the paused overlay and the buttons' paused texts
        stage.settle()
        return w

    yield "coach-paused", paused, stop

    def preferences_tab(index: int):
        def show():
            from walkcoach.ui.window_hooks import open_preferences

            stage.show_main()
            dialog = open_preferences(w)
            dialog.tabs.setCurrentIndex(index)
            stage.settle()
            return dialog

        return show

    def close_preferences() -> None:
        w.preferences_dialog.close()
        stage.settle()

    from walkcoach.ui.window_hooks import open_preferences

    tabs = open_preferences(w).tabs.count()
    close_preferences()
    for index in range(tabs):
        yield f"preferences-tab-{index}", preferences_tab(index), close_preferences

    def devices():
        from walkcoach.devices.scan import FoundDevice

        stage.show_main()
        dialog = w.open_devices()
        stage.settle()
        for device in DEVICES:
            dialog._found(FoundDevice(*device))
        dialog._finished([FoundDevice(*device) for device in DEVICES])
        stage.settle()
        return dialog

    def close_devices() -> None:
        dialog = w._device_dialogs.dialog if w._device_dialogs is not None else None
        if dialog is not None:
            dialog.reject()
        stage.settle()

    yield "device-dialog", devices, close_devices

    def status_messages():
        stage.show_main()
        w.set_muted(True)  # "Sound off" in the status bar
        stage.settle()
        return w

    def unmute() -> None:
        w.set_muted(False)
        w.statusBar().clearMessage()
        stage.settle()

    yield "status-muted", status_messages, unmute

    def choose_first():
        stage.show_main()
        w.page.picker.set_programs([], select_id=None)
        w.request_start()  # no program: "Choose a program first."
        stage.settle()
        return w

    def programs_back() -> None:
        from walkcoach.core import library

        w.page.picker.set_programs(library.all_programs(), select_id=stage.program.id)
        w.statusBar().clearMessage()
        stage.settle()

    yield "status-no-program", choose_first, programs_back


# Bluetooth devices the device dialog "finds" (names are the device's own: data, not UI text).
DEVICES = (
    ("F0:57:A1:7E:AD:01", "Walking Pad", "treadmill", -58),
    ("C4:00:00:00:00:02", None, "treadmill", -90),
    ("D1:00:00:00:00:03", "Chest Belt", "heart_rate", -70),
)


def collect() -> dict[str, dict[str, list]]:
    """{screen: {"texts": [[where, text]...], "clipped": [problem...]}} in the pseudo-language."""
    import tempfile

    import fit_check
    import screens

    from walkcoach.ui.i18n import install_translations, remove_translations

    app = QApplication.instance() or QApplication([])
    # As the app does: before any widget (a text set before the translator stays English).
    loaded = install_translations(app, "", PSEUDO_ENV)
    if not loaded.translators:
        raise SystemExit(f"no pseudo translation loaded: {loaded.missing}")
    # Dates in German: a date QLocale writes ("Do. 3. Dez.", Qt's locale data, right in every
    # language) is then told from one strftime writes ("Thu 03 Dec", English in every language).
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    available = app.primaryScreen().availableGeometry()
    results: dict[str, dict[str, list]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="wc-pseudo-") as folder:
            stage = screens.Stage(app, Path(folder), "dark", available)
            for screen_name, show, close in [*stage.screens(), *extra_screens(stage)]:
                window = show()
                results[screen_name] = {
                    "texts": [list(t) for t in widget_texts(window)],
                    "clipped": fit_check.problems(window, available),
                    "data": data_texts(stage, window),
                }
                close()
            stage.close()
    finally:
        remove_translations(app, loaded)
    return results


def data_texts(stage, window: QWidget) -> list[str]:
    """The user's data a screen may show as it is: the data folder and its files, the user's
    own programs' names, the names of the Bluetooth devices found; and the names of keys
    (Qt names them itself, "Ctrl+Shift+R", translated by qtbase in a real language)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    from walkcoach.core import library
    from walkcoach.ui.shortcuts import shortcut_specs

    found = [str(stage.data_dir), stage.data_dir.name]
    found += [p.name for p in library.all_programs() if not p.builtin]
    found += [name for _address, name, _kind, _rssi in DEVICES if name]
    native = QKeySequence.SequenceFormat.NativeText
    keys = [k for spec in shortcut_specs() for k in spec.keys]
    keys += [k for action in window.findChildren(QAction) for k in action.shortcuts()]
    keys += [s.key() for s in window.findChildren(QShortcut)]
    names = {k.toString(native) for k in keys if not k.isEmpty()}
    found += [part for name in names for part in (name, *name.split("+")) if part]
    # The day and month names of the locale's dates (QLocale's data, see collect()).
    locale = QLocale()
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        found += [locale.dayName(day, form) for day in range(1, 8)]
        found += [locale.monthName(month, form) for month in range(1, 13)]
        found += [locale.standaloneMonthName(month, form) for month in range(1, 13)]
    return sorted(set(found))


if __name__ == "__main__":
    import json

    os.environ.setdefault("QT_SPEECH_ENGINE", "mock")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    sys.stdout.write(json.dumps(collect()))

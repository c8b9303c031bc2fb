"""Every screen in the pseudo-language (en_XA): no text a user sees or hears is left unmarked,
and no widget clips the 40 % longer texts.

tests/ui/pseudo_check.py builds the screens in a child process (an offscreen screen of the size
under test, as tests/ui/test_fits_screen.py does) with the pseudo translation installed as the
app installs it, and returns every text of every visible widget, menu, action, tab, table
header, combo box item, tool tip, accessible name and window title, and what the clip check
(tests/ui/fit_check.py) finds. A marked text comes back as "[Text~~~]"; a letter outside the
brackets is a text nobody can translate. What may stay as it is, is data, listed in ALLOWED
with the reason for each.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import fit_check  # noqa: E402
import pseudo_check  # noqa: E402
import screens  # noqa: E402

SIZES = ("1024x600", "1366x768")
EXTRA_SCREENS = (
    "coach-turn",
    "coach-paused",
    "preferences-tab-0",
    "preferences-tab-1",
    "device-dialog",
    "status-muted",
    "status-no-program",
)

# -- what is data, not UI text (the whole list: keep it small, each with its reason) ------------
ALLOWED: dict[str, str] = {
    # The app's own name: a brand, the same in every language.
    r"\bWalkCoach\b": "brand",
    # A web address is typed as it is.
    r"https?://\S+": "address",
    # A Bluetooth device's address (hex digits A-F are letters).
    r"\b[0-9A-F]{2}(?::[0-9A-F]{2}){5}\b": "device address",
    # A study named by its authors and year ("Ericson 1986", "Masumoto et al. 2007",
    # "Detweiler & Twaddle 2007"): a reference, cited the same in every language.
    r"\b[A-Z][a-z]+(?: et al\.| & [A-Z][a-z]+)? (?:19|20)\d\d\b": "citation",
    # Each language's name in itself, in the Preferences' language list: a user finds their
    # own language whatever language the screen is in (the list's first entry, the system's
    # language, is marked).
    r"^(?:English|Deutsch|Français|Español|Nederlands|Italiano)$": "language endonym",
}
# Texts Qt itself shows and translates (qtbase_XX.qm, loaded before WalkCoach's in every real
# language; the pseudo-language has no qtbase): the standard buttons of QDialogButtonBox and
# QMessageBox. test_qt_translates_its_own_texts checks each is in qtbase's German file.
QT_OWN: dict[str, str] = {
    "OK": "QPlatformTheme",
    "Cancel": "QPlatformTheme",
    "Save": "QPlatformTheme",
    "Close": "QPlatformTheme",
    "Restore Defaults": "QPlatformTheme",
    "Show Details...": "QMessageBox",
}

# -- known unmarked texts owned by other helpers of issue 17 (the lead empties this list after
# merging their branches and running tools/update_translations.py; an entry no longer seen
# fails test_known_lists_are_current, so the list only shrinks) --------------------------------
# (pattern of the text as shown, "file:line that shows it (and where the text comes from), owner")
KNOWN_UNMARKED: list[tuple[str, str]] = []
# (pattern of fit_check's problem line, "file of the widget, owner")
KNOWN_CLIPPED: list[tuple[str, str]] = []


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, dict[str, dict[str, list]]]:
    results = {}
    for size in SIZES:
        width, height = (int(n) for n in size.split("x"))
        config = tmp_path_factory.mktemp("screen") / "screen.json"
        config.write_text(json.dumps(fit_check.offscreen_config(width, height)), encoding="utf-8")
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        env["PYTHONPATH"] = os.pathsep.join([str(HERE.parents[1]), env.get("PYTHONPATH", "")])
        run = subprocess.run(
            [sys.executable, str(HERE / "pseudo_check.py")],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert run.returncode == 0, run.stderr[-3000:]
        results[size] = json.loads(run.stdout)
    return results


def allowed_data(screen: dict[str, list]) -> list[str]:
    """The data a screen may show as it is: its own (folder, programs, devices, key names)."""
    return list(screen["data"])


def left_unmarked(text: str, data: list[str]) -> str:
    rest = text
    for pattern in ALLOWED:
        rest = re.sub(pattern, " ", rest)
    if rest.strip() in QT_OWN:
        return ""
    return pseudo_check.unmarked(rest, data)


def unmarked_texts(found) -> dict[str, list[str]]:
    """text -> ["size screen: where", ...] for each text with letters outside brackets."""
    seen: dict[str, list[str]] = {}
    for size, by_screen in found.items():
        for screen, result in by_screen.items():
            for where, text in result["texts"]:
                if left_unmarked(text, allowed_data(result)):
                    seen.setdefault(text, []).append(f"{size} {screen}: {where}")
    return seen


def _known(text: str, known: list[tuple[str, str]]) -> bool:
    return any(re.search(pattern, text) for pattern, _owner in known)


def test_every_screen_is_walked(found):
    for size in SIZES:
        assert sorted(found[size]) == sorted((*screens.SCREEN_NAMES, *EXTRA_SCREENS))
        for screen, result in found[size].items():
            assert result["texts"], f"{screen} at {size}: no text found"


def test_every_text_a_user_sees_is_marked(found):
    seen = unmarked_texts(found)
    new = {text: where for text, where in seen.items() if not _known(text, KNOWN_UNMARKED)}
    report = "\n".join(
        f"{text!r}\n    {where[0]} (+{len(where) - 1} more)" for text, where in new.items()
    )
    assert not new, f"{len(new)} unmarked text(s) in the pseudo-language:\n{report}"


def test_no_widget_clips_the_longer_texts(found):
    new = []
    for size, by_screen in found.items():
        for screen, result in by_screen.items():
            new += [
                f"{size} {screen}: {problem}"
                for problem in result["clipped"]
                if not _known(problem, KNOWN_CLIPPED)
            ]
    assert not new, f"{len(new)} clipped widget(s) in the pseudo-language:\n" + "\n".join(new)


def test_known_lists_are_current(found):
    """An entry of KNOWN_UNMARKED / KNOWN_CLIPPED nothing matches any more was fixed: drop it."""
    texts = list(unmarked_texts(found))
    problems = [p for by_screen in found.values() for r in by_screen.values() for p in r["clipped"]]
    stale = [entry for entry in KNOWN_UNMARKED if not any(re.search(entry[0], t) for t in texts)]
    stale += [entry for entry in KNOWN_CLIPPED if not any(re.search(entry[0], p) for p in problems)]
    assert not stale, "fixed, remove from the known lists:\n" + "\n".join(map(str, stale))


# -- the check itself ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("[Start~~]", ""),
        ("[&Quit~]", ""),
        ("[Zone 3~] · [Moderate~~]", ""),  # composed of translated parts
        ("[Now {name}~~]".replace("{name}", "[Walk~]"), ""),  # a template filled, nested
        ("[Forward wal…", ""),  # elided: the closing bracket is cut off
        ("12:30 · 4.5 / 3 %", ""),  # figures and times
        ("Start", "Start"),
        ("[Zone 3~] · Moderate", "Moderate"),
        ("Week 1, [day 2~]", "Week"),
        ("2.4 km/h", "km h"),  # a unit is text to translate
    ],
)
def test_letters_outside_brackets_are_found(text, left):
    assert pseudo_check.unmarked(text) == left


def test_data_and_allowed_texts_pass():
    data = ["Walking Pad", "/tmp/wc-pseudo-1/programs"]
    assert left_unmarked("[Linked: {name}~~]".replace("{name}", "Walking Pad"), data) == ""
    assert left_unmarked("[Saved in~~] /tmp/wc-pseudo-1/programs", data) == ""
    assert left_unmarked("[About WalkCoach~~~]", data) == ""
    assert left_unmarked("F0:57:A1:7E:AD:01", data) == ""
    assert left_unmarked("Masumoto et al. 2007", data) == ""
    assert left_unmarked("Deutsch", data) == ""
    assert left_unmarked("Show Details...", data) == ""
    assert left_unmarked("Deutsch and more", data) == "Deutsch and more"
    assert left_unmarked("Backward uphill glute article", data) == "Backward uphill glute article"


def test_rich_text_is_read_as_shown(qapp):
    assert pseudo_check.plain("<b>[Heart rate~~]</b>") == "[Heart rate~~]"
    # The pseudo text of rich text has its brackets inside the first tag, round the rest.
    assert pseudo_check.unmarked(pseudo_check.plain("<p>[See <a href='x'>here</a></p>~~]")) == ""
    assert pseudo_check.unmarked(pseudo_check.plain("<p>[See~]</p> <i>here</i>")) == "here"


def test_qt_translates_its_own_texts(qapp):
    """QT_OWN is what qtbase translates: each text has a German translation there ("OK" is
    "OK" in German; an absent text translates to "")."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    translator = QTranslator()
    assert translator.load(str(folder / "qtbase_de.qm"))
    for text, context in QT_OWN.items():
        assert translator.translate(context, text) != "", text


def test_an_unmarked_label_is_caught_and_a_marked_one_passes(qtbot, qapp):
    """The walk in the app's pseudo-language: a label set with translate() comes back in
    brackets, one set with a plain string does not."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from walkcoach.ui.i18n import install_translations, remove_translations

    loaded = install_translations(qapp, "", pseudo_check.PSEUDO_ENV)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        marked = QLabel(QCoreApplication.translate("MainWindow", "&Session"), window)
        plain = QLabel("Session", window)
        plain.setToolTip(QCoreApplication.translate("MainWindow", "&Session"))
        layout.addWidget(marked)
        layout.addWidget(plain)
        window.show()
        texts = [t for where, t in pseudo_check.widget_texts(window) if where == "QLabel text"]
        assert sorted(texts) == sorted(["Session", marked.text()])
        assert marked.text().startswith("[&Session")
        flagged = [t for _w, t in pseudo_check.widget_texts(window) if pseudo_check.unmarked(t)]
        assert flagged == ["Session"]
    finally:
        remove_translations(qapp, loaded)


# -- the fixes this check found (each failed before it) -----------------------------------------


def _update_translations():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_translations", HERE.parents[1] / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _found_by_lupdate(source: Path, tmp_path: Path) -> set[tuple[str, str]]:
    """(context, text) of every message pyside6-lupdate finds in ``source``."""
    import xml.etree.ElementTree as ET

    ts_file = tmp_path / f"{source.stem}.ts"
    lupdate = _update_translations().tool("pyside6-lupdate")
    subprocess.run([lupdate, str(source), "-ts", str(ts_file)], check=True, capture_output=True)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts_file).getroot().iter("context")
        for message in context.iter("message")
    }


def test_lupdate_finds_every_shortcut_description(qapp, tmp_path):
    """A _tr(text) helper hid all eleven from lupdate: the help table stayed English."""
    from walkcoach.ui import shortcuts

    found = _found_by_lupdate(Path(shortcuts.__file__), tmp_path)
    for spec in shortcuts.shortcut_specs():
        assert ("Shortcuts", spec.description) in found


def test_lupdate_finds_the_running_window_title(tmp_path):
    from walkcoach.ui import main_window

    assert ("MainWindow", "{program} – {app}") in _found_by_lupdate(
        Path(main_window.__file__), tmp_path
    )


def test_the_zone_notes_are_shown_in_the_core_context(qtbot, qapp, tmp_path):
    """Preferences > Heart rate translated the core's notes with tr(note) in its own context,
    where no translation of them can be: they come from core/hr_zones.py's HeartRateZones."""
    from PySide6.QtCore import QTranslator

    from walkcoach.core import hr_zones
    from walkcoach.core.settings import Settings
    from walkcoach.ui.dialogs.heart_rate_prefs import HeartRatePrefs

    ts_file = tmp_path / "zones.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de"><context>'
        "<name>HeartRateZones</name><message>"
        f"<source>{hr_zones.MAXIMUM_NOTE}</source><translation>Zonen vom Maximum.</translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    translator = QTranslator()
    assert translator.load(str(_update_translations().lrelease(ts_file)))
    qapp.installTranslator(translator)
    try:
        prefs = HeartRatePrefs()
        qtbot.addWidget(prefs)
        prefs.load(Settings(max_hr_bpm=180))
        assert prefs.zones_note.text().splitlines()[0] == "Zonen vom Maximum."
    finally:
        qapp.removeTranslator(translator)


def test_the_pseudo_padding_wraps_like_words():
    """One run of up to 148 "~" could not wrap: a page with a long description grew wider
    than any screen (3203 px at 1024x600). The padding is now words of at most 8."""
    tool = _update_translations()
    for length in (1, 5, 24, 80, 370):
        source = "word " * (length // 5) + "x" * (length % 5)
        pseudo = tool.pseudo_text(source)
        assert pseudo.startswith("[") and pseudo.endswith("]")
        assert len(pseudo) - 2 - len(source) == max(1, -(-len(source) * 2 // 5) - 2)
        assert max(len(run) for run in re.findall("~+", pseudo)) <= tool.PSEUDO_PAD_WORD


def test_lupdate_finds_the_editor_file_dialogs_and_headers(tmp_path):
    """A _tr(text) helper in ui/editor/files.py hid every text of its dialogs from lupdate, and
    tr(COLUMNS[section]) the editor's column headers: they stayed English in every language."""
    from walkcoach.ui.editor import files, model

    found = _found_by_lupdate(Path(files.__file__), tmp_path)
    for text in (
        "Delete “{name}”?",
        "&Keep both",
        "{file} was not imported:\n{reason}",
        "WalkCoach programs (*.json);;All files (*)",
    ):
        assert ("ProgramEditor", text) in found
    headers = _found_by_lupdate(Path(model.__file__), tmp_path)
    for text in ("Segment", "Time", "Speed", "Incline"):
        assert ("ProgramTreeModel", text) in headers


def test_resource_sources_are_marked_and_shown_translated(qapp):
    """A plan's source line and a figure's source title came from resources/ unmarked."""
    from walkcoach.core.muscles import ESTIMATE_SOURCE, load_model
    from walkcoach.core.plans.builtin import builtin_plans
    from walkcoach.ui.i18n import install_translations, remove_translations
    from walkcoach.ui.resource_text import muscle_source, plan_source

    marked = _update_translations().resource_texts()
    plans = builtin_plans()
    assert all(("Plans", plan.source) in marked for plan in plans)
    titles = [title for title in load_model().sources if title != ESTIMATE_SOURCE]
    assert titles and all(("Muscles", title) in marked for title in titles)
    loaded = install_translations(qapp, "", pseudo_check.PSEUDO_ENV)
    try:
        assert all(plan_source(plan).startswith(f"[{plan.source}") for plan in plans)
        for title in [*titles, ESTIMATE_SOURCE]:
            assert muscle_source(title).startswith(f"[{title}")
    finally:
        remove_translations(qapp, loaded)


def test_a_copy_of_a_builtin_is_in_the_language_shown(qtbot, qapp, data_dir):
    """Duplicate kept a built-in's English description, labels and notes: the user's copy
    showed English in a translated editor."""
    from walkcoach import paths
    from walkcoach.core.muscles import load_model
    from walkcoach.core.program import load_program_file
    from walkcoach.core.settings import Settings
    from walkcoach.ui.editor.window import ProgramEditor
    from walkcoach.ui.i18n import install_translations, remove_translations

    loaded = install_translations(qapp, "", pseudo_check.PSEUDO_ENV)
    try:
        editor = ProgramEditor(Settings(units="kmh"), model=load_model())
        qtbot.addWidget(editor)
        original = editor.program_by_id(editor.document.program_id)
        assert original is not None and original.builtin
        copy = editor.files.duplicate_program()
        assert copy is not None
        saved = load_program_file(paths.programs_dir() / f"{copy.id}.json")
        # The shown name, inside the translated "{name} (copy)" (both wrapped in the pseudo).
        assert saved.name.startswith(f"[[{original.name}")
        assert saved.description.startswith(f"[{original.description}")
        labels = [p.segment.label for p in saved.planned_segments() if p.segment.label]
        assert labels and all(label.startswith("[") for label in labels)
    finally:
        remove_translations(qapp, loaded)


def test_a_builtin_opened_in_the_editor_shows_its_texts_in_the_language_shown(
    qtbot, qapp, data_dir
):
    """The list and the tree showed a built-in's name and labels translated, its read-only
    forms the English of its file (seen on the German editor screenshot)."""
    from walkcoach.core.muscles import load_model
    from walkcoach.core.settings import Settings
    from walkcoach.ui.editor.window import ProgramEditor
    from walkcoach.ui.i18n import install_translations, remove_translations

    loaded = install_translations(qapp, "", pseudo_check.PSEUDO_ENV)
    try:
        editor = ProgramEditor(Settings(units="kmh"), model=load_model())
        qtbot.addWidget(editor)
        assert editor.document is not None
        original = editor.program_by_id(editor.document.program_id)
        assert original is not None and original.builtin
        shown = editor.document.program()
        assert shown.name.startswith("[") and shown.description.startswith("[")
        labels = [p.segment.label for p in shown.planned_segments() if p.segment.label]
        assert labels and all(label.startswith("[") for label in labels)
    finally:
        remove_translations(qapp, loaded)

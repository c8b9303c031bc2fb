"""The translation mechanism: .qm fresh against their .ts, lupdate's contexts the ones Qt asks for
at run time, the checks each finished .ts must pass, and loading by locale or setting."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from walkcoach.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es", "nl", "it")
# Languages whose .ts is finished (all five since issue 17). A language being translated would
# leave this list until it is done: its completeness check then skips, saying why.
COMPLETE_LANGUAGES: tuple[str, ...] = ("de", "fr", "es", "nl", "it")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
# A context lupdate can only have taken from an enclosing class (or an explicit translate()):
# "", or an object's name ("window", "parent") that is never the class Qt asks at run time.
RUNTIME_CONTEXT = re.compile(r"^_?[A-Z]\w*$")


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path):
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


# -- checks the lead enables per language (COMPLETE_LANGUAGES) ------------------------------------


def unfinished_or_obsolete(ts_file: Path) -> list[str]:
    """Entries still to translate, or kept for text the code no longer has."""
    found = []
    for context, message in _messages(ts_file):
        translation = message.find("translation")
        kind = "" if translation is None else translation.get("type", "")
        if translation is None or kind in ("unfinished", "obsolete", "vanished"):
            found.append(f"{context}: {message.findtext('source')!r} ({kind or 'none'})")
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type"):
        return []  # not translated yet: the source is shown
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def placeholder_mismatches(ts_file: Path) -> list[str]:
    """Translations whose {name}, %n or %1 placeholders differ from the source's (a missing
    one loses a value, an extra one raises KeyError in .format)."""
    found = []
    for context, message in _messages(ts_file):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in _translations(message):
            if message.get("numerus") == "yes":  # a form may say "one" instead of "%n"
                ok = {p for p in PLACEHOLDER.findall(text)} <= set(wanted) | {"%n"}
                ok = ok and set(wanted) - {"%n"} <= set(PLACEHOLDER.findall(text))
            else:
                ok = sorted(PLACEHOLDER.findall(text)) == wanted
            if not ok:
                found.append(f"{context}: {source!r} -> {text!r}")
    return found


def missing_numerus_forms(ts_file: Path) -> list[str]:
    """%n messages that lupdate did not mark as plural, or translated without every form."""
    found = []
    for context, message in _messages(ts_file):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if "%n" in source and message.get("numerus") != "yes":
            found.append(f"{context}: {source!r} is not a plural message (tr(text, '', n))")
        elif (
            message.get("numerus") == "yes"
            and translation is not None
            and not translation.get("type")
        ):
            forms = translation.findall("numerusform")
            if not forms or any(not (form.text or "").strip() for form in forms):
                found.append(f"{context}: {source!r} lacks a plural form")
    return found


# -- the files ------------------------------------------------------------------------------------


def test_every_ts_has_a_qm_and_each_qm_is_fresh(tmp_path):
    """The .qm are committed (see docs/architecture.md, Translations): each must be what
    lrelease makes of its .ts now, or the app shows an older translation."""
    tool = _tool()
    ts_files = sorted(TRANSLATIONS.glob("*.ts"))
    assert {f.stem for f in ts_files} >= {f"walkcoach_{x}" for x in (*LANGUAGES, "pseudo")}
    stale = []
    for ts_file in ts_files:
        built = tool.lrelease(ts_file, tmp_path / ts_file.with_suffix(".qm").name)
        committed = ts_file.with_suffix(".qm")
        if not committed.is_file() or committed.read_bytes() != built.read_bytes():
            stale.append(committed.name)
    assert stale == [], f"run tools/update_translations.py --release-only: {stale} stale"


def test_lupdate_takes_every_context_from_a_class_or_an_explicit_translate(tmp_path):
    """``window.tr("...")`` in a function gets the context "window" from lupdate but is looked up
    as "MainWindow" at run time, so it would never translate; a module-level ``tr`` wrapper gets
    "". Every context of a scratch lupdate run must be a class's name or an explicit one."""
    tool = _tool()
    scratch = tmp_path / "walkcoach_scratch.ts"
    subprocess.run(
        [tool.tool("pyside6-lupdate"), *tool.sources(), "-no-obsolete", "-ts", str(scratch)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wrong = sorted(
        {context for context, _ in _messages(scratch) if not RUNTIME_CONTEXT.match(context)}
    )
    assert wrong == [], "use QCoreApplication.translate('Context', ...) for these: " + repr(wrong)
    assert sum(1 for _ in _messages(scratch)) > 800  # lupdate read the sources at all


def test_resource_markers_are_up_to_date(tmp_path, monkeypatch):
    """tools/resource_texts.py holds every program, plan and muscle text (made by the tool)."""
    tool = _tool()
    monkeypatch.setattr(tool, "MARKERS", tmp_path / "resource_texts.py")
    tool.write_markers()
    committed = (ROOT / "tools" / "resource_texts.py").read_text(encoding="utf-8")
    assert (tmp_path / "resource_texts.py").read_text(encoding="utf-8") == committed


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_is_complete(language):
    ts_file = TRANSLATIONS / f"walkcoach_{language}.ts"
    if language not in COMPLETE_LANGUAGES:
        pytest.skip(
            f"walkcoach_{language}.ts is being translated (issue 17); add it to COMPLETE_LANGUAGES when done"
        )
    assert unfinished_or_obsolete(ts_file) == []


@pytest.mark.parametrize("language", (*LANGUAGES, "pseudo"))
def test_placeholders_and_plural_forms_match_the_source(language):
    ts_file = TRANSLATIONS / f"walkcoach_{language}.ts"
    assert placeholder_mismatches(ts_file) == []
    assert missing_numerus_forms(ts_file) == []


def test_the_pseudo_language_is_complete_and_wraps_every_text():
    ts_file = TRANSLATIONS / "walkcoach_pseudo.ts"
    assert unfinished_or_obsolete(ts_file) == []
    for _context, message in _messages(ts_file):
        for text in _translations(message):
            assert "[" in text and text.endswith("]"), text


def test_the_checks_find_what_they_look_for(tmp_path):
    ts_file = tmp_path / "walkcoach_xx.ts"
    ts_file.write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de"><context>
        <name>C</name>
        <message><source>Next: {summary}</source><translation>Weiter: {zusammenfassung}</translation></message>
        <message><source>Open</source><translation type="unfinished"></translation></message>
        <message><source>Gone</source><translation type="vanished">Weg</translation></message>
        <message numerus="yes"><source>%n day(s)</source><translation><numerusform>%n Tag</numerusform><numerusform></numerusform></translation></message>
        <message><source>%n week(s)</source><translation>%n Wochen</translation></message>
        </context></TS>""",
        encoding="utf-8",
    )
    assert len(unfinished_or_obsolete(ts_file)) == 2
    assert placeholder_mismatches(ts_file) == [
        "C: 'Next: {summary}' -> 'Weiter: {zusammenfassung}'"
    ]
    assert [line.split(" ", 2)[1] for line in missing_numerus_forms(ts_file)] == ["'%n", "'%n"]


# -- loading --------------------------------------------------------------------------------------


@pytest.fixture
def translated(qapp):
    """Install translations for one test, then go back to the English every other test sees."""
    loaded = []

    def install(setting: str = "", environ: dict[str, str] | None = None) -> i18n.Loaded:
        loaded.append(i18n.install_translations(qapp, setting, environ))
        return loaded[-1]

    yield install
    for done in reversed(loaded):
        i18n.remove_translations(qapp, done)


def test_the_system_locale_is_read_as_posix_orders_the_variables():
    assert i18n.system_locale_name({"LANG": "de_DE.UTF-8"}) == "de_DE"
    assert i18n.system_locale_name({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR"}) == "fr_FR"
    assert i18n.system_locale_name({"LC_ALL": "it_IT@euro", "LC_MESSAGES": "fr_FR"}) == "it_IT"
    assert i18n.system_locale_name({"LANG": "C.UTF-8"}) == ""
    assert i18n.system_locale_name({}) == ""
    assert i18n.choose("", {"LANG": "nl_BE.UTF-8"}) == ("nl", "nl_BE")
    assert i18n.choose("de", {"LANG": "de_AT.UTF-8"}) == ("de", "de_AT")  # Austrian dates
    assert i18n.choose("es", {"LANG": "de_DE.UTF-8"}) == ("es", "es_ES")
    assert i18n.choose("", {"LANG": "en_XA"}) == ("en_XA", "en_XA")


def test_english_loads_nothing(translated):
    loaded = translated("", {"LANG": "en_GB.UTF-8"})
    assert loaded.language == "en" and loaded.translators == [] and loaded.missing == []
    loaded = translated("en", {"LANG": "de_DE.UTF-8"})  # English chosen on a German system
    assert loaded.translators == [] and QLocale().name() == "en_US"


def test_german_loads_qts_translation_first_then_walkcoachs_and_german_numbers(translated):
    loaded = translated("", {"LANG": "de_DE.UTF-8"})
    assert loaded.language == "de" and loaded.missing == []
    assert len(loaded.translators) == 2  # qtbase_de.qm, then walkcoach_de.qm
    assert Path(loaded.translators[0].filePath()).name == "qtbase_de.qm"
    assert Path(loaded.translators[1].filePath()).name == "walkcoach_de.qm"
    assert QLocale().toString(1.5, "f", 1) == "1,5"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_pseudo_language_translates_through_the_qm(translated):
    loaded = translated("", {"LANG": "en_XA"})
    assert [Path(t.filePath()).name for t in loaded.translators] == ["walkcoach_pseudo.qm"]
    assert QCoreApplication.translate("AboutDialog", "License").startswith("[License")
    assert QCoreApplication.translate("Programs", "Back relief walk").startswith("[Back relief")
    # A plural message: the pseudo-language's own forms win over the English plural helper.
    text = QCoreApplication.translate("HistoryPanels", "%n day(s)", "", 3)
    assert text.startswith("[3 day(s)"), text


def test_the_app_start_installs_the_language_of_the_settings_before_any_window():
    """Text set before a translator is installed stays English: install comes first."""
    source = (ROOT / "walkcoach" / "ui" / "app.py").read_text(encoding="utf-8")
    install_at = source.index("install_translations(app, settings.language)")
    assert install_at < source.index("MainWindow(\n") and install_at < source.index(
        "SessionController(\n"
    )


def test_every_marker_names_its_context_as_a_literal():
    """lupdate reads the sources as text: QT_TRANSLATE_NOOP(CONTEXT, "...") with a constant
    for the context is skipped without a word, and the text is in no .ts file."""
    found = []
    for path in sorted((ROOT / "walkcoach").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"QT_TRANSLATE_NOOP\(\s*([^\s\"'])", text):
            if text[: match.start()].rstrip().endswith("def"):
                continue  # the function's own definition
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(ROOT)}:{line}")
    assert not found, found

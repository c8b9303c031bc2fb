"""Loading the translations: Qt's own (qtbase: standard buttons, file dialogs) first, then
WalkCoach's, for the language of the Preferences or, when that is "" (the default), the system's.

Called once in the app start, before any window is built: a QTranslator installed later would
only translate text set after it (every widget would need a retranslate pass), so a new language
chosen in Preferences applies at the next start, and the dialog says so.

English is the source language: it loads nothing and reads no file, so an English start-up costs
no more than before (the only work is reading three environment variables).

The pseudo-language ``en_XA`` (LANG=en_XA, never in Preferences) loads walkcoach_pseudo.qm, which
tools/update_translations.py builds with every string wrapped in [ ] and 40 % longer: a screen
shown with it makes unmarked text (no brackets) and clipped widgets easy to see, by eye or by the
check in tests/ui/test_translations.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from walkcoach.core import i18n as core_i18n
from walkcoach.locales import (  # noqa: F401  (the names this module has always offered)
    LOCALE_VARIABLES,
    PSEUDO_FILE_STEM,
    PSEUDO_LOCALE,
    SOURCE_LANGUAGE,
    TRANSLATIONS_FOLDER,
    language_of,
    qm_path,
    system_locale_name,
)
from walkcoach.ui import plurals

log = logging.getLogger(__name__)


class Loaded:
    """What ``install_translations`` did: the language used and the translators it installed
    (kept referenced here: Qt does not own them, and a collected translator stops translating).

    A plain class, not a dataclass: it is made before the first frame, where a dataclass's
    methods are compiled from source at import (on Python 3.11 some 2 million instructions for
    this one), and nothing compares or prints it.
    """

    def __init__(self, language: str, locale_name: str, previous_locale: QLocale) -> None:
        self.language = language  # "en", "de", ... or PSEUDO_LOCALE
        self.locale_name = locale_name  # the QLocale made the default, e.g. "de_DE"
        self.translators: list[QTranslator] = []
        self.missing: list[str] = []  # .qm files that were looked for, not found
        self.previous_locale = previous_locale  # the default before, for undoing


def choose(setting: str, environ: dict[str, str] | None = None) -> tuple[str, str]:
    """(language, locale name) for the ``language`` setting ("" = the system's).

    A chosen language keeps the system's region when it is of that language (de with LANG=de_AT
    gives de_AT, for Austrian dates); otherwise the language's own main locale.
    """
    system = system_locale_name(environ)
    if not setting:
        return language_of(system or SOURCE_LANGUAGE), system
    if language_of(system) == setting:
        return setting, system
    return setting, QLocale(setting).name()


def install_translations(
    app: QCoreApplication, setting: str = "", environ: dict[str, str] | None = None
) -> Loaded:
    """Install Qt's and WalkCoach's translators for ``setting`` (or the system) into ``app``,
    and make that locale QLocale's default (numbers, dates: "1,5" in German)."""
    language, locale_name = choose(setting, environ)
    # The English plural helper first: Qt asks the translator installed last first, so a real
    # translation's plural forms win over the helper's English ones.
    plurals.install()
    loaded = Loaded(language, locale_name, previous_locale=QLocale())
    if locale_name and language != PSEUDO_LOCALE:  # English chosen on a German system: en_US
        QLocale.setDefault(QLocale(locale_name))
        # The core's figures ("4,0 km/h" in a cue or an editor problem) follow the same locale.
        core_i18n.set_decimal_point(QLocale(locale_name).decimalPoint())
    if language == SOURCE_LANGUAGE:
        return loaded  # the source text is English: nothing to load
    if language != PSEUDO_LOCALE:
        # Here, not at the top: in English the first frame does without QLibraryInfo's class.
        from PySide6.QtCore import QLibraryInfo

        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _install(app, loaded, Path(qt_folder) / f"qtbase_{language}.qm")
    _install(app, loaded, qm_path(language))
    if loaded.translators:  # the core's composed text (spoken cues) asks Qt from now on
        core_i18n.set_translator(_qt_translate)
        # Spoken in the screen's language until the speech helper says it has no voice of it.
        core_i18n.set_spoken_language(language)
    return loaded


def _qt_translate(
    context: str, source_text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    # QCoreApplication.translate's stubs want a str disambiguation; Qt itself takes None.
    return QCoreApplication.translate(context, source_text, disambiguation or "", n)


def _install(app: QCoreApplication, loaded: Loaded, qm_file: Path) -> None:
    translator = QTranslator(app)
    if qm_file.is_file() and translator.load(str(qm_file)):
        app.installTranslator(translator)
        loaded.translators.append(translator)
    else:  # a language Qt or WalkCoach has no file for: the English text is shown
        log.info("no translation file %s", qm_file)
        loaded.missing.append(str(qm_file))


def remove_translations(app: QCoreApplication, loaded: Loaded) -> None:
    """Undo ``install_translations`` (tests render in one language, then go back to English)."""
    for translator in loaded.translators:
        app.removeTranslator(translator)
    loaded.translators.clear()
    core_i18n.reset()
    QLocale.setDefault(loaded.previous_locale)


def core_text(context: str, text: str) -> str:
    """The translation of a text the Qt-free core marked with QT_TRANSLATE_NOOP (core/i18n.py);
    the text itself where none is loaded. For a template, translate first, then ``.format``."""
    return QCoreApplication.translate(context, text)

"""The command line in the environment's language (LC_ALL, LC_MESSAGES, LANG, as the window).

English is WalkCoach's own language: for it nothing is loaded and Qt is not even imported, so
an English ``walkcoach programs`` starts as fast as before. Any other language loads
``walkcoach_XX.qm`` with a bare QTranslator (it needs no application object) and installs it as
the core's translation hook (walkcoach.core.i18n), which the core and the CLI's own texts ask;
the locale's decimal point goes with it. The Preferences' language is the window's: the command
line follows the environment only, as command-line tools do.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from walkcoach.core import i18n as core_i18n
from walkcoach.locales import SOURCE_LANGUAGE, language_of, qm_path, system_locale_name

CONTEXT_CLI = "CommandLine"

_kept: list[Any] = []  # the file and its QTranslator: translating stops when it is collected


def install(environ: dict[str, str] | None = None) -> str:
    """Load the environment's translation into the core's hook; the language loaded ("en" when
    none is: English asked for, or no file for the language)."""
    locale_name = system_locale_name(environ)
    language = language_of(locale_name or SOURCE_LANGUAGE)
    if language == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    qm_file = qm_path(language)
    if not qm_file.is_file():
        return SOURCE_LANGUAGE  # a language WalkCoach has no translation for: English
    if _kept and _kept[0] == qm_file:
        return language  # installed already (the arguments, then the sub-command ask)
    from PySide6.QtCore import QLocale, QTranslator  # only for another language than English

    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return SOURCE_LANGUAGE
    _kept[:] = [qm_file, translator]

    def translate(
        context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # "" is QTranslator's "not in the file": the English text is shown then.
        return translator.translate(context, source_text, disambiguation, n) or source_text

    core_i18n.set_translator(translate)
    if locale_name and "_" in locale_name:  # "de_DE": the region's decimal point; "en_XA" too
        core_i18n.set_decimal_point(QLocale(locale_name).decimalPoint())
    else:
        core_i18n.set_decimal_point(QLocale(language).decimalPoint())
    return language


def uninstall() -> None:
    """Back to English (tests)."""
    _kept.clear()
    core_i18n.reset()


@contextlib.contextmanager
def english() -> Iterator[None]:
    """The core's texts in English for a while: JSON output is for programs, and a text in it
    (a plan's headline) must not change with the reader's language."""
    saved = core_i18n.installed_translator()
    core_i18n.set_translator(None)
    try:
        yield
    finally:
        core_i18n.set_translator(saved)

"""Which language the environment asks for: the Qt-free part of choosing a translation, shared
by the window (walkcoach.ui.i18n) and the command line (walkcoach.cli.i18n).

Qt-free so that the command line can tell an English start (nothing to load) from any other
before it imports Qt at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from walkcoach import resources

SOURCE_LANGUAGE = "en"
PSEUDO_LOCALE = "en_XA"
PSEUDO_FILE_STEM = "walkcoach_pseudo"
TRANSLATIONS_FOLDER = "translations"
# POSIX precedence for the language of messages: LC_ALL over LC_MESSAGES over LANG.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def system_locale_name(environ: dict[str, str] | None = None) -> str:
    """The locale the environment asks for, e.g. "de_DE" from LANG=de_DE.UTF-8; "" for none.

    "C" and "POSIX" (no locale set) count as none. Read from the environment rather than from
    QLocale.system() so that LANG=de_DE.UTF-8 works on a machine that has no German locale
    generated (Qt would then report "C"), and so tests can pass their own environment.
    """
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            code = value.split(".", 1)[0].split("@", 1)[0]
            return "" if code in ("C", "POSIX") else code
    return ""


def language_of(locale_name: str) -> str:
    """The language part of a locale name: "de" for "de_DE"; the pseudo-locale stays whole."""
    if locale_name == PSEUDO_LOCALE:
        return PSEUDO_LOCALE
    return locale_name.split("_", 1)[0].lower() or SOURCE_LANGUAGE


def qm_path(language: str) -> Path:
    stem = PSEUDO_FILE_STEM if language == PSEUDO_LOCALE else f"walkcoach_{language}"
    return resources.path(f"{TRANSLATIONS_FOLDER}/{stem}.qm")

"""The core's translation markers and hook: English without a translator, Qt-free always."""

from __future__ import annotations

from walkcoach.core import cues, i18n


def test_markers_return_the_text_and_the_hook_is_the_identity_until_set():
    assert i18n.QT_TRANSLATE_NOOP("Cues", "Paused.") == "Paused."
    assert i18n.translate("Cues", "Paused.") == "Paused."


def test_composed_cue_templates_go_through_the_installed_translator():
    asked: list[tuple[str, str]] = []

    def fake(context: str, text: str) -> str:
        asked.append((context, text))
        return text.replace("Stop the belt.", "Band anhalten.")

    i18n.set_translator(fake)
    try:
        assert i18n.translate(i18n.CONTEXT_CUES, cues.TURN_STOP) == "Band anhalten."
    finally:
        i18n.set_translator(None)
    assert asked == [("Cues", "Stop the belt.")]
    assert i18n.translate("Cues", cues.TURN_STOP) == "Stop the belt."


def test_counted_text_is_english_without_a_translator_and_asks_the_translator_with_n():
    assert i18n.translate_count("Cues", "%n minute(s)", 1) == "1 minute"
    assert i18n.translate_count("Cues", "%n minute(s)", 3) == "3 minutes"

    def fake(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if text == "%n minute(s)":
            return f"{n} Minute" if n == 1 else f"{n} Minuten"
        return text

    i18n.set_translator(fake)
    try:
        assert i18n.translate_count("Cues", "%n minute(s)", 2) == "2 Minuten"
        # A counted text the translator does not know keeps the English plural.
        assert i18n.translate_count("Cues", "%n day(s)", 2) == "2 days"
    finally:
        i18n.reset()


def test_counted_text_gets_its_number_when_the_translator_leaves_n_in():
    """QTranslator.translate (the CLI has no QCoreApplication) gives "%n Abschnitte" as it is."""

    def bare(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "%n Abschnitt" if n == 1 else "%n Abschnitte"

    i18n.set_translator(bare)
    try:
        assert i18n.translate_count("Programs", "%n segment(s)", 1) == "1 Abschnitt"
        assert i18n.translate_count("Programs", "%n segment(s)", 12) == "12 Abschnitte"
    finally:
        i18n.reset()


def test_decimal_text_uses_the_locale_separator_once_set():
    assert i18n.decimal_text(4.0) == "4.0"
    assert i18n.decimal_text(-0.04) == "0.0"
    i18n.set_decimal_point(",")
    try:
        assert i18n.decimal_text(2.45, 2) == "2,45"
        assert i18n.decimal_text(3) == "3,0"
    finally:
        i18n.reset()
    assert i18n.decimal_text(2.5) == "2.5"


def test_spoken_text_stays_english_when_the_voice_is_english():
    i18n.set_translator(lambda context, text, *rest: "[" + text + "]")
    try:
        i18n.set_spoken_language("de")
        assert i18n.translate_spoken("Cues", "Paused.") == "[Paused.]"
        i18n.set_spoken_language("en")
        assert i18n.translate_spoken("Cues", "Paused.") == "Paused."
        assert i18n.translate_spoken_count("Cues", "%n second(s)", 1) == "1 second"
        assert i18n.translate("Cues", "Paused.") == "[Paused.]"  # the screen stays translated
    finally:
        i18n.reset()
    assert i18n.spoken_language() == "en"

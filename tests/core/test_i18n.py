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

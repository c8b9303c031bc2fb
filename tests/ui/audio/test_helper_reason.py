"""The sound helper's reason for having no sound, shown in the user's language."""

from __future__ import annotations

from walkcoach.ui.audio.helper_player import _reason_shown


def test_the_template_is_filled_with_the_helpers_figures():
    message = {
        "unavailable": "the sound server cannot be reached (refused)",
        "template": "the sound server cannot be reached ({reason})",
        "args": {"reason": "refused"},
    }
    assert _reason_shown(message) == "the sound server cannot be reached (refused)"


def test_a_message_without_a_template_or_with_figures_that_do_not_fit_shows_the_english():
    assert _reason_shown({"unavailable": "no sound"}) == "no sound"
    broken = {"unavailable": "no sound", "template": "{missing}", "args": {"reason": "x"}}
    assert _reason_shown(broken) == "no sound"

"""Which cue player the app uses: the sound helper process on Linux, QSoundEffect elsewhere.

Qt 6.12's PulseAudio engine could spin the window's event loop at full CPU (docs/performance.md, known
limits), so on Linux the window does not load QtMultimedia at all. ``WALKCOACH_SOUND=qt`` or
``=helper`` overrides the choice (for comparisons and for testing either back end).
"""

from __future__ import annotations

import os
import sys

SOUND_ENV = "WALKCOACH_SOUND"
HELPER, QT = "helper", "qt"


def sound_backend() -> str:
    chosen = os.environ.get(SOUND_ENV, "").strip().lower()
    if chosen in (HELPER, QT):
        return chosen
    return HELPER if sys.platform.startswith("linux") else QT


def make_cue_player(notices: list[str], **options):
    """The cue player for this system. Where Qt's audio cannot load at all (no libpulse, say)
    the coach still runs, silently, and ``notices`` says so once."""
    if sound_backend() == HELPER:
        from walkcoach.ui.audio.helper_player import HelperCuePlayer

        return HelperCuePlayer(**options)
    try:
        from walkcoach.ui.audio.qt_player import QtCuePlayer
    except ImportError as exc:
        from walkcoach.core.cues import RecordingCuePlayer

        notices.append(f"Sound is not available ({exc}); the coach goes on silently.")
        return RecordingCuePlayer()
    return QtCuePlayer(**options)

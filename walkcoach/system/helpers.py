"""The helper processes the window starts, named once: the module each runs as ``python -m``, and
the environment flag that makes a frozen bundle (which has no ``python -m``) run that module
instead of opening a second window (packaging/walkcoach_launcher.py)."""

SPEECH_MODULE = (
    "walkcoach.ui.audio.speech"  # text-to-speech, so a stuck engine never freezes the window
)
SPEECH_FLAG = "WALKCOACH_SPEECH_HELPER"
SOUND_MODULE = (
    "walkcoach.sound.helper"  # cue sounds through PulseAudio, timed outside the GUI thread
)
SOUND_FLAG = "WALKCOACH_SOUND_HELPER"

MODULE_OF_FLAG = {SPEECH_FLAG: SPEECH_MODULE, SOUND_FLAG: SOUND_MODULE}

"""Cues heard: the cue players (sound helper process or QSoundEffect), speech, and the helper child
processes they talk to."""

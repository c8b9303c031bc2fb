"""WalkCoach: a desktop coach for forward and backward treadmill walking."""

__version__ = "0.1.0"
APP_NAME = "WalkCoach"
APP_ID = "io.github.walkcoach.WalkCoach"

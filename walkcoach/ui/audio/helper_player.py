"""HelperCuePlayer: cues played by the sound helper process (walkcoach.sound.helper), on Linux.

The window only sends "play forward.wav"; the helper owns the PulseAudio stream. A watchdog
pings the helper while the output is wanted and restarts it if it ends or stops answering, so
sound comes back by itself and the window never waits on the sound server.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from walkcoach import resources
from walkcoach.system.helpers import SOUND_FLAG, SOUND_MODULE
from walkcoach.ui.audio.helper_process import HelperProcess, helper_env, module_command
from walkcoach.ui.audio.player_base import KEEP_OPEN_S, CuePlayerBase

log = logging.getLogger(__name__)

PING_INTERVAL_MS = 2000
# No answer to a ping for this long, or a write stuck in the server this long: restart. The
# first write after a sound server wakes its device can take over a second, hence the margin.
ANSWER_TIMEOUT_S = 6.0
STUCK_WRITE_S = 5.0
MAX_RESTARTS = 3  # within RESTART_WINDOW_S; more means something is really wrong
RESTART_WINDOW_S = 600.0


class HelperCuePlayer(CuePlayerBase):
    """The CuePlayer protocol over the sound helper; ``heard_at_s`` maps an index of ``played``
    to when the helper expects its first sample to be heard (time.monotonic clock)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sounds_dir: Path | None = None,
        speech_engine: str | None = None,
        keep_open_s: float = KEEP_OPEN_S,
        monotonic: Callable[[], float] = time.monotonic,
        command: list[str] | None = None,
    ) -> None:
        super().__init__(
            parent,
            speech_engine=speech_engine,
            has_audio_output=True,
            keep_open_s=keep_open_s,
            monotonic=monotonic,
        )
        folder = sounds_dir if sounds_dir is not None else resources.path("sounds")
        self._sounds_dir = folder
        if not self._load_durations(folder, lambda p: log.warning("cue sound skipped: %s", p)):
            log.warning("no cue sounds found in %s", folder)
        self._command = command or module_command(SOUND_MODULE)
        self.heard_at_s: dict[int, float] = {}
        self._loaded = False
        self._hold_until_s = 0.0
        self._restarts: list[float] = []
        self._ping_sent_s: float | None = None
        self._closing = False
        self.helper: HelperProcess | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(PING_INTERVAL_MS)
        self._watchdog.timeout.connect(self._check_helper)
        self._start_helper()

    # -- the helper ---------------------------------------------------------------------------

    def _start_helper(self) -> None:
        env = helper_env(SOUND_FLAG, WALKCOACH_SOUNDS_DIR=str(self._sounds_dir))
        helper = HelperProcess("sound", self._command, env, self)
        helper.message.connect(self._handle)
        helper.ended.connect(self._helper_ended)
        self.helper = helper
        self._loaded = False
        self._ping_sent_s = None
        if not helper.start():
            self._loaded = True
            self._set_unavailable(self.tr("Sound is unavailable: the sound helper did not start"))
            return
        # A new helper starts at full volume with nothing held open: bring it up to date.
        helper.send({"volume": self._volume})
        left_s = self._hold_until_s - self._monotonic()
        if left_s > 0:
            helper.send({"hold_s": left_s})
            self._watchdog.start()

    def _restart(self, reason: str) -> None:
        now = self._monotonic()
        self._restarts = [t for t in self._restarts if now - t < RESTART_WINDOW_S] + [now]
        if self.helper is not None:
            self.helper.kill()
            self.helper = None
        if len(self._restarts) > MAX_RESTARTS:
            self._watchdog.stop()
            log.warning("sound helper: %s; not restarted again", reason)
            self._set_unavailable(self.tr("Sound is unavailable: the sound helper keeps failing"))
            return
        log.warning("sound helper: %s; restarting it", reason)
        self._start_helper()

    def _helper_ended(self, code: int) -> None:
        if not self._closing:
            self._restart(f"it ended unexpectedly (exit {code})")

    def _check_helper(self) -> None:
        now = self._monotonic()
        if now >= self._hold_until_s:
            self._watchdog.stop()  # the helper closes the output by itself; nothing to watch
            return
        if self._ping_sent_s is not None and now - self._ping_sent_s > ANSWER_TIMEOUT_S:
            self._restart(f"no answer for {now - self._ping_sent_s:.1f} s")
            return
        if self._ping_sent_s is None and self.helper is not None:
            self._ping_sent_s = now
            self.helper.send({"ping": round(now, 3)})

    def _handle(self, message: dict) -> None:
        if "played" in message:
            index = message["played"]  # the cue's index in played (see _start_sound)
            if isinstance(index, int):
                self.heard_at_s[index] = float(message.get("heard_at_s", 0.0))
        elif "pong" in message:
            self._ping_sent_s = None
            stuck_s = float(message.get("stuck_s", 0.0))
            if stuck_s > STUCK_WRITE_S:
                self._restart(f"the sound server has not taken sound for {stuck_s:.1f} s")
        elif "ready" in message:
            self._loaded = True
            for problem in message.get("skipped", []):
                log.warning("cue sound skipped by the sound helper: %s", problem)
        elif "output" in message:
            if not self.available:
                log.info("sound output is back")
            self._set_available()
        elif "unavailable" in message:
            self._set_unavailable(
                self.tr("Sound is unavailable: {reason}").format(reason=_reason_shown(message))
            )

    # -- the back end -------------------------------------------------------------------------

    def is_loaded(self) -> bool:
        """The helper has read the sounds (or could not start at all)."""
        return self._loaded

    def _start_sound(self, sound: str) -> bool:
        if sound not in self.durations_s or self.helper is None or not self.available:
            return False
        # The cue's id is the index play() is about to give it in played.
        return self.helper.send({"play": sound, "id": len(self.played)})

    def _apply_volume(self, volume: float) -> None:
        if self.helper is not None:
            self.helper.send({"volume": volume})

    def _apply_muted(self, muted: bool) -> None:
        if muted and self.helper is not None:
            self.helper.send({"stop": True})

    def _hold_output_open(self) -> None:
        if self.keep_open_s <= 0 or self.helper is None:
            return
        self._hold_until_s = self._monotonic() + self.keep_open_s
        self.helper.send({"hold_s": self.keep_open_s})
        if not self._watchdog.isActive():
            self._watchdog.start()

    def _close_output(self) -> None:
        self._closing = True
        self._watchdog.stop()
        if self.helper is not None:
            self.helper.close()


def _reason_shown(message: dict) -> str:
    """The helper's reason in the user's language: its marked template ("SoundHelper")
    translated, then filled with its figures; the English reason when it sent no template or
    the translation's placeholders do not fit."""
    english = str(message.get("unavailable", ""))
    template, figures = message.get("template"), message.get("args")
    if not isinstance(template, str) or not isinstance(figures, dict):
        return english
    try:
        return QCoreApplication.translate("SoundHelper", template).format(**figures)
    except (KeyError, IndexError, ValueError):
        return english

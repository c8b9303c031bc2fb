"""A stand-in for the cue player that builds the real one (QtMultimedia, sounds, speech) when needed.

Loading QtMultimedia with its FFmpeg libraries, the sounds and the speech helper process costs
about 17 MiB and tens of milliseconds, none of which the first frame of the window needs. The app
hands this stand-in to the session controller and the window, then calls ``ensure()`` just after
the first frame; anything that needs sound earlier (Start, warm-up, a cue) builds it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from walkcoach.core.volume import checked_volume

if TYPE_CHECKING:
    from walkcoach.core.cues import Cue


class LazyCuePlayer:
    """Forwards the CuePlayer protocol to a player made by ``factory`` on first real use.

    Volume, mute and voice set before then are remembered and applied when the player is made;
    ``on_created(player)`` runs once, right after that (the app shows "no sound" notices there).
    """

    def __init__(
        self,
        factory: Callable[[], Any],
        *,
        volume: float = 1.0,
        muted: bool = False,
        voice_enabled: bool = True,
        on_created: Callable[[Any], None] | None = None,
    ) -> None:
        self._factory = factory
        self._on_created = on_created
        self._player: Any = None
        self._volume = 1.0
        self.set_volume(volume)
        self._muted = bool(muted)
        self._voice_enabled = bool(voice_enabled)

    @property
    def created(self) -> bool:
        return self._player is not None

    def ensure(self) -> Any:
        """The real player, made now if it was not yet."""
        if self._player is None:
            player = self._factory()
            player.set_volume(self._volume)
            player.set_muted(self._muted)
            player.set_voice_enabled(self._voice_enabled)
            self._player = player
            if self._on_created is not None:
                self._on_created(player)
        return self._player

    # -- the CuePlayer protocol ---------------------------------------------------------------

    @property
    def available(self) -> bool:
        return bool(self.ensure().available)

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def voice_enabled(self) -> bool:
        return self._voice_enabled

    def warm_up(self) -> None:
        self.ensure().warm_up()

    def play(self, cue: Cue) -> None:
        self.ensure().play(cue)

    def set_volume(self, volume: float) -> None:
        self._volume = checked_volume(volume)
        if self._player is not None:
            self._player.set_volume(self._volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        if self._player is not None:
            self._player.set_muted(self._muted)

    def set_voice_enabled(self, enabled: bool) -> None:
        self._voice_enabled = bool(enabled)
        if self._player is not None:
            self._player.set_voice_enabled(self._voice_enabled)

    def close(self) -> None:
        """Stops the real player, if one was made; never makes one just to close it."""
        if self._player is not None and hasattr(self._player, "close"):
            self._player.close()

    def __getattr__(self, name: str) -> Any:
        # Anything else (signals, the played-cue log, is_loaded) belongs to the real player.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.ensure(), name)

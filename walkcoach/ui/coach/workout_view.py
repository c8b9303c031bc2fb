"""The workout view: the coach window full screen with only direction, time, targets and next.

Plain full screen kept the menus, the program picker, the buttons and the body diagram, so the
timer barely grew. Here the main window itself goes full screen with all of that hidden (the
coach page's set_workout_mode) and the big display scaled up to the screen; being the same
window, every keyboard shortcut keeps working (Space, Left/Right, M...). F11 or Esc leave it.
"""

from __future__ import annotations


class WorkoutView:
    """Enters and leaves the workout view of one main window, restoring what was there."""

    def __init__(self, window) -> None:
        self.window = window
        self.active = False
        self._was_maximized = False
        self._normal_geometry = None

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        if self.active:
            return
        window = self.window
        self.active = True
        self._was_maximized = window.isMaximized()
        self._normal_geometry = window.geometry()
        window.menuBar().hide()
        window.statusBar().hide()
        window.page.set_workout_mode(True)
        # The whole screen even where no window manager honours "full screen" (a bare X
        # server, some kiosks); with one, showFullScreen() does the same and more.
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
        window.page.rescale()

    def leave(self) -> None:
        if not self.active:
            return
        window = self.window
        self.active = False
        # The window's own size first: the page's minimum size follows its scale, and scaled
        # to the whole screen it would hold the window open wider and taller than it was.
        if self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()
            window.setGeometry(self._normal_geometry)
        window.page.set_workout_mode(False)
        window.menuBar().show()
        window.statusBar().show()
        window.page.rescale()

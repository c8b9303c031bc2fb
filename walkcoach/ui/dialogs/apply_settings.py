"""Changed settings applied to the running app: theme, sound, flash, menus, the units shown."""

from __future__ import annotations

from walkcoach.core.settings import Settings


def apply_live_settings(settings: Settings, *, app=None, window=None, cue_player=None) -> None:
    """Apply changed settings to the running app: theme, sound, flash, menus, units shown."""
    if app is not None:
        from walkcoach.ui import theme

        theme.apply(app, settings.theme)
    if cue_player is not None:
        cue_player.set_volume(settings.volume)
        cue_player.set_muted(settings.muted)
        cue_player.set_voice_enabled(settings.voice_enabled)
    if window is None:
        return
    for overlay in (
        getattr(window, "flash_overlay", None),
        getattr(getattr(window, "mini_view", None), "flash_overlay", None),
    ):
        if overlay is not None:
            overlay.enabled = bool(settings.flash_on_change)
    for name, value in (
        ("flash_action", settings.flash_on_change),
        ("mute_action", settings.muted),
        ("safety_each_action", settings.safety_check_each_session),
    ):
        action = getattr(window, name, None)
        if action is not None and action.isChecked() != bool(value):
            action.blockSignals(True)  # the settings are saved already; no second save
            action.setChecked(bool(value))
            action.blockSignals(False)
    update_mute = getattr(window, "_update_mute_label", None)
    if update_mute is not None:
        update_mute()
    controller = getattr(window, "controller", None)
    page = getattr(window, "page", None)
    if page is not None and app is not None:
        # The new style sheet gives widgets back the fonts they had at their first polish:
        # the page's scaled ones (the totals' figures at 26 px, not 22 at 600 px) set again.
        page.rescale()
    if controller is not None and getattr(controller, "active", False):
        controller.refresh()  # speeds and distance in the new units on the next frame
    elif page is not None:
        page.show_program(page.picker.current_program())
    editor = getattr(window, "program_editor", None)
    if editor is not None:
        editor.apply_settings()
    if getattr(window, "page_stack", None) is not None:
        from walkcoach.ui.history.wiring import apply_history_settings

        apply_history_settings(window)

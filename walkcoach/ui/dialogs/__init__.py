"""Dialogs of their own: about, first run, safety checklist, preferences, keyboard shortcuts."""

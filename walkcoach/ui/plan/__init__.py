"""The Plan page and its place in the main window, and the reminder when a planned session is due."""

"""Session history in SQLite (stdlib sqlite3 only) and exporters."""

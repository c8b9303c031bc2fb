"""The history database's errors: one line each, saying why the database cannot be used."""


class StorageError(Exception):
    """The history database cannot be used; the message says why, in one line."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer WalkCoach (its schema version is unknown here)."""


class CorruptDatabaseError(StorageError):
    """The file is damaged and could not be repaired in this mode (read-only)."""

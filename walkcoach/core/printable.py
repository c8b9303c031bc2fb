"""Text for a terminal: what a file or a database holds is shown, never obeyed.

A program name or a file name may carry ESC sequences (which recolour or rewrite the terminal),
NUL, line breaks, or bidirectional overrides (U+202E, which shows text backwards and can make a
line say something it does not). :func:`printable` shows each such character as an escape
(``\\x1b``, ``\\u202e``) and leaves every printable character, accents and all, as it is.
"""

from __future__ import annotations

# Bidirectional controls are "format" characters; str.isprintable already says no to them, and
# to every other control, separator and unassigned code point. Spaces stay spaces.
_KEPT = frozenset(" ")


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(text: object) -> str:
    """``text`` with every character that is not printable shown as a backslash escape."""
    value = str(text)
    if value.isprintable():
        return value
    return "".join(c if c.isprintable() or c in _KEPT else _escape(c) for c in value)

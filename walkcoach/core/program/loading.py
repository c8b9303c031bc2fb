"""A program file read from disk or text: size and kind of file, encoding, JSON with no repeated
key, then parse_program's checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from walkcoach.core.files import FileTooLargeError, NotRegularFileError, read_user_file
from walkcoach.core.i18n import translate
from walkcoach.core.program.model import (
    MAX_FILE_BYTES,
    Problem,
    Program,
    ProgramError,
)
from walkcoach.core.program.parsing import one_line, parse_program


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of two equal keys without a word; a hand-edited file with
    # "duration_s" twice would silently lose one of them.
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


def loads_program(text: str, *, source: str = "", builtin: bool = False) -> Program:
    try:
        data = json.loads(text, object_pairs_hook=_refuse_duplicates)
    except json.JSONDecodeError as exc:
        where = translate("ProgramCheck", "line {line}, column {column}")
        where = where.format(line=exc.lineno, column=exc.colno)
        # exc.msg is Python's own English ("Expecting ',' delimiter"): no text of ours.
        message = translate("ProgramCheck", "not valid JSON: {reason}").format(reason=exc.msg)
        raise ProgramError([Problem(where, message)], source) from None
    except _DuplicateKey as exc:
        message = translate(
            "ProgramCheck", "the field '{name}' appears twice in one object; keep one"
        ).format(name=one_line(exc.key))
        raise ProgramError([Problem("", message)], source) from None
    except RecursionError:
        message = translate("ProgramCheck", "not valid JSON: nested too deeply")
        raise ProgramError([Problem("", message)], source) from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits (Python's limit)
        reason = one_line(" ".join(str(exc).split()))[:120]
        message = translate("ProgramCheck", "not valid JSON: {reason}").format(reason=reason)
        raise ProgramError([Problem("", message)], source) from None
    return parse_program(data, source=source, builtin=builtin)


def load_program_file(path: str | Path, *, builtin: bool = False) -> Program:
    """Read a program file; every failure is a ProgramError with a one-line summary."""
    path = Path(path)
    source = str(path)
    try:
        raw = read_user_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise ProgramError(
            [Problem("", translate("ProgramCheck", "no such file"))], source
        ) from None
    except PermissionError:
        raise ProgramError(
            [Problem("", translate("ProgramCheck", "permission denied: cannot read the file"))],
            source,
        ) from None
    except IsADirectoryError:
        message = translate("ProgramCheck", "is a folder, not a program file")
        raise ProgramError([Problem("", message)], source) from None
    except NotRegularFileError as exc:  # a folder, a device, a FIFO: never read, never waited on
        raise ProgramError([Problem("", f"{exc.strerror}, not a program file")], source) from None
    except FileTooLargeError:
        raise ProgramError(
            [
                Problem(
                    "",
                    translate(
                        "ProgramCheck",
                        "file is too large (over {most} bytes; a program is under 1 MB)",
                    ).format(most=f"{MAX_FILE_BYTES:,}"),
                )
            ],
            source,
        ) from None
    except OSError as exc:
        raise ProgramError(
            [
                Problem(
                    "",
                    translate("ProgramCheck", "cannot read the file: {reason}").format(
                        reason=exc.strerror or exc
                    ),
                )
            ],
            source,
        ) from None
    if b"\x00" in raw:
        raise ProgramError(
            [
                Problem(
                    "",
                    translate("ProgramCheck", "this is a binary file, not a program (JSON text)"),
                )
            ],
            source,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProgramError(
            [
                Problem(
                    "",
                    translate(
                        "ProgramCheck",
                        "not UTF-8 text (bad byte at offset {offset}); is it a program file?",
                    ).format(offset=exc.start),
                )
            ],
            source,
        ) from None
    if not text.strip():
        raise ProgramError([Problem("", translate("ProgramCheck", "the file is empty"))], source)
    return loads_program(text, source=source, builtin=builtin)

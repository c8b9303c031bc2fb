"""Program library: the built-in programs (resources/programs) and the user's own (data folder)."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from walkcoach import paths, resources
from walkcoach.core.files import keep_aside, write_file_atomic
from walkcoach.core.i18n import translate
from walkcoach.core.program import (
    LEVELS,
    MAX_FILE_BYTES,
    Problem,
    Program,
    ProgramError,
    dumps_program,
    load_program_file,
    parse_program,
    program_to_dict,
)

_LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}
# The one first suggestion: the program the window opens on when nothing else is chosen, the one
# the welcome offers and the one the progression coach suggests to an empty history. Short
# backward spells, slow, on a slight slope, with a turn between (DOMAIN.md section 4).
FIRST_PROGRAM_ID = "first-steps"


class DuplicateProgramError(ProgramError):
    """An import would replace an existing user program; ``existing`` is that program."""

    def __init__(self, existing: Program, source: str = "") -> None:
        self.existing = existing
        message = (
            f"a program with id '{existing.id}' already exists ('{existing.name}'); "
            "import with force to replace it"
        )
        super().__init__([Problem("", message)], source)


def _error(message: str, source: str = "") -> ProgramError:
    return ProgramError([Problem("", message)], source)


# ---------------------------------------------------------------------------------------------
# Built-in programs


@cache
def _builtin_programs() -> tuple[Program, ...]:
    folder = resources.path("programs")
    programs: list[Program] = []
    for file in sorted(folder.glob("*.json")):
        # A broken built-in is a bug in the shipped data: let the ProgramError through.
        program = load_program_file(file, builtin=True)
        if program.id != file.stem:
            raise _error(f"built-in id '{program.id}' does not match its file name", str(file))
        programs.append(program)
    if not programs:
        raise _error("no built-in programs found", str(folder))
    programs.sort(key=lambda p: (_LEVEL_RANK.get(p.level, len(LEVELS)), p.total_s, p.id))
    return tuple(programs)


def builtin_programs() -> list[Program]:
    """The programs shipped with WalkCoach, easiest first (cached; read once per process)."""
    return list(_builtin_programs())


def first_program() -> Program | None:
    """The built-in program every first suggestion names (None only in a damaged install)."""
    return next((p for p in _builtin_programs() if p.id == FIRST_PROGRAM_ID), None)


def builtin_ids() -> frozenset[str]:
    return frozenset(p.id for p in _builtin_programs())


# ---------------------------------------------------------------------------------------------
# User programs


def _user_files() -> list[Path]:
    folder = paths.programs_dir()
    if not folder.is_dir():
        return []
    # Dot files are temp files of an interrupted save; never read them as programs.
    return sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))


def _scan_user_programs(errors: list[ProgramError] | None) -> list[tuple[Program, Path]]:
    reserved = builtin_ids()
    found: dict[str, tuple[Program, Path]] = {}
    for file in _user_files():
        try:
            program = load_program_file(file)
        except ProgramError as exc:
            if errors is not None:
                errors.append(exc)
            continue
        problem = None
        if program.id in reserved:
            problem = f"id '{program.id}' belongs to a built-in program; give the file another id"
        elif program.id in found:
            problem = f"id '{program.id}' is also used by {found[program.id][1].name}; skipped"
        if problem is not None:
            if errors is not None:
                errors.append(_error(problem, str(file)))
            continue
        found[program.id] = (program, file)
    return sorted(found.values(), key=lambda pair: (pair[0].name.casefold(), pair[0].id))


def user_programs(errors: list[ProgramError] | None = None) -> list[Program]:
    """The user's programs, sorted by name. Unreadable files are skipped and added to ``errors``."""
    return [program for program, _ in _scan_user_programs(errors)]


def all_programs(errors: list[ProgramError] | None = None) -> list[Program]:
    """Built-in programs first, then the user's."""
    return builtin_programs() + user_programs(errors)


def _is_file(path: Path) -> bool:
    # Path.is_file raises for a name the system refuses outright (a part over 255 bytes).
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def set_aside_unusable(errors: list[ProgramError]) -> list[str]:
    """Rename the user program files behind ``errors`` aside (``x.json.unusable-<time>``), so
    each is reported once rather than at every start; return a line for each, for the user."""
    folder = paths.programs_dir()
    told: list[str] = []
    for error in errors:
        file = Path(error.source) if error.source else None
        if file is None or file.parent != folder or not os.path.lexists(file):
            told.append(str(error))
            continue
        try:
            kept = keep_aside(file, "unusable")
        except OSError as exc:
            message = translate("ProgramCheck", "{error} (could not be set aside: {reason})")
            told.append(message.format(error=error, reason=exc.strerror or exc))
            continue
        message = translate("ProgramCheck", "{error}; the file was set aside as {name}")
        told.append(message.format(error=error, name=kept.name if kept else file.name))
    return told


def _looks_like_path(text: str) -> bool:
    return text.endswith(".json") or os.sep in text or (os.altsep or os.sep) in text


def find_program(id_or_path: str) -> Program:
    """A program by file path (if that file exists) or by id; ProgramError with a clear message."""
    text = id_or_path.strip()
    if not text:
        raise _error(
            translate(
                "ProgramCheck", "no program given (an id such as 'first-steps', or a program file)"
            )
        )
    candidate = Path(text).expanduser()
    if _is_file(candidate) or _looks_like_path(text):
        return load_program_file(candidate)
    programs = all_programs()
    for program in programs:
        if program.id == text:
            return program
    if _exists(candidate):  # a folder, say: load_program_file explains why it is no program
        return load_program_file(candidate)
    ids = [p.id for p in programs]
    import difflib  # only for a program not found: the window's start-up never needs it

    close = difflib.get_close_matches(text.lower(), ids, n=1)
    if close:
        message = translate(
            "ProgramCheck",
            "no program with id '{id}'; did you mean '{close}'? (see 'walkcoach programs')",
        )
    else:
        message = translate("ProgramCheck", "no program with id '{id}' (see 'walkcoach programs')")
    raise _error(message.format(id=text, close=close[0] if close else ""))


def user_program_path(program_id: str) -> Path | None:
    """The file that holds the user program ``program_id``, or None."""
    for program, file in _scan_user_programs(None):
        if program.id == program_id:
            return file
    return None


def save_user_program(program: Program) -> Path:
    """Write the program to the user's folder atomically and return the file.

    Replaces an existing user program with the same id (in the file it already lives in); a
    built-in id is refused, so a user copy can never hide a shipped program.
    """
    if program.id in builtin_ids():
        message = translate(
            "ProgramCheck",
            "'{id}' is the id of a built-in program; save your version under another id",
        )
        raise _error(message.format(id=program.id))
    # Re-validate through the file format so nothing is saved that could not be loaded again.
    checked = parse_program(program_to_dict(program), source=program.id)
    target = user_program_path(checked.id) or paths.programs_dir() / f"{checked.id}.json"
    data = dumps_program(checked).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:  # indented, it would be too large to be read back
        compact = json.dumps(program_to_dict(checked), ensure_ascii=False, separators=(",", ":"))
        data = (compact + "\n").encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        message = translate(
            "ProgramCheck",
            "the program is too large to save ({size} bytes written out; a program file holds "
            "at most {most})",
        )
        raise _error(message.format(size=f"{len(data):,}", most=f"{MAX_FILE_BYTES:,}"))
    paths.ensure_data_dir()
    return write_file_atomic(target, data)[0]


def delete_user_program(program_id: str) -> Path:
    """Delete a user program by id and return the file removed."""
    if program_id in builtin_ids():
        message = translate("ProgramCheck", "'{id}' is a built-in program and cannot be deleted")
        raise _error(message.format(id=program_id))
    target = user_program_path(program_id)
    if target is None:
        raise _error(
            translate("ProgramCheck", "no user program with id '{id}'").format(id=program_id)
        )
    target.unlink()
    return target


def import_program(path: str | os.PathLike[str], *, force: bool = False) -> Program:
    """Validate a program file and copy it into the user's programs.

    Refuses a built-in id, and an id the user already has unless ``force`` (DuplicateProgramError,
    so a caller can ask before replacing).
    """
    return import_program_file(path, force=force)[0]


def import_program_file(
    path: str | os.PathLike[str], *, force: bool = False
) -> tuple[Program, Path]:
    """:func:`import_program`, also returning the file the program was saved to."""
    source = Path(path).expanduser()
    program = load_program_file(source)
    if program.id in builtin_ids():
        raise _error(
            f"id '{program.id}' belongs to a built-in program; change the 'id' in the file",
            str(source),
        )
    if not force:
        for existing in user_programs():
            if existing.id == program.id:
                raise DuplicateProgramError(existing, str(source))
    return program, save_user_program(program)

"""Sub-commands about recorded sessions: ``history [--json] [--delete ID]`` and ``export``.

Both only read the database (opened read-only; WAL lets them run while the app records). A
session the app is recording right now is left out; one left "running" by a crash is shown (and
exported) as "interrupted", which is what the app will mark it at its next start. Crashed means:
no window holds the data folder's instance lock (instance_probe.py), or, where that cannot be
told, no checkpoint for :data:`STALE_AFTER_S`.

``export --all --format tcx|fit -o PATH`` writes one file per session into the folder PATH
(created if needed); csv and json always make one file, ``-o -`` prints them instead.

``history --delete ID`` deletes one finished session (never the one being recorded) and says
which it was; it is the one command here that writes.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from walkcoach import paths
from walkcoach.cli.errors import CliError
from walkcoach.core import counted
from walkcoach.core.i18n import QT_TRANSLATE_NOOP, translate
from walkcoach.core.records import STATUS_INTERRUPTED, STATUS_RUNNING, SessionRecord
from walkcoach.core.textfmt import format_elapsed
from walkcoach.storage.db import open_database, open_readonly
from walkcoach.storage.errors import StorageError
from walkcoach.storage.exporters import ExportError, export_sessions, render
from walkcoach.storage.history import delete_session, get_session, list_sessions

STALE_AFTER_S = 60.0  # the app checkpoints every few seconds; a minute of silence means it died
# The table's words for the stored statuses (--json keeps the stored values).
STATUS_WORDS = {
    "completed": QT_TRANSLATE_NOOP("CommandLine", "completed"),
    "stopped": QT_TRANSLATE_NOOP("CommandLine", "ended early"),
    "short": QT_TRANSLATE_NOOP("CommandLine", "too short"),
    "interrupted": QT_TRANSLATE_NOOP("CommandLine", "interrupted"),
}

Now = Callable[[], datetime]


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


_DAMAGED = QT_TRANSLATE_NOOP(
    "CommandLine",
    "the history database is damaged ({reason}); start WalkCoach to keep it aside and rescue "
    "what can be read",
)


def _damaged(exc: Exception) -> CliError:
    return CliError(translate("CommandLine", _DAMAGED).format(reason=_one_line(exc)))


def _open():
    folder = paths.data_dir()
    try:
        if folder.exists() and not folder.is_dir():
            message = translate("CommandLine", "the data folder {folder} is a file, not a folder")
            raise CliError(message.format(folder=folder))
        return open_readonly(paths.database_path())
    except StorageError as exc:
        raise CliError(_one_line(exc)) from None
    except (sqlite3.Error, UnicodeError) as exc:
        raise _damaged(exc) from None


def _settle(
    session: SessionRecord, now: datetime, window_running: bool | None = None
) -> SessionRecord | None:
    """A running session: None if the app is recording it, else shown as interrupted."""
    if session.status != STATUS_RUNNING:
        return session
    last = session.last_checkpoint_at or session.started_at
    # No window holds the folder: it is a crashed session, however recent. A window (or no way
    # to tell): the session it is recording checkpoints every few seconds; silent for a minute
    # means it was left by a crash all the same.
    if window_running is not False and now - last < timedelta(seconds=STALE_AFTER_S):
        return None
    return dataclasses.replace(session, status=STATUS_INTERRUPTED, ended_at=last)


def _window_running() -> bool | None:
    from walkcoach.system.instance_probe import instance_running, remove_stale_socket

    running = instance_running(paths.data_dir())
    if running is False:
        remove_stale_socket(paths.data_dir())  # a killed window's socket in the temp folder
    return running


def load_sessions(
    now: Now | None = None, *, with_samples: bool = False
) -> tuple[list[SessionRecord], int]:
    """All finished sessions (oldest first) and how many are being recorded right now;
    ``with_samples``: with the treadmill's per-second samples (for FIT and TCX files)."""
    conn = _open()
    if conn is None:
        return [], 0
    moment = (now or (lambda: datetime.now(UTC)))()
    try:
        records = list_sessions(conn, include_running=True, with_samples=with_samples)
        running = _window_running() if any(s.status == STATUS_RUNNING for s in records) else None
        settled = [_settle(s, moment, running) for s in records]
    except StorageError as exc:  # damaged samples: said in words, the next open rescues
        raise CliError(_one_line(exc)) from None
    except (sqlite3.Error, UnicodeError) as exc:
        raise _damaged(exc) from None
    finally:
        conn.close()
    return [s for s in settled if s is not None], sum(1 for s in settled if s is None)


def cmd_history(args: argparse.Namespace) -> int:
    if getattr(args, "delete", None) is not None:
        return _delete(args.delete)
    sessions, live = load_sessions()
    if not paths.data_dir().exists() and not args.json:
        message = translate(
            "CommandLine", "No sessions recorded yet: the data folder {folder} does not exist."
        )
        print(message.format(folder=paths.data_dir()))
        return 0
    try:
        _show_history(sessions, live, as_json=args.json)
    except BrokenPipeError:  # `walkcoach history | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush stays quiet
    return 0


def _show_history(sessions: list[SessionRecord], live: int, *, as_json: bool) -> None:
    if as_json:
        json.dump([s.to_json() for s in sessions], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        sys.stdout.flush()
        return
    if not sessions:
        print(translate("CommandLine", "No sessions recorded yet. Finished sessions appear here."))
    else:
        _print_table(sessions)
    if live:
        message = counted.translate(
            "CommandLine",
            "(%n session(s) being recorded now: listed once finished.)",
            None,
            live,
        )
        print(message)
    sys.stdout.flush()


def _delete(session_id: int) -> int:
    session = _one_session(session_id)  # says so when there is no such session, or it is live
    try:
        conn, _notices = open_database(paths.database_path(), repair=False)
    except StorageError as exc:
        raise CliError(_one_line(exc)) from None
    try:
        delete_session(conn, session_id)
    except (ValueError, StorageError, sqlite3.Error) as exc:
        message = translate("CommandLine", "session {id} was not deleted: {reason}")
        raise CliError(message.format(id=session_id, reason=_one_line(exc))) from None
    finally:
        conn.close()
    when = session.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    message = translate("CommandLine", "Deleted session {id} ({program}, {when}, {time}).")
    print(
        message.format(
            id=session_id,
            program=session.program_id,
            when=when,
            time=format_elapsed(session.duration_s),
        )
    )
    return 0


def _minutes(seconds: float) -> str:
    return format_elapsed(seconds) if seconds else "-"


def _print_table(sessions: list[SessionRecord]) -> None:
    headers = (
        translate("CommandLine", "ID"),
        translate("CommandLine", "Started"),
        translate("CommandLine", "Program"),
        translate("CommandLine", "Status"),
        translate("CommandLine", "Time"),
        translate("CommandLine", "Forward"),
        translate("CommandLine", "Backward"),
        translate("CommandLine", "Longest backward"),
        #: The column of distances, in kilometres.
        translate("CommandLine", "km"),
    )
    pain = translate("CommandLine", "{status} (pain)")
    rows = []
    for s in sessions:
        rows.append(
            (
                str(s.id),
                s.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                s.program_id,
                _status_word(s.status, pain if s.pain else "{status}"),
                format_elapsed(s.duration_s),
                _minutes(s.forward_s),
                _minutes(s.backward_s),
                _minutes(s.longest_backward_s),
                f"{s.distance_km:.2f}",
            )
        )
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    right = {0, 4, 5, 6, 7, 8}  # numbers line up on the right

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    print(line(headers))
    for row in rows:
        print(line(row))
    total_back_s = sum(s.backward_s for s in sessions)
    footer = counted.translate(
        "CommandLine", "%n session(s), {time} walked backward in all.", None, len(sessions)
    )
    print(footer.format(time=format_elapsed(total_back_s)))


def _status_word(status: str, template: str) -> str:
    word = translate("CommandLine", STATUS_WORDS[status]) if status in STATUS_WORDS else status
    return template.format(status=word)


def cmd_export(args: argparse.Namespace) -> int:
    fmt = args.format
    if args.all:
        # CSV has no per-second rows; the other formats carry the samples.
        sessions, _ = load_sessions(with_samples=fmt != "csv")
        if not sessions:
            raise CliError(translate("CommandLine", "there are no recorded sessions to export"))
    else:
        sessions = [_one_session(args.session)]
    if args.output == "-":
        if fmt in ("csv", "json"):
            sys.stdout.write(render(sessions, fmt).decode("utf-8-sig"))
            sys.stdout.flush()
            return 0
        if sys.stdout.isatty() or len(sessions) != 1:
            message = translate(
                "CommandLine",
                "{format} is a binary format of one session; give a file with -o PATH, or "
                "send one session to a pipe",
            )
            raise CliError(message.format(format=fmt.upper()))
        try:
            data = render(sessions, fmt)
        except ExportError as exc:
            raise CliError(_one_line(exc)) from None
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    try:
        written = export_sessions(sessions, fmt, args.output, force=args.force)
    except ExportError as exc:
        raise CliError(_one_line(exc)) from None
    if len(written) == 1:
        message = counted.translate(
            "CommandLine", "Exported %n session(s) to {file}", None, len(sessions)
        )
        print(message.format(file=written[0]))
    else:
        message = counted.translate(
            "CommandLine",
            "Exported %n session(s) as {format} files into {folder}",
            None,
            len(written),
        )
        print(message.format(format=fmt.upper(), folder=args.output))
    return 0


def _one_session(session_id: int) -> SessionRecord:
    conn = _open()
    session = None
    if conn is not None:
        try:
            session = get_session(conn, session_id)
        except StorageError as exc:  # damaged samples: said in words, the next open rescues
            raise CliError(_one_line(exc)) from None
        except (sqlite3.Error, UnicodeError) as exc:
            raise _damaged(exc) from None
        finally:
            conn.close()
    if session is None:
        message = translate(
            "CommandLine", "no session with id {id} (`walkcoach history` lists the recorded ones)"
        )
        raise CliError(message.format(id=session_id))
    running = _window_running() if session.status == STATUS_RUNNING else None
    settled = _settle(session, datetime.now(UTC), running)
    if settled is None:
        message = translate(
            "CommandLine", "session {id} is being recorded right now; export it when it ends"
        )
        raise CliError(message.format(id=session_id))
    return settled

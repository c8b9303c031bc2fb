"""Command line: sub-commands that need no window, and the GUI launcher.

Bad input of any kind prints one line on stderr and exits with status 2; never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys
from collections.abc import Sequence
from typing import Any

from walkcoach import __version__, paths
from walkcoach.cli.errors import CliError
from walkcoach.cli.options import add_json
from walkcoach.core import counted
from walkcoach.core.i18n import QT_TRANSLATE_NOOP, translate

MAX_TIME_SCALE = 1000.0  # a 4 hour session in 15 s; beyond, the clock's steps outrun the segments
MAX_SESSION_ID = 2**63 - 1  # SQLite's largest integer


class _Formatter(argparse.HelpFormatter):
    """argparse's help with its own words ("usage: ") in the loaded language: argparse asks
    gettext for them, which knows no WalkCoach translation."""

    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            #: The first word of a sub-command's help: "usage: walkcoach show [-h] PROGRAM".
            prefix = translate("CommandLine", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False  # its own -h, below: argparse's says its help in English
        super().__init__(*args, **kwargs)
        #: A title in the --help text, above the arguments given without an option name.
        self._positionals.title = translate("CommandLine", "positional arguments")
        #: A title in the --help text, above the options (--json, --data-dir...).
        self._optionals.title = translate("CommandLine", "options")
        if add_help:  # argparse's own -h, with its help text in the loaded language
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate("CommandLine", "show this help message and exit"),
            )

    def error(self, message: str):  # raises instead of exiting
        # argparse prints the whole usage block; one line is easier to read beside a treadmill.
        raise CliError(argparse_message(message))


# argparse's own messages (Python 3.11-3.13), which it asks gettext for: matched in English and
# said again in the loaded language (the same English words). One not listed stays in English.
_ARGPARSE_MESSAGES = [
    (
        r"argument (?P<argument>\S+): (?P<message>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "argument {argument}: {message}"),
    ),
    (
        r"the following arguments are required: (?P<names>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "the following arguments are required: {names}"),
    ),
    (
        r"unrecognized arguments: (?P<names>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: {names}"),
    ),
    (
        r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)",
        QT_TRANSLATE_NOOP("CommandLine", "invalid choice: {value} (choose from {choices})"),
    ),
    (r"expected one argument", QT_TRANSLATE_NOOP("CommandLine", "expected one argument")),
    (
        r"expected at least one argument",
        QT_TRANSLATE_NOOP("CommandLine", "expected at least one argument"),
    ),
    (
        r"ignored explicit argument (?P<value>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "ignored explicit argument {value}"),
    ),
    (
        r"invalid (?P<type>\S+) value: (?P<value>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "invalid {type} value: {value}"),
    ),
    (
        r"one of the arguments (?P<names>.*) is required",
        QT_TRANSLATE_NOOP("CommandLine", "one of the arguments {names} is required"),
    ),
    (
        r"not allowed with argument (?P<other>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "not allowed with argument {other}"),
    ),
    (
        r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: {option} could match {matches}"),
    ),
]


def argparse_message(message: str) -> str:
    """One of argparse's messages in the loaded language (as it is when it is not known)."""
    import re

    for pattern, template in _ARGPARSE_MESSAGES:
        found = re.fullmatch(pattern, message, flags=re.DOTALL)
        if found is None:
            continue
        parts = found.groupdict()
        if "message" in parts:  # "argument --x: <argparse's or our own reason>"
            parts["message"] = argparse_message(parts["message"])
        return translate("CommandLine", template).format(**parts)
    return message


def _time_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        message = translate("CommandLine", "must be a number (got '{text}')")
        raise argparse.ArgumentTypeError(message.format(text=text)) from None
    # float() takes "nan", "inf" and "1e309" (infinity): a session at such a speed never moves.
    if not math.isfinite(value) or not 0 < value <= MAX_TIME_SCALE:
        message = translate("CommandLine", "must be greater than 0 and at most {most} (got {text})")
        raise argparse.ArgumentTypeError(message.format(most=f"{MAX_TIME_SCALE:g}", text=text))
    return value


def _hci(text: str) -> str:
    from walkcoach.devices.links import hci_problem  # no Bluetooth stack: just the names

    problem = hci_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return text.strip()


def _treadmill(text: str) -> str:
    """A device to link (a treadmill or a heart-rate sensor)."""
    text = text.strip()
    if not text or len(text) > 200 or any(ord(c) < 32 for c in text):
        raise argparse.ArgumentTypeError(
            translate(
                "CommandLine",
                "give a Bluetooth address (like F0:57:A1:7E:AD:01), a device name or 'virtual'",
            )
        )
    return text


def _session_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        message = translate("CommandLine", "must be a whole number (got '{text}')")
        raise argparse.ArgumentTypeError(message.format(text=text[:40])) from None
    if not 1 <= value <= MAX_SESSION_ID:
        if len(text) > 20:
            message = counted.translate(
                "CommandLine",
                "must be from 1 to {most} (got a number of %n character(s))",
                None,
                len(text),
            )
        else:
            message = translate("CommandLine", "must be from 1 to {most} (got {text})")
        raise argparse.ArgumentTypeError(message.format(most=MAX_SESSION_ID, text=text))
    return value


def _add_data_dir(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    # Accepted before and after the sub-command; the sub-parser's copy must not clobber the
    # top-level value with a default, hence SUPPRESS there.
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top_level else argparse.SUPPRESS,
        help=translate("CommandLine", "keep all user data (history, programs, settings) in DIR"),
    )


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    _add_data_dir(parser, top_level=True)
    gui = parser.add_argument_group(translate("CommandLine", "window options (no sub-command)"))
    gui.add_argument(
        "--program",
        metavar="ID_OR_FILE",
        help=translate("CommandLine", "select this program on start"),
    )
    gui.add_argument(
        "--start", action="store_true", help=translate("CommandLine", "start the session at once")
    )
    gui.add_argument(
        "--time-scale",
        type=_time_scale,
        default=1.0,
        metavar="X",
        help=translate("CommandLine", "session time runs X times faster (demos and tests)"),
    )
    gui.add_argument(
        "--quit-when-done",
        action="store_true",
        help=translate("CommandLine", "quit when the session finishes"),
    )
    gui.add_argument(
        "--event-log",
        metavar="FILE",
        help=translate("CommandLine", "write engine events and cues as JSON lines"),
    )
    gui.add_argument(
        "--treadmill",
        type=_treadmill,
        metavar="ADDRESS|NAME|virtual",
        help=translate(
            "CommandLine",
            "drive this FTMS treadmill (virtual: a simulated one, no hardware needed)",
        ),
    )
    gui.add_argument(
        "--heart-rate",
        type=_treadmill,
        metavar="ADDRESS|NAME|virtual",
        help=translate(
            "CommandLine",
            "show this heart-rate sensor's heart rate (virtual: one that follows your effort)",
        ),
    )
    gui.add_argument(
        "--hci",
        type=_hci,
        metavar="TRANSPORT",
        help=translate(
            "CommandLine",
            "use bumble on this HCI transport (usb:0, tcp-client:HOST:PORT) instead of the system's Bluetooth",
        ),
    )
    gui.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate("CommandLine", "start the window, print the start-up time in ms, exit 0"),
    )


def install_language() -> None:
    """The environment's language for what the command line prints (once; English: no-op)."""
    from walkcoach.cli import i18n as cli_i18n

    cli_i18n.install()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The arguments, read by the window's options alone when that is all they are.

    Setting up the six sub-command parsers costs some 9 million instructions, about 2 ms (each
    parser looks up gettext translations of its own titles and -h text), and starting the
    window needs none of them. Whatever the window's options do not take (a sub-command,
    --help, --version, a mistake) goes to the whole parser, which gives the answer or the error
    exactly as before.
    """
    window_only = _Parser(prog="walkcoach", add_help=False)
    _add_window_options(window_only)
    window_only.set_defaults(command=None)
    try:
        return window_only.parse_args(argv)
    except CliError:
        install_language()  # help, a sub-command or an error: words for people follow
        return build_parser().parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="walkcoach",
        description=translate(
            "CommandLine",
            "Coach for treadmill sessions that alternate forward and backward walking.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"WalkCoach {__version__}",
        help=translate("CommandLine", "show the version of WalkCoach and exit"),
    )
    _add_window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("programs", help=translate("CommandLine", "list built-in and user programs"))
    add_json(p)
    _add_data_dir(p, top_level=False)

    p = sub.add_parser("show", help=translate("CommandLine", "show one program's segments"))
    p.add_argument(
        "program",
        metavar="PROGRAM",
        help=translate("CommandLine", "a program id or a program file"),
    )
    add_json(p)
    _add_data_dir(p, top_level=False)

    p = sub.add_parser(
        "muscles", help=translate("CommandLine", "estimated muscle activation for a way of walking")
    )
    p.add_argument(
        "--direction",
        required=True,
        metavar="forward|backward",
        help=translate("CommandLine", "the way you face on the belt"),
    )
    p.add_argument(
        "--incline",
        required=True,
        metavar="PCT",
        help=translate("CommandLine", "the belt's incline in percent"),
    )
    p.add_argument(
        "--speed",
        metavar="KMH",
        default=None,
        help=translate("CommandLine", "the belt's speed in km/h (optional)"),
    )
    add_json(p)
    _add_data_dir(p, top_level=False)

    p = sub.add_parser(
        "import-program", help=translate("CommandLine", "copy a program file into your programs")
    )
    p.add_argument("file", metavar="FILE", help=translate("CommandLine", "a program file (JSON)"))
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("CommandLine", "replace a program with the same id"),
    )
    _add_data_dir(p, top_level=False)

    p = sub.add_parser("history", help=translate("CommandLine", "list recorded sessions"))
    add_json(p)
    p.add_argument(
        "--delete",
        type=int,
        metavar="ID",
        help=translate("CommandLine", "delete the session with this ID"),
    )
    _add_data_dir(p, top_level=False)

    p = sub.add_parser(
        "export", help=translate("CommandLine", "export sessions to CSV, JSON, TCX or FIT")
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--session",
        type=_session_id,
        metavar="ID",
        help=translate("CommandLine", "the session with this ID (see walkcoach history)"),
    )
    which.add_argument(
        "--all", action="store_true", help=translate("CommandLine", "every recorded session")
    )
    p.add_argument(
        "--format",
        required=True,
        choices=["csv", "json", "tcx", "fit"],
        help=translate("CommandLine", "the file format"),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help=translate("CommandLine", "a file, a folder, or - for stdout"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("CommandLine", "replace files that exist already"),
    )
    _add_data_dir(p, top_level=False)

    from walkcoach.cli import plans as cli_plans

    cli_plans.add_parsers(sub, _add_data_dir)
    from walkcoach.cli import devices as cli_devices

    cli_devices.add_parser(sub, _add_data_dir)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parse_args(argv)
        if args.command is not None:  # the window installs its own (the Preferences' language)
            install_language()
        try:
            paths.init(args.data_dir)
        except (ValueError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else exc
            raise CliError(f"--data-dir: {reason}") from None
        return _dispatch(args)
    except CliError as exc:
        from walkcoach.cli.output import error  # the window's start-up never needs it

        return error(str(exc))
    except BrokenPipeError:
        # `walkcoach show first-steps | head -1`: the reader has all it wanted. Point stdout at
        # nothing, so the interpreter's final flush stays quiet too.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        # Whatever the system refused (a name too long, a disk full, a folder gone): one line.
        where = f"{exc.filename}: " if exc.filename else ""
        from walkcoach.cli.output import error

        return error(f"{where}{exc.strerror or exc}")
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command
    if command in ("programs", "show", "muscles", "import-program"):
        from walkcoach.cli import programs as cli_programs

        handler = {
            "programs": cli_programs.cmd_programs,
            "show": cli_programs.cmd_show,
            "muscles": cli_programs.cmd_muscles,
            "import-program": cli_programs.cmd_import_program,
        }[command]
        return handler(args)
    if command in ("plans", "plan"):
        from walkcoach.cli import plans as cli_plans

        return cli_plans.cmd_plans(args) if command == "plans" else cli_plans.cmd_plan(args)
    if command in ("history", "export"):
        from walkcoach.cli import history as cli_history

        return (
            cli_history.cmd_history(args) if command == "history" else cli_history.cmd_export(args)
        )
    if command == "devices":
        from walkcoach.cli import devices as cli_devices

        return cli_devices.cmd_devices(args)
    from walkcoach.ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args)

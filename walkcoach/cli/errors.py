"""The command line's one error: raised by any sub-command, printed by ``main`` as one line."""


class CliError(Exception):
    """A user-facing error: printed as ``walkcoach: <message>`` with exit status 2."""

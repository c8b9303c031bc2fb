"""Command line: sub-commands that need no window (history, export, programs, plans, devices) and
the GUI launcher. main is the console script's entry point.

Layout: main parses and dispatches; each sub-command group has a module of its own; errors
holds the one exception they all raise for a clear one-line message."""

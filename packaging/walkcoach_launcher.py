"""Entry script of the frozen app: the same `walkcoach` command as the installed console script."""

import os
import runpy
import sys

# A frozen bundle has no `python -m`: walkcoach.ui.speech starts its text-to-speech helper as this
# executable with WALKCOACH_SPEECH_HELPER=1 (see speech.helper_command), so run the module here
# exactly as `python -m walkcoach.ui.speech` would instead of opening a second window.
SPEECH_HELPER_ENV = "WALKCOACH_SPEECH_HELPER"

if __name__ == "__main__":
    if os.environ.get(SPEECH_HELPER_ENV) == "1":
        runpy.run_module("walkcoach.ui.speech", run_name="__main__", alter_sys=True)
        sys.exit(0)
    from walkcoach.cli import main

    sys.exit(main())

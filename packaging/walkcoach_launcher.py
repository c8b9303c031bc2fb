"""Entry script of the frozen app: the same `walkcoach` command as the installed console script."""

import os
import runpy
import sys

# A frozen bundle has no `python -m`: the app starts its helpers (text-to-speech, cue sounds) as
# this executable with a flag in the environment (see walkcoach.ui.audio.helper_process.module_command),
# so run the helper's module here exactly as `python -m <module>` would instead of opening a
# second window. (The helpers are named once, in walkcoach/system/helpers.py.)
from walkcoach.system.helpers import MODULE_OF_FLAG

if __name__ == "__main__":
    for flag, module in MODULE_OF_FLAG.items():
        if os.environ.get(flag) == "1":
            runpy.run_module(module, run_name="__main__", alter_sys=True)
            sys.exit(0)
    from walkcoach.cli.main import main

    sys.exit(main())

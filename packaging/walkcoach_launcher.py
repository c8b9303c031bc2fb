"""Entry script of the frozen app: the same `walkcoach` command as the installed console script."""

import sys

from walkcoach.cli import main

if __name__ == "__main__":
    sys.exit(main())

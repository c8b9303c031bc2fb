"""Allows ``python -m walkcoach``."""

import sys

from walkcoach.cli import main

sys.exit(main())

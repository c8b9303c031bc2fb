"""Allows ``python -m walkcoach``."""

import sys

from walkcoach.cli.main import main

sys.exit(main())

"""``python -m zonalplan``: the headless command line."""

import sys

from zonalplan.cli import main

sys.exit(main())

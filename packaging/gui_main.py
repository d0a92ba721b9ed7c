"""Entry point of the bundled desktop application (``ZonalPlan``; a plan file may be given)."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())

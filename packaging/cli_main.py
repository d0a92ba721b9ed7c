"""Entry point of the bundled command line (``zonalplan-cli``): the headless commands only."""

import sys

from zonalplan.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Entry point of the ``zonalplan`` command.

With a subcommand it runs the headless command line (no Qt is imported); with no subcommand, a plan
file or ``--demo`` it starts the desktop application.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the command line or to the desktop application."""
    args = list(sys.argv[1:] if argv is None else argv)
    from zonalplan.cli_names import SUBCOMMANDS

    headless = bool(args) and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help", "--version")
                               or (args[0] == "--debug" and len(args) > 1
                                   and args[1] in SUBCOMMANDS))
    if headless:
        from zonalplan.cli import main as cli_main

        return cli_main(args)
    from ui.shell.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())

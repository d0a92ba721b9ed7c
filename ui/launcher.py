"""Entry point of the ``zonalplan`` command.

With a subcommand it runs the headless command line (no Qt is imported). Only ``zonalplan``,
``zonalplan FILE.zplan`` and the documented window options (``--demo``, ``--language``, Qt's own
``-platform``…) start the desktop application; anything else (a mistyped command, an unknown option)
gets the usage and exit code 2, so a script never waits on a window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

WINDOW_FLAGS = frozenset({"--demo"})
WINDOW_OPTIONS = frozenset({"--language"})
QT_OPTIONS = frozenset({"-platform", "-style", "-stylesheet", "-qwindowgeometry", "-geometry",
                        "-qwindowtitle", "-platformpluginpath", "-platformtheme", "-plugin",
                        "-session", "-display", "-qwindowicon"})
QT_FLAGS = frozenset({"-reverse", "-nograb", "-dograb", "-sync"})


def starts_window(args: Sequence[str]) -> bool:
    """Return True when ``args`` ask for the desktop window (no subcommand, known options only)."""
    files: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in WINDOW_FLAGS or arg in QT_FLAGS or arg.startswith("--language="):
            pass
        elif arg in WINDOW_OPTIONS or arg in QT_OPTIONS:
            if index + 1 >= len(args):
                return False
            index += 1
        elif arg.startswith("-"):
            return False
        else:
            files.append(arg)
        index += 1
    if not files:
        return True
    return len(files) == 1 and (files[0].lower().endswith(".zplan") or Path(files[0]).is_file())


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the command line or to the desktop application."""
    args = list(sys.argv[1:] if argv is None else argv)
    # Plans are validated by ZonalPlan's own models: pydantic plugins installed in the same
    # environment would see every plan's contents, and looking them up costs every start.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from zonalplan.cli_names import SUBCOMMANDS

    if args and args[0] in SUBCOMMANDS or not starts_window(args):
        from zonalplan.cli import main as cli_main

        return cli_main(args)
    from ui.shell.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())

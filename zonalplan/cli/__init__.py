"""Headless command line: ``zonalplan SUBCOMMAND …``.

Exit codes: 0 success, 1 findings or failure of the operation, 2 unusable input. Errors are one French
line on stderr; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from zonalplan import __version__
from zonalplan.cli import (
    alignment_cmds,
    data_cmds,
    export_cmds,
    followup_cmds,
    plan_cmds,
    reference_cmds,
    review_cmds,
    suggest_cmds,
)
from zonalplan.model import PlanError, UnusableInputError

EXIT_OK, EXIT_FAIL, EXIT_UNUSABLE = 0, 1, 2

COMMAND_MODULES = [plan_cmds, reference_cmds, alignment_cmds, suggest_cmds, export_cmds,
                   review_cmds, data_cmds, followup_cmds]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors, as we do
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"zonalplan : {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand."""
    parser = _Parser(prog="zonalplan", description="ZonalPlan — plan zonal de sécurité.")
    parser.add_argument("--version", action="version", version=f"ZonalPlan {__version__}")
    parser.add_argument("--debug", action="store_true", help="afficher la trace complète des erreurs")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def parser_subcommands() -> frozenset[str]:
    """Return the subcommand names the parser knows (``zonalplan.cli_names.SUBCOMMANDS`` must equal them)."""
    return frozenset(build_parser()._subparsers._group_actions[0].choices)  # type: ignore


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_UNUSABLE
    try:
        return int(args.handler(args) or 0)
    except UnusableInputError as exc:
        _report(exc, args.debug)
        return EXIT_UNUSABLE
    except PlanError as exc:
        _report(exc, args.debug)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("zonalplan : interrompu.", file=sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - last resort: one line, never a traceback
        _report(exc, args.debug, prefix="erreur inattendue : ")
        return EXIT_FAIL


def _report(exc: BaseException, debug: bool, prefix: str = "") -> None:
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    message = " ".join(str(exc).split()) or exc.__class__.__name__
    print(f"zonalplan : {prefix}{message}", file=sys.stderr)

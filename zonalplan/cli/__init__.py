"""Headless command line: ``zonalplan SUBCOMMAND …``.

Exit codes: 0 success, 1 findings or failure of the operation, 2 unusable input. Errors are one French
line on stderr; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

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
from zonalplan.i18n import LANGUAGES, N_, _, from_environment, normalize, using
from zonalplan.model import PlanError, UnusableInputError

EXIT_OK, EXIT_FAIL, EXIT_UNUSABLE = 0, 1, 2

COMMAND_MODULES = [plan_cmds, reference_cmds, alignment_cmds, suggest_cmds, export_cmds,
                   review_cmds, data_cmds, followup_cmds]


_USAGE_ERRORS = (
    (re.compile(r"the following arguments are required: (.*)"),
     N_("arguments obligatoires manquants : {}")),
    (re.compile(r"unrecognized arguments: (.*)"), N_("arguments inconnus : {}")),
    (re.compile(r"argument (\S+): invalid int value: (.*)"),
     N_("{} : nombre entier attendu (reçu {})")),
    (re.compile(r"argument (\S+): invalid choice: (\S+)"), N_("{} : choix inconnu {}")),
    (re.compile(r"argument (\S+): expected one argument"), N_("{} : une valeur est attendue")),
    (re.compile(r"argument (\S+): (.*)"), N_("{} : argument invalide")),
)


def _french_usage(message: str) -> str:
    """Return argparse's usage error in the current language (written in French here)."""
    for pattern, french in _USAGE_ERRORS:
        match = pattern.match(message)
        if match:
            return _(french).format(*match.groups())
    return _("ligne de commande invalide (zonalplan --help pour l'aide)")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors, as we do
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, _("zonalplan : {message}\n").format(
            message=_french_usage(message)))


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand."""
    parser = _Parser(prog="zonalplan", description=_("ZonalPlan — plan zonal de sécurité."))
    parser.add_argument("--version", action="version", version=f"ZonalPlan {__version__}")
    parser.add_argument("--debug", action="store_true", help=_("afficher la trace complète des "
                                                               "erreurs"))
    add_language_option(parser)
    sub = parser.add_subparsers(dest="command", metavar=_("COMMANDE"), parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    _add_language_everywhere(sub)
    return parser


def _add_language_everywhere(sub: argparse._SubParsersAction) -> None:
    """Let ``--language`` follow any subcommand, however deep (``data list FILE --language nl``)."""
    for command in sub.choices.values():
        if "--language" not in command._option_string_actions:
            add_language_option(command, default=argparse.SUPPRESS)
        for action in command._subparsers._group_actions if command._subparsers else ():
            if isinstance(action, argparse._SubParsersAction):
                _add_language_everywhere(action)


def add_language_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    """Add ``--language fr|nl|de``: the language of messages (default: the locale)."""
    parser.add_argument("--language", choices=LANGUAGES, default=default, metavar=_("LANGUE"),
                        help=_("langue des messages : fr, nl ou de (par défaut : celle du "
                               "système, LANG/LANGUAGE)"))


def parser_subcommands() -> frozenset[str]:
    """Return the subcommand names the parser knows (``zonalplan.cli_names.SUBCOMMANDS`` must equal them)."""
    return frozenset(build_parser()._subparsers._group_actions[0].choices)  # type: ignore


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                      "\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Return ``text`` with control characters shown as ``\\uXXXX`` (no terminal escapes run)."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _SafeStream:
    """A text stream that escapes control characters (a file may hold terminal escapes)."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` with its control characters escaped."""
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand and return its exit code (messages in ``--language`` or the locale).

    Control characters of the output are escaped: a plan may hold terminal escapes.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")  # see ui.launcher.main
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _SafeStream(out), _SafeStream(err)
    try:
        with using(_language_asked(argv) or from_environment()):
            return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
        print(_("zonalplan : interrompu."), file=sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        return EXIT_OK
    except sqlite3.Error as exc:
        from zonalplan.store.sqlitefile import sqlite_reason

        reason = sqlite_reason(exc)
        _report(PlanError(_("fichier de plan inutilisable : {reason}.").format(reason=reason)),
                args.debug, cause=exc)
        with using("fr"):
            disk = "disque" in sqlite_reason(exc)
        return EXIT_FAIL if disk else EXIT_UNUSABLE
    except (OSError, MemoryError, RecursionError) as exc:
        _report(PlanError(_system_message(exc)), args.debug, cause=exc)
        return EXIT_FAIL
    except Exception as exc:  # noqa: BLE001 - last resort: one line, never a traceback
        _report(PlanError(_("erreur inattendue ({name}) ; relancez avec --debug pour le "
                            "détail.").format(name=exc.__class__.__name__)), args.debug, cause=exc)
        return EXIT_FAIL


def _language_asked(argv: list[str]) -> str | None:
    """Return the language given by ``--language`` before parsing (help texts follow it)."""
    for index, arg in enumerate(argv):
        value = None
        if arg == "--language" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--language="):
            value = arg.split("=", 1)[1]
        if value and normalize(value) == value:
            return value
    return None


def _system_message(exc: BaseException) -> str:
    """Return a sentence for an error of the system (disk, memory), never its English."""
    from zonalplan.store.sqlitefile import sqlite_reason

    if isinstance(exc, MemoryError):
        return _("mémoire insuffisante pour cette opération ; rien n'a été modifié.")
    if isinstance(exc, RecursionError):
        return _("données trop profondément imbriquées ; rien n'a été modifié.")
    name = getattr(exc, "filename", None)
    where = f" ({Path(name).name})" if name else ""
    return _("opération impossible{where} : {reason} ; rien n'a été modifié.").format(
        where=where, reason=sqlite_reason(exc))


def _report(exc: BaseException, debug: bool, prefix: str = "",
            cause: BaseException | None = None) -> None:
    if debug:
        traceback.print_exception(cause or exc, file=sys.stderr)
    message = " ".join(str(exc).split()) or exc.__class__.__name__
    print(
        _("zonalplan : {prefix}{message}").format(prefix=prefix, message=message), file=sys.stderr
    )

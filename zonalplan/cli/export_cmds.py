"""``zonalplan export FILE -o OUT.docx`` and ``zonalplan report FILE -o OUT.docx``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zonalplan.i18n import _
from zonalplan.model import Plan, UnusableInputError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the Word export subcommands."""
    p = sub.add_parser("export", help=_("exporter le plan en document Word (et en PDF)"))
    _common(p)
    p.add_argument("--no-comments", action="store_true",
                   help=_("ne pas ajouter les notes de relecture et les constats en "
                          "commentaires"))
    annex = p.add_mutually_exclusive_group()
    annex.add_argument("--annex", dest="annex", action="store_const", const=True, default=None,
                       help=_("joindre le rapport d'alignement en annexe (par défaut : oui pour "
                              "un projet, non pour la version approuvée envoyée aux ministres)"))
    annex.add_argument("--no-annex", dest="annex", action="store_const", const=False,
                       help=_("ne pas joindre le rapport d'alignement"))
    p.add_argument("--yes", "-y", action="store_true",
                   help=_("exporter sans demander de confirmation même si le contrôle signale "
                          "des erreurs ou des parties vides"))
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("report", help=_("exporter le rapport d'alignement en document Word"))
    _common(p)
    p.set_defaults(handler=cmd_report)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar=_("FICHIER"))
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx")
    p.add_argument("--template", type=Path, default=None, metavar=_("DOSSIER"),
                   help=_("dossier des modèles Word de la zone (plan.docx, report.docx)"))
    p.add_argument("--pdf", action="store_true",
                   help=_("convertir aussi en PDF avec LibreOffice (à côté du .docx)"))
    p.add_argument("--snapshot", type=int, default=None, metavar="ID",
                   help=_("exporter une version enregistrée plutôt que le contenu courant"))


def _load(args: argparse.Namespace) -> tuple[Plan, str | None]:
    """Return the plan (or one of its snapshots) and the snapshot's label."""
    from zonalplan.store import PlanFile, read_plan

    plan = read_plan(args.file)
    if args.snapshot is None:
        return plan, None
    with PlanFile.open(args.file, read_only=True) as pf:
        label = next((s.label for s in pf.snapshots() if s.id == args.snapshot), None)
        if label is None:
            raise UnusableInputError(_("{name} : aucune version n° {snapshot} (voir « "
                                       "zonalplan snapshots »).").format(
                    name=args.file.name, snapshot=args.snapshot))
        snapshot = pf.load_snapshot(args.snapshot)
    return snapshot, _("{label} (version n° {snapshot})").format(
            label=label, snapshot=args.snapshot)


def _run(args: argparse.Namespace, kind: str) -> int:
    from zonalplan.export.api import export_languages
    from zonalplan.reference import load_reference

    plan, label = _load(args)
    reference = load_reference()
    options: dict = {"comments": not getattr(args, "no_comments", False)}
    summary = None
    if kind == "plan":
        options["alignment_annex"] = args.annex
        summary = _open_items(plan, reference)
        if summary is not None and not summary.clean and not args.yes and _interactive():
            _print_open_items(summary)  # before writing, and the user chooses
            if not _confirm():
                print(_("zonalplan : export annulé ; aucun fichier n'a été écrit."),
                      file=sys.stderr)
                return 1
            summary = None
    results = export_languages(plan, args.output, kind=kind, reference=reference,
                               template_dir=args.template, pdf=args.pdf, snapshot_label=label,
                               **options)
    what = "Plan" if kind == "plan" else _("Rapport d'alignement")
    for result in results:
        print(_("{what} exporté : {path}").format(what=what, path=result.path))
        if result.comments:
            print(_("  {comments} commentaire(s) de relecture ajouté(s)").format(
                    comments=result.comments))
        if result.pdf_path:
            print(_("  PDF : {pdf_path}").format(pdf_path=result.pdf_path))
        for warning in result.warnings:
            print(_("zonalplan : attention : {warning}").format(warning=warning),
                  file=sys.stderr)
    if summary is not None:  # a script is never asked: what is open follows the export
        _print_open_items(summary)
    return 0


def _open_items(plan: Plan, reference):
    """Return the plan's pre-flight (open errors, warnings, empty parts), None without a check."""
    from zonalplan.alignment.completeness import preflight
    from zonalplan.export.national import run_check

    report, ran = run_check(plan, reference)
    return preflight(report) if ran else None


def _print_open_items(summary) -> None:
    """Print the pre-flight on stderr: its summary line prefixed like every message, then items."""
    lines = summary.lines()
    print(_("zonalplan : {summary}").format(summary=lines[0]), file=sys.stderr)
    for text in lines[1:]:
        print(text, file=sys.stderr)


def _confirm() -> bool:
    """Ask on the terminal whether to export anyway (only when stdin is a terminal)."""
    print(_("Exporter quand même ? [o/N] "), end="", file=sys.stderr, flush=True)
    try:
        answer = sys.stdin.readline().strip().casefold()
    except (OSError, KeyboardInterrupt):
        return False
    return answer[:1] in {_("o").casefold(), "y"}


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty() and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def cmd_export(args: argparse.Namespace) -> int:
    """Export the plan as a Word document (and PDF)."""
    return _run(args, "plan")


def cmd_report(args: argparse.Namespace) -> int:
    """Export the alignment report as a Word document (and PDF)."""
    return _run(args, "report")

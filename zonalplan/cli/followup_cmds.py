"""``zonalplan new-cycle`` and ``zonalplan dashboard``: the plan's follow-up and the next plan."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from zonalplan.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    """Add the follow-up subcommands to the parser."""
    p = sub.add_parser("new-cycle", help=_("créer le plan suivant à partir du précédent, ou le "
                                           "premier plan d'une zone fusionnée à partir des plans "
                                           "des zones"))
    p.add_argument("previous", type=Path, nargs="+", metavar=_("PRÉCÉDENT.zplan"))
    p.add_argument("-o", "--output", type=Path, required=True, metavar=_("SUIVANT.zplan"))
    p.add_argument("--start-year", type=int, required=True,
                   help=_("première année du nouveau plan"))
    p.add_argument("--force", action="store_true", help=_("remplacer un fichier existant"))
    p.add_argument("--json", action="store_true", help=_("rapport JSON"))
    p.set_defaults(handler=cmd_new_cycle)

    p = sub.add_parser("dashboard", help=_("état des objectifs : statut, dernière mesure, "
                                           "tendance"))
    p.add_argument("file", type=Path, metavar="PLAN.zplan")
    p.add_argument("--json", action="store_true", help=_("sortie JSON"))
    p.set_defaults(handler=cmd_dashboard)
    register_reports(sub)


def cmd_new_cycle(args: argparse.Namespace) -> int:
    """Build the next plan (or the merged zone's first plan) and write it."""
    from zonalplan.followup.cycle import new_cycle
    from zonalplan.store import create_plan_file, read_plan

    plans = [read_plan(path) for path in args.previous]
    plan, report = new_cycle(plans, args.start_year)
    create_plan_file(args.output, plan, overwrite=args.force)
    if args.json:
        print(json.dumps({"output": str(args.output), "notes": report.notes,
                          "decision_conflicts": report.decision_conflicts,
                          "candidates": len(plan.candidates)}, ensure_ascii=False, indent=2))
        return 0
    done = (_("Plan de la zone fusionnée écrit : {path} (période {start}-{end}).")
            if len(plans) > 1 else _("Plan suivant écrit : {path} (période {start}-{end})."))
    print(done.format(path=args.output, start=plan.period.start_year, end=plan.period.end_year))
    for note in report.notes:
        print(f"- {note}")
    for ref, positions in sorted(report.decision_conflicts.items()):
        print(f"  {ref} : {' ; '.join(positions)}")
    return 0


def cmd_dashboard(args: argparse.Namespace) -> int:
    """Print every objective's status with its indicators' last values."""
    from zonalplan.followup.status import RULE_TEXT, STATUS_LABELS, dashboard
    from zonalplan.store import read_plan

    plan = read_plan(args.file)
    rows = dashboard(plan.objectives, plan.followup)
    if args.json:
        print(json.dumps([{
            "objective": r.objective.id, "code": r.objective.code, "title": r.objective.title,
            "status": r.status.value,
            "indicators": [{"indicator": s.indicator.id, "name": s.indicator.name,
                            "status": s.status.value,
                            "last": s.last.value if s.last else None,
                            "last_year": s.last.year if s.last else None,
                            "expected": s.expected, "values": s.values, "reason": s.reason}
                           for s in r.indicators]} for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r.objective.code or '—':<5} {STATUS_LABELS[r.status]:<14} {r.objective.title}")
        for s in r.indicators:
            print(f"      {STATUS_LABELS[s.status]:<14} {s.indicator.name} : {s.reason}")
    print("\n" + _("Règle : {rule}").format(rule=_(RULE_TEXT)))
    return 0


def register_reports(sub: argparse._SubParsersAction) -> None:
    """Add the yearly report and the action plan to the parser."""
    p = sub.add_parser("annual-report", help=_("rapport annuel au CZS (ou évaluation) en Word"))
    p.add_argument("file", type=Path, metavar="PLAN.zplan")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("-o", "--output", type=Path, required=True, metavar=_("RAPPORT.docx"))
    p.add_argument("--evaluation", choices=("mid", "final"),
                   help=_("évaluation à mi-parcours ou finale (toutes les années jusqu'à "
                          "--year)"))
    p.add_argument("--pdf", action="store_true", help=_("aussi en PDF (LibreOffice)"))
    p.add_argument("--no-charts", action="store_true", help=_("sans graphiques"))
    p.add_argument("--template", type=Path, metavar=_("MODÈLE.docx"))
    p.set_defaults(handler=cmd_annual_report)

    p = sub.add_parser("action-plan", help=_("plan d'action annuel en Word"))
    p.add_argument("file", type=Path, metavar="PLAN.zplan")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("-o", "--output", type=Path, required=True, metavar=_("PLAN-ACTION.docx"))
    p.add_argument("--objective", metavar="ID", help=_("un seul objectif (identifiant ou code)"))
    p.add_argument("--template", type=Path, metavar=_("MODÈLE.docx"))
    p.set_defaults(handler=cmd_action_plan)


def cmd_annual_report(args: argparse.Namespace) -> int:
    """Write the yearly report (or an evaluation) of a plan."""
    from zonalplan.followup.reports import ReportKind, ReportOptions, build_report, write_report
    from zonalplan.store import read_plan

    plan = read_plan(args.file)
    kind = ReportKind(args.evaluation) if args.evaluation else ReportKind.ANNUAL
    data = build_report(plan, ReportOptions(kind, args.year, not args.no_charts), args.template)
    written = write_report(data, args.output)
    print(_("Rapport écrit : {path}").format(path=written))
    if args.pdf:
        from zonalplan.export.pdf import convert_to_pdf

        pdf = convert_to_pdf(written, written.with_suffix(".pdf"))
        print(_("PDF écrit : {path}").format(path=pdf))
    return 0


def cmd_action_plan(args: argparse.Namespace) -> int:
    """Write the yearly action plan of a plan."""
    from zonalplan.followup.reports import build_action_plan, write_report
    from zonalplan.store import read_plan

    plan = read_plan(args.file)
    written = write_report(build_action_plan(plan, args.year, args.objective, args.template),
                           args.output)
    print(_("Plan d'action écrit : {path}").format(path=written))
    return 0

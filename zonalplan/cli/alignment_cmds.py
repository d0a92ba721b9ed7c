"""``zonalplan check FILE`` and ``zonalplan coverage FILE``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from zonalplan.alignment import SEVERITIES, SEVERITY_LABELS, check
from zonalplan.i18n import _
from zonalplan.model import DECISION_LABELS, Decision
from zonalplan.reference import load_reference
from zonalplan.store import read_plan


def register(sub: argparse._SubParsersAction) -> None:
    """Add the alignment subcommands."""
    p = sub.add_parser("check", help=_("vérifier un plan (règles et alignement national)"))
    p.add_argument("file", type=Path, metavar=_("FICHIER"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("coverage", help=_("matrices de couverture PNS et NCSI"))
    p.add_argument("file", type=Path, metavar=_("FICHIER"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_coverage)


def cmd_check(args: argparse.Namespace) -> int:
    """Print findings grouped by severity and the coverage summary; exit 1 on any erreur."""
    plan = read_plan(args.file)
    report = check(plan, load_reference())
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return 1 if report.has_errors else 0
    print(plan.title)
    for severity in SEVERITIES:
        findings = report.by_severity(severity)
        print(f"\n{SEVERITY_LABELS[severity]} ({len(findings)})")
        for f in findings:
            print(f"  - [{f.rule}] {f.message}")
            if f.hint:
                print(f"      → {f.hint}")
    print(f"\n{report.coverage.explanation}")
    return 1 if report.has_errors else 0


def cmd_coverage(args: argparse.Namespace) -> int:
    """Print the PNS and NCSI coverage matrices."""
    plan = read_plan(args.file)
    coverage = check(plan, load_reference()).coverage
    if args.json:
        print(json.dumps(coverage.to_json(), ensure_ascii=False, indent=2))
        return 0
    codes = {o.id: o.code or o.id for o in plan.objectives}
    print(_("Thèmes du PNS × objectifs (● principal, ○ secondaire)"))
    for t in coverage.themes:
        decision = DECISION_LABELS[Decision(t.decision)] if t.decision else "—"
        objs = [f"●{codes[o]}" for o in t.primary] + [f"○{codes[o]}" for o in t.secondary]
        print(f"  {t.number or '':5s} {t.title[:48]:48s} {decision[:28]:28s} {' '.join(objs)}")
    print(_('\nDimensions de la NCSI × objectifs'))
    for d in coverage.dimensions:
        print(f"  {d.title[:60]:60s} {' '.join(codes[o] for o in d.objectives) or '—'}")
    print(f"\n{coverage.explanation}")
    return 0

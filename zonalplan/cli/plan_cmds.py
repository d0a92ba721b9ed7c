"""Plan file subcommands: new, demo, show, snapshot, snapshots, restore, export-json, import-json."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from pydantic import ValidationError

from zonalplan.fileio import write_text_atomic
from zonalplan.i18n import N_, _
from zonalplan.i18n.formats import number
from zonalplan.model import (
    CZS_ROLE_LABELS,
    DOMAIN_LABELS,
    KIND_LABELS,
    Plan,
    PlanError,
    UnusableInputError,
    validation_message,
)
from zonalplan.store import (
    PlanFile,
    create_plan_file,
    plan_to_json,
    read_json_file,
    read_plan,
)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the plan-file subcommands to the parser."""
    p = sub.add_parser("new", help=_("créer un plan vide"))
    p.add_argument("output", type=Path, metavar="OUT.zplan")
    p.add_argument("--zone-name", required=True, help=_("nom de la zone, ex. « ZP "
                                                        "Condroz-Famenne »"))
    p.add_argument("--zone-number", required=True, help=_("numéro à 4 chiffres, ex. 5314"))
    p.add_argument("--start-year", type=int, default=2026)
    p.add_argument("--end-year", type=int, default=2031)
    p.add_argument("--force", action="store_true", help=_("remplacer un fichier existant"))
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("demo", help=_("écrire le plan de démonstration"))
    p.add_argument("output", type=Path, metavar="OUT.zplan")
    p.add_argument("--language", choices=("fr", "nl", "de"), default="fr",
                   help=_("langue du plan : fr (zone wallonne), nl (zone flamande) "
                          "ou de (zone germanophone)"))
    p.add_argument("--force", action="store_true", help=_("remplacer un fichier existant"))
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("show", help=_("résumer un plan"))
    p.add_argument("file", type=Path, metavar=_("FICHIER"))
    p.add_argument("--json", action="store_true", help=_("sortie JSON"))
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("snapshot", help=_("enregistrer une version nommée dans le fichier"))
    p.add_argument("file", type=Path, metavar=_("FICHIER"))
    p.add_argument("--label", required=True, help=_("ex. « Projet soumis au CZS du 12/03 »"))
    p.add_argument("--author", default=None)
    add_take_lock(p)
    p.set_defaults(handler=cmd_snapshot)

    p = sub.add_parser("snapshots", help=_("lister les versions nommées"))
    p.add_argument("file", type=Path, metavar=_("FICHIER"))
    p.add_argument("--json", action="store_true", help=_("sortie JSON"))
    p.set_defaults(handler=cmd_snapshots)

    p = sub.add_parser("restore", help=_("restaurer une version (la version courante est "
                                         "conservée)"))
    p.add_argument("file", type=Path, metavar=_("FICHIER"))
    p.add_argument("--snapshot", type=int, required=True, metavar="ID")
    p.add_argument("--author", default=None)
    add_take_lock(p)
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("export-json", help=_("exporter le plan complet en JSON"))
    p.add_argument("file", type=Path, metavar=_("FICHIER"))
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.json",
                   help=_("fichier de sortie, ou - pour la sortie standard"))
    p.set_defaults(handler=cmd_export_json)

    p = sub.add_parser("import-json", help=_("créer un plan à partir d'un export JSON"))
    p.add_argument("input", type=Path, metavar="IN.json")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.zplan")
    p.add_argument("--force", action="store_true", help=_("remplacer un fichier existant"))
    p.set_defaults(handler=cmd_import_json)


TAKE_LOCK_HELP = N_("reprendre le verrou d'un plan ouvert ailleurs (comme « Ouvrir quand même » "
                  "dans l'application) ; les modifications non enregistrées de l'autre poste "
                  "seront refusées à leur enregistrement")


def add_take_lock(p: argparse.ArgumentParser) -> None:
    """Add ``--take-lock`` to a subcommand that writes into a plan file."""
    p.add_argument("--take-lock", action="store_true", help=_(TAKE_LOCK_HELP))


def open_for_writing(path: Path, take_lock: bool, refused: str = "") -> PlanFile:
    """Open a plan for writing; with ``take_lock``, take a held lock over and warn on stderr."""
    from zonalplan.store import read_lock

    holder = read_lock(path) if take_lock else None
    pf = PlanFile.open(path, force_lock=take_lock)
    if pf.read_only:
        reason = pf.read_only_reason
        pf.close()
        hint = "" if take_lock else _(" (--take-lock pour reprendre le verrou)")
        raise PlanError(f"{path.name} : {reason}{refused}{hint}")
    if holder is not None:
        print(_("zonalplan : attention : verrou repris ; le plan était ouvert {who}. Ses "
                "modifications non enregistrées ne pourront plus être enregistrées dans ce "
                "fichier.").format(who=holder.describe()), file=sys.stderr)
    return pf


def _author(value: str | None) -> str:
    if value:
        return value
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def cmd_new(args: argparse.Namespace) -> int:
    """Create an empty plan for a zone."""
    try:
        plan = Plan.model_validate({
            "zone": {"name": args.zone_name, "number": args.zone_number},
            "period": {"start_year": args.start_year, "end_year": args.end_year},
        })
    except ValidationError as exc:
        raise UnusableInputError(validation_message(Plan, exc)) from exc
    create_plan_file(args.output, plan, overwrite=args.force)
    print(_("Plan créé : {output}").format(output=args.output))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Write the built-in demo plan."""
    from zonalplan.demo import build_demo_plan

    create_plan_file(args.output, build_demo_plan(args.language), overwrite=args.force)
    print(_("Plan de démonstration écrit : {output}").format(output=args.output))
    return 0


def summary(plan: Plan) -> dict:
    """Return a short, JSON-ready summary of a plan."""
    zone = plan.zone
    return {
        "zone": zone.name,
        "number": zone.number,
        "period": [plan.period.start_year, plan.period.end_year],
        "communes": [c.name for c in zone.communes],
        "population": zone.total_population,
        "czs_members": [{"name": m.name, "role": m.role.value} for m in plan.czs_members],
        "objectives": [{"id": o.id, "code": o.code, "title": o.title, "kind": o.kind.value,
                        "domain": o.domain.value, "links": [lk.ref_id for lk in o.links]}
                       for o in plan.objectives],
        "decisions": {d.ref_id: d.decision.value for d in plan.decisions},
        "review_notes": len(plan.review_notes),
        "format_version": plan.metadata.format_version,
        "modified": plan.metadata.modified.isoformat(),
    }


def cmd_show(args: argparse.Namespace) -> int:
    """Print a summary of a plan."""
    plan = read_plan(args.file)
    with PlanFile.open(args.file, read_only=True) as pf:
        snaps = pf.snapshots()
    if args.json:
        data = summary(plan)
        data["snapshots"] = [{"id": s.id, "label": s.label, "created": s.created} for s in snaps]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    z = plan.zone
    print(plan.title)
    print(_("  Communes : {names} ({kind})").format(
        names=", ".join(c.name for c in z.communes) or "—",
        kind=_("pluricommunale") if z.pluricommunal else _("monocommunale")))
    if z.total_population:
        print(_("  Population : {population}").format(population=number(z.total_population)))
    print(_("  CZS : {czs_members} membre(s)").format(czs_members=len(plan.czs_members)))
    for m in plan.czs_members:
        print(f"    - {m.name} — {m.role_label or CZS_ROLE_LABELS[m.role]}")
    print(_("  Objectifs stratégiques : {objectives}").format(objectives=len(plan.objectives)))
    for o in plan.objectives:
        print(f"    - [{KIND_LABELS[o.kind]}, {DOMAIN_LABELS[o.domain]}] {o.label}")
    print(_("  Décisions sur les priorités nationales : {decisions}").format(
            decisions=len(plan.decisions)))
    print(_("  Versions enregistrées : {snaps}").format(snaps=len(snaps)))
    print(_("  Modifié le : {astimezone:%d/%m/%Y %H:%M}").format(
            astimezone=plan.metadata.modified.astimezone()))
    return 0


def cmd_snapshot(args: argparse.Namespace) -> int:
    """Store the saved plan as a named snapshot."""
    with open_for_writing(args.file, args.take_lock) as pf:
        sid = pf.create_snapshot(args.label, author=_author(args.author))
    print(_("Version {sid} enregistrée : « {strip} »").format(sid=sid, strip=args.label.strip()))
    return 0


def cmd_snapshots(args: argparse.Namespace) -> int:
    """List the snapshots of a plan file."""
    read_plan(args.file)
    with PlanFile.open(args.file, read_only=True) as pf:
        snaps = pf.snapshots()
    if args.json:
        print(json.dumps([s.__dict__ for s in snaps], ensure_ascii=False, indent=2))
        return 0
    if not snaps:
        print(_("Aucune version enregistrée."))
    for s in snaps:
        author = f" — {s.author}" if s.author else ""
        print(f"{s.id:>4}  {s.created_display}  {s.label}{author}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a snapshot as the current content."""
    with open_for_writing(args.file, args.take_lock) as pf:
        pf.restore(args.snapshot, author=_author(args.author))
    print(
        _("Version {snapshot} restaurée ; l'état précédent est conservé comme version.").format(
            snapshot=args.snapshot
        )
    )
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    """Write the JSON interchange document of a plan."""
    text = plan_to_json(read_plan(args.file))
    if str(args.output) == "-":
        sys.stdout.write(text)
    else:
        write_text_atomic(args.output, text)
        print(_("JSON écrit : {output}").format(output=args.output))
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    """Create a plan file from a JSON interchange document."""
    plan = read_json_file(args.input)
    create_plan_file(args.output, plan, overwrite=args.force)
    print(_("Plan créé : {output}").format(output=args.output))
    return 0

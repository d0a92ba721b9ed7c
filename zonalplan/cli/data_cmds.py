"""``zonalplan data import|list|show|remove``: the zone's data inside the plan file."""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from zonalplan.i18n import _
from zonalplan.i18n.formats import short_date
from zonalplan.model import Plan, PlanError, UnusableInputError
from zonalplan.model.evidence import KIND_LABELS

KINDS = ("accidents", "population", "crime", "survey", "table")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``data`` subcommand and its actions to the parser."""
    data = sub.add_parser("data", help=_("données de la zone (accidents, population, "
                                         "criminalité, enquête, tableaux) dans le plan"))
    actions = data.add_subparsers(dest="data_command", metavar="ACTION",
                                  parser_class=type(data))

    p = actions.add_parser("import", help=_("importer un fichier de données dans le plan"))
    p.add_argument("file", type=Path, metavar="PLAN.zplan")
    p.add_argument("data", type=Path, metavar=_("FICHIER"), help=_("fichier .txt, .csv ou .xlsx"))
    p.add_argument("--kind", choices=KINDS, help=_("type de données (reconnu d'après les colonnes "
                                                   "si absent)"))
    p.add_argument("--name", help=_("nom du jeu de données (par défaut d'après le type et "
                                    "l'année)"))
    p.add_argument("--source", default="", help=_("source à citer"))
    p.add_argument("--year", type=int, help=_("année (population sans année dans le fichier)"))
    p.add_argument("--map", action="append", default=[], metavar=_("ANCIEN=NOUVEAU"),
                   help=_("code INS d'une commune fusionnée → code de la commune du plan"))
    p.add_argument("--sheet", help=_("feuille du classeur .xlsx (la première par défaut)"))
    p.add_argument("--value-column", action="append", default=[], metavar=_("COLONNE"),
                   help=_("tableau : colonne des valeurs (répétable)"))
    p.add_argument("--year-column", metavar=_("COLONNE"), help=_("tableau : colonne de l'année"))
    p.add_argument("--commune-column", metavar=_("COLONNE"),
                   help=_("tableau : colonne de la commune"))
    p.add_argument("--partial-last-year", action="store_true",
                   help=_("criminalité : la dernière année est partielle"))
    p.set_defaults(handler=cmd_import)

    p = actions.add_parser("list", help=_("lister les jeux de données du plan"))
    p.add_argument("file", type=Path, metavar="PLAN.zplan")
    p.add_argument("--json", action="store_true", help=_("sortie JSON"))
    p.set_defaults(handler=cmd_list)

    p = actions.add_parser("show", help=_("chiffres d'un jeu de données par commune et par "
                                          "année"))
    p.add_argument("file", type=Path, metavar="PLAN.zplan")
    p.add_argument("name", metavar=_("NOM"))
    p.add_argument("--json", action="store_true", help=_("sortie JSON"))
    p.set_defaults(handler=cmd_show)

    p = actions.add_parser("remove", help=_("retirer un jeu de données du plan"))
    p.add_argument("file", type=Path, metavar="PLAN.zplan")
    p.add_argument("name", metavar=_("NOM"))
    p.set_defaults(handler=cmd_remove)


@contextlib.contextmanager
def _editing(path: Path) -> Iterator[tuple[Plan, list[Plan]]]:
    """Open a plan for writing; the caller puts the new plan in the list to have it saved."""
    from zonalplan.store import PlanFile

    handle = PlanFile.open(path)
    try:
        if handle.read_only:
            raise PlanError(_("{file} : {reason} Rien n'a été modifié.").format(
                file=path.name, reason=handle.read_only_reason))
        result: list[Plan] = []
        yield handle.load(), result
        if result:
            handle.save(result[0])
    finally:
        handle.close()


def _pairs(values: list[str]) -> dict[str, str]:
    mapping = {}
    for value in values:
        old, sep, new = value.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise UnusableInputError(_("--map {value} : écrivez ANCIEN=NOUVEAU (codes INS)."
                                       ).format(value=value))
        mapping[old.strip()] = new.strip()
    return mapping


def cmd_import(args: argparse.Namespace) -> int:
    """Import a data file into the plan (replacing a data set of the same name)."""
    from zonalplan.evidence.baselines import baseline_changes
    from zonalplan.evidence.importing import import_file
    from zonalplan.evidence.tables import ColumnMapping
    from zonalplan.model.evidence import DataKind

    mapping = None
    if args.value_column:
        mapping = ColumnMapping(tuple(args.value_column), args.year_column, args.commune_column)
    with _editing(args.file) as (plan, result):
        data = import_file(
            args.data, [(c.name, c.nis_code) for c in plan.zone.communes],
            kind=DataKind(args.kind) if args.kind else None, name=args.name, source=args.source,
            year=args.year, code_map=_pairs(args.map), mapping=mapping,
            zone_names=(plan.zone.name, plan.zone.number), sheet=args.sheet,
            partial_last_year=args.partial_last_year)
        replaced = any(d.name == data.name for d in plan.datasets)
        before = {(c.objective_id, c.indicator_id) for c in baseline_changes(plan)}
        plan.datasets = [d for d in plan.datasets if d.name != data.name] + [data]
        changed = [c for c in baseline_changes(plan)
                   if (c.objective_id, c.indicator_id) not in before]
        result.append(plan)
    done = (_("Jeu de données « {name} » remplacé : {kept} ligne(s) gardée(s) sur {read} "
              "({kind}).") if replaced else
            _("Jeu de données « {name} » importé : {kept} ligne(s) gardée(s) sur {read} "
              "({kind})."))
    print(done.format(name=data.name, kept=data.provenance.rows_kept,
                      read=data.provenance.rows_read, kind=KIND_LABELS[data.kind]))
    for note in data.provenance.notes:
        print("  " + _("Remarque : {note}").format(note=note))
    if changed:
        print(_("Valeurs de départ à revoir après cet import :"))
        for change in changed:
            print(f"  - {change.text()}")
    return 0


def _read(path: Path) -> Plan:
    from zonalplan.store import read_plan

    return read_plan(path)


def cmd_list(args: argparse.Namespace) -> int:
    """List the plan's data sets with their provenance."""
    plan = _read(args.file)
    if args.json:
        print(json.dumps([{"name": d.name, "kind": d.kind.value, "rows": len(d.rows),
                           **d.provenance.model_dump(mode="json")} for d in plan.datasets],
                         ensure_ascii=False, indent=2))
        return 0
    if not plan.datasets:
        print(_("Aucune donnée importée."))
    for d in plan.datasets:
        p = d.provenance
        print(_("{name} — {kind}, {rows} ligne(s), {file}, importé le {date}, source : {source}"
                ).format(name=d.name, kind=KIND_LABELS[d.kind], rows=p.rows_kept,
                         file=p.file_name, date=short_date(p.imported.astimezone()),
                         source=p.source or "—"))
    return 0


def _dataset(plan: Plan, name: str, file: Path):
    found = next((d for d in plan.datasets if d.name == name), None)
    if found is None:
        names = ", ".join(f"« {d.name} »" for d in plan.datasets) or _("aucun")
        raise UnusableInputError(_("{file} : aucun jeu de données « {name} » (jeux : {names})."
                                   ).format(file=file.name, name=name, names=names))
    return found


def cmd_show(args: argparse.Namespace) -> int:
    """Print a data set's series per commune and year, with the zone's total."""
    from zonalplan.evidence.figures import series_of

    plan = _read(args.file)
    data = _dataset(plan, args.name, args.file)
    names = {c.nis_code or c.name: c.name for c in plan.zone.communes}
    series = series_of(data)
    if args.json:
        print(json.dumps({"name": data.name, "kind": data.kind.value,
                          "provenance": data.provenance.model_dump(mode="json"),
                          "series": [{"key": s.key, "label": s.label, "unit": s.unit,
                                      "zone": s.zone, "communes": s.by_commune} for s in series]},
                         ensure_ascii=False, indent=2))
        return 0
    print(_("{name} ({file}, source : {source})").format(
        name=data.name, file=data.provenance.file_name, source=data.provenance.source or "—"))
    for s in series:
        years = s.years
        print(f"\n{s.label} ({s.unit})")
        print("  " + _("commune").ljust(24) + "".join(str(y).rjust(9) for y in years))
        for code, values in sorted(s.by_commune.items()):
            label = names.get(code, _("zone") if code == "ZONE" else code)
            print("  " + label[:24].ljust(24)
                  + "".join(_cell(values.get(y)).rjust(9) for y in years))
        print("  " + _("Total zone").ljust(24) + "".join(_cell(s.zone.get(y)).rjust(9)
                                                      for y in years))
    for note in data.provenance.notes:
        print("\n" + _("Remarque : {note}").format(note=note))
    return 0


def _cell(value: float | None) -> str:
    if value is None:
        return "—"
    return (f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}").replace(".", ",")


def cmd_remove(args: argparse.Namespace) -> int:
    """Remove a data set; figures that used it are listed."""
    with _editing(args.file) as (plan, result):
        data = _dataset(plan, args.name, args.file)
        plan.datasets = [d for d in plan.datasets if d.name != data.name]
        result.append(plan)
    print(_("Jeu de données « {name} » retiré du plan.").format(name=data.name))
    return 0

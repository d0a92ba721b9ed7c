"""``zonalplan reference build|search|show|export`` (and ``editions``, ``import``)."""

from __future__ import annotations

import argparse
import json
import textwrap

from zonalplan.i18n import N_, Translated, _, current
from zonalplan.model import PlanError
from zonalplan.reference import (
    KIND_LABELS,
    LEVEL_LABELS,
    ensure_database,
    load_reference,
    translation_note,
)

LANGUAGE_CHOICES = ("fr", "nl", "de")


def _add_language(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: when absent, a language chosen for the whole command line stays in effect.
    p.add_argument("--language", choices=LANGUAGE_CHOICES, default=argparse.SUPPRESS,
                   help=_("langue des intitulés et des textes (fr, nl, de ; par défaut celle "
                          "des messages)"))


def _language(args: argparse.Namespace) -> str:
    return getattr(args, "language", None) or current()


def register(sub: argparse._SubParsersAction) -> None:
    """Add the reference subcommands."""
    ref = sub.add_parser("reference", help=_("données nationales de référence (PNS, NCSI, SSN…)"))
    rsub = ref.add_subparsers(dest="reference_command", metavar="ACTION", required=True)
    p = rsub.add_parser("build", help=_("(re)compiler la base de référence"))
    p.add_argument("--force", action="store_true", help=_("recompiler même si elle est à jour"))
    p.set_defaults(handler=cmd_build)
    p = rsub.add_parser("search", help=_("recherche plein texte (sans accents ni casse)"))
    p.add_argument("query", metavar=_("TEXTE"))
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--source", choices=["pns", "ncsi", "ssn", "goci", "mfa", "pzs"])
    p.add_argument("--json", action="store_true")
    _add_language(p)
    p.set_defaults(handler=cmd_search)
    p = rsub.add_parser("show", help=_("afficher un élément et son texte"))
    p.add_argument("item_id", metavar="ID")
    p.add_argument("--json", action="store_true")
    _add_language(p)
    p.set_defaults(handler=cmd_show)
    p = rsub.add_parser("export", help=_("exporter tous les éléments"))
    p.add_argument("--json", action="store_true", required=True)
    _add_language(p)
    p.set_defaults(handler=cmd_export)
    from zonalplan.cli import edition_cmds  # editions and reference packs

    edition_cmds.register(rsub)


RELATION_LABELS = Translated({"cited": N_("cité par la source"),
                              "derived": N_("correspondance établie"),
                              "equivalent": N_("équivalent"), "related": N_("lié")})
"""How a link was established, as the reference browser names it."""


def cmd_build(args: argparse.Namespace) -> int:
    """Compile the reference database."""
    path = ensure_database(force=args.force)
    ref = load_reference()
    print(_("Base de référence : {path} ({items_by_id} éléments, empreinte {value})").format(
            path=path, items_by_id=len(ref.items_by_id), value=ref.content_hash[:12]))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print ranked full-text search results."""
    hits = load_reference().search(args.query, limit=max(1, args.limit), source=args.source,
                                   language=_language(args))
    if args.json:
        print(json.dumps([{**h.item.to_json(), "score": round(h.score, 3), "snippet": h.snippet}
                          for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(_("Aucun résultat."))
    for h in hits:
        print(f"{h.item.id:22s} {KIND_LABELS.get(h.item.kind, h.item.kind)} — {h.item.label}"
              f"{translation_note(h.item)}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print one item with its text, provenance and links."""
    ref = load_reference()
    lang = _language(args)
    item = ref.item(args.item_id, lang)
    if item is None:
        raise PlanError(_("aucun élément « {item_id} » dans la référence (voir « zonalplan "
                          "reference search »).").format(item_id=args.item_id))
    if args.json:
        data = item.to_json()
        data["children"] = [c.id for c in ref.children(item.id)]
        data["links"] = [{"target": lk.target_id, "relation": lk.relation, "note": lk.note}
                         for lk in ref.links_from(item.id)]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    level = f" ({LEVEL_LABELS[item.level]})" if item.level else ""
    print(" › ".join(item.path))
    print(f"[{item.id}] {KIND_LABELS.get(item.kind, item.kind)}{level}{translation_note(item)}")
    print(_("Source : {reference}").format(reference=item.citation))
    for note in item.printed:
        print(_("Note au lecteur : {note}").format(note=note))
    if item.text:
        for para in item.text.split("\n\n"):
            print(textwrap.fill(para, 100) if not para.startswith("- ") else para)
    for child in ref.children(item.id, lang):
        print(f"  · {child.id} — {child.label}{translation_note(child)}")
    for lk in ref.links_from(item.id):
        target = ref.item(lk.target_id, lang)
        relation = RELATION_LABELS.get(lk.relation, lk.relation)
        print(f"  → {lk.target_id} ({relation}) {target.label if target else ''}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Print every item as JSON, in document order."""
    ref = load_reference()
    print(json.dumps([i.to_json() for i in ref.items(language=_language(args))],
                     ensure_ascii=False, indent=2))
    return 0

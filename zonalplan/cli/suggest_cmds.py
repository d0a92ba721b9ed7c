"""``zonalplan suggest TEXT``: the PNS and NCSI items an objective relates to, and why."""

from __future__ import annotations

import argparse
import json

from zonalplan.i18n import _
from zonalplan.i18n.vocabulary import local_abbreviations
from zonalplan.model import UnusableInputError
from zonalplan.reference import KIND_LABELS, SOURCE_LABELS, load_reference, translation_note

MAX_LIMIT = 50


def register(sub: argparse._SubParsersAction) -> None:
    """Add the suggest subcommand."""
    p = sub.add_parser(
        "suggest", help=_("suggérer les thèmes du PNS et de la NCSI liés à un objectif"),
        description=_("Classe les éléments du PNS (thèmes, sous-thèmes, objectifs locaux, "
                      "conditions, fonctionnement régulier) et de la NCSI (dimensions, thèmes) "
                      "pour un objectif écrit en français, en néerlandais ou en allemand, avec les "
                      "termes qui justifient chaque suggestion."))
    p.add_argument("text", metavar=_("TEXTE"), help=_("intitulé ou phrase de l'objectif"))
    p.add_argument(
        "--limit",
        type=int,
        default=5,
        metavar="N",
        help=_("nombre de suggestions par source (1 à {MAX_LIMIT}, 5 par défaut)").format(
            MAX_LIMIT=MAX_LIMIT
        ),
    )
    p.add_argument("--source", choices=["pns", "ncsi"], help=_("une seule source"))
    p.add_argument("--json", action="store_true", help=_("sortie JSON (liste)"))
    p.add_argument("--language", choices=("fr", "nl", "de"), default=argparse.SUPPRESS,
                   help=_("langue des messages et des intitulés (fr, nl, de)"))
    p.set_defaults(handler=cmd_suggest)


def cmd_suggest(args: argparse.Namespace) -> int:
    """Print the ranked suggestions of each source (or their JSON list)."""
    from zonalplan.alignment.suggest import SuggestIndex

    text = args.text or ""
    if not text.strip():
        raise UnusableInputError(_("le texte de l'objectif est vide : rien à suggérer."))
    if not 1 <= args.limit <= MAX_LIMIT:
        raise UnusableInputError(_("--limit doit être compris entre 1 et {MAX_LIMIT} (reçu : "
                                   "{limit}).").format(MAX_LIMIT=MAX_LIMIT, limit=args.limit))
    index = SuggestIndex.for_reference(load_reference())
    split = index.split(text, args.limit, getattr(args, "language", None))
    sources = [args.source] if args.source else ["pns", "ncsi"]
    ranked = {"pns": split.pns, "ncsi": split.ncsi}
    if args.json:
        print(json.dumps([s.to_json() for src in sources for s in ranked[src]],
                         ensure_ascii=False, indent=2))
        return 0
    for n, source in enumerate(sources):
        if n:
            print()
        print(f"{SOURCE_LABELS[source]} ({local_abbreviations(source.upper())})")
        if not ranked[source]:
            print(_("  Aucune suggestion : aucun élément n'est assez proche de l'objectif."))
        for rank, s in enumerate(ranked[source], start=1):
            kind = s.label or KIND_LABELS.get(s.item.kind, s.item.kind)
            title = "" if s.item.title.lower() in kind.lower() else f" — {s.item.title}"
            print(_("  {rank}. {id:16s} {kind}{title}  [score {score:.2f}]").format(
                    rank=rank, id=s.item.id, kind=kind,
                    title=title + translation_note(s.item), score=s.score))
            for reason in s.why:
                print(f"       · {reason}")
    return 0

"""``zonalplan suggest TEXT``: the PNS and NCSI items an objective relates to, and why."""

from __future__ import annotations

import argparse
import json

from zonalplan.model import UnusableInputError
from zonalplan.reference import KIND_LABELS, SOURCE_LABELS, load_reference, translation_note

MAX_LIMIT = 50


def register(sub: argparse._SubParsersAction) -> None:
    """Add the suggest subcommand."""
    p = sub.add_parser(
        "suggest", help="suggérer les thèmes du PNS et de la NCSI liés à un objectif",
        description="Classe les éléments du PNS (thèmes, sous-thèmes, objectifs locaux, "
                    "conditions, fonctionnement régulier) et de la NCSI (dimensions, thèmes) "
                    "pour un objectif écrit en français ou en néerlandais, avec les termes "
                    "qui justifient chaque suggestion.")
    p.add_argument("text", metavar="TEXTE", help="intitulé ou phrase de l'objectif")
    p.add_argument("--limit", type=int, default=5, metavar="N",
                   help=f"nombre de suggestions par source (1 à {MAX_LIMIT}, 5 par défaut)")
    p.add_argument("--source", choices=["pns", "ncsi"], help="une seule source")
    p.add_argument("--json", action="store_true", help="sortie JSON (liste)")
    p.add_argument("--language", choices=("fr", "nl", "de"), default=argparse.SUPPRESS,
                   help="langue des intitulés (fr, nl, de ; fr par défaut)")
    p.set_defaults(handler=cmd_suggest)


def cmd_suggest(args: argparse.Namespace) -> int:
    """Print the ranked suggestions of each source (or their JSON list)."""
    from zonalplan.alignment.suggest import SuggestIndex

    text = args.text or ""
    if not text.strip():
        raise UnusableInputError("le texte de l'objectif est vide : rien à suggérer.")
    if not 1 <= args.limit <= MAX_LIMIT:
        raise UnusableInputError(f"--limit doit être compris entre 1 et {MAX_LIMIT} "
                                 f"(reçu : {args.limit}).")
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
        print(f"{SOURCE_LABELS[source]} ({source.upper()})")
        if not ranked[source]:
            print("  Aucune suggestion : aucun terme de l'objectif ne correspond.")
        for rank, s in enumerate(ranked[source], start=1):
            kind = s.label or KIND_LABELS.get(s.item.kind, s.item.kind)
            title = "" if s.item.title.lower() in kind.lower() else f" — {s.item.title}"
            print(f"  {rank}. {s.item.id:16s} {kind}{title}{translation_note(s.item)}"
                  f"  [score {s.score:.2f}]")
            for reason in s.why:
                print(f"       · {reason}")
    return 0

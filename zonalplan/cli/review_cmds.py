"""``zonalplan diff``, ``notes``, ``merge-notes`` and ``review``: the reviewers' subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from zonalplan.cli.plan_cmds import add_take_lock, open_for_writing
from zonalplan.store import read_plan


def register(sub: argparse._SubParsersAction) -> None:
    """Add the review subcommands."""
    p = sub.add_parser("diff", help="comparer deux versions d'un plan (fichiers ou versions "
                                    "nommées)")
    p.add_argument("a", type=Path, metavar="A.zplan", help="version « avant »")
    p.add_argument("b", type=Path, nargs="?", metavar="B.zplan",
                   help="version « après » (par défaut : le même fichier que A)")
    p.add_argument("--snapshot-a", type=int, metavar="ID", help="version nommée de A")
    p.add_argument("--snapshot-b", type=int, metavar="ID", help="version nommée de B")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.add_argument("--docx", type=Path, metavar="OUT.docx", help="écrire le rapport de "
                                                                 "comparaison Word")
    p.add_argument("--template", type=Path, metavar="MODELE.docx", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_diff)

    p = sub.add_parser("notes", help="lister les notes de relecture d'un plan")
    p.add_argument("file", type=Path, metavar="FICHIER")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_notes)

    p = sub.add_parser("merge-notes", help="reprendre dans le plan de l'auteur les notes d'un "
                                           "relecteur")
    p.add_argument("author", type=Path, metavar="AUTEUR.zplan")
    p.add_argument("reviewer", type=Path, metavar="RELECTEUR.zplan")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    add_take_lock(p)
    p.set_defaults(handler=cmd_merge_notes)

    p = sub.add_parser("review", help="relire tous les plans d'un dossier (tableau par zone)")
    p.add_argument("folder", type=Path, metavar="DOSSIER")
    p.add_argument("--csv", type=Path, metavar="OUT.csv", help="tableau pour Excel (« ; »)")
    p.add_argument("--docx", type=Path, metavar="OUT.docx", help="synthèse Word")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_review)


def cmd_diff(args: argparse.Namespace) -> int:
    """Print the differences; exit 0 when identical, 1 when different, 2 for unusable input."""
    from zonalplan.review.diff import compare_files
    from zonalplan.review.diff_text import render_text
    from zonalplan.reference import load_reference

    diff = compare_files(args.a, args.b, snapshot_a=args.snapshot_a, snapshot_b=args.snapshot_b,
                         reference=load_reference())
    if args.docx:
        from zonalplan.review.diff_docx import write_diff_docx

        written = write_diff_docx(diff, args.docx, args.template)
        print(f"Rapport de comparaison écrit : {written}", file=sys.stderr)
    if args.json:
        print(json.dumps(diff.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_text(diff), end="")
    return 0 if diff.is_identical else 1


def cmd_notes(args: argparse.Namespace) -> int:
    """List a plan's review notes with their replies."""
    from zonalplan.review.notes import STATUS_LABELS, anchor_label, note_to_json

    plan = read_plan(args.file)
    if args.json:
        print(json.dumps([note_to_json(plan, n) for n in plan.review_notes], ensure_ascii=False,
                         indent=2))
        return 0
    print(plan.title)
    if not plan.review_notes:
        print("Aucune note de relecture.")
        return 0
    opened = sum(1 for n in plan.review_notes if n.status.value == "ouvert")
    print(f"{len(plan.review_notes)} notes, dont {opened} ouvertes.")
    for note in plan.review_notes:
        who = note.author + (f" ({note.role})" if note.role else "")
        print(f"\n[{STATUS_LABELS[note.status]}] {anchor_label(plan, note.anchor)} — {who}, "
              f"{note.date.astimezone().strftime('%d/%m/%Y %H:%M')} (note {note.id})")
        print(f"  {' '.join(note.text.split())}")
        for reply in note.replies:
            rwho = reply.author + (f" ({reply.role})" if reply.role else "")
            print(f"    ↳ {rwho}, {reply.date.astimezone().strftime('%d/%m/%Y %H:%M')} : "
                  f"{' '.join(reply.text.split())}")
    return 0


def cmd_merge_notes(args: argparse.Namespace) -> int:
    """Bring the reviewer's notes into the author's file; refuse when it is locked elsewhere."""
    from zonalplan.review.notes import merge_notes

    reviewer = read_plan(args.reviewer)
    pf = open_for_writing(args.author, args.take_lock, " Les notes n'ont pas été reprises.")
    try:
        merged, summary = merge_notes(pf.load(), reviewer)
        if summary.changed:
            pf.save(merged)
    finally:
        pf.close()
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False, indent=2))
    else:
        print(summary.text())
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    """Print one line per zone plan of a folder and the skipped files; export CSV / DOCX."""
    from zonalplan.review.many import review_folder
    from zonalplan.reference import load_reference

    review = review_folder(args.folder, load_reference())
    if args.csv:
        from zonalplan.review.many_export import write_csv

        print(f"Tableau CSV écrit : {write_csv(review, args.csv)}", file=sys.stderr)
    if args.docx:
        from zonalplan.review.many_export import write_review_docx

        print(f"Synthèse Word écrite : {write_review_docx(review, args.docx)}", file=sys.stderr)
    if args.json:
        print(json.dumps(review.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"Dossier {args.folder} : {len(review.rows)} plans relus, {len(review.skipped)} "
          "fichiers ignorés.")
    for r in review.rows:
        print(f"  {r.zone_number or '----':4s} {(r.zone_name or r.file)[:36]:36s} {r.period:9s} "
              f"{r.objectives:3d} objectifs ({r.priorities} priorités)  {r.errors:3d} erreurs  "
              f"{r.warnings:3d} avertissements")
    if review.skipped:
        print("\nFichiers ignorés :")
        for s in review.skipped:
            print(f"  {s.file} : {s.reason}")
    return 0

"""``zonalplan diff``, ``notes``, ``merge-notes`` and ``review``: the reviewers' subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from zonalplan.cli.plan_cmds import add_take_lock, open_for_writing
from zonalplan.i18n import _, current, using
from zonalplan.store import read_plan


def register(sub: argparse._SubParsersAction) -> None:
    """Add the review subcommands."""
    p = sub.add_parser("diff", help=_("comparer deux versions d'un plan (fichiers ou versions "
                                      "nommées)"))
    p.add_argument("a", type=Path, metavar="A.zplan", help=_("version « avant »"))
    p.add_argument("b", type=Path, nargs="?", metavar="B.zplan",
                   help=_("version « après » (par défaut : le même fichier que A)"))
    p.add_argument("--snapshot-a", type=int, metavar="ID", help=_("version nommée de A"))
    p.add_argument("--snapshot-b", type=int, metavar="ID", help=_("version nommée de B"))
    p.add_argument("--json", action="store_true", help=_("sortie JSON"))
    p.add_argument("--docx", type=Path, metavar="OUT.docx", help=_("écrire le rapport de "
                                                                   "comparaison Word"))
    p.add_argument("--template", type=Path, metavar=_("MODÈLE.docx"), help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_diff)

    p = sub.add_parser("notes", help=_("lister les notes de relecture d'un plan"))
    p.add_argument("file", type=Path, metavar=_("FICHIER"))
    p.add_argument("--json", action="store_true", help=_("sortie JSON"))
    p.set_defaults(handler=cmd_notes)

    p = sub.add_parser("merge-notes", help=_("reprendre dans le plan de l'auteur les notes "
                                             "d'un relecteur"))
    p.add_argument("author", type=Path, metavar=_("AUTEUR.zplan"))
    p.add_argument("reviewer", type=Path, metavar=_("RELECTEUR.zplan"))
    p.add_argument("--json", action="store_true", help=_("sortie JSON"))
    add_take_lock(p)
    p.set_defaults(handler=cmd_merge_notes)

    p = sub.add_parser("review", help=_("relire tous les plans d'un dossier (tableau par zone)"))
    p.add_argument("folder", type=Path, metavar=_("DOSSIER"))
    p.add_argument("--csv", type=Path, metavar="OUT.csv", help=_("tableau pour Excel (« ; »)"))
    p.add_argument("--docx", type=Path, metavar="OUT.docx", help=_("synthèse Word"))
    p.add_argument("--json", action="store_true", help=_("sortie JSON"))
    p.set_defaults(handler=cmd_review)


def cmd_diff(args: argparse.Namespace) -> int:
    """Print the differences; exit 0 when identical, 1 when different, 2 for unusable input."""
    from zonalplan.reference import load_reference
    from zonalplan.review.diff import compare_files
    from zonalplan.review.diff_text import render_text

    diff = compare_files(args.a, args.b, snapshot_a=args.snapshot_a, snapshot_b=args.snapshot_b,
                         reference=load_reference())
    if args.docx:
        from zonalplan.review.diff_docx import write_diff_docx

        report = diff
        if diff.language != current():  # the report speaks the plan's language
            with using(diff.language):
                report = compare_files(args.a, args.b, snapshot_a=args.snapshot_a,
                                       snapshot_b=args.snapshot_b, reference=load_reference())
        written = write_diff_docx(report, args.docx, args.template)
        print(
            _("Rapport de comparaison écrit : {written}").format(written=written), file=sys.stderr
        )
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
        print(_("Aucune note de relecture."))
        return 0
    opened = sum(1 for n in plan.review_notes if n.status.value == "ouvert")
    print(_("{review_notes} notes, dont {opened} ouvertes.").format(
            review_notes=len(plan.review_notes), opened=opened))
    for note in plan.review_notes:
        who = note.author + (f" ({note.role})" if note.role else "")
        print(
            _("\n[{value}] {plan} — {who}, {strftime} (note {id})").format(
                value=STATUS_LABELS[note.status],
                plan=anchor_label(plan, note.anchor),
                who=who,
                strftime=note.date.astimezone().strftime("%d/%m/%Y %H:%M"),
                id=note.id,
            )
        )
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
    pf = open_for_writing(args.author, args.take_lock, _(" Les notes n'ont pas été reprises."))
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
    from zonalplan.reference import load_reference
    from zonalplan.review.many import review_folder

    review = review_folder(args.folder, load_reference())
    if args.csv:
        from zonalplan.review.many_export import write_csv

        print(
            _("Tableau CSV écrit : {review}").format(review=write_csv(review, args.csv)),
            file=sys.stderr,
        )
        for skipped in review.skipped:  # one table per CSV: the skipped files go to stderr
            print(_("Fichier ignoré (absent du tableau CSV) : {file} : {reason}").format(
                file=skipped.file, reason=skipped.reason), file=sys.stderr)
    if args.docx:
        from zonalplan.review.many_export import write_review_docx

        print(_("Synthèse Word écrite : {review}").format(
                review=write_review_docx(review, args.docx)), file=sys.stderr)
    if args.json:
        print(json.dumps(review.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(_("Dossier {folder} : {rows} plans relus, {skipped} fichiers ignorés.").format(
            folder=args.folder, rows=len(review.rows), skipped=len(review.skipped)))
    for r in review.rows:
        print(
            _(
                "  {value:4s} {value2:36s} {period:9s} {objectives:3d} objectifs ({priorities} "
                "priorités)  {errors:3d} erreurs  {warnings:3d} avertissements"
            ).format(
                value=r.zone_number or "----",
                value2=(r.zone_name or r.file)[:36],
                period=r.period,
                objectives=r.objectives,
                priorities=r.priorities,
                errors=r.errors,
                warnings=r.warnings,
            )
        )
    if review.skipped:
        print(_('\nFichiers ignorés :'))
        for s in review.skipped:
            print(f"  {s.file} : {s.reason}")
    return 0

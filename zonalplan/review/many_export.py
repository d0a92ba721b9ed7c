"""Exports of a folder review: CSV for Excel (UTF-8 with BOM, « ; ») and a DOCX summary."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

from zonalplan.i18n import N_, _, current
from zonalplan.review.docx_base import (
    add_figure,
    add_heading,
    add_paragraph,
    add_table,
    document_bytes,
    new_report_document,
    write_atomic,
)
from zonalplan.review.many import DECISION_SHORT, FolderReview
from zonalplan.review.many_chart import chart_caption, chart_source, themes_chart_png

CSV_DELIMITER = ";"
REPORT_TITLE = N_("Relecture des plans zonaux de sécurité")
DECISION_CODES = {
    N_("retenu"): "R",
    N_("régulier"): "FR",
    N_("non retenu"): "NR",
    N_("indécis"): "?",
}
"""Codes of the zone × theme matrix of the Word summary (R, FR, NR, ?)."""


def _date(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def table_rows(review: FolderReview) -> tuple[list[str], list[list[object]]]:
    """Return the header and rows of the review table (one row per zone)."""
    header = [_("Fichier"), _("Zone"), _("Numéro"), _("Période"), _("Dernière modification"),
              _("Objectifs"), _("Priorités"), _("Points d'attention"), _("Erreurs"),
              _("Avertissements"), _("Informations")]
    header += [c.short for c in review.decision_columns]
    header += [_("{dimension} (objectifs)").format(dimension=c.short)
               for c in review.dimension_columns]
    rows: list[list[object]] = []
    for r in review.rows:
        row: list[object] = [r.file, r.zone_name, r.zone_number, r.period, _date(r.modified),
                             r.objectives, r.priorities, r.attention_points, r.errors, r.warnings,
                             r.infos]
        row += [_(r.decision_label(c.id)) for c in review.decision_columns]
        row += [r.dimensions.get(c.id, 0) for c in review.dimension_columns]
        rows.append(row)
    return header, rows


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make Excel or LibreOffice read a cell as a formula."""


def safe_cell(value: object) -> object:
    """Return a CSV cell that a spreadsheet shows as text, never runs as a formula.

    A text starting with ``= + - @``, a tab or a carriage return gets a leading apostrophe (the
    usual spreadsheet mark for « text »); numbers are kept as they are.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(review: FolderReview) -> str:
    """Return the review table as CSV text (« ; » separator, CRLF line ends, no BOM).

    One table only: the skipped files are not appended (a tool reads a CSV file as one table);
    callers report them elsewhere (stderr, JSON, the window's list).
    """
    header, rows = table_rows(review)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    out = [header, *rows]
    writer.writerows([[safe_cell(cell) for cell in row] for row in out])
    return buffer.getvalue()


def write_csv(review: FolderReview, path: str | os.PathLike[str]) -> Path:
    """Write the review table as CSV for Excel (UTF-8 with BOM, « ; ») atomically."""
    return write_atomic(path, csv_text(review).encode("utf-8-sig"))


def build_review_document(review: FolderReview, template: str | os.PathLike[str] | None = None):
    """Return the python-docx document summarising a folder review."""
    document = new_report_document(template, running_title=_(REPORT_TITLE))
    add_heading(document, _(REPORT_TITLE), 1)
    add_paragraph(document, str(review.folder), bold_prefix=_("Dossier : "))
    add_paragraph(document, _("{rows} plans relus, {skipped} fichiers ignorés.").format(
            rows=len(review.rows), skipped=len(review.skipped)), bold_prefix=_("Résultat : "))
    now = dt.datetime.now()
    add_paragraph(document, now.strftime("%d/%m/%Y %H:%M"),
                  bold_prefix=_("Relecture établie le "))

    add_heading(document, _("Zones"), 2)
    add_table(document, [_("Zone"), _("Numéro"), _("Période"), _("Modifié le"), _("Objectifs"),
                         _("Priorités"), _("Erreurs"), _("Avertissements")],
              [[r.zone_name or r.file, r.zone_number, r.period, _date(r.modified)[:10],
                r.objectives, r.priorities, r.errors, r.warnings] for r in review.rows],
              widths=[4, 1.6, 2, 2.2, 1.7, 1.7, 1.6, 2.6])

    add_heading(document, _("Décisions sur les thèmes du Plan national de sécurité"), 2)
    png = themes_chart_png(review)
    if png is None:
        add_paragraph(document, _("Aucun plan relu dans ce dossier : pas de graphique des thèmes "
                                  "retenus par les zones."))
    else:
        add_figure(document, png, chart_caption(), chart_source(review, now))
    totals = review.decision_totals()
    labels = list(dict.fromkeys(DECISION_SHORT.values()))
    add_table(document, [_("Thème du PNS"), *[_(label).capitalize() for label in labels]],
              [[c.heading, *[totals[c.id][label] for label in labels]]
               for c in review.decision_columns])
    add_heading(document, _("Décision de chaque zone"), 3)
    add_paragraph(document, " ; ".join(f"{code} = {_(label)}" for label, code in
                                       DECISION_CODES.items()) + ".", bold_prefix=_("Légende : "))
    add_table(document, [_("Zone"), *[c.number or c.short for c in review.decision_columns]],
              [[r.zone_name or r.file, *[DECISION_CODES[r.decision_label(c.id)]
                                         for c in review.decision_columns]]
               for r in review.rows], widths=[4] + [1] * len(review.decision_columns))

    add_heading(document, _("Couverture des dimensions de la NCSI"), 2)
    add_paragraph(document, _("Nombre d'objectifs de chaque zone liés à chaque dimension "
                              "(directement ou par les thèmes du PNS liés)."))
    add_table(document, [_("Zone"), *[c.short for c in review.dimension_columns]],
              [[r.zone_name or r.file, *[r.dimensions.get(c.id, 0)
                                         for c in review.dimension_columns]]
               for r in review.rows], widths=[4] + [1.5] * len(review.dimension_columns))
    add_paragraph(document, _("Intitulés des dimensions de la NCSI :"))
    add_table(document, [_("Dimension"), _("Titre")],
              [[c.short, c.title_in(current())] for c in review.dimension_columns], widths=[1, 4])

    if review.skipped:
        add_heading(document, _("Fichiers ignorés"), 2)
        add_table(
            document,
            [_("Fichier"), _("Raison")],
            [[s.file, s.reason] for s in review.skipped],
            widths=[1, 2],
        )
    return document


def write_review_docx(review: FolderReview, path: str | os.PathLike[str],
                      template: str | os.PathLike[str] | None = None) -> Path:
    """Write the DOCX summary of a folder review atomically; return the path."""
    return write_atomic(path, document_bytes(build_review_document(review, template)))

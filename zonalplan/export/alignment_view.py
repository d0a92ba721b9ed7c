"""The alignment report as templates see it: figures, coverage matrices, findings by severity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

from zonalplan.alignment.report import Finding, Report
from zonalplan.export import labels as L
from zonalplan.export.richxml import Column, RawXml, Rich, StyleMap, note_xml, table_xml
from zonalplan.i18n import _, ngettext
from zonalplan.i18n.reference_text import item_label, item_title
from zonalplan.i18n.vocabulary import Terms, term
from zonalplan.model import Decision, Plan, Sections
from zonalplan.model.richtext import clean_text
from zonalplan.reference.api import Reference

MATRIX_MAX_COLUMNS = 12
"""Up to this many objectives the coverage is a true matrix; beyond, objectives are listed."""

TEXT_WIDTH = 9070
"""Width of the text column of an A4 page with 2.5 cm margins, in twentieths of a point."""

SHORT_DECISIONS = Terms({d: f"decision.short.{d}"
                        for d in ("retenu", "fonctionnement_regulier", "non_retenu")})


class View(SimpleNamespace):
    """Attributes for templates."""


@dataclass(frozen=True)
class ChartOptions:
    """How the report's charts are placed and dated: the export's picture maker, edition, day."""

    add_image: Callable[[bytes], str] | None
    edition: str
    today: dt.date


def place_label(finding: Finding, plan: Plan, reference: Reference) -> str:
    """Return where a finding applies, in French (« Objectif P1 — … », « Capacité »…)."""
    place = finding.place
    parts = []
    if place.objective_id:
        obj = plan.objective(place.objective_id)
        parts.append(_("Objectif {label}").format(label=obj.label) if obj
                     else _("Objectif supprimé"))
    elif place.chapter == "sections" and place.field in Sections.model_fields:
        title = _(Sections.model_fields[place.field].title or place.field)
        parts.append(title[:1].upper() + title[1:])
    else:
        parts.append(L.PLACE_LABELS.get(place.chapter, place.chapter))
    if place.ref_id:
        item = reference.item(place.ref_id)
        parts.append(item_label(item) if item else place.ref_id)
    return " — ".join(" ".join(clean_text(p).split()) for p in parts if p)


def _decision_short(value: str | None) -> str:
    return SHORT_DECISIONS.get(value or "", term("decision.none"))


def _decision_width() -> int:
    """Return the width of the short decision column (its longest word on one line)."""
    return L.column_width([_("Décision"), *SHORT_DECISIONS.values(), term("decision.none")],
                          1250)


def _matrix(rows: list[tuple[str, str | None, tuple[str, ...], tuple[str, ...]]],
            codes: dict[str, str], styles: StyleMap, *, with_decision: bool,
            first_header: str) -> RawXml:
    """Return the coverage as a matrix (few objectives) or as lists of codes (many)."""
    mark_cols = list(codes.items())
    if len(mark_cols) <= MATRIX_MAX_COLUMNS:
        dec_w = _decision_width() if with_decision else 0
        col_w = (min(800, max(500, (TEXT_WIDTH - 2600 - dec_w) // len(mark_cols)))
                 if mark_cols else 0)
        first_w = TEXT_WIDTH - dec_w - col_w * len(mark_cols)
        columns = [Column(first_header, first_w)]
        if with_decision:
            columns.append(Column(_("Décision"), dec_w))
        columns += [Column(code, col_w, "center", head_size=15) for __, code in mark_cols]
        body = []
        for label, decision, primary, secondary in rows:
            row: list[str | RawXml] = [label]
            if with_decision:
                row.append(_decision_short(decision))
            row += ["●" if oid in primary else "○" if oid in secondary else ""
                    for oid, __ in mark_cols]
            body.append(row)
        return table_xml(columns, body, styles)
    widths = (3600, _decision_width()) if with_decision else (4200, 0)
    rest = TEXT_WIDTH - sum(widths)
    columns = [Column(first_header, widths[0])]
    if with_decision:
        columns.append(Column(_("Décision"), widths[1]))
    columns += [Column(_("Objectifs (lien principal)"), rest // 2),
                Column(_("Objectifs (lien secondaire)"), rest - rest // 2)]
    body = []
    for label, decision, primary, secondary in rows:
        row = [label] + ([_decision_short(decision)] if with_decision else [])
        row += [", ".join(codes[o] for o in primary if o in codes) or "—",
                ", ".join(codes[o] for o in secondary if o in codes) or "—"]
        body.append(row)
    return table_xml(columns, body, styles)


def _summary(plan: Plan, report: Report) -> list[View]:
    figures = dict(report.coverage.summary)
    if not figures:
        themes = report.coverage.themes
        retained = [t for t in themes if t.decision == Decision.RETAINED.value]
        figures = {
            "objectives": len(plan.objectives),
            "linked_objectives": sum(1 for o in plan.objectives if o.links),
            "themes": len(themes),
            "undecided": sum(1 for t in themes if t.decision is None),
            "retained": len(retained),
            "retained_uncovered": sum(1 for t in retained if not t.primary and not t.secondary),
            "dimensions_covered": sum(1 for d in report.coverage.dimensions if d.objectives),
        }
    return [View(label=L.SUMMARY_LABELS.get(k, L.humanize(k)), value=L.number(v, 1))
            for k, v in figures.items()]


def _explanation(report: Report, ran: bool) -> str:
    if report.coverage.explanation:
        return report.coverage.explanation
    text = _(
        "Un thème ou une dimension est couvert lorsqu'au moins un objectif stratégique y est "
        "lié, directement ou par un de ses objectifs et sous-thèmes. Le lien principal (●) "
        "désigne le phénomène que l'objectif traite d'abord ; le lien secondaire (○) une "
        "contribution."
    )
    if not ran:
        text += "\n\n" + _("Le contrôle d'alignement n'était pas disponible lors de cet export : "
                           "la couverture est calculée à partir des liens nationaux des "
                           "objectifs, sans constats.")
    return text


def _numbered(number: str | None, title: str, ref_id: str, reference: Reference) -> str:
    """Return « number title » with the title in the current language."""
    item = reference.item(ref_id)
    if item is not None:
        title = item_title(item)
    return f"{number} {title}" if number else title


def alignment_view(plan: Plan, report: Report, reference: Reference, codes: dict[str, str],
                   styles: StyleMap, *, ran: bool = True, charts: ChartOptions | None = None
                   ) -> View:
    """Return the template view of the alignment report.

    With ``charts`` (the stand-alone report), a coverage chart precedes each matrix.
    """
    pns_chart = ncsi_chart = ""
    if charts is not None:
        from zonalplan.export.alignment_charts import coverage_charts

        pns_chart, ncsi_chart = coverage_charts(plan, report, reference, styles, charts.add_image,
                                                edition=charts.edition, today=charts.today)
    themes = [(_numbered(t.number, t.title, t.ref_id, reference), t.decision, t.primary,
               t.secondary) for t in report.coverage.themes]
    dims = [(_numbered(d.number, d.title, d.ref_id, reference), None, d.objectives, ())
            for d in report.coverage.dimensions]
    groups = []
    for severity in ("erreur", "avertissement", "info"):
        found = report.by_severity(severity)
        groups.append(View(
            severity=severity, title=L.SEVERITY_TITLES[severity], count=len(found),
            findings=[View(place=place_label(f, plan, reference),
                           message=" ".join(clean_text(f.message).split()),
                           hint=" ".join(clean_text(f.hint).split()) or "—") for f in found]))
    counts = report.counts()
    decided = [d for d in plan.decisions if d.decision is not None]
    return View(
        ran=ran,
        counts=View(erreur=counts["erreur"], avertissement=counts["avertissement"],
                    info=counts["info"]),
        counts_text=", ".join((
            ngettext("{n} erreur", "{n} erreurs", counts["erreur"]).format(n=counts["erreur"]),
            ngettext("{n} avertissement", "{n} avertissements",
                     counts["avertissement"]).format(n=counts["avertissement"]),
            ngettext("{n} information", "{n} informations",
                     counts["info"]).format(n=counts["info"]))),
        summary=_summary(plan, report),
        explanation=Rich(_explanation(report, ran), styles, placeholder="—"),
        pns_matrix=RawXml(pns_chart + _matrix(themes, codes, styles, with_decision=True,
                                              first_header=_("Thème ou sous-thème du PNS"))
                          .__html__()),
        ncsi_matrix=RawXml(ncsi_chart + _matrix(dims, codes, styles, with_decision=False,
                                                first_header=_("Dimension de la NCSI"))
                           .__html__()),
        legend=note_xml(_("● lien principal    ○ lien secondaire"), styles),
        groups=groups, has_findings=bool(report.findings),
        decisions_count=len(decided),
    )

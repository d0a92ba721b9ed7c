"""Charts of the alignment report: objectives per PNS theme and per NCSI dimension.

Each chart comes before its coverage matrix, numbered, with its caption and its source (the
plan's objectives and decisions, the national frame's edition, the date) in the « Mention »
style, in the plan's language. A plan whose objectives serve no theme gets a sentence instead of
an empty drawing.
"""

from __future__ import annotations

import datetime as dt

from zonalplan.alignment.chart_data import CoverageBar, dimension_bars, theme_bars
from zonalplan.alignment.report import Report
from zonalplan.export.alignment_view import SHORT_DECISIONS
from zonalplan.export.figures import ImageMaker, caption_xml
from zonalplan.export.richxml import StyleMap, note_xml, paragraph, text_run
from zonalplan.i18n import _, current
from zonalplan.i18n.formats import short_date
from zonalplan.i18n.reference_text import item_title
from zonalplan.i18n.vocabulary import term
from zonalplan.model import Plan
from zonalplan.reference.api import Reference

PRIORITY_COLOUR, ATTENTION_COLOUR, SECONDARY_COLOUR = "#1f4e79", "#9dc3e6", "#d9d9d9"


def _segments(with_secondary: bool):
    from zonalplan.evidence.charts import Segment

    segments = [Segment(_("Priorités"), PRIORITY_COLOUR),
                Segment(_("Points d'attention"), ATTENTION_COLOUR)]
    if with_secondary:
        segments.append(Segment(_("Lien secondaire"), SECONDARY_COLOUR))
    return segments


def _label(bar: CoverageBar, reference: Reference, *, decision: bool) -> str:
    item = reference.item(bar.ref_id)
    title = item_title(item) if item is not None else bar.title
    text = f"{bar.number} {title}" if bar.number else title
    if len(text) > 44:
        text = text[:43] + "…"
    if decision:
        text += f" ({SHORT_DECISIONS.get(bar.decision or '', term('decision.none')).lower()})"
    return text


def _png(bars: list[CoverageBar], reference: Reference, *, themes: bool) -> bytes:
    from zonalplan.evidence.charts import render_stacked_png

    rows = [(_label(bar, reference, decision=themes),
             (bar.priorities, bar.attention_points, bar.secondary)[:3 if themes else 2])
            for bar in bars]
    return render_stacked_png(rows, _segments(themes), axis_label=_("nombre d'objectifs"),
                              decimal_comma=current() in ("fr", "nl", "de"))


def _source(plan: Plan, edition: str, today: dt.date) -> str:
    return _("Source : objectifs et décisions du plan « {title} », {edition} ; état au "
             "{date}.").format(title=" ".join(plan.title.split()), edition=edition,
                               date=short_date(today))


def coverage_charts(plan: Plan, report: Report, reference: Reference, styles: StyleMap,
                    add_image: ImageMaker | None, *, edition: str,
                    today: dt.date) -> tuple[str, str]:
    """Return the XML placed before the PNS matrix and before the NCSI matrix.

    Without ``add_image`` (a template check) only the captions are written.
    """
    kinds = {o.id: o.kind for o in plan.objectives}
    node_ids = [n.id for n in reference.decision_nodes]
    themes = theme_bars(report.coverage, kinds, node_ids)
    dimensions = dimension_bars(report.coverage, kinds)
    source = note_xml(_source(plan, edition, today), styles).__html__()
    out = []
    for number, (bars, is_themes) in enumerate(((themes, True), (dimensions, False)), start=1):
        if not bars or not any(bar.total for bar in bars):
            empty = (_("Aucun objectif du plan n'est encore lié à un thème du PNS : le graphique "
                       "de couverture apparaîtra avec les premiers liens.") if is_themes else
                     _("Aucun objectif du plan ne sert encore une dimension de la NCSI : le "
                       "graphique de couverture apparaîtra avec les premiers liens."))
            out.append(paragraph(text_run(empty), styles.get("body")))
            continue
        caption = (_("Objectifs du plan liés à chaque thème du PNS décidé par la zone (priorités "
                     "et points d'attention par lien principal ; autres objectifs par lien "
                     "secondaire), avec la décision de la zone") if is_themes else
                   _("Objectifs du plan au service de chaque dimension de la NCSI (liens "
                     "directs ou par les thèmes du PNS)"))
        body = add_image(_png(bars, reference, themes=is_themes)) if add_image else ""
        out.append(body + caption_xml(number, caption, styles) + source)
    return out[0], out[1]

"""The data a Word template sees: plain, cleaned views of the plan (never the Plan itself).

Templates get simple objects with attributes (documented in ``templates/docx/README.md``); every
string is cleaned of characters XML cannot hold and free text comes as :class:`Rich` values.
Handing templates copies keeps the plan untouched whatever a template does.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from zonalplan.alignment.report import Report
from zonalplan.export import labels as L
from zonalplan.export.alignment_view import ChartOptions, alignment_view
from zonalplan.export.figures import ImageMaker, chapter_inserts, matrix_xml
from zonalplan.export.national import (
    abbreviations_used,
    link_label,
    own_abbreviations_used,
    plan_texts,
)
from zonalplan.export.richxml import Rich, StyleMap, bullets_xml
from zonalplan.i18n import N_, _, current
from zonalplan.i18n.reference_text import (
    item_citation,
    item_label,
    item_text,
    item_title,
    translation_status,
)
from zonalplan.i18n.vocabulary import (
    DOCUMENT_ABBREVIATIONS,
    abbreviations,
    local_abbreviations,
    term,
)
from zonalplan.model import (
    AUTHOR_KIND_LABELS,
    DECISION_LABELS,
    DOMAIN_LABELS,
    FUNCTIONALITY_LABELS,
    KIND_LABELS,
    CZSRole,
    Domain,
    Functionality,
    Objective,
    Plan,
)
from zonalplan.model.richtext import clean_text
from zonalplan.reference.api import Reference


class View(SimpleNamespace):
    """Attributes for templates (no dict methods to shadow names such as ``values``)."""


def line(text: str | None) -> str:
    """Return short text cleaned for XML, on one line."""
    return " ".join(clean_text(text or "").split())


def _zone(plan: Plan) -> View:
    zone = plan.zone
    name = line(zone.name) or term("org.zone")
    number = line(zone.number)
    communes = [line(c.name) for c in zone.communes]
    return View(name=name, number=number, display=f"{name} ({number})" if number else name,
                communes=communes, communes_text=L.join_list(communes),
                province=line(zone.province), district=line(zone.judicial_district),
                region=term(f"region.{zone.region.value}") if zone.region else "",
                population=L.number(zone.total_population, empty=""),
                population_text=(_("{count} habitants").format(
                    count=L.number(zone.total_population))
                    if zone.total_population is not None else _("non précisée")),
                area=L.number(zone.area_km2, 1, empty=""),
                area_text=(f"{L.number(zone.area_km2, 1)}\u00a0km²" if zone.area_km2 is not None
                           else _("non précisée")),
                pluricommunal=zone.pluricommunal)


def _doc(plan: Plan, zone: View, snapshot_label: str | None, reference: Reference,
         today: dt.date) -> View:
    period = f"{plan.period.start_year}-{plan.period.end_year}"
    version = (line(snapshot_label) or line(plan.approval.version_label)
               or _("Document de travail"))
    pns = reference.editions.get("pns")
    heading = term("doc.pzs")
    return View(title=f"{heading} {period} — {zone.display}",
                short_title=f"{heading} {period}", heading=heading, language=current(),
                version=version, date=L.long_date(today), generated=L.short_date(today),
                classification=line(plan.approval.classification),
                snapshot=line(snapshot_label),
                reference_edition=local_abbreviations(line(plan.metadata.reference_edition))
                or (f"{term('abbr.pns')} {pns}" if pns else ""), translation_note="")


def translation_note(items: list[Any]) -> str:
    """Return the cover's note on the national titles' translation (empty in French)."""
    statuses = {translation_status(item) for item in items}
    parts = []
    if "working" in statuses:
        parts.append(_("Les titres du cadre national sont des traductions de travail faites pour "
                       "ZonalPlan ; seul le texte officiel fait foi."))
    if "missing" in statuses:
        parts.append(_("Les titres sans traduction sont imprimés en français, marqués « [fr] »."))
    return " ".join(parts)


WORDING = {"verbatim": N_("texte officiel"), "summary": N_("résumé ZonalPlan"),
           "composed": N_("texte ZonalPlan")}
"""Whose words a cited item's text is, said discreetly after its citation."""


def _cited(item: Any) -> str:
    """Return where an item is cited from, with whose words its text is (« · résumé ZonalPlan »)."""
    note = WORDING.get(getattr(item, "wording", None) or "")
    return item_citation(item) + (f" · {_(note)}" if note else "")


def _indicator(ind) -> View:
    def value(v: float | None, year: int | None) -> str:
        text = L.number(v, 2)
        return f"{text} ({year})" if year and v is not None else (text if v is not None else
                                                                  (f"— ({year})" if year
                                                                   else "—"))
    return View(name=line(ind.name), unit=line(ind.unit) or "—",
                baseline=value(ind.baseline_value, ind.baseline_year),
                target=value(ind.target_value, ind.target_year),
                source=line(ind.source) or "—", frequency=line(ind.frequency) or "—")


def _links(obj: Objective, reference: Reference) -> list[View]:
    out = []
    for link in obj.links:
        item = reference.item(link.ref_id)
        weight = L.LINK_WEIGHT_LABELS.get(link.weight.value, link.weight.value)
        if item is None:
            out.append(View(label=_("Élément national inconnu « {id} »").format(
                                id=line(link.ref_id)),
                            weight=weight, citation=_("absent du référentiel chargé"),
                            ref_id=line(link.ref_id)))
        else:
            out.append(View(label=line(link_label(item, reference)), weight=weight,
                            citation=line(_cited(item)), ref_id=item.id))
    return out


def _capacity_text(obj: Objective) -> str:
    parts = []
    if obj.capacity_fte is not None:
        parts.append(L.fte(obj.capacity_fte))
    if obj.capacity_hours is not None:
        parts.append(_("{hours} heures par an").format(hours=L.number(obj.capacity_hours, 0)))
    return " — ".join(parts) or _("Non précisée")


def objective_view(obj: Objective, index: int, reference: Reference, styles: StyleMap) -> View:
    """Return the template view of one strategic objective."""
    partners = [line(p) for p in obj.partners if line(p)]
    links = _links(obj, reference)
    return View(
        id=obj.id, index=index, code=line(obj.code) or f"O{index}", title=line(obj.title),
        label=line(obj.label), kind=KIND_LABELS[obj.kind], domain=DOMAIN_LABELS[obj.domain],
        description=Rich(obj.description, styles), rationale=Rich(obj.rationale, styles),
        chain=View(prevention=Rich(obj.chain.prevention, styles),
                   repression=Rich(obj.chain.repression, styles),
                   aftercare=Rich(obj.chain.aftercare, styles)),
        partners=partners, partners_text="; ".join(partners) or "—",
        owner=line(obj.owner) or "—",
        tactical_list=[line(t) for t in obj.tactical_objectives],
        tactical=_Bullets(obj.tactical_objectives, styles),
        indicators=[_indicator(i) for i in obj.indicators],
        links=links, linked=bool(links),
        local_justification=Rich(obj.local_justification, styles,
                                 placeholder=_("Justification locale à compléter.")),
        capacity=_capacity_text(obj), fte=L.fte(obj.capacity_fte),
    )


class _Bullets:
    """A list of texts printed as bullet items by ``{{p x.paragraphs }}``."""

    __slots__ = ("_styles", "_texts")

    def __init__(self, texts: list[str], styles: StyleMap):
        self._texts, self._styles = texts, styles

    @property
    def paragraphs(self):
        """Return the items as bullet paragraphs."""
        from zonalplan.export.richxml import RawXml
        return RawXml(bullets_xml(self._texts, self._styles,
                                  placeholder=_("Aucun objectif tactique n'est défini.")))

    def __bool__(self) -> bool:
        return any(t.strip() for t in self._texts)

    def __str__(self) -> str:
        return "; ".join(line(t) for t in self._texts)


def _pns_themes(plan: Plan, report: Report, reference: Reference, codes: dict[str, str],
                styles: StyleMap) -> list[View]:
    coverage = {t.ref_id: t for t in report.coverage.themes}
    rows = []
    for node in reference.pns_nodes:
        decision = plan.decision_for(node.id)
        required = reference.requires_decision(node.id)
        if decision is None and not required:
            continue  # no local-police objective and nothing decided: not a zone matter
        cov = coverage.get(node.id)
        linked = [codes[o] for o in (cov.primary + cov.secondary if cov else ()) if o in codes]
        rows.append(View(
            id=node.id, number=line(node.number), title=line(item_title(node)),
            label=line(item_label(node)),
            level="subtheme" if node.kind == "pns_subtheme" else "theme",
            decision=(DECISION_LABELS[decision.decision] if decision else term("decision.none"))
            + ("" if required else _(" (sans objectif pour la police locale)")),
            justification=Rich(decision.justification if decision else "", styles,
                               placeholder="—"),
            objectives=", ".join(linked) or "—", citation=line(_cited(node))))
    return rows


def _capacity(plan: Plan, objectives: list[View], styles: StyleMap) -> View:
    cap = plan.capacity
    available = cap.available_fte
    func_total = sum(cap.functionalities.values()) if cap.functionalities else None
    base = available or func_total
    funcs = [View(label=FUNCTIONALITY_LABELS[f], fte=L.fte(cap.functionalities.get(f)),
                  share=L.percent(cap.functionalities.get(f), base)) for f in Functionality]
    obj_rows = [View(label=o.label, fte=L.fte(src.capacity_fte),
                     hours=L.number(src.capacity_hours, 0))
                for o, src in zip(objectives, plan.objectives)]
    obj_total = sum(o.capacity_fte or 0.0 for o in plan.objectives)
    allocated = (func_total or 0.0) + (cap.federal_missions_fte or 0.0) + obj_total
    if available is None:
        balance = _("La capacité disponible n'est pas renseignée : le solde ne peut être "
                    "calculé.")
    elif allocated <= available + 1e-9:
        balance = _("Sur {available} disponibles, {allocated} sont attribués ({share}) ; "
                    "{rest} restent disponibles pour la direction, l'appui et les imprévus."
                    ).format(available=L.fte(available), allocated=L.fte(allocated),
                             share=L.percent(allocated, available),
                             rest=L.fte(available - allocated))
    else:
        balance = _("La capacité attribuée ({allocated}) dépasse la capacité disponible "
                    "({available}) de {excess}.").format(
                        allocated=L.fte(allocated), available=L.fte(available),
                        excess=L.fte(allocated - available))
    return View(
        reference_date=L.long_date(cap.reference_date, _("non précisée")),
        headcount=L.number(cap.headcount, empty=_("non précisé")),
        available=L.fte(available, _("non précisée")),
        functionalities=funcs, functionalities_total=L.fte(func_total),
        functionalities_share=L.percent(func_total, base),
        federal=L.fte(cap.federal_missions_fte, _("non précisées")),
        federal_share=L.percent(cap.federal_missions_fte, base),
        objectives=obj_rows, objectives_total=L.fte(obj_total),
        objectives_share=L.percent(obj_total, base),
        allocated=L.fte(allocated), allocated_share=L.percent(allocated, available),
        balance=balance, note=Rich(cap.note, styles, placeholder="—"))


def _chief(plan: Plan) -> View | None:
    chief = next((m for m in plan.czs_members if m.role is CZSRole.CHIEF_OF_POLICE), None)
    if chief is None:
        return None
    return View(name=line(chief.name), role=line(chief.function) or term("role.chief"))


def approval_status(plan: Plan) -> str:
    """Return ``draft`` or ``approved``: approved once sent to or approved by the ministers.

    The CZS approves the plan before it is sent to the ministers (art. 37 LPI), so a sending or a
    ministerial approval date proves the CZS approval; a CZS date alone is the session the draft
    is submitted to.
    """
    app = plan.approval
    return "approved" if app.submitted_date or app.approved_date else "draft"


def _approval(plan: Plan) -> View:
    app = plan.approval
    date = L.long_date(app.czs_date)
    status = approval_status(plan)
    if status == "approved":
        sentence = _("Approuvé par le conseil zonal de sécurité en sa séance du {date}.").format(
            date=date or "………………………")
    elif app.czs_date:
        sentence = _("Projet soumis au conseil zonal de sécurité du {date}.").format(
            date=L.short_date(app.czs_date))
    else:
        sentence = _("Projet de plan : la séance du conseil zonal de sécurité qui l'examinera "
                     "n'est pas encore fixée.")
    blank = "……………………………"
    return View(date=date, date_short=L.short_date(app.czs_date, ""), place=line(app.place),
                date_field=L.short_date(app.czs_date, blank), place_field=line(app.place) or blank,
                sentence=sentence, submitted=L.long_date(app.submitted_date),
                approved=L.long_date(app.approved_date), status=status,
                draft=status == "draft")


def build_context(plan: Plan, reference: Reference, report: Report, styles: StyleMap, *,
                  snapshot_label: str | None = None, today: dt.date | None = None,
                  check_ran: bool = True, add_image: ImageMaker | None = None,
                  alignment_annex: bool | None = None,
                  alignment_charts: ImageMaker | None = None) -> dict[str, Any]:
    """Return the template context of a plan (see ``templates/docx/README.md``).

    ``add_image`` places pictures in the document (the export gives it); the zone's figures go
    between the paragraphs of their chapters, the argument matrix after its chapter's text.
    ``alignment_annex``: print the alignment report as annex A (None: yes for a draft, no once the
    plan is approved, the version sent to the ministers). ``alignment_charts``: place the coverage
    charts of the alignment report with it (the stand-alone report for reviewers).
    """
    today = today or dt.date.today()
    if alignment_annex is None:
        alignment_annex = approval_status(plan) == "draft"
    zone = _zone(plan)
    sec = plan.sections
    inserts = chapter_inserts(plan, styles, add_image)
    matrix = matrix_xml(plan, styles)
    if matrix:
        inserts.setdefault("argument_matrix", []).append((10_000, matrix))

    def chapter(key: str) -> Rich:
        return Rich(getattr(sec, key), styles, inserts=inserts.get(key, ()))

    objectives = [objective_view(o, i, reference, styles)
                  for i, o in enumerate(plan.objectives, start=1)]
    codes = {o.id: o.code for o in objectives}
    domains = [View(key=d.value, title=title,
                    objectives=[o for o, src in zip(objectives, plan.objectives)
                                if src.domain is d])
               for d, title in ((Domain.EXTERNAL, term("domain.externe.short")),
                                (Domain.INTERNAL, term("domain.interne.short")))]
    expectations = [View(kind=AUTHOR_KIND_LABELS[e.author_kind], author=line(e.author),
                         heading=line(e.author) or AUTHOR_KIND_LABELS[e.author_kind],
                         text=Rich(e.text, styles)) for e in plan.expectations]
    texts = [*plan_texts(plan), DOCUMENT_ABBREVIATIONS[current()]]
    glossary = [(line(g.title), line(item_text(g)))
                for g in abbreviations_used(texts, reference.glossary())]
    own = abbreviations()
    glossary += [(abbr, own[abbr]) for abbr in own_abbreviations_used(texts, own)
                 if abbr not in {a for a, _m in glossary}]
    glossary.sort(key=lambda entry: entry[0].casefold())
    doc = _doc(plan, zone, snapshot_label, reference, today)
    if current() != "fr":
        shown = [reference.item(link.ref_id) for o in plan.objectives for link in o.links]
        doc.translation_note = translation_note(
            [i for i in shown if i is not None] + list(reference.pns_nodes))
    return {
        "doc": doc,
        "zone": zone,
        "period": View(start=plan.period.start_year, end=plan.period.end_year,
                       label=f"{plan.period.start_year}-{plan.period.end_year}"),
        "headings": View(**{**dict(L.HEADINGS), **({} if alignment_annex else {
            "annex_glossary": term("chapter.annex_glossary_alone")})}),
        "options": View(alignment_annex=alignment_annex),
        "foreword": chapter("foreword"),
        "env": View(territory=chapter("env_territory"),
                    crime=chapter("env_crime"),
                    road_safety=chapter("env_road_safety"),
                    survey=chapter("env_survey"),
                    internal=chapter("env_internal"),
                    lessons=chapter("env_lessons")),
        "mission": Rich(sec.mission, styles), "vision": Rich(sec.vision, styles),
        "values": Rich(sec.values, styles),
        "expectations": expectations,
        "argument_matrix": chapter("argument_matrix"),
        "domains": domains, "objectives": objectives,
        "non_retained": Rich(sec.non_retained, styles),
        "pns_themes": _pns_themes(plan, report, reference, codes, styles),
        "capacity": _capacity(plan, objectives, styles),
        "communication": View(internal=Rich(sec.communication_internal, styles),
                              external=Rich(sec.communication_external, styles)),
        "czs": [View(name=line(m.name), role=line(m.role_label), commune=line(m.commune))
                for m in plan.czs_members],
        "chief": _chief(plan),
        "approval": _approval(plan),
        "alignment": alignment_view(
            plan, report, reference, codes, styles, ran=check_ran,
            charts=ChartOptions(alignment_charts, doc.reference_edition, today)
            if alignment_charts else None),
        "glossary": [View(abbr=abbr, meaning=meaning) for abbr, meaning in glossary],
    }

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
from zonalplan.export.alignment_view import alignment_view
from zonalplan.export.national import abbreviations_used, link_label, plan_texts
from zonalplan.export.richxml import Rich, StyleMap, bullets_xml
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
    name = line(zone.name) or "Zone de police"
    number = line(zone.number)
    communes = [line(c.name) for c in zone.communes]
    return View(name=name, number=number, display=f"{name} ({number})" if number else name,
                communes=communes, communes_text=L.join_fr(communes),
                province=line(zone.province), district=line(zone.judicial_district),
                region=zone.region.value if zone.region else "",
                population=L.number(zone.total_population, empty=""),
                population_text=(f"{L.number(zone.total_population)} habitants"
                                 if zone.total_population is not None else "non précisée"),
                area=L.number(zone.area_km2, 1, empty=""),
                area_text=(f"{L.number(zone.area_km2, 1)}\u00a0km²" if zone.area_km2 is not None
                           else "non précisée"),
                pluricommunal=zone.pluricommunal)


def _doc(plan: Plan, zone: View, snapshot_label: str | None, reference: Reference,
         today: dt.date) -> View:
    period = f"{plan.period.start_year}-{plan.period.end_year}"
    version = line(snapshot_label) or line(plan.approval.version_label) or "Document de travail"
    pns = reference.editions.get("pns")
    return View(title=f"Plan zonal de sécurité {period} — {zone.display}",
                short_title=f"Plan zonal de sécurité {period}", heading="Plan zonal de sécurité",
                version=version, date=L.french_date(today), generated=L.short_date(today),
                classification=line(plan.approval.classification),
                snapshot=line(snapshot_label),
                reference_edition=line(plan.metadata.reference_edition)
                or (f"PNS {pns}" if pns else ""))


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
            out.append(View(label=f"Élément national inconnu « {line(link.ref_id)} »",
                            weight=weight, citation="absent du référentiel chargé",
                            ref_id=line(link.ref_id)))
        else:
            out.append(View(label=line(link_label(item, reference)), weight=weight,
                            citation=line(item.citation), ref_id=item.id))
    return out


def _capacity_text(obj: Objective) -> str:
    parts = []
    if obj.capacity_fte is not None:
        parts.append(L.fte(obj.capacity_fte))
    if obj.capacity_hours is not None:
        parts.append(f"{L.number(obj.capacity_hours, 0)} heures par an")
    return " — ".join(parts) or "Non précisée"


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
                                 placeholder="Justification locale à compléter."),
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
                                  placeholder="Aucun objectif tactique n'est défini."))

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
            id=node.id, number=line(node.number), title=line(node.title), label=line(node.label),
            level="subtheme" if node.kind == "pns_subtheme" else "theme",
            decision=(DECISION_LABELS[decision.decision] if decision else "Non décidé")
            + ("" if required else " (sans objectif pour la police locale)"),
            justification=Rich(decision.justification if decision else "", styles,
                               placeholder="—"),
            objectives=", ".join(linked) or "—", citation=line(node.citation)))
    return rows


def _capacity(plan: Plan, objectives: list[View], styles: StyleMap) -> View:
    cap = plan.capacity
    available = cap.available_fte
    func_total = sum(cap.functionalities.values()) if cap.functionalities else None
    base = available or func_total
    funcs = [View(label=FUNCTIONALITY_LABELS[f], fte=L.number(cap.functionalities.get(f), 2),
                  share=L.percent(cap.functionalities.get(f), base)) for f in Functionality]
    obj_rows = [View(label=o.label, fte=L.number(src.capacity_fte, 2),
                     hours=L.number(src.capacity_hours, 0))
                for o, src in zip(objectives, plan.objectives)]
    obj_total = sum(o.capacity_fte or 0.0 for o in plan.objectives)
    allocated = (func_total or 0.0) + (cap.federal_missions_fte or 0.0) + obj_total
    if available is None:
        balance = "La capacité disponible n'est pas renseignée : le solde ne peut être calculé."
    elif allocated <= available + 1e-9:
        balance = (f"Sur {L.fte(available)} disponibles, {L.fte(allocated)} sont attribués "
                   f"({L.percent(allocated, available)}) ; "
                   f"{L.fte(available - allocated)} restent disponibles pour la direction, "
                   "l'appui et les imprévus.")
    else:
        balance = (f"La capacité attribuée ({L.fte(allocated)}) dépasse la capacité disponible "
                   f"({L.fte(available)}) de {L.fte(allocated - available)}.")
    return View(
        reference_date=L.french_date(cap.reference_date, "non précisée"),
        headcount=L.number(cap.headcount, empty="non précisé"),
        available=L.fte(available, "non précisée"),
        functionalities=funcs, functionalities_total=L.number(func_total, 2),
        functionalities_share=L.percent(func_total, base),
        federal=L.fte(cap.federal_missions_fte, "non précisées"),
        federal_share=L.percent(cap.federal_missions_fte, base),
        objectives=obj_rows, objectives_total=L.number(obj_total, 2),
        objectives_share=L.percent(obj_total, base),
        allocated=L.fte(allocated), allocated_share=L.percent(allocated, available),
        balance=balance, note=Rich(cap.note, styles, placeholder="—"))


def _chief(plan: Plan) -> View | None:
    chief = next((m for m in plan.czs_members if m.role is CZSRole.CHIEF_OF_POLICE), None)
    if chief is None:
        return None
    return View(name=line(chief.name), role=line(chief.function) or "Chef de corps")


def _approval(plan: Plan) -> View:
    app = plan.approval
    date = L.french_date(app.czs_date)
    sentence = ("Approuvé par le conseil zonal de sécurité en sa séance du "
                f"{date or '………………………'}.")
    blank = "……………………………"
    return View(date=date, date_short=L.short_date(app.czs_date, ""), place=line(app.place),
                date_field=L.short_date(app.czs_date, blank), place_field=line(app.place) or blank,
                sentence=sentence, submitted=L.french_date(app.submitted_date),
                approved=L.french_date(app.approved_date))


def build_context(plan: Plan, reference: Reference, report: Report, styles: StyleMap, *,
                  snapshot_label: str | None = None, today: dt.date | None = None,
                  check_ran: bool = True) -> dict[str, Any]:
    """Return the template context of a plan (see ``templates/docx/README.md``)."""
    today = today or dt.date.today()
    zone = _zone(plan)
    sec = plan.sections
    objectives = [objective_view(o, i, reference, styles)
                  for i, o in enumerate(plan.objectives, start=1)]
    codes = {o.id: o.code for o in objectives}
    domains = [View(key=d.value, title=title,
                    objectives=[o for o, src in zip(objectives, plan.objectives)
                                if src.domain is d])
               for d, title in ((Domain.EXTERNAL, "Sécurité et qualité de vie"),
                                (Domain.INTERNAL, "Gestion opérationnelle optimale"))]
    expectations = [View(kind=AUTHOR_KIND_LABELS[e.author_kind], author=line(e.author),
                         heading=line(e.author) or AUTHOR_KIND_LABELS[e.author_kind],
                         text=Rich(e.text, styles)) for e in plan.expectations]
    glossary = abbreviations_used(
        [*plan_texts(plan), L.DOCUMENT_VOCABULARY], reference.glossary())
    return {
        "doc": _doc(plan, zone, snapshot_label, reference, today),
        "zone": zone,
        "period": View(start=plan.period.start_year, end=plan.period.end_year,
                       label=f"{plan.period.start_year}-{plan.period.end_year}"),
        "headings": View(**L.HEADINGS),
        "foreword": Rich(sec.foreword, styles),
        "env": View(territory=Rich(sec.env_territory, styles), crime=Rich(sec.env_crime, styles),
                    road_safety=Rich(sec.env_road_safety, styles),
                    survey=Rich(sec.env_survey, styles), internal=Rich(sec.env_internal, styles),
                    lessons=Rich(sec.env_lessons, styles)),
        "mission": Rich(sec.mission, styles), "vision": Rich(sec.vision, styles),
        "values": Rich(sec.values, styles),
        "expectations": expectations,
        "argument_matrix": Rich(sec.argument_matrix, styles),
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
        "alignment": alignment_view(plan, report, reference, codes, styles, ran=check_ran),
        "glossary": [View(abbr=line(g.title), meaning=line(g.text)) for g in glossary],
    }

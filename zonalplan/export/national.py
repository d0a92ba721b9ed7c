"""National frame as printed in the plan: link labels, theme coverage, abbreviations used."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from zonalplan.alignment.report import Coverage, DimensionCoverage, Report, ThemeCoverage
from zonalplan.export.labels import FLAT_KIND_PREFIX
from zonalplan.i18n import _
from zonalplan.i18n.reference_text import item_label, item_title
from zonalplan.i18n.vocabulary import Terms
from zonalplan.model import LinkWeight, Plan, PlanError
from zonalplan.reference.api import Item, Reference

_LEVELS = Terms({"federal": "level.federal", "local": "level.local",
                 "integrated": "level.integrated"})

log = logging.getLogger(__name__)


def link_label(item: Item, reference: Reference) -> str:
    """Return the official numbered label of a national item.

    For example « PNS 2026-2029 — 5 Sécurité routière — objectif 1 (Police Locale) : Renforcer la
    sécurité routière dans l'environnement local ».
    """
    chain = [a for a in reversed(reference.ancestors(item.id)) if a.kind != "pns_chapter"]
    parts = [item.path[0]] if item.path else []
    if item.kind in FLAT_KIND_PREFIX and not chain:
        parts.append(FLAT_KIND_PREFIX[item.kind])
    parts += [item_label(a) for a in chain]
    if item.kind == "pns_objective":
        level = _LEVELS[item.level] if item.level in _LEVELS else item.level or ""
        number = (_("objectif {number}").format(number=item.number) if item.number
                  else _("objectif"))
        title = item_title(item)
        parts.append(_("{objective} ({level}) : {title}").format(
            objective=number, level=level, title=title) if level
            else _("{objective} : {title}").format(objective=number, title=title))
    else:
        parts.append(item_label(item))
    return " — ".join(p for p in parts if p)


def _under(reference: Reference, ref_id: str) -> set[str]:
    """Return the id and the ids of the ancestors of a national item."""
    return {ref_id} | {a.id for a in reference.ancestors(ref_id)}


def fallback_coverage(plan: Plan, reference: Reference) -> Coverage:
    """Compute the PNS and NCSI coverage from the plan's links (used when no check is available)."""
    primary: dict[str, list[str]] = {}
    secondary: dict[str, list[str]] = {}
    for objective in plan.objectives:
        for link in objective.links:
            if link.ref_id not in reference:
                continue
            target = primary if link.weight is LinkWeight.PRIMARY else secondary
            for node in _under(reference, link.ref_id):
                ids = target.setdefault(node, [])
                if objective.id not in ids:
                    ids.append(objective.id)
    themes = []
    for node in reference.decision_nodes:
        decision = plan.decision_for(node.id)
        first = tuple(primary.get(node.id, ()))
        themes.append(ThemeCoverage(node.id, node.number, node.title,
                                    decision.decision.value if decision else None, first,
                                    tuple(o for o in secondary.get(node.id, ()) if o not in first)))
    dimensions = []
    for dim in reference.items(kind="ncsi_dimension"):
        ids = list(primary.get(dim.id, []))
        ids += [o for o in secondary.get(dim.id, []) if o not in ids]
        dimensions.append(DimensionCoverage(dim.id, dim.number, dim.title, tuple(ids)))
    return Coverage(themes=themes, dimensions=dimensions)


def run_check(plan: Plan, reference: Reference) -> tuple[Report, bool]:
    """Return the alignment report and whether the real check ran (else an empty report).

    When the check refuses the plan or the reference (a :class:`PlanError` with its French
    reason), the document is still written, with the coverage computed from the links, and the
    result carries a warning. Any other exception is a bug and is raised.
    """
    from zonalplan import alignment

    try:
        return alignment.check(plan, reference), True
    except PlanError as exc:
        log.warning("Contrôle d'alignement impossible : %s", exc)
        return Report(), False


def plan_texts(plan: Plan) -> Iterable[str]:
    """Yield every piece of text the plan prints (for the glossary scan)."""
    yield from plan.sections.model_dump().values()
    for exp in plan.expectations:
        yield exp.author
        yield exp.text
    for obj in plan.objectives:
        yield from (obj.title, obj.code, obj.description, obj.rationale, obj.owner,
                    obj.local_justification, obj.chain.prevention, obj.chain.repression,
                    obj.chain.aftercare)
        yield from obj.partners
        yield from obj.tactical_objectives
        for ind in obj.indicators:
            yield from (ind.name, ind.unit, ind.source, ind.frequency)
    for dec in plan.decisions:
        yield dec.justification
    yield plan.capacity.note
    yield plan.zone.name
    for member in plan.czs_members:
        yield member.function


def _words_used(texts: Iterable[str], words: Iterable[str]) -> set[str]:
    """Return which of ``words`` occur as whole words in the texts."""
    words = [w for w in words if w.strip()]
    if not words:
        return set()
    pattern = re.compile(r"(?<!\w)(" + "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    found: set[str] = set()
    for text in texts:
        if text:
            found.update(pattern.findall(text))
    return found


def abbreviations_used(texts: Iterable[str], glossary: list[Item]) -> list[Item]:
    """Return the glossary entries whose abbreviation occurs as a whole word in the texts."""
    found = _words_used(texts, [g.title for g in glossary])
    return [g for g in glossary if g.title in found]


def own_abbreviations_used(texts: Iterable[str], known: dict[str, str]) -> list[str]:
    """Return the abbreviations of ``known`` that occur as whole words in the texts."""
    found = _words_used(texts, known)
    return [a for a in known if a in found]

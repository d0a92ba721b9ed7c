"""Coverage matrices: PNS themes × objectives and NCSI dimensions × objectives."""

from __future__ import annotations

from zonalplan.alignment.report import Coverage, DimensionCoverage, ThemeCoverage
from zonalplan.i18n import _
from zonalplan.i18n.reference_text import item_title
from zonalplan.model import LinkWeight, Plan
from zonalplan.reference import Reference

DECISION_KEYS = ("retenu", "fonctionnement_regulier", "non_retenu", "indecis")


def ancestors_and_self(reference: Reference, ref_id: str) -> list[str]:
    """Return ``ref_id`` and the ids of its ancestors (nearest first), chapters excluded."""
    return [ref_id, *(a.id for a in reference.ancestors(ref_id) if a.kind != "pns_chapter")]


def covered_nodes(reference: Reference, ref_id: str) -> set[str]:
    """Return every item an objective linked to ``ref_id`` counts for.

    A link counts for the item, its ancestors (an objective of sub-theme 1.1 serves theme 1), and the
    NCSI items the PNS item is linked to (a PNS theme cites its NCSI dimensions), with their ancestors.
    """
    key = (reference.content_hash, ref_id)
    if key not in _COVERED:
        _COVERED[key] = frozenset(_covered_nodes(reference, ref_id))
    return set(_COVERED[key])


_COVERED: dict[tuple[str, str], frozenset[str]] = {}


def _covered_nodes(reference: Reference, ref_id: str) -> set[str]:
    if ref_id not in reference:
        return set()
    nodes = set(ancestors_and_self(reference, ref_id))
    for node in list(nodes):
        for link in reference.links_from(node):
            if link.target_id.startswith("ncsi."):
                nodes.update(ancestors_and_self(reference, link.target_id))
    return nodes


def objective_nodes(plan: Plan, reference: Reference) -> dict[str, tuple[set[str], set[str]]]:
    """Return, per objective id, the (primary, secondary) sets of items it covers."""
    result: dict[str, tuple[set[str], set[str]]] = {}
    for obj in plan.objectives:
        primary: set[str] = set()
        secondary: set[str] = set()
        for link in obj.links:
            target = primary if link.weight == LinkWeight.PRIMARY else secondary
            target.update(covered_nodes(reference, link.ref_id))
        result[obj.id] = (primary, secondary - primary)
    return result


def compute_coverage(plan: Plan, reference: Reference,
                     nodes: dict[str, tuple[set[str], set[str]]] | None = None) -> Coverage:
    """Return the coverage matrices and the summary of decisions."""
    nodes = nodes if nodes is not None else objective_nodes(plan, reference)
    decisions = {d.ref_id: d.decision.value for d in plan.decisions}
    themes = []
    for item in reference.items(source="pns", kind=("pns_theme", "pns_subtheme")):
        primary = tuple(o for o, (p, _) in nodes.items() if item.id in p)
        secondary = tuple(o for o, (p, s) in nodes.items() if item.id in s and o not in primary)
        themes.append(ThemeCoverage(item.id, item.number, item_title(item), decisions.get(item.id),
                                    primary, secondary))
    dimensions = []
    for dim in reference.items(source="ncsi", kind="ncsi_dimension"):
        objs = tuple(o for o, (p, s) in nodes.items() if dim.id in p or dim.id in s)
        dimensions.append(DimensionCoverage(dim.id, dim.number, item_title(dim), objs))
    summary = dict.fromkeys(DECISION_KEYS, 0)
    decision_ids = [n.id for n in reference.decision_nodes]
    for ref_id in decision_ids:
        summary[decisions.get(ref_id) or "indecis"] += 1
    summary["total"] = len(decision_ids)
    summary["objectifs_lies"] = sum(1 for o in plan.objectives if o.links)
    summary["objectifs"] = len(plan.objectives)
    summary["dimensions_couvertes"] = sum(1 for d in dimensions if d.objectives)
    explanation = (
        _("{total} thèmes et sous-thèmes du PNS fixent des objectifs pour la police locale : "
          "{retained} retenus comme priorité, {regular} suivis en fonctionnement régulier, "
          "{not_retained} non retenus, {undecided} sans décision. {linked} objectifs sur "
          "{objectives} sont liés au cadre national ; {covered} dimensions de la NCSI sur "
          "{dimensions} sont couvertes par au moins un objectif (directement ou par les "
          "dimensions que cite le thème du PNS lié).").format(
            total=summary["total"], retained=summary["retenu"],
            regular=summary["fonctionnement_regulier"], not_retained=summary["non_retenu"],
            undecided=summary["indecis"], linked=summary["objectifs_lies"],
            objectives=summary["objectifs"], covered=summary["dimensions_couvertes"],
            dimensions=len(dimensions)))
    return Coverage(themes, dimensions, summary, explanation)

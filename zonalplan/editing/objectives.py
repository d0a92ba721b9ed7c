"""Build the commands that edit objectives: codes, new elements, national links."""

from __future__ import annotations

import re

from zonalplan.commands import InsertElement, SetValue
from zonalplan.i18n import _
from zonalplan.model import (
    Domain,
    Indicator,
    LinkWeight,
    NationalLink,
    Objective,
    ObjectiveKind,
    Plan,
    PlanError,
    new_id,
)

NOT_LINKABLE_KINDS = ("glossary_term", "pns_chapter", "pzs_chapter", "pzs_czs_role")
"""Reference items that are not national priorities an objective can be linked to."""

CODE_PREFIX = {ObjectiveKind.PRIORITY: "P", ObjectiveKind.ATTENTION_POINT: "PA"}


def propose_code(plan: Plan, kind: ObjectiveKind) -> str:
    """Return the next free code for ``kind``: P1, P2… for priorities, PA1, PA2… otherwise."""
    prefix = CODE_PREFIX[kind]
    pattern = re.compile(rf"^{prefix}(\d+)$", re.IGNORECASE)
    used = {int(m.group(1)) for o in plan.objectives if (m := pattern.match(o.code.strip()))}
    number = 1
    while number in used:
        number += 1
    return f"{prefix}{number}"


def insertion_index(plan: Plan, kind: ObjectiveKind) -> int:
    """Return where a new objective of ``kind`` goes: after the last one of the same kind."""
    last = -1
    for position, objective in enumerate(plan.objectives):
        if objective.kind == kind:
            last = position
    if last >= 0:
        return last + 1
    if kind == ObjectiveKind.PRIORITY:
        return 0
    return len(plan.objectives)


def new_objective(plan: Plan, kind: ObjectiveKind, domain: Domain, title: str) -> Objective:
    """Return a fresh objective with a new id and a proposed code."""
    return Objective(id=new_id(), code=propose_code(plan, kind), title=title, kind=kind,
                     domain=domain)


def duplicate_objective(plan: Plan, source: Objective, suffix: str) -> Objective:
    """Return a copy of ``source`` with new ids (objective and indicators) and a proposed code."""
    copy = source.model_copy(deep=True)
    copy.id = new_id()
    copy.code = propose_code(plan, source.kind)
    copy.title = f"{source.title}{suffix}"[:500]
    for indicator in copy.indicators:
        indicator.id = new_id()
    return copy


def new_indicator(name: str) -> Indicator:
    """Return a new, empty indicator."""
    return Indicator(id=new_id(), name=name)


def add_link_command(plan: Plan, objective_id: str, ref_id: str,
                     weight: LinkWeight | None = None, *,
                     text: str | None = None) -> SetValue | None:
    """Return the command linking an objective to a national item, or None if already linked.

    Without an explicit weight, the first link is primary and the next ones secondary. Raise
    PlanError when the objective no longer exists.
    """
    objective = plan.objective(objective_id)
    if objective is None:
        raise PlanError(_("L'objectif n'existe plus."))
    if any(link.ref_id == ref_id for link in objective.links):
        return None
    if weight is None:
        has_primary = any(link.weight == LinkWeight.PRIMARY for link in objective.links)
        weight = LinkWeight.SECONDARY if has_primary else LinkWeight.PRIMARY
    links = [link.model_copy() for link in objective.links]
    links.append(NationalLink(ref_id=ref_id, weight=weight))
    return SetValue(("objectives", objective_id, "links"), links,
                    text=text or _("Lier à un élément national"))


def remove_link_command(plan: Plan, objective_id: str, ref_id: str, *,
                        text: str | None = None) -> SetValue | None:
    """Return the command removing one national link of an objective, or None if absent."""
    objective = plan.objective(objective_id)
    if objective is None or not any(link.ref_id == ref_id for link in objective.links):
        return None
    links = [link.model_copy() for link in objective.links if link.ref_id != ref_id]
    return SetValue(("objectives", objective_id, "links"), links,
                    text=text or _("Supprimer un lien national"))


def set_weight_command(plan: Plan, objective_id: str, ref_id: str, weight: LinkWeight, *,
                       text: str | None = None) -> SetValue | None:
    """Return the command changing the weight of one link, or None when nothing changes."""
    objective = plan.objective(objective_id)
    if objective is None:
        return None
    links = [link.model_copy() for link in objective.links]
    changed = False
    for link in links:
        if link.ref_id == ref_id and link.weight != weight:
            link.weight = weight
            changed = True
    if not changed:
        return None
    return SetValue(("objectives", objective_id, "links"), links,
                    text=text or _("Modifier le poids d'un lien"))


def insert_objective_command(plan: Plan, objective: Objective, index: int,
                             text: str) -> InsertElement:
    """Return the command inserting an objective at ``index``."""
    return InsertElement(("objectives",), objective, index=index, text=text)

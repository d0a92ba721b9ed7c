"""Findings about the editions of the national frame a plan is written against.

When a newer edition of a source applies to the plan's period (a pack brought the NCSI
2026-2029, say) and the plan still records the older one, the check lists what changes for this
plan: linked items renamed, moved or removed, and new items worth a decision.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from zonalplan.alignment.report import Finding, Place
from zonalplan.i18n import _
from zonalplan.reference.editions import (
    Pack,
    apply_packs,
    newest_editions,
    plan_editions,
    record_of,
)

if TYPE_CHECKING:
    from zonalplan.model import Plan
    from zonalplan.reference import Reference

DECISION_KINDS = ("pns_theme", "pns_subtheme", "ncsi_dimension", "ncsi_theme", "ncsi_subtheme",
                  "pns_regular_theme")
MAX_LISTED = 12


def plan_links(plan: Plan) -> set[str]:
    """Return the national items a plan links to or decides on."""
    return ({lk.ref_id for o in plan.objectives for lk in o.links}
            | {d.ref_id for d in plan.decisions})


def changes_for_plan(plan: Plan, old: Reference, new: Reference, source: str) -> list[str]:
    """Return, in the current language, what changes for a plan between two wordings of one
    source."""
    out: list[str] = []
    for ref_id in sorted(plan_links(plan)):
        before = old.item(ref_id)
        if before is None or before.source != source:
            continue
        after = new.item(ref_id)
        if after is None:
            out.append(_("« {label} » ({id}), lié au plan, est retiré")
                       .format(label=before.label, id=ref_id))
            continue
        if after.title != before.title or after.number != before.number:
            out.append(_("« {label} » ({id}), lié au plan, est renommé « {new} »")
                       .format(label=before.label, id=ref_id, new=after.label))
        if after.parent_id != before.parent_id:
            parent = new.item(after.parent_id or "")
            out.append(_("« {label} » ({id}), lié au plan, est déplacé sous « {parent} »")
                       .format(label=after.label, id=ref_id,
                               parent=parent.label if parent else _("la racine")))
    for item in new.items(source=source, kind=DECISION_KINDS):
        if old.item(item.id) is None:
            out.append(_("nouvel élément « {label} » ({id}) : à examiner et décider")
                       .format(label=item.label, id=item.id))
    return out


def rule_newer_edition(plan: Plan, reference: Reference) -> Iterator[Finding]:
    """A newer edition applies to the plan's period: say what changes for this plan."""
    base = getattr(reference, "base", reference)
    current = plan_editions(plan, base)
    newest = newest_editions(plan, base)
    for source, edition in sorted(newest.items()):
        mine = current.get(source)
        if mine is None or mine.id == edition.id or edition.valid_from <= mine.valid_from:
            continue
        packs: dict[str, Pack | None] = {s: e.pack for s, e in current.items()}
        old = apply_packs(base, [p for p in packs.values() if p is not None])
        packs[source] = edition.pack
        new = apply_packs(base, [p for p in packs.values() if p is not None])
        changes = changes_for_plan(plan, old, new, source)
        listed = "; ".join(changes[:MAX_LISTED]) + (
            _("; et {count} autre(s)").format(count=len(changes) - MAX_LISTED)
            if len(changes) > MAX_LISTED else "")
        moved = dict(current, **{source: edition})
        yield Finding(
            "edition", "avertissement" if changes else "info",
            _("Une édition plus récente s'applique à la période du plan : {new} (le plan "
              "cite {old}). ").format(new=edition.label, old=mine.label)
            + (_("Ce qui change pour ce plan : {listed}.").format(listed=listed) if changes
               else _("Rien ne change pour les éléments liés au plan.")),
            Place("period", field="reference_edition"),
            _("Passez le plan à l'édition « {record} » (Zone et CZS, édition du référentiel) "
              "après avoir revu ces liens.").format(record=record_of(moved)))

"""Choose the edition set of the national frame a plan is written against (an undoable command).

The desktop editions dialog and scripts list the installed editions with :func:`edition_rows`
(which one the plan cites, which one applies to its period, which one a newer edition replaces),
show what would change for the plan with :func:`changes_on_choosing`, and choose one with
:func:`choose_edition_command`: a :class:`~zonalplan.commands.SetValue` of
``metadata.reference_edition``, undone like any other edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from zonalplan.alignment.rules_editions import changes_for_plan
from zonalplan.commands import SetValue
from zonalplan.i18n import _
from zonalplan.model import PlanError
from zonalplan.reference.editions import (
    Edition,
    apply_packs,
    editions,
    newest_editions,
    plan_editions,
    record_of,
)

if TYPE_CHECKING:
    from zonalplan.model import Plan
    from zonalplan.reference import Reference

CHOOSABLE_SOURCES = ("pns", "ncsi")
"""The sources whose edition a plan records (the others have a single edition)."""


@dataclass(frozen=True)
class EditionRow:
    """One installed edition as the plan sees it."""

    edition: Edition
    chosen: bool
    """The plan is written against this edition."""
    applies: bool
    """The edition is valid in the plan's first year."""
    newest: bool
    """The newest edition valid in the plan's first year for its source."""
    superseded: bool
    """A newer edition of the same source is installed (this one is the previous edition)."""

    @property
    def status(self) -> str:
        """Return how the edition stands for the plan, in the reader's language."""
        if self.chosen:
            return _("édition du plan")
        if self.newest and self.applies:
            return _("plus récente, valable pour la période du plan")
        if self.superseded:
            return _("édition précédente")
        return _("autre édition")

    @property
    def origin(self) -> str:
        """Return where the edition comes from, in the reader's language."""
        return {"base": _("référence intégrée"), "intégrée": _("paquet intégré"),
                "importée": _("paquet importé")}.get(self.edition.origin, self.edition.origin)


def base_reference(reference: Reference) -> Reference:
    """Return the compiled reference behind a view worded by packs."""
    return getattr(reference, "base", reference)


def edition_rows(plan: Plan, reference: Reference,
                 sources: tuple[str, ...] = CHOOSABLE_SOURCES) -> list[EditionRow]:
    """Return the installed editions of the sources a plan records, by source then date."""
    base = base_reference(reference)
    known = [e for e in editions(base) if e.source in sources]
    chosen = plan_editions(plan, base)
    newest = newest_editions(plan, base)
    start = plan.period.start_year
    rows = []
    for e in known:
        later = any(o.source == e.source and o.valid_from > e.valid_from for o in known)
        rows.append(EditionRow(e, chosen.get(e.source) == e,
                               e.valid_from <= start <= e.valid_to,
                               newest.get(e.source) == e, later))
    rows.sort(key=lambda r: (sources.index(r.edition.source), r.edition.valid_from))
    return rows


def plan_edition_record(plan: Plan, reference: Reference) -> str:
    """Return the edition set a plan is written against (« PNS 2026-2029 / NCSI 2026-2029 »)."""
    return record_of(plan_editions(plan, base_reference(reference)))


def _find(reference: Reference, edition_id: str) -> Edition:
    for e in editions(base_reference(reference)):
        if e.id == edition_id and e.source in CHOOSABLE_SOURCES:
            return e
    raise PlanError(_("Édition inconnue : « {edition} ». Elle n'est pas installée.")
                    .format(edition=edition_id))


def changes_on_choosing(plan: Plan, reference: Reference, edition_id: str) -> list[str]:
    """Return what changes for a plan's linked items if it moves to an edition (raise PlanError)."""
    base = base_reference(reference)
    target = _find(base, edition_id)
    current = plan_editions(plan, base)
    if current.get(target.source) == target:
        return []
    old = apply_packs(base, [e.pack for e in current.values() if e.pack is not None])
    moved = dict(current, **{target.source: target})
    new = apply_packs(base, [e.pack for e in moved.values() if e.pack is not None])
    return changes_for_plan(plan, old, new, target.source)


def choose_edition_command(plan: Plan, reference: Reference, edition_id: str) -> SetValue | None:
    """Return the command making a plan cite an edition (None when it already does)."""
    base = base_reference(reference)
    target = _find(base, edition_id)
    current = plan_editions(plan, base)
    record = record_of(dict(current, **{target.source: target}))
    if current.get(target.source) == target and plan.metadata.reference_edition == record:
        return None
    return SetValue(("metadata", "reference_edition"), record,
                    text=_("Citer l'édition {edition}").format(edition=target.label))

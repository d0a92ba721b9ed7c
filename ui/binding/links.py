"""Commands on an objective's national links, with their undo texts in the user's language.

Shared by the objectives editor and the reference browser; the rules are in
:mod:`zonalplan.editing.objectives`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zonalplan.commands import SetValue
from zonalplan.editing import add_link_command, remove_link_command, set_weight_command
from zonalplan.model import LinkWeight, Plan


def _tr(text: str) -> str:
    return QCoreApplication.translate("objectives", text)


def add_link(plan: Plan, objective_id: str, ref_id: str,
             weight: LinkWeight | None = None) -> SetValue | None:
    """Return the command linking an objective to a national item (None: already linked)."""
    return add_link_command(plan, objective_id, ref_id, weight,
                            text=_tr("Lier à un élément national"))


def remove_link(plan: Plan, objective_id: str, ref_id: str) -> SetValue | None:
    """Return the command removing one national link of an objective (None: absent)."""
    return remove_link_command(plan, objective_id, ref_id, text=_tr("Supprimer un lien national"))


def set_weight(plan: Plan, objective_id: str, ref_id: str, weight: LinkWeight) -> SetValue | None:
    """Return the command changing the weight of one link (None: nothing changes)."""
    return set_weight_command(plan, objective_id, ref_id, weight,
                              text=_tr("Modifier le poids d'un lien"))

"""Table model of the PNS themes and sub-themes the zone must decide on, with its decisions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ui.binding.session_table import SessionTableModel
from zonalplan.alignment.coverage import objective_nodes
from zonalplan.commands import InsertElement, RemoveElement, SetValue
from zonalplan.i18n import current
from zonalplan.model import Decision, Plan, PriorityDecision
from zonalplan.reference.api import Reference

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession


Index = QModelIndex | QPersistentModelIndex
COL_NUMBER, COL_TITLE, COL_DECISION, COL_JUSTIFICATION, COL_OBJECTIVES, COL_TEXT = range(6)
REF_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UNDECIDED = ""
DECISION_COLORS = {
    Decision.RETAINED.value: "#dcefe0",
    Decision.REGULAR.value: "#e3ecfa",
    Decision.NOT_RETAINED.value: "#eeeeee",
    UNDECIDED: "#fdecea",
}


def linked_objectives(plan: Plan, reference: Reference) -> dict[str, tuple[list[str], list[str]]]:
    """Return, per national item id, the codes of objectives linked to it (primary, secondary).

    A link to an item counts for the item and its ancestors, as the alignment check counts it.
    """
    nodes = objective_nodes(plan, reference)
    result: dict[str, tuple[list[str], list[str]]] = {}
    for objective in plan.objectives:
        primary, secondary = nodes.get(objective.id, (set(), set()))
        code = objective.code or objective.title[:20]
        for ref_id in primary:
            result.setdefault(ref_id, ([], []))[0].append(code)
        for ref_id in secondary:
            result.setdefault(ref_id, ([], []))[1].append(code)
    return result


def decision_command(plan: Plan, order: list[str], ref_id: str, decision: str,
                     texts: dict[str, str]) -> Any | None:
    """Return the command setting the decision on ``ref_id`` ("" = indécis), or None if unchanged.

    A new decision goes after the last decision that comes before it in ``order`` (the reference's
    document order), so the list keeps the order of the PNS.
    """
    existing = plan.decision_for(ref_id)
    if not decision:
        if existing is None:
            return None
        return RemoveElement(("decisions",), ref_id, text=texts["remove"])
    value = Decision(decision)
    if existing is not None:
        if existing.decision == value:
            return None
        return SetValue(("decisions", ref_id, "decision"), value, text=texts["set"])
    rank = {node: i for i, node in enumerate(order)}
    mine = rank.get(ref_id, len(order))
    index = 0
    for position, other in enumerate(plan.decisions):
        if rank.get(other.ref_id, len(order)) < mine:
            index = position + 1
    return InsertElement(("decisions",), PriorityDecision(ref_id=ref_id, decision=value),
                         index=index, text=texts["set"])


class DecisionsModel(SessionTableModel):
    """Rows are every PNS theme and sub-theme; the decision column is editable.

    Themes without an objective for the local police are shown in grey: a decision is optional.
    """

    EDITABLE_COLUMNS = frozenset({COL_DECISION})

    decision_requested = Signal(str, str)  # ref id, decision value ("" = indécis)

    def __init__(self, session: PlanSession, reference: Reference, parent: Any = None) -> None:
        super().__init__(session, parent)
        self._reference = reference
        self.nodes = [reference.localize(n, current()) for n in reference.pns_nodes] \
            if reference is not None else []  # titles in the interface language
        self.required = ({n.id for n in reference.decision_nodes} if reference is not None
                         else set())
        self._linked: dict[str, tuple[list[str], list[str]]] = {}
        self._links_signature: tuple = ()
        self._headers = [self.tr("N°"), self.tr("Thème du PNS"), self.tr("Décision"),
                         self.tr("Justification"), self.tr("Objectifs liés"),
                         self.tr("Texte officiel")]
        self.labels = {
            Decision.RETAINED.value: self.tr("Retenu (priorité)"),
            Decision.REGULAR.value: self.tr("Fonctionnement régulier – point d'attention"),
            Decision.NOT_RETAINED.value: self.tr("Non retenu"),
            UNDECIDED: self.tr("(indécis)"),
        }
        self.short_labels = {
            Decision.RETAINED.value: self.tr("Retenu"),
            Decision.REGULAR.value: self.tr("Fonct. régulier"),
            Decision.NOT_RETAINED.value: self.tr("Non retenu"),
            UNDECIDED: self.tr("(indécis)"),
        }
        self.refresh_links()

    def choices(self) -> list[tuple[str, str]]:
        """Return the decision choices as (label, value) pairs."""
        return [(label, value) for value, label in self.labels.items()]

    def refresh_links(self) -> bool:
        """Recompute the objectives linked to every node and repaint; False if nothing changed."""
        plan = self._session.plan
        signature = tuple((o.code, tuple((lk.ref_id, lk.weight) for lk in o.links))
                          for o in plan.objectives)
        if signature == self._links_signature:
            return False
        self._links_signature = signature
        if self._reference is not None:
            self._linked = linked_objectives(plan, self._reference)
        self.refresh()
        return True

    def refresh(self) -> None:
        """Repaint every row (decisions or links changed)."""
        if self.nodes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.nodes) - 1, COL_TEXT))

    def row_of(self, ref_id: str) -> int:
        """Return the row of a node, or -1."""
        return next((i for i, n in enumerate(self.nodes) if n.id == ref_id), -1)

    def decision_of(self, ref_id: str) -> str:
        """Return the decision value on a node ("" when undecided)."""
        decision = self._session.plan.decision_for(ref_id)
        return decision.decision.value if decision else UNDECIDED

    def linked_codes(self, ref_id: str) -> tuple[list[str], list[str]]:
        """Return the codes of the objectives linked to a node (primary, secondary)."""
        return self._linked.get(ref_id, ([], []))

    # -- Qt model API --------------------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self.nodes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.nodes[index.row()]
        column = index.column()
        decision = self._session.plan.decision_for(node.id)
        value = decision.decision.value if decision else UNDECIDED
        if role == REF_ID_ROLE:
            return node.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column, decision, value)
        if role == Qt.ItemDataRole.EditRole and column == COL_DECISION:
            return value
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_DECISION:
            return QBrush(QColor(DECISION_COLORS[value]))
        if role == Qt.ItemDataRole.FontRole and (node.kind == "pns_theme" and column < 2
                                                 or column == COL_TEXT):
            font = QFont()
            font.setBold(node.kind == "pns_theme" and column < 2)
            font.setUnderline(column == COL_TEXT)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_TEXT:
            return QBrush(QColor("#1a5fb4"))
        if (role == Qt.ItemDataRole.ForegroundRole and node.id not in self.required
                and column in (COL_NUMBER, COL_TITLE)):
            return QBrush(QColor("#77767b"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column, decision)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_DECISION \
                or role != Qt.ItemDataRole.EditRole:
            return False
        value = value or UNDECIDED
        if value not in self.labels:
            return False
        self.decision_requested.emit(self.nodes[index.row()].id, value)
        return True

    # -- private -------------------------------------------------------------------------------

    def _display(self, node: Any, column: int, decision: Any, value: str) -> Any:
        if column == COL_NUMBER:
            return node.number or ""
        if column == COL_TITLE:
            return ("    " if node.kind == "pns_subtheme" else "") + node.title
        if column == COL_DECISION:
            if value == UNDECIDED and node.id not in self.required:
                return self.tr("(facultatif)")
            return self.short_labels[value]
        if column == COL_JUSTIFICATION:
            text = decision.justification if decision else ""
            first = text.strip().split("\n", 1)[0]
            return first if len(first) <= 90 else first[:88].rstrip() + "…"
        if column == COL_OBJECTIVES:
            primary, secondary = self.linked_codes(node.id)
            return ", ".join(primary + [f"({code})" for code in secondary])
        return self.tr("Afficher…")

    def _tooltip(self, node: Any, column: int, decision: Any) -> str | None:
        if column == COL_JUSTIFICATION and decision and decision.justification:
            return decision.justification[:1500]
        if column == COL_OBJECTIVES:
            return self.tr("Objectifs du plan liés à ce thème ou à ses objectifs ; entre "
                           "parenthèses, les liens secondaires.")
        if column == COL_TEXT:
            return self.tr("Afficher le texte officiel du PNS pour ce thème")
        if column == COL_DECISION:
            value = self.decision_of(node.id)
            optional = "" if node.id in self.required else "\n" + self.tr(
                "Le PNS ne fixe pas d'objectif à la police locale pour ce thème : la décision "
                "est facultative.")
            return self.labels[value] + optional + "\n" + self.tr(
                "Double-cliquez pour choisir la décision de la zone")
        return node.reference

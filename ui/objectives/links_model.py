"""Table model of one objective's national links, shown with their official number and title."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ui.binding.session_table import SessionTableModel
from zonalplan.i18n import current
from zonalplan.model import LinkWeight

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.reference.api import Reference


Index = QModelIndex | QPersistentModelIndex
COL_ITEM, COL_SOURCE, COL_WEIGHT = range(3)


def source_label(reference: Reference, item: Any) -> str:
    """Return the short title of an item's document, e.g. « PNS 2026-2029 »."""
    return item.path[0] if item.path else item.source.upper()


def describe_item(reference: Reference, item: Any) -> str:
    """Return an item's label with its parent's, e.g. « 2 Sécurité sociétale › 1 Délits … »."""
    from zonalplan.reference.api import LEVEL_LABELS

    label = item.label
    if item.level in LEVEL_LABELS and item.kind == "pns_objective":
        label = f"{label} ({LEVEL_LABELS[item.level]})"
    parent = reference.item(item.parent_id, current()) if item.parent_id else None
    if parent is not None and parent.kind not in ("pns_chapter",):
        return f"{parent.label} › {label}"
    return label


def item_tooltip(reference: Reference, item: Any, extra: list[str] | None = None) -> str:
    """Return a rich tooltip: label, kind, citation, extra lines and the start of the text."""
    from html import escape

    from zonalplan.i18n.reference_text import item_citation
    from zonalplan.reference.api import KIND_LABELS

    text = item.text if len(item.text) < 600 else item.text[:600].rsplit(" ", 1)[0] + " …"
    html = [f"<b>{escape(item.label)}</b><br>",
            f"<i>{escape(KIND_LABELS.get(item.kind, item.kind))} — {escape(item_citation(item))}</i>"]
    if extra:
        html.append("<p>" + "<br>".join(escape(line) for line in extra) + "</p>")
    if text:
        html.append("<p>" + escape(text).replace("\n", "<br>") + "</p>")
    return "<qt>" + "".join(html) + "</qt>"


class LinksModel(SessionTableModel):
    """Rows are the national links of the objective shown in the form."""

    EDITABLE_COLUMNS = frozenset({COL_WEIGHT})

    weight_requested = Signal(str, object)  # ref id, LinkWeight

    def __init__(self, session: PlanSession, reference: Reference, parent: Any = None) -> None:
        super().__init__(session, parent)
        self._reference = reference
        self._objective_id: str | None = None
        self._rows: list[tuple[str, LinkWeight]] = []
        self._headers = [self.tr("Élément national"), self.tr("Document"), self.tr("Poids")]
        self.weights = {LinkWeight.PRIMARY: self.tr("Principal"),
                        LinkWeight.SECONDARY: self.tr("Secondaire")}

    def set_objective(self, objective_id: str | None) -> None:
        """Show the links of another objective."""
        self._objective_id = objective_id
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        """Re-read the links of the objective."""
        objective = (self._session.plan.objective(self._objective_id)
                     if self._objective_id else None)
        rows = [(lk.ref_id, lk.weight) for lk in objective.links] if objective else []
        if force or [r[0] for r in rows] != [r[0] for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows != self._rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 2))

    def ref_id(self, row: int) -> str | None:
        """Return the national item id at ``row``."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, ref_id: str) -> int:
        """Return the row of a linked item, or -1."""
        return next((i for i, r in enumerate(self._rows) if r[0] == ref_id), -1)

    # -- Qt model API --------------------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ref_id, weight = self._rows[index.row()]
        item = self._reference.item(ref_id, current()) if self._reference is not None else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ITEM:
                if item is None:
                    return self.tr("Élément inconnu (%1)").replace("%1", ref_id)
                return describe_item(self._reference, item)
            if column == COL_SOURCE:
                return source_label(self._reference, item) if item else ""
            return self.weights[weight]
        if role == Qt.ItemDataRole.EditRole and column == COL_WEIGHT:
            return weight.value
        if role == Qt.ItemDataRole.ToolTipRole:
            if item is None:
                return self.tr("Cet identifiant n'existe pas dans le référentiel national chargé.")
            return item_tooltip(self._reference, item)
        if role == Qt.ItemDataRole.ForegroundRole and item is None:
            return QColor("#c62828")
        if role == Qt.ItemDataRole.FontRole and column == COL_WEIGHT \
                and weight == LinkWeight.PRIMARY:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_WEIGHT or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            weight = LinkWeight(value)
        except ValueError:
            return False
        self.weight_requested.emit(self._rows[index.row()][0], weight)
        return True

"""Item models of the reference browser: one tree per source, a flat list of search hits.

Both are ``QStandardItemModel`` subclasses (a few hundred items at most) that can be dragged: the
mime data carries the item ids as ``application/x-zonalplan-ref``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from ui.binding.selection import REF_MIME
from zonalplan.i18n import current
from zonalplan.reference.api import KIND_LABELS

if TYPE_CHECKING:
    from zonalplan.reference.api import Reference


REF_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCE_ORDER = ("pns", "ncsi", "ssn", "goci", "mfa", "pzs")
SHORT_SOURCE = {"pns": "PNS", "ncsi": "NCSI", "ssn": "SSN", "goci": "GOCI", "mfa": "SPF AE",
                "pzs": "PZS"}
GLOSSARY = "glossary"


class _DraggableModel(QStandardItemModel):
    """A standard item model whose items with a reference id can be dragged."""

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [REF_MIME, "text/plain"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        ids = []
        for index in indexes:
            ref_id = index.data(REF_ID_ROLE)
            if ref_id and ref_id not in ids:
                ids.append(ref_id)
        data = QMimeData()
        data.setData(REF_MIME, "\n".join(ids).encode("utf-8"))
        data.setText("\n".join(str(self.itemFromIndex(i).text()) for i in indexes))
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction


def _item(ref: Any, *, bold: bool = False) -> QStandardItem:
    cell = QStandardItem(ref.label)
    cell.setData(ref.id, REF_ID_ROLE)
    cell.setToolTip(f"{ref.label}\n{KIND_LABELS.get(ref.kind, ref.kind)} — {ref.reference}")
    cell.setEditable(False)
    flags = cell.flags() | Qt.ItemFlag.ItemIsDragEnabled
    cell.setFlags(flags)
    if bold:
        font = QFont()
        font.setBold(True)
        cell.setFont(font)
    return cell


class SourceTreeModel(_DraggableModel):
    """The items of one source as a tree in document order (abbreviations grouped apart)."""

    def __init__(self, reference: Reference, source: str, glossary_title: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self._rows: dict[str, QStandardItem] = {}
        root = self.invisibleRootItem()
        if source == GLOSSARY:
            for term in reference.glossary():
                cell = _item(term)
                cell.setText(f"{term.title} — {term.text}")
                root.appendRow(cell)
                self._rows[term.id] = cell
            return
        glossary = []
        for top in (reference.localize(t, current()) for t in reference.roots(source)):
            if top.kind == "glossary_term":
                glossary.append(top)
                continue
            root.appendRow(self._branch(reference, top, depth=0))
        if glossary:
            group = QStandardItem(glossary_title)
            group.setEditable(False)
            for term in glossary:
                cell = _item(term)
                self._rows[term.id] = cell
                group.appendRow(cell)
            root.appendRow(group)

    def index_of(self, ref_id: str) -> QModelIndex:
        """Return the index of an item, or an invalid index."""
        cell = self._rows.get(ref_id)
        return cell.index() if cell is not None else QModelIndex()

    def _branch(self, reference: Reference, ref: Any, depth: int) -> QStandardItem:
        cell = _item(ref, bold=depth == 0)
        self._rows[ref.id] = cell
        for child in reference.children(ref.id, current()):
            cell.appendRow(self._branch(reference, child, depth + 1))
        return cell


class SearchModel(_DraggableModel):
    """The hits of a full-text search, best first."""

    def set_hits(self, hits: list[Any]) -> None:
        """Show these search hits."""
        self.clear()
        root = self.invisibleRootItem()
        for hit in hits:
            cell = _item(hit.item)
            source = SHORT_SOURCE.get(hit.item.source, hit.item.source.upper())
            cell.setText(f"[{source}] {hit.item.label}")
            snippet = hit.snippet.replace("\n", " ")
            cell.setToolTip(f"{hit.item.label}\n{' › '.join(hit.item.path)}\n\n{snippet}")
            root.appendRow(cell)

    def ref_ids(self) -> list[str]:
        """Return the ids of the hits shown, in order."""
        return [self.item(row).data(REF_ID_ROLE) for row in range(self.rowCount())]

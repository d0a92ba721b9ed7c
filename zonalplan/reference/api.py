"""Read-only queries of the national reference: tree, items, links, full-text search, glossary."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
import urllib.parse
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any


SOURCE_LABELS = {
    "pns": "Plan national de sécurité",
    "ncsi": "Note-cadre de sécurité intégrale",
    "ssn": "Stratégie de sécurité nationale",
    "goci": "Indice de la criminalité organisée",
    "mfa": "Affaires étrangères — terrorisme",
    "pzs": "Cadre du plan zonal de sécurité",
}

KIND_LABELS = {
    "pns_chapter": "chapitre du PNS", "pns_theme": "thème du PNS",
    "pns_subtheme": "sous-thème du PNS", "pns_objective": "objectif stratégique du PNS",
    "pns_attention_point": "point d'attention du PNS", "pns_action_plan": "plan d'action",
    "pns_condition": "condition du PNS (chapitre 8)",
    "pns_regular_theme": "thème du fonctionnement régulier",
    "ncsi_dimension": "dimension de la NCSI", "ncsi_theme": "thème de la NCSI",
    "ncsi_subtheme": "sous-thème de la NCSI", "ncsi_axis": "axe de la NCSI",
    "ssn_vital_interest": "intérêt vital", "ssn_trend": "tendance", "ssn_threat": "menace",
    "ssn_orientation": "orientation politique", "goci_market": "marché criminel",
    "goci_actor": "acteur criminel", "goci_resilience": "résilience", "mfa_objective": "objectif",
    "pzs_functionality": "fonctionnalité de base", "pzs_chapter": "chapitre d'un PZS",
    "pzs_czs_role": "conseil zonal de sécurité", "glossary_term": "abréviation",
}

KIND_BOOST = {
    "pns_theme": 3.0, "pns_subtheme": 3.0, "ncsi_dimension": 2.0, "ncsi_theme": 2.5,
    "pns_objective": 2.0, "pns_condition": 2.0, "pns_regular_theme": 2.5, "ncsi_subtheme": 2.0,
    "glossary_term": 1.5, "pns_action_plan": 0.6, "pns_attention_point": 0.8,
}
"""Search ranks themes before the plans and attention points that mention the same words."""

LEVEL_LABELS = {"federal": "Police Fédérale", "local": "Police Locale",
                "integrated": "Police Intégrée"}


@dataclass(frozen=True)
class Item:
    """One item of the national frame."""

    id: str
    source: str
    edition: str
    kind: str
    number: str | None
    title: str
    text: str
    parent_id: str | None
    level: str | None
    group: str | None
    path: tuple[str, ...]
    provenance: dict[str, Any]
    keywords: dict[str, list[str]]
    extra: dict[str, Any]
    position: int

    @property
    def label(self) -> str:
        """Return « number title » (or the title alone)."""
        return f"{self.number} {self.title}" if self.number else self.title

    @property
    def wording(self) -> str | None:
        """Return « verbatim », « summary » or « composed »: whose words the text is."""
        return self.provenance.get("wording")

    @property
    def printed(self) -> list[str]:
        """Return the editorial corrections a reader is told of (« texte imprimé : … »)."""
        return list(self.provenance.get("printed") or ())

    @property
    def citation(self) -> str:
        """Return :attr:`reference` with whose words the text is (« …, p. 36 · résumé »)."""
        note = WORDING_NOTES.get(self.wording or "")
        return f"{self.reference} · {note}" if note else self.reference

    @property
    def reference(self) -> str:
        """Return a citation such as « PNS 2026-2029, Chapitre 2, thème 1.1 »."""
        prov = self.provenance
        page = f", p. {prov['page']}" if prov.get("page") else ""
        return f"{self.path[0]}, {prov.get('section', '')}{page}"

    def to_json(self) -> dict[str, Any]:
        """Return the export form documented for ``zonalplan reference export --json``."""
        data = {"id": self.id, "source": self.source, "edition": self.edition, "kind": self.kind,
                "number": self.number, "title": self.title, "text": self.text,
                "parent_id": self.parent_id, "path": list(self.path),
                "provenance": self.provenance, "keywords": self.keywords}
        if self.kind == "pns_objective":
            data["level"] = self.level
        if self.group:
            data["group"] = self.group
        data["wording"] = self.wording
        if self.printed:
            data["printed"] = self.printed
        return data


WORDING_NOTES = {"verbatim": "texte officiel", "summary": "résumé ZonalPlan",
                 "composed": "texte ZonalPlan"}
"""How an export or the browser names the wording of an item's text, discreetly."""


@dataclass(frozen=True)
class Link:
    """A link between two items."""

    source_id: str
    target_id: str
    relation: str
    note: str | None


@dataclass(frozen=True)
class SearchHit:
    """A full-text search result."""

    item: Item
    score: float
    snippet: str


_WORD = re.compile(r"\w+", re.UNICODE)


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lowercase and strip accents (« Stupéfiants » → « stupefiants »)."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


@dataclass(eq=False)
class Reference:
    """The compiled national frame, loaded in memory for fast browsing."""

    db_path: Path
    items_by_id: dict[str, Item] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    children_ids: dict[str | None, list[str]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    editions: dict[str, str] = field(default_factory=dict)
    content_hash: str = ""
    _items_cache: dict = field(default_factory=dict, repr=False)

    @classmethod
    def open(cls, db_path: Path) -> Reference:
        """Load a compiled reference database (read-only)."""
        conn = _connect_ro(db_path)
        try:
            ref = cls(db_path)
            info = dict(conn.execute("SELECT key, value FROM info").fetchall())
            ref.content_hash = info.get("content_hash", "")
            ref.editions = json.loads(info.get("editions", "{}"))
            for row in conn.execute(
                    "SELECT id, source, edition, kind, number, title, text, parent_id, level, grp,"
                    " path, provenance, keywords, extra, position FROM items ORDER BY position"):
                item = Item(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                            row[8], row[9], tuple(json.loads(row[10])), json.loads(row[11]),
                            json.loads(row[12]), json.loads(row[13]), row[14])
                ref.items_by_id[item.id] = item
                ref.order.append(item.id)
                ref.children_ids.setdefault(item.parent_id, []).append(item.id)
            ref.links = [Link(*r) for r in conn.execute(
                "SELECT source_id, target_id, relation, note FROM links")]
        finally:
            conn.close()
        return ref

    # -- lookups --------------------------------------------------------------------------------

    def item(self, item_id: str) -> Item | None:
        """Return the item with this id, or None."""
        return self.items_by_id.get(item_id)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.items_by_id

    def items(self, source: str | None = None, kind: str | tuple[str, ...] | None = None
              ) -> list[Item]:
        """Return items in document order, filtered by source and kind."""
        kinds = (kind,) if isinstance(kind, str) else kind
        key = (source, kinds)
        if key not in self._items_cache:
            self._items_cache[key] = [
                self.items_by_id[i] for i in self.order
                if (source is None or self.items_by_id[i].source == source)
                and (kinds is None or self.items_by_id[i].kind in kinds)]
        return list(self._items_cache[key])

    def children(self, item_id: str | None) -> list[Item]:
        """Return the direct children of an item (None: the roots), in document order."""
        return [self.items_by_id[i] for i in self.children_ids.get(item_id, [])]

    def roots(self, source: str) -> list[Item]:
        """Return the top-level items of one source."""
        return [i for i in self.children(None) if i.source == source]

    def ancestors(self, item_id: str) -> list[Item]:
        """Return the chain of parents, nearest first."""
        chain, current = [], self.item(item_id)
        while current is not None and current.parent_id:
            current = self.item(current.parent_id)
            if current is not None:
                chain.append(current)
        return chain

    @cached_property
    def _links_by_source(self) -> dict[str, list[Link]]:
        index: dict[str, list[Link]] = {}
        for lk in self.links:
            index.setdefault(lk.source_id, []).append(lk)
        return index

    @cached_property
    def _links_by_target(self) -> dict[str, list[Link]]:
        index: dict[str, list[Link]] = {}
        for lk in self.links:
            index.setdefault(lk.target_id, []).append(lk)
        return index

    def links_from(self, item_id: str) -> list[Link]:
        """Return the links whose source is this item."""
        return self._links_by_source.get(item_id, [])

    def links_to(self, item_id: str) -> list[Link]:
        """Return the links whose target is this item."""
        return self._links_by_target.get(item_id, [])

    def local_objectives(self) -> list[Item]:
        """Return the PNS strategic objectives for the local (or integrated) police."""
        return [i for i in self.items(kind="pns_objective") if i.level in ("local", "integrated")]

    @cached_property
    def decision_nodes(self) -> list[Item]:
        """Return the PNS themes and sub-themes that set objectives for the local police.

        These are the items a zone must decide on (retenu / fonctionnement régulier / non retenu).
        """
        nodes = []
        for node in self.items(kind=("pns_theme", "pns_subtheme")):
            if self._has_local_objective(node.id):
                nodes.append(node)
        return nodes

    @cached_property
    def pns_nodes(self) -> list[Item]:
        """Return every PNS theme and sub-theme, in document order.

        A zone may record a decision on any of them; it must on :attr:`decision_nodes`.
        """
        return self.items(kind=("pns_theme", "pns_subtheme"))

    def requires_decision(self, item_id: str) -> bool:
        """Return True when the zone must decide on this PNS theme (it has local objectives)."""
        return any(n.id == item_id for n in self.decision_nodes)

    def _has_local_objective(self, node_id: str) -> bool:
        for child in self.children(node_id):
            if child.kind == "pns_objective" and child.level in ("local", "integrated"):
                return True
        return False

    def theme_of(self, item_id: str) -> Item | None:
        """Return the PNS theme or sub-theme an item belongs to (itself if it is one)."""
        item = self.item(item_id)
        while item is not None and item.kind not in ("pns_theme", "pns_subtheme"):
            item = self.item(item.parent_id) if item.parent_id else None
        return item

    def glossary(self) -> list[Item]:
        """Return the abbreviations, sorted alphabetically."""
        return sorted(self.items(kind="glossary_term"), key=lambda i: fold(i.title))

    # -- search ---------------------------------------------------------------------------------

    @cached_property
    def _fts(self) -> sqlite3.Connection:
        return _connect_ro(self.db_path, same_thread=False)

    def search(self, query: str, *, limit: int = 30, source: str | None = None) -> list[SearchHit]:
        """Full-text search, accent- and case-insensitive, ranked (title first, then keywords)."""
        words = [w for w in _WORD.findall(fold(query)) if len(w) > 1 or w.isdigit()][:12]
        if not words:
            return []
        hits: list[SearchHit] = []
        for joiner in (" AND ", " OR "):
            match = joiner.join(f'"{w}"*' for w in words)
            rows = self._fts.execute(
                "SELECT items.id, bm25(items_fts, 10.0, 5.0, 1.0) AS score,"
                " snippet(items_fts, 2, '«', '»', '…', 12)"
                " FROM items_fts JOIN items ON items.rowid = items_fts.rowid"
                " WHERE items_fts MATCH ? ORDER BY score LIMIT ?",
                [match, limit * 4]).fetchall()
            hits = [SearchHit(self.items_by_id[r[0]],
                              -float(r[1]) * KIND_BOOST.get(self.items_by_id[r[0]].kind, 1.0),
                              r[2] or "") for r in rows
                    if source is None or self.items_by_id[r[0]].source == source]
            hits.sort(key=lambda h: -h.score)
            hits = hits[:limit]
            if hits or len(words) == 1:
                break
        return hits


def _connect_ro(path: Path, same_thread: bool = True) -> sqlite3.Connection:
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=same_thread)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


_CACHE: dict[Path, Reference] = {}


def load_reference(cache_dir: Path | None = None, folder: Path | None = None) -> Reference:
    """Return the national reference, building the database first if needed (cached per process)."""
    from zonalplan.reference.build import ensure_database  # builds only when sources changed

    path = ensure_database(cache_dir, folder)
    if path not in _CACHE:
        _CACHE[path] = Reference.open(path)
    return _CACHE[path]

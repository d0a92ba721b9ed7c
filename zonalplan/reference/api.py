"""Read-only queries of the national reference: tree, items, links, full-text search, glossary."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from zonalplan.i18n import N_, Translated
from zonalplan.reference.languages import (
    LANGUAGES,
    ORIGINAL,
    TRANSLATION_LABELS,
    TRANSLATION_STATUSES,
    Languages,
    connect_ro,
    translation_note,
)

__all__ = ["KIND_LABELS", "LANGUAGES", "LEVEL_LABELS", "SOURCE_LABELS", "TRANSLATION_LABELS",
           "TRANSLATION_STATUSES", "Item", "Link", "Reference", "SearchHit", "fold",
           "load_reference", "translation_note"]

SOURCE_LABELS = Translated({
    "pns": N_("Plan national de sécurité"),
    "ncsi": N_("Note-cadre de sécurité intégrale"),
    "ssn": N_("Stratégie de sécurité nationale"),
    "goci": N_("Indice de la criminalité organisée"),
    "mfa": N_("Affaires étrangères — terrorisme"),
    "pzs": N_("Cadre du plan zonal de sécurité"),
})

KIND_LABELS = Translated({
    "pns_chapter": N_("chapitre du PNS"), "pns_theme": N_("thème du PNS"),
    "pns_subtheme": N_("sous-thème du PNS"), "pns_objective": N_("objectif stratégique du PNS"),
    "pns_attention_point": N_("point d'attention du PNS"), "pns_action_plan": N_("plan d'action"),
    "pns_condition": N_("condition du PNS (chapitre 8)"),
    "pns_regular_theme": N_("thème du fonctionnement régulier"),
    "ncsi_dimension": N_("dimension de la NCSI"), "ncsi_theme": N_("thème de la NCSI"),
    "ncsi_subtheme": N_("sous-thème de la NCSI"), "ncsi_axis": N_("axe de la NCSI"),
    "ssn_vital_interest": N_("intérêt vital"), "ssn_trend": N_("tendance"),
    "ssn_threat": N_("menace"), "ssn_orientation": N_("orientation politique"),
    "goci_market": N_("marché criminel"), "goci_actor": N_("acteur criminel"),
    "goci_resilience": N_("résilience"), "mfa_objective": N_("objectif"),
    "pzs_functionality": N_("fonctionnalité de base"), "pzs_chapter": N_("chapitre d'un PZS"),
    "pzs_czs_role": N_("conseil zonal de sécurité"), "glossary_term": N_("abréviation"),
})

KIND_BOOST = {
    "pns_theme": 3.0, "pns_subtheme": 3.0, "ncsi_dimension": 2.0, "ncsi_theme": 2.5,
    "pns_objective": 2.0, "pns_condition": 2.0, "pns_regular_theme": 2.5, "ncsi_subtheme": 2.0,
    "glossary_term": 1.5, "pns_action_plan": 0.6, "pns_attention_point": 0.8,
}
"""Search ranks themes before the plans and attention points that mention the same words."""

LEVEL_LABELS = Translated({"federal": N_("Police Fédérale"), "local": N_("Police Locale"),
                           "integrated": N_("Police Intégrée")})


def public_section(section: str) -> str:
    """Return a provenance section as a reader can look it up.

    ZonalPlan's own frame items cite the curators' notes (« pzs-practice.md §6 — Les
    fonctionnalités de base ») that no reader has: only the section titles are kept.
    """
    if not re.match(r"^\S+\.md\b", section):
        return section
    section = re.sub(r"^\S+\.md\s*", "", section)
    parts = (re.sub(r"^(?:§[\d.]+(?:,\s*| et | à )?)+\s*(?:—\s*)?", "", p.strip())
             for p in section.split(";"))
    return " ; ".join(p for p in parts if p)


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
    language: str = ORIGINAL
    """The language asked for (``fr`` when the item was not localized)."""
    translation: str = "original"
    """One of :data:`TRANSLATION_STATUSES`."""
    fallback: tuple[str, ...] = ()
    """The fields (``title``, ``text``) shown in French because they are not translated."""
    owner: Any = field(default=None, compare=False, repr=False)
    """The :class:`Reference` the item was read from (for :meth:`title_in`, :meth:`text_in`)."""

    def title_in(self, language: str) -> str | None:
        """Return the title in ``language``, or None when it has no translation there."""
        return self._field_in("title", language)

    def text_in(self, language: str) -> str | None:
        """Return the text in ``language``, or None when it has no translation there."""
        return self._field_in("text", language)

    def _field_in(self, name: str, language: str) -> str | None:
        ref = self.owner
        if ref is None:  # an item built by hand: only its own language
            same = language == self.language and name not in self.fallback
            return getattr(self, name) if same else None
        item = ref.localize(ref.items_by_id.get(self.id, self), language)
        return None if name in item.fallback else getattr(item, name)

    @property
    def translated(self) -> bool:
        """Return True when the title is in the language asked for (or that language is French)."""
        return "title" not in self.fallback

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
        """Return a citation such as « PNS 2026-2029, Chapitre 2, thème 1.1 ».

        It cites the French edition the section and page belong to, whatever the language shown.
        """
        prov = self.provenance
        page = f", p. {prov['page']}" if prov.get("page") else ""
        section = public_section(prov.get("section", ""))
        return f"{prov.get('cited_short_title', self.path[0])}{', ' if section else ''}{section}{page}"

    def to_json(self) -> dict[str, Any]:
        """Return the export form documented for ``zonalplan reference export --json``."""
        data = {"id": self.id, "source": self.source, "edition": self.edition, "kind": self.kind,
                "number": self.number, "title": self.title, "text": self.text,
                "parent_id": self.parent_id, "path": list(self.path),
                "provenance": self.provenance, "keywords": self.keywords,
                "language": self.language, "translation": self.translation,
                "fallback": list(self.fallback)}
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
class Reference(Languages):
    """The compiled national frame, loaded in memory for fast browsing."""

    db_path: Path
    items_by_id: dict[str, Item] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    children_ids: dict[str | None, list[str]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    editions: dict[str, str] = field(default_factory=dict)
    content_hash: str = ""
    _items_cache: dict = field(default_factory=dict, repr=False)
    _localized: dict[str, dict[str, Item]] = field(default_factory=dict, repr=False)

    @classmethod
    def open(cls, db_path: Path) -> Reference:
        """Load a compiled reference database (read-only)."""
        conn = connect_ro(db_path)
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
                            json.loads(row[12]), json.loads(row[13]), row[14], owner=ref)
                ref.items_by_id[item.id] = item
                ref.order.append(item.id)
                ref.children_ids.setdefault(item.parent_id, []).append(item.id)
            ref.links = [Link(*r) for r in conn.execute(
                "SELECT source_id, target_id, relation, note FROM links")]
        finally:
            conn.close()
        return ref

    # -- lookups --------------------------------------------------------------------------------

    def item(self, item_id: str, language: str | None = None) -> Item | None:
        """Return the item with this id (in ``language`` when given), or None."""
        item = self.items_by_id.get(item_id)
        return self.localize(item, language) if item is not None and language else item

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.items_by_id

    def items(self, source: str | None = None, kind: str | tuple[str, ...] | None = None,
              language: str | None = None) -> list[Item]:
        """Return items in document order, filtered by source and kind (in ``language``)."""
        kinds = (kind,) if isinstance(kind, str) else kind
        key = (source, kinds)
        if key not in self._items_cache:
            self._items_cache[key] = [
                self.items_by_id[i] for i in self.order
                if (source is None or self.items_by_id[i].source == source)
                and (kinds is None or self.items_by_id[i].kind in kinds)]
        if language and language != ORIGINAL:
            return [self.localize(i, language) for i in self._items_cache[key]]
        return list(self._items_cache[key])

    def children(self, item_id: str | None, language: str | None = None) -> list[Item]:
        """Return the direct children of an item (None: the roots), in document order."""
        return [self.item(i, language) for i in self.children_ids.get(item_id, [])]

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
        return connect_ro(self.db_path, same_thread=False)

    def search(self, query: str, *, limit: int = 30, source: str | None = None,
               language: str | None = None) -> list[SearchHit]:
        """Full-text search, accent- and case-insensitive, ranked (title first, then keywords).

        The French texts, the keywords and every translation are searched (a Dutch query finds
        the items whose Dutch title or text carries its words); hits come in ``language``, the
        snippet from that language's text when it matched there.
        """
        words = [w for w in _WORD.findall(fold(query)) if len(w) > 1 or w.isdigit()][:12]
        if not words:
            return []
        hits: list[SearchHit] = []
        for joiner in (" AND ", " OR "):
            match = joiner.join(f'"{w}"*' for w in words)
            rows = [(r[0], ORIGINAL, r[1], r[2]) for r in self._fts.execute(
                "SELECT items.id, bm25(items_fts, 10.0, 5.0, 1.0) AS score,"
                " snippet(items_fts, 2, '«', '»', '…', 12)"
                " FROM items_fts JOIN items ON items.rowid = items_fts.rowid"
                " WHERE items_fts MATCH ? ORDER BY score LIMIT ?",
                [match, limit * 4])]
            rows += self._translation_rows(match, limit * 4)
            best: dict[str, tuple[float, str, str]] = {}  # id: score, snippet, its language
            for item_id, lang, raw, snippet in rows:
                item = self.items_by_id.get(item_id)
                if item is None or (source is not None and item.source != source):
                    continue
                score = -float(raw) * KIND_BOOST.get(item.kind, 1.0)
                old = best.get(item_id)
                if old is None:
                    best[item_id] = (score, snippet or "", lang)
                    continue
                better = snippet and (not old[1] or _rank(lang, language) < _rank(old[2], language))
                best[item_id] = (max(score, old[0]), *((snippet, lang) if better else old[1:]))
            hits = [SearchHit(self.item(i, language), score, snippet)
                    for i, (score, snippet, _lang) in best.items()]
            hits.sort(key=lambda h: (-h.score, h.item.position))
            hits = hits[:limit]
            if hits or len(words) == 1:
                break
        return hits

    def _translation_rows(self, match: str, limit: int) -> list[tuple[str, str, float, str]]:
        try:
            return [tuple(r) for r in self._fts.execute(
                "SELECT t.id, t.language, bm25(translations_fts, 10.0, 1.0) AS score,"
                " snippet(translations_fts, 1, '«', '»', '…', 12)"
                " FROM translations_fts JOIN translations t ON t.rowid = translations_fts.rowid"
                " WHERE translations_fts MATCH ? ORDER BY score LIMIT ?", [match, limit])]
        except sqlite3.OperationalError:  # a database without translations
            return []


def _rank(lang: str, wanted: str | None) -> int:
    """Return which snippet a hit shows first: the language asked for, then French."""
    return 0 if lang == (wanted or ORIGINAL) else 1 if lang == ORIGINAL else 2


_CACHE: dict[Path, Reference] = {}


def load_reference(cache_dir: Path | None = None, folder: Path | None = None) -> Reference:
    """Return the national reference, building the database first if needed (cached per process)."""
    from zonalplan.reference.build import ensure_database  # builds only when sources changed

    path = ensure_database(cache_dir, folder)
    if path not in _CACHE:
        _CACHE[path] = Reference.open(path)
    return _CACHE[path]

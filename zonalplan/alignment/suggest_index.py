"""Build, cache and load the inverted index behind the link suggestions (plain dicts of stems).

The index is a pure function of the compiled reference (its ``content_hash``), of the lexicon file
and of :data:`INDEX_VERSION`. Building stems a few thousand words with the pure-Python snowball
stemmers; the result is therefore kept in the user's cache folder as JSON
(``suggest-index-<hash>.json``) and in memory, so later loads only parse JSON.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zonalplan.alignment.suggest_lexicon import Lexicon, lexicon_digest, load_lexicon
from zonalplan.alignment.textnorm import (
    FUNCTION_WORDS,
    content_tokens,
    fold,
    is_content,
    lemma,
    split_compound,
    stemmer_implementation,
    tokenize,
)
from zonalplan.paths import user_cache_dir
from zonalplan.reference.api import Item, Reference

INDEX_VERSION = "suggest-14"

DUTCH_TEXT = "nl:"
"""Prefix of the keys of the words of Dutch body texts."""
GERMAN = "de:"
"""Prefix of the keys of every German word (keywords, titles, texts): German meets German only."""

PNS_KINDS = ("pns_theme", "pns_subtheme", "pns_objective", "pns_condition", "pns_regular_theme")
NCSI_KINDS = ("ncsi_dimension", "ncsi_theme", "ncsi_subtheme")
SUPPORT_KINDS = ("pns_objective", "pns_attention_point", "pns_action_plan", "ncsi_axis")

# Weight of a word according to where the item carries it (a keyword above a title word, above
# body text; words of a non-candidate child — federal objective, attention point — count for
# their nearest candidate ancestor, lower).
FIELD_WEIGHTS = {"kw": 1.0, "abbr": 1.0, "title": 0.6, "child": 0.3, "child_title": 0.25,
                 "text": 0.15}
FIELDS = tuple(FIELD_WEIGHTS)
"""Field codes of the flat postings: the position of the field name in this tuple."""
IN_PHRASE_FACTOR = 0.5
"""A word of a multi-word keyword weighs this share of a one-word keyword (the whole phrase,
when the objective has all its words, gets a bonus instead)."""
COMPOUND_HEAD_FACTOR = 0.4
COMPOUND_PART_FACTOR = 0.4
"""An item's compound keyword (« woninginbraak ») also indexes its head (« inbraak ») and its
other part (« woning »), at these shares."""

SCENE_IN_PHRASE_FACTOR = 0.3
"""Weight share of a scene word in a keyword that frames it (« vélos » in « vol de vélos »)."""

# Share of a child's score that its parent receives (a local objective makes its theme rank).
PROPAGATION = {"pns_objective": 0.6, "pns_subtheme": 0.25, "pns_condition": 0.3,
               "ncsi_subtheme": 0.4, "ncsi_theme": 0.3}
# Own-score factor per kind: an NCSI dimension's keywords summarise its themes, so on the same
# words the more specific theme ranks first (the dimension still follows through propagation).
KIND_FACTOR = {"ncsi_dimension": 0.75}


def _key(folded: str, lang: str) -> str:
    """Return the index key of a folded word of a language (German keys stand apart)."""
    return GERMAN + lemma(folded, "de") if lang == "de" else lemma(folded, lang)


def abbreviation_key(text: str) -> str:
    """Return the letters and digits of an abbreviation, folded (« GPI 62 » → gpi62)."""
    return "".join(c for c in fold(text) if c.isalnum())


def is_candidate(item: Item) -> bool:
    """Return True for the items the engine may suggest."""
    if item.kind == "pns_objective":
        return item.level in ("local", "integrated")
    return item.kind in PNS_KINDS or item.kind in NCSI_KINDS


@dataclass
class IndexData:
    """The index as plain, JSON-ready structures."""

    docs: list[str] = field(default_factory=list)
    parents: list[list[Any]] = field(default_factory=list)  # [parent doc or -1, factor]
    kind_factor: list[float] = field(default_factory=list)
    # key → flat [doc, weight ‰, field code, shown string index, doc, …] (compact to load)
    postings: dict[str, list[int]] = field(default_factory=dict)
    strings: list[str] = field(default_factory=list)
    idf: dict[str, float] = field(default_factory=dict)
    phrases: list[list[Any]] = field(default_factory=list)  # [doc, [keys], display, weight]
    phrase_keys: dict[str, list[int]] = field(default_factory=dict)
    synonyms: dict[str, list[list[str]]] = field(default_factory=dict)  # stem → [[stem, word]]
    abbreviations: dict[str, list[Any]] = field(default_factory=dict)  # abbr → [shown, [[l, t]]]
    words: dict[str, str] = field(default_factory=dict)  # folded lexicon word → its key
    compounds: dict[str, list[list[Any]]] = field(default_factory=dict)  # → [[part, key, head]]
    scenes: list[list[list[str]]] = field(default_factory=list)  # [[when keys, scene keys]]
    words_de: dict[str, str] = field(default_factory=dict)  # folded German word → its key
    org_anchors: list[str] = field(default_factory=list)  # keys naming the police's own staff
    org_words: list[str] = field(default_factory=list)  # keys of its own functioning
    org_approach: list[str] = field(default_factory=list)  # how it works (samenwerking…)
    domains: list[list[list[Any]]] = field(default_factory=list)  # [[docs], [anchor keys]]
    lexicon_keys: frozenset[str] = frozenset()  # domain anchors, scene and organisation words

    def to_json(self) -> dict[str, Any]:
        """Return the JSON form written to the cache (without what the rest gives back)."""
        return {k: v for k, v in self.__dict__.items() if k not in _DERIVED}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IndexData:
        """Rebuild from :meth:`to_json` output."""
        index = cls(**{k: data[k] for k in cls.__dataclass_fields__ if k not in _DERIVED})
        index.derive()
        return index

    def derive(self) -> None:
        """Compute the word weights (idf) and the phrases' keys from the postings and phrases."""
        n = len(self.docs)
        # one logarithm per document frequency, not per word (a few hundred against 20 000)
        by_df = [round(math.log(1.0 + (n - df + 0.5) / (df + 0.5)), 4) for df in range(n + 1)]
        idf = {key: by_df[len(flat) // 4] for key, flat in self.postings.items()}
        for key in idf:  # a compound's part is as rare as the word itself
            if key[0] == "~" and key[1:] in idf:
                idf[key] = idf[key[1:]]
        self.idf = idf
        self.lexicon_keys = frozenset(
            [key for _docs, keys in self.domains for key in keys]
            + [key for when, scene in self.scenes for key in (*when, *scene)]
            + self.org_anchors + self.org_words + self.org_approach)
        self.phrase_keys = {}
        for pid, (_doc, keys, _shown, _w) in enumerate(self.phrases):
            for key in keys:
                self.phrase_keys.setdefault(key, []).append(pid)


_DERIVED = ("idf", "phrase_keys", "lexicon_keys")
"""Fields computed again when the cache is read: smaller to store than to parse."""


class _Builder:
    def __init__(self, reference: Reference, lexicon: Lexicon) -> None:
        self.ref = reference
        self.lexicon = lexicon
        self.data = IndexData()
        self.doc_of: dict[str, int] = {}
        self.words: dict[str, str] = {}
        self.keyword_tokens: list[tuple[int, str, str, str, float]] = []  # doc, folded, lang…
        self.cells: dict[str, dict[int, list[Any]]] = {}  # key → doc → [weight, field, shown]
        self.frames: list[tuple[set[str], set[str]]] = []  # the lexicon's scene frames

    def add(self, doc: int, key: str, weight: float, field_name: str, shown: str) -> None:
        cell = self.cells.setdefault(key, {}).get(doc)
        if field_name == "text" and cell is not None and cell[1] == "text":
            cell[0] = min(cell[0] + 0.05, FIELD_WEIGHTS["text"] * 2)
            return
        if cell is None or weight > cell[0]:
            self.cells[key][doc] = [weight, field_name, shown]

    def _flatten(self) -> None:
        strings: dict[str, int] = {}
        for key in sorted(self.cells):
            flat: list[int] = []
            for doc in sorted(self.cells[key]):
                weight, field_name, shown = self.cells[key][doc]
                flat += [doc, round(weight * 1000), FIELDS.index(field_name),
                         strings.setdefault(shown, len(strings))]
            self.data.postings[key] = flat
        self.data.strings = list(strings)

    def add_phrase(self, doc: int, phrase: str, lang: str, field_name: str) -> None:
        prefix = GERMAN if lang == "de" else ""  # German words only meet German words
        words = tokenize(phrase)
        tokens = [t for t in words if is_content(t)]
        weight = FIELD_WEIGHTS[field_name]
        hyphen_parts = {fold(p) for t in tokens if "-" in t.surface
                        for p in t.surface.split("-")}
        if len([t for t in tokens if "-" in t.surface or t.folded not in hyphen_parts]) > 1:
            weight *= IN_PHRASE_FACTOR  # « geweld » alone is a keyword; in « seksueel geweld », less
        elif len([t for t in words if t.folded not in FUNCTION_WORDS]) > 1:
            # a phrase whose other words are too common to be read (« niveau de menace »,
            # « carte professionnelle », « gerichte acties »): its one word read is no keyword of
            # its own (« menaces » of a neighbour are no terrorist threat level)
            weight *= IN_PHRASE_FACTOR
        keys: list[str] = []
        all_keys = {prefix + lemma(tok.folded, lang) for tok in tokens}
        scene = {k for when, words in self.frames if len(tokens) > 1 and all_keys & when
                 for k in words - when}
        for tok in tokens:
            key = prefix + lemma(tok.folded, lang)
            # in « vol de vélos » the bicycle is what was stolen, in « drogue au volant » the drug
            # is how the driver is impaired: « vélo » or « drogue » alone reaches the item weakly;
            # the whole phrase still gets its bonus
            scaled = weight * SCENE_IN_PHRASE_FACTOR if key in scene else weight
            if "-" not in tok.surface and tok.folded in hyphen_parts:
                scaled *= COMPOUND_PART_FACTOR  # « voiture » of « voiture-bélier »
            self.add(doc, key, scaled, field_name, tok.surface.lower())
            if field_name in ("kw", "title"):
                (self.data.words_de if prefix else self.words).setdefault(tok.folded, key)
                self.keyword_tokens.append((doc, tok.folded, lang, field_name, weight))
            if "-" in tok.surface or tok.folded not in hyphen_parts:
                keys.append(key)  # « bien-être au travail »: bien-être, travail (as read)
        keys = sorted(set(keys))
        if len(keys) >= 2 and field_name in ("kw", "title", "child"):
            self.data.phrases.append([doc, keys, phrase, FIELD_WEIGHTS[field_name]])

    def add_item(self, doc: int, item: Item, support: bool) -> None:
        """Index an item's keywords, title and text, and its Dutch title and text when translated."""
        kw_field, title_field = ("child", "child_title") if support else ("kw", "title")
        for lang in ("fr", "nl"):
            for phrase in item.keywords.get(lang, []):
                self.add_phrase(doc, phrase, lang, kw_field)
        for abbr in item.keywords.get("abbr", []):
            key = "#" + abbreviation_key(abbr)
            self.add(doc, key, FIELD_WEIGHTS["abbr"] * (0.3 if support else 1.0), "abbr", abbr)
        self.add_phrase(doc, item.title, "fr", title_field)
        dutch = self.ref.localize(item, "nl")
        if "title" not in dutch.fallback:
            self.add_phrase(doc, dutch.title, "nl", title_field)
        if not support:
            for tok in content_tokens(item.text, max_tokens=5000):
                self.add(doc, lemma(tok.folded, "fr"), FIELD_WEIGHTS["text"], "text",
                         tok.surface.lower())
            if "text" not in dutch.fallback and dutch.text:
                # Dutch body text under its own keys: a French word never meets it (« bandes »,
                # gangs, is no « banden », ties); keywords and titles stay shared
                for tok in content_tokens(dutch.text, max_tokens=5000):
                    self.add(doc, DUTCH_TEXT + lemma(tok.folded, "nl"), FIELD_WEIGHTS["text"],
                             "text", tok.surface.lower())
        self._add_german(doc, item, kw_field, title_field, support)

    def _add_german(self, doc: int, item: Item, kw_field: str, title_field: str,
                    support: bool) -> None:
        """Index the German keywords, title and text of an item, under German keys only."""
        german = self.ref.localize(item, "de")
        if german.language != "de":
            return
        for phrase in german.keywords.get("de", []):
            self.add_phrase(doc, phrase, "de", kw_field)
        if "title" not in german.fallback:
            self.add_phrase(doc, german.title, "de", title_field)
        if not support and german.text and "text" not in german.fallback:
            for tok in content_tokens(german.text, max_tokens=5000):
                self.add(doc, GERMAN + lemma(tok.folded, "de"), FIELD_WEIGHTS["text"], "text",
                         tok.surface.lower())

    def _add_lexicon_words(self) -> None:
        """Keep the keys of the lexicon's scene frames and of the organisation's words."""

        def keys_of(words_by_lang: dict[str, tuple[str, ...]]) -> set[str]:
            keys: set[str] = set()
            for lang, words in words_by_lang.items():
                for word in words:
                    for tok in content_tokens(word)[:1]:
                        key = _key(tok.folded, lang)
                        keys.add(key)
                        (self.data.words_de if lang == "de" else self.words).setdefault(
                            tok.folded, key)
            return keys

        for frame in self.lexicon.scenes:
            when, scene = keys_of(frame.when), keys_of(frame.scene)
            self.frames.append((when, scene))
            self.data.scenes.append([sorted(when), sorted(scene)])
        self.data.org_anchors = sorted(keys_of(self.lexicon.organisation.get("anchors", {})))
        self.data.org_words = sorted(keys_of(self.lexicon.organisation.get("words", {})))
        self.data.org_approach = sorted(keys_of(self.lexicon.organisation.get("approach", {})))

    def build(self) -> IndexData:
        ref, data = self.ref, self.data
        self._add_lexicon_words()
        for item in ref.items():
            if is_candidate(item) and item.source in ("pns", "ncsi"):
                self.doc_of[item.id] = len(data.docs)
                data.docs.append(item.id)
        for doc, item_id in enumerate(data.docs):
            item = ref.items_by_id[item_id]
            parent = self.doc_of.get(item.parent_id or "", -1)
            data.parents.append([parent, PROPAGATION.get(item.kind, 0.0) if parent >= 0 else 0])
            data.kind_factor.append(KIND_FACTOR.get(item.kind, 1.0))
            self.add_item(doc, item, support=False)
        for item in ref.items(kind=SUPPORT_KINDS):
            if item.id in self.doc_of:
                continue
            anchor = next((self.doc_of[a.id] for a in ref.ancestors(item.id)
                           if a.id in self.doc_of), None)
            if anchor is not None:
                self.add_item(anchor, item, support=True)
        self._add_lexicon()
        self._add_domains()
        self._add_compound_parts()
        self.data.compounds = {k: v for k, v in sorted(self.data.compounds.items()) if v}
        self._flatten()
        data.derive()
        data.words = dict(sorted(self.words.items()))
        return data

    def _known(self, part: str) -> str | None:
        return self.words.get(part)

    def _add_domains(self) -> None:
        """Keep each domain's items (and the items under them) and its anchors' keys."""
        for domain in self.lexicon.domains:
            roots = set(domain.items)
            docs = [doc for doc, item_id in enumerate(self.data.docs)
                    if item_id in roots or any(a.id in roots for a in self.ref.ancestors(item_id))]
            keys: set[str] = set()
            for lang, words in domain.anchors.items():
                for word in words:
                    if lang == "abbr":  # « VIF », « ZSG »
                        keys.add("#" + abbreviation_key(word))
                        continue
                    for tok in content_tokens(word):
                        keys.add(_key(tok.folded, lang))
            self.data.domains.append([docs, sorted(keys)])

    def _add_compound_parts(self) -> None:
        compounds = self.data.compounds
        for doc, folded, lang, field_name, weight in self.keyword_tokens:
            if lang not in ("nl", "de") or len(folded) < 8:
                continue
            entry = GERMAN + folded if lang == "de" else folded
            if entry not in compounds:
                known = self.data.words_de.get if lang == "de" else self._known
                whole = (GERMAN if lang == "de" else "") + lemma(folded, lang)
                compounds[entry] = [list(p) for p in split_compound(folded, known)
                                    if p[1] != whole]
            parts = compounds[entry]
            keys = {key for _part, key, _head in parts}
            scene = {k for when, words in self.frames if keys & when for k in words - when}
            for _part, key, head in parts:
                share = COMPOUND_HEAD_FACTOR if head else COMPOUND_PART_FACTOR
                if key in scene:  # « overlast » of « drugsoverlast »: the drug names it
                    share *= SCENE_IN_PHRASE_FACTOR
                self.add(doc, "~" + key, weight * share, field_name, folded)

    def _add_lexicon(self) -> None:
        data = self.data
        for group in self.lexicon.groups:
            members = []
            for lang, words in group.words.items():
                for word in words:
                    for tok in content_tokens(word)[:1]:
                        members.append((_key(tok.folded, lang), word))
                        (self.data.words_de if lang == "de" else self.words).setdefault(
                            tok.folded, members[-1][0])
            for key, _word in members:
                for other, word in members:
                    if other != key and [other, word] not in data.synonyms.get(key, []):
                        data.synonyms.setdefault(key, []).append([other, word])
        for item in self.ref.items(kind="glossary_term"):
            expansions = [["fr", item.text]] if item.text else []
            expansions += [[lang, p] for lang in ("fr", "nl") for p in item.keywords.get(lang, [])
                           if fold(p) != fold(item.title)]
            self._add_abbreviation(item.title, expansions)
        for abbr, by_lang in self.lexicon.abbreviations.items():
            self._add_abbreviation(abbr, [[lang, p] for lang, ps in by_lang.items() for p in ps])

    def _add_abbreviation(self, abbr: str, expansions: list[list[str]]) -> None:
        key = abbreviation_key(abbr)
        if not key:
            return
        entry = self.data.abbreviations.setdefault(key, [abbr, []])
        for exp in expansions:
            if exp not in entry[1] and abbreviation_key(exp[1]) != key:
                entry[1].append(exp)


def build_index(reference: Reference, lexicon: Lexicon | None = None) -> IndexData:
    """Build the suggestion index of a reference (no cache)."""
    return _Builder(reference, lexicon if lexicon is not None else load_lexicon()).build()


def _code_digest() -> str:
    # The stemmer implementation too: snowballstemmer uses PyStemmer (C) when it is installed.
    h = hashlib.sha256(f"{INDEX_VERSION}|{stemmer_implementation()}".encode())
    for module in ("suggest_index.py", "textnorm.py"):
        with contextlib.suppress(OSError):
            h.update((Path(__file__).parent / module).read_bytes())
    return h.hexdigest()


_CODE_DIGEST = _code_digest()


def cache_key(reference: Reference, digest: str) -> str:
    """Return the hash naming the cached index: reference, lexicon and indexing code."""
    raw = f"{_CODE_DIGEST}|{reference.content_hash}|{digest}".encode()
    return hashlib.sha256(raw).hexdigest()[:24]


def _cache_path(key: str) -> Path:
    return user_cache_dir() / f"suggest-index-{key}.json"


def load_or_build(reference: Reference, lexicon_path: Path | None = None) -> IndexData:
    """Return the index of a reference from the cache folder, building and caching it if needed.

    The lexicon file is only parsed when the index has to be built.
    """
    digest = lexicon_digest(lexicon_path)
    if not reference.content_hash:
        return build_index(reference, load_lexicon(lexicon_path))
    path = _cache_path(cache_key(reference, digest))
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        raw = path.read_text(encoding="utf-8")
        # JSON makes many small objects that live as long as the program: no need to scan
        # them while parsing, nor in every later full collection (a valid index is frozen)
        gc.disable()
        try:
            data = IndexData.from_json(json.loads(raw))
            valid = bool(data.docs) and all(d in reference for d in data.docs)
            if valid:
                gc.freeze()
        finally:
            gc.enable()
        if valid:
            return data
    data = build_index(reference, load_lexicon(lexicon_path))
    with contextlib.suppress(OSError):
        fd, tmp = tempfile.mkstemp(prefix=".~suggest", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data.to_json(), fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        for old in path.parent.glob("suggest-index-*.json"):  # stale versions
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
    return data

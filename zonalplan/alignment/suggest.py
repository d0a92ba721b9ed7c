"""Suggest the PNS and NCSI items an objective of a zone relates to, with the reasons why.

``suggest(text, reference)`` ranks PNS themes, sub-themes, local/integrated objectives, conditions
and regular-functioning themes, and NCSI dimensions, themes and sub-themes, for an objective
written in French or Dutch — from a two-word label (« Woninginbraken ») to a full sentence.

Scoring, in short:

1. the text is folded (accents, case, ligatures), elisions are cut (l', d', qu'… with ' or ’),
   stop words and the verbs common to every objective (lutter, renforcer, aanpak, verhogen…) are
   dropped, and each word is stemmed in French and in Dutch (:mod:`.textnorm`), the language of
   the text first; read in the other language, a word only matches keywords and titles, never
   the body text (« bandes » is no « banden »); a scene-setting word (« écoles », « openbaar
   vervoer », « milieu » in French) counts less and never through body text;
2. a compound is also read by its parts, split against the lexicon's words (« fietsdiefstallen »
   → fiets + diefstal; the right-hand head counts more); an abbreviation (VIF, TEH, GAS…)
   matches the items that list it and adds its expansion; the reviewer's synonym groups
   (``reference_data/lexicon/synonyms.yaml``) add related words, never weighing more than the
   word the zone wrote;
3. the rest of the objective gives some words their sense (the lexicon's ``scenes`` and
   ``organisation``): next to a theft, a vehicle or a bicycle only says what was stolen; at the
   wheel, a drug says how the driver is impaired (both then weigh as scene words); next to the
   corps' own staff (« personnel », « medewerkers »), « bien-être », « recrutement »,
   « intégrité » only reach the PNS conditions. A part of a hyphenated word matched whole is not
   read alone (« bien-être » brings no « biens »);
4. each word adds ``idf × field weight × match factor`` to every item carrying it (a one-word
   keyword above a word of a keyword phrase, above a title word, above body text; the exact stem
   above a compound part, above a synonym), so generic words (sécurité, politie) weigh little; a
   keyword phrase found whole adds a bonus (« accidents de la route »), at full weight when one
   of its words names the phenomenon, even if the others only set the scene;
5. a share of a local objective's score goes to its theme (so the theme, which a zone decides on,
   ranks with it); sub-themes lend a share to their theme, NCSI sub-themes to their theme, NCSI
   themes to their dimension (only what they have beyond the dimension's own score, so the
   specific theme stays first); the Plan Grandes villes, reached only through one of its
   conditions, is not suggested next to it; a suggestion under :data:`MIN_SHARE` of the best
   one is dropped (:data:`CONDITION_MIN_SHARE` for a PNS condition next to a better condition);
6. ties are broken by document order: the result is deterministic.

The index (:mod:`.suggest_index`) is built once per reference content and lexicon, kept in
memory and in the user's cache folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, NamedTuple

from zonalplan.alignment.suggest_index import (
    DUTCH_TEXT,
    FIELDS,
    GERMAN,
    IndexData,
    abbreviation_key,
    load_or_build,
)
from zonalplan.alignment.suggest_labels import national_label
from zonalplan.alignment.suggest_lexicon import lexicon_digest
from zonalplan.alignment.suggest_reasons import explain as _explain
from zonalplan.alignment.suggest_reasons import short as _short
from zonalplan.alignment.suggest_reasons import why as _why
from zonalplan.alignment.suggest_terms import (
    CONTEXT_FACTOR,
    _Alt,
    _label_words,
    _Term,
    framed_keys,
    outside_domains,
    read_in_context,
)
from zonalplan.alignment.textnorm import (
    Token,
    detect_language,
    fold,
    is_content,
    is_context,
    lemma,
    nominal_verb,
    split_compound,
    tokenize,
)
from zonalplan.i18n import _
from zonalplan.i18n.reference_text import item_label
from zonalplan.reference.api import KIND_LABELS, Item, Reference

SOURCES = ("pns", "ncsi")
TEXT_FIELD = FIELDS.index("text")
SYNONYM_FACTOR = 0.7
COMPOUND_FACTOR = 0.8
KNOWN_COMPOUND_FACTOR = 0.5
ABBREVIATION_FACTOR = 0.9
OTHER_LANGUAGE_FACTOR = 0.9
OUTSIDE_DOMAIN_FACTOR = 0.3
"""What an item keeps when the objective names none of its domain's anchors."""
NOMINAL_FACTOR = 0.85
"""A Dutch « -ing » noun read as its verb (« sluikstortingen » → sluikstorten)."""
PHRASE_BONUS = 0.6
MIN_SHARE = 0.3
"""A suggestion scoring under this share of the best one of its source is dropped."""
CONDITION_MIN_SHARE = 0.15
"""The same for a PNS condition when the best suggestion is a condition too."""
SCENE_MIN_SHARE = 0.5
"""The same for a suggestion reached through scene-setting words only."""
NCSI_MIN_SCORE = 0.4
"""An NCSI item scoring under this is no suggestion: one weak word (« qualité », « online ») is
all an objective of the corps' own functioning shares with it, and such objectives have no
NCSI link (the PNS conditions always offer them one)."""


@dataclass(frozen=True)
class Suggestion:
    """One suggested national item, its score and the matched terms a reviewer can check."""

    item: Item
    score: float
    why: list[str]
    label: str = ""
    """What the item is, kind and full number path (« PNS thème 5 › objectif local 2 »)."""

    def to_json(self) -> dict:
        """Return the JSON form of ``zonalplan suggest --json`` (title in the item's language)."""
        return {"id": self.item.id, "source": self.item.source, "kind": self.item.kind,
                "number": self.item.number, "title": self.item.title,
                "label": self.label or self.item.label,
                "path": list(self.item.path), "score": round(self.score, 3), "why": self.why,
                "language": self.item.language, "translation": self.item.translation}


class SplitSuggestions(NamedTuple):
    """The PNS and the NCSI rankings of one text, separately."""

    pns: list[Suggestion]
    ncsi: list[Suggestion]


class SuggestIndex:
    """The suggestion index of one reference; build it once with :meth:`for_reference`."""

    _cache: ClassVar[dict[tuple[str, str], SuggestIndex]] = {}

    def __init__(self, reference: Reference, data: IndexData) -> None:
        self.reference = reference
        self.data = data
        self.items = [reference.items_by_id[i] for i in data.docs]
        self.words = data.words
        self._named_keys: dict[str, bool] = {}
        self.condition_docs = frozenset(
            d for d, item in enumerate(self.items) if item.kind == "pns_condition")
        self.condition_groups: dict[int, list[int]] = {}
        for d in self.condition_docs:
            parent = data.parents[d][0]
            if parent in self.condition_docs:
                self.condition_groups.setdefault(parent, []).append(d)

    @classmethod
    def for_reference(cls, reference: Reference, lexicon_path: Path | None = None
                      ) -> SuggestIndex:
        """Return the index of a reference: from memory, else the cache folder, else built.

        Kept in memory per ``reference.content_hash`` and lexicon file digest.
        """
        key = (reference.content_hash or f"id:{id(reference)}", lexicon_digest(lexicon_path))
        index = cls._cache.get(key)
        if index is None:
            index = cls(reference, load_or_build(reference, lexicon_path))
            cls._cache[key] = index
        return index

    # -- query analysis -------------------------------------------------------------------------

    def _known(self, part: str) -> str | None:
        return self.words.get(part)

    def _named(self, key: str) -> bool:
        """Return True when some item names the key in a keyword or title, not only in text."""
        named = self._named_keys.get(key)
        if named is None:
            flat = self.data.postings.get(key, ())
            named = any(flat[i] != TEXT_FIELD for i in range(2, len(flat), 4))
            self._named_keys[key] = named
        return named

    def _word_alts(self, folded: str, langs: tuple[str, ...], factor: float, how: str,
                   shown: str, synonyms: bool = True, decided: bool = True) -> list[_Alt]:
        alts: list[_Alt] = []
        for n, lang in enumerate(langs):
            key = lemma(folded, lang)
            f = factor * (1.0 if n == 0 else OTHER_LANGUAGE_FACTOR)
            context = is_context(folded, langs[0])
            if context:
                f *= CONTEXT_FACTOR
            foreign = n > 0 and how == "exact" and decided  # undecided: both are its own
            if key in self.data.postings:
                alts.append(_Alt(key, f, how, shown, context=context, foreign=foreign))
            if lang == "nl" and not foreign and DUTCH_TEXT + key in self.data.postings:
                alts.append(_Alt(DUTCH_TEXT + key, f, how, shown, context=context))
            verb = nominal_verb(key) if lang == "nl" and how != "expansion" else None
            if verb and verb in self.data.postings and self._named(verb):
                # the act the noun names: « sluikstorting » is what « sluikstorten » does
                alts.append(_Alt(verb, f * NOMINAL_FACTOR, how, shown, context=context,
                                 foreign=foreign))
            if how == "exact" and "~" + key in self.data.postings:
                # the head or modifier of an item's compound keyword (« inbraak » in
                # « woninginbraak »): only a word the zone wrote whole reaches it
                alts.append(_Alt("~" + key, f, how, shown, context=context, foreign=foreign))
            via = (
                ""
                if how == "exact"
                else (
                    _("{word} (mot composé)").format(word=shown)
                    if how == "compound"
                    else _("{word} (abréviation)").format(word=shown)
                )
            )
            cap = self.data.idf.get(key)
            for other, word in (self.data.synonyms.get(key, []) if synonyms else ()):
                if other in self.data.postings:
                    alts.append(_Alt(other, f * SYNONYM_FACTOR, "synonym", word, via, cap,
                                     context))
        return alts

    def analyse(self, text: str, reader: str | None = None) -> tuple[list[_Term], str | None]:
        """Return the query terms of a text (with their alternative keys) and its language.

        A text without a telling word (« Fahrraddiebstahl ») is read in the ``reader``'s language
        when that is German; French and Dutch are both read anyway.
        """
        terms, lang, _written = self._analyse(text, reader)
        return terms, lang

    def _analyse(self, text: str, reader: str | None
                 ) -> tuple[list[_Term], str | None, set[str]]:
        """Return :meth:`analyse`'s terms and language, and the keys of every word written."""
        tokens = tokenize(text)
        lang = detect_language(tokens)
        if lang is None and reader == "de":
            lang = "de"  # « Fahrraddiebstahl »: no function word, a German reader
        langs = ("nl", "fr") if lang == "nl" else ("fr", "nl")
        terms: list[_Term] = []
        seen: set[str] = set()
        parts_of_whole: list[str] = []  # parts of a hyphenated word matched whole
        for tok in tokens:
            if parts_of_whole and tok.folded == parts_of_whole[0]:
                # « bien-être » matched whole: its « bien » is no « biens » (property); an
                # abbreviation in it still counts (« ANPR-camera's »)
                parts_of_whole.pop(0)
                if not tok.upper:
                    continue
            else:
                parts_of_whole = []
            if not is_content(tok) or tok.folded in seen:
                continue
            seen.add(tok.folded)
            following = tokens[tok.position + 1:tok.position + 2]
            if tok.upper and following and following[0].folded.isdigit():
                # « GPI 62 », « PLP 41 »: a circular's name, not « police intégrée »; one no
                # item names says nothing
                terms.extend(self._numbered(tok, following[0]))
                continue
            if lang == "de":
                terms.extend(self._terms_de(tok))
                continue
            # a hyphenated word is not split again: its parts follow it as words of their own
            found = self._terms_of(tok, langs, lang != "fr" and "-" not in tok.surface,
                                   decided=lang is not None)
            if found and "-" in tok.surface and any(a.how in ("exact", "abbr")
                                                    for a in found[0].alts):
                parts_of_whole = [f for f in (fold(p) for p in tok.surface.split("-")) if f]
            terms.extend(found)
        written = self._written_keys(tokens, lang)
        return (read_in_context(terms, _label_words(text), self.data, self._known, written,
                                self._named),
                lang, written)

    def _numbered(self, tok: Token, number: Token) -> list[_Term]:
        """Return the term of an abbreviation with its number (« GPI 62 ») if an item lists it."""
        shown = f"{tok.surface} {number.surface}"
        key = "#" + abbreviation_key(shown)
        if key not in self.data.postings:
            return []
        return [_Term(shown, [_Alt(key, 1.0, "abbr", shown)])]

    def _terms_de(self, tok: Token) -> list[_Term]:
        """Read a word of a German text: German keys only, its compound parts, abbreviations."""
        data = self.data
        context = is_context(tok.folded, "de")
        factor = CONTEXT_FACTOR if context else 1.0
        alts: list[_Alt] = []
        if tok.upper and "#" + tok.folded in data.postings:
            alts.append(_Alt("#" + tok.folded, 1.0, "abbr", tok.surface))
        key = GERMAN + lemma(tok.folded, "de")
        for k in (key, "~" + key):
            if k in data.postings:
                alts.append(_Alt(k, factor, "exact", tok.surface, context=context))
        whole = any(a.how == "exact" and self._named(a.key) for a in alts)
        parts = data.compounds.get(GERMAN + tok.folded)
        if parts is None:
            parts = [] if whole else split_compound(tok.folded, data.words_de.get)
        def part_alts(part: str, part_key: str, factor: float) -> list[_Alt]:
            context = is_context(part, "de")
            return [_Alt(k, factor * (CONTEXT_FACTOR if context else 1.0), "compound", part,
                         context=context)
                    for k in (part_key, "~" + part_key) if k in data.postings]

        return self._with_parts(tok.surface, alts, parts, whole, part_alts)

    @staticmethod
    def _with_parts(surface: str, alts: list[_Alt], parts: list[tuple[str, str, bool]],
                    whole: bool, part_alts: Callable[[str, str, float], list[_Alt]]
                    ) -> list[_Term]:
        """Return a word's term, then one term per part of it that some item knows.

        The head of a compound (its right part) counts more than the other part when the
        word itself is known whole.
        """
        out = [_Term(surface, alts)] if alts else []
        for part, part_key, head in parts:
            found = part_alts(part, part_key,
                              COMPOUND_FACTOR if head or not whole else KNOWN_COMPOUND_FACTOR)
            if found:
                out.append(_Term(surface, found))
        return out

    def _terms_of(self, tok: Token, langs: tuple[str, ...], compounds: bool = True, *,
                  decided: bool = True
                  ) -> list[_Term]:
        out: list[_Term] = []
        abbr = self.data.abbreviations.get(tok.folded)
        # In capitals, a known abbreviation is one; in lower case only from four letters on and
        # when it is no word of the lexicon (« anpr » yes, « sac » — a bag — no).
        is_abbr = abbr is not None and (
            tok.upper or (len(tok.folded) >= 4 and tok.folded not in self.words))
        alts: list[_Alt] = []
        if tok.upper or is_abbr:
            key = "#" + tok.folded
            if key in self.data.postings:
                alts.append(_Alt(key, 1.0, "abbr", tok.surface))
        if not (tok.upper and is_abbr):
            alts += self._word_alts(tok.folded, langs, 1.0, "exact", tok.surface,
                                    decided=decided)
        if not is_abbr:
            # A compound also counts by its parts (« fietsdiefstallen » → diefstal). A Dutch
            # keyword of the lexicon was split when the index was built; its head (right part)
            # counts more than the other part. An unknown word is split here, unless the text is
            # French (« mariages » is no « mari » + « âge »). A part of a word matched whole
            # brings no synonym of its own (« verkeersveiligheid » is not « route »).
            whole = any(a.how == "exact" and self._named(a.key) for a in alts)
            if tok.folded in self.data.compounds:
                parts = self.data.compounds[tok.folded]
            else:
                parts = [] if whole or not compounds else split_compound(tok.folded,
                                                                          self._known)
            out = self._with_parts(
                tok.surface, alts, parts, whole,
                lambda part, _key, factor: self._word_alts(part, ("nl", "fr"), factor,
                                                           "compound", part,
                                                           synonyms=not whole))
        elif alts:
            out.append(_Term(tok.surface, alts))
        if is_abbr:
            # what the abbreviation stands for is one more word of the objective, however many
            # words its expansions have (« ANPR » is not eight words about number plates)
            expansion: list[_Alt] = []
            for lang, phrase in abbr[1]:
                for sub in tokenize(phrase):
                    if is_content(sub):
                        expansion += self._word_alts(
                            sub.folded, (lang, "fr" if lang == "nl" else "nl"),
                            ABBREVIATION_FACTOR, "expansion", phrase)
            if expansion:
                out.append(_Term(tok.surface, expansion))
        return out

    # -- scoring --------------------------------------------------------------------------------

    def score(self, text: str, language: str | None = None
              ) -> tuple[list[float], list[list[tuple[float, str, str]]], list[bool]]:
        """Return the score of every candidate item, its reasons, and whether a domain word hit it.

        ``language`` is the language the reasons name related items in (French by default).
        """
        data = self.data
        n = len(data.docs)
        scores = [0.0] * n
        reasons: list[list[tuple[float, str, str]]] = [[] for _ in range(n)]
        domain = [False] * n  # matched a word naming the phenomenon itself
        named = [False] * n  # matched a keyword, title or phrase (not only body text)
        terms, _lang, written = self._analyse(text, language)
        query_keys: dict[str, tuple[float, str, int]] = {}
        scene_keys: dict[str, bool] = {}
        internal_keys: set[str] = set()  # words that only reach the PNS conditions
        for n_term, term in enumerate(terms):
            best: dict[int, tuple[float, _Alt, list]] = {}
            for alt in term.alts:
                # a scene word completes an item's own phrase at full weight, next to a word
                # naming the phenomenon (« geweld tegen politie », « vol de vélos »)
                factor = alt.factor / CONTEXT_FACTOR if alt.context else alt.factor
                if factor > query_keys.get(alt.key, (0.0, "", 0))[0]:
                    query_keys[alt.key] = (factor, term.surface, n_term)
                    # a word read through a synonym does not name the phenomenon by itself
                    scene_keys[alt.key] = alt.context or alt.how == "synonym"
                    if alt.internal:
                        internal_keys.add(alt.key)
                idf = data.idf.get(alt.key, 0.0)
                if alt.idf_cap is not None:
                    idf = min(idf, alt.idf_cap)
                scale = alt.factor * idf / 1000.0
                flat = data.postings[alt.key]
                for i in range(0, len(flat), 4):
                    if alt.internal and flat[i] not in self.condition_docs:
                        continue
                    if (alt.foreign or alt.context) and flat[i + 2] == TEXT_FIELD:
                        # « bandes » read as Dutch is no « banden » of a Dutch text, and a
                        # scene-setting word (« policier ») counts only where an item names it
                        continue
                    doc, value = flat[i], flat[i + 1] * scale
                    if doc not in best or value > best[doc][0]:
                        best[doc] = (value, alt, flat[i + 2:i + 4])
            for doc, (value, alt, (field_code, shown)) in best.items():
                scores[doc] += value
                # how the zone works (« en concertation avec ») is what a PNS condition is about
                domain[doc] = domain[doc] or not alt.context or (
                    alt.approach and doc in self.condition_docs)
                named[doc] = named[doc] or field_code != TEXT_FIELD
                shown_word = data.strings[shown]
                reasons[doc].append((value, _explain(term.surface, alt, FIELDS[field_code],
                                                     shown_word), fold(shown_word)))
        for doc in self._phrase_bonus(query_keys, scene_keys, internal_keys, scores, reasons):
            named[doc] = True
        for doc in range(n):
            if scores[doc] and not named[doc] :
                # only the body text has the word (« ordre » in a cybercrime text): no item
                # names it, so it is no reason the user would accept
                scores[doc] = 0.0
        # what the objective writes, not what a synonym reads into it (« partenariat » is no
        # « partenaire » of a couple)
        written |= {a.key.lstrip("~").removeprefix(DUTCH_TEXT) for t in terms for a in t.alts
                    if a.how != "synonym"}
        # a word the rest of the objective frames (« maltraitance » of an animal) anchors no
        # domain of its own (the family violence's « maltraitance »)
        outside_domains(self.data, written - framed_keys(terms), scores,
                        OUTSIDE_DOMAIN_FACTOR)
        for doc, factor in enumerate(data.kind_factor):
            if factor != 1.0 and scores[doc]:
                scores[doc] *= factor
        own = {doc: scores[doc] for doc in self.condition_groups}  # before their conditions
        for doc in range(n - 1, -1, -1):  # children come after their parent in document order
            parent, factor = data.parents[doc]
            if parent >= 0 and scores[doc] > 0 and factor:
                # An NCSI dimension only takes a share of what its theme has beyond its own
                # score, so the specific theme stays first; a PNS theme takes a share of all.
                base = scores[parent] if self.items[doc].kind == "ncsi_theme" else 0.0
                share = max(0.0, scores[doc] - base) * factor
                if share > 0.05:
                    scores[parent] += share
                    domain[parent] = domain[parent] or domain[doc]
                    item = self.reference.localize(self.items[doc], language)
                    label = KIND_LABELS.get(item.kind, item.kind)
                    reasons[parent].append(
                        (share, _("via {kind} « {title} »").format(
                            kind=label, title=_short(item_label(item))), ""))
        for doc in self.condition_groups:
            if not own[doc]:
                # the Plan Grandes villes itself, reached only through one of its conditions,
                # is no suggestion next to it: it is the frame of the big-city zones, the
                # condition says what the objective does (« wijkinspecteur » → 4.6)
                scores[doc] = 0.0
        return scores, reasons, domain

    def _written_keys(self, tokens: list[Token], lang: str | None) -> set[str]:
        """Return the keys of every word the objective writes, whether an item carries it or not.

        The lexicon's words count even when no item names them (a domain's « vrachtwagens »,
        « pistool », the fleet's « sinistralité »): each content word read in the text's
        language (in French and Dutch when the text does not tell), and the parts of a compound
        known as words (« korpswapens » → korps + wapen). A word is not read in the other
        language here: « violences » is no Dutch « viol », « écologique » no « école ».
        """
        named = self.data.lexicon_keys
        langs = ("fr", "nl") if lang is None else (lang,)
        prefix = GERMAN if lang == "de" else ""

        def lexicon_word(form: str) -> str | None:
            key = prefix + lemma(form, lang or "nl")
            return key if key in named else (
                self.data.words_de.get(form) if prefix else self._known(form))

        written: set[str] = set()
        for tok in tokens:
            if not is_content(tok):
                continue
            folded = tok.folded
            written |= {prefix + lemma(folded, one) for one in langs}
            if lang != "fr":
                parts = split_compound(folded, lexicon_word)
                if len(parts) == 2 or parts and len(folded) - len(parts[0][0]) >= 6:
                    # a part alone leaves a word, not an ending: « gender|sensitieve » yes,
                    # « rekrut|ering » is no « rekruut »
                    written |= {key for _p, key, _h in parts}
        return written

    def _phrase_bonus(self, query_keys: dict[str, tuple[float, str, int]],
                      scene_keys: dict[str, bool], internal_keys: set[str],
                      scores: list[float],
                      reasons: list[list[tuple[float, str, str]]]) -> set[int]:
        """Add the bonus of the items' keyword phrases found whole; return those items."""
        data = self.data
        found: set[int] = set()
        best: dict[int, tuple[float, str]] = {}
        touched = {pid for key in query_keys for pid in data.phrase_keys.get(key, ())}
        for pid in sorted(touched):
            doc, keys, shown, weight = data.phrases[pid]
            own = [k for k in keys if k in query_keys and not scene_keys[k]]
            if own and all(k in internal_keys for k in own) and doc not in self.condition_docs:
                continue  # « applications mobiles » of the corps is no victim's application
            if all(k in query_keys for k in keys):
                factor = min(query_keys[k][0] for k in keys)
                if all(scene_keys[k] for k in keys):  # « espace public »: only the scene
                    # (or words read through synonyms)
                    factor *= CONTEXT_FACTOR
                value = PHRASE_BONUS * weight * factor * sum(data.idf.get(k, 0.0) for k in keys)
                if doc not in best or value > best[doc][0]:
                    written = " ".join(dict.fromkeys(
                        q[1] for q in sorted((query_keys[k] for k in keys), key=lambda q: q[2])))
                    best[doc] = (value, shown, written)
        for doc, (value, shown, written) in best.items():
            scores[doc] += value
            found.add(doc)
            via = "" if fold(written) in fold(shown) else f"« {written} » ≈ "
            reasons[doc].append(
                (
                    value,
                    via + _("« {phrase} » (expression entière)").format(phrase=shown),
                    "\0" + fold(shown),
                )
            )
        return found

    def suggest(self, text: str, *, limit: int = 10, sources: tuple[str, ...] | list[str] = SOURCES,
                language: str | None = None) -> list[Suggestion]:
        """Return the best items of the given sources for a text, best first.

        The items come with their titles in ``language`` (French by default), whatever the
        language of the text: matching is bilingual, display follows the reader.
        """
        return self._rank(text, limit, tuple(sources), merged=True, language=language)

    def split(self, text: str, limit: int = 5, language: str | None = None) -> SplitSuggestions:
        """Return the PNS and the NCSI rankings of a text separately (titles in ``language``)."""
        scores = self.score(text, language) if isinstance(text, str) and text.strip() else None
        return SplitSuggestions(
            self._rank(text, limit, ("pns",), scored=scores, language=language),
            self._rank(text, limit, ("ncsi",), scored=scores, language=language))

    def _rank(self, text: str, limit: int, sources: tuple[str, ...], merged: bool = False,
              scored: tuple | None = None, language: str | None = None) -> list[Suggestion]:
        if not isinstance(text, str) or not text.strip() or limit <= 0:
            return []
        scores, reasons, domain = scored or self.score(text, language)
        out: list[Suggestion] = []
        for source in sources:
            docs = [d for d, item in enumerate(self.items)
                    if item.source == source and scores[d] > 0]
            if not docs:
                continue
            best_domain = max((scores[d] for d in docs if domain[d]), default=0.0)
            # an item reached only through scene-setting words (« scholen ») is no match when
            # another shares the phenomenon itself (« verkeersveiligheid ») and ranks higher
            docs = [d for d in docs if domain[d] or scores[d] >= best_domain]
            top = max(scores[d] for d in docs)
            # an item reached through scene words alone needs more (« écoles » alone is no match
            # next to an item that has « abords d'écoles » whole); the corps' own objectives
            # serve several conditions: next to the best one, a condition needs less to be
            # shown (« aanrijtijden » → 4.6, and 4.3 after it)
            best = max(docs, key=lambda d: (scores[d], -d))
            condition_share = (CONDITION_MIN_SHARE if best in self.condition_docs
                               else MIN_SHARE)
            docs = [d for d in docs
                    if scores[d] >= (SCENE_MIN_SHARE if not domain[d]
                                     else condition_share if d in self.condition_docs
                                     else MIN_SHARE) * top
                    and (source != "ncsi" or scores[d] >= NCSI_MIN_SCORE)]
            docs.sort(key=lambda d: (-round(scores[d], 9), d))
            out += [Suggestion(self.reference.localize(self.items[d], language),
                               round(scores[d], 4), _why(reasons[d]),
                               national_label(self.items[d], self.reference, language))
                    for d in docs[:limit]]
        if merged and len(sources) > 1:
            order = {s.item.id: n for n, s in enumerate(out)}
            out.sort(key=lambda s: (-s.score, s.item.position, order[s.item.id]))
        return out[:limit]


def suggest(text: str, reference: Reference, *, limit: int = 10,
            sources: tuple[str, ...] | list[str] = SOURCES,
            language: str | None = None) -> list[Suggestion]:
    """Return the PNS/NCSI items that best match an objective's text, best first, with reasons."""
    return SuggestIndex.for_reference(reference).suggest(text, limit=limit, sources=sources,
                                                         language=language)


def suggest_split(text: str, reference: Reference, limit: int = 5,
                  language: str | None = None) -> SplitSuggestions:
    """Return the PNS ranking and the NCSI ranking of an objective's text separately."""
    return SuggestIndex.for_reference(reference).split(text, limit, language)

"""Read the words of an objective: their index keys, and the sense the rest of it gives them.

Terms and their alternative readings (:class:`_Term`, :class:`_Alt`) are what
:mod:`.suggest` scores; :func:`read_in_context` applies the lexicon's ``scenes`` and
``organisation`` sections to them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from zonalplan.alignment.suggest_index import DUTCH_TEXT, GERMAN, IndexData
from zonalplan.alignment.textnorm import (
    fold,
    is_content,
    is_context,
    lemma,
    split_compound,
    tokenize,
)

CONTEXT_FACTOR = 0.3
"""A word that only sets the scene (« écoles », « wijk », « veiligheid ») weighs this share."""
LABEL_WORDS = frozenset({"objectif", "doelstelling", "strategische", "strategisch", "operationnel",
                         "operationele", "interne", "intern", "sd", "od", "os"})
"""Words of a plan's own numbering of its objectives (« Strategische doelstelling 4: … »)."""


@dataclass
class _Alt:
    key: str
    factor: float
    how: str  # "exact" | "compound" | "synonym" | "abbr" | "expansion"
    shown: str  # what the reviewer sees on the right of the arrow
    via: str = ""  # the compound part or abbreviation expansion a synonym comes from
    idf_cap: float | None = None  # a synonym weighs no more than the word the zone wrote
    context: bool = False  # a scene-setting word (« scholen »), see CONTEXT_FACTOR
    foreign: bool = False  # read in the other language: never matched in body text
    internal: bool = False  # the police's own functioning (« bien-être du personnel »)
    approach: bool = False  # how the zone works, next to a phenomenon (« en concertation avec »)
    framed: bool = False  # a scene word of a frame (« maltraitance » next to an animal)


@dataclass
class _Term:
    surface: str
    alts: list[_Alt]

    @property
    def context(self) -> bool:
        """Return True when every reading of the term only sets the scene (a context word)."""
        return all(a.context for a in self.alts)



def read_in_context(terms: list[_Term], label: list[str] | None, data: IndexData,
                    known: Callable[[str], str | None],
                    seen: set[str] | frozenset[str] = frozenset(),
                    named: Callable[[str], bool] | None = None) -> list[_Term]:
    """Read words in the sense the rest of the objective gives them (lexicon sections).

    ``scenes``: in « vols dans les véhicules », « fietsdiefstallen », the vehicle or the
    bicycle only says what was stolen, so road-safety items it would reach on its own do
    not rank with the offence; in « rijden onder invloed van drugs » the drug says how the
    driver is impaired, so drug-trafficking items do not rank with road safety.

    ``organisation``: an objective is internal when it names the corps' own staff
    (« personnel », « medewerkers »), when its label (« Budget : … », « Onthaal: … »)
    is made of the organisation's words, or when every word naming something is one of
    them (« interne communicatie »). Then « bien-être », « recrutement », « intégrité »,
    « samenwerking » speak of the organisation and only reach the PNS conditions, not
    animal welfare, criminal recruitment, corruption or organised crime; with no staff
    named, nothing else is named either, and every word only reaches the conditions.
    """
    if not terms:
        return terms
    anchors, own_words = set(data.org_anchors), set(data.org_words) | set(data.org_anchors)

    splits: dict[tuple[str, bool], set[str]] = {}

    def split_keys(surface: str, german: bool) -> set[str]:
        """Return the keys of a compound's parts, split once per word (a compound gives
        several terms: the word whole and each of its parts)."""
        keys = splits.get((surface, german))
        if keys is None:
            words_of = data.words_de.get if german else known
            keys = {key for _p, key, _h in split_compound(fold(surface), words_of)}
            splits[surface, german] = keys
        return keys

    def part_keys(term: _Term) -> set[str]:
        # a compound read by its parts, a part perhaps only through its synonyms: its parts
        # (« fiets|registratie » next to « fietsdiefstallen » is the stolen bicycle's)
        if any(a.how in ("exact", "abbr") for a in term.alts):
            return set()
        return split_keys(term.surface, False)

    keys_of = [term_keys(t) for t in terms]
    # ``seen``: every word written, one no item carries too (« sinistralité »)
    written = set().union(*keys_of) | seen
    for term in terms:  # every part of a compound, even one no item carries (« korps »)
        if any(a.how == "compound" for a in term.alts):
            written |= split_keys(term.surface, any(
                a.key.lstrip("~").startswith(GERMAN) for a in term.alts))
    # per active frame, its scene words that are not also its framing words (« vols »)
    frames = [(set(words), set(when)) for when, words in data.scenes if written & set(when)]
    # internal: the corps' own staff is named, or every word naming something is a word of
    # the organisation's own functioning (« interne communicatie », « gestion des
    # ressources humaines »: no phenomenon is named)
    # each word naming something: one of the organisation's? (a compound when the whole
    # is, or when all its parts are: « dierenwelzijn » is no « welzijn » of the staff)
    whole: dict[str, bool] = {}
    parts: dict[str, list[bool]] = {}
    unnamed = 0
    for term, keys in zip(terms, keys_of, strict=True):
        if term.context:
            continue
        if named is not None and not keys & own_words and not any(
                named(a.key) for a in term.alts if a.how != "synonym"):
            unnamed += 1  # no item names it (« coördineert », « publiant »)
            continue
        if any(a.how == "compound" for a in term.alts):
            parts.setdefault(term.surface, []).append(bool(keys & own_words))
        else:
            whole[term.surface] = whole.get(term.surface, False) or bool(keys & own_words)
    words = set(whole) | set(parts)
    # a word no item names is left out when two words of the organisation say what the
    # objective is about (« webredactie … communicatie … coördineert »), not next to a single
    # one (« déplacements à vélo » are the cyclists', not the corps' service bikes)
    only_organisation = len(words) >= (2 if unnamed else 1) and all(
        whole.get(w) or (w in parts and all(parts[w])) for w in words)
    if label:  # « Budget : maîtriser la dotation… », « Diversiteit in het korps: … »
        label_keys = [{lemma(w, "fr"), lemma(w, "nl"), GERMAN + lemma(w, "de")}
                      for w in label]
        only_organisation = only_organisation or all(k & own_words for k in label_keys)
    internal = only_organisation or bool(written & anchors)
    # a compound the organisation has as a whole (« geweldbeheersing ») brings its parts
    organisation_words = {t.surface for t, k in zip(terms, keys_of, strict=True)
                          if k & own_words and not any(a.how == "compound" for a in t.alts)}
    # next to a phenomenon, the organisation's words say how, not what (« polarisatie …
    # opvolgen in samenwerking met … »): they set the scene
    approach_keys = set(data.org_approach)
    approach = not internal and any(k & approach_keys for k in keys_of)
    if not frames and not internal and not approach:
        return terms
    out = []
    for term, keys in zip(terms, keys_of, strict=True):
        if only_organisation or internal and (keys & own_words
                                              or term.surface in organisation_words):
            term = _Term(term.surface, [replace(a, internal=True) for a in term.alts])
        elif approach and keys & approach_keys:
            term = _Term(term.surface, [
                replace(a, factor=a.factor * CONTEXT_FACTOR, context=True, approach=True)
                if not a.context else a for a in term.alts])
        elif frames and any((keys | part_keys(term)) & words and not keys & when
                            for words, when in frames):
            term = _Term(term.surface, [
                replace(a, factor=a.factor * CONTEXT_FACTOR, context=True, framed=True)
                for a in term.alts])
        out.append(term)
    return out


def term_keys(term: _Term) -> set[str]:
    """Return the keys of a word as the objective writes it: its readings, not its synonyms,
    and its lemmas even when no item carries it (« heling »), a compound's whole too
    (« korpswapens », the corps' own weapons)."""
    keys = {_base_key(a.key) for a in term.alts if a.how != "synonym"}
    folded = fold(term.surface)
    return keys | {lemma(folded, "fr"), lemma(folded, "nl"), GERMAN + lemma(folded, "de")}


def framed_keys(terms: list[_Term]) -> set[str]:
    """Return the keys of the words that only set a frame's scene (and have no other reading)."""
    framed: set[str] = set()
    free: set[str] = set()
    for term in terms:
        (framed if term.alts and all(a.framed for a in term.alts) else free).update(
            term_keys(term))
    return framed - free


def _label_words(text: str) -> list[str]:
    """Return the content words of a short label ending with a colon (« Budget : … »), if any."""
    head, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(head) > 40 or "\n" in head:
        return []
    return [t.folded for t in tokenize(head) if is_content(t) and not is_context(t.folded)
            and not any(c.isdigit() for c in t.folded)  # « SD7 – Formation : … »
            and t.folded not in LABEL_WORDS]


def _base_key(key: str) -> str:
    """Return an index key without its field prefix (« ~ », « nl: », « # »; German keeps « de: »)."""
    key = key.lstrip("~#")
    return key[len(DUTCH_TEXT):] if key.startswith(DUTCH_TEXT) else key


def outside_domains(data: IndexData, written: set[str], scores: list[float],
                    factor: float) -> None:
    """Lower the items of a domain the objective names no anchor of (lexicon ``domains``).

    « Slachtoffers beter opvangen » and « geweld tegen politie » name no family or sexual
    violence: the victims' reception or the violence of the family-violence theme's
    objectives is not theirs. ``written`` holds the keys of every word of the objective (a
    scene-setting one too, and one no item carries).
    """
    for docs, anchors in data.domains:
        if written.isdisjoint(anchors):
            for doc in docs:
                scores[doc] *= factor

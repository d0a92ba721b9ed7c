"""Load the reviewer-maintained lexicon of the suggestions: synonyms and abbreviations (FR/NL).

The file is ``reference_data/lexicon/synonyms.yaml`` (see its header for the format). A broken
file is an error a maintainer can act on: :class:`~zonalplan.model.PlanError` names the entry.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from zonalplan.model import PlanError
from zonalplan.paths import bundled

LEXICON_PATH = bundled("reference_data", "lexicon", "synonyms.yaml")
LANGS = ("fr", "nl", "de")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class SynonymGroup:
    """Words a reviewer accepts as one idea, per language."""

    words: dict[str, tuple[str, ...]]
    note: str = ""


@dataclass(frozen=True)
class SceneFrame:
    """Words (``when``) that make other words (``scene``) only set the scene, per language."""

    when: dict[str, tuple[str, ...]]
    scene: dict[str, tuple[str, ...]]
    note: str = ""


@dataclass(frozen=True)
class Domain:
    """Items (with everything under them) that need one of the ``anchors`` in an objective."""

    items: tuple[str, ...]
    anchors: dict[str, tuple[str, ...]]
    note: str = ""


@dataclass(frozen=True)
class Lexicon:
    """Synonym groups and abbreviation expansions, plus a hash of the file they came from."""

    groups: tuple[SynonymGroup, ...] = ()
    abbreviations: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    digest: str = ""
    scenes: tuple[SceneFrame, ...] = ()
    organisation: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    """``anchors`` and ``words`` of the police organisation's own functioning, per language."""
    domains: tuple[Domain, ...] = ()


def _words(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise PlanError(f"Lexique {LEXICON_PATH.name} : {where} doit être une liste de mots.")
    return tuple(w.strip() for w in value)


def parse_lexicon(data: object, digest: str = "") -> Lexicon:
    """Validate the parsed YAML of a lexicon file and return it as a :class:`Lexicon`."""
    if data is None:
        return Lexicon(digest=digest)
    if not isinstance(data, dict) or set(data) - {"synonyms", "abbreviations", "scenes",
                                                  "organisation", "domains"}:
        raise PlanError(f"Lexique {LEXICON_PATH.name} : seules les clés « synonyms », "
                        "« abbreviations », « scenes », « organisation » et « domains » sont "
                        "permises.")
    groups = []
    for n, entry in enumerate(data.get("synonyms") or [], start=1):
        if not isinstance(entry, dict) or set(entry) - {"fr", "nl", "note"}:
            raise PlanError(f"Lexique {LEXICON_PATH.name} : le groupe de synonymes n° {n} doit "
                            "avoir des listes « fr » et/ou « nl » (et une « note »).")
        words = {lang: _words(entry.get(lang), f"synonyms n° {n} › {lang}") for lang in LANGS}
        if sum(len(w) for w in words.values()) < 2:
            raise PlanError(f"Lexique {LEXICON_PATH.name} : le groupe de synonymes n° {n} "
                            "doit compter au moins deux mots.")
        groups.append(SynonymGroup(words, str(entry.get("note") or "")))
    abbreviations: dict[str, dict[str, tuple[str, ...]]] = {}
    raw_abbr = data.get("abbreviations") or {}
    if not isinstance(raw_abbr, dict):
        raise PlanError(f"Lexique {LEXICON_PATH.name} : « abbreviations » doit associer chaque "
                        "abréviation à ses développements « fr » / « nl ».")
    for abbr, entry in raw_abbr.items():
        if not isinstance(entry, dict) or set(entry) - set(LANGS):
            raise PlanError(f"Lexique {LEXICON_PATH.name} : l'abréviation « {abbr} » doit avoir "
                            "des listes « fr », « nl » et/ou « de ».")
        abbreviations[str(abbr)] = {lang: _words(entry.get(lang), f"{abbr} › {lang}")
                                    for lang in LANGS}
    return Lexicon(tuple(groups), abbreviations, digest,
                   _scenes(data.get("scenes")),
                   _word_lists(data.get("organisation"), "organisation", ("anchors", "words"),
                               ("approach",)),
                   _domains(data.get("domains")))


def _entries(raw: object, section: str, what: str) -> list[tuple[int, object]]:
    """Return the numbered entries of a section that is a list (none when it is absent)."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise PlanError(f"Lexique {LEXICON_PATH.name} : « {section} » doit être une liste de "
                        f"{what}.")
    return list(enumerate(raw, start=1))


def _domains(raw: object) -> tuple[Domain, ...]:
    """Return the ``domains``: each a list of item ids and the ``anchors`` they need."""
    domains = []
    for n, entry in _entries(raw, "domains", "domaines « items » / « anchors »"):
        if not isinstance(entry, dict) or set(entry) - {"items", "anchors", "note"} or not (
                isinstance(entry.get("anchors"), dict)):
            raise PlanError(f"Lexique {LEXICON_PATH.name} : le domaine n° {n} doit avoir une "
                            "liste « items » et des « anchors » par langue (et une « note »).")
        items = _words(entry.get("items"), f"domains n° {n} › items")
        if not items:
            raise PlanError(f"Lexique {LEXICON_PATH.name} : le domaine n° {n} ne nomme aucun "
                            "élément (« items »).")
        raw_anchors = entry["anchors"]
        if set(raw_anchors) - {*LANGS, "abbr"}:
            raise PlanError(f"Lexique {LEXICON_PATH.name} : les « anchors » du domaine n° {n} "
                            "sont des listes « fr », « nl », « de » et/ou « abbr ».")
        anchors = {lang: _words(raw_anchors.get(lang), f"domains n° {n} › anchors › {lang}")
                   for lang in (*LANGS, "abbr")}
        domains.append(Domain(items, anchors, str(entry.get("note") or "")))
    return tuple(domains)


def _scenes(raw: object) -> tuple[SceneFrame, ...]:
    """Return the ``scenes`` frames: each a ``when`` and a ``scene`` word list (and a note)."""
    frames = []
    for n, entry in _entries(raw, "scenes", "cadres « when » / « scene »"):
        if not isinstance(entry, dict) or set(entry) - {"when", "scene", "note"}:
            raise PlanError(f"Lexique {LEXICON_PATH.name} : le cadre n° {n} de « scenes » doit "
                            "avoir les listes « when » et « scene » (et une « note »).")
        lists = _word_lists({k: entry.get(k) for k in ("when", "scene")}, f"scenes n° {n}",
                            ("when", "scene"))
        frames.append(SceneFrame(lists["when"], lists["scene"], str(entry.get("note") or "")))
    return tuple(frames)


def _word_lists(raw: object, section: str, names: tuple[str, str],
                optional: tuple[str, ...] = ()) -> dict[str, dict[str, tuple[str, ...]]]:
    """Return a section made of named word lists per language (``organisation``, …)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not set(names) <= set(raw) <= set(names) | set(optional):
        raise PlanError(f"Lexique {LEXICON_PATH.name} : « {section} » doit avoir les listes "
                        f"« {names[0]} » et « {names[1]} »"
                        + (f" (et « {optional[0]} »)." if optional else "."))
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for name, entry in raw.items():
        if not isinstance(entry, dict) or set(entry) - set(LANGS):
            raise PlanError(f"Lexique {LEXICON_PATH.name} : « {section} › {name} » doit avoir "
                            "des listes « fr », « nl » et/ou « de ».")
        out[name] = {lang: _words(entry.get(lang), f"{section} › {name} › {lang}")
                     for lang in LANGS}
    return out


def lexicon_digest(path: Path | None = None) -> str:
    """Return the hash of the lexicon file (which names the cached index), without parsing it."""
    try:
        return hashlib.sha256((path or LEXICON_PATH).read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read and validate the lexicon file (an absent file gives an empty lexicon)."""
    path = path or LEXICON_PATH
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Lexicon()
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=_LOADER)  # a safe loader (C or Python)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise PlanError(f"Lexique {path.name} illisible : {exc}") from exc
    return parse_lexicon(data, hashlib.sha256(raw).hexdigest())

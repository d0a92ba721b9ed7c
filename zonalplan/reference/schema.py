"""Schema of the curated reference sources in ``reference_data/*.yaml``.

Each YAML file holds one national document: a ``document`` header and the ``items`` in document
order. Every item is validated by :class:`RefItem` on load; ``python -m zonalplan.reference.schema
FILE…`` validates files by hand and lists OCR artefacts left in them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

Source = Literal["pns", "ncsi", "ssn", "goci", "mfa", "pzs"]

Kind = Literal[
    "pns_chapter",
    "pns_theme",
    "pns_subtheme",
    "pns_objective",
    "pns_attention_point",
    "pns_action_plan",
    "pns_condition",
    "pns_regular_theme",
    "ncsi_dimension",
    "ncsi_theme",
    "ncsi_subtheme",
    "ncsi_axis",
    "ssn_vital_interest",
    "ssn_trend",
    "ssn_threat",
    "ssn_orientation",
    "goci_market",
    "goci_actor",
    "goci_resilience",
    "mfa_objective",
    "pzs_functionality",
    "pzs_chapter",
    "pzs_czs_role",
    "glossary_term",
]

Relation = Literal["cited", "derived", "equivalent", "related"]

ID_PATTERN = r"^[a-z][a-z0-9]*(\.[a-z0-9_-]+)*$"

# Patterns that only OCR produces in French text. Each entry: (regex, what it is).
OCR_GARBAGE: list[tuple[str, str]] = [
    (r"\bI['’]", "« I' » au lieu de « l' »"),
    (r"\|", "barre verticale « | » (souvent « l »)"),
    (r"[¥©®]", "symbole parasite"),
    (r"(?m)^\s*[%»•e]\s", "puce d'OCR en début de ligne"),
    (r"\bceuvre", "« ceuvre » au lieu de « œuvre »"),
    (r"\b(Sar|slre|sire|sQr)\b", "« Sûr » mal reconnu"),
    (r"\bgu['’]", "« gu' » au lieu de « qu' »"),
    (r"\bLint[ée]grit[ée]", "« Lintégrité » (apostrophe perdue)"),
    (r"(?i)\b(phénomene|frontiere|maniere|systéme|étre|contréle|chalne|connalt|accroftre|"
     r"fagon|regu|renforgons|matiére|théme|premiére|derniére|particuliére|réguliére|"
     r"policiére|routiére|financiére|frontiéres|enquétes|revétir|méme|procédé s)\b",
     "accent mal reconnu"),
    (r"\b\w+—\w+", "tiret cadratin collé (souvent « - »)"),
    (r"[a-zà-ÿ][A-Z][a-z]{2,}", "mots collés (« Uneimage »)"),
    (r"\s[,.;:]\S", "ponctuation mal placée"),
    (r"\?\s*\d|[a-z]\d\s", "appel de note de bas de page collé"),
    (r"[ \t]{2,}", "espaces multiples"),
]


class Provenance(BaseModel):
    """Where a reader finds the official text of an item."""

    model_config = ConfigDict(extra="forbid")
    section: str = Field(min_length=1, description="Section number or heading as printed")
    page: int | None = Field(default=None, ge=1)
    note: str | None = None


class Keywords(BaseModel):
    """Matching lexicon of an item, as Belgian police services write it."""

    model_config = ConfigDict(extra="forbid")
    fr: list[str] = []
    nl: list[str] = []
    abbr: list[str] = []


class Link(BaseModel):
    """A link from one item to an item of another document."""

    model_config = ConfigDict(extra="forbid")
    target: str = Field(pattern=ID_PATTERN)
    relation: Relation
    note: str | None = None


class RefItem(BaseModel):
    """One item of a national document (theme, objective, dimension, threat, term…)."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID_PATTERN)
    kind: Kind
    number: str | None = None
    title: str = Field(min_length=1)
    text: str = ""
    parent: str | None = Field(default=None, pattern=ID_PATTERN)
    level: Literal["federal", "local", "integrated"] | None = None
    group: str | None = None
    wording: Literal["verbatim", "summary", "composed"] | None = None
    """« verbatim »: the source's words (OCR repaired); « summary »: condensed by ZonalPlan;
    « composed »: ZonalPlan's own frame text. Every bundled item has one (a test checks)."""
    provenance: Provenance
    printed: list[str] = []
    """Editorial corrections shown to the reader: « texte imprimé : « … » ; … »."""
    keywords: Keywords = Keywords()
    links: list[Link] = []
    extra: dict[str, str | list[str]] = {}

    @field_validator("title", "text")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()


class DocumentHeader(BaseModel):
    """The document a YAML file curates."""

    model_config = ConfigDict(extra="forbid")
    source: Source
    edition: str
    title: str
    short_title: str
    source_file: str
    publisher: str | None = None
    date: str | None = None
    language: str = "fr"
    note: str | None = None


class SourceFile(BaseModel):
    """A whole curated file: header plus items in document order."""

    model_config = ConfigDict(extra="forbid")
    document: DocumentHeader
    items: list[RefItem]


def load_source_file(path: Path) -> SourceFile:
    """Load and validate one curated YAML source."""
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return SourceFile.model_validate(data)


def ocr_artefacts(text: str) -> list[str]:
    """Return a description of every OCR artefact pattern found in ``text``."""
    found = []
    for pattern, label in OCR_GARBAGE:
        match = re.search(pattern, text)
        if match:
            found.append(f"{label}: «{text[max(0, match.start() - 20):match.end() + 20]}»")
    return found


def _main(argv: list[str]) -> int:
    status = 0
    for name in argv:
        path = Path(name)
        try:
            src = load_source_file(path)
        except (ValidationError, yaml.YAMLError) as exc:
            print(f"{path}: invalide\n{exc}")
            status = 1
            continue
        ids = [i.id for i in src.items]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            print(f"{path}: identifiants en double: {sorted(dupes)}")
            status = 1
        for item in src.items:
            for field in (item.title, item.text, *item.extra.values()):
                values = field if isinstance(field, list) else [field]
                for value in values:
                    for problem in ocr_artefacts(value):
                        print(f"{path}: {item.id}: {problem}")
                        status = 1
        print(f"{path}: {len(src.items)} éléments")
    return status


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))

"""Load the curated YAML sources of ``reference_data/`` and check them as a whole."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from zonalplan.model import UnusableInputError
from zonalplan.paths import bundled
from zonalplan.reference.schema import DocumentHeader, RefItem, Relation, SourceFile
from zonalplan.reference.translations import (
    I18N_DIR,
    Translations,
    load_translations,
    relative_name,
    translation_files,
)

BUILDER_VERSION = "3"
"""Bumped when the compiled database layout changes, so caches are rebuilt."""

CROSSWALK_SUFFIX = "crosswalk-"


class CrosswalkLink(BaseModel):
    """A curated link between items of two documents."""

    model_config = ConfigDict(extra="forbid")
    source: str
    target: str
    relation: Relation
    note: str | None = None


class Crosswalk(BaseModel):
    """A file of curated links between documents."""

    model_config = ConfigDict(extra="forbid")
    links: list[CrosswalkLink]


@dataclass
class LoadedItem:
    """An item with the document it comes from."""

    item: RefItem
    document: DocumentHeader
    position: int


@dataclass
class Corpus:
    """Every curated item, in document order, plus cross-document links."""

    items: list[LoadedItem] = field(default_factory=list)
    links: list[tuple[str, str, str, str | None]] = field(default_factory=list)
    documents: list[DocumentHeader] = field(default_factory=list)
    translations: Translations = field(default_factory=Translations)
    content_hash: str = ""


def reference_dir() -> Path:
    """Return the folder of curated sources."""
    return bundled("reference_data")


def source_files(folder: Path | None = None) -> list[Path]:
    """Return the curated YAML files in build order (document files, then crosswalks)."""
    folder = folder or reference_dir()
    files = sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("."))
    main = [p for p in files if not p.name.startswith(("_", CROSSWALK_SUFFIX))]
    parts = [p for p in files if p.name.startswith("_")]  # continuation of a split document
    return main + parts + [p for p in files if p.name.startswith(CROSSWALK_SUFFIX)]


def hashed_files(folder: Path | None = None) -> list[Path]:
    """Return every file the compiled database depends on: sources, then translations."""
    folder = folder or reference_dir()
    return source_files(folder) + translation_files(folder)


def content_hash(files: list[Path]) -> str:
    """Return a hash of the sources (and translations) and the builder version."""
    h = hashlib.sha256(BUILDER_VERSION.encode())
    for path in files:
        name = relative_name(path) if path.parent.parent.name == I18N_DIR else path.name
        data = path.read_bytes()
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def load_corpus(folder: Path | None = None) -> Corpus:
    """Load, validate and cross-check every curated source.

    Raises :class:`UnusableInputError` naming the file and the item when anything is wrong.
    """
    folder = folder or reference_dir()
    files = source_files(folder)
    corpus = Corpus(content_hash=content_hash(hashed_files(folder)))
    seen: dict[str, str] = {}
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise UnusableInputError(f"{path.name} : lecture impossible ({exc}).") from exc
        try:
            if path.name.startswith(CROSSWALK_SUFFIX):
                for link in Crosswalk.model_validate(data).links:
                    corpus.links.append((link.source, link.target, link.relation, link.note))
                continue
            src = SourceFile.model_validate(data)
        except ValidationError as exc:
            raise UnusableInputError(f"{path.name} : contenu invalide ({exc}).") from exc
        if not path.name.startswith("_"):
            corpus.documents.append(src.document)
        for item in src.items:
            if item.id in seen:
                raise UnusableInputError(
                    f"{path.name} : identifiant « {item.id} » déjà utilisé dans {seen[item.id]}.")
            seen[item.id] = path.name
            corpus.items.append(LoadedItem(item, src.document, len(corpus.items)))
            for link in item.links:
                corpus.links.append((item.id, link.target, link.relation, link.note))
    for loaded in corpus.items:
        parent = loaded.item.parent
        if parent and parent not in seen:
            raise UnusableInputError(
                f"{seen[loaded.item.id]} : « {loaded.item.id} » a pour parent « {parent} », "
                "qui n'existe pas.")
    for source, target, _, _ in corpus.links:
        for ref in (source, target):
            if ref not in seen:
                raise UnusableInputError(f"lien {source} → {target} : « {ref} » n'existe pas.")
    corpus.translations = load_translations(folder, set(seen),
                                            {d.source for d in corpus.documents})
    return corpus

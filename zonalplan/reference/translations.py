"""Translations of the national frame: ``reference_data/i18n/<lang>/*.yaml``.

The curated sources are French. Each translation file gives, for one language, the title (and
usually the text) of items of the reference by id, and the titles of the documents::

    language: nl
    status: working          # default status of every item in this file: working | official
    documents:
      pns: {title: Nationaal Veiligheidsplan 2026-2029, short_title: NVP 2026-2029}
    items:
      pns.1: {title: "…", text: "…"}       # text optional; status optional per item

``working`` marks a working translation made for ZonalPlan, ``official`` the text published by
the federal authorities: swapping in the official text later keeps the ids and changes the text
and the status. Several files per language are merged; an id given twice in one language, an id
the reference does not have, a wrong type or an unknown key stops the build with a message naming
the file and the id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from zonalplan.model import UnusableInputError, validation_message

LANGUAGES = ("nl", "de")
"""Languages a translation file may give (the sources themselves are French)."""

ORIGINAL_LANGUAGE = "fr"
I18N_DIR = "i18n"

Status = Literal["working", "official"]


class TranslatedItem(BaseModel):
    """The title and text of one item in another language."""

    model_config = ConfigDict(extra="forbid", strict=True)
    title: str = Field(min_length=1, title="titre")
    keywords: list[Annotated[str, Field(min_length=1, max_length=120)]] = Field(
        default=[], max_length=80, title="mots-clés")
    """Words of this language the link suggestions match (as the item's ``keywords``)."""
    text: str | None = Field(default=None, title="texte")
    status: Status | None = Field(default=None, title="statut")

    @field_validator("title", "text")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        return value.strip() if value is not None else None


class TranslatedDocument(BaseModel):
    """The title of one source document in another language."""

    model_config = ConfigDict(extra="forbid", strict=True)
    title: str = Field(min_length=1, title="titre")
    short_title: str = Field(min_length=1, title="titre court")
    status: Status | None = Field(default=None, title="statut")


class TranslationHeader(BaseModel):
    """The keys of a translation file other than its items."""

    model_config = ConfigDict(extra="forbid", strict=True)
    language: Literal["nl", "de"] = Field(title="langue")
    status: Status = Field(default="working", title="statut")
    documents: dict[str, Any] = Field(default={}, title="documents")
    items: dict[str, Any] = Field(default={}, title="éléments")


@dataclass(frozen=True)
class Translation:
    """One translated item or document, with its status and the file it comes from."""

    title: str
    text: str | None
    status: str
    file: str
    short_title: str | None = None
    keywords: tuple[str, ...] = ()


@dataclass
class Translations:
    """Every translation, per language: items and documents by id."""

    items: dict[str, dict[str, Translation]] = field(default_factory=dict)
    documents: dict[str, dict[str, Translation]] = field(default_factory=dict)


def translation_files(folder: Path) -> list[Path]:
    """Return the translation files under ``folder/i18n`` in build order (language, then name)."""
    root = folder / I18N_DIR
    if not root.is_dir():
        return []
    return sorted(p for lang in LANGUAGES for p in (root / lang).glob("*.yaml")
                  if not p.name.startswith("."))


def relative_name(path: Path) -> str:
    """Return the name a message gives a translation file (« i18n/nl/pns.yaml »)."""
    return f"{I18N_DIR}/{path.parent.name}/{path.name}"


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that refuses a key given twice in one mapping (YAML keeps the last one)."""


def _mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    loader.flatten_mapping(node)
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "clé invalide (une liste ou un ensemble)", key_node.start_mark
            ) from None
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"clé « {key} » donnée deux fois", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _read(path: Path) -> Any:
    name = relative_name(path)
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise UnusableInputError(f"{name} : lecture impossible ({exc}).") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f", ligne {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntaxe YAML invalide"
        raise UnusableInputError(f"{name}{where} : {problem}.") from exc


def _invalid(name: str, what: str, exc: ValidationError, model: type[BaseModel]
             ) -> UnusableInputError:
    return UnusableInputError(validation_message(model, exc, f"{name} : {what}"))


def _merge(name: str, lang: str, entries: dict[str, Any], known: set[str],
           target: dict[str, Translation], model: type[BaseModel], label: str,
           default_status: str) -> None:
    """Validate the entries of one file and add them to ``target`` (items or documents)."""
    for key, value in entries.items():
        what = f"{label}« {key} »"
        if not isinstance(key, str) or key not in known:
            raise UnusableInputError(f"{name} : {what} n'existe pas dans la référence.")
        if key in target:
            raise UnusableInputError(f"{name} : {what} est déjà traduit en « {lang} » "
                                     f"dans {target[key].file}.")
        try:
            tr = model.model_validate(value)
        except ValidationError as exc:
            raise _invalid(name, what, exc, model) from exc
        target[key] = Translation(tr.title, getattr(tr, "text", None) or None,
                                  tr.status or default_status, name,
                                  getattr(tr, "short_title", None),
                                  tuple(k.strip() for k in getattr(tr, "keywords", ())))


def load_translations(folder: Path, item_ids: set[str], sources: set[str]) -> Translations:
    """Load, validate and merge every translation file of ``folder``.

    ``item_ids`` and ``sources`` are what the reference has: a translation of anything else is an
    error. Raises :class:`UnusableInputError` naming the file and the id.
    """
    out = Translations()
    for path in translation_files(folder):
        name = relative_name(path)
        data = _read(path)
        if not isinstance(data, dict):
            raise UnusableInputError(f"{name} : le fichier doit contenir les clés « language » "
                                     "et « items ».")
        try:
            header = TranslationHeader.model_validate(data)
        except ValidationError as exc:
            raise _invalid(name, "en-tête", exc, TranslationHeader) from exc
        lang = header.language
        if path.parent.name != lang:
            raise UnusableInputError(f"{name} : « language: {lang} » dans le dossier "
                                     f"« {path.parent.name} ».")
        _merge(name, lang, header.items, item_ids, out.items.setdefault(lang, {}),
               TranslatedItem, "", header.status)
        _merge(name, lang, header.documents, sources, out.documents.setdefault(lang, {}),
               TranslatedDocument, "le document ", header.status)
    return out


def coverage_report(folder: Path | None = None) -> list[str]:
    """Return, per language and source, how many titles and texts are translated and which not."""
    from zonalplan.reference.sources import load_corpus  # the corpus loads this module

    corpus = load_corpus(folder)
    lines = []
    for lang in LANGUAGES:
        done = corpus.translations.items.get(lang, {})
        for doc in corpus.documents:
            items = [li.item for li in corpus.items if li.document.source == doc.source]
            no_title = [i.id for i in items if i.id not in done]
            no_text = [i.id for i in items if i.text and i.id in done and done[i.id].text is None]
            with_text = [i.id for i in items if i.text]
            texts = sum(1 for i in with_text if i in done and done[i].text is not None)
            lines.append(f"{lang} {doc.source}: {len(items) - len(no_title)}/{len(items)} titres, "
                         f"{texts}/{len(with_text)} textes")
            for label, ids in (("sans titre", no_title), ("sans texte", no_text)):
                if ids:
                    more = f" (et {len(ids) - 8} autres)" if len(ids) > 8 else ""
                    lines.append(f"  {label} : {', '.join(ids[:8])}{more}")
    return lines


if __name__ == "__main__":
    for line in coverage_report():
        print(line)

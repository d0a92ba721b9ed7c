"""Editions of the national frame: which version of each text a plan is written against.

The compiled reference holds one edition per source (PNS 2026-2029, NCSI 2022-2024…). A
*reference pack* brings a newer edition of one source as changes to the one it replaces: new
titles, numbers or parents, removed items, added items. Packs come with the application
(``reference_data/editions/``) or are imported by a zone (:mod:`.packs`, kept in the user's data
folder). A plan records its edition set in ``metadata.reference_edition``
(« PNS 2026-2029 / NCSI 2026-2029 »); an empty record defaults from the plan's period: for each
source, the newest edition valid in the plan's first year. Everything shown or exported for the
plan uses :func:`reference_for_plan`, the reference as that edition set words it; the previous
edition stays available as the base reference.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from pydantic import BaseModel, ConfigDict, Field

from zonalplan.paths import bundled, user_data_dir
from zonalplan.reference.api import Item, Link, Reference
from zonalplan.reference.schema import ID_PATTERN, RefItem, Source

if TYPE_CHECKING:
    from zonalplan.model import Plan

BUNDLED_DIR = bundled("reference_data", "editions")
SHORT_NAMES = {"pns": "PNS", "ncsi": "NCSI", "ssn": "SSN", "goci": "GOCI", "mfa": "MFA",
               "pzs": "PZS"}
_YEARS = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


def imported_dir() -> Path:
    """Return the folder of the reference packs a zone imported."""
    return user_data_dir() / "editions"


class PackHeader(BaseModel):
    """The header of a reference pack: which edition of which source, from which text."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]{2,60}$")
    source: Source
    edition: str = Field(pattern=r"^\d{4}(-\d{4})?$")
    replaces: str = Field(pattern=r"^\d{4}(-\d{4})?$")
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: str = Field(min_length=1, max_length=300)
    source_text: str = Field(min_length=1, max_length=1000)
    valid_from: int = Field(ge=2000, le=2100)
    valid_to: int = Field(ge=2000, le=2100)
    checksum: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")


class Change(BaseModel):
    """What an edition changes in an existing item."""

    model_config = ConfigDict(extra="forbid")
    title: str | None = Field(default=None, min_length=1, max_length=500)
    number: str | None = Field(default=None, max_length=20)
    parent: str | None = Field(default=None, pattern=ID_PATTERN)


class Pack(BaseModel):
    """A whole reference pack (see ``reference_data/editions/ncsi-2026-2029.yaml``)."""

    model_config = ConfigDict(extra="forbid")
    edition: PackHeader
    changes: dict[str, Change] = Field(default_factory=dict, max_length=5000)
    removed: list[str] = Field(default_factory=list, max_length=5000)
    added: list[RefItem] = Field(default_factory=list, max_length=5000)


def pack_checksum(pack: Pack) -> str:
    """Return the checksum of a pack's content: SHA-256 of the canonical JSON of its changes."""
    body = {"changes": {k: v.model_dump(exclude_none=True) for k, v in pack.changes.items()},
            "removed": pack.removed, "added": [i.model_dump(exclude_none=True) for i in pack.added]}
    raw = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Edition:
    """One edition of one source, from the compiled reference or from a pack."""

    id: str
    source: str
    edition: str
    title: str
    valid_from: int
    valid_to: int
    origin: str  # « base » (compiled reference), « intégrée » (bundled pack), « importée »
    replaces: str = ""
    date: str = ""
    source_text: str = ""
    pack: Pack | None = None

    @property
    def label(self) -> str:
        """Return « NCSI 2026-2029 »."""
        return f"{SHORT_NAMES.get(self.source, self.source.upper())} {self.edition}"

    def to_json(self) -> dict:
        """Return the form of ``zonalplan reference editions --json``."""
        return {"id": self.id, "source": self.source, "edition": self.edition,
                "label": self.label, "title": self.title, "valid_from": self.valid_from,
                "valid_to": self.valid_to, "origin": self.origin, "replaces": self.replaces,
                "date": self.date, "source_text": self.source_text,
                "checksum": self.pack.edition.checksum if self.pack else ""}


def _years(edition: str) -> tuple[int, int]:
    match = _YEARS.match(edition.strip())
    if not match:
        return 2000, 2100
    first = int(match.group(1))
    return first, int(match.group(2) or 2100)


def read_pack_file(path: Path) -> Pack:
    """Read and validate one installed pack file (raises ValueError or pydantic's error)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Pack.model_validate(data)


_PACKS: dict[tuple, list[tuple[Pack, str]]] = {}


def _pack_files() -> tuple[tuple[Path, str, int, int], ...]:
    files = []
    for folder, origin in ((BUNDLED_DIR, "intégrée"), (imported_dir(), "importée")):
        if folder.is_dir():
            for path in sorted(folder.glob("*.yaml")):
                with contextlib.suppress(OSError):
                    info = path.stat()
                    files.append((path, origin, info.st_mtime_ns, info.st_size))
    return tuple(files)


def _packs() -> list[tuple[Pack, str]]:
    """Return the bundled and imported packs (read again only when their files change)."""
    key = _pack_files()
    if key not in _PACKS:
        out: list[tuple[Pack, str]] = []
        for path, origin, _mtime, _size in key:
            try:
                out.append((read_pack_file(path), origin))
            except (OSError, ValueError, yaml.YAMLError):
                continue  # an installed pack was validated on import; a damaged one is skipped
        _PACKS.clear()
        _PACKS[key] = out
    return _PACKS[key]


def editions(reference: Reference) -> list[Edition]:
    """Return every edition known: the compiled reference's, then the packs', by source."""
    out: list[Edition] = []
    for source, edition in sorted(reference.editions.items()):
        first, last = _years(edition)
        slug = re.sub(r"[^a-z0-9]+", "-", edition.lower()).strip("-") or "base"
        out.append(Edition(f"{source}-{slug}", source, edition,
                           f"{SHORT_NAMES.get(source, source)} {edition}", first, last, "base"))
    ids = {e.id for e in out}
    for pack, origin in _packs():
        head = pack.edition
        if head.id in ids or reference.editions.get(head.source) != head.replaces:
            continue
        ids.add(head.id)
        out.append(Edition(head.id, head.source, head.edition, head.title, head.valid_from,
                           head.valid_to, origin, head.replaces, head.date, head.source_text,
                           pack))
    out.sort(key=lambda e: (e.source, e.valid_from, e.edition))
    return out


def plan_editions(plan: Plan, reference: Reference) -> dict[str, Edition]:
    """Return the edition of each source a plan is written against.

    Read from ``plan.metadata.reference_edition`` (« PNS 2026-2029 / NCSI 2026-2029 »); a source
    it does not name takes the newest edition valid in the plan's first year, else the base one.
    """
    known = editions(reference)
    record = fold_record(plan.metadata.reference_edition)
    start = plan.period.start_year
    chosen: dict[str, Edition] = {}
    for source in dict.fromkeys(e.source for e in known):
        of_source = [e for e in known if e.source == source]
        named = [e for e in of_source if e.label.lower() in record]
        valid = [e for e in of_source if e.valid_from <= start <= e.valid_to]
        base = next((e for e in of_source if e.origin == "base"), of_source[0])
        chosen[source] = (named[-1] if named else
                          max(valid, key=lambda e: e.valid_from) if valid else base)
    return chosen


def newest_editions(plan: Plan, reference: Reference) -> dict[str, Edition]:
    """Return, per source, the newest edition valid in the plan's first year (if any)."""
    start = plan.period.start_year
    out: dict[str, Edition] = {}
    for e in editions(reference):
        if e.valid_from <= start <= e.valid_to and (
                e.source not in out or e.valid_from >= out[e.source].valid_from):
            out[e.source] = e
    return out


def fold_record(record: str) -> str:
    """Return an edition record in lower case with single spaces (« ncsi 2026-2029 / … »)."""
    return " ".join(record.lower().split())


def record_of(chosen: dict[str, Edition]) -> str:
    """Return the ``metadata.reference_edition`` text of an edition set."""
    order = ["pns", "ncsi"]
    sources = sorted(chosen, key=lambda s: (order.index(s) if s in order else 9, s))
    return " / ".join(chosen[s].label for s in sources if s in order)


_VIEWS: dict[tuple[str, tuple[str, ...]], Reference] = {}


def apply_packs(reference: Reference, packs: list[Pack]) -> Reference:
    """Return the reference as the given packs word it (the base reference is left unchanged)."""
    packs = [p for p in packs if reference.editions.get(p.edition.source) == p.edition.replaces]
    if not packs:
        return reference
    key = (reference.content_hash, tuple(p.edition.checksum + p.edition.id for p in packs))
    if key in _VIEWS:
        return _VIEWS[key]
    view = Reference(reference.db_path)
    items = dict(reference.items_by_id)
    editions_map = dict(reference.editions)
    for pack in packs:
        head = pack.edition
        editions_map[head.source] = head.edition
        gone = set(pack.removed)
        for item_id in list(items):
            item = items[item_id]
            if item.source == head.source and (item_id in gone or any(
                    a.id in gone for a in reference.ancestors(item_id))):
                del items[item_id]
        for item_id, change in pack.changes.items():
            if item_id in items:
                items[item_id] = replace(items[item_id], **change.model_dump(exclude_none=True,
                                                                           exclude={"parent"}),
                                         parent_id=change.parent or items[item_id].parent_id)
        last = max((i.position for i in items.values()), default=0)
        for n, new in enumerate(pack.added, start=1):
            items[new.id] = Item(new.id, head.source, head.edition, new.kind, new.number,
                                 new.title, new.text, new.parent, new.level, new.group, (),
                                 {"section": new.provenance.section, "page": new.provenance.page,
                                  "wording": new.wording, "document": head.title},
                                 new.keywords.model_dump(), dict(new.extra), last + n)
        was = f"{SHORT_NAMES.get(head.source, head.source)} {head.replaces}"
        fresh = {i.id for i in pack.added}
        for item_id, item in items.items():
            if item.source == head.source:
                prov = item.provenance if item_id in fresh else {**item.provenance,
                                                                  "cited_short_title": was}
                items[item_id] = replace(item, edition=head.edition, provenance=prov)
    order = sorted(items, key=lambda i: items[i].position)
    for item_id in order:  # paths from the new titles, parents first (document order)
        item = items[item_id]
        parent = items.get(item.parent_id or "")
        head_path = (parent.path if parent else
                     (f"{SHORT_NAMES.get(item.source, item.source)} "
                      f"{editions_map.get(item.source, item.edition)}",))
        if item.source in {p.edition.source for p in packs}:
            items[item_id] = replace(item, path=(*head_path, item.label), owner=view)
        else:
            items[item_id] = replace(item, owner=view)
    view.items_by_id = items
    view.order = order
    for item_id in order:
        view.children_ids.setdefault(items[item_id].parent_id, []).append(item_id)
    view.links = [lk for lk in reference.links
                  if lk.source_id in items and lk.target_id in items]
    view.editions = editions_map
    view.content_hash = hashlib.sha256(repr(key).encode()).hexdigest()
    view.base = reference  # type: ignore[attr-defined]
    _VIEWS[key] = view
    return view


def reference_for_plan(plan: Plan, reference: Reference) -> Reference:
    """Return the reference worded as the plan's edition set."""
    base = getattr(reference, "base", reference)
    packs = [e.pack for e in plan_editions(plan, base).values() if e.pack is not None]
    return apply_packs(base, packs)


__all__ = ["Change", "Edition", "Link", "Pack", "PackHeader", "apply_packs", "editions",
           "pack_checksum", "plan_editions", "read_pack_file", "record_of",
           "reference_for_plan"]

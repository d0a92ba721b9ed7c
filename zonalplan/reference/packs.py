"""Import a reference pack (a new edition of a national text) as untrusted input.

``zonalplan reference import PACK``: PACK is a folder or a zip holding ``edition.yaml`` (format in
``reference_data/editions/ncsi-2026-2029.yaml``). Everything is checked before anything is written:
archive entries (no absolute path, no ``..``, no link, bounded sizes and count), strict UTF-8 YAML
without aliases, the schema (unknown fields refused), the checksum, and the pack against the
compiled reference (the edition it replaces, the items it renames or removes). The pack is then
written in one atomic step to the user's data folder: nothing is ever half-imported.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path, PurePosixPath

import yaml
from pydantic import ValidationError

from zonalplan.fileio import write_atomic
from zonalplan.model import PlanError
from zonalplan.model.errors import validation_message
from zonalplan.reference.api import Reference
from zonalplan.reference.editions import Edition, Pack, editions, imported_dir, pack_checksum

PACK_FILE = "edition.yaml"
ALLOWED = {PACK_FILE, "README.md", "LISEZMOI.md", "LEESMIJ.md"}
MAX_FILE = 2_000_000
"""Bytes of ``edition.yaml`` at most (the whole PNS curated is about 1 MB)."""
MAX_ENTRIES = 20
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PackError(PlanError):
    """A reference pack refused, with the reason in French."""


def _name(path: Path) -> str:
    return path.name or str(path)


def _from_folder(folder: Path) -> bytes:
    entries = list(folder.iterdir())
    if len(entries) > MAX_ENTRIES:
        raise PackError(f"Paquet « {_name(folder)} » : trop de fichiers ({len(entries)}).")
    for entry in entries:
        mode = entry.lstat().st_mode
        if stat.S_ISLNK(mode) or not stat.S_ISREG(mode) or entry.name not in ALLOWED:
            raise PackError(f"Paquet « {_name(folder)} » : « {entry.name} » n'a pas sa place "
                            f"dans un paquet de référence (seul {PACK_FILE} est lu).")
    target = folder / PACK_FILE
    if not target.is_file():
        raise PackError(f"Paquet « {_name(folder)} » : le fichier {PACK_FILE} manque.")
    if target.stat().st_size > MAX_FILE:
        raise PackError(f"Paquet « {_name(folder)} » : {PACK_FILE} est trop volumineux "
                        f"(plus de {MAX_FILE // 1_000_000} Mo).")
    return target.read_bytes()


def _safe_entry(info: zipfile.ZipInfo) -> PurePosixPath:
    name = info.filename
    path = PurePosixPath(name)
    if (not name or "\\" in name or "\0" in name or path.is_absolute() or ".." in path.parts
            or ":" in name):
        raise PackError(f"Archive refusée : le chemin « {name[:80]} » sort du paquet.")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise PackError(f"Archive refusée : « {name[:80]} » est un lien.")
    if info.flag_bits & 0x1:
        raise PackError(f"Archive refusée : « {name[:80]} » est chiffré.")
    return path


def _from_zip(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise PackError(f"Archive « {_name(path)} » : trop d'entrées ({len(infos)}).")
            found = None
            for info in infos:
                entry = _safe_entry(info)
                if info.is_dir():
                    continue
                if entry.name not in ALLOWED or len(entry.parts) > 2:
                    raise PackError(f"Archive « {_name(path)} » : « {info.filename[:80]} » n'a "
                                    f"pas sa place dans un paquet de référence.")
                if entry.name == PACK_FILE:
                    if found is not None:
                        raise PackError(f"Archive « {_name(path)} » : deux fichiers {PACK_FILE}.")
                    found = info
            if found is None:
                raise PackError(f"Archive « {_name(path)} » : le fichier {PACK_FILE} manque.")
            if found.file_size > MAX_FILE:
                raise PackError(f"Archive « {_name(path)} » : {PACK_FILE} est trop volumineux.")
            with archive.open(found) as fh:
                raw = fh.read(MAX_FILE + 1)  # the declared size may lie: read a bounded amount
            if len(raw) > MAX_FILE:
                raise PackError(f"Archive « {_name(path)} » : {PACK_FILE} est trop volumineux.")
            return raw
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
        raise PackError(f"Archive « {_name(path)} » illisible ou endommagée.") from exc


def _parse(raw: bytes, where: str) -> Pack:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(f"{where} : le fichier n'est pas du texte UTF-8.") from exc
    try:
        if any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=_LOADER)):
            raise PackError(f"{where} : les alias YAML (*…) ne sont pas acceptés.")
        data = yaml.load(text, Loader=_LOADER)  # a safe loader (C or Python)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (ligne {mark.line + 1})" if mark is not None else ""
        raise PackError(f"{where} : YAML illisible{line}.") from exc
    if not isinstance(data, dict):
        raise PackError(f"{where} : le fichier doit décrire une édition (« edition », "
                        "« changes », « removed », « added »).")
    try:
        return Pack.model_validate(data)
    except ValidationError as exc:
        raise PackError(validation_message(Pack, exc, where)) from exc


def _check_against(pack: Pack, reference: Reference, where: str) -> None:
    head = pack.edition
    if pack_checksum(pack) != head.checksum:
        raise PackError(f"{where} : la somme de contrôle ne correspond pas au contenu "
                        "(paquet modifié ou incomplet).")
    if head.valid_to < head.valid_from:
        raise PackError(f"{where} : la validité se termine avant de commencer.")
    base = reference.editions.get(head.source)
    if base != head.replaces:
        raise PackError(f"{where} : ce paquet remplace l'édition « {head.replaces} » alors que "
                        f"la référence contient l'édition « {base or 'aucune'} » de cette source.")
    if head.edition == base:
        raise PackError(f"{where} : l'édition « {head.edition} » est déjà celle de la référence.")
    for item_id in [*pack.changes, *pack.removed]:
        item = reference.item(item_id)
        if item is None or item.source != head.source:
            raise PackError(f"{where} : l'élément « {item_id} » n'existe pas dans "
                            f"l'édition {base} de cette source.")
    for item_id, change in pack.changes.items():
        if change.parent and change.parent not in reference and change.parent not in {
                i.id for i in pack.added}:
            raise PackError(f"{where} : « {item_id} » est déplacé sous « {change.parent} », "
                            "qui n'existe pas.")
    added: set[str] = set()
    for new in pack.added:
        if new.id in reference or new.id in added:
            raise PackError(f"{where} : l'élément ajouté « {new.id} » existe déjà.")
        if new.parent and new.parent not in reference and new.parent not in added:
            raise PackError(f"{where} : le parent « {new.parent} » de « {new.id} » "
                            "n'existe pas.")
        added.add(new.id)


def read_pack(path: str | Path, reference: Reference) -> Pack:
    """Read and fully validate a pack (folder or zip); raise :class:`PackError` if refused."""
    path = Path(path)
    if path.is_symlink():
        raise PackError(f"« {_name(path)} » est un lien : donnez le dossier ou l'archive même.")
    if path.is_dir():
        raw = _from_folder(path)
    elif path.is_file() and zipfile.is_zipfile(path):
        raw = _from_zip(path)
    elif path.exists():
        raise PackError(f"« {_name(path)} » n'est ni un dossier ni une archive zip de paquet "
                        "de référence.")
    else:
        raise PackError(f"« {_name(path)} » introuvable.")
    where = f"Paquet « {_name(path)} »"
    pack = _parse(raw, where)
    _check_against(pack, reference, where)
    return pack


def import_pack(path: str | Path, reference: Reference) -> Edition:
    """Validate a pack and install it in the user's data folder in one atomic write."""
    pack = read_pack(path, reference)
    head = pack.edition
    if any(e.id == head.id for e in editions(reference)):
        raise PackError(f"L'édition « {head.id} » est déjà installée.")
    target = imported_dir() / f"{head.id}.yaml"
    text = yaml.safe_dump(pack.model_dump(mode="json", exclude_none=True), allow_unicode=True,
                          sort_keys=False, width=100)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, text.encode("utf-8"))
    return next(e for e in editions(reference) if e.id == head.id)

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
from zonalplan.i18n import _
from zonalplan.model import UnusableInputError
from zonalplan.model.errors import validation_message
from zonalplan.reference.api import Reference
from zonalplan.reference.editions import Edition, Pack, editions, imported_dir, pack_checksum

PACK_FILE = "edition.yaml"
ALLOWED = {PACK_FILE, "README.md", "LISEZMOI.md", "LEESMIJ.md"}
MAX_FILE = 2_000_000
"""Bytes of ``edition.yaml`` at most (the whole PNS curated is about 1 MB)."""
MAX_ENTRIES = 20
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PackError(UnusableInputError):
    """A reference pack refused, with the reason (CLI exit code 2, as for any unusable file)."""


def _name(path: Path) -> str:
    return path.name or str(path)


def _from_folder(folder: Path) -> bytes:
    entries = list(folder.iterdir())
    if len(entries) > MAX_ENTRIES:
        raise PackError(_("Paquet « {name} » : trop de fichiers ({count}).").format(
            name=_name(folder), count=len(entries)))
    for entry in entries:
        mode = entry.lstat().st_mode
        if stat.S_ISLNK(mode) or not stat.S_ISREG(mode) or entry.name not in ALLOWED:
            raise PackError(_("Paquet « {name} » : « {entry} » n'a pas sa place dans un paquet de "
                              "référence (seul {file} est lu).").format(
                name=_name(folder), entry=entry.name, file=PACK_FILE))
    target = folder / PACK_FILE
    if not target.is_file():
        raise PackError(_("Paquet « {name} » : le fichier {file} manque.").format(
            name=_name(folder), file=PACK_FILE))
    if target.stat().st_size > MAX_FILE:
        raise PackError(_("Paquet « {name} » : {file} est trop volumineux (plus de {mb} Mo).").format(
            name=_name(folder), file=PACK_FILE, mb=MAX_FILE // 1_000_000))
    return target.read_bytes()


def _safe_entry(info: zipfile.ZipInfo) -> PurePosixPath:
    name = info.filename
    path = PurePosixPath(name)
    if (not name or "\\" in name or "\0" in name or path.is_absolute() or ".." in path.parts
            or ":" in name):
        raise PackError(_("Archive refusée : le chemin « {entry} » sort du paquet.").format(entry=name[:80]))
    if stat.S_ISLNK(info.external_attr >> 16):
        raise PackError(_("Archive refusée : « {entry} » est un lien.").format(entry=name[:80]))
    if info.flag_bits & 0x1:
        raise PackError(_("Archive refusée : « {entry} » est chiffré.").format(entry=name[:80]))
    return path


def _from_zip(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise PackError(_("Archive « {name} » : trop d'entrées ({count}).").format(
                    name=_name(path), count=len(infos)))
            found = None
            for info in infos:
                entry = _safe_entry(info)
                if info.is_dir():
                    continue
                if entry.name not in ALLOWED or len(entry.parts) > 2:
                    raise PackError(_("Archive « {name} » : « {entry} » n'a pas sa place dans un "
                                      "paquet de référence.").format(
                        name=_name(path), entry=info.filename[:80]))
                if entry.name == PACK_FILE:
                    if found is not None:
                        raise PackError(_("Archive « {name} » : deux fichiers {file}.").format(
                            name=_name(path), file=PACK_FILE))
                    found = info
            if found is None:
                raise PackError(_("Archive « {name} » : le fichier {file} manque.").format(
                    name=_name(path), file=PACK_FILE))
            if found.file_size > MAX_FILE:
                raise PackError(_("Archive « {name} » : {file} est trop volumineux.").format(
                    name=_name(path), file=PACK_FILE))
            with archive.open(found) as fh:
                raw = fh.read(MAX_FILE + 1)  # the declared size may lie: read a bounded amount
            if len(raw) > MAX_FILE:
                raise PackError(_("Archive « {name} » : {file} est trop volumineux.").format(
                    name=_name(path), file=PACK_FILE))
            return raw
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
        raise PackError(_("Archive « {name} » illisible ou endommagée.").format(name=_name(path))) from exc


def _parse(raw: bytes, where: str) -> Pack:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(_("{where} : le fichier n'est pas du texte UTF-8.").format(where=where)) from exc
    try:
        if any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=_LOADER)):
            raise PackError(_("{where} : les alias YAML (*…) ne sont pas acceptés.").format(where=where))
        data = yaml.load(text, Loader=_LOADER)  # a safe loader (C or Python)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = _(" (ligne {line})").format(line=mark.line + 1) if mark is not None else ""
        raise PackError(_("{where} : YAML illisible{line}.").format(where=where, line=line)) from exc
    if not isinstance(data, dict):
        raise PackError(_("{where} : le fichier doit décrire une édition (« edition », "
                          "« changes », « removed », « added »).").format(where=where))
    try:
        return Pack.model_validate(data)
    except ValidationError as exc:
        raise PackError(validation_message(Pack, exc, where)) from exc


def _check_against(pack: Pack, reference: Reference, where: str) -> None:
    head = pack.edition
    if pack_checksum(pack) != head.checksum:
        raise PackError(_("{where} : la somme de contrôle ne correspond pas au contenu "
                          "(paquet modifié ou incomplet).").format(where=where))
    if head.valid_to < head.valid_from:
        raise PackError(_("{where} : la validité se termine avant de commencer.").format(where=where))
    base = reference.editions.get(head.source)
    if base != head.replaces:
        raise PackError(_("{where} : ce paquet remplace l'édition « {replaces} » alors que la "
                          "référence contient l'édition « {base} » de cette source.").format(
            where=where, replaces=head.replaces, base=base or _("aucune")))
    if head.edition == base:
        raise PackError(_("{where} : l'édition « {edition} » est déjà celle de la référence.").format(
            where=where, edition=head.edition))
    for item_id in [*pack.changes, *pack.removed]:
        item = reference.item(item_id)
        if item is None or item.source != head.source:
            raise PackError(_("{where} : l'élément « {item} » n'existe pas dans l'édition {base} de "
                              "cette source.").format(where=where, item=item_id, base=base))
    for item_id, change in pack.changes.items():
        if change.parent and change.parent not in reference and change.parent not in {
                i.id for i in pack.added}:
            raise PackError(_("{where} : « {item} » est déplacé sous « {parent} », qui n'existe "
                              "pas.").format(where=where, item=item_id, parent=change.parent))
    added: set[str] = set()
    for new in pack.added:
        if new.id in reference or new.id in added:
            raise PackError(_("{where} : l'élément ajouté « {item} » existe déjà.").format(
                where=where, item=new.id))
        if new.parent and new.parent not in reference and new.parent not in added:
            raise PackError(_("{where} : le parent « {parent} » de « {item} » n'existe pas.").format(
                where=where, parent=new.parent, item=new.id))
        added.add(new.id)


def read_pack(path: str | Path, reference: Reference) -> Pack:
    """Read and fully validate a pack (folder or zip); raise :class:`PackError` if refused."""
    path = Path(path)
    if path.is_symlink():
        raise PackError(_("« {name} » est un lien : donnez le dossier ou l'archive même.").format(
            name=_name(path)))
    if path.is_dir():
        raw = _from_folder(path)
    elif path.is_file() and zipfile.is_zipfile(path):
        raw = _from_zip(path)
    elif path.exists():
        raise PackError(_("« {name} » n'est ni un dossier ni une archive zip de paquet de "
                          "référence.").format(name=_name(path)))
    else:
        raise PackError(_("« {name} » introuvable.").format(name=_name(path)))
    where = _("Paquet « {name} »").format(name=_name(path))
    pack = _parse(raw, where)
    _check_against(pack, reference, where)
    return pack


def import_pack(path: str | Path, reference: Reference) -> Edition:
    """Validate a pack and install it in the user's data folder in one atomic write."""
    pack = read_pack(path, reference)
    head = pack.edition
    if any(e.id == head.id for e in editions(reference)):
        raise PackError(_("L'édition « {edition} » est déjà installée.").format(edition=head.id))
    target = imported_dir() / f"{head.id}.yaml"
    text = yaml.safe_dump(pack.model_dump(mode="json", exclude_none=True), allow_unicode=True,
                          sort_keys=False, width=100)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, text.encode("utf-8"))
    return next(e for e in editions(reference) if e.id == head.id)

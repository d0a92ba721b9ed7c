"""Check a Word template received from outside before it is used: size, zip bombs, external links.

A ``.docx`` is a zip archive. Before python-docx sees it, every part is checked (declared and
actual uncompressed size, number of parts) and the archive is rebuilt without its external
relationships: a linked image, an attached template on a server, a linked OLE object, a frame or
a mail-merge source would make Word or LibreOffice fetch an address when the exported document is
opened or converted. Web links (``http``, ``https``, ``mailto`` hyperlinks) are kept: nothing
fetches them unless the reader clicks. Field codes that fetch content (``INCLUDEPICTURE``,
``INCLUDETEXT``, ``LINK``, ``DDE``…) are refused.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePosixPath

from lxml import etree

from zonalplan.i18n import _
from zonalplan.model import UnusableInputError

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
"""Largest template file read."""
MAX_PART_BYTES = 32 * 1024 * 1024
"""Largest uncompressed part of a template (a logo, the document body…)."""
MAX_TOTAL_BYTES = 64 * 1024 * 1024
"""Largest uncompressed size of all the parts of a template together."""
MAX_PARTS = 2000
"""Most parts in a template archive."""

_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SAFE_LINK = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)
_FETCHING_FIELDS = re.compile(
    rb"\b(INCLUDEPICTURE|INCLUDETEXT|IMPORT|LINK|DDE|DDEAUTO|HYPERLINK\s+\\\\l?\s*\"?file:)\b",
    re.IGNORECASE)
_INSTR = re.compile(rb"<w:instrText[^>]*>([^<]*)</w:instrText>|w:instr=\"([^\"]*)\"")
_REMOVE_ELEMENTS = {"word/settings.xml", "word/webSettings.xml"}
"""Parts whose elements pointing to a removed relationship are removed whole."""


def _fail(name: str, what: str) -> UnusableInputError:
    from zonalplan.export.render import TemplateProblem

    return TemplateProblem(_("Modèle Word « {name} » : {what}.").format(name=name, what=what))


def _read_parts(data: bytes, name: str) -> list[tuple[zipfile.ZipInfo, bytes]]:
    """Return every part with its content, refusing archives that would expand too much."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _fail(name, _("ce n'est pas un document Word (.docx) valide")) from exc
    if len(infos) > MAX_PARTS:
        raise _fail(name, _("archive de plus de {max_parts} parties refusée").format(
                              max_parts=MAX_PARTS))
    declared = sum(i.file_size for i in infos)
    big = next((i for i in infos if i.file_size > MAX_PART_BYTES), None)
    if big is not None or declared > MAX_TOTAL_BYTES:
        raise _fail(name, _("contenu décompressé trop volumineux (plus de {value} Mo par "
                            "partie ou {value2} Mo au total) ; le modèle est refusé "
                            "(archive piégée ?)").format(
                              value=MAX_PART_BYTES >> 20, value2=MAX_TOTAL_BYTES >> 20))
    parts = []
    total = 0
    for info in infos:
        try:
            with archive.open(info) as handle:
                content = handle.read(min(MAX_PART_BYTES, info.file_size) + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError,
                NotImplementedError) as exc:
            raise _fail(name, _("partie « {filename} » illisible (archive endommagée ou "
                                "chiffrée)").format(filename=info.filename[:80])) from exc
        total += len(content)
        if len(content) > info.file_size or total > MAX_TOTAL_BYTES:
            raise _fail(name, _("la partie « {filename} » est plus grande que ce que "
                                "l'archive annonce ; le modèle est refusé (archive "
                                "piégée ?)").format(filename=info.filename[:80]))
        parts.append((info, content))
    return parts


def _rels_owner(rels_name: str) -> str:
    """Return the part a ``.rels`` part describes (``word/_rels/document.xml.rels`` → …)."""
    path = PurePosixPath(rels_name)
    owner = path.parent.parent / path.name.removesuffix(".rels")
    return str(owner).lstrip("./") if str(owner) != "." else ""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                           remove_comments=False)


def _strip_rels(content: bytes, name: str, part: str) -> tuple[bytes, set[str]]:
    """Return the ``.rels`` part without its external, non-web relationships, and their ids."""
    try:
        root = etree.fromstring(content, _parser())
    except etree.XMLSyntaxError as exc:
        raise _fail(name, _("partie « {part} » illisible").format(part=part[:80])) from exc
    removed = set()
    for rel in list(root):
        if rel.get("TargetMode", "").lower() != "external":
            continue
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        if kind == "hyperlink" and _SAFE_LINK.match(rel.get("Target", "").strip()):
            continue
        removed.add(rel.get("Id", ""))
        root.remove(rel)
    if not removed:
        return content, removed
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), removed


def _drop_references(content: bytes, ids: set[str], whole: bool) -> bytes:
    """Remove references to removed relationships (attributes, or elements in settings)."""
    root = etree.fromstring(content, _parser())
    for element in list(root.iter()):
        for attr, value in list(element.attrib.items()):
            if attr.startswith("{" + _OFFICE_REL_NS + "}") and value in ids:
                parent = element.getparent()
                if whole and parent is not None:
                    parent.remove(element)
                    break
                del element.attrib[attr]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _check_fields(content: bytes, name: str) -> None:
    for match in _INSTR.finditer(content):
        instruction = match.group(1) or match.group(2) or b""
        if _FETCHING_FIELDS.search(instruction):
            field = instruction.decode("utf-8", "replace").split()[0]
            raise _fail(name, _("le champ « {field} » irait chercher un contenu "
                                "extérieur ; retirez-le du modèle").format(field=field))


def clean_template(data: bytes, name: str) -> bytes:
    """Return the template archive checked and rebuilt without external relationships."""
    parts = _read_parts(data, name)
    removed: dict[str, set[str]] = {}
    contents: dict[str, bytes] = {}
    for info, content in parts:
        if info.filename.endswith(".rels"):
            content, ids = _strip_rels(content, name, info.filename)
            if ids:
                removed[_rels_owner(info.filename)] = ids
        elif info.filename.endswith(".xml"):
            _check_fields(content, name)
        contents[info.filename] = content
    if not removed:
        return data
    for owner, ids in removed.items():
        if owner in contents:
            try:
                contents[owner] = _drop_references(contents[owner], ids, owner in _REMOVE_ELEMENTS)
            except etree.XMLSyntaxError as exc:
                raise _fail(name, _("partie « {owner} » illisible").format(owner=owner[:80])) from exc
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, _data in parts:
            archive.writestr(info.filename, contents[info.filename])
    return out.getvalue()

"""Small WordprocessingML helpers shared by the export and the template generator."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
    "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)
"""Elements that follow ``w:updateFields`` in the schema order of ``w:settings``."""


def set_update_fields(document) -> None:
    """Ask Word to refresh the table of contents and page fields when the document opens."""
    settings = document.settings.element
    element = settings.find(qn("w:updateFields"))
    if element is None:
        element = OxmlElement("w:updateFields")
        follower = next((child for child in settings
                         if child.tag in {qn(f"w:{n}") for n in _AFTER_UPDATE_FIELDS}), None)
        if follower is not None:
            follower.addprevious(element)
        else:
            settings.append(element)
    element.set(qn("w:val"), "true")


def add_field(paragraph, instruction: str, placeholder: str = "", *, dirty: bool = False) -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``, ``TOC …``) with a placeholder result."""
    def fld_char(kind: str) -> None:
        run = paragraph.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        if kind == "begin" and dirty:
            char.set(qn("w:dirty"), "true")
        run._r.append(char)

    fld_char("begin")
    instr_run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    instr_run._r.append(instr)
    fld_char("separate")
    paragraph.add_run(placeholder)
    fld_char("end")


def heading_style_levels(document) -> dict[str, int]:
    """Return ``{style id: outline level (1-9)}`` of the paragraph styles that are headings."""
    levels: dict[str, int] = {}
    styles_el = document.styles.element
    for style in styles_el.findall(qn("w:style")):
        if style.get(qn("w:type")) != "paragraph":
            continue
        style_id = style.get(qn("w:styleId"))
        name_el = style.find(qn("w:name"))
        name = (name_el.get(qn("w:val")) if name_el is not None else "").lower()
        outline = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if name.startswith("heading ") and name[8:].isdigit():
            levels[style_id] = int(name[8:])
        elif outline is not None and outline.get(qn("w:val"), "9").isdigit():
            level = int(outline.get(qn("w:val"))) + 1
            if level <= 9:
                levels[style_id] = level
    return levels


def paragraph_text(p_element) -> str:
    """Return the visible text of a ``w:p`` element."""
    return "".join(t.text or "" for t in p_element.iter(qn("w:t")))


_AFTER_SUPPRESS_HYPHENS = frozenset(qn(f"w:{n}") for n in (
    "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl",
    "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"))
TABLE_STYLES = ("Textedetableau", "Pucedetableau", "Entetedetableau")
"""Paragraph styles of table cells: the only text hyphenated (narrow columns, long words)."""


def _set_suppress_hyphens(ppr, suppress: bool) -> None:
    element = ppr.find(qn("w:suppressAutoHyphens"))
    if element is None:
        element = OxmlElement("w:suppressAutoHyphens")
        follower = next((c for c in ppr if c.tag in _AFTER_SUPPRESS_HYPHENS), None)
        if follower is not None:
            follower.addprevious(element)
        else:
            ppr.append(element)
    element.set(qn("w:val"), "true" if suppress else "false")


def set_document_language(document, language: str) -> None:
    """Mark the text as ``language`` (fr/nl/de, Belgian) and hyphenate table cells only.

    Word and LibreOffice then hyphenate a long word of a narrow column at a correct point of the
    document's language (« techno-prévention ») instead of breaking it between any two letters;
    running text is never hyphenated.
    """
    tag = f"{language}-BE"
    document.core_properties.language = tag
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        for lang in defaults.iter(qn("w:lang")):
            lang.set(qn("w:val"), tag)
        ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
        if ppr is not None:
            _set_suppress_hyphens(ppr, True)
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) in TABLE_STYLES:
            ppr = style.find(qn("w:pPr"))
            if ppr is None:
                ppr = OxmlElement("w:pPr")
                name = style.find(qn("w:rPr"))
                if name is not None:
                    name.addprevious(ppr)
                else:
                    style.append(ppr)
            _set_suppress_hyphens(ppr, False)
    settings = document.settings.element
    if settings.find(qn("w:autoHyphenation")) is None:
        element = OxmlElement("w:autoHyphenation")
        anchor = settings.find(qn("w:defaultTabStop"))
        if anchor is not None:
            anchor.addnext(element)
        else:
            follower = next((c for c in settings if c.tag in {
                qn("w:characterSpacingControl"), qn("w:updateFields"), qn("w:compat"),
                qn("w:rsids")}), None)
            if follower is not None:
                follower.addprevious(element)
            else:
                settings.append(element)

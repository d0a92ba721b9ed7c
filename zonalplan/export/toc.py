"""Pre-fill the table of contents of a written document with its chapters.

Word refreshes the TOC field when the document opens (``updateFields``) and the PDF conversion
updates it with page numbers; a reader who declines Word's update, or a program that does not
refresh fields, still sees the chapters: the field's result holds one entry per heading (numbered
as the document numbers them), without page numbers.
"""

from __future__ import annotations

import copy

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from zonalplan.export.docxutil import heading_style_levels, paragraph_text

MAX_LEVEL = 4


def _style_id(p) -> str | None:
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return style.get(qn("w:val")) if style is not None else None


def _unnumbered(p) -> bool:
    num_id = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    return num_id is not None and num_id.get(qn("w:val")) == "0"


def headings(document, max_level: int = MAX_LEVEL) -> list[tuple[int, str]]:
    """Return ``(level, "1.2 Title")`` for each heading of the body, numbered as printed."""
    levels = heading_style_levels(document)
    counters = [0] * 10
    out = []
    for p in document.element.body.iter(qn("w:p")):
        level = levels.get(_style_id(p) or "")
        text = " ".join(paragraph_text(p).split())
        if level is None or not text or level > 9:
            continue
        number = ""
        if not _unnumbered(p):
            counters[level] += 1
            counters[level + 1:] = [0] * (len(counters) - level - 1)
            number = ".".join(str(c) for c in counters[1:level + 1]) + " "
        if level <= max_level:
            out.append((level, number + text))
    return out


def _toc_field(body):
    """Return ``(paragraph, separate run, end run)`` of the first TOC field, or None."""
    for instr in body.iter(qn("w:instrText")):
        if not (instr.text or "").strip().startswith("TOC"):
            continue
        paragraph = instr.getparent().getparent()
        runs = list(paragraph.iter(qn("w:r")))
        start = runs.index(instr.getparent())
        separate = end = None
        for run in runs[start:]:
            char = run.find(qn("w:fldChar"))
            kind = char.get(qn("w:fldCharType")) if char is not None else None
            if kind == "separate" and separate is None:
                separate = run
            elif kind == "end":
                end = run
                break
        if separate is not None and end is not None:
            return paragraph, separate, end
    return None


def _entry(level: int, text: str, like=None):
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), f"TOC{level}")
    ppr.append(style)
    p.append(ppr)
    run = OxmlElement("w:r")
    if like is not None and like.find(qn("w:rPr")) is not None:
        run.append(copy.deepcopy(like.find(qn("w:rPr"))))
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    p.append(run)
    return p


def prefill_toc(document) -> int:
    """Write the chapter entries as the TOC field's result; return how many were written.

    The field stays a field (Word and LibreOffice refresh it and add the page numbers); its
    result spans one paragraph per entry, the field's end closing the last one.
    """
    body = document.element.body
    found = _toc_field(body)
    entries = headings(document)
    if found is None or not entries:
        return 0
    paragraph, separate, end = found
    node = separate.getnext()  # the old result (« update the fields ») goes
    while node is not None and node is not end:
        following = node.getnext()
        paragraph.remove(node)
        node = following
    paragraph.remove(end)
    first_level, first_text = entries[0]
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        paragraph.insert(0, ppr)
    style = ppr.find(qn("w:pStyle"))
    if style is None:
        style = OxmlElement("w:pStyle")
        ppr.insert(0, style)
    style.set(qn("w:val"), f"TOC{first_level}")
    paragraph.append(_entry(first_level, first_text).find(qn("w:r")))
    previous = paragraph
    for level, text in entries[1:]:
        entry = _entry(level, text)
        previous.addnext(entry)
        previous = entry
    previous.append(end)
    return len(entries)


"""Helpers to read exported documents and to build small templates."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph


def blocks(document):
    """Yield the top-level paragraphs and tables of a document, in order."""
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document._body)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document._body)


def headings(document) -> list[tuple[int, str]]:
    """Return (level, text) of every heading paragraph."""
    out = []
    for p in document.paragraphs:
        name = p.style.name if p.style is not None else ""
        if name.startswith("Heading "):
            out.append((int(name.split()[1]), p.text))
    return out


def all_text(document) -> str:
    """Return every text of the body (paragraphs and table cells), one line per paragraph."""
    return "\n".join(t.text or "" for t in document.element.body.iter(qn("w:t")))


def make_template(folder: Path, *texts: str, name: str = "plan.docx") -> Path:
    """Write a template whose paragraphs hold the given texts (each in one run)."""
    folder.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    path = folder / name
    document.save(str(path))
    return path

"""Word reports of the compare room, in the template family of the plan export.

The base document is ``templates/docx/report.docx`` (python-docx's default document when it is
missing): its styles, page setup, headers and footers are kept and its body is cleared; the report
is then written with the named styles Heading 1-3, « Tableau ZonalPlan » (or « Table Grid ») for
tables, and coloured runs for word-level differences.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from zonalplan.fileio import write_atomic  # noqa: F401 - re-exported
from zonalplan.i18n import _, gettext
from zonalplan.model import PlanError, UnusableInputError
from zonalplan.model.richtext import clean_text
from zonalplan.paths import bundled
from zonalplan.review.textdiff import Segment, shorten

REPORT_TEMPLATE = bundled("templates", "docx", "report.docx")
TABLE_STYLES = ("Tableau ZonalPlan", "Table Grid")
CELL_STYLES = ("Texte de tableau",)
HEAD_STYLES = ("En-tête de tableau", "Texte de tableau")
INSERT_COLOR = RGBColor(0x00, 0x7A, 0x33)
DELETE_COLOR = RGBColor(0xC0, 0x00, 0x00)
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


def _plain_texts(p_element) -> list:
    """Return the ``w:t`` of a paragraph that are not the shown result of a field (page numbers)."""
    out = []
    fields: list[bool] = []  # one entry per open complex field: True once past « separate »
    for el in p_element.iter(qn("w:fldChar"), qn("w:t")):
        if el.tag == qn("w:fldChar"):
            kind = el.get(qn("w:fldCharType"))
            if kind == "begin":
                fields.append(False)
            elif kind == "separate" and fields:
                fields[-1] = True
            elif kind == "end" and fields:
                fields.pop()
            continue
        in_simple = next(el.iterancestors(qn("w:fldSimple")), None) is not None
        if not in_simple and not any(fields):
            out.append(el)
    return out


def _clean_jinja(part, replacement: str | None) -> None:
    """Remove template tags left in a header or footer (the body is cleared anyway).

    A paragraph holding tags gets ``replacement`` (the report's own running title) as its text
    when given; otherwise only the tags are removed. Tabs and fields (page numbers) stay.
    """
    for p in part.iter(qn("w:p")):
        texts = _plain_texts(p)
        whole = "".join(t.text or "" for t in texts)
        matches = list(_JINJA.finditer(whole))
        if not matches:
            continue
        if replacement is not None:
            for i, t in enumerate(texts):
                t.text = _text(replacement) if i == 0 else ""
            replacement = None
            continue
        drop = bytearray(len(whole))
        for m in matches:
            drop[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        position = 0
        for t in texts:
            text = t.text or ""
            t.text = "".join(ch for i, ch in enumerate(text) if not drop[position + i]).strip() \
                if any(drop[position:position + len(text)]) else text
            position += len(text)


def new_report_document(template: str | os.PathLike[str] | None = None, *,
                        running_title: str | None = None):
    """Return a python-docx document with the report template's styles and an empty body.

    ``running_title`` replaces the templated text of the page headers.
    """
    path = Path(template) if template is not None else REPORT_TEMPLATE
    if template is not None and not path.is_file():
        raise UnusableInputError(_("Le modèle Word « {path} » est introuvable.").format(path=path))
    if template is not None:
        from zonalplan.export.render import load_template

        document = load_template(path).docx  # size, zip-bomb and external-link checks
    else:
        try:
            document = Document(str(path)) if path.is_file() else Document()
        except Exception as exc:
            raise PlanError(_("Le modèle « {file} » n'est pas un document Word lisible "
                              "({name}).").format(file=path.name, name=exc.__class__.__name__)) from exc
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    for section in document.sections:
        for part, title in ((section.header, running_title), (section.footer, None),
                            (section.first_page_header, running_title),
                            (section.first_page_footer, None),
                            (section.even_page_header, running_title),
                            (section.even_page_footer, None)):
            if not part.is_linked_to_previous:
                _clean_jinja(part._element, title)
    return document


def _style_id(document, names: Sequence[str]) -> str | None:
    for name in names:
        try:
            return document.styles[name].style_id
        except KeyError:
            continue
    return None


def _text(value: object) -> str:
    return clean_text(str(value))


def add_heading(document, text: str, level: int):
    """Add a heading paragraph (style « Heading N »; bold text when the style is missing)."""
    try:
        return document.add_paragraph(_text(text), style=f"Heading {level}")
    except KeyError:
        paragraph = document.add_paragraph()
        paragraph.add_run(_text(text)).bold = True
        return paragraph


def add_paragraph(document, text: str = "", *, bold_prefix: str = ""):
    """Add a body paragraph, optionally starting with a bold label."""
    try:
        paragraph = document.add_paragraph(style="Normal")
    except KeyError:
        paragraph = document.add_paragraph()
    if bold_prefix:
        paragraph.add_run(_text(bold_prefix)).bold = True
    if text:
        paragraph.add_run(_text(text))
    return paragraph


def add_segments(paragraph, segments: Sequence[Segment], *, context: int | None = 40) -> None:
    """Append a word-level diff: insertions underlined in green, deletions struck in red."""
    last = len(segments) - 1
    for i, seg in enumerate(segments):
        text = _text(" ".join(seg.text.split()))
        lead = " " if seg.text[:1].isspace() else ""
        trail = " " if seg.text[-1:].isspace() else ""
        if seg.op == "equal":
            paragraph.add_run(lead + shorten(text, context, keep_head=i != 0,
                                              keep_tail=i != last) + trail)
            continue
        if lead:
            paragraph.add_run(lead)
        run = paragraph.add_run(text)
        if seg.op == "insert":
            run.font.underline = True
            run.font.color.rgb = INSERT_COLOR
        else:
            run.font.strike = True
            run.font.color.rgb = DELETE_COLOR
        if trail:
            paragraph.add_run(trail)


def _cell_paragraph(text: str, style_id: str | None, bold: bool = False):
    p = OxmlElement("w:p")
    if style_id:
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), style_id)
        ppr.append(pstyle)
        p.append(ppr)
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = _text(text)
    r.append(t)
    p.append(r)
    return p


def _row(values: Sequence[object], style_id: str | None, widths: Sequence[int] | None, *,
         header: bool = False):
    tr = OxmlElement("w:tr")
    if header:
        trpr = OxmlElement("w:trPr")
        trpr.append(OxmlElement("w:tblHeader"))
        tr.append(trpr)
    for i, value in enumerate(values):
        tc = OxmlElement("w:tc")
        if widths:
            tcpr = OxmlElement("w:tcPr")
            tcw = OxmlElement("w:tcW")
            tcw.set(qn("w:w"), str(widths[i]))
            tcw.set(qn("w:type"), "dxa")
            tcpr.append(tcw)
            tc.append(tcpr)
        tc.append(_cell_paragraph("" if value is None else str(value), style_id, bold=header))
        tr.append(tc)
    return tr


def _twips(document, weights: Sequence[float]) -> list[int]:
    """Return column widths (twips) sharing the usable page width in proportion to ``weights``."""
    section = document.sections[-1]
    usable = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    usable_twips = usable // 635 if usable > 0 else 9000  # 635 EMU per twip
    total = sum(weights)
    return [int(usable_twips * w / total) for w in weights]


def add_table(document, header: Sequence[str], rows: Sequence[Sequence[object]],
              widths: Sequence[float] | None = None):
    """Add a table with a repeated header row, built in one pass (fast for hundreds of rows).

    ``widths`` gives relative column widths (e.g. ``[3, 1, 1]``); by default columns are equal.
    """
    table = document.add_table(rows=0, cols=len(header))
    for name in TABLE_STYLES:
        try:
            table.style = document.styles[name]
            break
        except KeyError:
            continue
    tbl = table._tbl
    twips = _twips(document, widths) if widths else None
    if twips:
        for col, width in zip(tbl.tblGrid.iterchildren(qn("w:gridCol")), twips):
            col.set(qn("w:w"), str(width))
    tbl.append(_row(header, _style_id(document, HEAD_STYLES), twips, header=True))
    cell_style = _style_id(document, CELL_STYLES)
    for values in rows:
        tbl.append(_row(values, cell_style, twips))
    return table


def add_figure(document, png: bytes, caption: str, source: str, *, number: int = 1,
               width_cm: float = 15.5) -> None:
    """Add a centred picture kept with « Figure n – caption » and its source (« Mention »)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    picture = add_paragraph(document)
    picture.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True
    for bold, text in ((gettext("Figure {n}").format(n=number) + " – ", caption), ("", source)):
        paragraph = add_paragraph(document, text, bold_prefix=bold)
        if _style_id(document, ("Mention",)):
            paragraph.style = document.styles["Mention"]


def document_bytes(document) -> bytes:
    """Return the document as bytes (to write atomically)."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()



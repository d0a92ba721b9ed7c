"""Free text and generated tables as WordprocessingML, styled with the template's named styles.

Templates print these with docxtpl's paragraph tag, e.g. ``{{p foreword.paragraphs }}``: the
paragraph holding the tag is replaced by real ``w:p`` elements (one per paragraph or bullet item of
the user's text), each with a named style (« Normal », « List Bullet »…) looked up by name in the
template, so restyling the template restyles the export. ``{{ foreword }}`` alone prints the text on
one line, safely escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from zonalplan.i18n import N_, gettext
from zonalplan.model.richtext import Block, blocks, clean_text

STYLE_NAMES: dict[str, tuple[str, ...]] = {
    "body": ("Normal",),
    "bullet": ("List Bullet",),
    "cell": ("Texte de tableau", "Normal"),
    "cell_bullet": ("Puce de tableau", "List Bullet"),
    "cell_head": ("En-tête de tableau", "Texte de tableau", "Normal"),
    "note": ("Mention", "Normal"),
    "table": ("Tableau ZonalPlan", "Table Grid"),
}
"""Style names looked up in the template (first found wins) for each role."""

PLACEHOLDER = N_("À compléter.")


@dataclass(frozen=True)
class StyleMap:
    """Style ids of the template for each role of :data:`STYLE_NAMES` (None: style missing)."""

    ids: dict[str, str | None]

    @classmethod
    def from_document(cls, document) -> StyleMap:
        """Resolve the roles against a python-docx document's styles (by name, not id)."""
        ids: dict[str, str | None] = {}
        for role, names in STYLE_NAMES.items():
            ids[role] = None
            for name in names:
                try:
                    ids[role] = document.styles[name].style_id
                    break
                except KeyError:
                    continue
        return cls(ids)

    def get(self, role: str) -> str | None:
        """Return the style id for a role."""
        return self.ids.get(role)


class RawXml:
    """Ready WordprocessingML for a ``{{p … }}`` tag (never printed inside a run)."""

    __slots__ = ("_xml",)

    def __init__(self, xml: str):
        self._xml = xml

    def __html__(self) -> str:
        return self._xml

    def __str__(self) -> str:
        return self._xml

    def __bool__(self) -> bool:
        return bool(self._xml)


def text_run(text: str, *, bold: bool = False, italic: bool = False, color: str | None = None,
             size_half_points: int | None = None) -> str:
    """Return a ``w:r`` holding ``text`` (escaped, spaces preserved)."""
    props = ""
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/><w:iCs/>"
    if color:
        props += f'<w:color w:val="{color}"/>'
    if size_half_points:
        props += f'<w:sz w:val="{size_half_points}"/><w:szCs w:val="{size_half_points}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(runs: str, style_id: str | None, *, keep_next: bool = False,
              align: str | None = None) -> str:
    """Return a ``w:p`` with a named style around ready runs."""
    props = f'<w:pStyle w:val="{style_id}"/>' if style_id else ""
    if keep_next:
        props += "<w:keepNext/>"
    if align:
        props += f'<w:jc w:val="{align}"/>'
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def blocks_xml(items: Sequence[Block], styles: StyleMap, *, compact: bool = False,
               placeholder: str = PLACEHOLDER) -> str:
    """Return paragraphs for text blocks (placeholder paragraph in italics when empty)."""
    body = styles.get("cell" if compact else "body")
    bullet = styles.get("cell_bullet" if compact else "bullet")
    if not items:
        return paragraph(text_run(gettext(placeholder), italic=True, color="7F7F7F"), body)
    return "".join(paragraph(text_run(b.text), bullet if b.kind == "bullet" else body)
                   for b in items)


def bullets_xml(texts: Iterable[str], styles: StyleMap, *, compact: bool = False,
                placeholder: str = PLACEHOLDER) -> str:
    """Return one bullet item per text (extra paragraphs of a text follow as body paragraphs)."""
    bullet = styles.get("cell_bullet" if compact else "bullet")
    body = styles.get("cell" if compact else "body")
    out: list[str] = []
    for text in texts:
        for i, block in enumerate(blocks(text)):
            out.append(paragraph(text_run(block.text), bullet if i == 0 or
                                 block.kind == "bullet" else body))
    if not out:
        return paragraph(text_run(gettext(placeholder), italic=True, color="7F7F7F"), body)
    return "".join(out)


class Rich:
    """A free-text field of the plan, for templates.

    ``{{ x }}`` prints it on one line; ``{{p x.paragraphs }}`` prints real paragraphs and bullet
    items in the body styles; ``{{p x.compact }}`` does the same in the table-cell styles;
    ``{%p for b in x.blocks %}`` gives each block (``b.kind`` is ``paragraph`` or ``bullet``,
    ``b.text`` its text) to templates that lay text out themselves.
    """

    __slots__ = ("_blocks", "_inserts", "_placeholder", "_styles", "_text")

    def __init__(self, text: str | None, styles: StyleMap, placeholder: str = PLACEHOLDER,
                 inserts: Sequence[tuple[int, str]] = ()):
        self._text = clean_text(text or "")
        self._styles = styles
        self._placeholder = placeholder
        self._blocks: list[Block] | None = None
        self._inserts = sorted(inserts, key=lambda pair: pair[0])

    @property
    def blocks(self) -> list[Block]:
        """Return the paragraphs and bullet items of the text."""
        if self._blocks is None:
            self._blocks = blocks(self._text)
        return self._blocks

    @property
    def text(self) -> str:
        """Return the text on one line."""
        return " ".join(b.text for b in self.blocks)

    @property
    def paragraphs(self) -> RawXml:
        """Return the text as body paragraphs (``{{p x.paragraphs }}``), figures in between."""
        if not self._inserts:
            return RawXml(blocks_xml(self.blocks, self._styles, placeholder=self._placeholder))
        parts, start = [], 0
        items = self.blocks
        for after, xml in self._inserts:
            cut = max(start, min(after, len(items)))
            if cut > start:
                parts.append(blocks_xml(items[start:cut], self._styles))
            parts.append(xml)
            start = cut
        if start < len(items):
            parts.append(blocks_xml(items[start:], self._styles))
        return RawXml("".join(parts))

    @property
    def compact(self) -> RawXml:
        """Return the text as table-cell paragraphs (``{{p x.compact }}``)."""
        return RawXml(blocks_xml(self.blocks, self._styles, compact=True,
                                 placeholder=self._placeholder))

    def __bool__(self) -> bool:
        return bool(self.blocks) or bool(self._inserts)

    def __str__(self) -> str:
        return self.text or ""


@dataclass(frozen=True)
class Column:
    """A column of a generated table: header text, width (twentieths of a point), alignment."""

    header: str
    width: int
    align: str | None = None
    head_size: int | None = None


def table_xml(columns: Sequence[Column], rows: Iterable[Sequence[str | RawXml]],
              styles: StyleMap) -> RawXml:
    """Return a whole table (header row repeated on each page) in one pass of string building."""
    table_style = styles.get("table")
    cell_style, head_style = styles.get("cell"), styles.get("cell_head")
    grid = "".join(f'<w:gridCol w:w="{c.width}"/>' for c in columns)
    style = f'<w:tblStyle w:val="{table_style}"/>' if table_style else ""
    parts = [f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{sum(c.width for c in columns)}" '
             'w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" '
             'w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" '
             f'w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>',
             '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>']
    for col in columns:
        head = paragraph(text_run(col.header, size_half_points=col.head_size), head_style,
                         align=col.align)
        parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{col.width}" w:type="dxa"/></w:tcPr>'
                     f"{head}</w:tc>")
    parts.append("</w:tr>")
    for row in rows:
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for col, value in zip(columns, row):
            content = (value.__html__() if isinstance(value, RawXml)
                       else paragraph(text_run(clean_text(str(value))), cell_style,
                                      align=col.align))
            parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{col.width}" w:type="dxa"/></w:tcPr>'
                         f"{content}</w:tc>")
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return RawXml("".join(parts))


def note_xml(text: str, styles: StyleMap) -> RawXml:
    """Return one paragraph in the « Mention » style (legends, sources)."""
    return RawXml(paragraph(text_run(clean_text(text)), styles.get("note")))

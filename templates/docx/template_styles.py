"""Page layout, named styles, heading numbering, header and footer of the default templates.

Used by ``make_templates.py``. Every look of the exported document comes from a named style
(Heading 1-4, Normal, List Bullet, Title, Subtitle, « Tableau ZonalPlan »…), so a zone restyles the
whole plan by editing the styles of its copy of the template in Word.
"""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from zonalplan.export.docxutil import add_field, set_update_fields
from zonalplan.i18n import _, current
from zonalplan.i18n.vocabulary import term

FONT = "Calibri"
DARK = "1F3864"
ACCENT = "2E75B6"
LIGHT = "D9E2F3"
BAND = "DEEAF6"
GREY = "595959"
RULE = "BFBFBF"
TEXT_WIDTH = 9070
"""Width of the text column (A4, 2.5 cm margins) in twentieths of a point."""

HEADING_NUM, BULLET_NUM, CELL_BULLET_NUM = 80, 81, 82
W = nsdecls("w")


def _fonts() -> str:
    return f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'


def _size(half_points: int) -> str:
    return f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'


def _border(side: str, size: int, color: str, space: int = 1) -> str:
    return f'<w:{side} w:val="single" w:sz="{size}" w:space="{space}" w:color="{color}"/>'


def _numpr(level: int, num: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'


def _pstyle(sid: str, name: str, ppr: str = "", rpr: str = "", *, based: str | None = "Normal",
            nxt: str | None = None, custom: bool = False, priority: int | None = None) -> str:
    custom_attr = ' w:customStyle="1"' if custom else ""
    parts = [f'<w:style {W} w:type="paragraph"{custom_attr} w:styleId="{sid}">',
             f'<w:name w:val="{name}"/>']
    if based:
        parts.append(f'<w:basedOn w:val="{based}"/>')
    if nxt:
        parts.append(f'<w:next w:val="{nxt}"/>')
    if priority is not None:
        parts.append(f'<w:uiPriority w:val="{priority}"/>')
    parts.append(f"<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")
    return "".join(parts)


def _table_style(sid: str, name: str, conditional: str) -> str:
    borders = "".join(_border(side, 4, RULE, 0) for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:style {W} w:type="table" w:customStyle="1" w:styleId="{sid}">'
            f'<w:name w:val="{name}"/><w:basedOn w:val="TableNormal"/>'
            '<w:uiPriority w:val="59"/><w:qFormat/>'
            '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>'
            f'<w:jc w:val="left"/></w:pPr><w:rPr>{_size(18)}</w:rPr>'
            f'<w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar>'
            '<w:top w:w="34" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
            '<w:bottom w:w="34" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
            f"</w:tblCellMar></w:tblPr>{conditional}</w:style>")


def _styles() -> list[str]:
    """Return the XML of every style the templates define or redefine."""
    heading_rpr = "<w:b/><w:bCs/>"
    body_spacing = '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
    return [
        _pstyle("Normal", "Normal", f'<w:widowControl/>{body_spacing}<w:jc w:val="both"/>',
                f"{_fonts()}{_size(21)}", based=None),
        _pstyle("Heading1", "heading 1",
                f'<w:keepNext/><w:keepLines/><w:pageBreakBefore/>{_numpr(0, HEADING_NUM)}'
                f'<w:pBdr>{_border("bottom", 8, ACCENT, 4)}</w:pBdr>'
                '<w:spacing w:before="0" w:after="240"/><w:jc w:val="left"/>'
                '<w:outlineLvl w:val="0"/>',
                f'{heading_rpr}<w:color w:val="{DARK}"/>{_size(32)}', nxt="Normal", priority=9),
        _pstyle("Heading2", "heading 2",
                f"<w:keepNext/><w:keepLines/>{_numpr(1, HEADING_NUM)}"
                '<w:spacing w:before="360" w:after="120"/><w:jc w:val="left"/>'
                '<w:outlineLvl w:val="1"/>',
                f'{heading_rpr}<w:color w:val="{ACCENT}"/>{_size(26)}', nxt="Normal",
                priority=9),
        _pstyle("Heading3", "heading 3",
                f"<w:keepNext/><w:keepLines/>{_numpr(2, HEADING_NUM)}"
                '<w:spacing w:before="280" w:after="100"/><w:jc w:val="left"/>'
                '<w:outlineLvl w:val="2"/>',
                f'{heading_rpr}<w:color w:val="{DARK}"/>{_size(24)}', nxt="Normal", priority=9),
        _pstyle("Heading4", "heading 4",
                f"<w:keepNext/><w:keepLines/>{_numpr(3, HEADING_NUM)}"
                f'<w:pBdr>{_border("left", 24, ACCENT, 4)}</w:pBdr>'
                f'<w:shd w:val="clear" w:color="auto" w:fill="{BAND}"/>'
                '<w:spacing w:before="320" w:after="120"/><w:jc w:val="left"/>'
                '<w:outlineLvl w:val="3"/>',
                f'{heading_rpr}<w:color w:val="{DARK}"/>{_size(23)}', nxt="Normal", priority=9),
        _pstyle("Title", "Title",
                f'<w:pBdr>{_border("bottom", 18, ACCENT, 8)}</w:pBdr>'
                '<w:spacing w:before="0" w:after="160" w:line="240" w:lineRule="auto"/>'
                '<w:jc w:val="left"/>',
                f'<w:b/><w:bCs/><w:color w:val="{DARK}"/>{_size(64)}', nxt="Normal",
                priority=10),
        _pstyle("Subtitle", "Subtitle", '<w:spacing w:before="120" w:after="480"/>'
                '<w:jc w:val="left"/>', f'<w:color w:val="{ACCENT}"/>{_size(40)}',
                nxt="Normal", priority=11),
        _pstyle("TOCHeading", "TOC Heading",
                '<w:keepNext/><w:pageBreakBefore/><w:spacing w:before="0" w:after="240"/>'
                '<w:jc w:val="left"/>', f'<w:b/><w:bCs/><w:color w:val="{DARK}"/>{_size(32)}',
                nxt="Normal", priority=39),
        *[_pstyle(f"TOC{n}", f"toc {n}",
                  f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
                  f'<w:spacing w:before="{100 if n == 1 else 0}" w:after="{40}"/>'
                  f'<w:ind w:left="{(n - 1) * 280}"/><w:jc w:val="left"/>',
                  ("<w:b/><w:bCs/>" if n == 1 else "") + _size(21 if n < 4 else 19),
                  nxt="Normal", priority=39) for n in (1, 2, 3, 4)],
        _pstyle("ListBullet", "List Bullet",
                f'{_numpr(0, BULLET_NUM)}<w:spacing w:after="60"/>', "", priority=36),
        _pstyle("Intertitre", "Intertitre",
                '<w:keepNext/><w:spacing w:before="200" w:after="60"/><w:jc w:val="left"/>',
                f'<w:b/><w:bCs/><w:color w:val="{ACCENT}"/>', nxt="Normal", custom=True),
        _pstyle("Textedetableau", "Texte de tableau",
                '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>'
                '<w:jc w:val="left"/>', _size(18), custom=True),
        _pstyle("Pucedetableau", "Puce de tableau", _numpr(0, CELL_BULLET_NUM), "",
                based="Textedetableau", custom=True),
        _pstyle("Entetedetableau", "En-tête de tableau", "<w:keepNext/>",
                f'<w:b/><w:bCs/><w:color w:val="{DARK}"/>', based="Textedetableau",
                custom=True),
        _pstyle("Mention", "Mention", '<w:spacing w:before="40" w:after="120"/>'
                '<w:jc w:val="left"/>', f'<w:i/><w:iCs/><w:color w:val="{GREY}"/>{_size(17)}',
                custom=True),
        _pstyle("Pagedetitre", "Page de titre", '<w:spacing w:after="60"/><w:jc w:val="left"/>',
                f'<w:color w:val="404040"/>{_size(24)}', custom=True),
        _pstyle("Zonedetitre", "Page de titre — zone",
                '<w:spacing w:before="2400" w:after="240"/><w:jc w:val="left"/>',
                f'<w:b/><w:bCs/><w:caps/><w:color w:val="{ACCENT}"/>{_size(26)}',
                based="Pagedetitre", custom=True),
        _pstyle("Classification", "Classification",
                "<w:pBdr>" + "".join(_border(s, 8, "C00000", 4)
                                     for s in ("top", "left", "bottom", "right"))
                + '</w:pBdr><w:spacing w:before="360" w:after="120"/><w:jc w:val="center"/>',
                f'<w:b/><w:bCs/><w:caps/><w:color w:val="C00000"/>{_size(22)}', custom=True),
        _pstyle("Signature", "Signature", '<w:spacing w:before="40" w:after="40"/>'
                '<w:jc w:val="left"/>', "", priority=99),
        _pstyle("Signataire", "Signataire", '<w:spacing w:before="60" w:after="0"/>'
                '<w:jc w:val="left"/>', f'<w:b/><w:bCs/><w:color w:val="{DARK}"/>',
                based="Signature", custom=True),
        _pstyle("Caption", "caption", '<w:keepNext/><w:spacing w:before="160" w:after="60"/>'
                '<w:jc w:val="left"/>', f'<w:b/><w:bCs/><w:color w:val="{DARK}"/>{_size(18)}',
                nxt="Normal", priority=35),
        _pstyle("Header", "header", '<w:pBdr>' + _border("bottom", 4, RULE, 4) + '</w:pBdr>'
                f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
                '<w:spacing w:after="0"/><w:jc w:val="left"/>',
                f'<w:color w:val="{GREY}"/>{_size(16)}', priority=99),
        _pstyle("Footer", "footer", '<w:pBdr>' + _border("top", 4, RULE, 4) + '</w:pBdr>'
                f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
                '<w:spacing w:after="0"/><w:jc w:val="left"/>',
                f'<w:color w:val="{GREY}"/>{_size(16)}', priority=99),
        _table_style("TableauZonalPlan", "Tableau ZonalPlan",
                     '<w:tblStylePr w:type="firstRow"><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/>'
                     f'<w:bCs/><w:color w:val="{DARK}"/></w:rPr><w:tblPr/><w:trPr>'
                     '<w:tblHeader/></w:trPr><w:tcPr><w:shd w:val="clear" w:color="auto" '
                     f'w:fill="{LIGHT}"/></w:tcPr></w:tblStylePr>'),
        _table_style("FicheZonalPlan", "Fiche ZonalPlan",
                     '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/>'
                     f'<w:color w:val="{DARK}"/></w:rPr><w:tblPr/><w:tcPr><w:shd w:val="clear" '
                     'w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr>'),
    ]


def _install_styles(document) -> None:
    root = document.styles.element
    defaults = root.find(qn("w:docDefaults"))
    new_defaults = parse_xml(
        f'<w:docDefaults {W}><w:rPrDefault><w:rPr>{_fonts()}{_size(21)}'
        f'<w:lang w:val="{current()}-BE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>")
    defaults.addprevious(new_defaults)
    root.remove(defaults)
    existing = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
    for xml in _styles():
        element = parse_xml(xml)
        old = existing.get(element.get(qn("w:styleId")))
        if old is not None:
            old.addprevious(element)
            root.remove(old)
        else:
            root.append(element)


def _level(ilvl: int, fmt: str, text: str, left: int, hanging: int, extra: str = "",
           rpr: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
            f'<w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
            f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')


def _install_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    heading_levels = "".join(
        _level(i, "decimal", ".".join(f"%{n}" for n in range(1, i + 2)), width, width,
               f'<w:pStyle w:val="Heading{i + 1}"/>')
        for i, width in enumerate((567, 709, 851, 1134)))
    heading_levels += "".join(_level(i, "none", "", 0, 0) for i in range(4, 9))
    bullet_rpr = (f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}"/>'
                  f'<w:color w:val="{ACCENT}"/></w:rPr>')
    abstracts = [
        (HEADING_NUM, "multilevel", heading_levels),
        (BULLET_NUM, "hybridMultilevel", _level(0, "bullet", "•", 360, 240, rpr=bullet_rpr)
         + _level(1, "bullet", "–", 720, 240, rpr=bullet_rpr)),
        (CELL_BULLET_NUM, "hybridMultilevel", _level(0, "bullet", "•", 200, 170,
                                                     rpr=bullet_rpr)),
    ]
    first_num = numbering.find(qn("w:num"))
    for ident, kind, levels in abstracts:
        abstract = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{ident}">'
                             f'<w:multiLevelType w:val="{kind}"/>{levels}</w:abstractNum>')
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(f'<w:num {W} w:numId="{ident}">'
                                   f'<w:abstractNumId w:val="{ident}"/></w:num>'))


def setup_document(document, *, header_left: str, header_right: str, footer_left: str) -> None:
    """Apply A4 layout, styles, numbering, header and footer (with page fields) to a document."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)
    section.header_distance = section.footer_distance = Cm(1.25)
    _install_styles(document)
    _install_numbering(document)
    section.different_first_page_header_footer = True
    for part in (section.first_page_header, section.first_page_footer):
        part.paragraphs[0].style = document.styles["Normal"]
    header = section.header.paragraphs[0]
    header.style = document.styles["Header"]
    header.add_run(header_left)
    header.add_run("\t")
    header.add_run(header_right)
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.add_run(footer_left)
    footer.add_run("\t" + _("Page") + " ")
    add_field(footer, "PAGE", "1")
    footer.add_run(" / ")
    add_field(footer, "NUMPAGES", "1")
    set_update_fields(document)
    props = document.core_properties
    props.author = "{{ zone.display }}"
    props.title = "{{ doc.title }}"
    props.subject = term("doc.pzs")
    props.comments = ""
    props.keywords = _("plan zonal de sécurité; PNS; NCSI")
    props.language = f"{current()}-BE"
    props.last_modified_by = "ZonalPlan"

"""Generate the default Word templates ``plan.docx`` and ``report.docx`` (docxtpl + jinja2 tags).

Run from the repository root: ``.venv/bin/python templates/docx/make_templates.py``. Commit the
generated files with this script. Every jinja2 tag is written inside one run; paragraph and row
logic uses docxtpl's ``{%p … %}`` and ``{%tr … %}`` tags; free text is printed with
``{{p x.paragraphs }}``. The variables are described in ``README.md`` next to this script.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from docx import Document  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from template_styles import TEXT_WIDTH, setup_document  # noqa: E402

from zonalplan.export.api import localized_name  # noqa: E402
from zonalplan.export.docxutil import add_field  # noqa: E402
from zonalplan.export.labels import HEADINGS as H  # noqa: E402
from zonalplan.i18n import LANGUAGES, _, using  # noqa: E402
from zonalplan.i18n.vocabulary import term  # noqa: E402

Cell = str | Sequence[tuple[str, str]]
"""A cell: one text (style « Texte de tableau »), or (text, style name) paragraphs."""


class Builder:
    """Append template paragraphs and tables to a python-docx document."""

    def __init__(self, document):
        self.doc = document

    def p(self, text: str = "", style: str = "Normal", *, unnumbered: bool = False):
        """Add a paragraph whose text is one run."""
        paragraph = self.doc.add_paragraph(text, style=style)
        if unnumbered:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = 0
        return paragraph

    def tag(self, tag: str) -> None:
        """Add a paragraph holding one docxtpl paragraph tag (``{%p … %}``)."""
        self.p("{%p " + tag + " %}")

    def rich(self, expression: str) -> None:
        """Add the paragraph replaced by a rich-text value's paragraphs."""
        self.p("{{p " + expression + " }}")

    def h(self, level: int, text: str, *, unnumbered: bool = False) -> None:
        """Add a heading."""
        self.p(text, f"Heading {level}", unnumbered=unnumbered)

    def table(self, columns: Sequence[tuple[str, int]], rows: Sequence[Sequence[Cell] | str], *,
              style: str = "Tableau ZonalPlan", header: bool = True) -> None:
        """Add a table; a row given as a string is a ``{%tr … %}`` control row."""
        n_rows = len(rows) + (1 if header else 0)
        table = self.doc.add_table(rows=n_rows, cols=len(columns))
        table.style = self.doc.styles[style]
        tbl_pr = table._tbl.tblPr
        look = tbl_pr.find(qn("w:tblLook"))
        if look is None:
            look = OxmlElement("w:tblLook")
            tbl_pr.append(look)
        for key, value in (("val", "04A0" if header else "0080"),
                           ("firstRow", "1" if header else "0"), ("lastRow", "0"),
                           ("firstColumn", "0" if header else "1"), ("lastColumn", "0"),
                           ("noHBand", "1"), ("noVBand", "1")):
            look.set(qn(f"w:{key}"), value)
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        look.addprevious(layout)
        table.autofit = False
        widths = [w for _, w in columns]
        for grid_col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            grid_col.set(qn("w:w"), str(width))
        all_rows: list[Sequence[Cell] | str] = []
        if header:
            all_rows.append([[(title, "En-tête de tableau")] for title, _ in columns])
        all_rows += list(rows)
        for index, (row, spec) in enumerate(zip(table.rows, all_rows)):
            tr_pr = row._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:cantSplit"))
            if header and index == 0:
                tr_pr.append(OxmlElement("w:tblHeader"))
            cells = [spec] + [""] * (len(columns) - 1) if isinstance(spec, str) else spec
            for cell, content, width in zip(row.cells, cells, widths):
                cell.width = width * 635  # twips → EMU
                paragraphs = ([(content, "Texte de tableau")] if isinstance(content, str)
                              else list(content))
                first = cell.paragraphs[0]
                for i, (text, pstyle) in enumerate(paragraphs):
                    target = first if i == 0 else cell.add_paragraph()
                    target.style = self.doc.styles[pstyle]
                    if text:
                        target.add_run(text)
                if not paragraphs:
                    first.style = self.doc.styles["Texte de tableau"]
        if not header:  # a short « fiche »: keep it on one page with the heading above it
            for row in table.rows[:-1]:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
        self.p("", "Mention")  # breathing space after a table

    def toc(self) -> None:
        """Add the table of contents (a TOC field refreshed by Word or LibreOffice)."""
        self.p(_("Table des matières"), "TOC Heading")
        paragraph = self.p("", "Normal")
        add_field(paragraph, 'TOC \\o "1-4" \\h \\z \\u',
                  _("La table des matières se met à jour à l'ouverture du document "
                  "(sinon : clic droit › Mettre à jour les champs)."), dirty=True)


def _cover(b: Builder, heading: str, subtitle: str) -> None:
    b.p("{{ zone.display }}", "Page de titre — zone")
    b.p(heading, "Title")
    b.p(subtitle, "Subtitle")
    b.tag("if zone.communes")
    b.p(_("{% if zone.pluricommunal %}Communes de {% else %}Commune de {% endif %}"
          "{{ zone.communes_text }}"), "Page de titre")
    b.tag("endif")
    b.tag("if zone.district")
    b.p(_("Arrondissement judiciaire de {{ zone.district }}"), "Page de titre")
    b.tag("endif")
    b.tag("if zone.province")
    b.p(_("Province de {{ zone.province }}"), "Page de titre")
    b.tag("endif")
    spacer = b.p("", "Page de titre")
    spacer.paragraph_format.space_before = Pt(200)
    b.p(_("Version : {{ doc.version }}"), "Page de titre")
    b.p(_("Date : {{ doc.date }}"), "Page de titre")
    b.tag("if doc.reference_edition")
    b.p(_("Cadre national de référence : {{ doc.reference_edition }}"), "Page de titre")
    b.tag("endif")
    b.tag("if doc.translation_note")
    b.p("{{ doc.translation_note }}", "Mention")
    b.tag("endif")
    b.tag("if doc.classification")
    b.p("{{ doc.classification }}", "Classification")
    b.tag("endif")


def _section(b: Builder, level: int, key: str, expression: str) -> None:
    b.h(level, H[key])
    b.rich(f"{expression}.paragraphs")


def _summary_columns() -> list[tuple[str, int]]:
    return [(_("Indicateur"), 6800), (_("Valeur"), TEXT_WIDTH - 6800)]


def _findings_columns() -> list[tuple[str, int]]:
    return [(_("Lieu"), 2500), (_("Constat"), 4070), (_("Piste"), 2500)]


def _summary_block(b: Builder) -> None:
    b.p(_("Constats du contrôle d'alignement : {{ alignment.counts_text }}."))
    b.table(
        _summary_columns(),
        [
            "{%tr for s in alignment.summary %}",
            ["{{ s.label }}", "{{ s.value }}"],
            "{%tr endfor %}",
        ],
    )
    b.rich("alignment.explanation.paragraphs")


def _pns_block(b: Builder) -> None:
    b.p(
        _(
            "Chaque ligne est un thème ou un sous-thème du Plan national de sécurité qui fixe des "
            "objectifs à la police locale ; les colonnes sont les objectifs stratégiques du plan."
        )
    )
    b.rich("alignment.pns_matrix")
    b.rich("alignment.legend")


def _ncsi_block(b: Builder) -> None:
    b.rich("alignment.ncsi_matrix")
    b.rich("alignment.legend")


def _findings_block(b: Builder, level: int, *, unnumbered: bool) -> None:
    b.tag("if not alignment.has_findings")
    b.p(_("Le contrôle d'alignement ne relève aucun constat."))
    b.tag("endif")
    b.tag("for g in alignment.groups")
    b.tag("if g.findings")
    b.h(level, "{{ g.title }} ({{ g.count }})", unnumbered=unnumbered)
    b.table(_findings_columns(), ["{%tr for f in g.findings %}",
                       ["{{ f.place }}", "{{ f.message }}", "{{ f.hint }}"], "{%tr endfor %}"])
    b.tag("endif")
    b.tag("endfor")


def _annex_alignment(b: Builder) -> None:
    """Add annex A of the plan: the alignment report."""
    b.h(1, H["annex_alignment"], unnumbered=True)
    b.h(2, _("A.1 Synthèse"), unnumbered=True)
    _summary_block(b)
    b.h(2, _("A.2 Couverture des thèmes du PNS"), unnumbered=True)
    _pns_block(b)
    b.h(2, _("A.3 Couverture des dimensions de la NCSI"), unnumbered=True)
    _ncsi_block(b)
    b.h(2, _("A.4 Constats ouverts"), unnumbered=True)
    _findings_block(b, 3, unnumbered=True)


def _objective(b: Builder) -> None:
    b.h(4, "{{ o.label }}")
    b.table([(_("Rubrique"), 2300), (_("Contenu"), TEXT_WIDTH - 2300)], [
        [_("Type"), "{{ o.kind }}"], [_("Domaine"), "{{ o.domain }}"],
        [_("Responsable"), "{{ o.owner }}"], [_("Partenaires"), "{{ o.partners_text }}"],
        [_("Capacité"), "{{ o.capacity }}"]], style="Fiche ZonalPlan", header=False)
    b.p(_("Description"), "Intertitre")
    b.rich("o.description.paragraphs")
    b.p(_("Motivation"), "Intertitre")
    b.rich("o.rationale.paragraphs")
    b.p(_("Approche en chaîne"), "Intertitre")
    b.table([(_("Maillon"), 2300), (_("Actions"), TEXT_WIDTH - 2300)], [
        [term("chain.prevention"), [("{{p o.chain.prevention.compact }}", "Texte de tableau")]],
        [term("chain.repression"), [("{{p o.chain.repression.compact }}",
                                        "Texte de tableau")]],
        [term("chain.aftercare"), [("{{p o.chain.aftercare.compact }}", "Texte de tableau")]],
    ], style="Fiche ZonalPlan", header=False)
    b.p(_("Objectifs tactiques"), "Intertitre")
    b.rich("o.tactical.paragraphs")
    b.p(_("Indicateurs"), "Intertitre")
    b.tag("if o.indicators")
    b.table([(_("Indicateur"), 2470), (_("Unité"), 1000), (_("Départ (année)"), 1150),
             (_("Cible (année)"), 1150), (_("Source"), 1900), (_("Fréquence"), 1400)],
            ["{%tr for i in o.indicators %}",
             ["{{ i.name }}", "{{ i.unit }}", "{{ i.baseline }}", "{{ i.target }}",
              "{{ i.source }}", "{{ i.frequency }}"], "{%tr endfor %}"])
    b.tag("else")
    b.p(_("Aucun indicateur n'est encore défini pour cet objectif."))
    b.tag("endif")
    b.p(_("Liens avec le cadre national"), "Intertitre")
    b.tag("if o.linked")
    b.table([(_("Élément du cadre national"), 4570), (_("Lien"), 1300), (_("Source"), 3200)],
            ["{%tr for l in o.links %}", ["{{ l.label }}", "{{ l.weight }}", "{{ l.citation }}"],
             "{%tr endfor %}"])
    b.tag("else")
    b.p(_("Objectif spécifiquement local : il n'est lié à aucun élément du Plan national de "
        "sécurité ni de la note-cadre de sécurité intégrale."))
    b.tag("endif")
    b.tag("if o.local_justification or not o.linked")
    b.p(_("Justification locale"), "Intertitre")
    b.rich("o.local_justification.paragraphs")
    b.tag("endif")


def _strategy(b: Builder) -> None:
    b.h(1, H["strategy"])
    b.h(2, H["expectations"])
    b.tag("for e in expectations")
    b.h(3, "{{ e.heading }}")
    b.p("{{ e.kind }}", "Mention")
    b.rich("e.text.paragraphs")
    b.tag("endfor")
    b.tag("if not expectations")
    b.p(_("Aucune attente des autorités n'a été consignée."))
    b.tag("endif")
    _section(b, 2, "argument_matrix", "argument_matrix")
    b.h(2, H["objectives"])
    b.p(_("Le plan compte {{ objectives|length }} objectifs stratégiques. Les priorités font "
        "l'objet d'un plan d'action ; les points d'attention sont suivis dans le cadre du "
        "fonctionnement régulier."))
    b.tag("for d in domains")
    b.h(3, "{{ d.title }}")
    b.tag("for o in d.objectives")
    _objective(b)
    b.tag("endfor")
    b.tag("if not d.objectives")
    b.p(_("Aucun objectif n'est défini dans ce domaine."))
    b.tag("endif")
    b.tag("endfor")
    _section(b, 2, "non_retained", "non_retained")
    b.h(2, H["decisions"])
    b.p(
        _(
            "Décision de la zone pour chaque thème et sous-thème du Plan national de sécurité qui "
            "fixe des objectifs à la police locale, avec sa justification et les objectifs "
            "stratégiques qui s'y rattachent."
        )
    )
    b.table([("N°", 550), (_("Thème ou sous-thème"), 2000), (_("Décision"), 1750),
             (_("Justification"), 3670), (_("Objectifs"), 1100)],
            ["{%tr for t in pns_themes %}",
             ["{{ t.number }}", "{{ t.title }}", "{{ t.decision }}",
              [("{{p t.justification.compact }}", "Texte de tableau")], "{{ t.objectives }}"],
             "{%tr endfor %}"])


def _capacity(b: Builder) -> None:
    b.h(1, H["capacity"])
    b.h(2, _("Capacité disponible"))
    b.table([(_("Rubrique"), 3400), (_("Valeur"), TEXT_WIDTH - 3400)], [
        [_("Date de référence"), "{{ capacity.reference_date }}"],
        [_("Effectif (membres du personnel)"), "{{ capacity.headcount }}"],
        [_("Capacité disponible"), "{{ capacity.available }}"]],
        style="Fiche ZonalPlan", header=False)
    b.h(2, _("Fonctionnalités de base"))
    b.p(
        _(
            "Répartition de la capacité entre les sept fonctionnalités de base de la police locale "
            "(en équivalents temps plein et en part de la capacité disponible)."
        )
    )
    b.table([(_("Fonctionnalité de base"), 5270), (_("ETP"), 1900), (_("Part"), 1900)],
            ["{%tr for f in capacity.functionalities %}",
             ["{{ f.label }}", "{{ f.fte }}", "{{ f.share }}"], "{%tr endfor %}",
             [[(_("Total des fonctionnalités de base"), "En-tête de tableau")],
              [("{{ capacity.functionalities_total }}", "En-tête de tableau")],
              [("{{ capacity.functionalities_share }}", "En-tête de tableau")]]])
    b.h(2, _("Missions à caractère fédéral"))
    b.p(_("La contribution de la zone aux missions à caractère fédéral est estimée à "
        "{{ capacity.federal }} ({{ capacity.federal_share }} de la capacité disponible)."))
    b.h(2, _("Capacité consacrée aux objectifs du plan"))
    b.table([(_("Objectif stratégique"), 5270), (_("ETP"), 1900), (_("Heures par an"), 1900)],
            ["{%tr for c in capacity.objectives %}",
             ["{{ c.label }}", "{{ c.fte }}", "{{ c.hours }}"], "{%tr endfor %}",
             [[(_("Total des objectifs"), "En-tête de tableau")],
              [("{{ capacity.objectives_total }}", "En-tête de tableau")], ""]])
    b.h(2, _("Capacité disponible et capacité attribuée"))
    b.table(
        [(_("Rubrique"), 5270), (_("ETP"), 1900), (_("Part"), 1900)],
        [
            [
                _("Fonctionnalités de base"),
                "{{ capacity.functionalities_total }}",
                "{{ capacity.functionalities_share }}",
            ],
            [
                _("Missions à caractère fédéral"),
                "{{ capacity.federal }}",
                "{{ capacity.federal_share }}",
            ],
            [
                _("Objectifs du plan"),
                "{{ capacity.objectives_total }}",
                "{{ capacity.objectives_share }}",
            ],
            [
                [(_("Total attribué"), "En-tête de tableau")],
                [("{{ capacity.allocated }}", "En-tête de tableau")],
                [("{{ capacity.allocated_share }}", "En-tête de tableau")],
            ],
        ],
    )
    b.p("{{ capacity.balance }}")
    b.tag("if capacity.note")
    b.rich("capacity.note.paragraphs")
    b.tag("endif")


def _approval(b: Builder) -> None:
    b.h(1, H["approval"])
    b.p("{{ approval.sentence }}")
    b.p(
        _(
            "Conformément à l'article 37 de la loi du 7 décembre 1998 organisant un service de "
            "police "
            "intégré, structuré à deux niveaux, le plan est soumis à l'approbation des ministres "
            "de "
            "l'Intérieur et de la Justice."
        )
    )
    b.p(_("Les membres du conseil zonal de sécurité :"), "Intertitre")
    b.table(
        [(_("Membre du conseil zonal de sécurité"), 4535), (_("Date, lieu et signature"), 4535)],
        [
            "{%tr for m in czs %}",
            [
                [("{{ m.name }}", "Signataire"), ("{{ m.role }}", "Texte de tableau")],
                [
                    (_("Date : {{ approval.date_field }}"), "Signature"),
                    (_("Lieu : {{ approval.place_field }}"), "Signature"),
                    (_("Signature :"), "Signature"),
                    ("", "Signature"),
                    ("", "Signature"),
                ],
            ],
            "{%tr endfor %}",
        ],
    )


def build_plan() -> Document:
    """Return the plan template."""
    doc = Document()
    setup_document(doc, header_left="{{ zone.display }}", header_right="{{ doc.short_title }}",
                   footer_left="{{ doc.classification }}")
    b = Builder(doc)
    _cover(b, term("doc.pzs"), "{{ period.label }}")
    b.toc()
    b.h(1, H["foreword"], unnumbered=True)
    b.rich("foreword.paragraphs")
    b.h(1, H["env"])
    b.h(2, H["env_territory"])
    b.table(
        [(_("Rubrique"), 3400), (_("Valeur"), TEXT_WIDTH - 3400)],
        [
            [_("Zone de police"), "{{ zone.display }}"],
            [_("Communes"), "{{ zone.communes_text }}"],
            [_("Population"), "{{ zone.population_text }}"],
            [_("Superficie"), "{{ zone.area_text }}"],
            [_("Arrondissement judiciaire"), "{{ zone.district }}"],
            [_("Province"), "{{ zone.province }}"],
        ],
        style="Fiche ZonalPlan",
        header=False,
    )
    b.rich("env.territory.paragraphs")
    for key, expr in (("env_crime", "env.crime"), ("env_road_safety", "env.road_safety"),
                      ("env_survey", "env.survey"), ("env_internal", "env.internal"),
                      ("env_lessons", "env.lessons")):
        _section(b, 2, key, expr)
    b.h(1, H["mvv"])
    for key in ("mission", "vision", "values"):
        _section(b, 2, key, key)
    _strategy(b)
    _capacity(b)
    b.h(1, H["communication"])
    _section(b, 2, "communication_internal", "communication.internal")
    _section(b, 2, "communication_external", "communication.external")
    _approval(b)
    _annex_alignment(b)
    b.h(1, H["annex_glossary"], unnumbered=True)
    b.p(
        _("Abréviations employées dans le plan, d'après le glossaire du Plan national de sécurité.")
    )
    b.table([(_("Abréviation"), 1800), (_("Signification"), TEXT_WIDTH - 1800)],
            ["{%tr for g in glossary %}", ["{{ g.abbr }}", "{{ g.meaning }}"], "{%tr endfor %}"])
    return doc


def build_report() -> Document:
    """Return the alignment report template (for reviewers)."""
    doc = Document()
    setup_document(doc, header_left="{{ zone.display }}",
                   header_right=_("Rapport d'alignement — {{ doc.short_title }}"),
                   footer_left="{{ doc.classification }}")
    b = Builder(doc)
    _cover(b, _("Rapport d'alignement"), _("Plan zonal de sécurité {{ period.label }}"))
    b.toc()
    b.h(1, _("Synthèse"))
    b.p(
        _(
            "Ce rapport confronte le plan zonal de sécurité de la zone au Plan national de "
            "sécurité "
            "et à la note-cadre de sécurité intégrale : couverture des thèmes nationaux par les "
            "objectifs stratégiques, décisions de la zone et constats du contrôle d'alignement."
        )
    )
    _summary_block(b)
    b.h(1, _("Couverture du cadre national"))
    b.h(2, _("Thèmes du Plan national de sécurité"))
    _pns_block(b)
    b.h(2, _("Dimensions de la note-cadre de sécurité intégrale"))
    _ncsi_block(b)
    b.h(1, _("Constats ouverts"))
    _findings_block(b, 2, unnumbered=False)
    b.h(1, H["decisions"])
    b.table([("N°", 550), (_("Thème ou sous-thème"), 2000), (_("Décision"), 1750),
             (_("Justification"), 3670), (_("Objectifs"), 1100)],
            ["{%tr for t in pns_themes %}",
             ["{{ t.number }}", "{{ t.title }}", "{{ t.decision }}",
              [("{{p t.justification.compact }}", "Texte de tableau")], "{{ t.objectives }}"],
             "{%tr endfor %}"])
    b.h(1, _("Objectifs stratégiques et liens nationaux"))
    b.tag("for o in objectives")
    b.h(2, "{{ o.label }}")
    b.p("{{ o.kind }} — {{ o.domain }}", "Mention")
    b.tag("if o.linked")
    b.table([(_("Élément du cadre national"), 4570), (_("Lien"), 1300), (_("Source"), 3200)],
            ["{%tr for l in o.links %}", ["{{ l.label }}", "{{ l.weight }}", "{{ l.citation }}"],
             "{%tr endfor %}"])
    b.tag("else")
    b.p(_("Objectif spécifiquement local (aucun lien national)."))
    b.rich("o.local_justification.paragraphs")
    b.tag("endif")
    b.tag("endfor")
    return doc


def _save_reproducibly(document, path: Path) -> None:
    """Save with fixed zip timestamps, so regenerating an unchanged template changes no byte."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


def main() -> None:
    """Write plan.docx and report.docx next to this script, and one per other language."""
    for language in LANGUAGES:
        with using(language):
            for name, build in (("plan.docx", build_plan), ("report.docx", build_report)):
                path = HERE / localized_name(name, language)
                _save_reproducibly(build(), path)
                print(path)


if __name__ == "__main__":
    main()

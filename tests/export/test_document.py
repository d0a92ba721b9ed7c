"""The exported demo plan, re-read with python-docx: structure, styles, tables, fields."""

from __future__ import annotations

import zipfile

from docx.oxml.ns import qn

from zonalplan.export.labels import HEADINGS
from zonalplan.model import FUNCTIONALITY_LABELS
from zonalplan.model.richtext import blocks as text_blocks

from .helpers import all_text, blocks, headings

NAMED_STYLES = {"Normal", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Title",
                "Subtitle", "List Bullet", "TOC Heading", "Intertitre", "Mention",
                "Page de titre", "Page de titre — zone", "Classification", "Texte de tableau",
                "Puce de tableau", "En-tête de tableau", "Signature", "Signataire",
                "toc 1", "toc 2", "toc 3", "toc 4"}


def test_chapters_follow_the_real_plan_order(demo_document):
    level1 = [text for level, text in headings(demo_document) if level == 1]
    assert level1 == [HEADINGS[k] for k in ("foreword", "env", "mvv", "strategy", "capacity",
                                            "communication", "approval", "annex_alignment",
                                            "annex_glossary")]
    level2 = [text for level, text in headings(demo_document) if level == 2]
    expected = [HEADINGS[k] for k in ("env_territory", "env_crime", "env_road_safety",
                                      "env_survey", "env_internal", "env_lessons", "mission",
                                      "vision", "values", "expectations", "argument_matrix",
                                      "objectives", "non_retained", "decisions")]
    assert level2[:len(expected)] == expected


def test_objectives_are_headings_under_their_domain(demo_document, demo_plan):
    found = headings(demo_document)
    texts = [t for _, t in found]
    external = texts.index("Sécurité et qualité de vie")
    internal = texts.index("Gestion opérationnelle optimale")
    for obj in demo_plan.objectives:
        position = texts.index(obj.label)
        assert found[position][0] == 4
        if obj.domain.value == "externe":
            assert external < position < internal
        else:
            assert position > internal


def test_every_paragraph_has_a_named_style(demo_document):
    used = {p.style.name for p in demo_document.paragraphs}
    assert used <= NAMED_STYLES, used - NAMED_STYLES
    table_styles = {t.style.name for t in demo_document.tables}
    assert table_styles <= {"Tableau ZonalPlan", "Fiche ZonalPlan"}


def test_multi_paragraph_text_becomes_paragraphs_not_line_breaks(demo_document, demo_plan):
    body = demo_document.element.body
    assert not list(body.iter(qn("w:br")))
    for t in body.iter(qn("w:t")):
        assert "\n" not in (t.text or "")
    paragraphs = [p.text for p in demo_document.paragraphs]
    expected = text_blocks(demo_plan.sections.foreword)
    assert len(expected) > 2
    start = paragraphs.index(expected[0].text)
    assert paragraphs[start:start + len(expected)] == [b.text for b in expected]
    bullets = [p for p in demo_document.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) > 20


def test_indicator_tables_have_one_row_per_indicator(demo_document, demo_plan):
    tables = [t for t in demo_document.tables
              if [c.text for c in t.rows[0].cells][:2] == ["Indicateur", "Unité"]]
    with_indicators = sorted((o for o in demo_plan.objectives if o.indicators),
                             key=lambda o: o.domain.value != "externe")  # printed order
    assert len(tables) == len(with_indicators)
    for table, obj in zip(tables, with_indicators):
        assert len(table.rows) == len(obj.indicators) + 1
        first = obj.indicators[0]
        cells = [c.text for c in table.rows[1].cells]
        assert cells[0] == first.name
        assert f"({first.baseline_year})" in cells[2]
        assert f"({first.target_year})" in cells[3]


def test_national_links_are_printed_with_official_numbers(demo_document):
    text = all_text(demo_document)
    assert "PNS 2026-2029 — 5 Sécurité routière — objectif 1 (Police Locale)" in text
    assert "PNS 2026-2029, Chapitre 2, thème 5" in text  # the source citation


def test_unlinked_objective_prints_local_justification(demo_document, demo_plan):
    unlinked = [o for o in demo_plan.objectives if not o.links]
    assert unlinked
    items = list(blocks(demo_document))
    texts = [getattr(b, "text", None) for b in items]
    start = texts.index(unlinked[0].label)
    following = [t for t in texts[start:start + 40] if t]
    assert "Justification locale" in following
    assert any(t.startswith("Objectif spécifiquement local") for t in following)


def test_pns_table_lists_every_decision_node_and_the_optional_decisions(demo_document, reference,
                                                                        demo_plan):
    table = next(t for t in demo_document.tables
                 if [c.text for c in t.rows[0].cells][:2] == ["N°", "Thème ou sous-thème"])
    decided = {d.ref_id for d in demo_plan.decisions}
    nodes = [n for n in reference.pns_nodes
             if reference.requires_decision(n.id) or n.id in decided]
    assert {n.id for n in reference.decision_nodes} <= {n.id for n in nodes}
    assert [r.cells[1].text for r in table.rows[1:]] == [n.title for n in nodes]
    assert "Retenu (priorité)" in {r.cells[2].text for r in table.rows[1:]}
    frontiers = next(r for r in table.rows[1:] if r.cells[0].text == "4")
    assert frontiers.cells[2].text == "Non retenu (sans objectif pour la police locale)"


def test_capacity_tables(demo_document, demo_plan):
    table = next(t for t in demo_document.tables
                 if t.rows[0].cells[0].text == "Fonctionnalité de base")
    labels = [r.cells[0].text for r in table.rows[1:-1]]
    assert labels == list(FUNCTIONALITY_LABELS.values())
    assert table.rows[-1].cells[1].text == "52,5\u00a0ETP"  # every figure with its unit
    assert "ETP" in all_text(demo_document)


def test_signature_block_per_czs_member(demo_document, demo_plan):
    table = next(t for t in demo_document.tables
                 if t.rows[0].cells[0].text == "Membre du conseil zonal de sécurité")
    assert len(table.rows) == len(demo_plan.czs_members) + 1
    for row, member in zip(table.rows[1:], demo_plan.czs_members):
        assert row.cells[0].paragraphs[0].text == member.name
        assert row.cells[0].paragraphs[1].text == member.role_label
        assert row.cells[1].paragraphs[0].text == "Date : 12/03/2026"
        assert row.cells[1].paragraphs[1].text == "Lieu : Rivemont"
    text = all_text(demo_document)
    assert "Projet soumis au conseil zonal de sécurité du 12/03/2026." in text  # a draft
    assert "Approuvé par" not in text


def test_title_page_and_glossary(demo_document, demo_plan):
    first = [p.text for p in demo_document.paragraphs[:12]]
    assert "ZP Entre-Sambre-et-Bois (5999)" in first
    assert "Plan zonal de sécurité" in first
    assert "2026-2031" in first
    assert "Communes de Rivemont, Sambrecourt et Hautebise" in first
    assert "Version : Projet soumis au CZS" in first
    glossary = demo_document.tables[-1]
    abbreviations = [r.cells[0].text for r in glossary.rows[1:]]
    assert {"BNG", "PNS", "NCSI", "ILP"} <= set(abbreviations)
    assert "ARRC" not in abbreviations  # in the glossary, not in the plan


def test_fields_toc_page_numbers_and_update_on_open(demo_docx):
    with zipfile.ZipFile(demo_docx) as z:
        document = z.read("word/document.xml").decode()
        settings = z.read("word/settings.xml").decode()
        footers = "".join(z.read(n).decode() for n in z.namelist() if "footer" in n)
    assert 'TOC \\o "1-4"' in document
    assert " PAGE " in footers and " NUMPAGES " in footers
    assert '<w:updateFields w:val="true"/>' in settings
    assert "{{" not in document and "{%" not in document


def test_header_names_the_zone(demo_docx):
    with zipfile.ZipFile(demo_docx) as z:
        headers = "".join(z.read(n).decode() for n in z.namelist() if "header" in n)
    assert "ZP Entre-Sambre-et-Bois (5999)" in headers
    assert "Plan zonal de sécurité 2026-2031" in headers

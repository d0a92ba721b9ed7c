"""Typography of the document: whole words in narrow columns, plurals, units, language."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from zonalplan.alignment.coverage import coverage_sentence
from zonalplan.demo import build_demo_plan
from zonalplan.export import export_plan
from zonalplan.export.labels import CELL_PADDING, CHAR_TWIPS, column_width
from zonalplan.i18n import using

NARROW = {"Unité", "Fréquence", "Décision", "Objectifs", "Eenheid", "Frequentie", "Beslissing",
          "Doelstellingen", "Einheit", "Häufigkeit", "Entscheidung", "Ziele", "ETP", "VTE",
          "VZÄ", "Part", "Aandeel", "Anteil"}


@pytest.fixture(scope="module", params=["fr", "nl", "de"])
def exported(request, reference, tmp_path_factory):
    language = request.param
    plan = build_demo_plan(language) if language != "fr" else build_demo_plan()
    out = tmp_path_factory.mktemp(language) / "plan.docx"
    export_plan(plan, out, reference=reference)
    return language, docx.Document(str(out))


def _columns(table):
    grid = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    header = [c.text.strip() for c in table.rows[0].cells]
    return grid, header


def test_words_of_narrow_columns_fit_on_one_line(exported):
    _language, document = exported
    checked = 0
    for table in document.tables:
        grid, header = _columns(table)
        if len(grid) >= 7:  # the argument matrix sizes its own columns
            continue
        for index, (width, title) in enumerate(zip(grid, header)):
            if title not in NARROW:
                continue
            for row in table.rows:
                for word in row.cells[index].text.split():
                    checked += 1
                    assert len(word) * CHAR_TWIPS + CELL_PADDING <= width, (title, word, width)
    assert checked > 50


def test_capacity_tables_give_every_figure_its_unit(exported):
    language, document = exported
    unit = {"fr": "ETP", "nl": "VTE", "de": "VZÄ"}[language]
    figures = 0
    for table in document.tables:
        grid, header = _columns(table)
        if unit not in header:
            continue
        column = header.index(unit)
        for row in table.rows[1:]:
            text = row.cells[column].text.strip()
            if text and text != "—":
                figures += 1
                assert text.endswith(f"\u00a0{unit}"), text
    assert figures >= 10


def test_document_language_and_hyphenation_of_table_cells(exported):
    language, document = exported
    assert document.core_properties.language == f"{language}-BE"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert {lang.get(qn("w:val")) for lang in defaults.iter(qn("w:lang"))} == {f"{language}-BE"}
    assert document.settings.element.find(qn("w:autoHyphenation")) is not None
    cell_style = document.styles.element.xpath('w:style[@w:styleId="Textedetableau"]')[0]
    assert cell_style.find(f"{qn('w:pPr')}/{qn('w:suppressAutoHyphens')}").get(
        qn("w:val")) == "false"


def test_column_width_fits_the_longest_word():
    assert column_width(["accidents par an"], 1000) == 9 * CHAR_TWIPS + CELL_PADDING
    assert column_width(["PA1"], 1100) == 1100


@pytest.mark.parametrize(("language", "one", "many"), [
    ("fr", "1 dimension de la NCSI sur 6 est couverte", "2 dimensions de la NCSI sur 6 sont"),
    ("nl", "1 van de 6 dimensies van de KIV wordt", "2 van de 6 dimensies van de KIV worden"),
    ("de", "1 von 6 Dimensionen der RNIS wird", "2 von 6 Dimensionen der RNIS werden"),
])
def test_coverage_sentence_has_correct_plurals(language, one, many):
    summary = {"total": 1, "retenu": 1, "fonctionnement_regulier": 0, "non_retenu": 0,
               "indecis": 0, "objectifs_lies": 1, "objectifs": 1, "dimensions_couvertes": 1}
    with using(language):
        text = coverage_sentence(summary, 6)
        assert one in text
        assert many in coverage_sentence({**summary, "dimensions_couvertes": 2}, 6)
    if language == "fr":
        assert text.startswith("1 thème ou sous-thème du PNS fixe")
        assert "1 retenu comme priorité" in text and "1 objectif sur 1 est lié" in text

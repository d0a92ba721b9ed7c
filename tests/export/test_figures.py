"""The zone's figures in the Word document: charts, tables, pictures and the argument matrix."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from PIL import Image

from zonalplan.demo import build_demo_plan
from zonalplan.evidence.images import picture_from_bytes
from zonalplan.export import export_plan
from zonalplan.i18n import using
from zonalplan.model.evidence import ChapterFigure, FigureKind, PlanPicture


def _text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_demo_figures_and_matrix_are_in_the_document(tmp_path: Path, reference) -> None:
    """Four numbered figures with sources, three chart pictures, the rate table, the matrix."""
    out = tmp_path / "plan.docx"
    export_plan(build_demo_plan(), out, reference=reference)
    text = _text(out)
    for n in range(1, 5):
        assert f"Figure {n} – " in text
    assert "Source : Statbel" in text and "TF_ACCIDENTS_2024.txt" in text
    assert "Total de la zone" in text and "4,7" in text  # burglaries per 1 000 in 2024
    assert "Faisabilité" in text and "Gestion intégrée des frontières" in text
    with zipfile.ZipFile(out) as docx:
        media = [n for n in docx.namelist() if n.startswith("word/media/")]
    assert len(media) >= 3


def test_figures_follow_the_plan_language_and_pictures_are_placed(tmp_path: Path,
                                                                  reference) -> None:
    """A Dutch plan prints « Figuur » and Dutch headers; a picture of the plan is embedded."""
    plan = build_demo_plan()
    plan.metadata.language = "nl"
    out = io.BytesIO()
    Image.new("RGB", (60, 40), "navy").save(out, "PNG")
    pic = picture_from_bytes(out.getvalue(), "kaart.png")
    plan.pictures = [PlanPicture(id="map", file_name=pic.file_name, format=pic.format,
                                 width=pic.width, height=pic.height, sha256=pic.sha256,
                                 data=pic.data, source="eigen kaart")]
    plan.figures.append(ChapterFigure(id="fig-map", chapter="env_territory",
                                      kind=FigureKind.PICTURE, picture_id="map",
                                      caption="Kaart van de zone"))
    path = tmp_path / "plan.docx"
    with using("nl"):
        export_plan(plan, path, reference=reference)
    text = _text(path)
    assert "Figuur 5 – Kaart van de zone" in text and "Bron: eigen kaart" in text
    assert "Totaal van de zone" in text and "Haalbaarheid" in text
    assert "Figure 1" not in text and "Total de la zone" not in text


def test_rates_keep_one_decimal_in_every_language(tmp_path: Path, reference) -> None:
    """A rate per 1 000 inhabitants prints « 4,8 », as the chapter's text says, in Dutch too."""
    plan = build_demo_plan(language="nl")
    out = tmp_path / "nl.docx"
    with using("nl"):
        export_plan(plan, out, reference=reference)
    cells = [c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "4,8" in cells

"""The chart of a folder review: PNS themes retained across zones, in the Word summary."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from hypothesis import given, settings
from hypothesis import strategies as st

from zonalplan.i18n import using
from zonalplan.review.many import Column, FolderReview, ZoneRow, review_folder
from zonalplan.review.many_chart import (
    CATEGORIES,
    retention_counts,
    themes_chart_png,
    zone_category,
)
from zonalplan.review.many_export import write_review_docx
from zonalplan.store import create_plan_file

NODES = ["pns.1", "pns.1.1", "pns.2"]
decisions = st.sampled_from([None, "retenu", "fonctionnement_regulier", "non_retenu"])
kinds = st.sampled_from([None, "priorite", "point_attention"])


def _row(i: int, decided: dict, retained: dict) -> ZoneRow:
    return ZoneRow(f"z{i}.zplan", f"Zone {i}", str(5200 + i), "2026-2031", "", "", decided,
                   0, 0, 0, {}, 0, 0, 0, retained_as=retained)


rows = st.lists(st.tuples(st.fixed_dictionaries({n: decisions for n in NODES}),
                          st.fixed_dictionaries({n: kinds for n in NODES})), max_size=40)


@settings(max_examples=150, deadline=None)
@given(rows)
def test_every_zone_counts_once_per_theme_in_its_category(drawn) -> None:
    """Per theme the categories add up to the zones; a retained theme is a priority, a point of
    attention or « retained without objective » after the objectives linked to it."""
    review = FolderReview(Path("plans"), rows=[_row(i, d, k) for i, (d, k) in enumerate(drawn)],
                          decision_columns=[Column(n, n[4:], n) for n in NODES])
    counts = retention_counts(review)
    assert [c.id for c, _ in counts] == NODES
    for column, per in counts:
        assert set(per) == set(CATEGORIES) and sum(per.values()) == len(drawn)
        retained = [k[column.id] for d, k in drawn if d[column.id] == "retenu"]
        assert per["priorite"] == retained.count("priorite")
        assert per["point_attention"] == retained.count("point_attention")
        assert per["retenu_sans_objectif"] == retained.count(None)
        assert per["indecis"] == sum(1 for d, _ in drawn if d[column.id] is None)
        assert per["non_retenu"] == sum(1 for d, _ in drawn if d[column.id] == "non_retenu")


def test_zone_category_of_a_row() -> None:
    """Each decision maps to its category; an unknown decision value counts as undecided."""
    row = _row(1, {"a": "retenu", "b": "retenu", "c": "non_retenu", "d": "bizarre"},
               {"a": "point_attention"})
    assert [zone_category(row, n) for n in "abcde"] == [
        "point_attention", "retenu_sans_objectif", "non_retenu", "indecis", "indecis"]


def test_no_plan_draws_no_chart() -> None:
    """An empty review has nothing to draw."""
    assert themes_chart_png(FolderReview(Path("vide"))) is None


def _media(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [n for n in archive.namelist() if n.startswith("word/media/")]


def test_review_summary_holds_the_chart_with_caption_and_source(tmp_path: Path,
                                                                reference) -> None:
    """Two zones: the demo retains 1.1 as a priority; the Word summary shows the picture, then
    « Figure 1 – » and its source naming the plans read; the JSON says how each theme is held."""
    from bench.generate import large_plan
    from zonalplan.demo import build_demo_plan

    folder = tmp_path / "plans"
    folder.mkdir()
    create_plan_file(folder / "demo.zplan", build_demo_plan())
    create_plan_file(folder / "autre.zplan", large_plan(4, 1, zone_number="5201"))
    review = review_folder(folder, reference)
    demo = next(r for r in review.rows if r.zone_number == "5999")
    assert demo.retained_as["pns.1.1"] == "priorite" and demo.retained_as["pns.1.2"] is None
    assert demo.to_json()["retained_as"]["pns.1.1"] == "priorite"
    per = dict((c.id, p) for c, p in retention_counts(review))
    assert per["pns.1.1"]["priorite"] >= 1 and sum(per["pns.1.1"].values()) == 2
    out = write_review_docx(review, tmp_path / "synthese.docx")
    assert len(_media(out)) == 1
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    caption = next(i for i, t in enumerate(texts) if t.startswith("Figure 1 – "))
    assert "Thèmes du PNS retenus par les zones" in texts[caption]
    assert texts[caption + 1].startswith("Source : 2 plans du dossier « plans », relus le ")


def test_empty_folder_gives_a_sentence_not_a_chart(tmp_path: Path) -> None:
    """No plan in the folder: no picture, a sentence saying why."""
    out = write_review_docx(FolderReview(tmp_path), tmp_path / "vide.docx")
    assert _media(out) == []
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Aucun plan relu dans ce dossier" in text and "Figure" not in text


def test_review_chart_speaks_dutch(tmp_path: Path, reference, monkeypatch) -> None:
    """In Dutch the caption, source, legend and theme labels are Dutch (« Figuur 1 »)."""
    from zonalplan.demo import build_demo_plan
    from zonalplan.evidence import charts

    drawn = []
    real = charts.render_stacked_png
    monkeypatch.setattr(charts, "render_stacked_png", lambda rows, segments, **options: (
        drawn.append((rows, segments)), real(rows, segments, **options))[1])

    folder = tmp_path / "plannen"
    folder.mkdir()
    create_plan_file(folder / "demo.zplan", build_demo_plan())
    with using("nl"):
        out = write_review_docx(review_folder(folder, reference), tmp_path / "nl.docx")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Figuur 1 – " in text and "Bron: " in text and len(_media(out)) == 1
    (rows, segments), = drawn
    assert "1.1 Drugshandel" in [label for label, _ in rows]
    assert [s.label for s in segments][:2] == ["Prioriteit", "Aandachtspunt"]


def test_review_tables_speak_dutch(tmp_path: Path, reference) -> None:
    """In Dutch the tables name the themes and dimensions in Dutch, with NVP/KIV headings."""
    from zonalplan.demo import build_demo_plan

    folder = tmp_path / "plannen"
    folder.mkdir()
    create_plan_file(folder / "demo.zplan", build_demo_plan())
    with using("nl"):
        out = write_review_docx(review_folder(folder, reference), tmp_path / "nl.docx")
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "1.1 Drugshandel" in cells
    assert "KIV 6.1" in cells and "NCSI 6.1" not in cells
    assert not [c for c in cells if c.startswith("1.1 Trafic")]

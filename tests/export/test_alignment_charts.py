"""Charts of the alignment report: coverage of the PNS themes and NCSI dimensions, captioned."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document

from zonalplan.demo import build_demo_plan
from zonalplan.export import export_plan, export_report
from zonalplan.i18n import using


def _media(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [n for n in archive.namelist() if n.startswith("word/media/")]


def _body(path: Path) -> list[tuple[str, str]]:
    """Return the body in order: ("p", text) per paragraph (« [image] » for a picture), ("t", …)."""
    document = Document(str(path))
    out = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            drawn = any(e.tag.endswith("}drawing") for e in child.iter())
            out.append(("p", "[image]" if drawn else text))
        elif tag == "tbl":
            out.append(("t", "".join(t.text or "" for t in child.iter()
                                     if t.tag.endswith("}t"))[:80]))
    return out


@pytest.fixture
def captured(monkeypatch):
    """Record the rows each coverage chart is drawn with."""
    from zonalplan.evidence import charts

    calls: list[list[tuple[str, tuple]]] = []
    real = charts.render_stacked_png

    def spy(rows, segments, **options):
        calls.append([(label, tuple(values)) for label, values in rows])
        return real(rows, segments, **options)

    monkeypatch.setattr(charts, "render_stacked_png", spy)
    return calls


def test_report_draws_each_coverage_before_its_matrix(tmp_path: Path, reference,
                                                      captured) -> None:
    """Two pictures, each followed by its numbered caption and source, then its matrix."""
    out = tmp_path / "rapport.docx"
    export_report(build_demo_plan(), out, reference=reference)
    assert len(_media(out)) == 2
    body = _body(out)
    for number, start in ((1, "Objectifs du plan liés à chaque thème du PNS"),
                          (2, "Objectifs du plan au service de chaque dimension de la NCSI")):
        at = next(i for i, (kind, text) in enumerate(body)
                  if text.startswith(f"Figure {number} – {start}"))
        assert body[at - 1] == ("p", "[image]")
        assert body[at + 1][1].startswith("Source : objectifs et décisions du plan « Plan zonal")
        assert "PNS 2026-2029" in body[at + 1][1]
        assert body[at + 2][0] == "t"  # the coverage matrix comes right after
    themes, dimensions = captured
    assert ("1.1 Trafic de drogue (retenu)", (1, 0, 0)) in themes
    assert ("2 Cybercriminalité (régulier)", (0, 1, 0)) in themes
    assert len(dimensions) == 6 and all(len(values) == 2 for _, values in dimensions)


def test_plan_annex_keeps_its_matrices_without_charts(tmp_path: Path, reference,
                                                      captured) -> None:
    """The plan's annex A is not the reviewers' report: no coverage chart is drawn there."""
    out = tmp_path / "plan.docx"
    export_plan(build_demo_plan(), out, reference=reference)
    assert captured == []
    assert not any("chaque thème du PNS décidé" in text for _, text in _body(out))


def test_plan_without_links_gets_sentences_not_empty_charts(tmp_path: Path, reference,
                                                            captured) -> None:
    """No objective linked: two sentences say why, no picture is drawn."""
    plan = build_demo_plan()
    for objective in plan.objectives:
        objective.links = []
    out = tmp_path / "rapport.docx"
    export_report(plan, out, reference=reference)
    assert captured == [] and _media(out) == []
    texts = [text for _, text in _body(out)]
    assert any(t.startswith("Aucun objectif du plan n'est encore lié à un thème du PNS")
               for t in texts)
    assert any(t.startswith("Aucun objectif du plan ne sert encore une dimension de la NCSI")
               for t in texts)


@pytest.mark.parametrize(("language", "figure", "theme", "dimension"), [
    ("nl", "Figuur 1 – Doelstellingen van het plan", "1.1 Drugshandel (weerhouden)",
     "6.1 Persoonsgebonden veiligheid"),
    ("de", "Abbildung 1 – Ziele des Plans", "1.1 Drogenhandel (berücksichtigt)", "6.1 "),
])
def test_report_charts_speak_the_plan_language(tmp_path: Path, reference, captured, language,
                                               figure, theme, dimension) -> None:
    """Captions, sources and the labels drawn in the chart follow the plan's language."""
    plan = build_demo_plan()
    plan.metadata.language = language
    out = tmp_path / "rapport.docx"
    with using("fr"):  # the interface language does not matter
        export_report(plan, out, reference=reference)
    texts = [text for _, text in _body(out)]
    assert any(t.startswith(figure) for t in texts)
    assert any(t.startswith(("Bron: doelstellingen", "Quelle: Ziele")) for t in texts)
    themes, dimensions = captured
    assert theme in [label for label, _ in themes]
    assert dimensions[0][0].startswith(dimension)

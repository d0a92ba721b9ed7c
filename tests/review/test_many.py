"""Review of a folder of plans: good plans, skipped files and why, nothing modified, exports."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from pathlib import Path

import docx
import pytest

from bench.generate import large_plan
from zonalplan.demo import build_demo_plan
from zonalplan.model import PlanError, UnusableInputError
from zonalplan.review import docx_base
from zonalplan.review.diff import diff_plans
from zonalplan.review.diff_docx import write_diff_docx
from zonalplan.review.many import ReviewCancelled, review_folder
from zonalplan.review.many_export import write_csv, write_review_docx
from zonalplan.store import create_plan_file
from zonalplan.store.lock import lock_path


def make_folder(folder: Path) -> Path:
    """Fill ``folder`` like a province's shared drive: good plans and every kind of bad file."""
    folder.mkdir(exist_ok=True)
    create_plan_file(folder / "5999-demo.zplan", build_demo_plan())
    for i in range(3):
        create_plan_file(folder / f"zone-{5201 + i}.zplan",
                         large_plan(6, 2, seed=i, zone_number=f"{5201 + i}",
                                    zone_name=f"ZP Test {i}"))
    src = create_plan_file(folder.parent / "src.zplan", large_plan(4, 1))
    data = src.read_bytes()
    (folder / "corrompu.zplan").write_bytes(data[: len(data) // 2])
    (folder / "aleatoire.zplan").write_bytes(bytes(range(256)) * 4)
    (folder / "notes.txt").write_text("Réunion DirCo le 12/03", encoding="utf-8")
    future = create_plan_file(folder / "futur.zplan", large_plan(2, 1, zone_number="5300"))
    conn = sqlite3.connect(future)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'format_version'")
    conn.commit()
    conn.close()
    locked = create_plan_file(folder / "verrouille.zplan", large_plan(2, 1, zone_number="5301"))
    lock_path(locked).write_text(json.dumps({"user": "marie", "host": "poste-dirco", "pid": 1,
                                             "since": "2026-03-12T09:30:00+00:00"}))
    (folder / "sous-dossier").mkdir()
    return folder


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Return name → (sha256, mtime_ns) of every file in the folder."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in folder.iterdir() if p.is_file()}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return make_folder(tmp_path_factory.mktemp("province") / "plans")


def test_folder_review_lists_zones_and_skipped_files_without_modifying(folder: Path,
                                                                       reference) -> None:
    before = fingerprint(folder)
    calls: list[tuple[float, str]] = []
    review = review_folder(folder, reference, progress=lambda f, m: calls.append((f, m)))
    assert fingerprint(folder) == before  # same files, same bytes, same times: no lock created
    assert [r.zone_number for r in review.rows] == ["5201", "5202", "5203", "5999"]
    demo = review.rows[-1]
    assert demo.zone_name == "ZP Entre-Sambre-et-Bois" and demo.period == "2026-2031"
    assert demo.objectives == 9 and demo.priorities == 5 and demo.errors == 0
    assert demo.decision_label("pns.1.1") == "retenu"
    assert demo.decision_label("pns.1.2") == "régulier"
    assert demo.decision_label("pns.1.5") == "non retenu"
    assert review.rows[0].decision_label("pns.1.1") == "indécis"
    assert set(demo.decisions) == {c.id for c in review.decision_columns}
    assert len(demo.dimensions) == 6 and sum(demo.dimensions.values()) > 0
    reasons = {s.file: s.reason for s in review.skipped}
    assert set(reasons) == {"corrompu.zplan", "aleatoire.zplan", "notes.txt", "futur.zplan",
                            "verrouille.zplan", "verrouille.zplan.lock"}
    assert "endommagé ou tronqué" in reasons["corrompu.zplan"]
    assert "format non reconnu" in reasons["aleatoire.zplan"]
    assert "pas un fichier de plan" in reasons["notes.txt"]
    assert "version plus récente" in reasons["futur.zplan"]
    assert "en cours de modification par marie sur poste-dirco" in reasons["verrouille.zplan"]
    assert calls[-1][0] == 1.0 and all(0 <= f <= 1 for f, _ in calls)
    totals = review.decision_totals()["pns.1.1"]
    assert totals["retenu"] == 1 and totals["indécis"] == 3
    json.dumps(review.to_json(), ensure_ascii=False)


def test_review_can_be_cancelled(folder: Path, reference) -> None:
    class Progress:
        def __init__(self) -> None:
            self.calls = 0

        def __call__(self, fraction: float, message: str) -> None:
            self.calls += 1

        def cancelled(self) -> bool:
            return self.calls >= 2

    with pytest.raises(ReviewCancelled):
        review_folder(folder, reference, progress=Progress())


def test_csv_is_readable_with_semicolons_and_bom(folder: Path, reference, tmp_path: Path) -> None:
    review = review_folder(folder, reference)
    out = write_csv(review, tmp_path / "revue.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header = rows[0]
    assert header[:4] == ["Fichier", "Zone", "Numéro", "Période"]
    assert "PNS 1.1" in header and any(h.startswith("NCSI") for h in header)
    zones = rows[1:1 + len(review.rows)]
    assert [r[2] for r in zones] == ["5201", "5202", "5203", "5999"]
    assert zones[-1][header.index("PNS 1.1")] == "retenu"
    assert ["Fichiers ignorés", "Raison"] in rows
    assert out.stat().st_mode & 0o777 == 0o644


def test_review_docx_has_expected_headings(folder: Path, reference, tmp_path: Path) -> None:
    review = review_folder(folder, reference)
    out = write_review_docx(review, tmp_path / "revue.docx")
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs
                if p.style is not None and p.style.name.startswith("Heading")]
    assert headings[0] == "Relecture des plans zonaux de sécurité"
    for expected in ("Zones", "Décisions sur les thèmes du Plan national de sécurité",
                     "Couverture des dimensions de la NCSI", "Fichiers ignorés"):
        assert expected in headings
    assert len(document.tables) >= 5
    texts = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert "ZP Entre-Sambre-et-Bois" in texts and "corrompu.zplan" in texts
    assert not any("{{" in p.text for s in document.sections for p in s.header.paragraphs)


def test_diff_docx_has_expected_headings_and_marks(tmp_path: Path, reference) -> None:
    from tests.review.test_diff import drafts

    before, after = drafts()
    out = write_diff_docx(diff_plans(before, after, reference=reference,
                                     before_label="projet 1", after_label="projet 2"),
                          tmp_path / "comparaison.docx")
    document = docx.Document(str(out))
    headings = [(p.style.name, p.text) for p in document.paragraphs
                if p.style is not None and p.style.name.startswith("Heading")]
    names = [text for _, text in headings]
    assert headings[0] == ("Heading 1", "Comparaison de deux versions du plan zonal de sécurité")
    for expected in ("Résumé", "Objectifs stratégiques", "Décisions sur le PNS", "Capacité",
                     "Chapitres", "Membres du CZS", "Alignement national"):
        assert expected in names
    assert any(style == "Heading 3" and text.startswith("P1 — Réduire") for style, text in headings)
    runs = [r for p in document.paragraphs for r in p.runs]
    assert any(r.font.strike and r.text == "cambriolages" for r in runs)
    assert any(r.font.underline and r.text == "vols dans les habitations" for r in runs)
    assert document.tables and all(t.style.name in ("Tableau ZonalPlan", "Table Grid")
                                   for t in document.tables)
    for section in document.sections:  # template tags gone, page number fields kept
        for part in (section.header, section.footer):
            xml = part._element.xml
            assert "{{" not in xml and "{%" not in xml
    footer = document.sections[0].footer._element.xml
    if docx_base.REPORT_TEMPLATE.is_file():
        assert "PAGE" in footer


def test_reports_fall_back_to_the_default_document(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(docx_base, "REPORT_TEMPLATE", tmp_path / "absent.docx")
    a, b = build_demo_plan(), build_demo_plan()
    b.sections.vision = "Autre vision."
    out = write_diff_docx(diff_plans(a, b), tmp_path / "c.docx")
    headings = [p.text for p in docx.Document(str(out)).paragraphs
                if p.style is not None and p.style.name.startswith("Heading")]
    assert headings[:2] == ["Comparaison de deux versions du plan zonal de sécurité", "Résumé"]
    with pytest.raises(UnusableInputError, match="introuvable"):
        write_diff_docx(diff_plans(a, b), tmp_path / "d.docx", template=tmp_path / "x.docx")
    assert not (tmp_path / "d.docx").exists()


def test_exports_refuse_a_missing_folder(folder: Path, reference, tmp_path: Path) -> None:
    review = review_folder(folder, reference)
    with pytest.raises(PlanError, match="n'existe pas"):
        write_csv(review, tmp_path / "absent" / "revue.csv")

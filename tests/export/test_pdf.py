"""PDF conversion with LibreOffice; a clear message when it is not installed."""

from __future__ import annotations

import re
import subprocess

import pytest

from zonalplan.export import export_plan, export_report, pdf
from zonalplan.model import PlanError


def _pdf_text(pdftotext: str, path, first: int | None = None, last: int | None = None) -> str:
    pages = ["-f", str(first), "-l", str(last)] if first else []
    out = subprocess.run([pdftotext, *pages, str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def _pages(path) -> int:
    data = path.read_bytes()
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def test_no_libreoffice_gives_a_clear_message(tmp_path, monkeypatch, reference, demo_plan):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf, "_CANDIDATES", {})
    out = tmp_path / "plan.docx"
    with pytest.raises(PlanError) as info:
        export_plan(demo_plan, out, reference=reference, pdf=True)
    assert "LibreOffice" in str(info.value) and "n'est pas installé" in str(info.value)
    assert out.exists()  # the Word document was written first
    assert not (tmp_path / "plan.pdf").exists()


def test_plain_docx_export_never_starts_libreoffice(tmp_path, monkeypatch, reference, demo_plan):
    def forbidden(*args, **kwargs):
        raise AssertionError("LibreOffice lancé pour un simple export Word")

    monkeypatch.setattr(pdf.subprocess, "Popen", forbidden)
    export_plan(demo_plan, tmp_path / "plan.docx", reference=reference)


@pytest.mark.libreoffice
def test_demo_plan_pdf(tmp_path, soffice, pdftotext, reference, demo_plan):
    out = tmp_path / "Plan zonal (projet).docx"
    result = export_plan(demo_plan, out, reference=reference, pdf=True)
    assert result.pdf_path == tmp_path / "Plan zonal (projet).pdf"
    assert result.pdf_path.read_bytes().startswith(b"%PDF")
    pages = _pages(result.pdf_path)
    assert 15 <= pages <= 80
    text = _pdf_text(pdftotext, result.pdf_path)
    assert "ZP Entre-Sambre-et-Bois" in text
    for obj in demo_plan.objectives:
        assert obj.title in text, obj.title
    for node in reference.decision_nodes:
        assert node.title in text, node.title
    assert "Thèmes du Plan national de sécurité et décisions de la zone" in text
    for member in demo_plan.czs_members:
        assert member.name in text
    assert f"Page 3 / {pages}" in text
    toc = _pdf_text(pdftotext, result.pdf_path, 2, 3)
    assert re.search(r"Avant-propos\s*\.{3,}\s*\d+", toc), toc[:300]
    assert re.search(r"3\.3\.1\.1 P1 — Réduire les cambriolages", toc)


@pytest.mark.libreoffice
def test_report_pdf(tmp_path, soffice, pdftotext, reference, demo_plan):
    result = export_report(demo_plan, tmp_path / "rapport.docx", reference=reference, pdf=True)
    text = _pdf_text(pdftotext, result.pdf_path)
    assert "Rapport d'alignement" in text
    assert "Couverture du cadre national" in text
    assert 3 <= _pages(result.pdf_path) <= 40


@pytest.mark.libreoffice
def test_pdf_replaces_previous_pdf_atomically(tmp_path, soffice, reference, demo_plan):
    (tmp_path / "plan.pdf").write_bytes(b"ancien")
    export_plan(demo_plan, tmp_path / "plan.docx", reference=reference, pdf=True)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.docx", "plan.pdf"]


@pytest.mark.libreoffice
def test_plain_conversion_when_the_macro_cannot_be_installed(tmp_path, monkeypatch, soffice,
                                                            reference, demo_plan):
    monkeypatch.setattr(pdf, "_install_macro", lambda profile: False)
    result = export_plan(demo_plan, tmp_path / "plan.docx", reference=reference, pdf=True)
    assert result.pdf_path.read_bytes().startswith(b"%PDF")


@pytest.mark.libreoffice
def test_conversion_timeout_is_a_clear_error(tmp_path, soffice, reference, demo_plan):
    out = tmp_path / "plan.docx"
    export_plan(demo_plan, out, reference=reference)
    with pytest.raises(PlanError, match="délai"):
        pdf.convert_to_pdf(out, tmp_path / "plan.pdf", timeout=0.05)
    assert not (tmp_path / "plan.pdf").exists()

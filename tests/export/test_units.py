"""Small pieces: French formatting, rich text XML, link labels, abbreviations, large plans."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from bench.generate import large_plan
from zonalplan.export import export_plan, labels
from zonalplan.export.national import abbreviations_used, link_label
from zonalplan.export.richxml import Rich, StyleMap
from zonalplan.model import PlanError


def test_french_formatting():
    assert labels.french_date(dt.date(2026, 3, 1)) == "1er mars 2026"
    assert labels.french_date(dt.date(2026, 12, 24)) == "24 décembre 2026"
    assert labels.number(21350) == "21\u00a0350"
    assert labels.number(52.5) == "52,5"
    assert labels.number(0.75, 2) == "0,75"
    assert labels.number(None) == "—"
    assert labels.percent(12, 72) == "16,7\u00a0%"
    assert labels.fte(1.5) == "1,5\u00a0ETP"
    assert labels.join_fr(["A", "B", "C"]) == "A, B et C"


def test_rich_text_is_escaped_cleaned_and_styled():
    styles = StyleMap.from_document(docx.Document())
    rich = Rich("Un <b> & \"deux\"\ud800\x01\n\n- puce", styles)
    assert rich.text == "Un <b> & \"deux\" puce"
    xml = rich.paragraphs.__html__()
    assert "Un &lt;b&gt; &amp; \"deux\"" in xml
    assert xml.count("<w:p>") == 2 and 'w:val="ListBullet"' in xml
    assert "\ud800" not in xml and "\x01" not in xml
    empty = Rich("", styles)
    assert not empty and "À compléter." in empty.paragraphs.__html__()


def test_link_labels_use_official_numbers(reference):
    assert link_label(reference.item("pns.5.loc.1"), reference).startswith(
        "PNS 2026-2029 — 5 Sécurité routière — objectif 1 (Police Locale) : ")
    assert link_label(reference.item("pns.c9"), reference) == (
        "PNS 2026-2029 — Conditions et points d'attention — 9 Partenariats")
    assert link_label(reference.item("ncsi.d2.t1"), reference) == (
        "NCSI 2022-2024 — 6.2 Sécurité sociétale — 1 Délits contre les biens")


def test_abbreviations_match_whole_words(reference):
    used = {g.title for g in abbreviations_used(
        ["La BNG et l'ISLP ; PNSX n'est pas PNS.", "zp minuscule"], reference.glossary())}
    assert "BNG" in used and "PNS" in used
    assert "ZP" not in used


def test_two_hundred_objectives(tmp_path, reference):
    plan = large_plan(200, 5)
    out = tmp_path / "grand.docx"
    export_plan(plan, out, reference=reference)
    document = docx.Document(str(out))
    indicator_tables = [t for t in document.tables
                        if [c.text for c in t.rows[0].cells][:2] == ["Indicateur", "Unité"]]
    assert len(indicator_tables) == 200
    assert all(len(t.rows) == 6 for t in indicator_tables)
    # beyond 12 objectives the coverage is listed, not drawn as a matrix
    coverage = next(t for t in document.tables
                    if t.rows[0].cells[0].text == "Thème ou sous-thème du PNS")
    assert [c.text for c in coverage.rows[0].cells][2:] == [
        "Objectifs (lien principal)", "Objectifs (lien secondaire)"]


def test_a_bug_in_the_check_is_raised_not_hidden(tmp_path, monkeypatch, reference, demo_plan):
    from zonalplan import alignment

    def broken(plan, ref):
        raise RuntimeError("règle cassée")

    monkeypatch.setattr(alignment, "check", broken)
    with pytest.raises(RuntimeError, match="règle cassée"):
        export_plan(demo_plan, tmp_path / "p.docx", reference=reference)
    assert not (tmp_path / "p.docx").exists()


def test_refused_check_still_exports_with_a_warning(tmp_path, monkeypatch, reference, demo_plan):
    from zonalplan import alignment

    def refused(plan, ref):
        raise PlanError("référentiel d'une autre édition")

    monkeypatch.setattr(alignment, "check", refused)
    result = export_plan(demo_plan, tmp_path / "p.docx", reference=reference)
    assert not result.check_ran and result.warnings
    texts = [p.text for p in docx.Document(str(result.path)).paragraphs]
    assert any("n'était pas disponible" in t for t in texts)


def test_libreoffice_is_looked_for_in_the_standard_windows_folders(tmp_path, monkeypatch):
    from zonalplan.export import pdf

    monkeypatch.setenv("ProgramFiles", str(tmp_path))
    candidates = pdf.soffice_candidates("win32")
    assert tmp_path / "LibreOffice" / "program" / "soffice.exe" in candidates
    assert any("Program Files (x86)" in str(c) for c in candidates)
    assert pdf.soffice_candidates("darwin")[0].name == "soffice"


def test_the_export_dialog_and_the_cli_find_libreoffice_the_same_way(tmp_path, monkeypatch):
    from ui.export import job
    from zonalplan.export import pdf

    soffice = tmp_path / "LibreOffice" / "program" / "soffice.exe"
    soffice.parent.mkdir(parents=True)
    soffice.write_bytes(b"")
    monkeypatch.setattr(pdf.shutil, "which", lambda _name: None)
    monkeypatch.setattr(pdf, "soffice_candidates", lambda: [soffice])
    assert pdf.find_soffice() == str(soffice) and job.soffice_available()
    monkeypatch.setattr(pdf, "soffice_candidates", lambda: [])
    assert pdf.find_soffice() is None and not job.soffice_available()

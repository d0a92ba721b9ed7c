"""The document can be trusted: pre-flight, annex choice, approval wording, a filled contents page."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from zonalplan.cli import export_cmds, main
from zonalplan.demo import build_demo_plan
from zonalplan.export import export_plan
from zonalplan.export.pdf import soffice_environment
from zonalplan.export.toc import headings as toc_headings
from zonalplan.i18n import using
from zonalplan.store import create_plan_file

from .helpers import all_text


def _plan_file(tmp_path, plan=None):
    path = tmp_path / "plan.zplan"
    create_plan_file(path, plan or build_demo_plan())
    return path


def _paragraphs(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_cli_preflight_names_an_emptied_field_on_stderr(tmp_path, capsys):
    plan = build_demo_plan()
    obj = plan.objectives[0]
    obj.chain.repression = ""
    out = tmp_path / "plan.docx"
    assert main(["export", str(_plan_file(tmp_path, plan)), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1 partie vide" in err and obj.label in err and "Répression".lower() in err.lower()
    assert out.exists()  # a script (stdin not a terminal) is never blocked


def test_cli_asks_on_a_terminal_and_writes_nothing_when_declined(tmp_path, capsys, monkeypatch):
    plan = build_demo_plan()
    plan.objectives[1].rationale = ""
    path = _plan_file(tmp_path, plan)
    monkeypatch.setattr(export_cmds, "_interactive", lambda: True)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    out = tmp_path / "plan.docx"
    assert main(["export", str(path), "-o", str(out)]) == 1
    assert not out.exists() and "annulé" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("o\n"))
    assert main(["export", str(path), "-o", str(out)]) == 0 and out.exists()
    out.unlink()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # --yes never reads the terminal
    assert main(["export", str(path), "-o", str(out), "--yes"]) == 0 and out.exists()


def test_alignment_annex_is_a_choice(tmp_path):
    path = _plan_file(tmp_path)
    with_annex, without = tmp_path / "projet.docx", tmp_path / "ministres.docx"
    assert main(["export", str(path), "-o", str(with_annex)]) == 0  # a draft: annex by default
    assert main(["export", str(path), "-o", str(without), "--no-annex"]) == 0
    assert "Annexe A — Rapport d'alignement" in _paragraphs(with_annex)
    assert "Annexe B — Glossaire des abréviations" in _paragraphs(with_annex)
    text = _paragraphs(without)
    assert not any("Rapport d'alignement" in t for t in text)
    assert "Annexe A — Glossaire des abréviations" in text


def test_approved_plan_has_no_annex_by_default(tmp_path, reference):
    plan = build_demo_plan()
    plan.approval.submitted_date = dt.date(2026, 3, 20)
    out = export_plan(plan, tmp_path / "plan.docx", reference=reference).path
    assert not any("Rapport d'alignement" in t for t in _paragraphs(out))
    out = export_plan(plan, tmp_path / "revue.docx", reference=reference,
                      alignment_annex=True).path
    assert "Annexe A — Rapport d'alignement" in _paragraphs(out)


@pytest.mark.parametrize(("language", "draft", "approved"), [
    ("fr", "Projet soumis au conseil zonal de sécurité du 12/03/2026.",
     "Approuvé par le conseil zonal de sécurité"),
    ("nl", "Ontwerp voorgelegd aan de zonale veiligheidsraad van 12/03/2026.",
     "Goedgekeurd door de zonale veiligheidsraad"),
    ("de", "Entwurf, dem zonalen Sicherheitsrat in seiner Sitzung vom 12.03.2026 vorgelegt.",
     "Genehmigt durch den zonalen Sicherheitsrat"),
])
def test_approval_page_follows_the_status(tmp_path, reference, language, draft, approved):
    plan = build_demo_plan()
    plan.metadata.language = language
    plan.approval.czs_date = dt.date(2026, 3, 12)
    text = "\n".join(_paragraphs(export_plan(plan, tmp_path / "d.docx",
                                             reference=reference).path))
    assert draft in text and approved not in text
    plan.approval.approved_date = dt.date(2026, 6, 1)
    text = "\n".join(_paragraphs(export_plan(plan, tmp_path / "a.docx",
                                             reference=reference).path))
    assert approved in text and draft not in text


def test_docx_contents_are_prefilled_with_numbered_chapters(demo_document):
    entries = [(p.style.name, p.text) for p in demo_document.paragraphs
               if p.style.name.startswith("toc ")]
    assert entries[0] == ("toc 1", "Avant-propos")
    assert ("toc 1", "1 Analyse de l'environnement") in entries
    assert ("toc 2", "1.1 Le territoire et sa population") in entries
    assert len(entries) == len(toc_headings(demo_document)) > 20
    body = demo_document.element.body.xml
    assert "Mettre à jour les champs" not in body
    assert body.count('w:fldCharType="begin"') >= 1 and " TOC " in body


def test_libreoffice_runs_without_the_window_runtime_variables():
    env = soffice_environment({"PATH": "/usr/bin", "QT_QPA_PLATFORM": "offscreen",
                               "PYTHONPATH": "/app", "LD_LIBRARY_PATH": "/bundle",
                               "LD_LIBRARY_PATH_ORIG": "/usr/lib"})
    assert env["PATH"] == "/usr/bin" and env["LD_LIBRARY_PATH"] == "/usr/lib"
    assert "QT_QPA_PLATFORM" not in env and "PYTHONPATH" not in env
    assert env["http_proxy"].startswith("http://127.0.0.1")


def test_export_placeholders_are_all_listed_by_the_check(tmp_path, reference):
    """Each « À compléter » the document prints is a part the check lists as empty."""
    from zonalplan.alignment import check
    from zonalplan.alignment.completeness import preflight

    plan = build_demo_plan()
    plan.objectives[0].chain.aftercare = ""
    plan.expectations[0].text = ""
    plan.sections.non_retained = ""
    with using("fr"):
        empty = preflight(check(plan, reference)).empty_parts
    out = export_plan(plan, tmp_path / "p.docx", reference=reference).path
    printed = all_text(docx.Document(str(out))).count("À compléter.")
    assert printed == len(empty) == 3

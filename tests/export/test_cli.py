"""``zonalplan export`` and ``zonalplan report``: outputs and exit codes."""

from __future__ import annotations

import docx
import pytest

from zonalplan.cli import main
from zonalplan.demo import build_demo_plan
from zonalplan.export import pdf
from zonalplan.store import PlanFile, create_plan_file

from .helpers import make_template


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "demo.zplan"
    create_plan_file(path, build_demo_plan())
    return path


def test_export_ok(plan_file, tmp_path, capsys):
    out = tmp_path / "plan.docx"
    assert main(["export", str(plan_file), "-o", str(out)]) == 0
    assert "Plan exporté" in capsys.readouterr().out
    assert docx.Document(str(out)).paragraphs


def test_report_ok(plan_file, tmp_path):
    out = tmp_path / "rapport.docx"
    assert main(["report", str(plan_file), "-o", str(out)]) == 0
    headings = [p.text for p in docx.Document(str(out)).paragraphs
                if p.style.name == "Heading 1"]
    assert "Couverture du cadre national" in headings


def test_export_snapshot(plan_file, tmp_path):
    with PlanFile.open(plan_file) as pf:
        plan = pf.load()
        plan.objectives[0].title = "Titre d'une ancienne version"
        sid = pf.create_snapshot("Projet soumis au CZS", plan=plan)
    out = tmp_path / "v.docx"
    assert main(["export", str(plan_file), "-o", str(out), "--snapshot", str(sid)]) == 0
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert f"Version : Projet soumis au CZS (version n° {sid})" in texts
    assert any("Titre d'une ancienne version" in t for t in texts)
    assert main(["export", str(plan_file), "-o", str(out), "--snapshot", "999"]) == 2


def test_unusable_inputs_exit_2(plan_file, tmp_path, capsys):
    assert main(["export", str(tmp_path / "absent.zplan"), "-o", str(tmp_path / "a.docx")]) == 2
    assert main(["export", str(plan_file), "-o", str(tmp_path / "a.txt")]) == 2
    broken = tmp_path / "modeles"
    make_template(broken, "{{ zone.nmae }}")
    assert main(["export", str(plan_file), "-o", str(tmp_path / "a.docx"),
                 "--template", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "zone.nmae" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as info:  # -o missing: argparse usage error
        main(["export", str(plan_file)])
    assert info.value.code == 2


def test_pdf_without_libreoffice_exits_1(plan_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf, "_CANDIDATES", {})
    out = tmp_path / "plan.docx"
    assert main(["export", str(plan_file), "-o", str(out), "--pdf"]) == 1
    assert "LibreOffice" in capsys.readouterr().err
    assert out.exists()


def test_locked_target_exits_1(plan_file, tmp_path, monkeypatch, capsys):
    from zonalplan import fileio as atomic

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", locked)
    assert main(["export", str(plan_file), "-o", str(tmp_path / "plan.docx")]) == 1
    assert "ouvert dans un autre programme" in capsys.readouterr().err

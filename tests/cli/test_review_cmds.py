"""``zonalplan diff``, ``notes``, ``merge-notes`` and ``review``: output and exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import docx
import pytest

from zonalplan.cli import main
from zonalplan.demo import build_demo_plan
from zonalplan.model import NoteStatus, ReviewNote
from zonalplan.store import PlanFile, create_plan_file, read_plan
from zonalplan.store.lock import lock_path


def _demo(path: Path) -> Path:
    return create_plan_file(path, build_demo_plan())


def test_diff_identical_files_exits_0(tmp_path: Path, capsys) -> None:
    a, b = _demo(tmp_path / "a.zplan"), _demo(tmp_path / "b.zplan")
    assert main(["diff", str(a), str(b)]) == 0
    assert "même contenu" in capsys.readouterr().out
    assert main(["diff", str(a), str(b), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["identical"] is True


def test_diff_different_files_exits_1_with_json_and_docx(tmp_path: Path, capsys) -> None:
    a = _demo(tmp_path / "a.zplan")
    plan = build_demo_plan()
    plan.objectives[0].title = "Réduire fortement les cambriolages dans les habitations"
    plan.sections.foreword = ""
    b = create_plan_file(tmp_path / "b.zplan", plan)
    out = tmp_path / "comparaison.docx"
    assert main(["diff", str(a), str(b), "--docx", str(out)]) == 1
    captured = capsys.readouterr()
    assert "{+fortement+}" in captured.out and "Nouveaux constats (1)" in captured.out
    assert "comparaison.docx" in captured.err
    headings = [p.text for p in docx.Document(str(out)).paragraphs
                if p.style is not None and p.style.name.startswith("Heading")]
    assert "Objectifs stratégiques" in headings
    assert main(["diff", str(a), str(b), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["identical"] is False and data["summary"]["objectives_modified"] == 1
    assert data["alignment"]["introduced"][0]["rule"] == "contenu.avant-propos"


def test_diff_snapshots_of_one_file(tmp_path: Path, capsys) -> None:
    path = _demo(tmp_path / "plan.zplan")
    with PlanFile.open(path) as pf:
        first = pf.create_snapshot("Projet 1")
        plan = pf.load()
        plan.capacity.available_fte = 80.0
        pf.save(plan)
        second = pf.create_snapshot("Projet 2")
    assert main(["diff", str(path), "--snapshot-a", str(first), "--snapshot-b", str(second)]) == 1
    out = capsys.readouterr().out
    assert "Projet 1" in out and "72 → 80" in out
    assert main(["diff", str(path), str(path), "--snapshot-a", str(second)]) == 0
    capsys.readouterr()
    assert not lock_path(path).exists()


def test_diff_unusable_inputs_exit_2(tmp_path: Path, capsys) -> None:
    a = _demo(tmp_path / "a.zplan")
    junk = tmp_path / "junk.zplan"
    junk.write_text("pas un plan", encoding="utf-8")
    assert main(["diff", str(a), str(junk)]) == 2
    assert main(["diff", str(a), str(tmp_path / "absent.zplan")]) == 2
    assert main(["diff", str(a), "--snapshot-a", "9"]) == 2
    with pytest.raises(SystemExit) as usage:
        main(["diff", str(a), "--snapshot-a", "pas-un-nombre"])
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert "junk.zplan" in err and "aucune version n° 9" in err


def _with_notes(path: Path, notes: list[ReviewNote], mission: str | None = None) -> Path:
    plan = build_demo_plan()
    plan.review_notes = notes
    if mission is not None:
        plan.sections.mission = mission
    return create_plan_file(path, plan)


def test_notes_lists_notes(tmp_path: Path, capsys) -> None:
    note = ReviewNote(id="n1", author="Luc Gérardy", role="DirCo", anchor="objective:obj-p1",
                      text="Cible trop basse ?")
    path = _with_notes(tmp_path / "p.zplan", [note])
    assert main(["notes", str(path)]) == 0
    out = capsys.readouterr().out
    assert "[ouvert] Objectif P1" in out and "Cible trop basse ?" in out
    assert main(["notes", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["id"] == "n1" and data[0]["anchor_label"].startswith("Objectif P1")


def test_merge_notes_writes_only_notes_into_author(tmp_path: Path, capsys) -> None:
    author = _with_notes(tmp_path / "auteur.zplan", [])
    resolved = ReviewNote(id="n1", author="Luc", anchor="chapter:mission", text="À préciser.",
                          status=NoteStatus.RESOLVED)
    reviewer = _with_notes(tmp_path / "relecteur.zplan", [resolved], mission="Autre mission.")
    before = read_plan(author)
    assert main(["merge-notes", str(author), str(reviewer)]) == 0
    assert "1 note(s) ajoutée(s)" in capsys.readouterr().out
    after = read_plan(author)
    assert [n.id for n in after.review_notes] == ["n1"]
    assert after.sections == before.sections and after.objectives == before.objectives
    assert not lock_path(author).exists()
    assert main(["merge-notes", str(author), str(reviewer), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changed"] is False


def test_merge_notes_refuses_a_plan_locked_elsewhere(tmp_path: Path, capsys) -> None:
    author = _with_notes(tmp_path / "auteur.zplan", [])
    reviewer = _with_notes(tmp_path / "relecteur.zplan", [
        ReviewNote(id="n1", author="Luc", anchor="chapter:vision", text="?")])
    lock_path(author).write_text(json.dumps({"user": "marie", "host": "poste-zone", "pid": 1,
                                             "since": "2026-03-12T09:30:00+00:00"}))
    data = author.read_bytes()
    assert main(["merge-notes", str(author), str(reviewer)]) == 1
    assert "poste-zone" in capsys.readouterr().err
    assert author.read_bytes() == data


def test_review_folder_with_exports(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    _demo(folder / "demo.zplan")
    (folder / "lisez-moi.txt").write_text("x", encoding="utf-8")
    out_csv, out_docx = tmp_path / "revue.csv", tmp_path / "revue.docx"
    assert main(["review", str(folder), "--csv", str(out_csv), "--docx", str(out_docx)]) == 0
    captured = capsys.readouterr()
    out = captured.out
    assert "1 plans relus, 1 fichiers ignorés" in out and "lisez-moi.txt" in out
    assert "lisez-moi.txt" in captured.err  # the CSV holds one table: skipped files on stderr
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert len(rows) == 2 and len(rows[1]) == len(rows[0])
    assert rows[1][1] == "ZP Entre-Sambre-et-Bois"
    assert docx.Document(str(out_docx)).paragraphs[0].text.startswith("Relecture")
    assert main(["review", str(folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["zones"][0]["zone_number"] == "5999" and len(data["skipped"]) == 1
    assert main(["review", str(tmp_path / "absent")]) == 2

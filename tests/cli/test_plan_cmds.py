"""The headless command line: every plan-file subcommand and its exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from zonalplan.cli import main
from zonalplan.store import read_plan


def run(*args: str) -> int:
    return main([str(a) for a in args])


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run("--version")
    assert exc.value.code == 0
    assert "ZonalPlan" in capsys.readouterr().out


def test_new_show_snapshot_restore_json_cycle(tmp_path: Path, capsys) -> None:
    plan = tmp_path / "zone.zplan"
    assert run("new", plan, "--zone-name", "ZP Essai", "--zone-number", "5999") == 0
    assert run("show", plan) == 0
    assert "ZP Essai (5999)" in capsys.readouterr().out
    assert run("snapshot", plan, "--label", "Projet soumis au CZS du 12/03", "--author", "A") == 0
    assert run("snapshots", plan, "--json") == 0
    capsys.readouterr()
    assert run("restore", plan, "--snapshot", "1") == 0
    capsys.readouterr()
    assert run("snapshots", plan, "--json") == 0
    snaps = json.loads(capsys.readouterr().out)
    assert [s["label"] for s in snaps] == ["Projet soumis au CZS du 12/03",
                                           "Avant restauration de « Projet soumis au CZS du 12/03 »"]
    out_json = tmp_path / "zone.json"
    assert run("export-json", plan, "-o", out_json) == 0
    copy = tmp_path / "copie.zplan"
    assert run("import-json", out_json, "-o", copy) == 0
    assert read_plan(copy) == read_plan(plan)


def test_show_json_summary(tmp_path: Path, capsys) -> None:
    plan = tmp_path / "zone.zplan"
    run("new", plan, "--zone-name", "ZP Essai", "--zone-number", "5999")
    capsys.readouterr()
    assert run("show", plan, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["zone"] == "ZP Essai" and data["period"] == [2026, 2031]


def test_demo_command_writes_the_demo(tmp_path: Path) -> None:
    out = tmp_path / "demo.zplan"
    assert run("demo", out) == 0
    plan = read_plan(out)
    assert len(plan.objectives) >= 7


@pytest.mark.parametrize("content, code", [
    (b"", 2), (b"not a plan at all" * 20, 2), (b"SQLite format 3\x00" + b"\x00" * 200, 2),
])
def test_unusable_input_exits_2_with_one_line(tmp_path: Path, capsys, content: bytes,
                                              code: int) -> None:
    bad = tmp_path / "bad.zplan"
    bad.write_bytes(content)
    assert run("show", bad) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.zplan" in err and "Traceback" not in err


def test_missing_file_and_bad_arguments(tmp_path: Path, capsys) -> None:
    assert run("show", tmp_path / "absent.zplan") == 2
    assert "introuvable" in capsys.readouterr().err
    assert run("new", tmp_path / "x.zplan", "--zone-name", "X", "--zone-number", "12") == 2
    assert "4 chiffres" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        run("restore", tmp_path / "x.zplan")
    assert exc.value.code == 2


def test_failure_of_the_operation_exits_1(tmp_path: Path, capsys) -> None:
    plan = tmp_path / "zone.zplan"
    run("new", plan, "--zone-name", "ZP Essai", "--zone-number", "5999")
    assert run("new", plan, "--zone-name", "ZP Essai", "--zone-number", "5999") == 1
    assert run("restore", plan, "--snapshot", "42") == 1
    assert "aucune version" in capsys.readouterr().err


def test_console_script_dispatches_headless(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "ui.launcher", "show", str(tmp_path / "n.zplan")],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "introuvable" in out.stderr


def test_writing_to_a_plan_locked_by_someone_else_fails_clearly(tmp_path: Path, capsys) -> None:
    from zonalplan.store.lock import lock_path

    plan = tmp_path / "zone.zplan"
    run("new", plan, "--zone-name", "ZP Essai", "--zone-number", "5999")
    lock_path(plan).write_text(json.dumps({"user": "marie", "host": "poste-accueil", "pid": 1,
                                           "since": "2026-03-12T09:30:00+00:00"}))
    before = plan.read_bytes()
    assert run("snapshot", plan, "--label", "v1") == 1
    err = capsys.readouterr().err
    assert "lecture seule" in err and "marie" in err and "poste-accueil" in err
    assert plan.read_bytes() == before
    assert run("show", plan) == 0  # reading is still possible

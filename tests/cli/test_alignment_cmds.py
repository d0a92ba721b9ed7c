"""``zonalplan check`` and ``zonalplan coverage``: output and exit codes."""

import json
from pathlib import Path

from zonalplan.cli import main


def test_check_demo_is_clean_and_empty_plan_fails(tmp_path: Path, capsys) -> None:
    demo = tmp_path / "demo.zplan"
    main(["demo", str(demo)])
    capsys.readouterr()
    assert main(["check", str(demo)]) == 0
    assert "Erreurs (0)" in capsys.readouterr().out
    empty = tmp_path / "vide.zplan"
    main(["new", str(empty), "--zone-name", "ZP Vide", "--zone-number", "5998"])
    capsys.readouterr()
    assert main(["check", str(empty), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["erreur"] > 0
    assert {"rule", "severity", "message", "place", "hint"} <= set(data["findings"][0])


def test_coverage_json(tmp_path: Path, capsys) -> None:
    demo = tmp_path / "demo.zplan"
    main(["demo", str(demo)])
    capsys.readouterr()
    assert main(["coverage", str(demo), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {t["id"] for t in data["themes"]} >= {"pns.1", "pns.5", "pns.7"}
    assert len(data["dimensions"]) == 6


def test_check_unusable_file_exits_2(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "x.zplan"
    bad.write_text("pas un plan")
    assert main(["check", str(bad)]) == 2

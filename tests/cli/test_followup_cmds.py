"""``zonalplan new-cycle`` (next plan, zone merger) and ``zonalplan dashboard``."""

from __future__ import annotations

import json
from pathlib import Path

from tests.followup.test_cycle import _other_zone
from zonalplan.cli import main
from zonalplan.demo import build_demo_plan
from zonalplan.store import create_plan_file, read_plan


def test_new_cycle_writes_the_next_plan(tmp_path: Path, capsys) -> None:
    """The next plan keeps the zone and offers the objectives as candidates."""
    previous = tmp_path / "pzs-2026.zplan"
    create_plan_file(previous, build_demo_plan())
    out = tmp_path / "pzs-2032.zplan"
    assert main(["new-cycle", str(previous), "-o", str(out), "--start-year", "2032"]) == 0
    plan = read_plan(out)
    assert plan.period.start_year == 2032 and plan.objectives == []
    assert len(plan.candidates) == 9 and plan.candidates[0].final_status
    assert "candidats" in capsys.readouterr().out


def test_merger_of_two_zones_lists_conflicts(tmp_path: Path, capsys) -> None:
    """Two demo-derived zones merge; differing decisions are reported for a choice."""
    a, b = tmp_path / "a.zplan", tmp_path / "b.zplan"
    create_plan_file(a, build_demo_plan())
    create_plan_file(b, _other_zone())
    out = tmp_path / "merged.zplan"
    assert main(["new-cycle", str(a), str(b), "-o", str(out), "--start-year", "2028",
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["decision_conflicts"] and report["candidates"] == 18
    assert len(read_plan(out).zone.communes) == 5


def test_overlapping_communes_are_refused_and_nothing_is_written(tmp_path: Path,
                                                                 capsys) -> None:
    """A commune in both plans: exit code 2, the commune named, no output file."""
    other = _other_zone()
    other.zone.communes.append(build_demo_plan().zone.communes[1])
    a, b = tmp_path / "a.zplan", tmp_path / "b.zplan"
    create_plan_file(a, build_demo_plan())
    create_plan_file(b, other)
    out = tmp_path / "merged.zplan"
    assert main(["new-cycle", str(a), str(b), "-o", str(out), "--start-year", "2028"]) == 2
    assert "Sambrecourt figure dans deux plans" in capsys.readouterr().err
    assert not out.exists()


def test_dashboard_shows_status_and_rule(tmp_path: Path, capsys) -> None:
    """The dashboard lists each objective's status and states the rule it applies."""
    path = tmp_path / "d.zplan"
    create_plan_file(path, build_demo_plan())
    assert main(["dashboard", str(path)]) == 0
    out = capsys.readouterr().out
    assert "en retard" in out and "Règle :" in out
    assert main(["dashboard", str(path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["status"] for r in rows} >= {"en_bonne_voie", "a_surveiller", "en_retard"}

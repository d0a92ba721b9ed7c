"""Plan outline: read without the models, best effort, never raising, never writing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store.test_planfile import HOSTILE, _digest
from zonalplan.demo import build_demo_plan
from zonalplan.model import Commune, Objective, ObjectiveKind, Plan, Zone
from zonalplan.store import create_plan_file, read_plan
from zonalplan.store.lock import lock_path
from zonalplan.store.outline import MAX_TEXT, PlanOutline, read_outline


def test_outline_of_the_demo_matches_the_loaded_plan(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "demo.zplan", build_demo_plan())
    outline = read_outline(path)
    plan = read_plan(path)
    assert isinstance(outline, PlanOutline)
    assert outline.title == plan.title
    assert outline.communes == tuple(c.name for c in plan.zone.communes)
    assert outline.priorities == tuple(o.title for o in plan.objectives
                                       if o.kind is ObjectiveKind.PRIORITY)
    assert len(outline.attention_points) == sum(
        o.kind is ObjectiveKind.ATTENTION_POINT for o in plan.objectives)
    assert outline.czs_members == len(plan.czs_members)


def test_reading_the_outline_does_not_load_pydantic(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", build_demo_plan())
    code = ("import sys; from zonalplan.store.outline import read_outline;"
            f"o = read_outline({str(path)!r}); print(o.zone_number, 'pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["5999", "False"]


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_files_give_no_outline_or_a_harmless_one(tmp_path: Path, case: str) -> None:
    make, _expected = HOSTILE[case]
    path = tmp_path / "recu.zplan"
    make(path)
    before = _digest(path)
    outline = read_outline(path)
    assert outline is None or isinstance(outline, PlanOutline)
    if case in ("random bytes", "empty", "header only", "other sqlite", "trigger", "truncated"):
        assert outline is None
    assert _digest(path) == before
    assert not lock_path(path).exists()


def test_missing_file_and_interrupted_save_give_no_outline(tmp_path: Path) -> None:
    assert read_outline(tmp_path / "absent.zplan") is None
    path = create_plan_file(tmp_path / "p.zplan", build_demo_plan())
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(b"x" * 512)  # a hot journal: the real opening rolls it back first
    assert read_outline(path) is None
    assert journal.read_bytes() == b"x" * 512


def test_odd_values_are_bounded_and_cleaned(tmp_path: Path) -> None:
    plan = Plan(zone=Zone(name="ZP Essai", number="5999",
                          communes=[Commune(name="Liège\u00a0Centre")]),
                objectives=[Objective(title=f"Objectif {i}") for i in range(300)])
    path = create_plan_file(tmp_path / "p.zplan", plan)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE period SET start_year = 'deux mille', end_year = 99999")
    conn.execute("UPDATE zone SET name = ?", ["ZP  Très\tlongue " + "x" * 5000])
    conn.commit()
    conn.close()
    outline = read_outline(path)
    assert outline is not None
    assert len(outline.zone_name) == MAX_TEXT and "  " not in outline.zone_name
    assert outline.start_year is None and "—" in outline.title
    assert len(outline.priorities) == 200


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096), sqlite_header=st.booleans())
def test_any_bytes_give_an_outline_or_none_and_stay_untouched(tmp_path: Path, data: bytes,
                                                              sqlite_header: bool) -> None:
    path = tmp_path / "hasard.zplan"
    content = (b"SQLite format 3\x00" + data) if sqlite_header else data
    path.write_bytes(content)
    outline = read_outline(path)
    assert outline is None or isinstance(outline, PlanOutline)
    assert path.read_bytes() == content

"""Reading is reading; every input is bounded: collection caps, size caps, odd file types."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

from bench.hostile import hot_journal, sample_plan
from zonalplan.model import Plan, UnusableInputError
from zonalplan.store import PlanFile, create_plan_file, plan_from_json, read_plan, sqlitefile


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.is_file()}


def _envelope(plan: dict) -> str:
    return json.dumps({"format": "zonalplan-plan", "format_version": 1, "plan": plan})


@pytest.mark.parametrize("plan, place", [
    ({"zone": {"communes": [{"name": "C"}] * 101}}, "communes"),
    ({"objectives": [{"id": f"o{i}", "title": "T"} for i in range(501)]}, "objectifs"),
    ({"sections": {"mission": "x" * 2_000_001}}, "mission"),
    ({"review_notes": [{"author": "a", "anchor": "chapter:mission", "text": "t",
                        "replies": [{"author": "a", "text": "t"}] * 1001}]}, "réponses"),
    ({"objectives": [{"id": "o", "title": "T", "indicators": [{"name": "i"}] * 101}]},
     "indicateurs"),
])
def test_collections_and_texts_beyond_any_real_zone_are_refused(plan, place) -> None:
    with pytest.raises(UnusableInputError) as info:
        plan_from_json(_envelope(plan), name="x.json")
    message = str(info.value)
    assert place in message.lower() and "trop" in message
    assert len(message) < 400  # the offending value is never echoed whole


def test_a_real_sized_plan_is_within_every_cap() -> None:
    from bench.generate import large_plan

    plan = large_plan(200, 5)
    assert Plan.model_validate(plan.model_dump()) == plan


def test_plan_file_over_the_size_limit_is_refused(tmp_path, monkeypatch) -> None:
    path = create_plan_file(tmp_path / "p.zplan", sample_plan())
    monkeypatch.setattr(sqlitefile, "MAX_PLAN_BYTES", 1000)
    with pytest.raises(UnusableInputError, match="trop volumineux.*limite"):
        read_plan(path)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="permissions of a read-only folder")
def test_hot_journal_in_a_read_only_folder_is_read_and_left_as_is(tmp_path) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    hot_journal(folder)
    (folder / "source.zplan").unlink()
    before = _digests(folder)
    folder.chmod(0o555)
    try:
        for _ in range(2):  # the second reading finds the file exactly as the first did
            assert read_plan(folder / "plan.zplan").objectives
    finally:
        folder.chmod(0o755)
    assert _digests(folder) == before


def test_hot_journal_is_rolled_back_in_a_copy_and_in_place_only_when_editing(tmp_path) -> None:
    hot_journal(tmp_path)
    path = tmp_path / "plan.zplan"
    journal = tmp_path / "plan.zplan-journal"
    before = _digests(tmp_path)
    plan = read_plan(path)
    assert plan.objectives and "modifié" not in plan.sections.foreword
    assert _digests(tmp_path) == before  # reading: the original and its journal untouched
    with PlanFile.open(path) as pf:  # opening for editing recovers the file itself
        assert pf.load() == plan
    assert not journal.exists()


def test_wal_file_is_read_without_creating_files_beside_it(tmp_path) -> None:
    from bench.hostile import wal_mode

    wal_mode(tmp_path)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert read_plan(tmp_path / "plan.zplan").zone.name == "ZP Test"
    assert sorted(p.name for p in tmp_path.iterdir()) == names

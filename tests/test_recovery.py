"""Crash recovery files: written atomically, found after a crash, validated, discarded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zonalplan.demo import build_demo_plan
from zonalplan.model import Plan, UnusableInputError, Zone
from zonalplan.recovery import RecoveryStore, recovery_key


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def test_key_is_stable_per_file_and_fresh_for_new_plans(tmp_path: Path) -> None:
    a = tmp_path / "a.zplan"
    assert recovery_key(a) == recovery_key(str(a))
    assert recovery_key(a) != recovery_key(tmp_path / "b.zplan")
    assert recovery_key(None) != recovery_key(None)


def test_write_then_load_gives_the_same_plan(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "rec")
    plan = build_demo_plan()
    path = store.write("plan-1", plan, source=tmp_path / "p.zplan")
    assert path.parent == tmp_path / "rec"
    (entry,) = store.entries()
    assert entry.key == "plan-1" and entry.source == (tmp_path / "p.zplan").resolve()
    assert entry.title == plan.title and entry.pid == os.getpid()
    assert store.load(entry) == plan
    assert sorted(p.name for p in (tmp_path / "rec").iterdir()) == ["plan-1.json"]


def test_own_and_live_files_are_not_orphans_dead_ones_are(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.write("mine", Plan())
    store.write("crashed", Plan(zone=Zone(name="ZP Crash")), pid=_dead_pid())
    orphans = store.orphans()
    assert [e.key for e in orphans] == ["crashed"]
    assert store.load(orphans[0]).zone.name == "ZP Crash"


def test_discard_removes_the_file_and_is_idempotent(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.write("k", Plan())
    store.discard("k")
    store.discard("k")
    assert store.entries() == []


def test_unreadable_and_foreign_files_are_ignored(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    (tmp_path / "bad.json").write_text("{oops", encoding="utf-8")
    (tmp_path / "other.json").write_text(json.dumps({"format": "autre"}), encoding="utf-8")
    (tmp_path / "future.json").write_text(json.dumps(
        {"format": "zonalplan-recovery", "version": 99, "key": "f"}), encoding="utf-8")
    assert store.entries() == []


def test_hostile_plan_content_gives_a_french_error(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    path = store.write("k", Plan(), pid=_dead_pid())
    data = json.loads(path.read_text(encoding="utf-8"))
    data["plan"]["plan"]["zone"]["number"] = "abc"
    path.write_text(json.dumps(data), encoding="utf-8")
    (entry,) = store.orphans()
    with pytest.raises(UnusableInputError, match="numéro de zone"):
        store.load(entry)


def test_hostile_keys_stay_inside_the_folder(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "rec")
    path = store.write("../../etc/passwd", Plan())
    assert path.parent == tmp_path / "rec"

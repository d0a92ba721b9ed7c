"""Plan files: round trips, snapshots, locks, and untrusted or broken files."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.strategies import plans
from zonalplan.model import Objective, Plan, PlanError, UnusableInputError, Zone
from zonalplan.store import (
    PlanFile,
    create_plan_file,
    plan_from_json,
    plan_to_json,
    read_plan,
)
from zonalplan.store.lock import LockInfo, lock_path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sample() -> Plan:
    return Plan(zone=Zone(name="ZP Essai", number="5999"),
                objectives=[Objective(id="o1", title="Cambriolages")])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_any_valid_plan_survives_save_and_load(tmp_path: Path, plan: Plan) -> None:
    path = tmp_path / "p.zplan"
    create_plan_file(path, plan, overwrite=True)
    assert read_plan(path) == plan
    with PlanFile.open(path) as pf:
        pf.save(plan)
        assert pf.load() == plan


@settings(max_examples=60, deadline=None)
@given(plan=plans())
def test_any_valid_plan_survives_json(plan: Plan) -> None:
    assert plan_from_json(plan_to_json(plan)) == plan


def test_tables_are_readable_by_any_sqlite_client(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", _sample())
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT title FROM objectives").fetchall() == [("Cambriolages",)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_create_refuses_to_replace_an_existing_file(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", _sample())
    before = _digest(path)
    with pytest.raises(PlanError, match="existe déjà"):
        create_plan_file(path, Plan())
    assert _digest(path) == before


def test_snapshots_create_list_restore(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", _sample())
    with PlanFile.open(path) as pf:
        sid = pf.create_snapshot("Projet soumis au CZS du 12/03", author="Secrétariat")
        plan = pf.load()
        plan.objectives[0].title = "Vols dans les habitations"
        pf.save(plan)
        restored = pf.restore(sid)
        assert restored.objectives[0].title == "Cambriolages"
        labels = [s.label for s in pf.snapshots()]
        assert labels == ["Projet soumis au CZS du 12/03",
                          "Avant restauration de « Projet soumis au CZS du 12/03 »"]
        # the restore itself can be undone from the automatic snapshot
        undone = pf.restore(pf.snapshots()[-1].id)
        assert undone.objectives[0].title == "Vols dans les habitations"
    assert read_plan(path).objectives[0].title == "Vols dans les habitations"


def test_snapshot_label_must_not_be_empty(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", _sample())
    with PlanFile.open(path) as pf, pytest.raises(PlanError, match="vide"):
        pf.create_snapshot("   ")


def test_second_open_is_read_only_and_names_the_holder(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", _sample())
    with PlanFile.open(path) as first:
        assert not first.read_only
        with PlanFile.open(path) as second:
            assert second.read_only
        assert lock_path(path).exists()
        lock_file = lock_path(path)
        data = json.loads(lock_file.read_text())
        data["pid"], data["host"] = 1, "poste-secretariat"
        lock_file.write_text(json.dumps(data))
        with PlanFile.open(path) as other:
            assert other.read_only
            assert "poste-secretariat" in other.read_only_reason
            with pytest.raises(PlanError, match="lecture seule"):
                other.save(other.load())


def test_stale_lock_from_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    import socket

    path = create_plan_file(tmp_path / "p.zplan", _sample())
    lock_path(path).write_text(json.dumps(
        {"user": "x", "host": socket.gethostname(), "pid": 2**22 + 12345, "since": "2026-01-01"}))
    with PlanFile.open(path) as pf:
        assert not pf.read_only
    assert not lock_path(path).exists()


def test_lock_description_is_french() -> None:
    info = LockInfo(user="marie", host="pc-12", pid=1, since="2026-03-12T09:30:00+00:00")
    assert info.describe().startswith("par marie sur pc-12 depuis le 12/03/2026")


# -- untrusted and broken files: clear error, file untouched ----------------------------------

def _make_sqlite(path: Path, sql: str) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    return path


def _future_version(path: Path) -> Path:
    create_plan_file(path, _sample())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'format_version'")
    conn.commit()
    conn.close()
    return path


def _bad_row(path: Path) -> Path:
    create_plan_file(path, _sample())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE objectives SET kind = 'urgent'")
    conn.commit()
    conn.close()
    return path


def _with_trigger(path: Path) -> Path:
    create_plan_file(path, _sample())
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON objectives BEGIN DELETE FROM zone; END")
    conn.commit()
    conn.close()
    return path


def _bad_json_cell(path: Path) -> Path:
    create_plan_file(path, _sample())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE objectives SET partners = '{not json'")
    conn.commit()
    conn.close()
    return path


def _truncated(path: Path) -> Path:
    src = create_plan_file(path.with_name("src.zplan"), _sample())
    data = src.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


HOSTILE = {
    "random bytes": (lambda p: p.write_bytes(bytes(range(256)) * 8) and p, "format non reconnu"),
    "empty": (lambda p: p.write_bytes(b"") or p, "vide"),
    "truncated": (_truncated, "endommagé ou tronqué"),
    "header only": (lambda p: p.write_bytes(b"SQLite format 3\x00") or p, "tronqué"),
    "other sqlite": (lambda p: _make_sqlite(p, "CREATE TABLE clients(id, nom);"), "pas un plan"),
    "future version": (_future_version, "version plus récente"),
    "invalid row": (_bad_row, "Objectifs stratégiques n° 1 › type"),
    "trigger": (_with_trigger, "code SQL"),
    "bad json cell": (_bad_json_cell, "JSON illisible"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_file_gives_clear_error_and_is_not_modified(tmp_path: Path, case: str) -> None:
    make, expected = HOSTILE[case]
    path = tmp_path / "recu.zplan"
    make(path)
    before = _digest(path)
    with pytest.raises(UnusableInputError) as err:
        read_plan(path)
    assert "recu.zplan" in str(err.value)
    assert expected in str(err.value)
    with pytest.raises(UnusableInputError), PlanFile.open(path) as pf:
        pf.load()
    assert _digest(path) == before
    assert not lock_path(path).exists()


def test_json_import_errors_name_the_place() -> None:
    with pytest.raises(UnusableInputError, match="JSON illisible"):
        plan_from_json("{", name="x.json")
    with pytest.raises(UnusableInputError, match="format"):
        plan_from_json('{"a": 1}', name="x.json")
    doc = json.loads(plan_to_json(_sample()))
    doc["plan"]["zone"]["number"] = "12"
    with pytest.raises(UnusableInputError, match="numéro de zone.*4 chiffres"):
        plan_from_json(json.dumps(doc), name="x.json")
    doc["format_version"] = 42
    with pytest.raises(UnusableInputError, match="plus récente"):
        plan_from_json(json.dumps(doc), name="x.json")

"""No lost save: one winner when many processes take over a stale lock; unread changes are kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.hostile import sample_plan
from zonalplan.cli import main
from zonalplan.model import PlanError
from zonalplan.store import PlanFile, PlanLock, create_plan_file, read_plan
from zonalplan.store.lock import LockInfo, host_name, lock_path

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys, time
from zonalplan.store import PlanFile
path, marker, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
while time.time() < start:
    time.sleep(0.001)
pf = PlanFile.open(path)
opened = time.time()
saved = 0
try:
    if not pf.read_only:
        plan = pf.load()
        plan.sections.foreword += marker + " "
        time.sleep(0.3)
        pf.save(plan)
        saved = 1
except Exception:
    pass
finally:
    closed = time.time()
    pf.close()
print(f"read-only" if pf.read_only else f"writer {opened} {closed} {saved}", flush=True)
"""


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _stale_lock(path: Path) -> None:
    lock_path(path).write_text(json.dumps({"user": "x", "host": host_name(), "pid": _dead_pid(),
                                           "since": "2026-01-01T00:00:00+00:00"}))


def test_stale_lock_taken_over_by_exactly_one_of_four_writers(tmp_path: Path) -> None:
    import time

    path = create_plan_file(tmp_path / "p.zplan", sample_plan())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    acknowledged: list[str] = []
    for round_ in range(6):
        _stale_lock(path)
        start = time.time() + 1.0
        procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"r{round_}w{i}",
                                   str(start)], env=env, stdout=subprocess.PIPE, text=True)
                 for i in range(4)]
        outs = [p.communicate(timeout=60)[0].strip() for p in procs]
        writers = sorted((float(o.split()[1]), float(o.split()[2]), i, o.split()[3] == "1")
                         for i, o in enumerate(outs) if o.startswith("writer"))
        assert writers, outs
        for (_, closed, _, _), (opened, _, _, _) in zip(writers, writers[1:]):
            assert opened >= closed, outs  # never two writers at once
        acknowledged += [f"r{round_}w{i}" for _, _, i, saved in writers if saved]
    final = read_plan(path).sections.foreword.split()
    assert final == acknowledged  # every acknowledged save is there, in order


def test_save_refuses_to_overwrite_changes_it_did_not_read(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", sample_plan())
    first = PlanFile.open(path)
    plan = first.load()
    second = PlanFile.open(path, force_lock=True)  # « open anyway » elsewhere
    other = second.load()
    other.sections.mission = "écrit par l'autre poste"
    second.save(other)
    second.close()
    plan.sections.mission = "écrit ici"
    with pytest.raises(PlanError, match="modifié par un autre programme"):
        first.save(plan)
    assert read_plan(path).sections.mission == "écrit par l'autre poste"
    first.load()  # reading the new content makes saving possible again
    first.save(plan)
    first.close()
    assert read_plan(path).sections.mission == "écrit ici"


def test_save_refuses_a_file_replaced_since_it_was_opened(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", sample_plan())
    pf = PlanFile.open(path)
    plan = pf.load()
    replacement = create_plan_file(tmp_path / "other.zplan", sample_plan(name="ZP Autre"))
    os.replace(replacement, path)
    with pytest.raises(PlanError, match="remplacé ou supprimé"):
        pf.save(plan)
    pf.close()
    assert read_plan(path).zone.name == "ZP Autre"


@pytest.mark.parametrize("argv", [["demo", "{p}", "--force"],
                                  ["new", "{p}", "--force", "--zone-name", "ZP X",
                                   "--zone-number", "5999"],
                                  ["import-json", "{j}", "-o", "{p}", "--force"]])
def test_overwriting_commands_respect_the_lock(tmp_path: Path, argv, capsys) -> None:
    path = create_plan_file(tmp_path / "p.zplan", sample_plan(name="ZP Tenue"))
    json_path = tmp_path / "x.json"
    assert main(["export-json", str(path), "-o", str(json_path)]) == 0
    holder = PlanFile.open(path)
    assert not holder.read_only
    code = main([a.format(p=path, j=json_path) for a in argv])
    assert code == 1
    assert "est ouvert par" in capsys.readouterr().err
    plan = holder.load()
    holder.save(plan)  # the holder's next save still works
    holder.close()
    assert read_plan(path).zone.name == "ZP Tenue"


def test_take_lock_opens_a_plan_held_by_a_live_process_with_a_warning(tmp_path: Path,
                                                                       capsys) -> None:
    path = create_plan_file(tmp_path / "p.zplan", sample_plan())
    held = PlanLock.acquire(path)
    assert isinstance(held, PlanLock)
    assert main(["snapshot", str(path), "--label", "v1"]) == 1
    assert "--take-lock" in capsys.readouterr().err
    assert main(["snapshot", str(path), "--label", "v1", "--take-lock"]) == 0
    err = capsys.readouterr().err
    assert "attention : verrou repris" in err
    with PlanFile.open(path, read_only=True) as pf:
        assert [s.label for s in pf.snapshots()] == ["v1"]
    assert not lock_path(path).exists()


def test_an_unreadable_lock_being_written_counts_as_held(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", sample_plan())
    lock_path(path).write_bytes(b"")  # another process has just created it
    got = PlanLock.acquire(path)
    assert isinstance(got, LockInfo)
    old = lock_path(path).stat().st_mtime - 3600
    os.utime(lock_path(path), (old, old))  # the same, an hour later: stale
    got = PlanLock.acquire(path)
    assert isinstance(got, PlanLock)
    got.release()


def test_take_over_is_a_compare_and_swap(tmp_path: Path) -> None:
    """Two processes judged the same lock stale: the second one, arriving late, loses."""
    from zonalplan.store import lock as lock_module

    path = create_plan_file(tmp_path / "p.zplan", sample_plan())
    _stale_lock(path)
    seen = lock_path(path).read_bytes()  # both read the stale lock here
    assert lock_module._take_over(lock_path(path), seen, b'{"winner": 1}')
    assert not lock_module._take_over(lock_path(path), seen, b'{"winner": 2}')
    assert lock_path(path).read_bytes() == b'{"winner": 1}'
    assert not lock_path(path).with_name("p.zplan.lock.takeover").exists()


def test_a_take_over_in_progress_blocks_the_others(tmp_path: Path) -> None:
    from zonalplan.store import lock as lock_module

    path = create_plan_file(tmp_path / "p.zplan", sample_plan())
    _stale_lock(path)
    seen = lock_path(path).read_bytes()
    mutex = lock_path(path).with_name("p.zplan.lock.takeover")
    mutex.write_bytes(b"")
    assert not lock_module._take_over(lock_path(path), seen, b"x")
    assert lock_path(path).read_bytes() == seen

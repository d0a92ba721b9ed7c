"""A full disk during a write: French message, no lock or temporary file left, plan intact.

The disk is « full » for a child process through its file-size limit (``RLIMIT_FSIZE``, with
``SIGXFSZ`` ignored so that writes fail with an error instead of killing the process).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import large_plan
from zonalplan.cli import main
from zonalplan.store import create_plan_file, read_plan

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limit")


def _run_with_limit(argv: list[str], limit: int) -> subprocess.CompletedProcess:
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "zonalplan", *argv], env=env,
                          capture_output=True, text=True, preexec_fn=preexec, timeout=120)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(".~") or p.name.endswith((".lock", "-journal",
                                                                 ".takeover")))


def _check_failure(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 1, result.stderr
    err = result.stderr.strip()
    assert err.startswith("zonalplan : ") and len(err.splitlines()) == 1, err
    assert "disque" in err or "entrée-sortie" in err, err
    for english in ("Errno", "disk", "database", "Error", "File too large"):
        assert english not in err, err


def test_new_on_a_full_disk(tmp_path: Path) -> None:
    out = tmp_path / "nouveau.zplan"
    result = _run_with_limit(["new", str(out), "--zone-name", "ZP X", "--zone-number", "5999"],
                             20_000)
    _check_failure(result)
    assert not out.exists()
    assert _leftovers(tmp_path) == []


def test_import_json_over_an_existing_plan_on_a_full_disk(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", large_plan(80))
    source = tmp_path / "big.json"
    assert main(["export-json", str(path), "-o", str(source)]) == 0
    small = create_plan_file(tmp_path / "petit.zplan", large_plan(1))
    before = small.read_bytes()
    result = _run_with_limit(["import-json", str(source), "-o", str(small), "--force"],
                             len(before))
    _check_failure(result)
    assert small.read_bytes() == before
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("command", ["snapshot", "restore", "merge-notes"])
def test_writes_into_a_plan_on_a_full_disk_leave_it_intact(tmp_path: Path, command) -> None:
    from zonalplan.model import ReviewNote

    plan = large_plan(20)
    path = create_plan_file(tmp_path / "p.zplan", plan)
    argv = {"snapshot": ["snapshot", str(path), "--label", "v2"],
            "restore": ["restore", str(path), "--snapshot", "1"]}.get(command)
    if command == "restore":
        assert main(["snapshot", str(path), "--label", "v1"]) == 0
    if command == "merge-notes":
        reviewer = plan.model_copy(deep=True)
        reviewer.review_notes = [ReviewNote(author="R", anchor="chapter:mission",
                                            text="Note " * 2000) for _ in range(40)]
        other = create_plan_file(tmp_path / "relecteur.zplan", reviewer)
        argv = ["merge-notes", str(path), str(other)]
    expected = read_plan(path)
    result = _run_with_limit(argv, path.stat().st_size)
    _check_failure(result)
    assert [n for n in _leftovers(tmp_path) if not n.endswith("-journal")] == []
    assert read_plan(path) == expected  # a hot journal, if any, is rolled back on reading
    assert main(["snapshots", str(path)]) == 0

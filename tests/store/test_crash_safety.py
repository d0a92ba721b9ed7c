"""kill -9 during a save loop never leaves a file that fails to open."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from zonalplan.model import Indicator, Objective, Plan, Zone
from zonalplan.store import PlanFile, create_plan_file, read_plan

WRITER = """
import sys
from zonalplan.store import PlanFile
from zonalplan.model import Plan
path = sys.argv[1]
with PlanFile.open(path) as pf:
    plan = pf.load()
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        plan.zone.name = f"ZP Essai {n}"
        for o in plan.objectives:
            o.description = f"Description {n} " * 50
        pf.save(plan)
"""


def _big_plan() -> Plan:
    return Plan(zone=Zone(name="ZP Essai 0", number="5999"), objectives=[
        Objective(id=f"o{i}", title=f"Objectif {i}",
                  indicators=[Indicator(id=f"i{j}", name=f"Indicateur {j}", target_value=j)
                              for j in range(5)])
        for i in range(60)])


def test_kill_during_save_loop_never_corrupts(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", _big_plan())
    rng = random.Random(1234)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], env=env,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        plan = read_plan(path)  # a reader after the crash sees a whole, valid plan
        assert plan.zone.name.startswith("ZP Essai")
        assert len(plan.objectives) == 60
        with PlanFile.open(path) as pf:  # and the next writer takes over the stale lock
            assert not pf.read_only
            pf.save(pf.load())


MID_TRANSACTION = """
import sys, time
from zonalplan.store import PlanFile
path = sys.argv[1]
pf = PlanFile.open(path)
conn = pf._conn
conn.execute("BEGIN")
conn.execute("DELETE FROM objectives")
conn.execute("DELETE FROM indicators")
conn.execute("PRAGMA cache_spill = 1")
conn.execute("INSERT INTO objectives (id, title) VALUES ('x', '" + "y" * 100000 + "')")
print("mid", flush=True)
time.sleep(60)
"""


def test_kill_in_the_middle_of_a_transaction_rolls_back(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "p.zplan", _big_plan())
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-c", MID_TRANSACTION, str(path)], env=env,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "mid"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    plan = read_plan(path)
    assert len(plan.objectives) == 60

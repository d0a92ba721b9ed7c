"""Time open (read + validate) and save of the demo plan and of a large generated plan.

Run: ``.venv/bin/python bench/bench_store.py``. Budgets: open ≤ 30 ms, save ≤ 30 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import large_plan
from zonalplan.demo import build_demo_plan
from zonalplan.store import PlanFile, create_plan_file, read_plan


def _time(fn, repeat: int = 15) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    """Print median open/save times in milliseconds."""
    with tempfile.TemporaryDirectory() as tmp:
        for label, plan in (("démo", build_demo_plan()), ("200 objectifs / 1 000 indicateurs",
                                                          large_plan(200, 5))):
            path = create_plan_file(Path(tmp) / "p.zplan", plan, overwrite=True)
            open_ms = _time(lambda: read_plan(path))
            with PlanFile.open(path) as pf:
                loaded = pf.load()
                save_ms = _time(lambda: pf.save(loaded))
                load_ms = _time(pf.load)
            size = path.stat().st_size / 1024
            print(f"{label:36s} open {open_ms:6.1f} ms (budget 30)  save {save_ms:6.1f} ms "
                  f"(budget 30)  load-on-open-file {load_ms:6.1f} ms  size {size:7.0f} Ko")


if __name__ == "__main__":
    main()

"""Time ``check`` on the demo plan and on a 200-objective plan.

Run: ``.venv/bin/python bench/bench_alignment.py``. Budget: full check of a 200-objective plan ≤ 20 ms
(the figure that matters is the check after an edit; the first check of a session is shown too).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import large_plan
from zonalplan.alignment import check
from zonalplan.commands import SetValue
from zonalplan.demo import build_demo_plan
from zonalplan.reference import load_reference


def main() -> None:
    """Print the figures."""
    ref = load_reference()
    for label, plan in (("démo", build_demo_plan()), ("200 objectifs", large_plan(200, 5))):
        start = time.perf_counter()
        check(plan, ref)
        first = (time.perf_counter() - start) * 1000
        runs = []
        for i in range(30):
            SetValue(("objectives", plan.objectives[i % len(plan.objectives)].id, "description"),
                     f"Texte modifié {i}").do(plan)
            start = time.perf_counter()
            check(plan, ref)
            runs.append((time.perf_counter() - start) * 1000)
        print(f"{label:14s} first check {first:6.1f} ms; after an edit: median "
              f"{statistics.median(runs):5.1f} ms, max {max(runs):5.1f} ms (budget 20 ms)")


if __name__ == "__main__":
    main()

"""Time the reference build, a search and loading the tree.

Run: ``.venv/bin/python bench/bench_reference.py``. Budgets: build ≤ 2 s; search ≤ 10 ms; tree ≤ 20 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zonalplan.reference import Reference
from zonalplan.reference.build import write_database
from zonalplan.reference.sources import load_corpus

QUERIES = ["cambriolage", "stupéfiants", "violence intrafamiliale", "radicalisation",
           "sécurité routière", "woninginbraak", "blanchiment d'argent", "intégrité", "ANPR"]


def main() -> None:
    """Print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        builds = []
        for i in range(3):
            start = time.perf_counter()
            corpus = load_corpus()
            write_database(corpus, Path(tmp) / f"r{i}.sqlite")
            builds.append(time.perf_counter() - start)
        path = Path(tmp) / "r0.sqlite"
        loads = []
        for _ in range(10):
            start = time.perf_counter()
            ref = Reference.open(path)
            loads.append((time.perf_counter() - start) * 1000)
        ref.search("warm-up")
        searches = []
        for _ in range(20):
            for q in QUERIES:
                start = time.perf_counter()
                ref.search(q)
                searches.append((time.perf_counter() - start) * 1000)
    print(f"build (YAML → SQLite + FTS5): median {statistics.median(builds):.2f} s (budget 2 s)")
    print(f"load tree ({len(ref.items_by_id)} items): median {statistics.median(loads):.1f} ms "
          "(budget 20 ms)")
    print(f"search: median {statistics.median(searches):.2f} ms, max {max(searches):.2f} ms "
          "(budget 10 ms)")


if __name__ == "__main__":
    main()

"""Time the link suggestions: index build and load, then one suggestion per evaluation objective.

Run: ``.venv/bin/python bench/bench_suggest.py``. Budgets: index build/load ≤ 100 ms, one
suggestion ≤ 5 ms once the index is loaded (median and p95 over the evaluation set), a 1 MB text
well under a second.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("ZONALPLAN_CACHE_DIR", tempfile.mkdtemp(prefix="zonalplan-bench-"))

import yaml

from zonalplan.alignment import textnorm
from zonalplan.alignment.suggest import SuggestIndex
from zonalplan.alignment.suggest_index import build_index, load_or_build
from zonalplan.reference import load_reference

EVAL_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "suggest_eval.yaml"


def _ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    """Print build/load times and the per-suggestion median and p95, with their budgets."""
    ref = load_reference()
    textnorm.stem.cache_clear()
    cold = _ms(lambda: build_index(ref))
    first = _ms(lambda: load_or_build(ref))  # builds and writes the cache file
    loads = [_ms(lambda: load_or_build(ref)) for _ in range(7)]
    print(f"index build, cold stems     {cold:7.1f} ms  (budget 100; once per reference version,"
          f" then cached on disk)")
    print(f"index build + cache write   {first:7.1f} ms")
    print(f"index load from cache       {statistics.median(loads):7.1f} ms  (budget 100; median "
          f"of {len(loads)})")
    SuggestIndex._cache.clear()
    textnorm.stem.cache_clear()
    index = SuggestIndex.for_reference(ref)
    cases = yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))["cases"]
    texts = [c["text"] for c in cases]
    cold_runs = [_ms(lambda t=t: index.split(t, 5)) for t in texts]
    warm_runs = [_ms(lambda t=t: index.split(t, 5)) for _ in range(5) for t in texts]
    print(f"suggestion, first time      median {statistics.median(cold_runs):5.2f} ms  "
          f"p95 {_p95(cold_runs):5.2f} ms  max {max(cold_runs):5.2f} ms  (budget 5; "
          f"{len(texts)} objectives, new words stemmed)")
    print(f"suggestion, repeated words  median {statistics.median(warm_runs):5.2f} ms  "
          f"p95 {_p95(warm_runs):5.2f} ms  (budget 5)")
    big = " ".join(f"{t} mot{n} woord{n}" for n, t in enumerate(texts * 2000))[:1_000_000]
    print(f"1 MB of text                {_ms(lambda: index.split(big, 5)):7.1f} ms  "
          f"(budget: well under 1 000; read up to {textnorm.MAX_CHARS} characters, "
          f"{textnorm.MAX_TOKENS} words)")


if __name__ == "__main__":
    main()

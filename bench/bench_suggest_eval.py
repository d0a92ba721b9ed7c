"""Quality of the link suggestions: top-1 / top-3 per source on the held-out set, must-nots.

Run: ``.venv/bin/python bench/bench_suggest_eval.py [-v]``. Aims (issue 13), on the held-out part
(never tuned on): top-1 ≥ 90 %, top-3 ≥ 98 % for PNS and NCSI separately, no must-not item in a
top 3. The tuning part is printed too, for comparison; ``-v`` lists misses and violations.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ZONALPLAN_CACHE_DIR", tempfile.mkdtemp(prefix="zonalplan-bench-"))

from zonalplan.alignment.suggest_eval import evaluate, load_cases  # noqa: E402
from zonalplan.reference import load_reference  # noqa: E402

FILES = {"réglage (tuning)": ROOT / "tests" / "data" / "suggest_eval.yaml",
         "réserve (held-out)": ROOT / "tests" / "data" / "suggest_eval_heldout.yaml"}


def main() -> None:
    """Print the hit rates and must-not violations of each evaluation file."""
    ref = load_reference()
    verbose = "-v" in sys.argv
    for name, path in FILES.items():
        cases = load_cases(path)
        dutch = sum(1 for c in cases if c["id"].startswith("nl-"))
        result = evaluate(cases, ref)
        print(f"{name:19} {len(cases):3} objectifs ({dutch / len(cases):.0%} NL)  "
              f"{result.summary()}")
        if verbose:
            for line in result.misses:
                print(f"    raté top-3 : {line}")
            for line in result.violations:
                print(f"    interdit   : {line}")
    print("objectif (réserve) : top-1 ≥ 90 %, top-3 ≥ 98 % par source, 0 cas interdit violé")


if __name__ == "__main__":
    main()

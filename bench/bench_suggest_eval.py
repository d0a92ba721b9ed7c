"""Quality of the link suggestions: top-1 / top-3 per source on the held-out sets, must-nots.

Run: ``.venv/bin/python bench/bench_suggest_eval.py [-v]``. Aims (issue 13), on the held-out part
(never tuned on): top-1 ≥ 90 %, top-3 ≥ 98 % for PNS and NCSI separately, no must-not item in a
top 3. The tuning part is printed too, for comparison; ``-v`` lists misses and violations
(of the blind set only with ``--all``: whoever reads them may no longer tune on what they saw).

Twenty-two held-out files. The first two (« réserve 1 », « réserve 2 ») were never tuned on
while they were blind, but their misses have since been read, so they are no longer blind and
count as tuning data. The third to twenty-second ones were written blind — by reviewers who
neither ran the engine nor read its lexicon — and nobody has read their misses: they are the
measurement that counts. Each was measured as it arrived and again on later engines (summary
lines only; the closing notes say how often); without ``--all`` the script prints nothing else
of them. The last lines pool them: all the blind ones, réserves 15 à 18, and the newest four
(« réserves 19 à 22 »).
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

DATA = ROOT / "tests" / "data"
FILES = {"réglage (tuning)": DATA / "suggest_eval.yaml",
         **{f"réglage {n} (tuning)": DATA / f"suggest_eval_tuning{n}.yaml" for n in range(3, 48)},
         "allemand (de)": DATA / "suggest_eval_de.yaml",
         "réserve 1 (lue)": DATA / "suggest_eval_heldout.yaml",
         "réserve 2 (lue)": DATA / "suggest_eval_heldout2.yaml",
         **{f"réserve {n} (aveugle)": DATA / f"suggest_eval_heldout{n}.yaml"
            for n in range(3, 23)}}
POOLS = {"réserves 3 à 22 (cumul)": range(3, 23), "réserves 15 à 18 (cumul)": range(15, 19),
         "réserves 19 à 22 (cumul)": range(19, 23)}
"""Pooled figures of the blind sets: every one, and the newest ones."""


def main() -> None:
    """Print the hit rates and must-not violations of each evaluation file."""
    ref = load_reference()
    verbose = "-v" in sys.argv
    for name, path in FILES.items():
        if not path.exists():
            continue
        cases = load_cases(path)
        dutch = sum(1 for c in cases if c["id"].startswith("nl-"))  # « NL » share
        result = evaluate(cases, ref, language="de" if "(de)" in name else None)
        print(f"{name:19} {len(cases):3} objectifs ({dutch / len(cases):.0%} NL)  "
              f"{result.summary()}")
        if verbose and ("aveugle" not in name or "--all" in sys.argv):
            for line in result.misses:
                print(f"    raté top-3 : {line}")
            for line in result.violations:
                print(f"    interdit   : {line}")
    for name, numbers in POOLS.items():
        paths = [FILES[f"réserve {n} (aveugle)"] for n in numbers]
        cases = [c for path in paths if path.exists() for c in load_cases(path)]
        if cases:
            print(f"{name:19} {len(cases):4} objectifs  {evaluate(cases, ref).summary()}")
    print("objectif (réserves 3 à 22) : top-1 ≥ 90 %, top-3 ≥ 98 % par source, 0 cas interdit violé")


if __name__ == "__main__":
    main()

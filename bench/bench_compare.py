"""Time the comparison of two drafts and the review of a folder of 185 zones' plans.

Run: ``.venv/bin/python bench/bench_compare.py``. Budgets: diff of two 200-objective plans
≤ 200 ms (alignment delta included); review of a folder of 185 plans ≤ 3 s (reference loaded once,
each plan read once, every plan checked).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import large_plan
from zonalplan.evidence.charts import clear_cache
from zonalplan.model import Indicator, Objective
from zonalplan.reference import load_reference
from zonalplan.review.diff import diff_plans
from zonalplan.review.many import review_folder
from zonalplan.review.many_chart import themes_chart_png
from zonalplan.review.many_export import write_csv, write_review_docx
from zonalplan.store import create_plan_file

ZONES = 185


def second_draft(plan):
    """Return a copy of ``plan`` with edits of every kind (about 15 % of the objectives)."""
    new = plan.model_copy(deep=True)
    for i, obj in enumerate(new.objectives):
        if i % 10 == 0:
            obj.description = obj.description.replace("contexte local", "contexte zonal", 1)
        if i % 25 == 1:
            obj.id, obj.title = f"{obj.id}-bis", obj.title.replace("(", "— version 2 (")
        if i % 20 == 2 and obj.indicators:
            obj.indicators[0].target_value = (obj.indicators[0].target_value or 0) - 5
            obj.indicators.append(Indicator(name="Nouvel indicateur", unit="faits"))
    new.objectives = [o for i, o in enumerate(new.objectives) if i % 40 != 3]
    new.objectives += [Objective(id=f"n{i}", title=f"Objectif nouveau numéro {i}")
                       for i in range(5)]
    new.capacity.available_fte = 390.0
    return new


def bench_diff(reference) -> None:
    """Print the time of a diff of two 200-objective drafts, with and without alignment."""
    before = large_plan(200, 5)
    after = second_draft(before)
    for label, ref in (("sans alignement", None), ("avec alignement", reference)):
        diff_plans(before, after, reference=ref)  # warm caches (reference closures)
        runs = []
        for _ in range(7):
            start = time.perf_counter()
            diff = diff_plans(before, after, reference=ref)
            runs.append((time.perf_counter() - start) * 1000)
        s = diff.summary()
        print(f"diff 200 objectifs {label:16s}: médiane {statistics.median(runs):6.1f} ms, "
              f"max {max(runs):6.1f} ms (budget 200 ms) — {s['objectives_modified']} modifiés, "
              f"{s['objectives_added']} ajoutés, {s['objectives_removed']} supprimés")


def bench_folder(reference, objectives: int, indicators: int) -> None:
    """Print the time of the review of 185 generated plans, and of its exports."""
    with tempfile.TemporaryDirectory(prefix="zonalplan-bench-") as tmp:
        folder = Path(tmp) / "plans"
        folder.mkdir()
        for i in range(ZONES):
            create_plan_file(folder / f"zone-{5200 + i}.zplan",
                             large_plan(objectives, indicators, seed=i,
                                        zone_number=f"{5200 + i}", zone_name=f"ZP {5200 + i}"))
        runs = []
        for _ in range(3):  # the first run also pays the cold file cache
            start = time.perf_counter()
            review = review_folder(folder, reference)
            runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        write_csv(review, Path(tmp) / "revue.csv")
        csv_ms = (time.perf_counter() - start) * 1000
        themes_chart_png(review)  # matplotlib loaded once, as in a session that drew before
        clear_cache()
        start = time.perf_counter()
        themes_chart_png(review)
        chart_ms = (time.perf_counter() - start) * 1000
        clear_cache()
        start = time.perf_counter()
        write_review_docx(review, Path(tmp) / "revue.docx")
        docx_ms = (time.perf_counter() - start) * 1000
        print(f"revue de {len(review.rows)} plans de {objectives} objectifs × {indicators} "
              f"indicateurs : premier passage {runs[0]:5.2f} s, médiane "
              f"{statistics.median(runs):5.2f} s (budget 3 s) ; CSV {csv_ms:4.0f} ms ; DOCX "
              f"{docx_ms:4.0f} ms dont graphique des thèmes retenus {chart_ms:4.0f} ms "
              "(budget 300 ms)")


def main() -> None:
    """Print the figures."""
    start = time.perf_counter()
    reference = load_reference()
    print(f"chargement de la référence : {(time.perf_counter() - start) * 1000:6.1f} ms "
          "(une fois par session)")
    bench_diff(reference)
    bench_folder(reference, 12, 3)
    bench_folder(reference, 40, 5)


if __name__ == "__main__":
    main()

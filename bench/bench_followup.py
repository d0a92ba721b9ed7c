"""Measure the follow-up: dashboard refresh and the yearly report.

    .venv/bin/python bench/bench_followup.py

Budgets (issue "The six-year cycle"): dashboard refresh ≤ 50 ms for 200 objectives × 6 years of
measurements (3 indicators each, quarterly: 14 400 measures); yearly report of the demo ≤ 1 s.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zonalplan.demo import build_demo_plan
from zonalplan.followup.reports import ReportKind, ReportOptions, build_report
from zonalplan.followup.status import dashboard
from zonalplan.model.followup import Action, FollowUp, Measurement
from zonalplan.model.plan import Indicator, Objective


def large() -> tuple[list[Objective], FollowUp]:
    """Return 200 objectives with 3 indicators each and 6 years of quarterly measures."""
    rng = random.Random(3)
    objectives, measures, actions = [], [], []
    for o in range(200):
        indicators = [Indicator(id=f"i{o}-{i}", name=f"Indicateur {i}", baseline_value=100,
                                baseline_year=2025, target_value=rng.choice([60, 150]),
                                target_year=2031) for i in range(3)]
        objectives.append(Objective(id=f"o{o}", title=f"Objectif {o}", indicators=indicators))
        for ind in indicators:
            for year in range(2026, 2032):
                for quarter in range(1, 5):
                    measures.append(Measurement(objective_id=f"o{o}", indicator_id=ind.id,
                                                year=year, quarter=quarter,
                                                value=rng.uniform(50, 160)))
        actions += [Action(objective_id=f"o{o}", year=2026 + a % 6, title=f"Action {a}")
                    for a in range(6)]
    return objectives, FollowUp(actions=actions, measurements=measures)


def timed(function, runs: int = 7) -> float:
    """Return the median seconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Print the dashboard and report timings."""
    objectives, followup = large()
    seconds = timed(lambda: dashboard(objectives, followup))
    print(f"Tableau de bord, 200 objectifs × 3 indicateurs × 24 trimestres "
          f"({len(followup.measurements)} mesures) : {seconds * 1000:.1f} ms (budget 50 ms)")
    plan = build_demo_plan()
    build_report(plan, ReportOptions(ReportKind.ANNUAL, 2027))  # loads matplotlib once
    seconds = timed(lambda: build_report(plan, ReportOptions(ReportKind.ANNUAL, 2027)), 5)
    print(f"Rapport annuel 2027 de la démonstration (avec graphiques) : {seconds * 1000:.0f} ms "
          "(budget 1 000 ms)")
    seconds = timed(lambda: build_report(plan, ReportOptions(ReportKind.ANNUAL, 2027,
                                                             charts=False)), 5)
    print(f"Rapport annuel 2027 sans graphiques : {seconds * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Measure the data import and the charts.

    .venv/bin/python bench/bench_evidence.py

Budgets (issue "From figures to priorities"): import of a national-size Statbel accidents file
(35 000 rows, all of Belgium's communes) ≤ 2 s keeping only the zone's communes; one chart ≤ 0.3 s
(once matplotlib is loaded; its first import is shown apart).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zonalplan.demo.plan import COMMUNES
from zonalplan.demo.samples import ACCIDENT_HEADER, write_samples
from zonalplan.evidence import import_file
from zonalplan.evidence.charts import Chart, ChartKind, clear_cache, render_png
from zonalplan.evidence.figures import all_series, breakdown


def national_accidents(path: Path, rows: int = 35_000) -> None:
    """Write a national-size accidents file: 565 communes, the demo's three among them."""
    rng = random.Random(7)
    codes = [f"{rng.randint(11001, 93090):05d}" for _ in range(562)] + [c for _, c, _ in COMMUNES]
    lines = [ACCIDENT_HEADER]
    for _ in range(rows):
        code = rng.choice(codes)
        lines.append(
            f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}|{rng.randint(0, 23)}|1|lundi|"
            "maandag|1|Binnen bebouwde kom|En agglomération|3|Langs achteren|Par l'arrière|1|"
            "Bij klaarlichte dag|En plein jour|2|Gewestweg|Route régionale|"
            f"{code}|Gemeente {code}|Commune {code}|92000|Namen|Namur|90000|Provincie Namen|"
            "Province de Namur|3000|Waals Gewest|Région wallonne|1|0|0|0|0|1")
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    """Print the import and chart timings."""
    communes = [(name, code) for name, code, _ in COMMUNES]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "TF_ACCIDENTS_2024.txt"
        national_accidents(path)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            data = import_file(path, communes)
            times.append(time.perf_counter() - start)
        print(f"Import accidents national (35 000 lignes, {path.stat().st_size / 2**20:.1f} Mo) : "
              f"médiane {statistics.median(times) * 1000:.0f} ms sur 5, {len(data.rows)} lignes "
              "gardées (budget 2 000 ms)")
        samples = [import_file(p, communes) for p in write_samples(Path(folder) / "s")]
    series = all_series(samples)
    start = time.perf_counter()
    import matplotlib.pyplot  # noqa: F401

    print(f"Premier chargement de matplotlib : {(time.perf_counter() - start) * 1000:.0f} ms")
    charts = [
        Chart(ChartKind.TREND, "Accidents", "Statbel", (series["accidents:accidents"],)),
        Chart(ChartKind.COMMUNES, "Cambriolages", "Police",
              (series["crime:Cambriolages dans une habitation"],)),
        Chart(ChartKind.BREAKDOWN, "Par heure", "Statbel",
              bars=tuple(breakdown(data, "hour"))),
    ]
    for chart in charts:
        times = []
        for _ in range(5):
            clear_cache()  # time the drawing, not the charts kept from the previous run
            start = time.perf_counter()
            render_png(chart)
            times.append(time.perf_counter() - start)
        print(f"Graphique {chart.kind.value} : médiane {statistics.median(times) * 1000:.0f} ms "
              "(budget 300 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

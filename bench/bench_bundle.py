"""Measure the application folder built by packaging/build.sh: size, what dominates, cold start.

    bash packaging/build.sh && .venv/bin/python bench/bench_bundle.py [--runs 9] [--folder DIR]

Budgets (issue "Install without Python"): folder ≤ 250 MB; cold start of the bundled desktop
program (``ZonalPlan --demo`` until the plan is editable) within 1.2× the source install's
(``.venv/bin/zonalplan --demo``), both measured here alternately, median of the runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    """Return the total size in bytes of the files below ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest(path: Path, depth_parts: tuple[str, ...], count: int = 10) -> list[tuple[int, str]]:
    """Return the ``count`` largest entries directly below ``path/depth_parts`` (sizes in bytes)."""
    base = path.joinpath(*depth_parts)
    sizes = [(folder_size(p) if p.is_dir() else p.stat().st_size, str(p.relative_to(path)))
             for p in base.iterdir() if not p.is_symlink()]
    return sorted(sizes, reverse=True)[:count]


def largest_files(path: Path, count: int = 12) -> list[tuple[int, str]]:
    """Return the ``count`` largest files anywhere below ``path``."""
    sizes = [(p.stat().st_size, str(p.relative_to(path))) for p in path.rglob("*")
             if p.is_file() and not p.is_symlink()]
    return sorted(sizes, reverse=True)[:count]


def time_to_editable(command: list[str], data_dir: str) -> float:
    """Return the seconds from launch until the probe prints ``editable``."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               ZONALPLAN_DATA_DIR=data_dir, ZONALPLAN_STARTUP_PROBE="editable")
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env)
    assert proc.stdout is not None
    elapsed = float("nan")
    for line in proc.stdout:
        if line.startswith("editable"):
            elapsed = time.perf_counter() - start
            break
    proc.wait(timeout=120)
    return elapsed


def main() -> int:
    """Print the folder's size, its largest parts and the cold-start comparison."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=ROOT / "dist" / "ZonalPlan")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    folder: Path = args.folder
    gui = folder / ("ZonalPlan.exe" if sys.platform == "win32" else "ZonalPlan")
    if not gui.exists():
        print(f"{gui} absent : lancez d'abord bash packaging/build.sh", file=sys.stderr)
        return 2
    total = folder_size(folder)
    print(f"Dossier {folder} : {total / 2**20:.0f} Mo (budget 250 Mo)")
    for title, rows in (("Dossier, premier niveau", largest(folder, (), 4)),
                        ("Plus gros éléments de _internal", largest(folder, ("_internal",), 12)),
                        ("Plus gros fichiers", largest_files(folder))):
        print(f"{title} :")
        for size, name in rows:
            print(f"  {size / 2**20:7.1f} Mo  {name}")

    source = [str(ROOT / ".venv" / "bin" / "zonalplan"), "--demo"]
    bundled = [str(gui), "--demo"]
    with tempfile.TemporaryDirectory() as data:
        time_to_editable(source, data)  # writes the demo file once; both runs then read it
        time_to_editable(bundled, data)
        src_times, bundle_times = [], []
        for _ in range(args.runs):
            src_times.append(time_to_editable(source, data))
            bundle_times.append(time_to_editable(bundled, data))
    src, bun = statistics.median(src_times), statistics.median(bundle_times)
    print(f"Démarrage jusqu'à l'édition (médiane de {args.runs}) : installation source "
          f"{src * 1000:.0f} ms, dossier autonome {bun * 1000:.0f} ms : {bun / src:.2f}× "
          "(budget 1,2×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

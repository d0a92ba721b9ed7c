"""Run the whole hostile corpus (``bench/hostile.py``) and print time and peak memory per case.

Run: ``.venv/bin/python bench/bench_hostile.py [-k TEXT]``. Each case runs ``zonalplan …`` in a
child process (address space capped at 2 GB so that a regression cannot take the machine down,
killed after 60 s); the wall time and the child's peak resident memory (``VmHWM``) are printed,
then the worst of each. Budget (printed, never asserted in tests): every case accepted or
refused within 5 s and 500 MB, with the expected exit code.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.hostile import CASES  # noqa: E402

BUDGET_SECONDS = 5.0
BUDGET_MB = 500
CAP_BYTES = 2 * 1024 ** 3
KILL_AFTER = 60


CHILD = """
import atexit, os, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))

def peak():
    # VmHWM belongs to this program only (ru_maxrss would include the parent's size at fork).
    try:
        with open("/proc/self/status") as status:
            kb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(os.environ["ZONALPLAN_BENCH_PEAK"], "w") as out:
        out.write(str(kb))

atexit.register(peak)
from zonalplan.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_case(argv: list[str], cwd: Path) -> tuple[int, float, float, str]:
    """Run ``zonalplan argv``; return exit code, seconds, peak MB and the first error line."""
    peak_file = cwd / "peak.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ZONALPLAN_DATA_DIR": str(cwd / "data"),
           "ZONALPLAN_BENCH_PEAK": str(peak_file)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD.format(cap=CAP_BYTES), *argv],
                            cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, err = proc.communicate(timeout=KILL_AFTER)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    seconds = time.perf_counter() - start
    try:
        peak = int(peak_file.read_text()) / 1024
    except (OSError, ValueError):
        peak = float("nan")
    line = err.decode("utf-8", "replace").strip().splitlines()[:1]
    return proc.returncode, seconds, peak, (line[0] if line else "")


def main() -> int:
    """Build and run every case; print a table, the worst time and memory, and the verdict."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", default="", help="only the cases whose name contains this text")
    args = parser.parse_args()
    results = []
    print(f"{'cas':52s} {'code':>4s} {'s':>6s} {'Mo':>6s}  message")
    for case in CASES:
        if args.k.lower() not in case.name.lower():
            continue
        with tempfile.TemporaryDirectory(prefix="zonalplan-hostile-") as tmp:
            folder = Path(tmp) / "case"
            folder.mkdir()
            argv = case.build(folder)
            code, seconds, peak, message = run_case(argv, Path(tmp))
        ok = code in case.codes and seconds <= BUDGET_SECONDS and peak <= BUDGET_MB
        results.append((case.name, code, seconds, peak, ok))
        print(f"{case.name[:52]:52s} {code:4d} {seconds:6.2f} {peak:6.0f}  "
              f"{'' if ok else '!! '}{message[:90]}")
    if not results:
        print("aucun cas")
        return 1
    slowest = max(results, key=lambda r: r[2])
    biggest = max(results, key=lambda r: r[3])
    print(f"\npire durée : {slowest[2]:.2f} s ({slowest[0]}) ; budget {BUDGET_SECONDS:.0f} s")
    print(f"pire mémoire : {biggest[3]:.0f} Mo ({biggest[0]}) ; budget {BUDGET_MB} Mo")
    failed = [r for r in results if not r[4]]
    print(f"{len(results) - len(failed)}/{len(results)} cas dans le budget avec le bon code"
          + ("" if not failed else " ; hors budget : " + ", ".join(r[0] for r in failed)))
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())

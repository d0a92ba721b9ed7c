"""Run the whole hostile corpus (``bench/hostile.py``) and print time and peak memory per case.

Run: ``.venv/bin/python bench/bench_hostile.py [-k TEXT]``. Each case runs ``zonalplan …`` in a
child process (address space capped at 2 GB so that a regression cannot take the machine down,
killed after 60 s); the wall time and the child's peak resident memory are printed, then the
worst of each. Budget (printed, never asserted in tests): every case accepted or refused within
5 s and 500 MB, with the expected exit code.
"""

from __future__ import annotations

import argparse
import os
import resource
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


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CAP_BYTES, CAP_BYTES))


def run_case(argv: list[str], cwd: Path) -> tuple[int, float, float, str]:
    """Run ``zonalplan argv``; return exit code, seconds, peak MB and the first error line."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ZONALPLAN_DATA_DIR": str(cwd / "data")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "zonalplan", *argv], cwd=cwd, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, preexec_fn=_limits)
    try:
        _, err = proc.communicate(timeout=KILL_AFTER)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    line = err.decode("utf-8", "replace").strip().splitlines()[:1]
    return proc.returncode, seconds, usage.ru_maxrss / 1024, (line[0] if line else "")


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
            # ru_maxrss of RUSAGE_CHILDREN is the maximum over all children so far: run each
            # case in a fresh intermediate process so the figure is this case's own.
            code, seconds, peak, message = _isolated(argv, Path(tmp))
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


def _isolated(argv: list[str], cwd: Path) -> tuple[int, float, float, str]:
    """Run one case from a forked helper so that the children's peak memory is its own."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # helper: run the case, send the figures back
        os.close(read)
        try:
            result = repr(run_case(argv, cwd)).encode("utf-8")
            os.write(write, result)
        finally:
            os._exit(0)
    os.close(write)
    chunks = []
    while True:
        chunk = os.read(read, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    import ast

    return ast.literal_eval(b"".join(chunks).decode("utf-8"))


if __name__ == "__main__":
    sys.exit(main())

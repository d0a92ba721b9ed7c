"""Desktop app budgets: cold start, memory, and UI-thread stalls while editing a large plan.

Run: ``.venv/bin/python bench/bench_ui.py`` (``--runs N`` cold starts, 9 by default).

1. Cold start, measured in subprocesses in the same run: ``zonalplan --demo`` until the chief can
   type in a chapter (``editable``: the plan read and validated — every row, as before —, its
   first chapter's editor in the window, the event loop running), against a bare PySide6
   ``QMainWindow``, for a returning user (the first start asks the user's name in a dialog
   first). Budget: ratio ≤ 2.5. The side docks and the review notes, not needed to type,
   are built one event-loop turn later: printed apart (``settled``), with when the window first
   shows the plan's outline (``ready``, while the models load on a worker thread), and two floors
   in the same run: the bare window after ``import pydantic``, and the core floor — the bare
   window with the plan read and validated by ``zonalplan.store`` (pydantic and the plan models
   loaded) shown in one plain text field, without any of the app's UI. Bytecode caches are
   allowed (as in an installed app); one untimed warm-up run of each fills them.
2. Resident memory of the app on the demo plan once the national reference is loaded and every
   chapter has been shown. Budget: ≤ 200 MB.
3. UI-thread stalls while a script of edits runs on a generated plan of 200 objectives
   (``bench/generate.py large_plan``): a 5 ms heartbeat ``QTimer`` records the longest gap between
   two ticks. Budget: no gap > 100 ms. Building each chapter page the first time is reported apart.
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
sys.path.insert(0, str(ROOT))

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1360, 860)
window.show()
QTimer.singleShot(0, lambda: (print("ready rss=0", flush=True), app.quit()))
app.exec()
"""

PYDANTIC = """
import pydantic
""" + BARE

FLOOR = """
import sys
sys.path.insert(0, {root!r})
from zonalplan.paths import user_data_dir
from zonalplan.store import read_plan
plan = read_plan(user_data_dir() / "demo.zplan")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit(plan.sections.env_crime))
window.resize(1360, 860)
window.show()
QTimer.singleShot(0, lambda: (print("ready rss=0", flush=True), app.quit()))
app.exec()
"""

APP = """
import sys
sys.path.insert(0, {root!r})
from ui.launcher import main
sys.exit(main(["--demo"]))
"""

APP_DIRECT = """
import sys
sys.path.insert(0, {root!r})
from ui.shell.app import run
sys.exit(run(["--demo"]))
"""


def _env(data_dir: str, probe: str = "ready") -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               ZONALPLAN_DATA_DIR=data_dir, ZONALPLAN_STARTUP_PROBE=probe,
               PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "zonalplan-bench-pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _launch_lines(code: str, env: dict[str, str], wait_for: str = "ready"
                  ) -> dict[str, tuple[float, str]]:
    """Return, for each probe line up to ``wait_for``, (seconds since the launch, the line)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    seen: dict[str, tuple[float, str]] = {}
    for line in proc.stdout:
        seen[line.split()[0] if line.split() else ""] = (time.perf_counter() - start, line.strip())
        if line.startswith(wait_for):
            break
    proc.wait(timeout=120)
    return seen


def _launch(code: str, env: dict[str, str], wait_for: str = "ready") -> tuple[float, str]:
    """Return (seconds until the ``wait_for`` line, that line)."""
    return _launch_lines(code, env, wait_for).get(wait_for, (float("nan"), ""))


def _returning_user(data: str) -> None:
    """Write the preferences of a user who already gave their name (no first-start question)."""
    from zonalplan.settings import Preferences, save_preferences

    save_preferences(Preferences(author="Commissaire divisionnaire A. Bench"),
                     Path(data) / "settings.json")


def cold_start(runs: int) -> float:
    """Print the cold-start times and their ratios; return the budgeted one (editable / bare)."""
    data = tempfile.mkdtemp(prefix="zonalplan-bench-")
    _returning_user(data)  # a first start asks the user's name in a dialog before any typing
    env = _env(data)
    app_code = APP.format(root=str(ROOT))
    direct_code = APP_DIRECT.format(root=str(ROOT))
    floor_code = FLOOR.format(root=str(ROOT))
    for code in (BARE, app_code, direct_code, PYDANTIC, floor_code):  # warm-up: bytecode, demo
        _launch(code, env, "editable" if code in (app_code, direct_code) else "ready")
    keys = ("bare", "app", "app_edit", "settled", "direct", "pydantic", "floor")
    times: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(runs):
        times["bare"].append(_launch(BARE, env)[0])
        seen = _launch_lines(app_code, env, "settled")
        times["app"].append(seen["ready"][0])
        times["app_edit"].append(seen["editable"][0])
        times["settled"].append(seen["settled"][0])
        times["direct"].append(_launch(direct_code, env, "editable")[0])
        times["pydantic"].append(_launch(PYDANTIC, env)[0])
        times["floor"].append(_launch(floor_code, env)[0])
    b, a, e, s, d, p, f = (statistics.median(times[k]) for k in keys)
    ratio = e / b
    print(f"Démarrage à froid (médiane de {runs}) : fenêtre PySide6 nue {b * 1000:.0f} ms ; "
          f"« zonalplan --demo » ouvert à l'édition (le chef de corps peut taper dans un "
          f"chapitre) {e * 1000:.0f} ms ; rapport {ratio:.2f} (budget ≤ 2,5) "
          f"{'OK' if ratio <= 2.5 else 'DÉPASSÉ'}")
    print(f"  fenêtre montrant l'aperçu du plan (les modèles se chargent en arrière-plan) "
          f"{a * 1000:.0f} ms, rapport {a / b:.2f} ; panneaux latéraux et notes construits "
          f"{s * 1000:.0f} ms, rapport {s / b:.2f} ; sans le lanceur (ui.shell.app.run) "
          f"{d * 1000:.0f} ms")
    print(f"  planchers : fenêtre nue après « import pydantic » {p * 1000:.0f} ms, rapport "
          f"{p / b:.2f} ; fenêtre nue + plan lu et validé par zonalplan.store (pydantic et les "
          f"modèles chargés) dans un champ de texte {f * 1000:.0f} ms, rapport {f / b:.2f}")
    return ratio


def memory() -> float:
    """Print the resident memory with the demo plan, reference loaded, every chapter shown."""
    data = tempfile.mkdtemp(prefix="zonalplan-bench-")
    _launch(APP.format(root=str(ROOT)), _env(data, "full"), wait_for="full")  # warm-up
    seen = _launch_lines(APP.format(root=str(ROOT)), _env(data, "full"), wait_for="full")
    ready, full = seen["editable"][1], seen["full"][1]
    rss_ready = float(ready.split("rss=")[1])
    rss = float(full.split("rss=")[1])
    print(f"Mémoire résidente : {rss_ready:.0f} Mo à l'ouverture, {rss:.0f} Mo avec le "
          f"référentiel et tous les chapitres affichés (budget ≤ 200 Mo) "
          f"{'OK' if rss <= 200 else 'DÉPASSÉ'}")
    return rss


def stalls() -> float:
    """Edit a 200-objective plan while a heartbeat measures the UI thread; return the max gap."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ZONALPLAN_DATA_DIR"] = tempfile.mkdtemp(prefix="zonalplan-bench-")
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bench.generate import large_plan
    from ui import tasks
    from ui.shell.main_window import MainWindow
    from zonalplan.commands import SetValue
    from zonalplan.guidance import CHAPTERS
    from zonalplan.reference import load_reference
    from zonalplan.store import create_plan_file

    app = QApplication.instance() or QApplication([sys.argv[0]])
    path = create_plan_file(Path(os.environ["ZONALPLAN_DATA_DIR"]) / "grand.zplan",
                            large_plan(200, 5))
    window = MainWindow(reference=load_reference())
    window.resize(1360, 860)
    window.show()
    clock = QElapsedTimer()
    clock.start()
    window.open_path(path)
    first_build = {}
    for chapter in CHAPTERS:  # first display of each page: reported apart
        start = clock.elapsed()
        window.plan_view.show_chapter(chapter.id)
        app.processEvents()
        first_build[chapter.id] = clock.elapsed() - start
    tasks.wait_all()
    open_ms = max(first_build.values())
    slowest = max(first_build, key=first_build.get)
    print(f"Première construction des pages (hors budget) : la plus lente « {slowest} » "
          f"{open_ms} ms")

    session = window.session
    view = window.plan_view
    steps = []

    def type_text(chapter: str, name: str, text: str) -> None:
        def focus() -> None:
            view.show_chapter(chapter)
            view.editor(chapter).editors[name].setFocus()
            view.editor(chapter).editors[name].moveCursor(QTextCursor.MoveOperation.End)

        steps.append((f"chapitre {chapter}", focus))
        edit = view.editor(chapter).editors[name]
        for char in text:
            key = (lambda e=edit: QTest.keyClick(e, Qt.Key.Key_Return)) if char == "\n" else \
                (lambda e=edit, c=char: QTest.keyClicks(e, c))
            steps.append((f"frappe {chapter}", key))

    type_text("env_crime", "env_crime", " Les vols de vehicules augmentent en 2025.")
    steps.append(("chapitre strategy", lambda: view.show_chapter("strategy")))
    for i in range(0, 200, 10):
        steps.append(("titre d'objectif", lambda i=i: session.run(SetValue(
            ("objectives", f"o{i}", "title"), f"Objectif reformule {i}"))))
        steps.append(("cible d'indicateur", lambda i=i: session.run(SetValue(
            ("objectives", f"o{i}", "indicators", f"o{i}i0", "target_value"), 80.0 + i))))
    for chapter in ("zone", "mvv", "strategy", "decisions", "capacity", "expectations",
                    "approval", "versions", "strategy"):
        steps.append((f"chapitre {chapter}", lambda c=chapter: view.show_chapter(c)))
    type_text("mvv", "values", "\n- Transparence : nous rendons compte.")
    for _ in range(15):
        steps.append(("annuler", session.undo_stack.undo))
    for _ in range(15):
        steps.append(("rétablir", session.undo_stack.redo))
    steps.append(("copie de récupération", lambda: window.autosaver.write_now(background=True)))
    steps.append(("enregistrer (Ctrl+S)", lambda: QTest.keyClick(
        window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)))
    steps.append(("chapitre decisions", lambda: view.show_chapter("decisions")))

    gaps: list[tuple[float, str]] = []
    state = {"last": clock.elapsed(), "step": "début", "index": 0}

    def beat() -> None:
        now = clock.elapsed()
        gaps.append((now - state["last"], state["step"]))
        state["last"] = now

    def next_step() -> None:
        if state["index"] >= len(steps):
            driver.stop()
            QTimer.singleShot(800, app.quit)  # let the last check and save settle
            return
        name, action = steps[state["index"]]
        state["index"] += 1
        state["step"] = name
        action()

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    heartbeat.start(5)
    driver = QTimer()
    driver.timeout.connect(next_step)
    driver.start(30)  # about the pace of fast typing
    app.exec()
    heartbeat.stop()
    tasks.wait_all()
    worst, where = max(gaps)
    p99 = sorted(g for g, _ in gaps)[int(len(gaps) * 0.99)]
    print(f"Blocage du fil d'interface pendant {len(steps)} modifications sur un plan de 200 "
          f"objectifs : max {worst:.0f} ms (« {where} »), 99e centile {p99:.0f} ms "
          f"(budget ≤ 100 ms) {'OK' if worst <= 100 else 'DÉPASSÉ'}")
    window.close()
    return worst


def main() -> None:
    """Run the three measurements and print the figures."""
    parser = argparse.ArgumentParser(description="Mesures de l'application de bureau.")
    parser.add_argument("--runs", type=int, default=9, help="démarrages mesurés (défaut 9)")
    parser.add_argument("--only", choices=("start", "memory", "stalls"))
    args = parser.parse_args()
    if args.only in (None, "start"):
        cold_start(args.runs)
    if args.only in (None, "memory"):
        memory()
    if args.only in (None, "stalls"):
        stalls()


if __name__ == "__main__":
    main()

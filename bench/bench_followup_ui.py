"""Measure the dashboard page: its refresh after a command on a large plan (offscreen).

    .venv/bin/python bench/bench_followup_ui.py

Budget (issue "The six-year cycle"): dashboard refresh ≤ 50 ms for 200 objectives × 6 years of
measurements. The page recomputes every status and redraws its table after each command.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_followup import large, timed


def main() -> int:
    """Print the time of one refresh and of one edit with its refresh."""
    from PySide6.QtWidgets import QApplication

    from ui.followup.dashboard import DashboardEditor
    from ui.session import PlanSession
    from zonalplan.commands import SetValue
    from zonalplan.followup.editing import measurement_path
    from zonalplan.model import Plan

    app = QApplication.instance() or QApplication([])
    objectives, followup = large()
    session = PlanSession(Plan(objectives=objectives, followup=followup))
    page = DashboardEditor(session)
    page.resize(1000, 700)
    page.show()
    app.processEvents()
    seconds = timed(page.refresh)
    print(f"Tableau de bord (page), 200 objectifs, {len(followup.measurements)} mesures : "
          f"rafraîchissement {seconds * 1000:.1f} ms (budget 50 ms)")
    target = followup.measurements[0]
    values = iter(range(10_000))

    def edit() -> None:
        session.run(SetValue(measurement_path(target.id, "value"), float(next(values))))
        app.processEvents()

    seconds = timed(edit)
    print(f"Une mesure modifiée, commande et rafraîchissement de la page : {seconds * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start the desktop application."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from zonalplan.model import PlanError
from zonalplan.paths import user_data_dir
from zonalplan.store import create_plan_file, read_plan


def demo_plan_path() -> Path:
    """Return the demo plan file in the user's data folder, writing it if missing."""
    from zonalplan.demo import build_demo_plan

    path = user_data_dir() / "demo.zplan"
    if not path.exists():
        create_plan_file(path, build_demo_plan())
    return path


class MainWindow(QMainWindow):
    """Main window showing the open plan."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("ZonalPlan")
        self._label = QLabel(self.tr("Aucun plan ouvert."))
        self.setCentralWidget(self._label)
        self.resize(1000, 700)

    def open_plan(self, path: Path) -> bool:
        """Open a plan file; show the error in a dialog when it cannot be used."""
        try:
            plan = read_plan(path)
        except PlanError as exc:
            QMessageBox.critical(self, self.tr("Ouverture impossible"), str(exc))
            return False
        self.setWindowTitle(f"{plan.title} — ZonalPlan")
        self._label.setText(plan.title)
        return True


def run(argv: Sequence[str]) -> int:
    """Parse the arguments, open the plan and run the event loop."""
    parser = argparse.ArgumentParser(prog="zonalplan")
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--demo", action="store_true", help="ouvrir le plan de démonstration")
    args, qt_args = parser.parse_known_args(list(argv))
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    window = MainWindow()
    if args.demo:
        window.open_plan(demo_plan_path())
    elif args.file:
        window.open_plan(args.file)
    window.show()
    return app.exec()

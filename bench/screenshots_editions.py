"""Save screenshots of the editions views: zone chapter, reference browser, editions dialog.

Run: ``.venv/bin/python bench/screenshots_editions.py [--language nl] [--size 1366x768]`` (always
offscreen, ``QWidget.grab()``). Writes ``artifacts/screenshots[/LANG]/editions-*.png``: the zone
chapter with the plan's edition set, the reference browser on a summarised item with a reader's
note, the NCSI tree of the previous edition, and the editions dialog listing what changes for the
plan when it moves to another edition. The app runs on the demo plan in a throw-away user folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    """Open the demo plan and grab the editions views."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("fr", "nl", "de"), default="fr")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("ZONALPLAN_DATA_DIR", tempfile.mkdtemp(prefix="zonalplan-shots-"))
    from bench import screenshots as shots

    shots.OUT = ROOT / "artifacts" / "screenshots" / (args.language if args.language != "fr"
                                                      else "")
    shots.OUT.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from ui.shell.app import install_translations
    from ui.shell.main_window import MainWindow
    from zonalplan.reference import load_reference

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translations(app, args.language)
    window = MainWindow(reference=load_reference())
    window.resize(width, height)
    window.show()
    window.open_demo()
    shots._settle(app)
    window.plan_view.show_chapter("zone")
    shots._save(window, f"editions-1-chapitre-zone-{width}x{height}", app)
    slot = window.docks.reference
    slot.dock.show()
    slot.dock.raise_()
    browser = slot.build_now()
    browser.show_item("pns.7.vs.3")
    shots._save(window, f"editions-2-referentiel-resume-{width}x{height}", app)
    combo = browser.view.source_combo
    combo.setCurrentIndex(combo.findData("ncsi@previous"))
    browser.view.tree.setCurrentIndex(browser.view.tree.model().index_of("ncsi.d5"))
    shots._save(window, f"editions-3-referentiel-edition-precedente-{width}x{height}", app)
    plan = window.session.plan
    from zonalplan.editing import add_link_command

    window.session.run(add_link_command(plan, plan.objectives[0].id, "ncsi.d5"))
    dialog = browser.open_editions()
    dialog.select("ncsi-2022-2024")
    shots._save(dialog, f"editions-4-dialogue-{width}x{height}", app)
    dialog.close()

    window.session.undo_stack.setClean()
    window.close_plan()
    window.close()
    app.processEvents()
    sys.stdout.flush()
    os._exit(0)  # the shots are written: skip the teardown of the window at interpreter exit


if __name__ == "__main__":
    main()

"""Save PNG screenshots of the real app's main screens into ``artifacts/screenshots/`` for review.

Run: ``.venv/bin/python bench/screenshots.py`` — under Xvfb when it is installed (real X11 window
with its platform style), otherwise offscreen with ``QWidget.grab()``; ``--offscreen`` forces the
latter. ``--language nl`` (or ``de``) shows the interface in that language and writes into
``artifacts/screenshots/nl/``; ``--size 1366x768`` sets the screen and window size (physical
pixels); ``--scale 1.25`` runs with ``QT_SCALE_FACTOR`` (Windows' 125 %), the window then has
1366/1.25 × 768/1.25 logical pixels. A size or scale other than the default writes into
``artifacts/screenshots[/LANG]/WxH[@SCALE]/``. Every chapter of the plan is captured, and the script
prints the window size after each one (it must never change) and the chapters whose editor would
need a horizontal scroll bar. The app runs on the demo plan in a throw-away user folder; nothing of
yours is touched.

Check a laptop screen: ``bench/screenshots.py --size 1366x768`` (also ``--language nl``) and
``bench/screenshots.py --size 1280x800 --scale 1.25``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "artifacts" / "screenshots"
SIZE = (1440, 900)
SCALE = 1.0


def _settle(app, rounds: int = 8) -> None:
    from ui import tasks

    tasks.wait_all()
    for _ in range(rounds):
        app.processEvents()


def _save(widget, name: str, app) -> Path:
    _settle(app)
    path = OUT / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"impossible d'écrire {path}")
    print(path.relative_to(ROOT))
    return path


def capture(language: str = "fr") -> list[Path]:
    """Open the app on the demo plan and grab each main screen."""
    from PySide6.QtWidgets import QApplication

    from ui.shell.app import install_translations
    from ui.shell.main_window import MainWindow
    from ui.wizard.new_plan import NewPlanWizard
    from zonalplan.reference import load_reference
    from zonalplan.store import create_plan_file
    from zonalplan.store.lock import lock_path

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translations(app, language)
    OUT.mkdir(parents=True, exist_ok=True)
    shots = []
    from zonalplan.guidance import CHAPTERS

    window = MainWindow(reference=load_reference())
    logical = (round(SIZE[0] / SCALE), round(SIZE[1] / SCALE))
    window.resize(*logical)
    window.show()
    shots.append(_save(window, "01-page-de-demarrage", app))

    from ui.shell.app import demo_plan_path
    from ui.shell.opening_page import OpeningPage
    from zonalplan.store.outline import read_outline

    opening = OpeningPage()  # what a start with a plan shows while the models load
    opening.show_outline(read_outline(demo_plan_path()), demo_plan_path())
    opening.resize(logical[0] - 260, 460)
    opening.show()
    shots.append(_save(opening, "01b-ouverture-du-plan", app))
    opening.close()

    wizard = NewPlanWizard(str(Path.home()), window)
    wizard.show()
    wizard.zone_page.name.setText("ZP des Hauts-Pays")
    wizard.zone_page.number.setText("5329")
    wizard.next()
    table = wizard.communes_page.table
    table.item(0, 0).setText("Dour")
    table.item(0, 1).setText("17 000")
    wizard.communes_page.add_row("Quiévrain", "6 800")
    shots.append(_save(wizard, "02-assistant-communes", app))
    wizard.next()
    wizard.next()
    shots.append(_save(wizard, "03-assistant-czs", app))
    wizard.close()

    window.open_demo()
    _settle(app)
    size = window.size()
    too_wide = []
    for number, chapter in enumerate(CHAPTERS, start=4):
        window.plan_view.show_chapter(chapter.id)
        shots.append(_save(window, f"{number:02d}-chapitre-{chapter.id}", app))
        if window.size() != size:
            print(f"  la fenêtre a changé de taille : {window.width()}×{window.height()}")
        scroll = window.plan_view.page(chapter.id).scroll
        if scroll.needs_horizontal_scrolling():
            too_wide.append(f"{chapter.id} ({scroll.widget().minimumSizeHint().width()} > "
                            f"{scroll.viewport().width()} px)")
    window.guided.start("env_survey")
    shots.append(_save(window, f"{number + 1:02d}-mode-guide", app))
    window.guided.stop()
    print(f"fenêtre {size.width()}×{size.height()} px logiques, échelle {SCALE:g} ; "
          f"taille finale {window.width()}×{window.height()}")
    print("défilement horizontal : " + (", ".join(too_wide) if too_wide else "aucun"))
    window.show_help()
    window.help_dialog.resize(760, 700)
    shots.append(_save(window.help_dialog, f"{number + 2:02d}-aide", app))
    window.help_dialog.close()
    window.close_plan()

    locked = Path(tempfile.mkdtemp()) / "plan-verrouille.zplan"
    from zonalplan.demo import build_demo_plan

    create_plan_file(locked, build_demo_plan())
    lock_path(locked).write_text('{"user": "marie.dubois", "host": "poste-secretariat", '
                                 '"pid": 1, "since": "2026-03-02T09:30:00+00:00"}',
                                 encoding="utf-8")
    window.open_path(locked)
    window.plan_view.show_chapter("mvv")
    shots.append(_save(window, f"{number + 3:02d}-lecture-seule", app))
    window.close_plan()
    window.close()
    return shots


def main() -> None:
    """Capture under Xvfb when possible, else offscreen."""
    global OUT, SIZE, SCALE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offscreen", action="store_true", help="ne pas utiliser Xvfb")
    parser.add_argument("--language", choices=("fr", "nl", "de"), default="fr",
                        help="langue de l'interface")
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}",
                        help="taille de l'écran et de la fenêtre (pixels physiques)")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="facteur d'échelle de l'affichage (1.25 pour 125 %%)")
    args = parser.parse_args()
    default = f"{SIZE[0]}x{SIZE[1]}"
    SIZE = tuple(int(v) for v in args.size.lower().split("x"))
    SCALE = args.scale
    if args.language != "fr":
        OUT = OUT / args.language
    if args.size.lower() != default or SCALE != 1.0:
        OUT = OUT / (f"{SIZE[0]}x{SIZE[1]}" + (f"@{SCALE:g}" if SCALE != 1.0 else ""))
    if SCALE != 1.0:
        os.environ["QT_SCALE_FACTOR"] = f"{SCALE:g}"
    os.environ.setdefault("ZONALPLAN_DATA_DIR", tempfile.mkdtemp(prefix="zonalplan-shots-"))
    inside = os.environ.get("_ZONALPLAN_SHOTS_CHILD") == "1"
    xvfb = shutil.which("xvfb-run")
    if not inside and not args.offscreen and xvfb and not os.environ.get("DISPLAY"):
        env = dict(os.environ, _ZONALPLAN_SHOTS_CHILD="1", QT_QPA_PLATFORM="xcb")
        code = subprocess.call([xvfb, "-a", "-s", f"-screen 0 {SIZE[0]}x{SIZE[1] + 80}x24",
                                sys.executable, __file__, *sys.argv[1:]], env=env)
        if code == 0:
            return
        print("Xvfb indisponible : capture hors écran.", file=sys.stderr)
    if not inside or args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen" if not os.environ.get("DISPLAY") else \
            os.environ.get("QT_QPA_PLATFORM", "")
    capture(args.language)


if __name__ == "__main__":
    main()

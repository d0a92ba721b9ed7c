"""Start the desktop application.

``zonalplan`` opens the last plan (or the start page), ``zonalplan FILE`` opens that file,
``zonalplan --demo`` opens the demo plan. After a crash the next start first offers the recovered
state. The national reference is loaded in the background once the window shows.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from ui.shell.demo_file import demo_plan_path  # noqa: F401 - part of this module's API

PROBE_ENV = "ZONALPLAN_STARTUP_PROBE"
"""Benchmarks set this: once the window is interactive the app prints a line and quits."""


def install_translations(app: QApplication, language: str = "fr") -> list[QTranslator]:
    """Install a language's translations (see :func:`ui.shell.language.install`)."""
    from ui.shell.language import install

    return install(app, language)


def _probe(window) -> None:  # pragma: no cover - used by bench/bench_ui.py
    """Report start-up for the benchmark.

    ``ready`` once the window is shown and its event loop runs (with the plan's outline while the
    models load), ``editable`` once the plan's chapters are open for editing, ``settled`` once the
    side docks and review notes that follow are built, ``full`` (when asked) after the reference
    is loaded and every chapter has been shown.
    """
    mode = os.environ.get(PROBE_ENV, "")

    def rss_mb() -> float:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def ready() -> None:
        print(f"ready rss={rss_mb():.1f}", flush=True)
        if window.opening:
            window.opened.connect(lambda _ok: QTimer.singleShot(0, editable))
        else:
            editable()

    def editable() -> None:
        print(f"editable rss={rss_mb():.1f}", flush=True)
        if mode != "full":
            settled()
            return
        timer = QTimer(window)

        def wait_reference() -> None:
            if window.reference is None or window.plan_view is None:
                return
            timer.stop()
            from zonalplan.guidance import CHAPTERS

            for chapter in CHAPTERS:
                window.plan_view.show_chapter(chapter.id)
                QApplication.processEvents()
            print(f"full rss={rss_mb():.1f}", flush=True)
            QApplication.quit()

        timer.timeout.connect(wait_reference)
        timer.start(20)

    def settled() -> None:  # the side docks and review notes follow the first chapter
        if window.session is not None and window.review.mode is None:
            QTimer.singleShot(1, settled)
            return
        print(f"settled rss={rss_mb():.1f}", flush=True)
        QApplication.quit()

    QTimer.singleShot(0, ready)


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Split the command line into our options and Qt's."""
    parser = argparse.ArgumentParser(prog="zonalplan")
    parser.add_argument("file", nargs="?", type=Path, help="plan à ouvrir (.zplan)")
    parser.add_argument("--demo", action="store_true", help="ouvrir le plan de démonstration")
    parser.add_argument("--language", choices=("de", "fr", "nl"),
                        help="langue de l'interface (par défaut : préférence, sinon système)")
    args, qt_args = parser.parse_known_args(list(argv))
    return args, qt_args


def start(args: argparse.Namespace, **window_options):
    """Create the main window and open what the command line asks (crash recovery first).

    The plan opens with :meth:`MainWindow.open_soon`: its outline shows at once and the plan
    follows when the models are loaded (``window.opened`` tells when).
    """
    from ui.shell.main_window import MainWindow

    window = MainWindow(**window_options)
    if window.recovery.orphans():
        window.show()
        if window.offer_recovery():
            return window
    if args.demo:
        window.open_soon(demo=True)
    elif args.file:
        window.open_soon(args.file)
    elif window.prefs.reopen_last and window.prefs.last_file \
            and Path(window.prefs.last_file).exists():
        window.open_soon(Path(window.prefs.last_file))
    return window


def run(argv: Sequence[str]) -> int:
    """Parse the arguments, open the plan and run the event loop."""
    args, qt_args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("ZonalPlan")
    app.setOrganizationName("ZonalPlan")
    from ui.tasks import collect_on_ui_thread

    collect_on_ui_thread(app)
    from ui.shell.language import choose_language

    install_translations(app, choose_language(args.language))
    window = start(args)
    window.show()
    if not window.prefs.author:  # first start: whose name goes in the versions and notes
        QTimer.singleShot(0, window.ask_author)
    if window.opening:  # the models load first; then the reference, once the plan shows
        window.opened.connect(lambda _ok: QTimer.singleShot(
            150, window.load_reference_in_background))
    else:
        QTimer.singleShot(150, window.load_reference_in_background)  # after the first paint
    if os.environ.get(PROBE_ENV):
        _probe(window)
    return app.exec()

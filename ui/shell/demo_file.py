"""The demo plan's file in the user data folder (the shell's « Démonstration »)."""

from __future__ import annotations

from pathlib import Path

from zonalplan.paths import user_data_dir

DEMO_FILE = "demo.zplan"
"""Name of the French demo plan in the user data folder (written on first use); the Dutch and
German demos are ``demo-nl.zplan`` and ``demo-de.zplan``."""


def demo_file_name(language: str) -> str:
    """Return the demo plan's file name for an interface language."""
    return DEMO_FILE if language not in ("nl", "de") else f"demo-{language}.zplan"


def demo_plan_path(*, rewrite: bool = False, language: str | None = None) -> Path:
    """Return the demo plan in the interface language, writing it if missing, out of date or asked.

    A Flemish chief gets the Flemish demo zone, a German-speaking one the German demo. A stamp
    beside the file (``demo.zplan.version``) records the demo's fingerprint: when a new release
    changes the demo's content, the copy in the user data folder is written again.
    """
    from zonalplan.demo import demo_fingerprint
    from zonalplan.i18n import current

    language = language or current()
    plan_language = language if language in ("nl", "de") else "fr"
    path = user_data_dir() / demo_file_name(language)
    stamp = path.with_name(path.name + ".version")
    fingerprint = demo_fingerprint(plan_language)
    try:
        current_stamp = stamp.read_text(encoding="utf-8").strip()
    except OSError:
        current_stamp = ""
    if rewrite or not path.exists() or current_stamp != fingerprint:
        from zonalplan.demo import build_demo_plan
        from zonalplan.fileio import write_text_atomic
        from zonalplan.store import create_plan_file

        create_plan_file(path, build_demo_plan(plan_language), overwrite=True)
        write_text_atomic(stamp, fingerprint + "\n")
    return path

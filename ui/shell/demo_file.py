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
    """Return the demo plan in the interface language, writing it if missing (or asked).

    A Flemish chief gets the Flemish demo zone, a German-speaking one the German demo.
    """
    from zonalplan.i18n import current

    language = language or current()
    path = user_data_dir() / demo_file_name(language)
    if rewrite or not path.exists():
        from zonalplan.demo import build_demo_plan
        from zonalplan.store import create_plan_file

        create_plan_file(path, build_demo_plan(language if language in ("nl", "de") else "fr"),
                         overwrite=True)
    return path

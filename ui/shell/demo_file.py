"""The demo plan's file in the user data folder (the shell's « Démonstration »)."""

from __future__ import annotations

from pathlib import Path

from zonalplan.paths import user_data_dir

DEMO_FILE = "demo.zplan"
"""Name of the demo plan in the user data folder (written on first use)."""


def demo_plan_path(*, rewrite: bool = False) -> Path:
    """Return the demo plan file in the user's data folder, writing it if missing (or asked)."""
    path = user_data_dir() / DEMO_FILE
    if rewrite or not path.exists():
        from zonalplan.demo import build_demo_plan
        from zonalplan.store import create_plan_file

        create_plan_file(path, build_demo_plan(), overwrite=True)
    return path

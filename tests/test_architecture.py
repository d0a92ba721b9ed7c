"""The core package never imports Qt or the desktop UI; resources referenced exist."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_core_never_imports_qt_or_ui() -> None:
    offenders = []
    for path in sorted((ROOT / "zonalplan").rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] in FORBIDDEN:
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_core_cli_runs_without_loading_qt() -> None:
    code = ("import sys, zonalplan.cli, zonalplan.store, zonalplan.model;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6','shiboken6','ui')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_launcher_runs_subcommands_without_loading_qt() -> None:
    code = ("import sys, contextlib, io; from ui.launcher import main;"
            "f = io.StringIO(); ctx = contextlib.redirect_stdout(f); ctx.__enter__();"
            "main(['snapshots', '/nonexistent.zplan']); ctx.__exit__(None, None, None);"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6','shiboken6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_launcher_knows_every_subcommand() -> None:
    from zonalplan.cli import parser_subcommands
    from zonalplan.cli_names import SUBCOMMANDS

    assert SUBCOMMANDS == parser_subcommands()

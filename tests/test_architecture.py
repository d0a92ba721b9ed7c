"""The core package never imports Qt or the desktop UI; resources referenced exist."""

from __future__ import annotations

import ast
import os
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

    assert parser_subcommands() == SUBCOMMANDS


def test_import_contracts_hold() -> None:
    """The import-linter contracts of pyproject.toml: core, shell, features, binding, widgets."""
    from importlinter.cli import lint_imports

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    finally:
        os.chdir(cwd)
    assert status == 0, "an import contract is broken: run `lint-imports` to see which"


_BLOCK_QT = '''
import sys


class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked: the command line must work without Qt")
        return None


sys.meta_path.insert(0, _NoQt())
'''


def test_headless_cli_checks_and_exports_the_demo_without_qt(tmp_path: Path) -> None:
    """A server without Qt runs the installed ``zonalplan`` entry point and ``python -m``."""
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(_BLOCK_QT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(blocker), str(ROOT)]),
           "ZONALPLAN_DATA_DIR": str(tmp_path / "data")}
    env.pop("QT_QPA_PLATFORM", None)
    probe = subprocess.run([sys.executable, "-c", "import PySide6"], env=env,
                           capture_output=True, text=True)
    assert probe.returncode != 0 and "blocked" in probe.stderr
    entry = Path(sys.executable).with_name("zonalplan")
    launcher = [str(entry)] if entry.exists() else [sys.executable, "-c",
                                                    "import sys; from ui.launcher import main;"
                                                    " sys.exit(main())"]
    plan = tmp_path / "demo.zplan"

    def run(*args: str, command: list[str] = launcher) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([*command, *args], env=env, capture_output=True, text=True,
                              cwd=tmp_path, timeout=300)
        assert "blocked" not in done.stderr and "Traceback" not in done.stderr, done.stderr
        return done

    assert run("demo", str(plan)).returncode == 0 and plan.exists()
    checked = run("check", str(plan))
    assert checked.returncode == 0 and "PNS" in checked.stdout
    assert run("export", str(plan), "-o", str(tmp_path / "plan.docx")).returncode == 0
    assert (tmp_path / "plan.docx").stat().st_size > 10_000
    module = run("check", str(plan), command=[sys.executable, "-m", "zonalplan"])
    assert module.returncode == 0 and module.stdout == checked.stdout

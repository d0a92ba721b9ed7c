"""The ``zonalplan`` launcher: only the window's own command lines start the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.launcher import starts_window


@pytest.mark.parametrize("args", [[], ["plan.zplan"], ["--demo"], ["--language", "nl"],
                                  ["--language=de", "plan.ZPLAN"],
                                  ["-platform", "offscreen", "plan.zplan"]])
def test_the_window_starts_for_its_documented_command_lines(args: list[str]) -> None:
    assert starts_window(args)


@pytest.mark.parametrize("args", [["exprot", "plan.zplan"], ["exprot"], ["--bogus"],
                                  ["plan.zplan", "other.zplan"], ["--language"], ["--help"],
                                  ["--debug"], ["plan.zplan", "--pdf"]])
def test_anything_else_is_not_a_window(args: list[str]) -> None:
    assert not starts_window(args)


def test_a_mistyped_command_gets_the_usage_and_code_2_without_qt(tmp_path: Path) -> None:
    code = ("import sys, atexit; from ui.launcher import main;"
            "atexit.register(lambda: print(sorted(m for m in sys.modules"
            " if m.split('.')[0] == 'PySide6'))); sys.exit(main(sys.argv[1:]))")
    for args in (["exprot", "plan.zplan"], ["--bogus"], ["plan.zplan", "--pdf"]):
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                              text=True, timeout=60, cwd=tmp_path, stdin=subprocess.DEVNULL)
        assert done.returncode == 2, (args, done.stderr)
        assert "usage: zonalplan" in done.stderr and done.stdout.strip() == "[]"


def test_pydantic_plugins_are_not_loaded(monkeypatch, capsys):
    """A pydantic plugin installed beside ZonalPlan would see every plan: none is looked up."""
    from pydantic.plugin._loader import get_plugins

    from zonalplan.cli import main as cli_main

    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    try:
        cli_main(["--version"])
    except SystemExit:
        pass
    capsys.readouterr()
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"
    assert tuple(get_plugins()) == ()

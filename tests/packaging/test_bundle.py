"""The self-contained application folder: built by packaging/build.sh, run without Python or venv.

Builds dist-like folders in a temporary directory (about a minute), then runs the two programs from
another working directory with a clean environment: no venv on PATH, HOME in a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from zonalplan import __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="built and run here on Linux"),
]


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the application folder once for this module and return it."""
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PYTHON=sys.executable, ZONALPLAN_DIST_DIR=str(out / "dist"),
               ZONALPLAN_BUILD_DIR=str(out / "build"))
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], env=env,
                            capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    folder = out / "dist" / "ZonalPlan"
    assert (folder / "ZonalPlan").is_file() and (folder / "zonalplan-cli").is_file()
    return folder


@pytest.fixture()
def clean_env(tmp_path: Path) -> dict[str, str]:
    """Return an environment like a fresh user session: no venv, no Python on PATH, empty HOME."""
    home = tmp_path / "home"
    home.mkdir()
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


def _run(program: Path, args: list[str], env: dict[str, str], cwd: Path,
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


def test_cli_runs_headless_from_the_folder(bundle: Path, clean_env: dict[str, str],
                                           tmp_path: Path) -> None:
    """``zonalplan-cli`` prints its version, writes the demo and exports it to Word."""
    work = tmp_path / "work"
    work.mkdir()
    cli = bundle / "zonalplan-cli"
    before = _files(bundle)

    version = _run(cli, ["--version"], clean_env, work)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"ZonalPlan {__version__}"

    demo = _run(cli, ["demo", "d.zplan"], clean_env, work)
    assert demo.returncode == 0, demo.stderr
    export = _run(cli, ["export", "d.zplan", "-o", "d.docx"], clean_env, work)
    assert export.returncode == 0, export.stderr
    with zipfile.ZipFile(work / "d.docx") as docx:
        document = docx.read("word/document.xml").decode("utf-8")
    assert "Entre-Sambre-et-Bois" in document

    check = _run(cli, ["check", "d.zplan"], clean_env, work)
    assert check.returncode in (0, 1), check.stderr
    assert "Traceback" not in check.stderr
    dutch = _run(cli, ["check", "d.zplan", "--language", "nl"], clean_env, work)
    assert "Waarschuwingen" in dutch.stdout, dutch.stderr  # the message catalogues are shipped
    # The shipped reference database was used: nothing compiled in the user's cache, nothing
    # written next to the programs (the folder may be read-only under Program Files).
    home = Path(clean_env["HOME"])
    assert not list(home.rglob("reference-*.sqlite"))
    assert _files(bundle) == before


def test_cli_refuses_a_missing_file_in_french(bundle: Path, clean_env: dict[str, str],
                                              tmp_path: Path) -> None:
    """A bad input gets the usual French one-line error and exit code 2, no traceback."""
    result = _run(bundle / "zonalplan-cli", ["show", "absent.zplan"], clean_env, tmp_path)
    assert result.returncode == 2
    assert "absent.zplan" in result.stderr and "Traceback" not in result.stderr


def test_cli_never_loads_qt(bundle: Path) -> None:
    """The console program is built without Qt: a server or a reviewer's script never loads it."""
    # PyInstaller keeps each program's pure-Python modules in an archive inside the executable.
    from PyInstaller.archive.readers import CArchiveReader

    reader = CArchiveReader(str(bundle / "zonalplan-cli"))
    pyz = reader.open_embedded_archive(next(name for name in reader.toc if name.endswith(".pyz")))
    modules = set(pyz.toc)
    assert "zonalplan.cli" in modules
    assert not any(m == "PySide6" or m.startswith(("PySide6.", "ui.")) or m == "ui"
                   for m in modules)


def test_gui_starts_and_becomes_editable(bundle: Path, clean_env: dict[str, str],
                                         tmp_path: Path) -> None:
    """The desktop program opens the demo offscreen and reaches the editable point."""
    env = dict(clean_env, QT_QPA_PLATFORM="offscreen", ZONALPLAN_STARTUP_PROBE="editable")
    result = _run(bundle / "ZonalPlan", ["--demo"], env, tmp_path, timeout=180)
    lines = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    assert "ready" in lines and "editable" in lines, result.stdout + result.stderr[-2000:]
    # The demo plan and the preferences went to the user's data folder.
    assert list(Path(clean_env["HOME"]).rglob("*.zplan"))

"""The self-contained application folder: built by packaging/build.sh, run without Python or venv.

Builds dist-like folders in a temporary directory (about a minute), then runs the two programs from
another working directory with a clean environment: no venv on PATH, HOME in a temporary folder.
"""

from __future__ import annotations

import os
import shutil
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


def _chart_pictures(docx_path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(docx_path) as docx:
        return {name: docx.read(name) for name in docx.namelist()
                if name.startswith("word/media/") and name.endswith(".png")}


def test_cli_draws_the_charts_as_the_source_install_does(bundle: Path, clean_env: dict[str, str],
                                                          tmp_path: Path) -> None:
    """The demo's charts come out of the folder as from the source install, pixel for pixel.

    matplotlib, its fonts and Pillow (which writes the PNG files) are trimmed in the folder: a
    missing font would change the drawing, a missing module would lose the chart.
    """
    bundled, source = tmp_path / "bundled", tmp_path / "source"
    bundled.mkdir()
    source.mkdir()
    cli = bundle / "zonalplan-cli"
    for args in (["demo", "d.zplan"], ["export", "d.zplan", "-o", "d.docx"]):
        result = _run(cli, args, clean_env, bundled)
        assert result.returncode == 0, result.stderr
    code = ("import sys; from zonalplan.cli import main; "
            "main(['demo', 'd.zplan']); sys.exit(main(['export', 'd.zplan', '-o', 'd.docx']))")
    result = subprocess.run([sys.executable, "-c", code], cwd=source, capture_output=True,
                            text=True, timeout=300, env=dict(os.environ, HOME=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    charts = _chart_pictures(bundled / "d.docx")
    assert charts, "the bundled export has no chart"
    assert all(data.startswith(b"\x89PNG\r\n\x1a\n") for data in charts.values())
    assert charts == _chart_pictures(source / "d.docx")


def _archive_modules(program: Path) -> set[str]:
    """Return the pure-Python modules PyInstaller put in ``program``."""
    from PyInstaller.archive.readers import CArchiveReader

    reader = CArchiveReader(str(program))
    pyz = reader.open_embedded_archive(next(name for name in reader.toc if name.endswith(".pyz")))
    return set(pyz.toc)


def test_the_pieces_the_application_uses_survive_the_trimming(bundle: Path) -> None:
    """What the trimming must keep: Qt's platforms and languages, SVG icons, PNG/JPEG pictures."""
    qt = bundle / "_internal" / "PySide6" / "Qt"
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    assert {"libqsvg.so", "libqjpeg.so"} <= {p.name for p in (qt / "plugins" / "imageformats").iterdir()}
    assert (qt / "plugins" / "iconengines" / "libqsvgicon.so").is_file()
    assert {f"qtbase_{lang}.qm" for lang in ("fr", "nl", "de")} <= {
        p.name for p in (qt / "translations").iterdir()}
    fonts = bundle / "_internal" / "matplotlib" / "mpl-data" / "fonts" / "ttf"
    assert (fonts / "DejaVuSans.ttf").is_file() and (fonts / "DejaVuSans-Bold.ttf").is_file()
    # Pictures a user adds (zonalplan/evidence/images.py) are decoded by these two plug-ins.
    for program in ("ZonalPlan", "zonalplan-cli"):
        modules = _archive_modules(bundle / program)
        assert {"PIL.PngImagePlugin", "PIL.JpegImagePlugin", "zonalplan.evidence.images"} <= modules
        assert "PIL.AvifImagePlugin" not in modules and "ssl" not in modules


def test_no_shipped_binary_lost_a_library(bundle: Path) -> None:
    """Every library a shipped module or plug-in links, and PyInstaller would ship, is shipped.

    The spec drops the libraries only left-out parts linked; this checks it dropped no other (a
    library this machine does not have at all could not be shipped, and is not looked for).
    """
    from PyInstaller.depend.bindepend import get_imports
    from PyInstaller.depend.dylib import include_library

    internal = bundle / "_internal"
    shipped = {p.name for p in internal.rglob("*")}
    lost: dict[str, list[str]] = {}
    for binary in internal.rglob("*.so*"):
        if binary.is_symlink():
            continue
        for name, resolved in get_imports(str(binary)):
            if resolved and include_library(name) and Path(name).name not in shipped:
                lost.setdefault(name, []).append(str(binary.relative_to(internal)))
    assert not lost, lost


def test_cli_refuses_a_missing_file_in_french(bundle: Path, clean_env: dict[str, str],
                                              tmp_path: Path) -> None:
    """A bad input gets the usual French one-line error and exit code 2, no traceback."""
    result = _run(bundle / "zonalplan-cli", ["show", "absent.zplan"], clean_env, tmp_path)
    assert result.returncode == 2
    assert "absent.zplan" in result.stderr and "Traceback" not in result.stderr


def test_cli_never_loads_qt(bundle: Path) -> None:
    """The console program is built without Qt: a server or a reviewer's script never loads it."""
    # PyInstaller keeps each program's pure-Python modules in an archive inside the executable.
    modules = _archive_modules(bundle / "zonalplan-cli")
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


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (xvfb-run)")
def test_gui_starts_on_an_x11_display(bundle: Path, clean_env: dict[str, str],
                                      tmp_path: Path) -> None:
    """The desktop program opens on X11 (the xcb plug-in and the libraries it links survive)."""
    env = dict(clean_env, QT_QPA_PLATFORM="xcb", ZONALPLAN_STARTUP_PROBE="editable")
    result = subprocess.run(["xvfb-run", "-a", str(bundle / "ZonalPlan"), "--demo"], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=180)
    lines = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    assert "editable" in lines, result.stdout + result.stderr[-2000:]

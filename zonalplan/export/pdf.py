"""Convert the written DOCX to PDF with LibreOffice (headless), when it is installed.

LibreOffice computes page fields by itself but keeps the table of contents as written in the DOCX;
so the conversion first runs a small Basic macro, installed in a throw-away user profile, that
updates the document's indexes and then exports the PDF. If the macro route produces nothing, the
plain ``soffice --headless --convert-to pdf`` conversion runs instead. LibreOffice runs with its
network features off: the profile sends every address to a closed local port and never updates
links (see ``_OFFLINE_SETTINGS``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from zonalplan.fileio import write_atomic
from zonalplan.i18n import N_, _
from zonalplan.model import PlanError

TIMEOUT_SECONDS = 180

_MACRO = """Sub ExportPdf(inUrl As String, outUrl As String)
  Dim doc As Object
  On Error GoTo Failed
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, args())
  Dim pass As Integer
  For pass = 1 To 2
    idx = doc.getDocumentIndexes()
    For i = 0 To idx.getCount() - 1
      idx.getByIndex(i).update()
    Next
    doc.getTextFields().refresh()
  Next
  Dim f(0) As New com.sun.star.beans.PropertyValue
  f(0).Name = "FilterName"
  f(0).Value = "writer_pdf_Export"
  doc.storeToURL(outUrl, f())
Failed:
  On Error Resume Next
  doc.close(True)
  StarDesktop.terminate()
End Sub
"""

_MODULE = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" '
           '"module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" '
           'script:name="Module1" script:language="StarBasic">'
           + escape(_MACRO, {'"': "&quot;"}) + "</script:module>\n")

_CANDIDATES = {
    "win32": (r"C:\Program Files\LibreOffice\program\soffice.exe",
              r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"),
    "darwin": ("/Applications/LibreOffice.app/Contents/MacOS/soffice",),
}
_WINDOWS_FOLDERS = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")

NOT_INSTALLED = N_("La conversion en PDF demande LibreOffice, qui n'est pas installé sur cet "
                 "ordinateur (commande « soffice » introuvable). Le document Word a été écrit ; "
                 "installez LibreOffice, ou ouvrez le document dans Word et enregistrez-le en PDF.")


def soffice_candidates(platform: str = sys.platform) -> list[Path]:
    """Return where a standard LibreOffice install puts its command on ``platform``."""
    found = [Path(c) for c in _CANDIDATES.get(platform, ())]
    if platform == "win32":
        for variable in _WINDOWS_FOLDERS:
            folder = os.environ.get(variable)
            if folder:
                candidate = Path(folder) / "LibreOffice" / "program" / "soffice.exe"
                if candidate not in found:
                    found.append(candidate)
    return found


def _reason(exc: OSError) -> str:
    from zonalplan.store.sqlitefile import sqlite_reason

    return sqlite_reason(exc)


def find_soffice() -> str | None:
    """Return the LibreOffice command, or None when it is not installed.

    Looks on ``PATH`` (``soffice``, ``libreoffice``) then in the standard install folders of
    Windows and macOS. The CLI export and the export dialog both ask here.
    """
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in soffice_candidates():
        if candidate.is_file():
            return str(candidate)
    return None


def _run(command: list[str], timeout: float) -> int:
    """Run LibreOffice in its own process group; kill that group on timeout."""
    kwargs: dict = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
                    "stderr": subprocess.DEVNULL}
    if os.name == "posix":
        kwargs["start_new_session"] = True
    else:
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
    proc = subprocess.Popen(command, env={**os.environ, **OFFLINE_ENV}, **kwargs)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(OSError):
            if os.name == "posix":
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.kill()
        proc.wait()
        raise PlanError(_("LibreOffice n'a pas terminé la conversion en PDF dans le délai de "
                          "{seconds} secondes ; le document Word a été écrit.").format(
                              seconds=int(timeout))) from None


_OFFLINE_SETTINGS = (
    ("/org.openoffice.Inet/Settings", "ooInetProxyType", "2"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPProxyName", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPProxyPort", "9"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPSProxyName", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPSProxyPort", "9"),
    ("/org.openoffice.Inet/Settings", "ooInetFTPProxyName", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetFTPProxyPort", "9"),
    ("/org.openoffice.Inet/Settings", "ooInetNoProxy", ""),
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "2"),
    ("/org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/Arguments",
     "AutoCheckEnabled", "false"),
)
"""LibreOffice settings of the throw-away profile: every address goes to a closed local port
(proxy 127.0.0.1:9), links to other documents are never updated, no update check."""

OFFLINE_ENV = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
               "ftp_proxy": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9",
               "HTTPS_PROXY": "http://127.0.0.1:9", "no_proxy": "", "NO_PROXY": ""}
"""Environment of the LibreOffice process: the same closed proxy for libraries that read it."""


def _go_offline(profile: Path) -> None:
    """Write the offline settings into the throw-away profile's configuration."""
    config = profile / "user" / "registrymodifications.xcu"
    items = "".join(
        f'<item oor:path="{escape(path, {chr(34): "&quot;"})}"><prop oor:name="{name}" '
        f'oor:op="fuse"><value>{escape(value)}</value></prop></item>\n'
        for path, name, value in _OFFLINE_SETTINGS)
    try:
        text = config.read_text(encoding="utf-8") if config.is_file() else ""
    except OSError:
        text = ""
    if "</oor:items>" in text:
        text = text.replace("</oor:items>", items + "</oor:items>")
    else:
        config.parent.mkdir(parents=True, exist_ok=True)
        text = ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items '
                'xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                + items + "</oor:items>\n")
    config.write_text(text, encoding="utf-8")


def _install_macro(profile: Path) -> bool:
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    if not module.parent.is_dir():
        return False
    module.write_text(_MODULE, encoding="utf-8")
    return True


def convert_to_pdf(docx_path: Path, pdf_path: Path, *, timeout: float = TIMEOUT_SECONDS) -> Path:
    """Convert a DOCX to PDF next to it (atomic write); raise PlanError in French on failure."""
    soffice = find_soffice()
    if soffice is None:
        raise PlanError(_(NOT_INSTALLED))
    with tempfile.TemporaryDirectory(prefix="zonalplan-pdf-") as tmp_name:
        tmp = Path(tmp_name)
        profile = tmp / "profile"
        source = tmp / "document.docx"
        output = tmp / "document.pdf"
        shutil.copyfile(docx_path, source)
        base = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                "--invisible", "--norestore", "--nologo", "--nolockcheck"]
        try:
            _run(base + ["--terminate_after_init"], timeout)
            _go_offline(profile)
            if _install_macro(profile):
                _run(base + [f'macro:///Standard.Module1.ExportPdf("{source.as_uri()}",'
                             f'"{output.as_uri()}")'], timeout)
            if not output.exists():
                _run(base + ["--convert-to", "pdf", "--outdir", str(tmp), str(source)], timeout)
        except OSError as exc:
            raise PlanError(_("LibreOffice n'a pas pu être lancé ({reason}) ; le document Word a "
                              "été écrit.").format(reason=_reason(exc))) from exc
        data = output.read_bytes() if output.exists() else b""
        if not data.startswith(b"%PDF"):
            raise PlanError(_("LibreOffice n'a pas produit de PDF ; le document Word a été écrit. "
                              "Ouvrez-le dans Word ou LibreOffice et enregistrez-le en PDF."))
        return write_atomic(pdf_path, data)

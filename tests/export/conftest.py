"""Fixtures of the export tests: the reference, the demo plan, one exported demo document."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from zonalplan.demo import build_demo_plan
from zonalplan.export import export_plan, find_soffice
from zonalplan.reference import load_reference


@pytest.fixture(scope="session")
def reference():
    """Return the compiled national reference."""
    return load_reference()


@pytest.fixture
def demo_plan():
    """Return a fresh copy of the demo plan."""
    return build_demo_plan()


@pytest.fixture(scope="session")
def demo_docx(reference, tmp_path_factory) -> Path:
    """Export the demo plan once for the whole session and return the .docx path."""
    out = tmp_path_factory.mktemp("demo") / "plan.docx"
    export_plan(build_demo_plan(), out, reference=reference)
    return out


@pytest.fixture(scope="session")
def demo_document(demo_docx):
    """Return the exported demo plan re-read by python-docx."""
    return docx.Document(str(demo_docx))


@pytest.fixture(scope="session")
def soffice() -> str:
    """Return the LibreOffice command, or skip the test with the reason."""
    found = find_soffice()
    if found is None:
        pytest.skip("LibreOffice (soffice) n'est pas installé : conversion PDF non testée")
    return found


@pytest.fixture(scope="session")
def pdftotext() -> str:
    """Return the pdftotext command (poppler-utils), or skip the test with the reason."""
    found = shutil.which("pdftotext")
    if found is None:
        pytest.skip("pdftotext (poppler-utils) n'est pas installé : texte du PDF non lisible")
    return found

"""The export job run on a worker thread: core objects in, an ``ExportResult`` out (no widgets)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zonalplan.reference.api import Reference


TEMPLATE_NAMES = {"plan": "plan.docx", "report": "report.docx"}


@dataclass(frozen=True)
class ExportRequest:
    """What to export, and where."""

    kind: str  # "plan" | "report"
    out_path: Path
    template_dir: Path | None = None
    pdf: bool = False
    comments: bool = True


class _Progress:
    """Adapt the core's ``progress(fraction, message)`` protocol to a task state."""

    def __init__(self, state: Any) -> None:
        self._state = state

    def __call__(self, fraction: float, message: str) -> None:
        if self._state is not None:
            self._state.set_status(message)
            self._state.set_progress_value(max(0.0, min(1.0, fraction)) * 100)

    def cancelled(self) -> bool:
        return bool(self._state is not None and self._state.is_interruption_requested())


def soffice_available() -> bool:
    """Return True when LibreOffice can convert documents to PDF on this computer."""
    from zonalplan.export.pdf import find_soffice

    return find_soffice() is not None


def template_problem(folder: Path, kind: str) -> str | None:
    """Return why a zone template folder cannot be used (French), or None when it can."""
    from PySide6.QtCore import QCoreApplication

    name = TEMPLATE_NAMES[kind]
    if not folder.is_dir():
        return QCoreApplication.translate("export", "Le dossier « %1 » n'existe pas.") \
            .replace("%1", str(folder))
    if not (folder / name).is_file():
        return QCoreApplication.translate(
            "export", "Le dossier « %1 » ne contient pas de modèle « %2 ».") \
            .replace("%1", str(folder)).replace("%2", name)
    return None


def suggested_name(plan: Any, kind: str) -> str:
    """Return a file name for the document, e.g. « PZS 2026-2031 ZP Entre-Sambre-et-Bois.docx »."""
    zone = plan.zone.name or "zone"
    period = f"{plan.period.start_year}-{plan.period.end_year}"
    stem = f"PZS {period} {zone}" if kind == "plan" else f"Rapport d'alignement {period} {zone}"
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", stem).strip(" .") or "plan"
    return f"{stem[:120]}.docx"


def run_export(request: ExportRequest, plan: Any, reference: Reference, *,
               state: Any = None) -> Any:
    """Write the document (and the PDF when asked); return the core's ``ExportResult``."""
    from zonalplan import export

    function = export.export_plan if request.kind == "plan" else export.export_report
    return function(plan, request.out_path, reference=reference,
                    template_dir=request.template_dir, pdf=request.pdf,
                    comments=request.comments, progress=_Progress(state))

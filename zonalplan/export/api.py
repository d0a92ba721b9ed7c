"""Export a plan (or its alignment report) to Word, optionally to PDF."""

from __future__ import annotations

import datetime as dt
import html
import io
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from zonalplan.alignment.report import Report
from zonalplan.fileio import write_atomic
from zonalplan.export.comments import add_comments
from zonalplan.export.context import build_context
from zonalplan.export.docxutil import set_update_fields
from zonalplan.export.national import fallback_coverage, run_check
from zonalplan.export.pdf import convert_to_pdf
from zonalplan.export.render import load_template, render
from zonalplan.export.richxml import StyleMap
from zonalplan.model import Plan, PlanError, UnusableInputError
from zonalplan.paths import bundled
from zonalplan.reference.api import Reference

DEFAULT_TEMPLATE_DIR = bundled("templates", "docx")
PLAN_TEMPLATE = "plan.docx"
REPORT_TEMPLATE = "report.docx"


class ExportCancelled(PlanError):
    """The user cancelled the export; nothing was written."""


class Progress(Protocol):
    """What ``progress`` may be: a callable(fraction, message), optionally with ``cancelled()``."""

    def __call__(self, fraction: float, message: str) -> Any: ...


@dataclass
class ExportResult:
    """What an export wrote."""

    path: Path
    pdf_path: Path | None = None
    comments: int = 0
    findings: dict[str, int] = field(default_factory=dict)
    check_ran: bool = True
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


class _Steps:
    def __init__(self, progress: Callable[[float, str], Any] | None):
        self._progress = progress

    def __call__(self, fraction: float, message: str) -> None:
        if self._progress is None:
            return
        cancelled = getattr(self._progress, "cancelled", None)
        if callable(cancelled) and cancelled():
            raise ExportCancelled("Export annulé : aucun fichier n'a été écrit.")
        self._progress(fraction, message)


def template_path(template_dir: str | os.PathLike[str] | None, name: str) -> Path:
    """Return the template file to use (a user folder, or the bundled templates)."""
    if template_dir is None:
        return DEFAULT_TEMPLATE_DIR / name
    folder = Path(template_dir)
    if folder.is_file() and folder.suffix.lower() == ".docx":
        return folder
    if not folder.is_dir():
        raise UnusableInputError(f"Le dossier de modèles « {folder} » n'existe pas.")
    path = folder / name
    if not path.is_file():
        raise UnusableInputError(f"Le dossier de modèles « {folder} » ne contient pas « {name} ».")
    return path


def _finish_properties(document, plan: Plan) -> None:
    """Undo the XML escaping jinja applied to core properties; stamp the dates."""
    props = document.core_properties
    for name in ("author", "comments", "identifier", "language", "subject", "title"):
        value = getattr(props, name)
        if value and "&" in value:
            setattr(props, name, html.unescape(value))
    props.created = plan.metadata.created.replace(tzinfo=None)
    props.modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    props.revision = 1


def _check_target(out_path: Path) -> None:
    if out_path.suffix.lower() != ".docx":
        raise UnusableInputError(
            f"« {out_path.name} » : le fichier de sortie doit finir par .docx.")
    if out_path.is_dir():
        raise UnusableInputError(f"« {out_path} » est un dossier, pas un fichier .docx.")
    if not out_path.parent.is_dir():
        raise UnusableInputError(f"Le dossier « {out_path.parent} » n'existe pas.")


def _export(kind: str, plan: Plan, out_path: str | os.PathLike[str], *, reference: Reference,
            template_dir, pdf: bool, snapshot_label: str | None, comments: bool,
            progress, today: dt.date | None) -> ExportResult:
    started = time.perf_counter()
    from zonalplan.reference.editions import reference_for_plan  # lazy: export start-up

    reference = reference_for_plan(plan, reference)  # the names of the plan's edition set
    steps = _Steps(progress)
    out = Path(out_path)
    _check_target(out)
    steps(0.02, "Contrôle d'alignement")
    report, ran = run_check(plan, reference)
    if not report.coverage.themes and not report.coverage.dimensions:
        computed = fallback_coverage(plan, reference)
        report = Report(findings=list(report.findings), coverage=replace(
            report.coverage, themes=computed.themes, dimensions=computed.dimensions))
    steps(0.15, "Lecture du modèle Word")
    template = load_template(template_path(template_dir,
                                           PLAN_TEMPLATE if kind == "plan" else REPORT_TEMPLATE))
    styles = StyleMap.from_document(template.docx)
    steps(0.25, "Préparation du contenu")
    context = build_context(plan, reference, report, styles, snapshot_label=snapshot_label,
                            today=today, check_ran=ran)
    steps(0.35, "Mise en page du document")
    render(template, context)
    document = template.docx
    _finish_properties(document, plan)
    added = 0
    if comments and kind == "plan":
        steps(0.7, "Commentaires de relecture")
        added = add_comments(document, plan, report)
    set_update_fields(document)
    steps(0.8, "Écriture du fichier")
    buffer = io.BytesIO()
    document.save(buffer)
    steps(0.85, "Écriture du fichier")
    write_atomic(out, buffer.getvalue())
    result = ExportResult(path=out, comments=added, findings=report.counts(), check_ran=ran)
    if not ran:
        result.warnings.append("Le contrôle d'alignement n'était pas disponible : l'annexe ne "
                               "contient que la couverture calculée depuis les liens.")
    if pdf:
        steps(0.9, "Conversion en PDF (LibreOffice)")
        result.pdf_path = convert_to_pdf(out, out.with_suffix(".pdf"))
    result.seconds = time.perf_counter() - started
    if progress is not None:
        progress(1.0, "Export terminé")
    return result


def export_plan(plan: Plan, out_path: str | os.PathLike[str], *, reference: Reference,
                template_dir: str | os.PathLike[str] | None = None, pdf: bool = False,
                snapshot_label: str | None = None, comments: bool = True,
                progress: Callable[[float, str], Any] | None = None,
                today: dt.date | None = None) -> ExportResult:
    """Write the plan as the Word document the CZS signs (and a PDF next to it if asked)."""
    return _export("plan", plan, out_path, reference=reference, template_dir=template_dir,
                   pdf=pdf, snapshot_label=snapshot_label, comments=comments, progress=progress,
                   today=today)


def export_report(plan: Plan, out_path: str | os.PathLike[str], *, reference: Reference,
                  template_dir: str | os.PathLike[str] | None = None, pdf: bool = False,
                  snapshot_label: str | None = None, comments: bool = True,
                  progress: Callable[[float, str], Any] | None = None,
                  today: dt.date | None = None) -> ExportResult:
    """Write the alignment report alone (for reviewers) as a Word document."""
    return _export("report", plan, out_path, reference=reference, template_dir=template_dir,
                   pdf=pdf, snapshot_label=snapshot_label, comments=comments, progress=progress,
                   today=today)

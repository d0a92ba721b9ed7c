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
from zonalplan.export.comments import add_comments
from zonalplan.export.context import build_context
from zonalplan.export.docxutil import set_document_language, set_update_fields
from zonalplan.export.national import fallback_coverage, run_check
from zonalplan.export.pdf import convert_to_pdf
from zonalplan.export.render import load_template, render
from zonalplan.export.richxml import StyleMap
from zonalplan.export.toc import prefill_toc
from zonalplan.fileio import write_atomic
from zonalplan.i18n import N_, SOURCE_LANGUAGE, _, current, gettext, using
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
    """Report progress in the language of the caller (the interface), not the plan's."""

    def __init__(self, progress: Callable[[float, str], Any] | None):
        self._progress = progress
        self.language = current()

    def __call__(self, fraction: float, message: str) -> None:
        if self._progress is None:
            return
        cancelled = getattr(self._progress, "cancelled", None)
        if callable(cancelled) and cancelled():
            raise ExportCancelled(gettext("Export annulé : aucun fichier n'a été écrit.",
                                          self.language))
        self._progress(fraction, gettext(message, self.language))


def localized_name(name: str, language: str) -> str:
    """Return the name of a template in a language: ``plan.nl.docx`` (French: ``plan.docx``)."""
    if language == SOURCE_LANGUAGE:
        return name
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.{language}.{suffix}" if dot else f"{name}.{language}"


def template_path(template_dir: str | os.PathLike[str] | None, name: str,
                  language: str = SOURCE_LANGUAGE) -> Path:
    """Return the template file to use (a user folder, or the bundled templates).

    A folder may hold one template per language (``plan.nl.docx``); without one, ``plan.docx``
    serves every language (its fixed text as the zone wrote it, the plan's content and the
    generated labels in the plan's language).
    """
    if template_dir is None:
        localized = DEFAULT_TEMPLATE_DIR / localized_name(name, language)
        return localized if localized.is_file() else DEFAULT_TEMPLATE_DIR / name
    folder = Path(template_dir)
    if folder.is_file() and folder.suffix.lower() == ".docx":
        return folder
    if not folder.is_dir():
        raise UnusableInputError(_("Le dossier de modèles « {folder} » n'existe pas.").format(
            folder=folder))
    path = folder / localized_name(name, language)
    if not path.is_file():
        path = folder / name
    if not path.is_file():
        raise UnusableInputError(_("Le dossier de modèles « {folder} » ne contient pas "
                                   "« {name} ».").format(folder=folder, name=name))
    return path


def _finish_properties(document, plan: Plan) -> None:
    """Undo the XML escaping jinja applied to core properties; stamp the dates."""
    props = document.core_properties
    for name in ("author", "comments", "identifier", "language", "subject", "title"):
        value = getattr(props, name)
        if value and "&" in value:
            setattr(props, name, html.unescape(value))
    props.created = plan.metadata.created.replace(tzinfo=None)
    props.modified = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.revision = 1


def _check_target(out_path: Path) -> None:
    if out_path.suffix.lower() != ".docx":
        raise UnusableInputError(_("« {name} » : le fichier de sortie doit finir par "
                                   ".docx.").format(name=out_path.name))
    if out_path.is_dir():
        raise UnusableInputError(_("« {path} » est un dossier, pas un fichier .docx.").format(
            path=out_path))
    if not out_path.parent.is_dir():
        raise UnusableInputError(_("Le dossier « {path} » n'existe pas.").format(
            path=out_path.parent))


def _export(kind: str, plan: Plan, out_path: str | os.PathLike[str], *, reference: Reference,
            template_dir, pdf: bool, snapshot_label: str | None, comments: bool,
            progress, today: dt.date | None,
            alignment_annex: bool | None = None) -> ExportResult:
    started = time.perf_counter()
    from zonalplan.reference.editions import reference_for_plan  # lazy: export start-up

    reference = reference_for_plan(plan, reference)  # the names of the plan's edition set
    steps = _Steps(progress)
    out = Path(out_path)
    _check_target(out)
    with using(plan.metadata.language):
        result = _render_and_write(kind, plan, out, reference=reference,
                                   template_dir=template_dir, snapshot_label=snapshot_label,
                                   comments=comments, steps=steps, today=today,
                                   alignment_annex=alignment_annex)
    if not result.check_ran:
        result.warnings.append(gettext("Le contrôle d'alignement n'était pas disponible : "
                                       "l'annexe ne contient que la couverture calculée depuis "
                                       "les liens.", steps.language))
    if pdf:
        steps(0.9, N_("Conversion en PDF (LibreOffice)"))
        result.pdf_path = convert_to_pdf(out, out.with_suffix(".pdf"))
    result.seconds = time.perf_counter() - started
    if progress is not None:
        progress(1.0, gettext("Export terminé", steps.language))
    return result


def _render_and_write(kind: str, plan: Plan, out: Path, *, reference: Reference, template_dir,
                      snapshot_label: str | None, comments: bool, steps: _Steps,
                      today: dt.date | None, alignment_annex: bool | None) -> ExportResult:
    """Check, render and write the document in the current language (the plan's)."""
    steps(0.02, N_("Contrôle d'alignement"))
    report, ran = run_check(plan, reference)
    if not report.coverage.themes and not report.coverage.dimensions:
        computed = fallback_coverage(plan, reference)
        report = Report(findings=list(report.findings), coverage=replace(
            report.coverage, themes=computed.themes, dimensions=computed.dimensions))
    steps(0.15, N_("Lecture du modèle Word"))
    template = load_template(template_path(
        template_dir, PLAN_TEMPLATE if kind == "plan" else REPORT_TEMPLATE, current()))
    styles = StyleMap.from_document(template.docx)
    steps(0.25, N_("Préparation du contenu"))
    pictures = image_maker(template.docx)  # the plan's figures, or the report's own charts
    context = build_context(plan, reference, report, styles, snapshot_label=snapshot_label,
                            today=today, check_ran=ran,
                            add_image=pictures if kind == "plan" else None,
                            alignment_annex=alignment_annex,
                            alignment_charts=pictures if kind == "report" else None)
    steps(0.35, N_("Mise en page du document"))
    render(template, context)
    document = template.docx
    _finish_properties(document, plan)
    added = 0
    if comments and kind == "plan":
        steps(0.7, N_("Commentaires de relecture"))
        added = add_comments(document, plan, report)
    prefill_toc(document)
    set_update_fields(document)
    set_document_language(document, current())
    steps(0.8, N_("Écriture du fichier"))
    buffer = io.BytesIO()
    document.save(buffer)
    steps(0.85, N_("Écriture du fichier"))
    write_atomic(out, buffer.getvalue())
    return ExportResult(path=out, comments=added, findings=report.counts(), check_ran=ran)


def image_maker(document, width_cm: float = 15.5):
    """Return a function placing a picture in ``document``: bytes → a centred ``w:p``."""
    import io as _io

    from docx.shared import Cm

    part = document.part
    try:
        style = f'<w:pStyle w:val="{document.styles["Normal"].style_id}"/>'
    except KeyError:
        style = ""

    def add(data: bytes) -> str:
        inline = part.new_pic_inline(_io.BytesIO(data), Cm(width_cm), None)
        xml = inline.xml.split("?>", 1)[-1] if inline.xml.startswith("<?xml") else inline.xml
        return (f'<w:p><w:pPr>{style}<w:keepNext/><w:jc w:val="center"/></w:pPr><w:r>'
                f"<w:drawing>{xml}</w:drawing></w:r></w:p>")

    return add


def export_plan(plan: Plan, out_path: str | os.PathLike[str], *, reference: Reference,
                template_dir: str | os.PathLike[str] | None = None, pdf: bool = False,
                snapshot_label: str | None = None, comments: bool = True,
                progress: Callable[[float, str], Any] | None = None,
                today: dt.date | None = None,
                alignment_annex: bool | None = None) -> ExportResult:
    """Write the plan as the Word document the CZS signs (and a PDF next to it if asked).

    ``alignment_annex``: add the alignment report as annex A (None: for a draft only, not for the
    approved version sent to the ministers).
    """
    return _export("plan", plan, out_path, reference=reference, template_dir=template_dir,
                   pdf=pdf, snapshot_label=snapshot_label, comments=comments, progress=progress,
                   today=today, alignment_annex=alignment_annex)


def export_report(plan: Plan, out_path: str | os.PathLike[str], *, reference: Reference,
                  template_dir: str | os.PathLike[str] | None = None, pdf: bool = False,
                  snapshot_label: str | None = None, comments: bool = True,
                  progress: Callable[[float, str], Any] | None = None,
                  today: dt.date | None = None) -> ExportResult:
    """Write the alignment report alone (for reviewers) as a Word document."""
    return _export("report", plan, out_path, reference=reference, template_dir=template_dir,
                   pdf=pdf, snapshot_label=snapshot_label, comments=comments, progress=progress,
                   today=today)


def language_path(out_path: str | os.PathLike[str], language: str) -> Path:
    """Return where the document in another language goes: ``plan.docx`` → ``plan.nl.docx``."""
    out = Path(out_path)
    return out.with_name(f"{out.stem}.{language}{out.suffix}")


def export_languages(plan: Plan, out_path: str | os.PathLike[str], *, kind: str = "plan",
                     **options: Any) -> list[ExportResult]:
    """Write one document per language of a bilingual plan (Brussels); return their results.

    The plan's own language goes to ``out_path``; each language of ``metadata.other_languages``
    to ``NAME.<lang>.docx`` next to it, from :func:`~zonalplan.i18n.bilingual.plan_in_language`
    (a missing translation shows the original text behind a visible marker). A plan in one
    language gives one document, as :func:`export_plan` does.
    """
    from zonalplan.i18n.bilingual import languages_of, plan_in_language

    export = export_plan if kind == "plan" else export_report
    results = []
    for index, language in enumerate(languages_of(plan)):
        target = out_path if index == 0 else language_path(out_path, language)
        version = plan if index == 0 else plan_in_language(plan, language)
        results.append(export(version, target, **options))
    return results

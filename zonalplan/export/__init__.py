"""Word (and PDF) export of the plan zonal de sécurité and of its alignment report.

``export_plan`` renders ``templates/docx/plan.docx`` (or a zone's own template) with docxtpl in a
jinja2 sandbox, adds open review notes and findings as Word comments, writes the file atomically
and, when asked and LibreOffice is installed, converts it to PDF. ``export_report`` does the same
with ``report.docx`` for the alignment report alone.
"""

from zonalplan.export.api import (
    DEFAULT_TEMPLATE_DIR,
    ExportCancelled,
    ExportResult,
    export_plan,
    export_report,
)
from zonalplan.export.pdf import find_soffice
from zonalplan.export.render import TemplateProblem

__all__ = ["DEFAULT_TEMPLATE_DIR", "ExportCancelled", "ExportResult", "TemplateProblem",
           "export_plan", "export_report", "find_soffice"]

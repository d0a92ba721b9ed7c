"""Export dialog: Word (and PDF) export of the plan or its alignment report, off the UI thread."""

from ui.export.dialog import ExportDialog

__all__ = ["ExportDialog"]

"""The help window (F1): advice for the current chapter, keyboard shortcuts, the whole guide."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.sections.guidance_panel import guidance_html
from ui.shell.actions import shortcut_table
from zonalplan.guidance import CHAPTERS, CHAPTERS_BY_ID


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def help_html(chapter_id: str | None) -> str:
    """Return the help text: current chapter first, then the shortcuts, then every chapter."""
    parts = [f"<h2>{_tr('Aide de ZonalPlan')}</h2>"]
    if chapter_id in CHAPTERS_BY_ID:
        parts.append(f"<h3>{_tr('Ce chapitre')}</h3>")
        parts.append(guidance_html(chapter_id, with_title=True))
    rows = "".join(f"<tr><td>{html.escape(a)}</td><td><b>{html.escape(k)}</b></td></tr>"
                   for a, k in shortcut_table())
    parts.append(f"<h3>{_tr('Raccourcis clavier')}</h3>"
                 f"<table cellpadding='3'>{rows}</table><p>"
                 + html.escape(_tr("Dans un texte : une ligne commençant par « - » est une puce ; "
                                   "Tab crée une puce ou la met en retrait, Maj+Tab la remet à la "
                                   "marge ; une ligne vide sépare deux paragraphes. Ctrl+Tab "
                                   "passe au champ suivant."))
                 + "</p>")
    parts.append(f"<h3>{_tr('Guide de rédaction, chapitre par chapitre')}</h3>")
    for chapter in CHAPTERS:
        parts.append(guidance_html(chapter.id, with_title=True))
    return "".join(parts)


def about_text() -> str:
    """Return the « À propos » text."""
    from zonalplan import __version__

    return QCoreApplication.translate(
        "help",
        "ZonalPlan {}\n\nRédiger le plan zonal de sécurité d'une zone de police locale, le "
        "confronter au Plan national de sécurité 2026-2029 et à la Note-cadre de sécurité "
        "intégrale, et l'exporter en document Word. Fonctionne hors ligne.").format(__version__)


class HelpDialog(QDialog):
    """A non-modal window with the help text."""

    def __init__(self, chapter_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aide — ZonalPlan"))
        self.setObjectName("helpDialog")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(help_html(chapter_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)

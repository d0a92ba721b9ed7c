"""The window's status bar: file path, read-only state, save state, findings count."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from ui.resources import icon


class PlanStatusBar(QStatusBar):
    """Permanent indicators about the open plan."""

    findings_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path_label = QLabel(self)
        self.path_label.setObjectName("statusPath")
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("statusReadOnly")
        self.read_only_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.save_label = QLabel(self)
        self.save_label.setObjectName("statusSave")
        self.findings = QToolButton(self)
        self.findings.setObjectName("statusFindings")
        self.findings.setAutoRaise(True)
        self.findings.setToolTip(self.tr("Afficher le panneau d'alignement"))
        self.findings.clicked.connect(self.findings_clicked)
        self.addWidget(self.path_label, 1)
        self.addPermanentWidget(self.read_only_label)
        self.addPermanentWidget(self.save_label)
        self.addPermanentWidget(self.findings)
        self.show_plan(None, read_only="", modified=False)
        self.show_findings(None)

    def show_plan(self, path: str | None, *, read_only: str, modified: bool,
                  has_plan: bool = False) -> None:
        """Show the file path, the read-only state and the save state."""
        if path:
            self.path_label.setText(path)
        else:
            self.path_label.setText(self.tr("Plan non enregistré") if has_plan else "")
        self.path_label.setToolTip(path or "")
        self.read_only_label.setText(self.tr("Lecture seule") if read_only else "")
        self.read_only_label.setToolTip(read_only)
        self.read_only_label.setVisible(bool(read_only))
        if not has_plan and not path or read_only:
            self.save_label.setText("")
        elif modified:
            self.save_label.setText(self.tr("Modifications non enregistrées"))
        else:
            self.save_label.setText(self.tr("Enregistré"))

    def show_autosaved(self) -> None:
        """Say when the last recovery copy was written."""
        when = dt.datetime.now().strftime("%H:%M")
        self.save_label.setText(self.tr("Modifications non enregistrées — copie de récupération "
                                        "à {}").format(when))

    def show_findings(self, counts: dict[str, int] | None) -> None:
        """Show the number of findings by severity (None: not checked yet)."""
        if counts is None:
            self.findings.setVisible(False)
            return
        errors, warnings = counts.get("erreur", 0), counts.get("avertissement", 0)
        if errors:
            text = self.tr("{} erreur(s), {} avertissement(s)").format(errors, warnings)
            self.findings.setIcon(icon("status-error"))
        elif warnings:
            text = self.tr("{} avertissement(s)").format(warnings)
            self.findings.setIcon(icon("status-warning"))
        else:
            text = self.tr("Aucun problème d'alignement")
            self.findings.setIcon(icon("status-complete"))
        self.findings.setText(text)
        self.findings.setToolButtonStyle(self.findings.toolButtonStyle().ToolButtonTextBesideIcon)
        self.findings.setVisible(True)

"""The « Approbation » chapter: CZS decision, signature, version label, ministerial approval."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ui.binding.widgets import BoundDateEdit, BoundLineEdit

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Place


VERSION_SUGGESTIONS = ("Projet soumis au CZS", "Version arrêtée par le CZS",
                       "Version envoyée aux ministres", "Version approuvée", "Addendum")
CLASSIFICATION_SUGGESTIONS = ("Diffusion restreinte", "Usage interne")


class ApprovalView(QWidget):
    """Widgets only; :class:`ApprovalEditor` adds the behaviour."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None):
        super().__init__(parent)
        a = ("approval",)
        self.czs_date = BoundDateEdit(session, a + ("czs_date",),
                                      self.tr("date de la décision du CZS"), self)
        self.czs_date.setObjectName("czsDate")
        self.place = BoundLineEdit(session, a + ("place",), self.tr("lieu de signature"),
                                   placeholder=self.tr("Commune où le CZS signe le plan"),
                                   parent=self)
        self.place.setObjectName("approvalPlace")
        self.version = BoundLineEdit(session, a + ("version_label",), self.tr("version"),
                                     placeholder=self.tr("Projet soumis au CZS"), parent=self)
        self.version.setObjectName("versionLabel")
        self.version.setCompleter(QCompleter(list(VERSION_SUGGESTIONS), self.version))
        self.classification = BoundLineEdit(
            session, a + ("classification",), self.tr("mention de classification"),
            placeholder=self.tr("Aucune (laisser vide)"), parent=self)
        self.classification.setCompleter(QCompleter(list(CLASSIFICATION_SUGGESTIONS),
                                                    self.classification))
        self.submitted = BoundDateEdit(session, a + ("submitted_date",),
                                       self.tr("date d'envoi aux ministres"), self)
        self.approved = BoundDateEdit(session, a + ("approved_date",),
                                      self.tr("date d'approbation ministérielle"), self)
        czs = QGroupBox(self.tr("Conseil zonal de sécurité"), self)
        form = QFormLayout(czs)
        form.addRow(self.tr("Date de la décision du CZS"), self.czs_date)
        form.addRow(self.tr("Lieu de signature"), self.place)
        form.addRow(self.tr("Version du document"), self.version)
        form.addRow(self.tr("Mention de classification"), self.classification)
        ministers = QGroupBox(self.tr("Ministres de l'Intérieur et de la Justice "
                                      "(art. 37 §3 LPI)"), self)
        form = QFormLayout(ministers)
        form.addRow(self.tr("Date d'envoi aux ministres"), self.submitted)
        form.addRow(self.tr("Date d'approbation"), self.approved)
        signatories = QGroupBox(self.tr("Signataires (membres du CZS)"), self)
        self.signatories = QLabel(signatories)
        self.signatories.setObjectName("signatories")
        self.signatories.setWordWrap(True)
        self.signatories.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(signatories)
        box.addWidget(self.signatories)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(czs)
        layout.addWidget(ministers)
        layout.addWidget(signatories)
        layout.addStretch(1)


class ApprovalEditor(ApprovalView):
    """Dates and mentions of the approval; the signatories follow the CZS members."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.session = session
        self._connect_callbacks()
        self._show_signatories()

    def _connect_callbacks(self) -> None:
        self.session.changed.connect(self._on_changed)

    def _on_changed(self, changes: Any) -> None:
        if {"czs_members", "plan"} & set(changes.chapters):
            self._show_signatories()

    def _show_signatories(self) -> None:
        members = self.session.plan.czs_members
        if not members:
            self.signatories.setText(self.tr("Aucun membre : ajoutez-les au chapitre « Zone et "
                                             "CZS »."))
            return
        lines = [f"{m.name} — {m.role_label}" for m in members]
        self.signatories.setText("\n".join(lines))

    def show_place(self, place: Place) -> bool:
        """Focus the field a finding is about."""
        fields = {"czs_date": self.czs_date, "place": self.place, "version_label": self.version,
                  "classification": self.classification, "submitted_date": self.submitted,
                  "approved_date": self.approved}
        target = fields.get(place.field or "", self.czs_date)
        target.setFocus()
        return True

    def focus_first(self) -> None:
        """Put the focus in the first date."""
        self.czs_date.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        """Allow reading only."""
        for field in (self.czs_date, self.place, self.version, self.classification,
                      self.submitted, self.approved):
            field.set_read_only(read_only)

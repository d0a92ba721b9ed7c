"""Layout of the export dialog: document, template, formats, output file, progress and result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class ExportView(QWidget):
    """Widgets of the export dialog (no behaviour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_combo = QComboBox()
        self.document_combo.addItem(self.tr("Plan zonal de sécurité (document complet)"), "plan")
        self.document_combo.addItem(self.tr("Rapport d'alignement seul (pour les relecteurs)"),
                                    "report")
        template_box = QGroupBox(self.tr("Modèle Word"))
        self.default_template = QRadioButton(self.tr("Modèle de ZonalPlan"))
        self.zone_template = QRadioButton(self.tr("Modèle de la zone (dossier contenant "
                                                  "plan.docx) :"))
        self.template_group = QButtonGroup(self)
        self.template_group.addButton(self.default_template)
        self.template_group.addButton(self.zone_template)
        self.default_template.setChecked(True)
        self.template_edit = QLineEdit()
        self.template_edit.setReadOnly(True)
        self.template_edit.setPlaceholderText(self.tr("Aucun dossier choisi"))
        self.template_button = QPushButton(self.tr("Choisir…"))
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        template_layout = QVBoxLayout(template_box)
        template_layout.addWidget(self.default_template)
        template_layout.addWidget(self.zone_template)
        template_layout.addLayout(template_row)
        formats_box = QGroupBox(self.tr("Formats"))
        self.docx_check = QCheckBox(self.tr("Document Word (.docx)"))
        self.docx_check.setChecked(True)
        self.docx_check.setEnabled(False)
        self.pdf_check = QCheckBox(self.tr("Aussi en PDF (converti par LibreOffice)"))
        self.pdf_note = _muted()
        self.comments_check = QCheckBox(self.tr(
            "Ajouter les remarques ouvertes et les notes de relecture en commentaires Word"))
        self.comments_check.setChecked(True)
        self.annex_check = QCheckBox(self.tr(
            "Joindre le rapport d'alignement en annexe (projet pour relecture ; à décocher pour "
            "la version envoyée aux ministres)"))
        self.preflight = QLabel()
        self.preflight.setWordWrap(True)
        self.preflight.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preflight.hide()
        formats = QVBoxLayout(formats_box)
        formats.addWidget(self.docx_check)
        formats.addWidget(self.pdf_check)
        formats.addWidget(self.pdf_note)
        formats.addWidget(self.comments_check)
        formats.addWidget(self.annex_check)
        self.output_edit = QLineEdit()
        self.output_edit.setPlaceholderText(self.tr("Chemin du document à écrire (.docx)"))
        self.output_button = QPushButton(self.tr("Parcourir…"))
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.output_button)
        form = QFormLayout()
        form.addRow(self.tr("Document"), self.document_combo)
        form.addRow(self.tr("Enregistrer sous"), output_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = _muted()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_document_button = QPushButton(self.tr("Ouvrir le document"))
        self.open_folder_button = QPushButton(self.tr("Ouvrir le dossier"))
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.open_document_button)
        result_row.addWidget(self.open_folder_button)
        self.result_box = QWidget()
        self.result_box.setLayout(result_row)
        result_row.setContentsMargins(0, 0, 0, 0)
        self.result_box.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Exporter"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("Fermer"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.preflight)
        layout.addWidget(template_box)
        layout.addWidget(formats_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

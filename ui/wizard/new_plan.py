"""The new-plan wizard: zone, communes, period, CZS members, file — then guided mode.

Each page checks its input in place (a red sentence on the page, no extra dialog). The plan itself
is validated by the model on finish; :meth:`NewPlanWizard.result_plan` returns it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.binding.values import parse_integer
from ui.resources import icon
from ui.widgets import dialogs
from zonalplan.guidance import suggested_expectations
from zonalplan.model import CZS_ROLE_LABELS, CZSRole, Plan, Region
from zonalplan.model.errors import validation_message
from zonalplan.model.plan import DEFAULT_START_YEAR


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("pageError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828;")
    return label


def _table(parent: QWidget, columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(columns)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item else ""


class ZonePage(QWizardPage):
    """Name, number, region, province and judicial district of the zone."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("La zone de police"))
        self.setSubTitle(self.tr("Ces données figurent sur la page de titre du plan. Vous pourrez "
                                 "les modifier plus tard au chapitre « Zone et CZS »."))
        self.name = QLineEdit(self)
        self.name.setObjectName("wizardZoneName")
        self.name.setPlaceholderText(self.tr("ZP Condroz-Famenne"))
        self.number = QLineEdit(self)
        self.number.setObjectName("wizardZoneNumber")
        self.number.setPlaceholderText("5314")
        self.number.setMaxLength(4)
        self.region = QComboBox(self)
        self.region.addItem("—", None)
        for region in Region:
            self.region.addItem(region.value, region)
        self.province = QLineEdit(self)
        self.district = QLineEdit(self)
        self.error = _error_label(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Nom de la zone"), self.name)
        form.addRow(self.tr("Numéro de zone (4 chiffres)"), self.number)
        form.addRow(self.tr("Région"), self.region)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Arrondissement judiciaire"), self.district)
        form.addRow(self.error)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """Require a name and a 4-digit number."""
        if not self.name.text().strip():
            self.error.setText(self.tr("Indiquez le nom de la zone."))
            self.name.setFocus()
            return False
        if not re.fullmatch(r"\d{4}", self.number.text().strip()):
            self.error.setText(self.tr("Le numéro de zone compte 4 chiffres, par exemple 5314."))
            self.number.setFocus()
            return False
        self.error.clear()
        return True


class CommunesPage(QWizardPage):
    """The communes of the zone with their population and INS code."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Les communes"))
        self.setSubTitle(self.tr("Une ligne par commune. La population sert aux normes (un "
                                 "inspecteur de quartier par 4 000 habitants)."))
        self.table = _table(self, [self.tr("Commune"), self.tr("Population"),
                                   self.tr("Code INS")])
        self.table.setObjectName("wizardCommunes")
        self.add = QPushButton(icon("add"), self.tr("Ajouter une commune"), self)
        self.remove = QPushButton(icon("remove"), self.tr("Supprimer"), self)
        self.add.clicked.connect(self.add_row)
        self.remove.clicked.connect(self._on_remove)
        self.error = _error_label(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.add_row()

    def add_row(self, name: str = "", population: str = "", nis: str = "") -> int:
        """Append a commune row and return its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((name, population, nis)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setCurrentCell(row, 0)
        return row

    def _on_remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def communes(self) -> list[dict[str, Any]]:
        """Return the communes typed (rows without a name are skipped)."""
        result = []
        for row in range(self.table.rowCount()):
            name = _text(self.table, row, 0)
            if not name:
                continue
            result.append({"name": name,
                           "population": parse_integer(_text(self.table, row, 1)),
                           "nis_code": re.sub(r"\s", "", _text(self.table, row, 2)) or None})
        return result

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """Require one commune; check populations and INS codes."""
        try:
            communes = self.communes()
        except ValueError as exc:
            self.error.setText(str(exc))
            return False
        if not communes:
            self.error.setText(self.tr("Indiquez au moins une commune."))
            return False
        bad = [c["name"] for c in communes if c["nis_code"] and
               not re.fullmatch(r"\d{5}", c["nis_code"])]
        if bad:
            self.error.setText(self.tr("Le code INS compte 5 chiffres ({}).").format(
                ", ".join(bad)))
            return False
        self.error.clear()
        return True


class PeriodPage(QWizardPage):
    """The years the plan covers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("La période du plan"))
        self.setSubTitle(self.tr("Le cycle des plans zonaux compte six ans (2020-2025, puis "
                                 "2026-2031)."))
        self.start = QSpinBox(self)
        self.start.setObjectName("wizardStart")
        self.start.setRange(2000, 2100)
        self.start.setValue(DEFAULT_START_YEAR)
        self.end = QSpinBox(self)
        self.end.setObjectName("wizardEnd")
        self.end.setRange(2000, 2100)
        self.end.setValue(DEFAULT_START_YEAR + 5)
        self.start.valueChanged.connect(lambda v: self.end.setValue(v + 5))
        self.error = _error_label(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Première année"), self.start)
        form.addRow(self.tr("Dernière année"), self.end)
        form.addRow(self.error)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """Require an end after the start and a cycle of at most 12 years."""
        start, end = self.start.value(), self.end.value()
        if end < start or end - start > 11:
            self.error.setText(self.tr("La période doit aller de la première à la dernière "
                                       "année, sur 12 ans au plus."))
            return False
        self.error.clear()
        return True


class CzsPage(QWizardPage):
    """The members of the conseil zonal de sécurité (rows left without a name are skipped)."""

    ROLES = list(CZS_ROLE_LABELS)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Le conseil zonal de sécurité"))
        self.setSubTitle(self.tr("Membres de droit (art. 35 LPI) : le ou les bourgmestres, le "
                                 "procureur du Roi, le chef de corps et le DirCo. Laissez vide "
                                 "un nom encore inconnu : la ligne sera ignorée."))
        self.table = _table(self, [self.tr("Nom"), self.tr("Rôle"), self.tr("Commune")])
        self.table.setObjectName("wizardMembers")
        self.add = QPushButton(icon("add"), self.tr("Ajouter un membre"), self)
        self.add.clicked.connect(lambda: self.add_row(CZSRole.OTHER))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self._prefilled_for: list[str] | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        """Propose one row per bourgmestre and the other members of right."""
        communes = [c["name"] for c in self.wizard().page(1).communes()]
        if communes == self._prefilled_for:
            return
        self._prefilled_for = communes
        self.table.setRowCount(0)
        for commune in communes:
            self.add_row(CZSRole.MAYOR, commune=commune)
        for role in (CZSRole.PROSECUTOR, CZSRole.CHIEF_OF_POLICE, CZSRole.DIRCO):
            self.add_row(role)

    def add_row(self, role: CZSRole, name: str = "", commune: str = "") -> int:
        """Append a member row and return its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox(self.table)
        for value, label in CZS_ROLE_LABELS.items():
            combo.addItem(label, value)
        combo.setCurrentIndex(self.ROLES.index(role))
        self.table.setCellWidget(row, 1, combo)
        self.table.setItem(row, 2, QTableWidgetItem(commune))
        return row

    def members(self) -> list[dict[str, Any]]:
        """Return the members typed."""
        result = []
        for row in range(self.table.rowCount()):
            name = _text(self.table, row, 0)
            if not name:
                continue
            combo = self.table.cellWidget(row, 1)
            result.append({"name": name, "role": combo.currentData(),
                           "commune": _text(self.table, row, 2) or None})
        return result


class FilePage(QWizardPage):
    """Where to save the plan, and whether to continue in guided mode."""

    def __init__(self, folder: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Enregistrement"))
        self.setSubTitle(self.tr("Le plan est un seul fichier .zplan, à garder sur votre "
                                 "ordinateur ou sur un partage réseau."))
        self.folder = folder or str(Path.home())
        self.path = QLineEdit(self)
        self.path.setObjectName("wizardPath")
        self.path.setPlaceholderText(self.tr("Laisser vide pour choisir plus tard"))
        self.browse = QPushButton(self.tr("Parcourir…"), self)
        self.browse.clicked.connect(self._on_browse)
        self.guided = QCheckBox(self.tr("Rédiger ensuite le plan en mode guidé, chapitre par "
                                        "chapitre"), self)
        self.guided.setObjectName("wizardGuided")
        self.guided.setChecked(True)
        self.expectations = QCheckBox(self.tr("Préparer les attentes de chaque bourgmestre, du "
                                              "procureur du Roi, du gouverneur et du DirCo"), self)
        self.expectations.setChecked(True)
        self.error = _error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Fichier du plan"), row)
        form.addRow(self.guided)
        form.addRow(self.expectations)
        form.addRow(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        """Suggest a file name from the zone and the period."""
        if self.path.text():
            return
        wizard = self.wizard()
        number = wizard.page(0).number.text().strip()
        start, end = wizard.page(2).start.value(), wizard.page(2).end.value()
        name = f"PZS-{start}-{end}-{number}.zplan" if number else f"PZS-{start}-{end}.zplan"
        self.path.setText(str(Path(self.folder) / name))

    def _on_browse(self) -> None:
        chosen = dialogs.save_file_name(self, self.path.text() or self.folder)
        if chosen is not None:
            self.path.setText(str(chosen))

    def target(self) -> Path | None:
        """Return the chosen file (None: save later)."""
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix == ".zplan" else path.with_name(path.name + ".zplan")

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """Refuse an existing file or a missing folder (nothing is overwritten)."""
        path = self.target()
        if path is not None and path.exists():
            self.error.setText(self.tr("« {} » existe déjà : choisissez un autre nom.")
                               .format(path.name))
            return False
        if path is not None and not path.parent.is_dir():
            self.error.setText(self.tr("Le dossier « {} » n'existe pas.").format(path.parent))
            return False
        problem = self.wizard().plan_problem()
        if problem:
            self.error.setText(problem)
            return False
        self.error.clear()
        return True


class NewPlanWizard(QWizard):
    """Create a plan: zone, communes, period, CZS, file."""

    def __init__(self, folder: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newPlanWizard")
        self.setWindowTitle(self.tr("Nouveau plan zonal de sécurité"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.zone_page = ZonePage(self)
        self.communes_page = CommunesPage(self)
        self.period_page = PeriodPage(self)
        self.czs_page = CzsPage(self)
        self.file_page = FilePage(folder, self)
        for index, page in enumerate((self.zone_page, self.communes_page, self.period_page,
                                      self.czs_page, self.file_page)):
            self.setPage(index, page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Créer le plan"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.resize(720, 560)

    def _data(self) -> dict[str, Any]:
        z = self.zone_page
        return {
            "zone": {"name": z.name.text().strip(), "number": z.number.text().strip(),
                     "region": z.region.currentData(), "province": z.province.text().strip(),
                     "judicial_district": z.district.text().strip(),
                     "communes": self.communes_page.communes()},
            "period": {"start_year": self.period_page.start.value(),
                       "end_year": self.period_page.end.value()},
            "czs_members": self.czs_page.members(),
        }

    def plan_problem(self) -> str:
        """Return why the plan cannot be built (French), or an empty string."""
        try:
            self.result_plan()
        except ValueError as exc:
            return str(exc)
        return ""

    def result_plan(self) -> Plan:
        """Return the new plan (raise ValueError with a French message if input is invalid)."""
        try:
            plan = Plan.model_validate(self._data())
        except ValidationError as exc:
            raise ValueError(validation_message(Plan, exc)) from exc
        if self.file_page.expectations.isChecked():
            plan.expectations = suggested_expectations(plan)
        return plan

    def target_path(self) -> Path | None:
        """Return the file chosen for the plan (None: save later)."""
        return self.file_page.target()

    def guided(self) -> bool:
        """Return True when the chief asked for guided mode."""
        return self.file_page.guided.isChecked()

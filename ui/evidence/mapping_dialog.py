"""The column-mapping step of an import: which column is the commune, the year, the values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zonalplan.editing.evidence import Probe
from zonalplan.evidence.tables import ColumnMapping


class MappingDialog(QDialog):
    """Show a table's header and first rows; pick the commune, year and value columns."""

    def __init__(self, probe: Probe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Colonnes du tableau"))
        self.setObjectName("mappingDialog")
        self.resize(720, 520)
        intro = QLabel(self.tr("« {} » n'est pas un format officiel reconnu. Indiquez quelle "
                               "colonne donne la commune, l'année et les valeurs à garder.")
                       .format(probe.file_name), self)
        intro.setWordWrap(True)
        self.preview = QTableWidget(len(probe.first_rows), len(probe.header), self)
        self.preview.setHorizontalHeaderLabels(probe.header)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, cells in enumerate(probe.first_rows):
            for c, text in enumerate(cells[:len(probe.header)]):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        none = self.tr("(aucune)")
        self.commune = QComboBox(self)
        self.commune.setObjectName("communeColumn")
        self.year = QComboBox(self)
        self.year.setObjectName("yearColumn")
        for combo in (self.commune, self.year):
            combo.addItem(none, None)
            for name in probe.header:
                combo.addItem(name, name)
        self.values = QListWidget(self)
        self.values.setObjectName("valueColumns")
        for name in probe.header:
            item = QListWidgetItem(name, self.values)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._guess(probe.header)
        form = QFormLayout()
        form.addRow(self.tr("Colonne de la commune :"), self.commune)
        form.addRow(self.tr("Colonne de l'année :"), self.year)
        form.addRow(self.tr("Colonnes des valeurs :"), self.values)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Importer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.values.itemChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _guess(self, header: list[str]) -> None:
        for combo, words in ((self.commune, ("commune", "gemeente", "refnis", "ins", "nis")),
                             (self.year, ("année", "annee", "jaar", "year", "jahr"))):
            for index, name in enumerate(header):
                if any(word in name.casefold() for word in words):
                    combo.setCurrentIndex(index + 1)
                    break

    def _update_ok(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.value_columns()))

    def value_columns(self) -> tuple[str, ...]:
        """Return the checked value columns."""
        return tuple(self.values.item(i).text() for i in range(self.values.count())
                     if self.values.item(i).checkState() == Qt.CheckState.Checked)

    def check_value(self, name: str) -> None:
        """Tick the value column ``name``."""
        for i in range(self.values.count()):
            if self.values.item(i).text() == name:
                self.values.item(i).setCheckState(Qt.CheckState.Checked)

    def select(self, combo: QComboBox, name: str | None) -> None:
        """Choose column ``name`` (None: none) in ``combo``."""
        combo.setCurrentIndex(max(0, combo.findData(name)) if name else 0)

    def mapping(self) -> ColumnMapping:
        """Return the mapping chosen."""
        return ColumnMapping(self.value_columns(), self.year.currentData(),
                             self.commune.currentData())

"""Layout of the « Zone et CZS » chapter: identity of the zone, period, communes, CZS members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.binding.values import format_integer, format_number, parse_integer, parse_number
from ui.binding.widgets import BoundCombo, BoundLineEdit
from ui.resources import icon
from zonalplan.model import Region

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession


def _format_area(value: float | None) -> str:
    return format_number(value, decimals=2)


COMMUNE_COLUMNS = (QT_TRANSLATE_NOOP("ZoneView", "Commune"),
                   QT_TRANSLATE_NOOP("ZoneView", "Code INS"),
                   QT_TRANSLATE_NOOP("ZoneView", "Population"))
EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed
                 | QAbstractItemView.EditTrigger.AnyKeyPressed)
MEMBER_COLUMNS = (QT_TRANSLATE_NOOP("ZoneView", "Nom"), QT_TRANSLATE_NOOP("ZoneView", "Rôle"),
                  QT_TRANSLATE_NOOP("ZoneView", "Commune"),
                  QT_TRANSLATE_NOOP("ZoneView", "Fonction imprimée"))


def tool(parent: QWidget, icon_name: str, tip: str, text: str = "") -> QToolButton:
    """Return a small toolbar button."""
    button = QToolButton(parent)
    button.setIcon(icon(icon_name))
    button.setToolTip(tip)
    if text:
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


def table(parent: QWidget, columns: tuple[str, ...], name: str) -> QTableWidget:
    """Return an editable table with the given column titles."""
    widget = QTableWidget(0, len(columns), parent)
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels([QCoreApplication.translate("ZoneView", c) for c in columns])
    widget.horizontalHeader().setStretchLastSection(True)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widget.verticalHeader().setVisible(False)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(EDIT_TRIGGERS)
    return widget


def fit_rows(widget: QTableWidget, min_rows: int = 3, max_rows: int = 10) -> None:
    """Give a table the height of its rows (between ``min_rows`` and ``max_rows``)."""
    rows = min(max(widget.rowCount(), min_rows), max_rows)
    height = (widget.horizontalHeader().sizeHint().height()
              + rows * widget.verticalHeader().defaultSectionSize() + 2 * widget.frameWidth() + 2)
    widget.setFixedHeight(height)


class ZoneView(QWidget):
    """Widgets only; :class:`~ui.zone.zone_editor.ZoneEditor` adds the behaviour.

    No scroll area of its own: the chapter page scrolls the whole editor (one scroll bar).
    """

    def __init__(self, session: PlanSession, parent: QWidget | None = None):
        super().__init__(parent)
        body = self
        z = ("zone",)
        self.name = BoundLineEdit(session, z + ("name",), self.tr("nom de la zone"),
                                  placeholder=self.tr("ZP Condroz-Famenne"), parent=body)
        self.name.setObjectName("zoneName")
        self.number = BoundLineEdit(session, z + ("number",), self.tr("numéro de zone"),
                                    placeholder="5314", parent=body)
        self.number.setObjectName("zoneNumber")
        self.number.setMaxLength(4)
        self.number.setMaximumWidth(90)
        regions = [("—", None)] + [(r.value, r) for r in Region]
        self.region = BoundCombo(session, z + ("region",), self.tr("région"), regions, body)
        self.province = BoundLineEdit(session, z + ("province",), self.tr("province"),
                                      placeholder=self.tr("Namur"), parent=body)
        self.district = BoundLineEdit(session, z + ("judicial_district",),
                                      self.tr("arrondissement judiciaire"),
                                      placeholder=self.tr("Namur"), parent=body)
        self.population = BoundLineEdit(session, z + ("population",), self.tr("population"),
                                        parse=parse_integer, fmt=format_integer, parent=body)
        self.population.setMaximumWidth(140)
        self.area = BoundLineEdit(session, z + ("area_km2",), self.tr("superficie"),
                                  parse=parse_number, fmt=_format_area, parent=body)
        self.area.setMaximumWidth(140)
        self.start_year = QSpinBox(body)
        self.end_year = QSpinBox(body)
        for spin in (self.start_year, self.end_year):
            spin.setRange(2000, 2100)
        self.start_year.setObjectName("startYear")
        self.end_year.setObjectName("endYear")
        self.cycle = QLabel(body)
        self.cycle.setStyleSheet("color: #66727d;")
        period = QHBoxLayout()
        period.addWidget(self.start_year)
        period.addWidget(QLabel("–", body))
        period.addWidget(self.end_year)
        period.addWidget(self.cycle, 1)

        self.edition = QLabel(body)
        self.edition.setObjectName("planEditionLabel")
        self.edition.setWordWrap(True)
        self.edition_button = tool(body, "version", self.tr("Voir les éditions installées et "
                                                              "choisir celle que le plan cite"),
                                   self.tr("Éditions…"))
        self.edition_button.setObjectName("zoneEditionsButton")
        edition = QHBoxLayout()
        edition.addWidget(self.edition, 1)
        edition.addWidget(self.edition_button)

        identity = QGroupBox(self.tr("Identité de la zone"), body)
        grid = QGridLayout(identity)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Nom de la zone"), self.name)
        left.addRow(self.tr("Numéro"), self.number)
        left.addRow(self.tr("Période du plan"), period)
        left.addRow(self.tr("Édition du référentiel"), edition)
        right.addRow(self.tr("Région"), self.region)
        right.addRow(self.tr("Province"), self.province)
        right.addRow(self.tr("Arrondissement judiciaire"), self.district)
        numbers = QHBoxLayout()
        numbers.addWidget(self.population)
        numbers.addWidget(QLabel(self.tr("habitants ;"), body))
        numbers.addWidget(self.area)
        numbers.addWidget(QLabel(self.tr("km²"), body))
        numbers.addStretch(1)
        right.addRow(self.tr("Population, superficie"), numbers)
        grid.addLayout(left, 0, 0)  # one column: nothing is cut on a laptop screen
        grid.addLayout(right, 1, 0)

        communes = QGroupBox(self.tr("Communes de la zone"), body)
        self.communes = table(communes, COMMUNE_COLUMNS, "communesTable")
        self.communes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.communes.horizontalHeader().setStretchLastSection(False)
        self.communes.setColumnWidth(1, 110)
        self.communes.setColumnWidth(2, 130)
        self.add_commune = tool(communes, "add", self.tr("Ajouter une commune"),
                                self.tr("Ajouter"))
        self.remove_commune = tool(communes, "remove", self.tr("Supprimer la commune choisie"))
        self.commune_total = QLabel(communes)
        self.commune_total.setStyleSheet("color: #66727d;")
        row = QHBoxLayout()
        row.addWidget(self.add_commune)
        row.addWidget(self.remove_commune)
        row.addStretch(1)
        row.addWidget(self.commune_total)
        box = QVBoxLayout(communes)
        box.addWidget(self.communes)
        box.addLayout(row)

        members = QGroupBox(self.tr("Conseil zonal de sécurité (art. 35 LPI)"), body)
        self.members = table(members, MEMBER_COLUMNS, "membersTable")

        self.members.horizontalHeaderItem(3).setToolTip(
            self.tr("Fonction imprimée sous le nom sur la page de signatures (facultatif)"))
        self.add_member = tool(members, "add", self.tr("Ajouter un membre"), self.tr("Ajouter"))
        self.remove_member = tool(members, "remove", self.tr("Supprimer le membre choisi"))
        self.member_up = tool(members, "up", self.tr("Monter"))
        self.member_down = tool(members, "down", self.tr("Descendre"))
        self.members_hint = QLabel(self.tr("Membres de droit : le ou les bourgmestres, le "
                                           "procureur du Roi, le chef de corps, le DirCo. "
                                           "Double-clic ou F2 pour modifier une cellule."),
                                   members)
        self.members_hint.setWordWrap(True)
        self.members_hint.setStyleSheet("color: #66727d;")
        row = QHBoxLayout()
        for button in (self.add_member, self.remove_member, self.member_up, self.member_down):
            row.addWidget(button)
        row.addWidget(self.members_hint, 1)
        box = QVBoxLayout(members)
        box.addWidget(self.members)
        box.addLayout(row)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(identity)
        layout.addWidget(communes)
        layout.addWidget(members)
        layout.addStretch(1)

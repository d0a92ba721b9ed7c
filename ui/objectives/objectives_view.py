"""Layout of the objectives editor: filtered list on the left, the objective's form on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.binding.widgets import NumberEdit
from ui.objectives.chips import SuggestionChips
from ui.objectives.string_list import StringListEditor
from ui.widgets.elided import ElidedLabel
from ui.widgets.reflow import FlowLayout, ReflowSplitter
from ui.widgets.tables import hide_columns_when_narrow
from zonalplan.model import DOMAIN_LABELS, KIND_LABELS, Domain, ObjectiveKind


def _text_edit(placeholder: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(height)
    edit.setTabChangesFocus(True)
    return edit


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class ObjectivesView(QWidget):
    """Widgets of the objectives editor (no behaviour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # side by side when the form's tab titles fit whole, else the list above the form
        self.splitter = ReflowSplitter(stacked_height=340)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self._build_form_side())
        self.splitter.set_widths((240, lambda: self.tabs.tabBar().sizeHint().width() + 16))
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- list side -----------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        side = QWidget()
        title = QLabel(self.tr("Objectifs stratégiques"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Tous les types"), None)
        self.kind_filter.addItem(self.tr("Priorités"), ObjectiveKind.PRIORITY.value)
        self.kind_filter.addItem(self.tr("Points d'attention"), ObjectiveKind.ATTENTION_POINT.value)
        self.domain_filter = QComboBox()
        self.domain_filter.addItem(self.tr("Tous les domaines"), None)
        self.domain_filter.addItem(self.tr("Externe"), Domain.EXTERNAL.value)
        self.domain_filter.addItem(self.tr("Interne"), Domain.INTERNAL.value)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filtrer par code ou intitulé…"))
        self.text_filter.setClearButtonEnabled(True)
        for combo in (self.kind_filter, self.domain_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.domain_filter, 1)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(True)
        self.table.setAccessibleName(self.tr("Liste des objectifs"))
        self.table.setToolTip("")
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Nouvel objectif"))
        self.add_button.setToolTip(self.tr("Ajouter un objectif (Inser)"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.add_button)
        self.add_priority_action = menu.addAction(self.tr("Nouvelle priorité"))
        self.add_attention_action = menu.addAction(self.tr("Nouveau point d'attention"))
        self.add_button.setMenu(menu)
        self.duplicate_button = QPushButton(self.tr("Dupliquer"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        self.remove_button.setToolTip(self.tr("Supprimer l'objectif sélectionné (Suppr) ; "
                                              "Ctrl+Z pour annuler"))
        self.up_button = QToolButton()
        self.up_button.setText("↑")
        self.up_button.setToolTip(self.tr("Monter l'objectif (Alt+Haut)"))
        self.down_button = QToolButton()
        self.down_button.setText("↓")
        self.down_button.setToolTip(self.tr("Descendre l'objectif (Alt+Bas)"))
        buttons = FlowLayout().add_widgets(self.add_button, self.duplicate_button,
                                           self.remove_button, self.up_button, self.down_button)
        self.count_label = _hint("")
        layout = QVBoxLayout(side)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.text_filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        return side

    def setup_table_columns(self) -> None:
        """Size the list's columns once a model is set."""
        # fixed widths from the font (ResizeToContents would measure every row on each change)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, metrics.horizontalAdvance("PA00") + 48)
        # « Point d'attention » elides in a narrow list (whole in its tooltip): the title keeps room
        priority = self.tr(KIND_LABELS[ObjectiveKind.PRIORITY])
        header.resizeSection(2, metrics.horizontalAdvance(priority) + 24)
        header.resizeSection(3, metrics.horizontalAdvance(self.tr("Domaine")) + 20)
        header.setHighlightSections(False)
        # side by side on a small screen: type and domain give way to a readable title
        hide_columns_when_narrow(self.table, (2, 3), keep=metrics.horizontalAdvance("M" * 12))

    # -- form side -----------------------------------------------------------------------------

    def _build_form_side(self) -> QWidget:
        self.form_stack = QStackedWidget()
        empty = QLabel(self.tr("Aucun objectif sélectionné.\n\nChoisissez un objectif dans la "
                               "liste ou ajoutez-en un avec « Nouvel objectif »."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        empty.setStyleSheet("color: palette(placeholder-text);")
        self.form_stack.addWidget(empty)
        form = QWidget()
        self.heading = ElidedLabel()  # one line: the tabs below never move
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setOpenExternalLinks(False)
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # a strip of constant height: fixing a problem never makes the tabs below jump
        self.findings_area = _scroll(self.findings_label)
        self.findings_area.setFixedHeight(self.findings_label.fontMetrics().lineSpacing() * 3 + 8)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)  # never arrows
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.addTab(self._build_general(), self.tr("Général"))
        self.tabs.addTab(self._build_approach(), self.tr("Approche"))
        self.tabs.addTab(self._build_indicators(), self.tr("Indicateurs"))
        self.tabs.addTab(self._build_links(), self.tr("Liens"))
        self.tabs.addTab(self._build_capacity(), self.tr("Capacité"))
        tips = [self.tr("Code, intitulé, type, domaine, description et motivation"),
                self.tr("Approche en chaîne, partenaires et objectifs tactiques"),
                self.tr("Indicateurs mesurables : départ, cible, unité, échéance"),
                self.tr("Liens avec le PNS et la NCSI, suggestions, justification locale"),
                self.tr("Capacité réservée à l'objectif")]
        for index, tip in enumerate(tips):
            self.tabs.setTabToolTip(index, tip)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.findings_area)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.form_stack.addWidget(form)
        self.form_stack.setMinimumWidth(320)  # its pages scroll vertically, never clip sideways
        return self.form_stack

    def _build_general(self) -> QWidget:
        page = QWidget()
        self.code_edit = QLineEdit()
        self.code_edit.setMaximumWidth(120)
        self.code_edit.setPlaceholderText("P1")
        self.kind_combo = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(self.tr(label), kind.value)
        self.domain_combo = QComboBox()
        for domain, label in DOMAIN_LABELS.items():
            self.domain_combo.addItem(self.tr(label), domain.value)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Intitulé de l'objectif stratégique"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Officier ou service responsable"))
        self.description_edit = _text_edit(self.tr(
            "Ce que la zone veut atteindre, pour qui et où. Paragraphes séparés par une ligne "
            "vide ; « - » en début de ligne pour une puce."), 120)
        self.rationale_edit = _text_edit(self.tr(
            "Pourquoi cet objectif : image de la criminalité, attentes des autorités, enquête…"))
        for combo in (self.kind_combo, self.domain_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        top = QHBoxLayout()
        top.addWidget(self.code_edit)
        top.addWidget(QLabel(self.tr("Type")))
        top.addWidget(self.kind_combo, 1)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Code"), top)
        form.addRow(self.tr("Domaine"), self.domain_combo)
        form.addRow(self.tr("Intitulé"), self.title_edit)
        form.addRow(self.tr("Responsable"), self.owner_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Motivation"), self.rationale_edit)
        return _scroll(page)

    def _build_approach(self) -> QWidget:
        page = QWidget()
        self.prevention_edit = _text_edit(self.tr("Actions de prévention"), 70)
        self.repression_edit = _text_edit(self.tr("Actions de répression et de proactivité"), 70)
        self.aftercare_edit = _text_edit(self.tr("Suivi et accompagnement (victimes, auteurs)"), 70)
        chain = QGroupBox(self.tr("Approche en chaîne"))
        chain_form = QFormLayout(chain)
        chain_form.addRow(self.tr("Prévention"), self.prevention_edit)
        chain_form.addRow(self.tr("Répression et proactivité"), self.repression_edit)
        chain_form.addRow(self.tr("Suivi"), self.aftercare_edit)
        self.partners_edit = StringListEditor(self.tr("Nouveau partenaire"))
        self.partners_edit.setMinimumHeight(110)
        partners = QGroupBox(self.tr("Partenaires"))
        QVBoxLayout(partners).addWidget(self.partners_edit)
        self.tactical_edit = StringListEditor(self.tr("Nouvel objectif tactique"))
        self.tactical_edit.setMinimumHeight(110)
        tactical = QGroupBox(self.tr("Objectifs tactiques"))
        QVBoxLayout(tactical).addWidget(self.tactical_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(chain)
        layout.addWidget(partners)
        layout.addWidget(tactical)
        return _scroll(page)

    def _build_indicators(self) -> QWidget:
        page = QWidget()
        self.indicators_table = QTableView()
        self.indicators_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicators_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicators_table.verticalHeader().hide()
        self.indicators_table.setAlternatingRowColors(True)
        self.indicators_table.setWordWrap(True)
        self.indicators_table.setAccessibleName(self.tr("Indicateurs"))
        self.add_indicator_button = QPushButton(self.tr("Ajouter un indicateur"))
        self.remove_indicator_button = QPushButton(self.tr("Supprimer l'indicateur"))
        self.baseline_button = QPushButton(self.tr("Valeur de départ depuis les données…"))
        self.baseline_button.setObjectName("baselineFromData")
        self.baseline_button.setToolTip(self.tr("Reprendre la valeur de départ, son année et sa "
                                                "source d'une série importée"))
        self.indicator_message = QLabel()
        self.indicator_message.setWordWrap(True)
        self.indicator_message.setStyleSheet("color: #c62828;")
        buttons = FlowLayout().add_widgets(self.add_indicator_button,
                                           self.remove_indicator_button, self.baseline_button)
        layout = QVBoxLayout(page)
        layout.addWidget(_hint(self.tr(
            "Chaque indicateur a une valeur de départ et une cible datées. Double-cliquez sur une "
            "cellule pour la modifier ; les valeurs sont des nombres (virgule ou point).")))
        layout.addWidget(self.indicators_table, 1)
        layout.addWidget(self.indicator_message)
        layout.addLayout(buttons)
        return page

    def setup_indicator_columns(self) -> None:
        """Size the indicators table's columns once a model is set."""
        header = self.indicators_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)

    def _build_links(self) -> QWidget:
        page = QWidget()
        self.links_table = QTableView()
        self.links_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.links_table.verticalHeader().hide()
        self.links_table.setShowGrid(False)
        self.links_table.setAlternatingRowColors(True)
        self.links_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.links_table.setAccessibleName(self.tr("Liens nationaux"))
        self.links_table.setMinimumHeight(120)
        self.remove_link_button = QPushButton(self.tr("Retirer le lien"))
        buttons = QHBoxLayout()
        buttons.addWidget(_hint(self.tr("Glissez un élément du référentiel sur un objectif de la "
                                        "liste pour le lier.")), 1)
        buttons.addWidget(self.remove_link_button)
        self.chips = None  # set by the editor (needs the reference)
        self.chips_box = QGroupBox(self.tr("Suggestions"))
        self.chips_layout = QVBoxLayout(self.chips_box)
        self.justification_edit = _text_edit(self.tr(
            "Pourquoi cet objectif est propre à la zone (à remplir s'il ne se rattache à aucune "
            "priorité nationale)"), 70)
        justification = QGroupBox(self.tr("Justification locale"))
        QVBoxLayout(justification).addWidget(self.justification_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(self.links_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.chips_box)
        layout.addWidget(justification)
        return _scroll(page)

    def install_chips(self, chips: SuggestionChips) -> None:
        """Put the suggestion chips in their box."""
        self.chips = chips
        self.chips_layout.addWidget(_hint(self.tr(
            "Éléments du PNS et de la NCSI proches de l'intitulé et de la description. Cliquez "
            "sur une suggestion pour créer le lien ; survolez-la pour savoir pourquoi.")))
        self.chips_layout.addWidget(chips)

    def setup_link_columns(self) -> None:
        """Size the links table's columns once a model is set."""
        header = self.links_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def _build_capacity(self) -> QWidget:
        page = QWidget()
        self.fte_edit = NumberEdit("float")
        self.fte_edit.setMaximumWidth(140)
        self.fte_edit.setPlaceholderText(self.tr("ex. 1,5"))
        self.hours_edit = NumberEdit("float")
        self.hours_edit.setMaximumWidth(140)
        self.hours_edit.setPlaceholderText(self.tr("ex. 900"))
        form = QFormLayout(page)
        form.addRow(_hint(self.tr(
            "Capacité réservée à cet objectif en plus des missions de base (plans d'action, "
            "actions ciblées). Elle est reprise dans le chapitre Capacité.")))
        form.addRow(self.tr("Capacité (ETP)"), self.fte_edit)
        form.addRow(self.tr("Capacité (heures par an)"), self.hours_edit)
        return page

"""« Nouveau cycle… » and « Fusion de zones… »: choose the previous plan(s) and the start year,
review what the builder did and what is left to decide, and only then create the new plan.

Nothing is written by this dialog: the shell asks where to save :meth:`CycleDialog.result_plan`
and opens it.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import dialogs
from zonalplan.followup.cycle import CycleReport, new_cycle, origin
from zonalplan.model import Plan, PlanError


class CycleDialog(QDialog):
    """Two steps: the previous plans and the start year, then the review of the new plan."""

    def __init__(self, *, merge: bool, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.merge = merge
        self.folder = folder
        self.plans: list[Plan] = []
        self.paths: list[Path] = []
        self.plan: Plan | None = None
        self.report: CycleReport | None = None
        self.setWindowTitle(self.tr("Fusion de zones") if merge else self.tr("Nouveau cycle"))
        self.resize(760, 560)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._review_page())
        self.buttons = QDialogButtonBox(self)
        self.back_button = self.buttons.addButton(self.tr("< Précédent"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button = self.buttons.addButton(self.tr("Vérifier >"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button = self.buttons.addButton(self.tr("Créer le plan…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("cycleCreate")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.back_button.clicked.connect(lambda: self._go(0))
        self.next_button.clicked.connect(self.build)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self._go(0)

    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        if self.merge:
            text = self.tr("Choisissez le plan de chacune des zones qui fusionnent. Le premier "
                           "plan de la zone fusionnée additionne les communes, populations et "
                           "capacités, réunit les membres du CZS et propose les objectifs de "
                           "toutes les zones comme candidats ; les décisions nationales qui "
                           "diffèrent restent à prendre.")
        else:
            text = self.tr("Choisissez le plan qui se termine. Le nouveau plan garde la zone, ses "
                           "communes, le CZS et les textes permanents, remplit « Enseignements du "
                           "plan précédent » à partir de l'évaluation et propose les objectifs "
                           "comme candidats, sans les reprendre comme décidés.")
        intro = QLabel(text, page)
        intro.setWordWrap(True)
        self.files = QListWidget(page)
        self.files.setObjectName("cycleFiles")
        self.add_button = QPushButton(self.tr("Ajouter un plan…"), page)
        self.remove_button = QPushButton(self.tr("Retirer"), page)
        self.year_spin = QSpinBox(page)
        self.year_spin.setObjectName("cycleStartYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(2032)
        self.message = QLabel(page)
        self.message.setObjectName("cycleMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Première année du nouveau plan :"), page))
        buttons.addWidget(self.year_spin)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Plans des zones :") if self.merge else
                                self.tr("Plan précédent :"), page))
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.ask_plan)
        self.remove_button.clicked.connect(self._remove_selected)
        return page

    def _review_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("Vérifiez le nouveau plan avant sa création. Rien n'est encore "
                               "écrit."), page)
        intro.setWordWrap(True)
        self.review = QTextBrowser(page)
        self.review.setObjectName("cycleReview")
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.review, 1)
        return page

    # -- step 1 ---------------------------------------------------------------------------------

    def ask_plan(self) -> bool:
        """Ask for a previous plan file and add it."""
        path = dialogs.open_file_name(self, self.folder)
        return self.add_plan(path) if path else False

    def add_plan(self, path: Path) -> bool:
        """Read a previous plan file (without locking it) and add it to the list."""
        from zonalplan.store import read_plan

        path = Path(path)
        if path in self.paths:
            self._show(self.tr("« %1 » est déjà dans la liste.").replace("%1", path.name))
            return False
        try:
            plan = read_plan(path)
        except PlanError as exc:
            self._show(str(exc))
            return False
        except OSError as exc:
            self._show(self.tr("« %1 » ne peut pas être lu : %2").replace("%1", path.name)
                       .replace("%2", exc.strerror or str(exc)))
            return False
        if not self.merge:
            self.paths, self.plans = [], []
            self.files.clear()
        self.paths.append(path)
        self.plans.append(plan)
        self.files.addItem(f"{origin(plan)} — {path.name}")
        self.folder = str(path.parent)
        if not self.merge or len(self.plans) == 1:
            self.year_spin.setValue(min(2100, max(p.period.end_year for p in self.plans) + 1))
        self._show("")
        self._update_buttons()
        return True

    def _remove_selected(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)
            del self.paths[row], self.plans[row]
        self._update_buttons()

    def _show(self, message: str) -> None:
        self.message.setText(message)

    def build(self) -> bool:
        """Build the new plan in memory and show the review step (nothing is written)."""
        needed = 2 if self.merge else 1
        if len(self.plans) < needed:
            self._show(self.tr("Ajoutez le plan de chacune des zones qui fusionnent (au moins "
                               "deux).") if self.merge else self.tr("Ajoutez le plan précédent."))
            return False
        try:
            self.plan, self.report = new_cycle(self.plans, self.year_spin.value())
        except PlanError as exc:
            self._show(str(exc))
            return False
        self.review.setHtml(self.review_html())
        self._go(1)
        return True

    # -- step 2 ---------------------------------------------------------------------------------

    def review_html(self) -> str:
        """Return the review of the new plan: what was built, notes, decisions left open."""
        plan, report = self.plan, self.report
        assert plan is not None and report is not None
        zone = plan.zone
        name = zone.name or self.tr("Zone sans nom")
        communes = self.tr("%1 commune(s)").replace("%1", str(len(zone.communes)))
        if zone.communes:
            communes += " : " + ", ".join(c.name for c in zone.communes)
        facts = [communes,
                 self.tr("%1 membre(s) du CZS").replace("%1", str(len(plan.czs_members))),
                 self.tr("%1 objectif(s) candidat(s), aucun objectif décidé").replace(
                     "%1", str(len(plan.candidates))),
                 self.tr("%1 décision(s) nationale(s) reprise(s)").replace(
                     "%1", str(len(plan.decisions)))]
        parts = [f"<h3>{escape(name)} — {plan.period.start_year}-{plan.period.end_year}</h3>",
                 _bullets(facts)]
        if report.notes:
            parts += [f"<h4>{escape(self.tr('À savoir'))}</h4>", _bullets(report.notes)]
        if report.decision_conflicts:
            title = self.tr("Décisions nationales à prendre (les zones divergent)")
            rows = "".join(f"<tr><td>{escape(ref)}</td><td>"
                           f"{'<br>'.join(escape(p) for p in positions)}</td></tr>"
                           for ref, positions in sorted(report.decision_conflicts.items()))
            parts.append(f"<h4>{escape(title)}</h4><table border='1' cellspacing='0' "
                         f"cellpadding='3'>{rows}</table>")
        if plan.candidates:
            title = self.tr("Objectifs candidats")
            parts += [f"<h4>{escape(title)}</h4>",
                      _bullets([f"{c.title} ({c.origin})" for c in plan.candidates])]
        return "".join(parts)

    def result_plan(self) -> Plan | None:
        """Return the new plan once reviewed (None before)."""
        return self.plan if self.stack.currentIndex() == 1 else None

    def suggested_name(self) -> str:
        """Return a file name for the new plan, next to the previous one."""
        plan = self.plan
        number = (plan.zone.number if plan and plan.zone.number else
                  self.tr("zone-fusionnee") if self.merge else "plan")
        start = plan.period.start_year if plan else self.year_spin.value()
        return str(Path(self.folder or Path.home()) / f"{number}-{start}.zplan")

    def _go(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        reviewing = self.stack.currentIndex() == 1
        self.back_button.setVisible(reviewing)
        self.next_button.setVisible(not reviewing)
        self.create_button.setVisible(reviewing)
        self.create_button.setDefault(reviewing)
        self.next_button.setDefault(not reviewing)
        self.next_button.setEnabled(bool(self.plans))
        self.remove_button.setEnabled(bool(self.plans))
        if not reviewing:
            self.files.setFocus(Qt.FocusReason.OtherFocusReason)


def _bullets(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"

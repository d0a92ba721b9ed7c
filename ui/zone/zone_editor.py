"""Behaviour of the « Zone et CZS » chapter: every edit is an undoable command of the plan."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QTableWidgetItem, QWidget

from ui.binding.merge import TypingMerge
from ui.binding.values import format_integer, parse_integer
from ui.widgets.delegates import VALUE_ROLE, ChoiceDelegate
from ui.zone.zone_view import EDIT_TRIGGERS, ZoneView, fit_rows
from zonalplan.commands import InsertElement, MoveElement, RemoveElement, SetValue
from zonalplan.model import CZS_ROLE_LABELS, Commune, CZSMember, CZSRole, Period

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Place


ROLE_ID = Qt.ItemDataRole.UserRole
MEMBER_FIELDS = ("name", "role", "commune", "function")


class ZoneEditor(ZoneView):
    """The zone's identity, its communes and the members of its CZS."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.session = session
        self._filling = False
        self._read_only = False
        self._typing = TypingMerge()
        self.members.setItemDelegateForColumn(1, ChoiceDelegate(
            lambda: [(label, role) for role, label in CZS_ROLE_LABELS.items()], parent=self))
        self.members.setItemDelegateForColumn(2, ChoiceDelegate(
            lambda: [("", None)] + [(c.name, c.name) for c in self.session.plan.zone.communes],
            editable=True, parent=self))
        for column, width in enumerate((180, 290, 150)):
            self.members.setColumnWidth(column, width)
        self._connect_callbacks()
        self.refresh()

    def _connect_callbacks(self) -> None:
        self.session.changed.connect(self._on_changed)
        self.session.reference_attached.connect(self._show_edition)
        self.start_year.valueChanged.connect(self._on_start_changed)
        self.end_year.valueChanged.connect(self._on_end_changed)
        self.communes.itemChanged.connect(self._on_commune_edited)
        self.members.itemChanged.connect(self._on_member_edited)
        self.communes.itemSelectionChanged.connect(self._update_buttons)
        self.members.itemSelectionChanged.connect(self._update_buttons)
        self.add_commune.clicked.connect(self._on_add_commune)
        self.remove_commune.clicked.connect(self._on_remove_commune)
        self.add_member.clicked.connect(self._on_add_member)
        self.remove_member.clicked.connect(self._on_remove_member)
        self.member_up.clicked.connect(lambda: self._on_move_member(-1))
        self.member_down.clicked.connect(lambda: self._on_move_member(+1))
        self.edition_button.clicked.connect(self.open_editions)

    # -- redraw ---------------------------------------------------------------------------------

    def _on_changed(self, changes: Any) -> None:
        if {"zone", "czs_members", "period", "plan", "metadata"} & set(changes.chapters):
            self.refresh()

    def refresh(self) -> None:
        """Redraw the period and the two tables from the plan."""
        plan = self.session.plan
        self._filling = True
        try:
            self.start_year.setValue(plan.period.start_year)
            self.end_year.setRange(plan.period.start_year, plan.period.start_year + 11)
            self.end_year.setValue(plan.period.end_year)
            years = plan.period.end_year - plan.period.start_year + 1
            self.cycle.setText(self.tr("cycle de {} ans").format(years))
            self._fill_communes()
            self._fill_members()
            self._show_edition()
            total = sum(c.population or 0 for c in plan.zone.communes)
            self.commune_total.setText(self.tr("Total : {} habitants").format(format_integer(total))
                                       if total else "")
            self.population.setPlaceholderText(
                self.tr("somme : {}").format(format_integer(total)) if total else "")
        finally:
            self._filling = False
        self._update_buttons()

    @staticmethod
    def _set_row(table: Any, row: int, items: list[QTableWidgetItem]) -> None:
        """Show ``items`` in a row; an existing cell keeps its item (and any open editor)."""
        for column, item in enumerate(items):
            current = table.item(row, column)
            if current is None:
                table.setItem(row, column, item)
                continue
            if current.text() != item.text():
                current.setText(item.text())
            for role in (ROLE_ID, VALUE_ROLE):
                if current.data(role) != item.data(role):
                    current.setData(role, item.data(role))

    def _fill(self, table: Any, rows: list[list[QTableWidgetItem]], keys: list[Any]) -> None:
        """Update the rows in place when the same elements are listed, rebuild otherwise."""
        if [table.item(r, 0).data(ROLE_ID) if table.item(r, 0) else None
                for r in range(table.rowCount())] != keys:
            row = table.currentRow()
            table.setRowCount(0)
            table.setRowCount(len(rows))
            if rows:
                table.setCurrentCell(min(max(row, 0), len(rows) - 1), 0)
        for row, items in enumerate(rows):
            items[0].setData(ROLE_ID, keys[row])
            self._set_row(table, row, items)

    def _fill_communes(self) -> None:
        communes = self.session.plan.zone.communes
        rows = [[QTableWidgetItem(c.name), QTableWidgetItem(c.nis_code or ""),
                 QTableWidgetItem(format_integer(c.population))] for c in communes]
        self._fill(self.communes, rows, [f"commune-{i}" for i in range(len(communes))])
        fit_rows(self.communes)

    def _fill_members(self) -> None:
        members = self.session.plan.czs_members
        rows = []
        for member in members:
            role = QTableWidgetItem(CZS_ROLE_LABELS[member.role])
            role.setData(VALUE_ROLE, member.role)
            commune = QTableWidgetItem(member.commune or "")
            commune.setData(VALUE_ROLE, member.commune)
            rows.append([QTableWidgetItem(member.name), role, commune,
                         QTableWidgetItem(member.function)])
        self._fill(self.members, rows, [m.id for m in members])
        fit_rows(self.members, max_rows=14)

    def _update_buttons(self) -> None:
        writable = not self._read_only
        self.add_commune.setEnabled(writable)
        self.remove_commune.setEnabled(writable and self.communes.currentRow() >= 0)
        row, count = self.members.currentRow(), self.members.rowCount()
        self.add_member.setEnabled(writable)
        self.remove_member.setEnabled(writable and row >= 0)
        self.member_up.setEnabled(writable and row > 0)
        self.member_down.setEnabled(writable and 0 <= row < count - 1)

    # -- period -----------------------------------------------------------------------------------

    def _set_period(self, start: int, end: int) -> None:
        current = self.session.plan.period
        if (start, end) == (current.start_year, current.end_year):
            return
        try:
            period = Period(start_year=start, end_year=end)
        except ValueError:
            return
        self.session.run(SetValue(("period",), period, text=self.tr("Modifier la période"),
                                  merge_id=self._typing.merge_id("period")))

    def _on_start_changed(self, start: int) -> None:
        if self._filling:
            return
        period = self.session.plan.period
        self._set_period(start, start + (period.end_year - period.start_year))

    def _on_end_changed(self, end: int) -> None:
        if not self._filling:
            self._set_period(self.session.plan.period.start_year, end)

    # -- edition of the national frame ---------------------------------------------------------

    def _show_edition(self) -> None:
        reference = self.session.reference
        if reference is None:  # at start-up the reference follows the first chapter
            self.edition.setText(self.tr("(référentiel en chargement)"))
        else:  # the editions module reads reference packs: imported once there is a reference
            from zonalplan.editing.editions import plan_edition_record

            self.edition.setText(plan_edition_record(self.session.plan, reference))
        self.edition_button.setEnabled(reference is not None)

    def open_editions(self) -> Any:
        """Open the editions dialog: installed editions, the plan's, choosing another."""
        from ui.binding.editions_dialog import EditionsDialog

        if self.session.reference is None:
            return None
        dialog = EditionsDialog(self.session, self.session.reference, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- communes ---------------------------------------------------------------------------------

    def _on_commune_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, column = item.row(), item.column()
        communes = [c.model_copy() for c in self.session.plan.zone.communes]
        if row >= len(communes):
            return
        text = item.text().strip()
        data = communes[row].model_dump()
        try:
            if column == 0:
                data["name"] = text
            elif column == 1:
                data["nis_code"] = re.sub(r"\s", "", text) or None
            else:
                data["population"] = parse_integer(text)
        except ValueError as exc:
            self.session.error.emit(str(exc))
            self.refresh()
            return
        communes[row] = data  # validated by the command
        if not self.session.run(SetValue(("zone", "communes"), communes,
                                            text=self.tr("Modifier une commune"))):
            self.refresh()

    def _on_add_commune(self) -> None:
        communes = [*self.session.plan.zone.communes, Commune(name=self.tr("Nouvelle commune"))]
        if self.session.run(SetValue(("zone", "communes"), communes,
                                     text=self.tr("Ajouter une commune"))):
            row = len(communes) - 1
            self.communes.setCurrentCell(row, 0)
            self.communes.setFocus()
            self.communes.editItem(self.communes.item(row, 0))

    def _on_remove_commune(self) -> None:
        row = self.communes.currentRow()
        communes = list(self.session.plan.zone.communes)
        if 0 <= row < len(communes):
            del communes[row]
            self.session.run(SetValue(("zone", "communes"), communes,
                                      text=self.tr("Supprimer une commune")))

    # -- CZS members ----------------------------------------------------------------------------

    def _member_id(self, row: int) -> str | None:
        item = self.members.item(row, 0)
        return item.data(ROLE_ID) if item else None

    def _set_member(self, key: str, name: str, value: Any) -> None:
        if self._filling:
            return
        member = next((m for m in self.session.plan.czs_members if m.id == key), None)
        if member is None or getattr(member, name) == value:
            return
        if not self.session.run(SetValue(("czs_members", key, name), value,
                                            text=self.tr("Modifier un membre du CZS"))):
            self.refresh()

    def _on_member_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        name = MEMBER_FIELDS[item.column()]
        key = self._member_id(item.row())
        if key is None:
            return
        if name in ("role", "commune"):
            value = item.data(VALUE_ROLE)
            self._set_member(key, name, value.strip() or None if isinstance(value, str) else value)
        else:
            self._set_member(key, name, item.text().strip())

    def _on_add_member(self) -> None:
        member = CZSMember(name=self.tr("Nouveau membre"), role=CZSRole.OTHER)
        if self.session.run(InsertElement(("czs_members",), member,
                                          text=self.tr("Ajouter un membre du CZS"))):
            row = len(self.session.plan.czs_members) - 1
            self.members.setCurrentCell(row, 0)
            self.members.setFocus()
            self.members.editItem(self.members.item(row, 0))

    def _on_remove_member(self) -> None:
        key = self._member_id(self.members.currentRow())
        if key:
            self.session.run(RemoveElement(("czs_members",), key,
                                           text=self.tr("Supprimer un membre du CZS")))

    def _on_move_member(self, step: int) -> None:
        row = self.members.currentRow()
        key = self._member_id(row)
        if key and 0 <= row + step < self.members.rowCount():
            self.session.run(MoveElement(("czs_members",), key, row + step,
                                         text=self.tr("Déplacer un membre du CZS")))
            self.members.setCurrentCell(row + step, 0)

    # -- editor protocol ------------------------------------------------------------------------

    def show_place(self, place: Place) -> bool:
        """Focus the field or table a finding is about."""
        chapter, name = place.chapter, place.field
        targets = {"name": self.name, "number": self.number, "communes": self.communes,
                   "population": self.population, "province": self.province,
                   "judicial_district": self.district, "region": self.region}
        if chapter == "czs":
            target = self.members
        elif chapter == "period" and name == "reference_edition":
            target = self.edition_button
        elif chapter == "period":
            target = self.start_year
        else:
            target = targets.get(name or "", self.name)
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:  # the chapter page's scroll area
            area.ensureWidgetVisible(target)
        target.setFocus()
        return True

    def focus_first(self) -> None:
        """Put the focus in the zone name."""
        self.name.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        """Allow reading only."""
        self._read_only = read_only
        for field in (self.name, self.number, self.region, self.province, self.district,
                      self.population, self.area):
            field.set_read_only(read_only)
        self.start_year.setReadOnly(read_only)
        self.end_year.setReadOnly(read_only)
        triggers = EDIT_TRIGGERS if not read_only else self.communes.EditTrigger.NoEditTriggers
        self.communes.setEditTriggers(triggers)
        self.members.setEditTriggers(triggers)
        self.refresh()

"""New-plan wizard and guided mode: create a plan page by page, walk the chapters, resume."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ui.wizard.new_plan import NewPlanWizard
from zonalplan.guidance import guided_steps
from zonalplan.model import AuthorKind, CZSRole, Region
from zonalplan.store import read_plan


def fill_wizard(qtbot, wizard: NewPlanWizard, path: Path | None, *, guided: bool = True) -> None:
    """Fill every page the way a chief would and click « Créer le plan »."""
    wizard.show()
    zone = wizard.zone_page
    qtbot.keyClicks(zone.name, "ZP des Hauts-Pays")
    qtbot.keyClicks(zone.number, "5329")
    zone.region.setCurrentIndex(zone.region.findData(Region.WALLONIA))
    qtbot.keyClicks(zone.province, "Hainaut")
    qtbot.keyClicks(zone.district, "Mons")
    wizard.next()
    communes = wizard.communes_page
    communes.table.item(0, 0).setText("Dour")
    communes.table.item(0, 1).setText("17 000")
    communes.table.item(0, 2).setText("53020")
    row = communes.add_row()
    communes.table.item(row, 0).setText("Quiévrain")
    communes.table.item(row, 1).setText("6800")
    wizard.next()
    assert wizard.period_page.start.value() == 2026 and wizard.period_page.end.value() == 2031
    wizard.next()
    members = wizard.czs_page.table
    roles = [members.cellWidget(r, 1).currentData() for r in range(members.rowCount())]
    assert roles == [CZSRole.MAYOR, CZSRole.MAYOR, CZSRole.PROSECUTOR,
                     CZSRole.CHIEF_OF_POLICE, CZSRole.DIRCO]
    members.item(0, 0).setText("Carine Dupont")
    members.item(3, 0).setText("Marc Lefèvre")
    wizard.next()
    page = wizard.file_page
    assert page.path.text().endswith("PZS-2026-2031-5329.zplan")
    page.path.setText(str(path) if path else "")
    page.guided.setChecked(guided)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_wizard_builds_the_plan(qtbot, tmp_path):
    wizard = NewPlanWizard(str(tmp_path))
    qtbot.addWidget(wizard)
    fill_wizard(qtbot, wizard, tmp_path / "hauts-pays.zplan")
    assert wizard.result() == QWizard.DialogCode.Accepted
    plan = wizard.result_plan()
    assert plan.zone.name == "ZP des Hauts-Pays" and plan.zone.number == "5329"
    assert plan.zone.region is Region.WALLONIA and plan.zone.judicial_district == "Mons"
    assert [(c.name, c.population, c.nis_code) for c in plan.zone.communes] == [
        ("Dour", 17000, "53020"), ("Quiévrain", 6800, None)]
    assert [(m.name, m.role, m.commune) for m in plan.czs_members] == [
        ("Carine Dupont", CZSRole.MAYOR, "Dour"),
        ("Marc Lefèvre", CZSRole.CHIEF_OF_POLICE, None)]
    assert [e.author_kind for e in plan.expectations] == [
        AuthorKind.MAYOR, AuthorKind.MAYOR, AuthorKind.PROSECUTOR,
        AuthorKind.GOVERNOR, AuthorKind.DIRCO]
    assert wizard.target_path() == tmp_path / "hauts-pays.zplan" and wizard.guided()


@pytest.mark.parametrize(("page", "setup", "message"), [
    (0, lambda w: w.zone_page.number.setText("5329"), "nom de la zone"),
    (0, lambda w: w.zone_page.name.setText("ZP"), "4 chiffres"),
])
def test_zone_page_refuses_incomplete_input(qtbot, page, setup, message):
    wizard = NewPlanWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    setup(wizard)
    wizard.next()
    assert wizard.currentId() == page
    assert message in wizard.zone_page.error.text()


def test_communes_page_needs_a_commune_and_valid_codes(qtbot):
    wizard = NewPlanWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.zone_page.name.setText("ZP")
    wizard.zone_page.number.setText("5300")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == 1 and "au moins une commune" in wizard.communes_page.error.text()
    wizard.communes_page.table.item(0, 0).setText("Dour")
    wizard.communes_page.table.item(0, 2).setText("12")
    wizard.next()
    assert wizard.currentId() == 1 and "5 chiffres" in wizard.communes_page.error.text()
    wizard.communes_page.table.item(0, 2).setText("")
    wizard.communes_page.table.item(0, 1).setText("beaucoup")
    wizard.next()
    assert "entier" in wizard.communes_page.error.text()


def test_file_page_refuses_an_existing_file(qtbot, tmp_path):
    existing = tmp_path / "deja.zplan"
    existing.write_text("x")
    wizard = NewPlanWizard(str(tmp_path))
    qtbot.addWidget(wizard)
    fill_wizard(qtbot, wizard, existing)
    assert wizard.result() != QWizard.DialogCode.Accepted
    assert "existe déjà" in wizard.file_page.error.text()
    assert existing.read_text() == "x"


def test_new_plan_from_the_window_then_guided_steps(qtbot, window, tmp_path, dialogs):
    path = tmp_path / "hauts-pays.zplan"
    dialogs.answer("exec_dialog", lambda wizard: fill_wizard(qtbot, wizard, path) or True)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert read_plan(path).zone.number == "5329"
    session = window.session
    assert session.path == path and not session.modified
    guided = window.guided
    assert guided.active and guided.bar.isVisible()
    assert window.plan_view.current_chapter() == "zone"
    assert guided.bar.label.text().endswith(f"étape 1 sur {len(guided_steps())} : Zone et CZS")
    assert window.actions["guided_mode"].isChecked()
    # the advice follows the preference (off by default), guided mode does not unfold it
    assert not window.prefs.guidance_expanded
    assert not window.plan_view.page("zone").guidance.expanded
    guided.bar.next.click()
    assert window.plan_view.current_chapter() == "foreword"
    guided.bar.next.click()
    assert window.plan_view.current_chapter() == "env_territory"
    guided.bar.previous.click()
    assert window.plan_view.current_chapter() == "foreword"
    assert window.prefs.guided[str(path.resolve())] == "foreword"


def test_guided_mode_resumes_where_the_chief_left(make_window, tmp_path, qtbot, dialogs):
    path = tmp_path / "plan.zplan"
    first = make_window()
    dialogs.answer("exec_dialog", lambda wizard: fill_wizard(qtbot, wizard, path) or True)
    first.new_plan()
    for _ in range(3):
        first.guided.next()
    step = first.plan_view.current_chapter()
    assert step == guided_steps()[3].id
    first.close()
    second = make_window()
    second.open_path(path)
    assert second.guided.active and second.plan_view.current_chapter() == step
    second.guided.bar.quit.click()
    assert not second.guided.active and not second.guided.bar.isVisible()
    assert str(path.resolve()) not in second.prefs.guided
    second.close()
    third = make_window()
    third.open_path(path)
    assert not third.guided.active
    third.actions["guided_mode"].trigger()  # resumes at the first chapter not complete
    assert third.guided.active and third.plan_view.current_chapter() == "foreword"


def test_last_step_ends_guided_mode(window, demo_file):
    window.open_path(demo_file)
    window.guided.start(guided_steps()[-1].id)
    assert window.guided.bar.next.text() == "Terminer"
    window.guided.bar.next.click()
    assert not window.guided.active
    assert not window.actions["guided_mode"].isChecked()

"""Chapter navigator, pages, findings' places; a broken feature editor fails loudly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.shell import chapters
from zonalplan.alignment.report import Finding, Place, Report
from zonalplan.commands import SetValue
from zonalplan.guidance import CHAPTERS
from zonalplan.model import Plan


def test_chapters_in_pzs_order_with_completion(qtbot, window):
    window.adopt_new_plan(Plan(), None, guided=False)
    navigator = window.plan_view.navigator
    top = [navigator.topLevelItem(i).text(0) for i in range(navigator.topLevelItemCount())]
    assert top == ["Zone et CZS", "Avant-propos", "Analyse de l'environnement",
                   "Mission, vision, valeurs", "Attentes des autorités et partenaires",
                   "Stratégie et priorités", "Priorités nationales", "Capacité",
                   "Communication", "Approbation", "Suivi", "Versions"]
    env = navigator.items["environment"]
    assert [env.child(i).text(0) for i in range(env.childCount())] == [
        "Données de la zone", "Territoire", "Criminalité", "Sécurité routière",
        "Enquête de population", "Fonctionnement interne", "Enseignements du plan précédent"]
    assert navigator.state_of("mvv") == "empty"
    window.session.run(SetValue(("sections", "mission"), "Servir la population"))
    qtbot.waitUntil(lambda: "en cours" in navigator.items["mvv"].toolTip(0), timeout=2000)
    assert navigator.items["mvv"].data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == \
        "en cours"


def test_every_chapter_page_builds_and_clicking_the_list_shows_it(qtbot, window, demo_file):
    window.open_path(demo_file)
    view = window.plan_view
    for chapter in CHAPTERS:
        view.navigator.setCurrentItem(view.navigator.items[chapter.id])
        assert view.current_chapter() == chapter.id
        page = view.page(chapter.id)
        assert page.title.text() == chapter.title
        assert type(page.editor).__name__ != "PlaceholderEditor", chapter.id


def test_overview_lists_parts_and_opens_one(qtbot, window, demo_file):
    window.open_path(demo_file)
    window.plan_view.show_chapter("environment")
    overview = window.plan_view.editor("environment")
    assert overview.list.count() == 7
    assert overview.list.item(0).text().startswith("Données de la zone — complet")
    assert overview.list.item(1).text().startswith("Territoire — complet (")
    overview.list.itemActivated.emit(overview.list.item(4))
    assert window.plan_view.current_chapter() == "env_survey"
    assert QApplication.focusWidget() is window.plan_view.editor("env_survey").editors[
        "env_survey"]


def test_findings_show_as_error_counts_and_places_are_focused(qtbot, window, demo_file):
    window.open_path(demo_file)
    qtbot.waitUntil(lambda: window.session.report is not None, timeout=5000)  # the real check
    report = Report(findings=[
        Finding("r1", "erreur", "Vision vide", Place("sections", field="vision")),
        Finding("r2", "erreur", "Numéro", Place("zone", field="number")),
        Finding("r3", "avertissement", "Remarque", Place("sections", field="vision")),
    ])
    window.session.report_ready.emit(report)
    navigator = window.plan_view.navigator
    assert navigator.items["mvv"].text(1) == "1" and navigator.items["zone"].text(1) == "1"
    assert navigator.items["foreword"].text(1) == ""
    assert window.status.findings.text() == "2 erreur(s), 1 avertissement(s)"
    window.session.focus_requested.emit(Place("sections", field="vision"))
    assert window.plan_view.current_chapter() == "mvv"
    assert QApplication.focusWidget() is window.plan_view.editor("mvv").editors["vision"]
    window.session.focus_requested.emit(Place("zone", field="number"))
    assert QApplication.focusWidget() is window.plan_view.editor("zone").number
    report = Report(findings=[Finding("r4", "erreur", "Env", Place("sections",
                                                                   field="env_crime"))])
    window.session.report_ready.emit(report)
    assert navigator.items["env_crime"].text(1) == "1"
    assert navigator.items["environment"].text(1) == "1"
    assert navigator.items["mvv"].text(1) == ""


def test_a_broken_feature_fails_loudly_instead_of_a_placeholder(window, demo_file, monkeypatch):
    def broken(*_args):
        raise ImportError("No module named 'ui.capacite_absente'")

    monkeypatch.setitem(chapters.FEATURES, "capacity", broken)
    window.open_path(demo_file)
    with pytest.raises(ImportError, match="capacite_absente"):
        window.plan_view.page("capacity")
    assert "capacity" not in window.plan_view.pages
    window.plan_view.show_chapter("decisions")
    assert type(window.plan_view.editor("decisions")).__name__ == "DecisionsEditor"
    window.session.run(SetValue(("sections", "vision"), "Toujours utilisable"))
    assert window.session.plan.sections.vision == "Toujours utilisable"


def test_editors_wait_for_the_reference_loaded_in_the_background(qtbot, make_window, demo_file,
                                                                 reference):
    window = make_window(reference=None)
    window.open_path(demo_file)
    window.plan_view.show_chapter("decisions")
    assert window.plan_view.editor("decisions").message.text() == \
        "Chargement du référentiel national…"
    window.load_reference_in_background()
    qtbot.waitUntil(lambda: window.reference is not None, timeout=30000)
    assert type(window.plan_view.editor("decisions")).__name__ == "DecisionsEditor"
    assert window.plan_view.current_chapter() == "decisions"
    assert type(window.alignment_dock).__name__ == "AlignmentPanel"
    assert window.alignment_dock.objectName() == "alignmentDock"

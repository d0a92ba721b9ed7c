"""A Dutch or German interface shows the national frame in its language, with its status."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator

from tests.ui.editor_host import host
from ui.decisions import DecisionsEditor
from ui.decisions.model import COL_TITLE
from ui.reference_browser import ReferenceBrowser
from ui.shell.app import install_translations
from zonalplan import guidance as guidance_module
from zonalplan.i18n import set_language


@pytest.fixture
def speak(qapp):
    """Install a language for the test; French again afterwards (Qt, advice and the core)."""
    before = QLocale()
    yield lambda language: install_translations(qapp, language)
    for translator in qapp.findChildren(QTranslator, "zonalplanTranslator"):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    guidance_module.set_language("fr")
    set_language("fr")


def test_browser_shows_a_dutch_title_kind_and_working_translation(qtbot, speak):
    speak("nl")
    env = host(qtbot, ReferenceBrowser)
    browser = env.widget
    assert browser.show_item("pns.1")
    text = browser.view.detail.toPlainText()
    assert "Georganiseerde criminaliteit" in text
    assert "thema van het NVP" in text and "werkvertaling" in text
    for french in ("Criminalité organisée", "thème du PNS", "Plan national de sécurité",
                   "traduction de travail"):
        assert french not in text.split("Bron")[0], french  # the citation names the French text
    assert browser.view.tree.currentIndex().data() == "1 Georganiseerde criminaliteit"
    assert "Nationaal Veiligheidsplan" in browser.view.source_combo.itemText(0)


def test_browser_search_in_german_lists_german_titles(qtbot, speak):
    speak("de")
    env = host(qtbot, ReferenceBrowser)
    browser = env.widget
    hits = browser.search("Verkehrssicherheit")
    assert hits, "a German word finds the German titles"
    shown = browser.search_model.item(0).text()
    assert env.reference.item(hits[0], "de").label in shown


def test_decisions_list_national_themes_in_dutch(qtbot, speak):
    speak("nl")
    env = host(qtbot, DecisionsEditor)
    model = env.widget.model
    titles = [model.index(row, COL_TITLE).data() for row in range(model.rowCount())]
    assert any("Georganiseerde criminaliteit" in t for t in titles)
    assert not any("Criminalité organisée" in t for t in titles)


def test_citation_says_it_names_the_french_text(qtbot, speak):
    """The citation keeps the French edition's words (its pages) and says so, « [fr] »."""
    from ui.decisions.official_text import official_html

    speak("de")
    env = host(qtbot, ReferenceBrowser)
    assert env.widget.show_item("pns.1")
    text = env.widget.view.detail.toPlainText()
    assert "Quelle: PNS 2026-2029, Chapitre 2" in text and "[fr]" in text
    assert "Quelle :" not in text
    html = official_html(env.reference, env.reference.item("pns.1", "de"))
    assert "Quelle: PNS 2026-2029" in html and "[fr]" in html

"""Reference browser: trees, accent-insensitive search, official texts, linking to objectives."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMainWindow

from tests.ui.editor_host import host
from ui.objectives import ObjectivesEditor
from ui.objectives.list_model import REF_MIME
from ui.reference_browser import ReferenceBrowser
from ui.reference_browser.models import GLOSSARY
from zonalplan.alignment.report import Place


def _with_objectives(session, reference):
    """Host the browser as a dock next to an objectives editor (same session)."""
    window = QMainWindow()
    editor = ObjectivesEditor(session, reference, window)
    window.setCentralWidget(editor)
    browser = ReferenceBrowser(session, reference, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, browser)
    browser.editor = editor
    return window


def test_every_source_has_a_tree(qtbot):
    env = host(qtbot, ReferenceBrowser)
    browser = env.widget
    combo = browser.view.source_combo
    sources = [combo.itemData(i) for i in range(combo.count())]
    assert sources[:4] == ["pns", "ncsi", "ssn", "goci"] and GLOSSARY in sources
    for position in range(combo.count()):
        combo.setCurrentIndex(position)
        assert browser.view.tree.model().rowCount() > 0
    assert "(2026-2029)" in combo.itemText(0)


def test_search_is_accent_and_case_insensitive(qtbot):
    env = host(qtbot, ReferenceBrowser)
    browser = env.widget
    hits = browser.search("cambriolage")
    assert "pns.reg.2" in hits[:5] or "ncsi.d2.t1" in hits[:5]
    assert browser.view.stack.currentWidget() is browser.view.hits
    assert "pns.5" in browser.search("SECURITE ROUTIERE")[:3]
    assert browser.search("stupefiants")  # « stupéfiants » typed without accent
    assert browser.search("zzzzqqq") == []
    assert "Aucun résultat" in browser.view.no_hits.text()
    browser.view.search_edit.clear()
    qtbot.waitUntil(lambda: browser.view.stack.currentWidget() is browser.view.tree, timeout=2000)


def test_typing_in_search_field_shows_hits_after_a_pause(qtbot):
    env = host(qtbot, ReferenceBrowser)
    browser = env.widget
    browser.focus_search()
    qtbot.keyClicks(browser.view.search_edit, "violence intrafamiliale")
    qtbot.waitUntil(lambda: browser.search_model.rowCount() > 0, timeout=3000)
    assert browser.current_ref_id == browser.search_model.ref_ids()[0]


def test_detail_shows_full_text_path_and_source_section(qtbot):
    env = host(qtbot, ReferenceBrowser)
    browser = env.widget
    item = env.reference.item("pns.1.1")
    assert browser.show_item("pns.1.1")
    text = browser.view.detail.toPlainText()
    assert item.text[:80] in text.replace("\n", " ")
    assert item.reference in text
    assert " › ".join(item.path[1:]) in text
    assert "P2" in text  # the plan's objective linked to it
    assert browser.view.tree.currentIndex().data() == item.label
    browser.view.detail.anchorClicked.emit(QUrl("ref:pns.1.1.loc.1"))
    assert browser.current_ref_id == "pns.1.1.loc.1"


def test_link_button_links_item_to_selected_objective_then_undo(qtbot):
    env = host(qtbot, ReferenceBrowser)
    window = _with_objectives(env.session, env.reference)
    qtbot.addWidget(window)
    window.show()
    browser = window.findChild(ReferenceBrowser)
    session = env.session
    browser.editor.select_objective("obj-pa3")
    assert browser.show_item("ncsi.d5.t1")
    assert browser.view.link_button.isEnabled()
    assert "PA3" in browser.view.link_button.text()
    qtbot.mouseClick(browser.view.link_button, Qt.MouseButton.LeftButton)
    assert [lk.ref_id for lk in session.plan.objective("obj-pa3").links] == ["ncsi.d5.t1"]
    assert "PA3" in browser.view.status.text()
    assert not browser.link_current()  # already linked
    assert "Déjà lié" in browser.view.status.text()
    session.undo_stack.undo()
    assert session.plan.objective("obj-pa3").links == []
    browser.show_item("pns.ch1")  # a chapter is not a national priority
    assert not browser.view.link_button.isEnabled()


def test_dragged_items_carry_their_id(qtbot):
    env = host(qtbot, ReferenceBrowser)
    browser = env.widget
    hits = browser.search("cambriolage")
    data = browser.search_model.mimeData([browser.search_model.index(0, 0)])
    assert bytes(data.data(REF_MIME).data()).decode() == hits[0]
    tree = browser.view.tree.model()
    index = tree.index_of("pns.5")
    assert tree.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert bytes(tree.mimeData([index]).data(REF_MIME).data()).decode() == "pns.5"


def test_focus_request_for_a_national_item_shows_it(qtbot):
    env = host(qtbot, ReferenceBrowser)
    browser = env.widget
    env.session.focus_requested.emit(Place("objectives", ref_id="pns.c7"))
    assert browser.current_ref_id == "pns.c7"
    env.session.focus_requested.emit(Place("objectives", "obj-p1", "links", "pns.c9"))
    assert browser.current_ref_id == "pns.c7"  # an objective's place is for the editor

"""Layout on the most common police laptop screen (1366×768): the window keeps its size while the
user walks every chapter and the guided mode, no editor needs horizontal scrolling, and controls
keep their place."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui import tasks
from zonalplan.guidance import CHAPTERS, guided_steps

SIZE = (1366, 768)


def _settle() -> None:
    tasks.wait_all()
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def small_window(make_window, demo_file):
    window = make_window()
    window.resize(*SIZE)
    window.open_path(demo_file)
    _settle()
    return window


def test_window_keeps_its_size_and_no_editor_scrolls_sideways(small_window):
    window = small_window
    size = window.size()
    assert (size.width(), size.height()) == SIZE
    too_wide = []
    for chapter in CHAPTERS:
        window.plan_view.show_chapter(chapter.id)
        _settle()
        assert window.size() == size, f"la fenêtre change de taille au chapitre {chapter.id}"
        page = window.plan_view.page(chapter.id)
        if page.scroll.needs_horizontal_scrolling():
            too_wide.append((chapter.id, page.editor.minimumSizeHint().width(),
                             page.scroll.viewport().width()))
    assert not too_wide, too_wide


def test_guided_mode_keeps_the_window_and_its_bar_still(small_window):
    window = small_window
    size = window.size()
    bar = window.guided.bar
    window.guided.start(guided_steps()[0].id)
    _settle()
    height = bar.height()
    place = bar.next.mapTo(window, bar.next.rect().topLeft())
    for _step in guided_steps()[1:]:
        bar.next.click()
        _settle()
        assert window.size() == size
        assert bar.height() == height, "la barre du mode guidé change de hauteur"
        assert bar.next.mapTo(window, bar.next.rect().topLeft()) == place
        page = window.plan_view.page(window.plan_view.current_chapter())
        assert not page.guidance.expanded  # the preference (off) holds in guided mode
    window.guided.stop()


def test_objective_findings_strip_keeps_the_tabs_in_place(small_window):
    window = small_window
    window.plan_view.show_chapter("strategy")
    _settle()
    editor = window.plan_view.editor("strategy")
    tabs_y = editor.view.tabs.mapTo(window, editor.view.tabs.rect().topLeft()).y()
    first, *others = [o.id for o in window.session.plan.objectives]
    for objective in others:
        editor.select_objective(objective)
        _settle()
        assert editor.view.tabs.mapTo(window, editor.view.tabs.rect().topLeft()).y() == tabs_y


def _objectives_table(make_window, demo_file):
    window = make_window()
    window.resize(*SIZE)
    window.open_path(demo_file)
    window.plan_view.show_chapter("strategy")
    _settle()
    return window, window.plan_view.editor("strategy").view.table


def test_tables_keep_the_column_widths_the_user_sets(make_window, demo_file):
    window, table = _objectives_table(make_window, demo_file)
    table.horizontalHeader().resizeSection(0, 140)
    window.close()
    _settle()
    _again, table = _objectives_table(make_window, demo_file)
    assert table.horizontalHeader().sectionSize(0) == 140


def test_a_cut_cell_shows_its_whole_text_as_tooltip(small_window):
    from ui.widgets.tables import cell_is_elided

    window = small_window
    window.plan_view.show_chapter("strategy")
    _settle()
    table = window.plan_view.editor("strategy").view.table
    model = table.model()
    code = model.index(0, 0)
    assert table.property("elidedTips") is True
    table.horizontalHeader().resizeSection(0, 30)
    assert cell_is_elided(table, code)
    table.horizontalHeader().resizeSection(0, 200)
    assert not cell_is_elided(table, code)

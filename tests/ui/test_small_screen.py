"""Layout on the most common police laptop screens: 1366×768, and 1280×800 at 125 % (1024×640
logical pixels, what Qt lays out with ``QT_SCALE_FACTOR=1.25``). The window keeps its size while
the user walks every chapter and the guided mode, no editor needs horizontal scrolling, and controls
keep their place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QToolButton

from ui import tasks
from ui.shell.app import install_translations
from ui.widgets.reflow import tab_bar_fits
from zonalplan import guidance as guidance_module
from zonalplan.guidance import CHAPTERS, guided_steps

SIZE = (1366, 768)
SCALED = (1024, 640)  # 1280×800 physical pixels at 125 %
SIZES = [pytest.param((SIZE, "fr"), id="1366x768"),
         pytest.param((SCALED, "fr"), id="1280x800@125"),
         pytest.param((SCALED, "nl"), id="1280x800@125-nl")]  # longer labels


def _settle() -> None:
    tasks.wait_all()
    for _ in range(4):
        QApplication.processEvents()


def _open(make_window, demo_file, size: tuple[int, int] = SIZE):
    window = make_window()
    window.resize(*size)
    window.open_path(demo_file)
    _settle()
    return window


@pytest.fixture
def small_window(make_window, demo_file):
    return _open(make_window, demo_file)


@pytest.fixture(params=SIZES)
def laptop_window(request, qapp, make_window, demo_file):
    size, language = request.param
    before = QLocale()
    if language != "fr":
        install_translations(qapp, language)
    yield _open(make_window, demo_file, size)
    if language != "fr":
        for translator in qapp.findChildren(QTranslator, "zonalplanTranslator"):
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
        guidance_module.set_language("fr")


def test_window_keeps_its_size_and_no_editor_scrolls_sideways(laptop_window):
    window = laptop_window
    size = window.size()
    assert (size.width(), size.height()) in (SIZE, SCALED)
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


def test_guided_mode_keeps_the_window_and_its_bar_still(laptop_window):
    window = laptop_window
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


@pytest.mark.parametrize("laptop_window", [pytest.param((SIZE, "fr"), id="fr"),
                                           pytest.param((SIZE, "nl"), id="nl")], indirect=True)
def test_objective_tabs_show_every_title_without_arrows(laptop_window):
    window = laptop_window
    window.plan_view.show_chapter("strategy")
    _settle()
    editor = window.plan_view.editor("strategy")
    bar = editor.view.tabs.tabBar()
    for objective in [o.id for o in window.session.plan.objectives]:
        editor.select_objective(objective)
        _settle()
        arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        assert not arrows, "la barre d'onglets de l'objectif affiche des flèches"
        assert tab_bar_fits(bar), [bar.tabText(i) for i in range(bar.count())]
    assert not editor.view.splitter.is_stacked()  # list and form side by side at 1366×768


def test_narrow_window_puts_the_objective_form_under_the_list(make_window, demo_file):
    window = _open(make_window, demo_file, SCALED)
    window.plan_view.show_chapter("strategy")
    _settle()
    view = window.plan_view.editor("strategy").view
    assert view.splitter.is_stacked()
    assert tab_bar_fits(view.tabs.tabBar())
    window.resize(1600, 1000)  # more room: side by side again, the user did it
    _settle()
    assert not view.splitter.is_stacked()


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


def test_objective_titles_stay_readable_in_the_list_beside_the_form(laptop_window):
    """Shown beside the form, the list gives the titles room (type and domain give way)."""
    window = laptop_window
    window.plan_view.show_chapter("strategy")
    _settle()
    table = window.plan_view.editor("strategy").view.table
    room = table.horizontalHeader().sectionSize(1)
    assert room >= table.fontMetrics().horizontalAdvance("M" * 8), room

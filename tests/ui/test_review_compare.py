"""Side-by-side comparison: badges, word highlights, alignment delta, escaping, export."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser

from ui import tasks
from ui.review import (
    CompareDialog,
    CompareView,
    compare_two_files,
    compare_with_version,
)
from ui.review.compare_pages import ComparePages
from ui.session import open_session
from zonalplan.commands import SetValue
from zonalplan.demo import build_demo_plan
from zonalplan.model import Plan, Sections
from zonalplan.review.diff import diff_plans
from zonalplan.store import create_plan_file

HOSTILE = "<script>alert('x')</script> & Cie <b>gras</b>"


def drafts() -> tuple[Plan, Plan]:
    """Return the demo plan and a later draft: P1 reworded, P2 fixed, PA3 removed, foreword gone."""
    before, after = build_demo_plan(), build_demo_plan()
    before.objective("obj-p2").owner = ""  # finding fixed in the later draft
    p1 = after.objective("obj-p1")
    p1.description = p1.description.replace("cambriolages", "vols dans les habitations", 1)
    after.objectives = [o for o in after.objectives if o.id != "obj-pa3"]
    after.sections.foreword = ""  # finding introduced
    return before, after


def runs(browser: QTextBrowser) -> list[tuple[str, bool, bool]]:
    """Return the text runs of a browser's document as (text, struck out, underlined)."""
    out = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            out.append((fragment.text(), fmt.fontStrikeOut(), fmt.fontUnderline()))
            it += 1
        block = block.next()
    return out


@pytest.fixture
def view(qtbot, reference) -> CompareView:
    before, after = drafts()
    widget = CompareView.for_plans(before, after, reference, "Projet du 12/03", "Version actuelle")
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def test_changed_objective_is_badged_and_highlighted_word_by_word(qtbot, view):
    assert view.current_page() == "summary"
    assert view.item("objective:obj-p1").text(1) == "modifié"
    assert view.item("objective:obj-pa3").text(1) == "supprimé"
    assert view.item("objective:obj-p5").text(1) == ""
    assert view.item("chapter:foreword").text(1) == "modifié"
    assert "Les deux versions" not in view.single.toPlainText()

    with qtbot.waitSignal(view.page_shown) as shown:
        view.nav.setCurrentItem(view.item("objective:obj-p1"))
    assert shown.args == ["objective:obj-p1"]
    assert view.stack.currentWidget() is view.sides_page
    assert view.header_a.text() == "Avant — Projet du 12/03"
    deleted = [t for t, struck, _ in runs(view.before) if struck]
    inserted = [t for t, _, underlined in runs(view.after) if underlined]
    assert deleted == ["cambriolages"]
    assert inserted == ["vols dans les habitations"]
    assert not any(struck for _, struck, _ in runs(view.after))
    assert "Description" in view.before.toPlainText()


def test_alignment_delta_lists_fixed_and_new_findings_and_coverage(view):
    view.show_page("alignment")
    assert view.stack.currentWidget() is view.single
    text = view.single.toPlainText()
    assert "Constats corrigés (1)" in text
    assert "P2 — Lutter contre le trafic de stupéfiants et le deal de rue n'a pas de responsable" \
        in text
    assert "Nouveaux constats (" in text and "avant-propos" in text
    assert "Couverture du cadre national" in text and "Objectifs" in text
    assert "corrigé" in view.item("alignment").toolTip(1)


def test_navigation_between_changes_links_and_the_unchanged_filter(qtbot, view):
    view.step_change(+1)
    assert view.current_page() == "chapter:foreword"  # the first page with a difference
    view.step_change(+1)
    assert view.current_page() == "objective:obj-p1"
    view.step_change(-1)
    view.step_change(-1)
    assert view.current_page() == "alignment"  # wraps around to the last one
    view.show_page("summary")
    view.single.anchorClicked.emit(QUrl("page:objective:obj-pa3"))
    assert view.current_page() == "objective:obj-pa3"
    assert "supprimé dans la version « après »" in view.after.toPlainText()
    assert [t for t, struck, _ in runs(view.before) if struck]  # the whole objective struck out

    view.only_changes.setChecked(True)
    assert view.item("objective:obj-p5").isHidden()
    assert not view.item("objective:obj-p1").isHidden()
    assert not view.item("summary").isHidden()
    view.only_changes.setChecked(False)
    assert not view.item("objective:obj-p5").isHidden()


def test_hostile_text_is_escaped_in_the_diff(qtbot, reference):
    before, after = build_demo_plan(), build_demo_plan()
    after.objective("obj-p1").title += " " + HOSTILE
    after.sections.mission = HOSTILE + "\nSeconde ligne"
    pages = ComparePages(diff_plans(before, after, reference=reference), before, after, reference)
    html_after = pages.html("objective:obj-p1")[1]
    assert "<script>" not in html_after and "<b>gras</b>" not in html_after
    assert "&lt;script&gt;" in html_after and "&amp; Cie" in html_after

    view = CompareView(pages.diff, before, after, reference)
    qtbot.addWidget(view)
    view.show_page("objective:obj-p1")
    assert HOSTILE in view.after.toPlainText()
    inserted = "".join(t for t, _, underlined in runs(view.after) if underlined)
    assert "<script>alert('x')</script> & Cie <b>gras</b>" in inserted
    view.show_page("chapter:mvv")
    assert HOSTILE + "\nSeconde ligne" in view.after.toPlainText().replace("\u2029", "\n")
    view.show_page("summary")
    assert HOSTILE in view.single.toPlainText()  # the objective's title in the list of pages


def test_identical_plans_say_so(qtbot, reference):
    view = CompareView.for_plans(build_demo_plan(), build_demo_plan(), reference)
    qtbot.addWidget(view)
    assert "Les deux versions ont le même contenu." in view.single.toPlainText()
    assert not view.next_change.isEnabled()
    assert all(not page.status for page in view.model.pages)


def test_export_report_off_the_ui_thread(qtbot, view, tmp_path: Path):
    target = tmp_path / "rapport.docx"
    with qtbot.waitSignal(view.exported, timeout=20_000) as done:
        task = view.export_report(target)
    assert task is not None and done.args == [str(target)]
    assert view.export_button.isEnabled()
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Comparaison de deux versions" in text


def test_export_asks_where_and_can_be_cancelled(qtbot, reference, tmp_path: Path):
    asked = []
    before, after = drafts()
    view = CompareView(diff_plans(before, after, reference=reference), before, after, reference,
                       choose_save_path=lambda *args: asked.append(args) or None)
    qtbot.addWidget(view)
    view.export_button.click()
    assert asked and asked[0][2].endswith(".docx") and asked[0][4] == ".docx"
    assert view.export_task is None and view.export_button.isEnabled()


def test_compare_with_a_version_of_the_open_plan(qtbot, tmp_path: Path, reference, dialogs):
    path = create_plan_file(tmp_path / "demo.zplan", build_demo_plan())
    session = open_session(path, None)
    try:
        snapshot = session.plan_file.create_snapshot("Projet du 12/03", plan=session.plan)
        session.run(SetValue(("sections", "mission"), "Une mission réécrite."))
        dialog = compare_with_version(None, session, snapshot, reference)
        assert isinstance(dialog, CompareDialog)
        qtbot.addWidget(dialog)
        assert dialogs.called("show_window") == [(dialog,)]
        view = dialog.view
        assert "Projet du 12/03" in view.diff.before_label
        assert view.diff.after_label == "Version actuelle (non enregistrée)"
        assert [c.path for c in view.diff.sections] == ["sections/mission"]
        assert view.item("chapter:mvv").text(1) == "modifié"
        assert compare_with_version(None, session, 999, reference) is None
        assert "n'existe plus" in dialogs.called("error")[0][2]
    finally:
        session.close()


def test_compare_two_files_off_the_ui_thread(qtbot, tmp_path: Path, reference, dialogs):
    before, after = drafts()
    path_a = create_plan_file(tmp_path / "avant.zplan", before)
    path_b = create_plan_file(tmp_path / "apres.zplan", after)
    shown: list[CompareDialog] = []
    task = compare_two_files(None, reference, paths=(path_a, path_b), on_ready=shown.append)
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    assert shown[0].view.diff.before_label == "avant.zplan"
    assert shown[0].view.item("objective:obj-pa3").text(1) == "supprimé"
    assert tasks.wait_all()


def test_compare_two_files_asks_for_both_files(monkeypatch, tmp_path: Path, reference):
    from ui.review import pickers

    answers = iter([tmp_path / "a.zplan", None])
    monkeypatch.setattr(pickers, "choose_plan_file", lambda *args: next(answers))
    assert compare_two_files(None, reference) is None  # cancelled at the second file


def test_plans_of_two_zones_are_not_presented_as_two_versions(qtbot, reference):
    before, after = build_demo_plan(), build_demo_plan()
    same = ComparePages(diff_plans(before, after, reference=reference), before, after, reference)
    assert "deux versions du plan" in same.html("summary")
    assert "zones différentes" not in same.html("summary")
    after.zone.number, after.zone.name = "5314", "ZP Condroz-Famenne"
    diff = diff_plans(before, after, reference=reference)
    assert diff.different_zones
    pages = ComparePages(diff, before, after, reference)
    summary = pages.html("summary")
    assert "deux zones différentes" in summary and "deux versions du plan" not in summary
    view = CompareView(diff, before, after, reference)
    dialog = CompareDialog(view)
    qtbot.addWidget(dialog)
    assert "deux zones" in dialog.windowTitle()


def test_compare_pages_name_frame_items_and_fields_in_dutch(qtbot, reference):
    """A Dutch reader sees the national frame's Dutch titles and Dutch field names."""
    from ui.review.compare_pages import _section_title
    from zonalplan.i18n import using

    before = build_demo_plan()
    after = before.model_copy(deep=True)
    with using("nl"):
        pages = ComparePages(diff_plans(before, after, reference=reference), before, after,
                             reference)
        assert pages._ref_title("pns.1.1") == reference.item("pns.1.1", "nl").label
        assert "Drugshandel" in pages._ref_title("pns.1.1")
        assert _section_title("env_crime") != Sections.model_fields["env_crime"].title

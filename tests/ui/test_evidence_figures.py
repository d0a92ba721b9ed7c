"""Figures in text chapters: insert a chart, a table, a picture; move, caption, remove; undo."""

from __future__ import annotations

import io

from PIL import Image

from tests.ui.editor_host import host
from ui.evidence.figures_panel import FiguresPanel
from zonalplan.editing.evidence import chapter_figures
from zonalplan.model.evidence import FigureKind


def _panel(qtbot, chapter: str = "env_crime"):
    return host(qtbot, lambda session, _ref: FiguresPanel(session, chapter, (chapter,)))


def _ids(env, chapter: str = "env_crime") -> list[str]:
    return [f.id for f in chapter_figures(env.session.plan, chapter)]


def test_lists_the_chapter_figures_in_reading_order(qtbot) -> None:
    env = _panel(qtbot)
    panel = env.widget
    assert panel.list.count() == 2
    assert "Évolution des principaux phénomènes" in panel.list.item(0).text()
    assert "après le paragraphe 2" in panel.list.item(0).text()


def test_insert_a_trend_chart_after_a_paragraph_then_undo(qtbot, dialogs) -> None:
    env = _panel(qtbot)

    def fill(dialog) -> bool:
        dialog.set_kind("trend")
        assert dialog.series.isVisibleTo(dialog) and not dialog.breakdown.isVisibleTo(dialog)
        dialog.check_series("crime:Violence intrafamiliale")
        dialog.after.setValue(1)
        dialog.caption.setText("Violence intrafamiliale")
        return True

    dialogs.answer("exec_dialog", fill)
    env.widget.insert_button.click()
    figure = chapter_figures(env.session.plan, "env_crime")[0]
    assert (figure.kind, figure.chart, figure.after_paragraph) == (FigureKind.CHART, "trend", 1)
    assert figure.series == ["crime:Violence intrafamiliale"]
    assert env.widget.list.count() == 3 and env.widget.selected_id() == figure.id
    env.session.undo_stack.undo()
    assert env.widget.list.count() == 2


def test_dialog_refuses_a_chart_without_series(qtbot, dialogs) -> None:
    env = _panel(qtbot)
    messages = []

    def fill(dialog) -> bool:
        dialog.set_kind("table")
        dialog._on_ok()
        messages.append(dialog.message.text())
        return False

    dialogs.answer("exec_dialog", fill)
    env.widget.insert_button.click()
    assert messages == ["Cochez au moins une série."]
    assert env.widget.list.count() == 2


def test_picture_checked_by_the_core_then_inserted(qtbot, dialogs, tmp_path) -> None:
    env = _panel(qtbot, "env_territory")
    bad = tmp_path / "carte.png"
    bad.write_bytes(b"GIF89a not a png at all")
    good = tmp_path / "organigramme.png"
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, "PNG")
    good.write_bytes(buffer.getvalue())
    refused = []

    def fill(dialog) -> bool:
        dialog.set_kind("picture")
        assert not dialog.load_picture(bad)
        refused.append(dialog.message.text())
        assert dialog.load_picture(good)
        dialog.caption.setText("Organigramme de la zone")
        return True

    dialogs.answer("exec_dialog", fill)
    env.widget.insert_button.click()
    assert "carte.png" in refused[0] and "PNG ou JPEG" in refused[0]
    plan = env.session.plan
    figure = chapter_figures(plan, "env_territory")[0]
    picture = next(p for p in plan.pictures if p.id == figure.picture_id)
    assert (picture.width, picture.height, picture.caption) == (40, 30, "Organigramme de la zone")
    env.widget._select(figure.id)
    env.widget.remove_button.click()
    assert not plan.figures or figure.id not in [f.id for f in plan.figures]
    assert picture.id not in [p.id for p in plan.pictures]
    env.session.undo_stack.undo()
    assert picture.id in [p.id for p in env.session.plan.pictures]


def test_move_caption_remove_and_lock(qtbot, dialogs) -> None:
    env = _panel(qtbot)
    panel = env.widget
    first, second = _ids(env)
    panel._select(first)
    panel.down_button.click()
    assert _ids(env) == [second, first]
    dialogs.answer("ask_text", "Nouvelle légende")
    panel._select(first)
    panel.caption_button.click()
    assert next(f for f in env.session.plan.figures if f.id == first).caption == \
        "Nouvelle légende"
    panel.remove_button.click()
    assert _ids(env) == [second]
    for _ in range(3):
        env.session.undo_stack.undo()
    assert _ids(env) == [first, second]
    panel.set_read_only(True)
    assert not panel.insert_button.isEnabled() and not panel.remove_button.isEnabled()

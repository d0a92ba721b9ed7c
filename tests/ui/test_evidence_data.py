"""« Données de la zone »: import (known kind, mapped table, refused file), remove, series, undo."""

from __future__ import annotations

from pathlib import Path

from tests.ui.editor_host import host
from ui import tasks
from ui.evidence.data_editor import DataEditor
from zonalplan.demo import build_demo_plan
from zonalplan.demo.samples import sample_files


def _editor(qtbot, plan=None):
    return host(qtbot, lambda session, _ref: DataEditor(session), plan)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_lists_data_sets_with_provenance_series_table_and_chart(qtbot) -> None:
    env = _editor(qtbot)
    editor = env.widget
    plan = env.session.plan
    assert editor.view.datasets.count() == len(plan.datasets)
    editor.select("criminalité")
    text = editor.view.provenance.text()
    assert "statistiques-criminalite-zone-5999.csv" in text and "Police fédérale" in text
    table = editor.view.table
    assert table.rowCount() == len(plan.zone.communes) + 1
    assert table.verticalHeaderItem(table.rowCount() - 1).text() == "Zone (total)"
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "2021", "2022", "2023", "2024"]
    assert editor.chart_png.startswith(b"\x89PNG") and not editor.view.chart.pixmap().isNull()
    raw = table.item(table.rowCount() - 1, 3).text()
    assert editor.view.per_1000.isVisibleTo(editor)
    editor.view.per_1000.setChecked(True)
    assert editor.current_series().unit == "pour 1 000 hab."
    assert table.item(table.rowCount() - 1, 3).text() != raw


def test_import_of_a_statbel_file_is_one_undo_step(qtbot, tmp_path, dialogs) -> None:
    plan = build_demo_plan()
    plan.datasets = []
    env = _editor(qtbot, plan)
    editor = env.widget
    assert not editor.view.per_1000.isVisibleTo(editor)
    path = _write(tmp_path, "TF_SOC_POP_STRUCT_2025.txt", sample_files()["TF_SOC_POP_STRUCT_2025.txt"])
    dialogs.answer("open_any_file", path)
    editor.view.import_button.click()
    assert tasks.wait_all()
    assert [d.name for d in env.session.plan.datasets] == ["population 2025"]
    assert editor.selected_name() == "population 2025"
    assert env.session.undo_stack.undoText() == "Importer « population 2025 »"
    env.session.undo_stack.undo()
    assert env.session.plan.datasets == [] and editor.view.datasets.count() == 0


def test_unknown_table_goes_through_the_column_mapping(qtbot, tmp_path, dialogs) -> None:
    plan = build_demo_plan()
    env = _editor(qtbot, plan)
    path = _write(tmp_path, "nuisances.csv",
                  "Gemeente;Jaar;Plaintes bruit\nRivemont;2023;12\nSambrecourt;2023;7\n")
    seen = {}

    def fill(dialog) -> bool:
        seen["header"] = [dialog.preview.horizontalHeaderItem(c).text()
                          for c in range(dialog.preview.columnCount())]
        assert dialog.commune.currentData() == "Gemeente" and dialog.year.currentData() == "Jaar"
        dialog.check_value("Plaintes bruit")
        return True

    dialogs.answer("exec_dialog", fill)
    env.widget.import_path(path)
    assert tasks.wait_all()
    assert seen["header"] == ["Gemeente", "Jaar", "Plaintes bruit"]
    dataset = next(d for d in env.session.plan.datasets if d.name == "nuisances")
    assert dataset.kind.value == "table" and dataset.provenance.rows_kept == 2


def test_refused_file_shows_the_french_reason_and_changes_nothing(qtbot, tmp_path,
                                                                    dialogs) -> None:
    env = _editor(qtbot)
    before = env.session.plan.model_dump()
    path = tmp_path / "TF_ACCIDENTS_2024.txt"
    path.write_bytes(b"\x00\x01\x02binary\xff" * 50)
    env.widget.import_path(path)
    assert tasks.wait_all()
    errors = dialogs.called("error")
    assert errors and "TF_ACCIDENTS_2024.txt" in errors[-1][2]
    assert env.session.plan.model_dump() == before
    assert env.session.undo_stack.count() == 0


def test_remove_and_review_lock(qtbot) -> None:
    env = _editor(qtbot)
    editor = env.widget
    editor.select("enquête 2024")
    editor.view.remove_button.click()
    assert "enquête 2024" not in [d.name for d in env.session.plan.datasets]
    env.session.undo_stack.undo()
    assert "enquête 2024" in [d.name for d in env.session.plan.datasets]
    editor.set_read_only(True)
    assert not editor.view.import_button.isEnabled()
    assert not editor.view.remove_button.isEnabled()


def test_in_the_window_ctrl_z_and_review_mode(qtbot, window, demo_file) -> None:
    from PySide6.QtCore import Qt

    window.open_path(demo_file)
    view = window.plan_view
    view.show_chapter("env_data")
    editor = view.editor("env_data")
    assert type(editor).__name__ == "DataEditor"
    assert type(view.editor("argument_matrix")).__name__ == "MatrixEditor"
    assert view.editor("env_road_safety").panels[0].list.count() == 2
    session = window.session
    count = len(session.plan.datasets)
    editor.select("enquête 2024")
    editor.view.remove_button.click()
    assert len(session.plan.datasets) == count - 1 and session.modified
    editor.view.datasets.setFocus()
    qtbot.keyClick(editor.view.datasets, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(session.plan.datasets) == count
    window.actions["review_mode"].trigger()
    assert not editor.view.import_button.isEnabled()
    assert not view.editor("env_road_safety").panels[0].insert_button.isEnabled()
    window.actions["review_mode"].trigger()
    assert editor.view.import_button.isEnabled()


def test_old_codes_of_merged_communes_are_mapped_for_the_import(qtbot, tmp_path,
                                                                  dialogs) -> None:
    plan = build_demo_plan()
    plan.datasets = []
    env = _editor(qtbot, plan)
    editor = env.widget
    text = sample_files()["TF_SOC_POP_STRUCT_2025.txt"]
    code = plan.zone.communes[0].nis_code
    path = _write(tmp_path, "TF_SOC_POP_STRUCT_2024.txt", text.replace(code, "99999"))
    dialogs.answer("ask_text", f"99999={code}", "12=3")
    assert editor.ask_code_map() and editor.code_map == {"99999": code}
    assert not editor.ask_code_map() and "ANCIEN=NOUVEAU" in dialogs.called("error")[-1][2]
    editor.import_path(path)
    assert tasks.wait_all()
    population = env.session.plan.datasets[0]
    assert code in population.values("commune")


def test_reimport_names_the_baselines_to_review(qtbot, tmp_path, dialogs) -> None:
    from zonalplan.editing.evidence import baseline_command, dataset_series

    plan = build_demo_plan()
    objective = next(o for o in plan.objectives if o.indicators)
    indicator = objective.indicators[0]
    series = next(s for s in dataset_series(plan, "criminalité")
                  if s.key == "crime:Cambriolages dans une habitation")
    baseline_command(plan, objective.id, indicator.id, series, 2024).do(plan)
    env = _editor(qtbot, plan)
    text = sample_files()["statistiques-criminalite-zone-5999.csv"]
    changed = text.replace("Rivemont;Cambriolages dans une habitation;79;91;104;99",
                           "Rivemont;Cambriolages dans une habitation;79;91;104;120")
    assert changed != text
    path = _write(tmp_path, "statistiques-criminalite-zone-5999.csv", changed)
    env.widget.import_path(path)
    assert tasks.wait_all()
    message = dialogs.called("info")[-1][2]
    assert "Valeurs de départ à revoir" in message and indicator.name in message

"""The interface's copy of the demo plan is written again when the demo's content changes."""

from __future__ import annotations

from zonalplan.demo import demo_fingerprint
from zonalplan.store import read_plan


def test_fingerprint_is_stable_and_differs_per_language() -> None:
    assert demo_fingerprint("nl") == demo_fingerprint("nl")
    assert len({demo_fingerprint(lang) for lang in ("fr", "nl", "de")}) == 3


def test_an_out_of_date_demo_copy_is_written_again(tmp_path, monkeypatch) -> None:
    from ui.shell.demo_file import demo_plan_path

    monkeypatch.setenv("ZONALPLAN_DATA_DIR", str(tmp_path))
    path = demo_plan_path(language="nl")
    stamp = path.with_name(path.name + ".version")
    assert stamp.read_text(encoding="utf-8").strip() == demo_fingerprint("nl")
    assert read_plan(path).argument_matrix.rows
    # A copy left by an older release: empty data and matrix, an old stamp.
    old = read_plan(path)
    old.datasets, old.figures = [], []
    old.argument_matrix.rows = []
    from zonalplan.store import create_plan_file

    create_plan_file(path, old, overwrite=True)
    stamp.write_text("0123456789abcdef\n", encoding="utf-8")
    assert demo_plan_path(language="nl") == path
    again = read_plan(path)
    assert again.datasets and again.argument_matrix.rows
    assert stamp.read_text(encoding="utf-8").strip() == demo_fingerprint("nl")
    # An up-to-date copy is kept as it is (the user's changes to the demo stay).
    again.zone.area_km2 = 999.0
    create_plan_file(path, again, overwrite=True)
    demo_plan_path(language="nl")
    assert read_plan(path).zone.area_km2 == 999.0


def test_a_copy_without_stamp_is_written_again(tmp_path, monkeypatch) -> None:
    from ui.shell.demo_file import demo_plan_path

    monkeypatch.setenv("ZONALPLAN_DATA_DIR", str(tmp_path))
    path = demo_plan_path(language="fr")
    path.with_name(path.name + ".version").unlink()
    plan = read_plan(path)
    plan.datasets = []
    from zonalplan.store import create_plan_file

    create_plan_file(path, plan, overwrite=True)
    demo_plan_path(language="fr")
    assert read_plan(path).datasets

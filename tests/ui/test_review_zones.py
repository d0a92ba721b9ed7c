"""Review of many zones: table, skipped files, sort, filter, open, exports, folder untouched."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from bench.generate import large_plan
from ui import tasks
from ui.review import ZonesReviewWindow
from ui.review.zones_model import DECISION_COLORS, ROW_ROLE, SORT_ROLE
from ui.review.zones_window import review_in_background
from zonalplan.review.many import ReviewCancelled
from zonalplan.store import create_plan_file

ZONES = [("5203", "ZP Charleroi-Sud"), ("5201", "ZP Arlon"), ("5202", "ZP Bastogne")]


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Return name → (sha256, mtime_ns) of every entry of the folder."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "",
                     p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Return a folder of three generated zone plans, a corrupt plan and a stray text file."""
    plans = tmp_path / "province"
    plans.mkdir()
    for i, (number, name) in enumerate(ZONES):
        create_plan_file(plans / f"zone-{number}.zplan",
                         large_plan(4 + 2 * i, 2, seed=i, zone_number=number, zone_name=name))
    (plans / "corrompu.zplan").write_bytes(b"SQLite format 3\x00" + b"\x13" * 600)
    (plans / "compte-rendu.txt").write_text("Réunion DirCo du 12/03", encoding="utf-8")
    return plans


@pytest.fixture
def window(qtbot, reference, folder):
    saved: list[Path] = []
    win = ZonesReviewWindow(reference, choose_folder=lambda *args: folder,
                            choose_save_path=lambda *args: saved.pop(0) if saved else None)
    win.saved_answers = saved  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    tasks.wait_all()


def reviewed(qtbot, window) -> object:
    with qtbot.waitSignal(window.review_finished, timeout=30_000) as done:
        window.open_action.trigger()
    return done.args[0]


def column_texts(window, kind: str, ref_id: str = "") -> list[str]:
    column = window.model.column_of(kind, ref_id)
    return [window.proxy.index(r, column).data() for r in range(window.proxy.rowCount())]


def test_table_of_zones_and_skipped_files_without_touching_the_folder(qtbot, window, folder):
    before = fingerprint(folder)
    assert window.stack.currentWidget() is window.empty_page
    assert not window.csv_action.isEnabled() and not window.filter.isEnabled()
    review = reviewed(qtbot, window)
    assert review is not None and window.review is review
    assert window.stack.currentWidget() is window.results_page
    assert window.proxy.rowCount() == 3
    assert column_texts(window, "number") == ["5201", "5202", "5203"]
    assert column_texts(window, "zone") == ["ZP Arlon", "ZP Bastogne", "ZP Charleroi-Sud"]
    assert column_texts(window, "objectives") == [6, 8, 4]
    assert column_texts(window, "period") == ["2026-2031"] * 3
    assert "3 plan(s) relu(s), 2 fichier(s) ignoré(s)" in window.summary.text()

    # PNS decisions: short coloured cells with a tooltip; large_plan keeps pns.5, no other decision
    decided = window.model.column_of("decision", "pns.5")
    undecided = window.model.column_of("decision", "pns.1.1")
    cell = window.proxy.index(0, decided)
    assert cell.data() == "R"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(DECISION_COLORS["retenu"])
    assert cell.data(Qt.ItemDataRole.ToolTipRole).endswith(": retenu")
    assert "ZP Arlon" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert window.proxy.index(0, undecided).data() == "?"
    assert window.model.headerData(decided, Qt.Orientation.Horizontal,
                                   Qt.ItemDataRole.ToolTipRole).startswith("PNS 5")
    # errors and NCSI coverage per zone
    errors = window.model.column_of("errors")
    assert all(isinstance(v, int) for v in column_texts(window, "errors"))
    assert "erreur(s)" in window.proxy.index(0, errors).data(Qt.ItemDataRole.ToolTipRole)
    dimensions = [c for c in window.model.columns if c.kind == "dimension"]
    assert len(dimensions) == len(review.dimension_columns) > 0
    row = window.proxy.index(0, 0).data(ROW_ROLE)
    dim = window.model.column_of("dimension", dimensions[0].ref_id)
    assert window.proxy.index(0, dim).data() == row.dimensions[dimensions[0].ref_id]

    skipped = {window.skipped.item(r, 0).text(): window.skipped.item(r, 1).text()
               for r in range(window.skipped.rowCount())}
    assert set(skipped) == {"corrompu.zplan", "compte-rendu.txt"}
    assert all(reason for reason in skipped.values())
    assert ".zplan" in skipped["compte-rendu.txt"]
    assert window.skipped_box.title() == "Fichiers ignorés (2)"
    assert fingerprint(folder) == before


def test_sorting_and_filtering(qtbot, window):
    reviewed(qtbot, window)
    zone = window.model.column_of("zone")
    window.table.sortByColumn(zone, Qt.SortOrder.DescendingOrder)
    assert column_texts(window, "zone") == ["ZP Charleroi-Sud", "ZP Bastogne", "ZP Arlon"]
    objectives = window.model.column_of("objectives")
    window.table.sortByColumn(objectives, Qt.SortOrder.DescendingOrder)
    assert column_texts(window, "objectives") == [8, 6, 4]
    modified = window.model.column_of("modified")
    window.table.sortByColumn(modified, Qt.SortOrder.AscendingOrder)
    stamps = [window.proxy.index(r, modified).data(SORT_ROLE) for r in range(3)]
    assert stamps == sorted(stamps)  # ISO timestamps, not the displayed JJ/MM/AAAA
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(zone) + 5, header.height() // 2))
    assert window.proxy.sortColumn() == zone

    window.filter.setText("bastogne")
    assert column_texts(window, "zone") == ["ZP Bastogne"]
    window.filter.setText("520")
    assert window.proxy.rowCount() == 3
    window.filter.setText("zone-5203")
    assert column_texts(window, "zone") == ["ZP Charleroi-Sud"]
    assert "1 zone(s) affichée(s) sur 3" in window.statusBar().currentMessage()
    window.filter.setText("FR")  # decision codes are not searched
    assert window.proxy.rowCount() == 0
    window.filter.clear()
    assert window.proxy.rowCount() == 3


def test_chart_of_the_themes_retained_across_zones(qtbot, window, tmp_path: Path):
    """Its own tab shows the core's PNG, drawn off the UI thread; an empty folder says why."""
    reviewed(qtbot, window)
    assert window.tabs.count() == 2 and window.tabs.tabText(1) == "Thèmes retenus par les zones"
    qtbot.waitUntil(lambda: window.chart_task.finished, timeout=30_000)
    pixmap = window.chart.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 900
    assert window.chart.toolTip().startswith("Thèmes du PNS retenus par les zones")
    window.tabs.setCurrentIndex(1)
    empty = tmp_path / "vide"
    empty.mkdir()
    with qtbot.waitSignal(window.review_finished, timeout=30_000):
        window.open_folder(empty)
    qtbot.waitUntil(lambda: window.chart_task.finished, timeout=30_000)
    assert window.chart.pixmap().isNull()
    assert window.chart.text() == "Aucun plan relu dans ce dossier : pas de graphique."


def test_double_click_asks_to_open_the_zone(qtbot, window, folder):
    reviewed(qtbot, window)
    window.table.sortByColumn(window.model.column_of("number"), Qt.SortOrder.AscendingOrder)
    rect = window.table.visualRect(window.proxy.index(1, 0))
    with qtbot.waitSignal(window.open_requested) as opened:
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [str(folder / "zone-5202.zplan")]
    assert window.open_zone_action.isEnabled()
    with qtbot.waitSignal(window.open_requested) as opened:
        window.open_zone_action.trigger()
    assert opened.args == [str(folder / "zone-5202.zplan")]


def test_csv_and_word_exports_leave_the_folder_untouched(qtbot, window, folder, tmp_path: Path):
    reviewed(qtbot, window)
    before = fingerprint(folder)
    out = tmp_path / "exports"
    out.mkdir()
    window.saved_answers.append(out / "relecture.csv")
    with qtbot.waitSignal(window.exported, timeout=20_000) as done:
        window.csv_action.trigger()
    assert done.args == [str(out / "relecture.csv")]
    with open(out / "relecture.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:3] == ["Fichier", "Zone", "Numéro"]
    assert {r[2] for r in rows[1:4]} == {"5201", "5202", "5203"}
    assert all(len(row) == len(rows[0]) for row in rows)  # one table only, no skipped files
    assert not any(row and row[0] == "Fichiers ignorés" for row in rows)

    with qtbot.waitSignal(window.exported, timeout=20_000) as done:
        window.export_docx(out / "synthese.docx")
    text = "\n".join(p.text for p in docx.Document(done.args[0]).paragraphs)
    assert "Relecture des plans zonaux de sécurité" in text
    assert window.export_csv() is None  # no path chosen: nothing written
    assert sorted(p.name for p in out.iterdir()) == ["relecture.csv", "synthese.docx"]
    assert fingerprint(folder) == before


def test_cancelling_a_review_and_errors(qtbot, window, folder, reference, dialogs):
    class Interrupted:
        def set_status(self, _text: str) -> None: ...

        def set_progress_value(self, _value: float) -> None: ...

        def is_interruption_requested(self) -> bool:
            return True

    with pytest.raises(ReviewCancelled):
        review_in_background(folder, reference, state=Interrupted())
    window._on_review_failed(ReviewCancelled("Relecture du dossier annulée."))
    assert window.statusBar().currentMessage() == "Relecture annulée."
    assert dialogs.called("error") == []

    with qtbot.waitSignal(window.review_finished, timeout=10_000) as done:
        window.open_folder(folder / "absent")
    assert done.args == [None]
    assert "n'est pas un dossier" in dialogs.called("error")[0][2]
    window.set_reference(None)
    assert window.open_folder(folder) is None
    assert "référentiel national" in dialogs.called("error")[1][2]

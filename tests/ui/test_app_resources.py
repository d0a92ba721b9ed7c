"""Every resource the UI refers to exists: icons by name, guidance files, translations."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtGui import QIcon

from ui.resources import GUIDANCE_DIR, ICONS, TRANSLATIONS_DIR, icon, referenced_files
from ui.shell.actions import all_actions
from zonalplan.guidance import CHAPTERS

UI = Path(__file__).resolve().parents[2] / "ui"


def _icon_names_in_code() -> set[str]:
    names = set()
    for path in UI.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "from ui.resources import" not in source:
            continue  # only code that takes its icons from the lookup module
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "icon"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                names.add(node.args[0].value)
            if isinstance(node, ast.Dict):  # name tables such as {"empty": "status-empty"}
                names |= {v.value for v in node.values if isinstance(v, ast.Constant)
                          and isinstance(v.value, str) and v.value.startswith("status-")
                          and not v.value.endswith(".svg")}
    return names


def test_every_icon_used_is_declared_and_every_file_exists(qtbot):
    used = _icon_names_in_code() | {s.icon for s in all_actions() if s.icon}
    assert used, "the scan found no icon"
    assert used <= set(ICONS), used - set(ICONS)
    for path in referenced_files():
        assert path.is_file(), path
        assert not QIcon(str(path)).isNull()
    assert not icon("save").pixmap(16, 16).isNull()


def test_every_chapter_has_a_guidance_file():
    assert {p.stem for p in GUIDANCE_DIR.glob("*.md")} == {c.id for c in CHAPTERS}


def test_french_translation_source_is_shipped():
    source = TRANSLATIONS_DIR / "zonalplan_fr.ts"
    assert source.is_file()
    text = source.read_text(encoding="utf-8")
    assert 'language="fr' in text and "Liste à puces" in text

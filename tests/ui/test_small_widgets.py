"""Shared widgets that must not cost the user's trust: bullets, chips, elided labels."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.objectives.chips import SuggestionChips
from ui.widgets.elided import ElidedButton, ElidedLabel
from ui.widgets.text_edit import MIN_LINES, BulletTextEdit


def test_typing_a_dash_on_a_continued_bullet_does_not_double_it(qtbot):
    edit = BulletTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("- Intégrité")
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.toPlainText() == "- Intégrité\n- "
    qtbot.keyClicks(edit, "- Respect")
    assert edit.toPlainText() == "- Intégrité\n- Respect"
    # a dash inside a sentence is kept
    qtbot.keyClicks(edit, " - et ecoute")
    assert edit.toPlainText().endswith("- Respect - et ecoute")


def test_text_field_keeps_a_usable_height(qtbot):
    edit = BulletTextEdit()
    qtbot.addWidget(edit)
    assert edit.minimumHeight() >= edit.fontMetrics().lineSpacing() * MIN_LINES


def test_empty_text_is_not_drawn_behind_the_chips(qtbot, reference):
    chips = SuggestionChips(reference)
    qtbot.addWidget(chips)
    chips.show()
    chips.set_suggestions([], "Aucune autre suggestion pour ce texte.")
    assert chips._placeholder.isVisible()
    item = reference.pns_nodes[0]
    suggestion = SimpleNamespace(item=item, why=["mot commun"])
    chips.set_suggestions([suggestion])
    assert len(chips.chips()) == 1
    assert not chips._placeholder.isVisible()


def test_long_labels_never_widen_their_parent(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    label = ElidedLabel("Mode guidé — étape 12 sur 16 : " + "très long titre " * 30, parent)
    button = ElidedButton("Suivant : " + "Motivation des phénomènes non retenus " * 5, parent,
                          max_width=200)
    assert label.minimumSizeHint().width() == 0
    assert button.sizeHint().width() <= 200
    assert "très long titre" in label.toolTip()
    assert button.toolTip().startswith("Suivant : Motivation")
    assert button.full_text().startswith("Suivant : Motivation")


def test_advice_never_shows_internal_note_references():
    from ui.sections.guidance_panel import guidance_html
    from zonalplan import guidance as guidance_module
    from zonalplan.guidance import CHAPTERS

    try:
        for language in ("fr", "nl", "de"):
            guidance_module.set_language(language)
            for chapter in CHAPTERS:
                text = guidance_html(chapter.id, with_title=True)
                assert "pzs-practice" not in text and ".md" not in text, (language, chapter.id)
                assert "Sources :" not in text
    finally:
        guidance_module.set_language("fr")

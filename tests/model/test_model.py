"""Plan model: French validation messages naming the field; rich text blocks; derived values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from zonalplan.model import Commune, Plan, Zone, validation_message
from zonalplan.model.richtext import Block, blocks, clean_text, plain, unwrap


def _message(data: dict) -> str:
    with pytest.raises(ValidationError) as exc:
        Plan.model_validate(data)
    return validation_message(Plan, exc.value, "zone.zplan")


def test_messages_are_french_sentences_naming_the_field() -> None:
    msg = _message({"zone": {"number": "53"}})
    assert msg.startswith("zone.zplan : Zone › numéro de zone : n'a pas le bon format")
    assert "4 chiffres" in msg
    msg = _message({"objectives": [{"title": "A"}, {"title": "B", "indicators": [
        {"name": "x", "target_value": "beaucoup"}]}]})
    assert "Objectifs stratégiques n° 2 › indicateurs n° 1 › valeur cible : doit être un nombre" in msg
    assert "période" in _message({"period": {"start_year": 2031, "end_year": 2026}}).lower()
    assert "n'est pas un champ connu" in _message({"zone": {"couleur": "bleu"}})
    assert "doit être un nombre fini" in _message({"objectives": [{"title": "A", "indicators": [
        {"name": "x", "target_value": float("inf")}]}]})


def test_duplicate_ids_are_refused() -> None:
    msg = _message({"objectives": [{"id": "a", "title": "A"}, {"id": "a", "title": "B"}]})
    assert "apparaît deux fois" in msg


def test_population_is_summed_when_not_given() -> None:
    zone = Zone(communes=[Commune(name="A", population=1000), Commune(name="B", population=500)])
    assert zone.total_population == 1500 and zone.pluricommunal


def test_blocks_paragraphs_and_bullets() -> None:
    text = "Premier paragraphe\nsuite.\n\n- point un\n• point deux\n1. point trois\n\nFin."
    assert blocks(text) == [Block("paragraph", "Premier paragraphe suite."),
                            Block("bullet", "point un"), Block("bullet", "point deux"),
                            Block("bullet", "point trois"), Block("paragraph", "Fin.")]
    assert plain(text, 20).endswith("…") and len(plain(text, 20)) <= 20


def test_clean_text_removes_xml_illegal_characters() -> None:
    assert clean_text("a\x00b\x07c\r\nd\ud800é") == "abc\ndé"


def test_unwrap_joins_wrapped_lines() -> None:
    assert unwrap("""
        Un texte
        sur deux lignes.

        - une puce
          qui continue
        - une autre
    """) == "Un texte sur deux lignes.\n\n- une puce qui continue\n- une autre"


@given(st.text())
def test_blocks_never_raise_and_keep_no_control_characters(text: str) -> None:
    for block in blocks(text):
        assert block.text and "\x00" not in block.text and "\n" not in block.text

"""Whose words each item's text is (verbatim / summary / composed), and editorial corrections
shown to the reader instead of hidden in ``extra`` (issue 13)."""

from __future__ import annotations

import json

from zonalplan.cli import main as cli_main
from zonalplan.reference import load_reference


def test_every_item_says_whose_words_its_text_is() -> None:
    ref = load_reference()
    items = ref.items()
    assert {i.wording for i in items} == {"verbatim", "summary", "composed"}
    assert all(i.wording == "composed" for i in items if i.source == "pzs")
    assert all(i.wording in ("verbatim", "summary") for i in items if i.source != "pzs")


def test_export_json_carries_edition_and_wording(capsys) -> None:
    assert cli_main(["reference", "export", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all(d["wording"] in ("verbatim", "summary", "composed") and d["edition"]
               for d in data)


def test_corrections_are_reader_notes_not_extra() -> None:
    ref = load_reference()
    viclas = ref.item("pns.7.vs.3")
    assert viclas.printed and viclas.printed[0].startswith("texte imprimé : « Viclas")
    assert viclas.to_json()["printed"] == viclas.printed
    for item in ref.items():
        for value in item.extra.values():
            values = value if isinstance(value, list) else [value]
            assert not any(v.startswith(("Imprimé", "Le texte imprime")) for v in values), item.id


def test_show_prints_wording_and_reader_note(capsys) -> None:
    assert cli_main(["reference", "show", "pns.7.vs.3"]) == 0
    out = capsys.readouterr().out
    assert "· résumé ZonalPlan" in out
    assert "Note au lecteur : texte imprimé : « Viclas" in out


def test_citation_names_the_wording() -> None:
    ref = load_reference()
    item = ref.item("pns.5")
    assert item.citation.startswith(item.reference) and item.citation.endswith(
        {"verbatim": "texte officiel", "summary": "résumé ZonalPlan"}[item.wording])

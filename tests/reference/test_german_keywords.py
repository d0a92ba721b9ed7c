"""German keywords of the candidate items and the German evaluation set of the suggestions."""

from __future__ import annotations

from pathlib import Path

import yaml

from zonalplan.alignment.suggest_index import is_candidate
from zonalplan.reference import load_reference

EVAL_DE = Path(__file__).resolve().parents[1] / "data" / "suggest_eval_de.yaml"


def test_every_candidate_item_has_german_keywords_that_are_no_abbreviation() -> None:
    ref = load_reference()
    candidates = [i for i in ref.items() if is_candidate(i) and i.source in ("pns", "ncsi")]
    assert len(candidates) > 100
    for item in candidates:
        german = ref.item(item.id, "de").keywords.get("de", [])
        assert 10 <= len(german) <= 25, (item.id, len(german))
        abbreviations = {a.casefold() for a in item.keywords.get("abbr", [])}
        assert not abbreviations & {w.casefold() for w in german}, item.id
    # the German of Belgium: a burglary is an « Einbruch », and its plural changes the stem
    burglary = ref.item("pns.reg.2", "de").keywords["de"]
    assert {"Einbruch", "Einbrüche", "Wohnungseinbruch"} <= set(burglary)
    assert "Trunkenheit am Steuer" in ref.item("pns.5.loc.2", "de").keywords["de"]


def test_german_keywords_leave_the_other_items_alone() -> None:
    ref = load_reference()
    for item in ref.items():
        if not is_candidate(item):
            assert not ref.item(item.id, "de").keywords.get("de"), item.id


def test_german_evaluation_cases_name_existing_items_of_their_source() -> None:
    ref = load_reference()
    cases = yaml.safe_load(EVAL_DE.read_text(encoding="utf-8"))["cases"]
    assert [c["id"] for c in cases] == [f"de-{n:03d}" for n in range(1, len(cases) + 1)]
    assert len(cases) >= 40
    for case in cases:
        assert case["text"].strip(), case["id"]
        for source in ("pns", "ncsi"):
            for item_id in case.get(source) or ():
                assert item_id in ref and item_id.startswith(source + "."), (case["id"], item_id)
        for item_id in case.get("not") or ():
            assert item_id in ref, (case["id"], item_id)
            assert item_id not in set(case.get("pns") or ()) | set(case.get("ncsi") or ())

"""Suggestions in the reader's language: Dutch titles for a Dutch user, whatever the text says."""

from __future__ import annotations

import pytest

from zonalplan.alignment.suggest import SuggestIndex, suggest, suggest_split
from zonalplan.reference import Reference, load_reference


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


@pytest.mark.parametrize("text", ["Verkeersveiligheid: snelheid en rijden onder invloed",
                                  "Sécurité routière : vitesse et conduite sous influence"])
def test_dutch_reader_gets_dutch_titles_for_a_text_in_either_language(ref: Reference,
                                                                       text: str) -> None:
    dutch = suggest(text, ref, limit=5, language="nl")
    french = suggest(text, ref, limit=5)
    assert [s.item.id for s in dutch] == [s.item.id for s in french]  # same ranking
    assert "pns.5" in [s.item.id for s in dutch]
    road = next(s for s in dutch if s.item.id == "pns.5")
    assert road.item.title == "Verkeersveiligheid" and road.item.translation == "working"
    assert road.to_json()["title"] == "Verkeersveiligheid"
    assert road.to_json()["language"] == "nl"
    assert next(s for s in french if s.item.id == "pns.5").item.title == "Sécurité routière"


def test_split_and_reasons_name_related_items_in_the_language(ref: Reference) -> None:
    split = suggest_split("Woninginbraken en fietsdiefstallen", ref, language="nl")
    assert split.pns and all(s.item.language == "nl" for s in split.pns + split.ncsi)
    untranslated = [s for s in split.ncsi if s.item.translation == "missing"]
    assert all(s.to_json()["translation"] == "missing" for s in untranslated)  # marked, not hidden
    road = suggest_split("Verkeersveiligheid rond scholen", ref, language="nl").pns
    theme = next(s for s in road if s.item.id == "pns.5")
    via = [w for w in theme.why if w.startswith("via")]
    assert via and "De verkeersveiligheid in de lokale omgeving versterken" in " ".join(via)


def test_language_does_not_change_scores(ref: Reference) -> None:
    index = SuggestIndex.for_reference(ref)
    text = "drugsoverlast in de wijk"
    assert index.score(text)[0] == index.score(text, "nl")[0]
    assert [s.score for s in index.suggest(text, language="de")] == [
        s.score for s in index.suggest(text)]


def test_words_only_in_a_dutch_translation_are_matched(ref: Reference) -> None:
    """« hyperconnectiviteit » is in no keyword, only in the Dutch text of theme 3."""
    assert not any("hyperconnectiviteit" in " ".join(i.keywords["nl"]).lower()
                   for i in ref.items("pns"))
    [top] = suggest("Hyperconnectiviteit en polarisatie", ref, limit=1, sources=("pns",))
    assert top.item.id == "pns.3"
    assert any("hyperconnectiviteit" in w for w in top.why)


# -- German (the German-speaking zones) ---------------------------------------------------------


@pytest.mark.parametrize(("text", "language"), [
    ("Wohnungseinbrüche verringern", "de"), ("Die Sicherheit im Straßenverkehr verbessern", "de"),
    ("Schijnhuwelijken", "nl"), ("De veiligheid in de wijk", "nl"), ("Les cambriolages", "fr"),
    ("Overlast door jongeren die rondhangen", "nl"),
])
def test_german_is_told_from_dutch_and_french(text: str, language: str) -> None:
    from zonalplan.alignment.textnorm import detect_language, tokenize

    assert detect_language(tokenize(text)) == language


def test_a_german_objective_is_read_in_german() -> None:
    ref = load_reference()
    split = suggest_split("Häusliche Gewalt", ref, limit=3, language="de")
    assert split.pns[0].item.id == "pns.7" and split.ncsi[0].item.id == "ncsi.d1.t2"
    assert split.pns[0].label.startswith("NSP")  # the reader's labels
    assert suggest_split("Drogenhandel bekämpfen", ref, limit=1).pns[0].item.id == "pns.1.1"


def test_a_german_word_never_meets_a_french_or_dutch_one() -> None:
    # « Handel » is a Dutch word too (illegale dierenhandel): a German text is read in German only
    ids = {s.item.id for s in suggest("Drogenhandel bekämpfen", load_reference(), limit=10)}
    assert "pns.reg.1" not in ids and "ncsi.d4.t2" not in ids

"""Dutch keywords by a Flemish police reader's standard (issue 13): false friends stay out."""

from __future__ import annotations

from zonalplan.alignment.suggest_lexicon import load_lexicon
from zonalplan.reference import load_reference

# Dutch words that name something else than the French keyword of the same item.
FALSE_FRIENDS = {
    "trafic de valeurs": {"waardetransport", "waardetransporten"},  # cash-in-transit firms
}


def test_no_item_pairs_a_french_keyword_with_a_false_friend() -> None:
    ref = load_reference()
    for item in ref.items():
        french = {k.lower() for k in item.keywords.get("fr", [])}
        dutch = {k.lower() for k in item.keywords.get("nl", [])}
        for fr, wrong in FALSE_FRIENDS.items():
            if fr in french:
                assert not dutch & wrong, (item.id, dutch & wrong)
    assert "waardensmokkel" in ref.item("pns.1.7.ap.2").keywords["nl"]
    # the police's reception of a complaint is no « slachtofferonthaal » (a justice house service)
    assert "slachtofferonthaal" not in ref.item("pns.7.vif.1").keywords["nl"]


def test_reception_desk_is_not_victim_assistance_in_the_lexicon() -> None:
    for group in load_lexicon().groups:
        dutch = set(group.words.get("nl", ()))
        assert not ({"onthaal", "onthaalbalie"} & dutch and "slachtofferbejegening" in dutch)

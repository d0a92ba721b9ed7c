"""Link suggestions: normalisation (elision, accents, plural, compounds, abbreviations), reasons,
determinism, caching, and texts that must never break the engine."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zonalplan.alignment.suggest import SuggestIndex, Suggestion, suggest, suggest_split
from zonalplan.alignment.suggest_index import build_index, cache_key, load_or_build
from zonalplan.alignment.suggest_lexicon import (
    LEXICON_PATH,
    lexicon_digest,
    load_lexicon,
    parse_lexicon,
)
from zonalplan.alignment.textnorm import (
    MAX_TOKENS,
    content_tokens,
    detect_language,
    inflections,
    split_compound,
    tokenize,
)
from zonalplan.model import PlanError
from zonalplan.paths import user_cache_dir
from zonalplan.reference import load_reference

CANDIDATE_KINDS = {"pns_theme", "pns_subtheme", "pns_objective", "pns_condition",
                   "pns_regular_theme", "ncsi_dimension", "ncsi_theme", "ncsi_subtheme"}


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def ids(suggestions: list[Suggestion]) -> list[str]:
    return [s.item.id for s in suggestions]


def top(text: str, ref, source: str, k: int = 3) -> list[str]:
    return ids(suggest(text, ref, limit=k, sources=(source,)))


# -- normalisation ----------------------------------------------------------------------------


def test_elision_with_straight_and_curly_apostrophes() -> None:
    words = [t.folded for t in content_tokens("l’intégrité d'armes qu'il jusqu’à l'ILP")]
    assert words == ["integrite", "armes", "ilp"]


def test_elision_does_not_change_the_ranking(ref) -> None:
    assert top("Lutter contre l’escroquerie en ligne", ref, "pns") == \
        top("Lutter contre escroquerie en ligne", ref, "pns")
    assert top("détention illégale d’armes à feu", ref, "pns")[0] == \
        top("détention illégale d'armes à feu", ref, "pns")[0]


def test_accents_and_case_are_ignored(ref) -> None:
    forms = ["Sécurité routière", "SECURITE ROUTIERE", "securite routiere", "SéCuRiTé RoUtIèRe"]
    rankings = {tuple(ids(suggest(f, ref, limit=5))) for f in forms}
    assert len(rankings) == 1
    assert "pns.5" in next(iter(rankings))


def test_ligature_is_spelled_out(ref) -> None:
    assert top("Faits de mœurs", ref, "ncsi")[:1] == top("Faits de moeurs", ref, "ncsi")[:1]


def test_plural_and_singular_meet(ref) -> None:
    assert top("cambriolage", ref, "pns")[0] == top("cambriolages", ref, "pns")[0] == "pns.reg.2"
    assert top("woninginbraak", ref, "ncsi")[0] == top("woninginbraken", ref, "ncsi")[0]
    assert top("Fietsdiefstal", ref, "ncsi")[0] == top("Fietsdiefstallen", ref, "ncsi")[0]


def test_language_detection() -> None:
    assert detect_language(tokenize("Lutter contre les cambriolages dans la zone")) == "fr"
    assert detect_language(tokenize("Het verhogen van de verkeersveiligheid in de zone")) == "nl"
    assert detect_language(tokenize("Drugs")) is None


def test_stop_words_and_generic_verbs_do_not_rank(ref) -> None:
    assert suggest("Lutter contre, renforcer et améliorer", ref) == []
    assert suggest("Verhogen, verbeteren en aanpak van de", ref) == []
    # The verb changes nothing: the phenomenon decides.
    assert top("Renforcer la lutte contre les cambriolages", ref, "pns")[0] == \
        top("cambriolages", ref, "pns")[0]


def test_generic_terms_weigh_little(ref) -> None:
    [best] = suggest("sécurité routière", ref, limit=1, sources=("pns",))
    generic = suggest("sécurité", ref, limit=1, sources=("pns",))
    assert not generic or generic[0].score < best.score / 2


# -- Dutch compounds ------------------------------------------------------------------------


def test_split_compound_against_a_vocabulary() -> None:
    vocab = {"woning": "woning", "inbraak": "inbraak", "verkeer": "verkeer",
             "veiligheid": "veiligheid", "drugs": "drug", "handel": "handel"}
    parts = split_compound("woninginbraken", vocab.get)
    assert [(p, head) for p, _k, head in parts] == [("woning", False), ("inbraak", True)]
    assert {p for p, _k, _h in split_compound("verkeersveiligheid", vocab.get)} == \
        {"verkeer", "veiligheid"}
    assert {p for p, _k, _h in split_compound("drugshandel", vocab.get)} == {"drugs", "handel"}
    assert split_compound("xyzxyzxyz", vocab.get) == []
    assert "woning" in inflections("woningen")
    assert "straat" in inflections("straten")
    assert "boeek" not in inflections("boeken")


@pytest.mark.parametrize(("text", "expected"), [
    ("Fietsdiefstallen", "pns.reg.2"),
    ("Cannabisplantages", "pns.1.1"),
    ("Snelheidsduivels", "pns.5"),
    ("Inbraakpreventie", "pns.reg.2"),
])
def test_dutch_compounds_reach_the_theme(ref, text: str, expected: str) -> None:
    ranked = suggest(text, ref, limit=3, sources=("pns",))
    assert expected in ids(ranked)
    match = next(s for s in ranked if s.item.id == expected)
    assert any("mot composé" in why for why in match.why)


def test_compound_reason_names_the_part(ref) -> None:
    [first] = suggest("Woninginbraken", ref, limit=1, sources=("ncsi",))
    assert first.item.id == "ncsi.d2.t1"
    assert any("→ inbra" in w and "(mot composé" in w for w in first.why)


# -- abbreviations ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("VIF", "pns", "pns.7"),
    ("IFG", "ncsi", "ncsi.d1.t2"),
    ("TEH", "pns", "pns.1.3"),
    ("MENA", "pns", "pns.1.3"),
    ("ILP", "pns", "pns.c11"),
    ("GAS", "ncsi", "ncsi.d2.t2"),
    ("SAC", "ncsi", "ncsi.d2.t2"),
    ("ANPR", "pns", "pns.c4.2"),
])
def test_abbreviations(ref, text: str, source: str, expected: str) -> None:
    ranked = suggest(f"Suivi des dossiers {text}", ref, limit=3, sources=(source,))
    assert expected in ids(ranked)
    match = next(s for s in ranked if s.item.id == expected)
    assert any("abréviation" in w for w in match.why)


def test_short_lowercase_word_is_not_taken_for_an_abbreviation(ref) -> None:
    # In capitals « SAC » is the sanctions administratives communales; « sac » (a bag) is not.
    upper = suggest("Les SAC", ref, limit=3, sources=("ncsi",))
    assert any("abréviation" in w for w in upper[0].why)
    lower = suggest("Un sac de sport", ref, limit=3, sources=("ncsi",))
    assert not any("abréviation" in w for s in lower for w in s.why)
    # From four letters on, a lower-case abbreviation that is no word is still one.
    assert "pns.c4.2" in ids(suggest("caméras anpr", ref, limit=3, sources=("pns",)))


# -- ranking structure and reasons ----------------------------------------------------------


def test_local_objective_makes_its_theme_rank(ref) -> None:
    ranked = suggest("Contrôles de vitesse aux abords d'écoles", ref, limit=5, sources=("pns",))
    got = ids(ranked)
    assert "pns.5.loc.1" in got and "pns.5" in got
    theme = next(s for s in ranked if s.item.id == "pns.5")
    assert any(w.startswith("via objectif") for w in theme.why)


def test_only_candidate_items_are_suggested(ref) -> None:
    for text in ("Drugs", "cybercriminalité", "Georganiseerde criminaliteit", "VIF", "Frontex"):
        for s in suggest(text, ref, limit=50):
            assert s.item.kind in CANDIDATE_KINDS
            if s.item.kind == "pns_objective":
                assert s.item.level in ("local", "integrated")


def test_explanations_are_readable(ref) -> None:
    [first] = suggest("Les cambriolages", ref, limit=1, sources=("pns",))
    assert "« cambriolages » ≈ cambriolage (mot-clé)" in first.why
    [road] = suggest("accidents de la circulation", ref, limit=1, sources=("ncsi",))
    assert any("(expression entière)" in w for w in road.why)
    [car] = suggest("accidents de voiture", ref, limit=1, sources=("ncsi",))
    assert any("synonyme" in w for w in car.why)
    for s in suggest("Partnergeweld en drugshandel", ref, limit=10):
        assert 1 <= len(s.why) <= 4
        assert all(isinstance(w, str) and w for w in s.why)


def test_split_separates_sources(ref) -> None:
    split = suggest_split("Drugshandel en drugsoverlast", ref, limit=4)
    assert split.pns and split.ncsi
    assert all(s.item.source == "pns" for s in split.pns)
    assert all(s.item.source == "ncsi" for s in split.ncsi)
    assert len(split.pns) <= 4 and len(split.ncsi) <= 4
    pns, ncsi = split
    assert pns == split.pns and ncsi == split.ncsi


def test_limit_and_sources(ref) -> None:
    assert len(suggest("violence", ref, limit=2)) <= 2
    assert suggest("violence", ref, limit=0) == []
    assert all(s.item.source == "ncsi" for s in suggest("violence", ref, sources=("ncsi",)))
    assert suggest("violence", ref, sources=()) == []


def test_to_json(ref) -> None:
    [s] = suggest("Woninginbraken", ref, limit=1, sources=("pns",))
    data = json.loads(json.dumps(s.to_json(), ensure_ascii=False))
    assert set(data) == {"id", "source", "kind", "number", "title", "label", "path", "score",
                         "why", "language", "translation"}
    assert data["id"] == "pns.reg.2" and data["source"] == "pns"


# -- determinism and caching ----------------------------------------------------------------


def test_deterministic(ref) -> None:
    text = "Verhogen van de verkeersveiligheid door gerichte snelheidscontroles"
    first = suggest(text, ref, limit=10)
    for _ in range(3):
        assert suggest(text, ref, limit=10) == first
    fresh = SuggestIndex(ref, build_index(ref))
    assert fresh.suggest(text, limit=10) == first


def test_ties_follow_document_order(ref) -> None:
    for source in ("pns", "ncsi"):
        ranked = suggest("violence", ref, limit=50, sources=(source,))
        for a, b in itertools.pairwise(ranked):
            assert a.score > b.score or (a.score == b.score and a.item.position < b.item.position)


def test_index_is_cached_in_memory_and_on_disk(ref) -> None:
    index = SuggestIndex.for_reference(ref)
    assert SuggestIndex.for_reference(ref) is index
    path = user_cache_dir() / f"suggest-index-{cache_key(ref, lexicon_digest())}.json"
    assert path.exists()
    assert load_or_build(ref).to_json() == build_index(ref).to_json()


def test_corrupt_cache_is_rebuilt(ref) -> None:
    path = user_cache_dir() / f"suggest-index-{cache_key(ref, lexicon_digest())}.json"
    load_or_build(ref)
    path.write_text("{not json", encoding="utf-8")
    assert load_or_build(ref).docs == build_index(ref).docs
    json.loads(path.read_text(encoding="utf-8"))  # rewritten


def test_shipped_lexicon_is_valid() -> None:
    lexicon = load_lexicon()
    assert LEXICON_PATH.exists() and lexicon.groups and lexicon.abbreviations
    assert all(sum(len(w) for w in g.words.values()) >= 2 for g in lexicon.groups)
    when = {w for frame in lexicon.scenes for ws in frame.when.values() for w in ws}
    assert {"vol", "diefstal", "volant", "stuur"} <= when
    domains = {item for domain in lexicon.domains for item in domain.items}
    assert {"pns.7", "pns.1.4", "pns.c8", "ncsi.d4"} <= domains
    assert all(domain.anchors["fr"] and domain.anchors["nl"] for domain in lexicon.domains)


@pytest.mark.parametrize("data", [
    ["not", "a", "mapping"],
    {"synonyms": [{"fr": "roulage"}]},
    {"synonyms": [{"fr": ["seul"]}]},
    {"synonyms": [{"en": ["word", "words"]}]},
    {"abbreviations": {"VIF": ["violence"]}},
    {"other": 1},
    {"scenes": {"when": {"fr": ["vol"]}}},
    {"scenes": [{"when": {"fr": "vol"}, "scene": {"fr": ["vélo"]}}]},
    {"scenes": [{"when": {"en": ["theft"]}, "scene": {"fr": ["vélo"]}}]},
    {"scenes": [{"when": {"fr": ["vol"]}}]},
    {"organisation": {"anchors": {"fr": ["personnel"]}}},
    {"organisation": {"anchors": {"fr": ["personnel"]}, "words": [1, 2]}},
    {"domains": {"items": ["pns.7"]}},
    {"domains": [{"items": ["pns.7"]}]},
    {"domains": [{"items": [], "anchors": {"fr": ["viol"]}}]},
    {"domains": [{"items": ["pns.7"], "anchors": {"en": ["rape"]}}]},
    {"domains": [{"items": ["pns.7"], "anchors": {"fr": "viol"}}]},
    {"domains": [{"items": ["pns.7"], "anchors": {"fr": ["viol"]}, "other": 1}]},
])
def test_bad_lexicon_is_a_plan_error(data) -> None:
    with pytest.raises(PlanError):
        parse_lexicon(data)


# -- inputs that must never break the engine --------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "!!!", "… — « » ?!", "😀🚓🚨", "12345 2026",
                                  "Борьба с наркотиками", "مكافحة المخدرات", "毒品", "\x00\x01"])
def test_unusable_text_gives_an_empty_list(ref, text: str) -> None:
    assert suggest(text, ref) == []
    assert suggest_split(text, ref) == ([], [])


def test_mixed_scripts_give_a_sensible_list(ref) -> None:
    ranked = suggest("Drugs 😀 наркотики مخدرات", ref, limit=5)
    assert "pns.1.1" in ids(ranked)


def test_not_a_string_gives_an_empty_list(ref) -> None:
    assert suggest(None, ref) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("make", [
    lambda: "a" * 1_000_000,
    lambda: "Lutter contre les cambriolages. " * 32_000,
    lambda: " ".join(f"mot{n}x woord{n}en" for n in range(60_000)),
])
def test_one_megabyte_is_read_only_up_to_its_bounds(ref, make) -> None:
    # the time it takes is measured by bench/bench_suggest.py; here: only a bounded head is read
    text = make()
    index = SuggestIndex.for_reference(ref)
    terms, _lang = index.analyse(text)
    assert len({t.surface for t in terms}) <= MAX_TOKENS
    assert isinstance(suggest(text, ref), list)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_never_raises_and_is_sorted(text: str) -> None:
    ref = load_reference()
    split = suggest_split(text, ref, limit=5)
    for ranked in split:
        scores = [s.score for s in ranked]
        assert scores == sorted(scores, reverse=True)
        assert all(score > 0 for score in scores)
    merged = suggest(text, ref, limit=8)
    assert len(merged) <= 8
    assert [s.score for s in merged] == sorted((s.score for s in merged), reverse=True)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["cambriolage", "VIF", "woninginbraken", "l'", "de", "la",
                                 "drugs", "’", "-", "é", "GAS-beleid", "snelheid", " "]),
                max_size=20))
def test_police_word_soup_never_raises(words: list[str]) -> None:
    ranked = suggest(" ".join(words), load_reference(), limit=5)
    assert [s.score for s in ranked] == sorted((s.score for s in ranked), reverse=True)

"""Hit rates of the link suggestions on the reviewer-written evaluation set (FR + NL objectives).

Run with ``pytest -s`` to see the rates; they are also in the assertion message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from zonalplan.alignment.suggest import suggest_split
from zonalplan.reference import load_reference

EVAL_FILE = Path(__file__).resolve().parent.parent / "data" / "suggest_eval.yaml"
SOURCES = ("pns", "ncsi")
PNS_KINDS = {"pns_theme", "pns_subtheme", "pns_objective", "pns_condition", "pns_regular_theme"}
NCSI_KINDS = {"ncsi_dimension", "ncsi_theme", "ncsi_subtheme"}
THRESHOLD_TOP3 = 0.90


@pytest.fixture(scope="module")
def cases() -> list[dict]:
    return yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))["cases"]


def test_eval_set_is_well_formed(cases: list[dict]) -> None:
    ref = load_reference()
    assert len(cases) >= 80
    ids = [c["id"] for c in cases]
    assert len(set(ids)) == len(ids)
    french = sum(1 for c in cases if c["id"].startswith("fr-"))
    dutch = sum(1 for c in cases if c["id"].startswith("nl-"))
    assert french + dutch == len(cases) and abs(french - dutch) <= 2
    for case in cases:
        assert case["text"].strip()
        assert case["pns"] or case["ncsi"], case["id"]
        for source, kinds in (("pns", PNS_KINDS), ("ncsi", NCSI_KINDS)):
            for item_id in case[source]:
                item = ref.item(item_id)
                assert item is not None, f"{case['id']}: {item_id} n'existe pas"
                assert item.kind in kinds, f"{case['id']}: {item_id} n'est pas un candidat"
                if item.kind == "pns_objective":
                    assert item.level in ("local", "integrated"), f"{case['id']}: {item_id}"


def hit_rates(cases: list[dict]) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Return top-1/top-3 hit rates per source and a line per top-3 miss."""
    ref = load_reference()
    counts = {s: {"top1": 0, "top3": 0, "n": 0} for s in SOURCES}
    misses = []
    for case in cases:
        split = suggest_split(case["text"], ref, limit=3)
        for source, ranked in zip(SOURCES, split, strict=True):
            accepted = set(case[source])
            if not accepted:
                continue
            got = [s.item.id for s in ranked]
            counts[source]["n"] += 1
            counts[source]["top1"] += bool(got[:1] and got[0] in accepted)
            if accepted & set(got[:3]):
                counts[source]["top3"] += 1
            else:
                misses.append(f"{case['id']} {source}: {case['text']!r} → {got}")
    rates = {s: {"top1": c["top1"] / c["n"], "top3": c["top3"] / c["n"], "n": c["n"]}
             for s, c in counts.items()}
    return rates, misses


def test_hit_rates(cases: list[dict]) -> None:
    rates, misses = hit_rates(cases)
    summary = "  ".join(
        f"{s.upper()} (n={r['n']:.0f}) top-1 {r['top1']:.1%} top-3 {r['top3']:.1%}"
        for s, r in rates.items())
    print(f"\nSuggestions — {summary}")
    for line in misses:
        print(f"  raté top-3 : {line}")
    message = f"{summary}; ratés top-3 : {misses}"
    assert all(r["top3"] >= THRESHOLD_TOP3 for r in rates.values()), message

"""Measure the link suggestions against a reviewer-written evaluation file (top-1, top-3, must-nots).

The files are ``tests/data/suggest_eval.yaml`` (tuning part) and
``tests/data/suggest_eval_heldout.yaml`` (held-out part, never tuned on). Each case lists the
items a reviewer accepts per source (``pns``, ``ncsi``) and, optionally, items that must not
appear in the top 3 (``not``). Used by ``bench/bench_suggest_eval.py`` and by the test suite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from zonalplan.alignment.suggest import suggest_split
from zonalplan.reference.api import Reference

SOURCES = ("pns", "ncsi")


@dataclass
class EvalResult:
    """Hit counts per source, the top-3 misses and the must-not violations of one file."""

    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {s: {"top1": 0, "top3": 0, "n": 0} for s in SOURCES})
    misses: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    cases: int = 0
    negatives: int = 0

    def rate(self, source: str, k: str) -> float:
        """Return the top-1 or top-3 hit rate of a source (1.0 when no case counts)."""
        c = self.counts[source]
        return c[k] / c["n"] if c["n"] else 1.0

    def summary(self) -> str:
        """Return one line with the rates per source and the number of violations."""
        parts = [f"{s.upper()} (n={self.counts[s]['n']}) top-1 {self.rate(s, 'top1'):.1%} "
                 f"top-3 {self.rate(s, 'top3'):.1%}" for s in SOURCES]
        return "  ".join(parts) + (f"  cas interdits violés {len(self.violations)}"
                                   f"/{self.negatives}")


def load_cases(path: Path) -> list[dict]:
    """Return the cases of an evaluation file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]


def evaluate(cases: list[dict], reference: Reference, language: str | None = None) -> EvalResult:
    """Rank every case and count top-1/top-3 hits per source and must-not violations.

    ``language`` is the reader's (as in the application: a German reader's unmarked text is
    read in German).
    """
    result = EvalResult(cases=len(cases))
    for case in cases:
        split = suggest_split(case["text"], reference, limit=3, language=language)
        top3: set[str] = set()
        for source, ranked in zip(SOURCES, split, strict=True):
            got = [s.item.id for s in ranked]
            top3 |= set(got)
            accepted = set(case.get(source) or ())
            if not accepted:
                continue
            c = result.counts[source]
            c["n"] += 1
            c["top1"] += bool(got[:1] and got[0] in accepted)
            if accepted & set(got[:3]):
                c["top3"] += 1
            else:
                result.misses.append(f"{case['id']} {source}: {case['text']!r} → {got}")
        forbidden = set(case.get("not") or ())
        result.negatives += len(forbidden)
        for item_id in sorted(forbidden & top3):
            result.violations.append(f"{case['id']}: {case['text']!r} → {item_id} interdit")
    return result

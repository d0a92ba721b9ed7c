"""Word-level text differences and title similarity, the building blocks of a plan comparison."""

from __future__ import annotations

import difflib
import heapq
import re
from dataclasses import dataclass
from typing import Literal

from zonalplan.reference import fold

SIMILAR_TITLE = 0.6
"""Minimum difflib ratio of folded titles for two objectives with different ids to be matched."""

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)

Op = Literal["equal", "insert", "delete"]


@dataclass(frozen=True)
class Segment:
    """A run of text that is the same in both versions, only in the new one, or only in the old."""

    op: Op
    text: str

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"op": self.op, "text": self.text}


def tokens(text: str) -> list[str]:
    """Split text into words, single punctuation marks and whitespace runs (nothing is lost)."""
    return _TOKEN.findall(text)


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Return difflib opcodes, the common head and tail set aside first (cheap on long texts)."""
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    middle = difflib.SequenceMatcher(None, a[head:len(a) - tail], b[head:len(b) - tail],
                                     autojunk=False).get_opcodes()
    codes = [("equal", 0, head, 0, head)] if head else []
    codes += [(tag, i1 + head, i2 + head, j1 + head, j2 + head)
              for tag, i1, i2, j1, j2 in middle if i1 != i2 or j1 != j2]
    if tail:
        codes.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    merged: list[tuple[str, int, int, int, int]] = []
    for code in codes:  # join runs of the same kind (e.g. the head and the middle's first equal)
        if merged and merged[-1][0] == code[0] == "equal":
            merged[-1] = ("equal", merged[-1][1], code[2], merged[-1][3], code[4])
        else:
            merged.append(code)
    return merged


def _merged_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Return opcodes where changes separated only by whitespace form one change."""
    codes = _opcodes(a, b)
    for i in range(1, len(codes) - 1):
        tag, i1, i2, j1, j2 = codes[i]
        if (tag == "equal" and codes[i - 1][0] != "equal" and codes[i + 1][0] != "equal"
                and all(not t.strip() for t in a[i1:i2])):
            codes[i] = ("replace", i1, i2, j1, j2)
    merged: list[tuple[str, int, int, int, int]] = []
    for code in codes:
        if merged and code[0] != "equal" and merged[-1][0] != "equal":
            _, i1, _, j1, _ = merged[-1]
            merged[-1] = ("replace", i1, code[2], j1, code[4])
        else:
            merged.append(code)
    return merged


def word_diff(before: str, after: str) -> list[Segment]:
    """Return the word-level difference of two texts as equal / delete / insert segments.

    Deletions come before insertions at the same place; adjacent changes separated only by spaces
    are grouped, so « a b » → « x y » reads as one replacement rather than two.
    """
    if before == after:
        return [Segment("equal", before)] if before else []
    a, b = tokens(before), tokens(after)
    segments: list[Segment] = []

    def emit(op: Op, text: str) -> None:
        if not text:
            return
        if segments and segments[-1].op == op:
            segments[-1] = Segment(op, segments[-1].text + text)
        else:
            segments.append(Segment(op, text))

    for tag, i1, i2, j1, j2 in _merged_opcodes(a, b):
        if tag == "equal":
            emit("equal", "".join(a[i1:i2]))
        else:
            emit("delete", "".join(a[i1:i2]))
            emit("insert", "".join(b[j1:j2]))
    return segments


def render_segments(segments: list[Segment], *, context: int | None = 12) -> str:
    """Return segments as one line of text: ``[-deleted-]`` and ``{+inserted+}``.

    With ``context``, long unchanged runs are shortened to that many words on each side.
    """
    out = []
    last = len(segments) - 1
    for i, seg in enumerate(segments):
        flat = _SPACES.sub(" ", seg.text)
        core = flat.strip()
        lead = " " if flat[:1] == " " else ""
        trail = " " if flat[-1:] == " " else ""
        if seg.op == "delete":
            out.append(f"{lead}[-{core}-]{trail}")
        elif seg.op == "insert":
            out.append(f"{lead}{{+{core}+}}{trail}")
        else:
            out.append(lead + shorten(core, context, keep_head=i != 0, keep_tail=i != last)
                       + trail)
    return _SPACES.sub(" ", "".join(out)).strip()


_SPACES = re.compile(r"\s+")


def shorten(text: str, context: int | None, *, keep_head: bool, keep_tail: bool) -> str:
    """Return one-line text with its middle replaced by « … », keeping ``context`` words."""
    words = text.split(" ")
    if context is None or len(words) <= 2 * context + 1:
        return text
    head = words[:context] if keep_head else []
    tail = words[-context:] if keep_tail else []
    return " ".join([*head, "…", *tail])


def similarity(a: str, b: str) -> float:
    """Return the difflib ratio of two titles compared without case, accents or extra spaces."""
    fa, fb = " ".join(fold(a).split()), " ".join(fold(b).split())
    if fa == fb:
        return 1.0
    return difflib.SequenceMatcher(None, fa, fb, autojunk=False).ratio()


def greedy_matches(before: dict[str, str], after: dict[str, str],
                   threshold: float = SIMILAR_TITLE) -> list[tuple[str, str, float]]:
    """Pair keys of ``before`` and ``after`` by similar titles, best pairs first, each key once.

    Returns ``(before_key, after_key, ratio)`` for every pair whose ratio reaches ``threshold``.
    Exact ratios are computed lazily: a pair is taken from a heap ordered by its upper bound
    (``quick_ratio``) and its exact ratio computed only when it reaches the top.
    """
    if not before or not after:
        return []
    keys_a, keys_b = list(before), list(after)
    folded_a = [" ".join(fold(before[k]).split()) for k in keys_a]
    folded_b = [" ".join(fold(after[k]).split()) for k in keys_b]
    matchers = []
    heap: list[tuple[float, int, int, int]] = []  # (-ratio or -bound, a, b, 0 exact / 1 bound)
    for jb, tb in enumerate(folded_b):
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(tb)
        matchers.append(matcher)
        for ia, ta in enumerate(folded_a):
            if ta == tb:
                heap.append((-1.0, ia, jb, 0))
                continue
            matcher.set_seq1(ta)
            if matcher.real_quick_ratio() < threshold:
                continue
            bound = matcher.quick_ratio()
            if bound >= threshold:
                heap.append((-bound, ia, jb, 1))
    heapq.heapify(heap)
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    while heap:
        neg, ia, jb, is_bound = heapq.heappop(heap)
        if ia in used_a or jb in used_b:
            continue
        if is_bound:
            matcher = matchers[jb]
            matcher.set_seq1(folded_a[ia])
            ratio = matcher.ratio()
            if ratio >= threshold:
                heapq.heappush(heap, (-ratio, ia, jb, 0))
            continue
        used_a.add(ia)
        used_b.add(jb)
        pairs.append((keys_a[ia], keys_b[jb], -neg))
    return pairs

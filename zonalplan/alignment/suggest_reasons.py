"""Say why an item is suggested, in the user's words (« vols » ≈ vol, « VIF » = …).

Each reason names what the zone wrote, how it was read (the word itself, a form of it, a part of
a compound, a synonym, an abbreviation) and where the item carries it (keyword, title, text).
"""

from __future__ import annotations

from zonalplan.alignment.suggest_terms import _Alt
from zonalplan.alignment.textnorm import fold
from zonalplan.i18n import N_, Translated, _

MAX_WHY = 4

FIELD_LABELS = Translated({"kw": N_("mot-clé"), "abbr": N_("abréviation"), "title": N_("titre"),
                           "child": N_("élément lié"), "child_title": N_("élément lié"),
                           "text": N_("texte")})


def short(text: str, width: int = 60) -> str:
    """Return a text cut to ``width`` characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def explain(surface: str, alt: _Alt, field_name: str, shown: str) -> str:
    """Return « what the zone wrote » → how it was read ≈ the item's word (how, where)."""
    where = FIELD_LABELS.get(field_name, field_name)
    if alt.how == "abbr":
        return _("« {word} » (abréviation)").format(word=surface)
    if alt.how == "exact":
        if fold(surface) == fold(shown):
            return f"« {shown} » ({where})"
        return f"« {surface} » ≈ {shown} ({where})"
    if alt.how == "synonym" and alt.via:
        read = f"{alt.via.split(' (')[0]} ~ {alt.shown}"
    else:
        read = alt.shown
    sign = {"expansion": "=", "synonym": "~"}.get(alt.how, "→") if not alt.via else "→"
    label = _({"expansion": N_("abréviation"), "compound": N_("mot composé"),
               "synonym": N_("synonyme")}[alt.how])
    near = "" if fold(alt.shown) == fold(shown) else f" ≈ {shown}"
    return f"« {surface} » {sign} {read}{near} ({label}, {where})"


def why(reasons: list[tuple[float, str, str]]) -> list[str]:
    """Return the reasons best first: a whole phrase first, then words it does not cover."""
    out: list[str] = []
    phrases = [r for r in reasons if r[2].startswith("\0")]
    covered = {w for r in phrases for w in r[2][1:].split()}
    others = [r for r in reasons if not r[2].startswith("\0") and r[2] not in covered]
    for _value, text, _shown in sorted(phrases, key=lambda r: -r[0]) + sorted(
            others, key=lambda r: -r[0]):
        if text in out:
            continue
        out.append(text)
        if len(out) >= MAX_WHY:
            break
    return out

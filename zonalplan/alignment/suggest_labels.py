"""Say exactly what a suggested national item is: kind and full number path, in the reader's language.

« PNS thème 5 › objectif local 2 », « Fonctionnement régulier : atteintes aux biens »,
« NCSI 6.3 › thème 1 »; in Dutch « NVP thema 5 › lokale doelstelling 2 ».
"""

from __future__ import annotations

from zonalplan.reference.api import KIND_LABELS, Item, Reference

_LABEL_WORDS = {
    "fr": {"PNS": "PNS", "NCSI": "NCSI", "theme": "thème", "subtheme": "sous-thème",
           "condition": "condition", "local": "objectif local", "integrated": "objectif intégré",
           "objective": "objectif", "regular": "Fonctionnement régulier", "vif":
           "violence intrafamiliale", "vs": "violence sexuelle"},
    "nl": {"PNS": "NVP", "NCSI": "KIV", "theme": "thema", "subtheme": "subthema",
           "condition": "randvoorwaarde", "local": "lokale doelstelling",
           "integrated": "geïntegreerde doelstelling", "objective": "doelstelling",
           "regular": "Reguliere werking", "vif": "intrafamiliaal geweld",
           "vs": "seksueel geweld"},
    "de": {"PNS": "NSP", "NCSI": "RNIS", "theme": "Thema", "subtheme": "Unterthema",
           "condition": "Rahmenbedingung", "local": "lokales Ziel",
           "integrated": "integriertes Ziel", "objective": "Ziel",
           "regular": "Regulärer Dienst", "vif": "innerfamiliäre Gewalt",
           "vs": "sexuelle Gewalt"},
}


def national_label(item: Item, reference: Reference, language: str | None = None) -> str:
    """Return what a PNS/NCSI item is, with its kind and full number path.

    « PNS thème 5 › objectif local 2 », « PNS thème 1 › sous-thème 1.1 › objectif local 1 »,
    « Fonctionnement régulier : infractions contre la propriété », « NCSI 6.5 › thème 5 ›
    sous-thème 5.1 », « PNS condition 4.1 »; in Dutch « NVP thema 5 › lokale doelstelling 2 ».
    Two items never share a label.
    """
    w = _LABEL_WORDS.get(language or "fr", _LABEL_WORDS["fr"])
    kind, number = item.kind, item.number or ""
    parent = reference.item(item.parent_id) if item.parent_id else None
    if kind == "pns_regular_theme":
        title = reference.localize(item, language).title if language else item.title
        if language == "de":  # German nouns keep their capital, and no space before a colon
            return f"{w['regular']}: {title}"
        colon = ": " if language == "nl" else " : "
        return f"{w['regular']}{colon}{title[:1].lower() + title[1:]}"
    if kind == "pns_theme":
        return f"{w['PNS']} {w['theme']} {number}"
    if kind == "pns_subtheme":
        return f"{w['PNS']} {w['theme']} {number.split('.')[0]} › {w['subtheme']} {number}"
    if kind == "pns_condition":
        return f"{w['PNS']} {w['condition']} {number}"
    if kind == "pns_objective":
        head = national_label(parent, reference, language) if parent else w["PNS"]
        group = item.id.split(".")[-2]
        group = f"{w[group]} › " if group in ("vif", "vs") else ""
        level = w.get(item.level or "", w["objective"])
        return f"{head} › {group}{level} {number}"
    if kind == "ncsi_dimension":
        return f"{w['NCSI']} {number}"
    if kind in ("ncsi_theme", "ncsi_subtheme"):
        head = national_label(parent, reference, language) if parent else w["NCSI"]
        return f"{head} › {w['theme' if kind == 'ncsi_theme' else 'subtheme']} {number}"
    return f"{KIND_LABELS.get(kind, kind)} {number}".strip()

"""French wording shared by the Word templates, the export context and the comment post-pass.

The default templates (``templates/docx/make_templates.py``) print these heading texts; the comment
post-pass looks for them to anchor review notes and findings, so both sides stay in step.
"""

from __future__ import annotations

import datetime as dt

HEADINGS: dict[str, str] = {
    "foreword": "Avant-propos",
    "env": "Analyse de l'environnement",
    "env_territory": "Le territoire et sa population",
    "env_crime": "Image de la criminalité",
    "env_road_safety": "Sécurité routière",
    "env_survey": "Enquête de population",
    "env_internal": "Fonctionnement interne du corps",
    "env_lessons": "Enseignements du plan précédent",
    "mvv": "Mission, vision, valeurs",
    "mission": "Mission",
    "vision": "Vision",
    "values": "Valeurs",
    "strategy": "Stratégie",
    "expectations": "Attentes des autorités et des partenaires",
    "argument_matrix": "Matrice d'argumentation",
    "objectives": "Priorités stratégiques",
    "non_retained": "Motivation des phénomènes non retenus",
    "decisions": "Thèmes du Plan national de sécurité et décisions de la zone",
    "capacity": "Capacité",
    "communication": "Communication",
    "communication_internal": "Communication interne",
    "communication_external": "Communication externe",
    "approval": "Approbation",
    "annex_alignment": "Annexe A — Rapport d'alignement",
    "annex_glossary": "Annexe B — Glossaire des abréviations",
}
"""Heading texts of the default plan template, by chapter or section key."""

PLACE_HEADINGS: dict[str, str] = {
    "zone": "env_territory",
    "period": "foreword",
    "czs": "approval",
    "expectations": "expectations",
    "objectives": "objectives",
    "decisions": "decisions",
    "capacity": "capacity",
    "communication": "communication",
    "approval": "approval",
}
"""Where a finding or review note about a chapter is anchored (key of :data:`HEADINGS`)."""

PLACE_LABELS: dict[str, str] = {
    "zone": "Identité de la zone",
    "period": "Période du plan",
    "czs": "Conseil zonal de sécurité",
    "sections": "Chapitres",
    "expectations": "Attentes des autorités",
    "objectives": "Objectifs stratégiques",
    "decisions": "Décisions sur le PNS",
    "capacity": "Capacité",
    "communication": "Communication",
    "approval": "Approbation",
}
"""French name of each chapter a finding may point to."""

SUMMARY_LABELS: dict[str, str] = {
    "total": "Thèmes et sous-thèmes du PNS à décider",
    "retenu": "Thèmes retenus comme priorité",
    "fonctionnement_regulier": "Thèmes suivis en fonctionnement régulier",
    "non_retenu": "Thèmes non retenus",
    "indecis": "Thèmes sans décision",
    "objectifs": "Objectifs stratégiques",
    "objectifs_lies": "Objectifs liés au cadre national",
    "dimensions_couvertes": "Dimensions de la NCSI couvertes",
    "objectives": "Objectifs stratégiques",
    "priorities": "Priorités",
    "attention_points": "Points d'attention",
    "linked_objectives": "Objectifs liés au cadre national",
    "unlinked_objectives": "Objectifs sans lien national",
    "local_objectives": "Objectifs spécifiquement locaux",
    "themes": "Thèmes et sous-thèmes du PNS à décider",
    "decided": "Thèmes décidés",
    "undecided": "Thèmes sans décision",
    "retained": "Thèmes retenus (priorité)",
    "retained_covered": "Thèmes retenus couverts par un objectif",
    "retained_uncovered": "Thèmes retenus sans objectif",
    "regular": "Thèmes en fonctionnement régulier",
    "non_retained": "Thèmes non retenus",
    "dimensions": "Dimensions de la NCSI",
    "dimensions_covered": "Dimensions de la NCSI couvertes",
    "errors": "Erreurs",
    "warnings": "Avertissements",
    "infos": "Informations",
}
"""Labels of the coverage summary figures; unknown keys are shown humanised."""

SEVERITY_TITLES = {"erreur": "Erreurs", "avertissement": "Avertissements", "info": "Informations"}
SEVERITY_SINGULAR = {"erreur": "Erreur", "avertissement": "Avertissement", "info": "Information"}

LINK_WEIGHT_LABELS = {"primary": "principal", "secondary": "secondaire"}

FLAT_KIND_PREFIX = {
    "pns_condition": "Conditions et points d'attention",
    "pns_regular_theme": "Fonctionnement régulier",
}
"""Kinds whose official number only makes sense after a group name."""

DOCUMENT_VOCABULARY = "PNS NCSI PZS CZS ETP ZP LPI"
"""Abbreviations the document itself prints (searched in the glossary with the plan's text)."""

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")


def french_date(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """Return a date as « 12 mars 2026 » (``1er`` for the first day of a month)."""
    if value is None:
        return empty
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def short_date(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """Return a date as « 12/03/2026 »."""
    return value.strftime("%d/%m/%Y") if value is not None else empty


def number(value: float | int | None, decimals: int = 1, empty: str = "—") -> str:
    """Return a number the Belgian French way: « 21 350 », « 52,5 » (no trailing ``,0``)."""
    if value is None:
        return empty
    if isinstance(value, int) or float(value).is_integer():
        text = f"{int(round(value)):,}".replace(",", "\u00a0")
        return text
    text = f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def percent(part: float | None, whole: float | None) -> str:
    """Return ``part`` as a share of ``whole`` (« 27,8 % »), or « — » when it cannot be computed."""
    if part is None or not whole:
        return "—"
    return f"{number(100.0 * part / whole, 1)}\u00a0%"


def fte(value: float | None, empty: str = "—") -> str:
    """Return a full-time-equivalent figure with its unit (« 1,5 ETP »)."""
    return empty if value is None else f"{number(value, 2)}\u00a0ETP"


def humanize(key: str) -> str:
    """Return a readable label for an unknown summary key (« retained_uncovered » → sentence)."""
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def join_fr(items: list[str]) -> str:
    """Join names the French way: « A, B et C »."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]

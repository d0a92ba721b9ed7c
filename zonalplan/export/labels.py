"""Wording shared by the Word templates, the export context and the comment post-pass.

Every table follows the current language (:mod:`zonalplan.i18n`).

The default templates (``templates/docx/make_templates.py``) print these heading texts; the comment
post-pass looks for them to anchor review notes and findings, so both sides stay in step.
"""

from __future__ import annotations

from zonalplan.i18n import N_, Translated
from zonalplan.i18n.formats import join_list, long_date, number, short_date  # noqa: F401
from zonalplan.i18n.vocabulary import Terms, term

_CHAPTERS = ("foreword", "env", "env_territory", "env_crime", "env_road_safety", "env_survey",
             "env_internal", "env_lessons", "mvv", "mission", "vision", "values", "strategy",
             "expectations", "argument_matrix", "objectives", "non_retained", "decisions",
             "capacity", "communication", "communication_internal", "communication_external",
             "approval", "annex_alignment", "annex_glossary")

HEADINGS = Terms({key: f"chapter.{key}" for key in _CHAPTERS})
"""Heading texts of the default plan template, by chapter or section key (current language)."""

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

PLACE_LABELS = Translated({
    "zone": N_("Identité de la zone"),
    "period": N_("Période du plan"),
    "czs": N_("Conseil zonal de sécurité"),
    "sections": N_("Chapitres"),
    "expectations": N_("Attentes des autorités"),
    "objectives": N_("Objectifs stratégiques"),
    "decisions": N_("Décisions sur le PNS"),
    "capacity": N_("Capacité"),
    "communication": N_("Communication"),
    "approval": N_("Approbation"),
})
"""Name of each chapter a finding may point to."""

SUMMARY_LABELS = Translated({
    "total": N_("Thèmes et sous-thèmes du PNS à décider"),
    "retenu": N_("Thèmes retenus comme priorité"),
    "fonctionnement_regulier": N_("Thèmes suivis en fonctionnement régulier"),
    "non_retenu": N_("Thèmes non retenus"),
    "indecis": N_("Thèmes sans décision"),
    "objectifs": N_("Objectifs stratégiques"),
    "objectifs_lies": N_("Objectifs liés au cadre national"),
    "dimensions_couvertes": N_("Dimensions de la NCSI couvertes"),
    "objectives": N_("Objectifs stratégiques"),
    "priorities": N_("Priorités"),
    "attention_points": N_("Points d'attention"),
    "linked_objectives": N_("Objectifs liés au cadre national"),
    "unlinked_objectives": N_("Objectifs sans lien national"),
    "local_objectives": N_("Objectifs spécifiquement locaux"),
    "themes": N_("Thèmes et sous-thèmes du PNS à décider"),
    "decided": N_("Thèmes décidés"),
    "undecided": N_("Thèmes sans décision"),
    "retained": N_("Thèmes retenus (priorité)"),
    "retained_covered": N_("Thèmes retenus couverts par un objectif"),
    "retained_uncovered": N_("Thèmes retenus sans objectif"),
    "regular": N_("Thèmes en fonctionnement régulier"),
    "non_retained": N_("Thèmes non retenus"),
    "dimensions": N_("Dimensions de la NCSI"),
    "dimensions_covered": N_("Dimensions de la NCSI couvertes"),
    "errors": N_("Erreurs"),
    "warnings": N_("Avertissements"),
    "infos": N_("Informations"),
})
"""Labels of the coverage summary figures; unknown keys are shown humanised."""

SEVERITY_TITLES = Terms({s: f"severities.{s}" for s in ("erreur", "avertissement", "info")})
SEVERITY_SINGULAR = Terms({s: f"severity.{s}" for s in ("erreur", "avertissement", "info")})

LINK_WEIGHT_LABELS = Terms({"primary": "weight.primary", "secondary": "weight.secondary"})

FLAT_KIND_PREFIX = Translated({
    "pns_condition": N_("Conditions et points d'attention"),
    "pns_regular_theme": N_("Fonctionnement régulier"),
})
"""Kinds whose official number only makes sense after a group name."""

french_date = long_date
"""Kept for callers of the French-only name: the date in the current language."""


def percent(part: float | None, whole: float | None) -> str:
    """Return ``part`` as a share of ``whole`` (« 27,8 % »), or « — » when it cannot be computed."""
    if part is None or not whole:
        return "—"
    return f"{number(100.0 * part / whole, 1)}\u00a0%"


def fte(value: float | None, empty: str = "—") -> str:
    """Return a full-time-equivalent figure with its unit (« 1,5 ETP »)."""
    return empty if value is None else f"{number(value, 2)}\u00a0{term('term.fte')}"


def humanize(key: str) -> str:
    """Return a readable label for an unknown summary key (« retained_uncovered » → sentence)."""
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


join_fr = join_list
"""Kept for callers of the French-only name: « A, B et C » in the current language."""

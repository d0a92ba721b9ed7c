"""The domain vocabulary in French, Dutch and German: one table, read by the code and the glossary.

Every term the interface and the export print as a label (roles, the basic functionalities, enum
labels, chapter names, the national documents) is defined here once per language, in Belgian usage
(the Flemish police's *korpschef*, *PZ*, *ZVR*, *GAS*, *wijkinspecteur*; the German-speaking
Community's terms), never Netherlands Dutch. ``docs/glossary.md`` is generated from this table
(``python -m zonalplan.i18n.vocabulary > docs/glossary.md``); a test keeps both in step.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from zonalplan.i18n import Translated, current


class Term(NamedTuple):
    """One domain term in the three languages, with a usage note for translators."""

    fr: str
    nl: str
    de: str
    note: str = ""


TERMS: dict[str, Term] = {
    # -- institutions and documents ---------------------------------------------------------
    "doc.pzs": Term(
        "Plan zonal de sécurité",
        "Zonaal veiligheidsplan",
        "Zonaler Sicherheitsplan",
        "PZS / ZVP / ZSP",
    ),
    "doc.pns": Term(
        "Plan national de sécurité",
        "Nationaal Veiligheidsplan",
        "Nationaler Sicherheitsplan",
        "PNS / NVP / NSP",
    ),
    "abbr.pns": Term("PNS", "NVP", "NSP", "abréviation du Plan national de sécurité"),
    "doc.ncsi": Term(
        "Note-cadre de sécurité intégrale",
        "Kadernota Integrale Veiligheid",
        "Rahmennote Integrale Sicherheit",
        "NCSI / KIV / RNIS",
    ),
    "doc.ssn": Term(
        "Stratégie de sécurité nationale",
        "Nationale Veiligheidsstrategie",
        "Nationale Sicherheitsstrategie",
        "SSN / NVS",
    ),
    "org.czs": Term(
        "Conseil zonal de sécurité",
        "Zonale veiligheidsraad",
        "Zonaler Sicherheitsrat",
        "CZS / ZVR / ZSR : signe le plan",
    ),
    "org.zone": Term("Zone de police", "Politiezone", "Polizeizone", "ZP / PZ / PZ"),
    "org.local_police": Term("Police locale", "Lokale politie", "Lokale Polizei"),
    "org.federal_police": Term("Police fédérale", "Federale politie", "Föderale Polizei"),
    "org.integrated_police": Term(
        "Police intégrée", "Geïntegreerde politie", "Integrierte Polizei"
    ),
    "org.minister_interior": Term(
        "Ministre de l'Intérieur", "Minister van Binnenlandse Zaken", "Minister des Innern"
    ),
    "org.minister_justice": Term(
        "Ministre de la Justice", "Minister van Justitie", "Minister der Justiz"
    ),
    "law.lpi": Term(
        "Loi sur la police intégrée (LPI)",
        "Wet op de geïntegreerde politie (WGP)",
        "Gesetz über die integrierte Polizei (GIP)",
        "loi du 7 décembre 1998",
    ),
    "law.gas": Term(
        "Sanctions administratives communales (SAC)",
        "Gemeentelijke administratieve sancties (GAS)",
        "Kommunale Verwaltungssanktionen (KVS)",
        "GAS-ambtenaar en Flandre",
    ),
    # -- people and roles -------------------------------------------------------------------
    "role.mayor": Term("Bourgmestre", "Burgemeester", "Bürgermeister"),
    "role.prosecutor": Term("Procureur du Roi", "Procureur des Konings", "Prokurator des Königs"),
    "role.chief": Term(
        "Chef de corps", "Korpschef", "Korpschef", "jamais « korpsoverste » ni « politiechef »"
    ),
    "role.dirco": Term(
        "Directeur coordonnateur administratif (DirCo)",
        "Bestuurlijk directeur-coördinator (DirCo)",
        "Administrativer Direktor-Koordinator (DirCo)",
    ),
    "role.dirjud": Term(
        "Directeur judiciaire (DirJud)",
        "Gerechtelijk directeur (DirJud)",
        "Gerichtlicher Direktor (DirJud)",
    ),
    "role.governor": Term("Gouverneur", "Gouverneur", "Gouverneur"),
    "role.other_member": Term(
        "Autre membre ou expert",
        "Ander lid of deskundige",
        "Anderes Mitglied oder Sachverständiger",
    ),
    "role.dirco_author": Term(
        "Police fédérale — DirCo", "Federale politie — DirCo", "Föderale Polizei — DirCo"
    ),
    "role.dirjud_author": Term(
        "Police fédérale — DirJud", "Federale politie — DirJud", "Föderale Polizei — DirJud"
    ),
    "role.other_partner": Term("Autre partenaire", "Andere partner", "Anderer Partner"),
    "role.neighbourhood_officer": Term(
        "Agent de quartier",
        "Wijkinspecteur",
        "Viertelinspektor",
        "pas « wijkagent » (usage des Pays-Bas)",
    ),
    # -- the seven basic functionalities (AR 17.09.2001) ------------------------------------
    "func.all": Term("Fonctionnalités de base", "Basisfunctionaliteiten", "Basisfunktionalitäten"),
    "func.quartier": Term("Travail de quartier", "Wijkwerking", "Viertelarbeit"),
    "func.accueil": Term("Accueil", "Onthaal", "Empfang"),
    "func.intervention": Term("Intervention", "Interventie", "Intervention"),
    "func.victimes": Term(
        "Assistance policière aux victimes",
        "Politionele slachtofferbejegening",
        "Polizeiliche Opferbetreuung",
    ),
    "func.recherche": Term(
        "Recherche et enquête locales",
        "Lokale opsporing en onderzoek",
        "Lokale Fahndung und Ermittlung",
    ),
    "func.ordre_public": Term(
        "Maintien de l'ordre public",
        "Handhaving van de openbare orde",
        "Aufrechterhaltung der öffentlichen Ordnung",
    ),
    "func.circulation": Term("Circulation", "Verkeer", "Verkehr"),
    # -- plan vocabulary and enum labels ----------------------------------------------------
    "kind.priorite": Term("Priorité", "Prioriteit", "Priorität"),
    "kind.point_attention": Term("Point d'attention", "Aandachtspunt", "Aufmerksamkeitspunkt"),
    "domain.externe": Term(
        "Sécurité et qualité de vie (externe)",
        "Veiligheid en leefbaarheid (extern)",
        "Sicherheit und Lebensqualität (extern)",
    ),
    "domain.interne": Term(
        "Gestion opérationnelle optimale (interne)",
        "Optimale bedrijfsvoering (intern)",
        "Optimale Betriebsführung (intern)",
    ),
    "domain.externe.short": Term(
        "Sécurité et qualité de vie", "Veiligheid en leefbaarheid", "Sicherheit und Lebensqualität"
    ),
    "domain.interne.short": Term(
        "Gestion opérationnelle optimale", "Optimale bedrijfsvoering", "Optimale Betriebsführung"
    ),
    "decision.retenu": Term(
        "Retenu (priorité)", "Weerhouden (prioriteit)", "Berücksichtigt (Priorität)"
    ),
    "decision.fonctionnement_regulier": Term(
        "Fonctionnement régulier / point d'attention",
        "Reguliere werking / aandachtspunt",
        "Regulärer Dienstbetrieb / Aufmerksamkeitspunkt",
    ),
    "decision.non_retenu": Term("Non retenu", "Niet weerhouden", "Nicht berücksichtigt"),
    "decision.short.retenu": Term("Retenu", "Weerhouden", "Berücksichtigt"),
    "decision.short.fonctionnement_regulier": Term("Régulier", "Regulier", "Regulär"),
    "decision.short.non_retenu": Term("Non retenu", "Niet weerhouden", "Nicht berücksichtigt"),
    "decision.none": Term("Non décidé", "Niet beslist", "Nicht entschieden"),
    "weight.primary": Term("principal", "primair", "primär"),
    "weight.secondary": Term("secondaire", "secundair", "sekundär"),
    "severity.erreur": Term("Erreur", "Fout", "Fehler"),
    "severity.avertissement": Term("Avertissement", "Waarschuwing", "Warnung"),
    "severity.info": Term("Information", "Informatie", "Information"),
    "severities.erreur": Term("Erreurs", "Fouten", "Fehler"),
    "severities.avertissement": Term("Avertissements", "Waarschuwingen", "Warnungen"),
    "severities.info": Term("Informations", "Informatie", "Informationen"),
    "region.Wallonie": Term("Wallonie", "Wallonië", "Wallonien"),
    "region.Flandre": Term("Flandre", "Vlaanderen", "Flandern"),
    "region.Bruxelles-Capitale": Term(
        "Bruxelles-Capitale", "Brussels Hoofdstedelijk Gewest", "Brüssel-Hauptstadt"
    ),
    "level.federal": Term("Police Fédérale", "Federale Politie", "Föderale Polizei"),
    "level.local": Term("Police Locale", "Lokale Politie", "Lokale Polizei"),
    "level.integrated": Term("Police Intégrée", "Geïntegreerde Politie", "Integrierte Polizei"),
    "chain.prevention": Term("Prévention", "Preventie", "Prävention"),
    "chain.repression": Term(
        "Répression et proactivité", "Repressie en proactiviteit", "Repression und Proaktivität"
    ),
    "chain.aftercare": Term("Suivi et accompagnement", "Nazorg", "Nachsorge"),
    "term.objective": Term(
        "Objectif stratégique", "Strategische doelstelling", "Strategisches Ziel"
    ),
    "term.tactical": Term("Objectifs tactiques", "Tactische doelstellingen", "Taktische Ziele"),
    "term.indicator": Term("Indicateur", "Indicator", "Indikator"),
    "term.fte": Term("ETP", "VTE", "VZÄ", "équivalent temps plein / voltijds equivalent"),
    "term.fte_long": Term("Équivalent temps plein", "Voltijds equivalent", "Vollzeitäquivalent"),
    "term.approval": Term("Approbation", "Goedkeuring", "Genehmigung"),
    "term.commune": Term("Commune", "Gemeente", "Gemeinde"),
    # -- chapters of the plan (the export's headings) ---------------------------------------
    "chapter.foreword": Term("Avant-propos", "Voorwoord", "Vorwort"),
    "chapter.env": Term("Analyse de l'environnement", "Omgevingsanalyse", "Umfeldanalyse"),
    "chapter.env_territory": Term(
        "Le territoire et sa population",
        "Het grondgebied en de bevolking",
        "Das Gebiet und seine Bevölkerung",
    ),
    "chapter.env_crime": Term(
        "Image de la criminalité", "Criminaliteitsbeeld", "Kriminalitätsbild"
    ),
    "chapter.env_road_safety": Term(
        "Sécurité routière", "Verkeersveiligheid", "Verkehrssicherheit"
    ),
    "chapter.env_survey": Term(
        "Enquête de population", "Bevolkingsbevraging", "Bevölkerungsbefragung"
    ),
    "chapter.env_internal": Term(
        "Fonctionnement interne du corps",
        "Interne werking van het korps",
        "Interne Funktionsweise des Korps",
    ),
    "chapter.env_lessons": Term(
        "Enseignements du plan précédent",
        "Lessen uit het vorige plan",
        "Lehren aus dem vorigen Plan",
    ),
    "chapter.mvv": Term(
        "Mission, vision, valeurs", "Missie, visie, waarden", "Mission, Vision, Werte"
    ),
    "chapter.mission": Term("Mission", "Missie", "Mission"),
    "chapter.vision": Term("Vision", "Visie", "Vision"),
    "chapter.values": Term("Valeurs", "Waarden", "Werte"),
    "chapter.strategy": Term("Stratégie", "Strategie", "Strategie"),
    "chapter.expectations": Term(
        "Attentes des autorités et des partenaires",
        "Verwachtingen van de overheden en de partners",
        "Erwartungen der Behörden und Partner",
    ),
    "chapter.argument_matrix": Term(
        "Matrice d'argumentation", "Argumentatiematrix", "Argumentationsmatrix"
    ),
    "chapter.objectives": Term(
        "Priorités stratégiques", "Strategische prioriteiten", "Strategische Prioritäten"
    ),
    "chapter.non_retained": Term(
        "Motivation des phénomènes non retenus",
        "Motivering van de niet weerhouden fenomenen",
        "Begründung der nicht berücksichtigten Phänomene",
    ),
    "chapter.decisions": Term(
        "Thèmes du Plan national de sécurité et décisions de la zone",
        "Thema's van het Nationaal Veiligheidsplan en beslissingen van de zone",
        "Themen des Nationalen Sicherheitsplans und Entscheidungen der Zone",
    ),
    "chapter.capacity": Term("Capacité", "Capaciteit", "Kapazität"),
    "chapter.communication": Term("Communication", "Communicatie", "Kommunikation"),
    "chapter.communication_internal": Term(
        "Communication interne", "Interne communicatie", "Interne Kommunikation"
    ),
    "chapter.communication_external": Term(
        "Communication externe", "Externe communicatie", "Externe Kommunikation"
    ),
    "chapter.approval": Term("Approbation", "Goedkeuring", "Genehmigung"),
    "chapter.annex_alignment": Term(
        "Annexe A — Rapport d'alignement",
        "Bijlage A — Afstemmingsrapport",
        "Anhang A — Abstimmungsbericht",
    ),
    "chapter.annex_glossary": Term(
        "Annexe B — Glossaire des abréviations",
        "Bijlage B — Lijst van afkortingen",
        "Anhang B — Abkürzungsverzeichnis",
    ),
    "chapter.annex_glossary_alone": Term(
        "Annexe A — Glossaire des abréviations",
        "Bijlage A — Lijst van afkortingen",
        "Anhang A — Abkürzungsverzeichnis",
        "the glossary annex when the document has no alignment annex",
    ),
}
"""Every domain term, by stable key."""

ABBREVIATIONS: dict[str, dict[str, str]] = {
    "fr": {},
    "nl": {"NVP": "doc.pns", "KIV": "doc.ncsi", "ZVP": "doc.pzs", "ZVR": "org.czs",
           "PZ": "org.zone", "VTE": "term.fte_long", "WGP": "law.lpi", "GAS": "law.gas"},
    "de": {"NSP": "doc.pns", "RNIS": "doc.ncsi", "ZSP": "doc.pzs", "ZSR": "org.czs",
           "PZ": "org.zone", "VZÄ": "term.fte_long", "GIP": "law.lpi", "KVS": "law.gas"},
}
"""Abbreviations of each language explained by a term of the table (the French ones come from
the glossary of the national frame)."""

DOCUMENT_ABBREVIATIONS = {"fr": "PNS NCSI PZS CZS ETP ZP LPI", "nl": "NVP KIV ZVP ZVR VTE PZ WGP",
                          "de": "NSP RNIS ZSP ZSR VZÄ PZ GIP"}
"""Abbreviations the fixed text of a document prints, by language (for its glossary)."""


FRAME_ABBREVIATIONS = {"fr": {}, "nl": {"PNS": "NVP", "NCSI": "KIV"},
                       "de": {"PNS": "NSP", "NCSI": "RNIS"}}
"""The national documents' French abbreviations as each language writes them."""


def local_abbreviations(text: str, language: str | None = None) -> str:
    """Return ``text`` (« PNS 2026-2029 / NCSI 2026-2029 ») with the language's abbreviations."""
    import re

    table = FRAME_ABBREVIATIONS[language or current()]
    if not table:
        return text
    return re.sub(r"\b(PNS|NCSI)\b", lambda m: table[m.group(1)], text)


def abbreviations(language: str | None = None) -> dict[str, str]:
    """Return the abbreviations of a language with their meaning (without the abbreviation)."""
    lang = language or current()
    out = {}
    for abbr, key in ABBREVIATIONS[lang].items():
        meaning = term(key, lang)
        out[abbr] = meaning.removesuffix(f" ({abbr})")
    return out


def term(key: str, language: str | None = None) -> str:
    """Return a domain term in ``language`` (default: the current language)."""
    entry = TERMS[key]
    return getattr(entry, language or current())


class Terms(Translated):
    """A mapping from keys (enum members…) to vocabulary keys: the current language's terms."""

    __slots__ = ()

    def __init__(self, keys: Mapping[Any, str]):
        missing = [k for k in keys.values() if k not in TERMS]
        if missing:
            raise KeyError(f"terms missing from the vocabulary: {missing}")
        super().__init__(keys)

    def _translate(self, value: str, language: str | None = None) -> str:
        return term(value, language)


def glossary_markdown() -> str:
    """Return ``docs/glossary.md``: the vocabulary as a FR / NL / DE table."""
    lines = [
        "# Glossaire / Woordenlijst / Glossar — FR ↔ NL ↔ DE",
        "",
        "Généré par `python -m zonalplan.i18n.vocabulary > docs/glossary.md` depuis",
        "`zonalplan/i18n/vocabulary.py`, la seule définition des termes du domaine. Usage belge :",
        "vocabulaire de la police flamande (*korpschef*, *PZ*, *ZVR*, *GAS*, *wijkinspecteur*), "
        "pas",
        "celui des Pays-Bas ; allemand de la Communauté germanophone.",
        "",
        "| Clé | Français | Nederlands | Deutsch | Note |",
        "|---|---|---|---|---|",
    ]
    for key, entry in TERMS.items():
        cells = [f"`{key}`", entry.fr, entry.nl, entry.de, entry.note]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines += ["", "## Abréviations / Afkortingen / Abkürzungen", "",
              "Les abréviations françaises viennent du glossaire du Plan national de sécurité ; "
              "celles-ci complètent le glossaire des documents néerlandais et allemands.", "",
              "| Langue | Abréviation | Signification |", "|---|---|---|"]
    for language in ("nl", "de"):
        for abbr, meaning in abbreviations(language).items():
            lines.append(f"| {language} | {abbr} | {meaning} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(glossary_markdown(), end="")

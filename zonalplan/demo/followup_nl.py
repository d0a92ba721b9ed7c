"""The Dutch demo's data and follow-up: imported files, figures in the chapters, the argument
matrix, and two years (2026, 2027) of action plans and measured indicators.

The figures are those the chapters of ``texts_nl.py`` cite (woninginbraken 2021-2024,
letselongevallen, the veiligheidsbevraging 2025…), in the official formats with Dutch labels,
spread over Nethoven, Beekloo and Heiderode as the texts describe (burglaries in the allotments of
Beekloo and Heiderode, bicycle theft at the station of Nethoven). The follow-up reads like a zone
in the second year of its plan: most actions done or running, a few postponed, sick leave behind.
"""

from __future__ import annotations

import datetime as dt

from zonalplan.demo.build import ActionSpec, DemoEvidence
from zonalplan.demo.build import add_evidence_and_followup as add_evidence
from zonalplan.demo.plan_nl import COMMUNES
from zonalplan.demo.samples import ZoneSamples
from zonalplan.model.evidence import ChapterFigure, FigureKind
from zonalplan.model.followup import ActionStatus
from zonalplan.model.matrix import Proposal
from zonalplan.model.plan import Plan

S = ActionStatus
_RESPONDENTS = 1391
_PROBLEM = "Als ernstig ervaren buurtprobleem"

SAMPLES = ZoneSamples(
    communes=COMMUNES,
    accidents={2021: (121, 2), 2022: (128, 3), 2023: (134, 4), 2024: (126, 2)},
    crime={  # Dutch labels of the police crime statistics, zone totals 2021..2024
        "Woninginbraak": (176, 203, 238, 229),
        "Diefstal uit of aan voertuig": (164, 151, 139, 128),
        "Diefstal van voertuig": (44, 41, 35, 38),
        "Fietsdiefstal": (312, 298, 341, 367),
        "Winkeldiefstal": (96, 110, 99, 104),
        "Intrafamiliaal geweld": (298, 317, 336, 352),
        "Opzettelijke slagen en verwondingen": (178, 169, 175, 171),
        "Drugs": (134, 151, 169, 178),
        "Drugs: bezit": (107, 118, 130, 132),
        "Drugs: handel": (27, 33, 39, 46),
        "Online oplichting en informaticabedrog": (151, 188, 226, 259),
        "Milieu: sluikstorten": (142, 155, 168, 181),
        "Totaal geregistreerde feiten": (3020, 3190, 3310, 3265),
    },
    crime_shares={  # where the texts place the facts: Nethoven, Beekloo, Heiderode
        "Woninginbraak": (0.36, 0.38, 0.26),
        "Fietsdiefstal": (0.68, 0.22, 0.10),
        "Winkeldiefstal": (0.74, 0.20, 0.06),
        "Drugs": (0.62, 0.25, 0.13),
        "Drugs: bezit": (0.62, 0.25, 0.13),
        "Drugs: handel": (0.66, 0.22, 0.12),
        "Milieu: sluikstorten": (0.30, 0.28, 0.42),
    },
    shares=(0.52, 0.31, 0.17),
    survey=[
        ("Onveiligheidsgevoel in de eigen buurt", "soms of vaak", 11.0, _RESPONDENTS),
        (_PROBLEM, "te snel rijden", 61.0, _RESPONDENTS),
        (_PROBLEM, "sluikstorten en zwerfvuil", 44.0, _RESPONDENTS),
        (_PROBLEM, "woninginbraken", 41.0, _RESPONDENTS),
        (_PROBLEM, "agressief verkeersgedrag", 36.0, _RESPONDENTS),
        (_PROBLEM, "fietsdiefstal", 29.0, _RESPONDENTS),
        (_PROBLEM, "drugsoverlast", 28.0, _RESPONDENTS),
        (_PROBLEM, "telefonische of online oplichting", 26.0, _RESPONDENTS),
        (_PROBLEM, "geluidsoverlast", 21.0, _RESPONDENTS),
        ("Slachtofferschap (voorbije 12 maanden)", "(poging tot) woninginbraak", 5.0,
         _RESPONDENTS),
        ("Slachtofferschap (voorbije 12 maanden)", "fietsdiefstal", 8.0, _RESPONDENTS),
        ("Beeld van de politie", "kent de eigen wijkinspecteur", 41.0, _RESPONDENTS),
        ("Beeld van de politie", "tevreden over het contact met de politie", 74.0, _RESPONDENTS),
    ],
    district=("13000", "Arrondissement Turnhout", "Arrondissement de Turnhout"),
    province=("10000", "Provincie Antwerpen", "Province d'Anvers"),
    region=("2000", "Vlaams Gewest", "Région flamande"),
    others=(("13040", "Turnhout", "Turnhout"), ("11002", "Antwerpen", "Anvers")),
    crime_file="criminaliteitsstatistieken-zone-5998.csv",
    crime_header="Gemeente;Criminele figuur",
    survey_file="veiligheidsbevraging-2025.csv",
    survey_header="Jaar;Vraag;Antwoord;Aandeel (%);Respondenten",
    survey_year=2025,
)
"""PZ Heidebeek's files: the figures of its crime, road-safety and survey chapters."""

FIGURES = (
    ChapterFigure(id="fig-crime-trend", chapter="env_crime", after_paragraph=2,
                  kind=FigureKind.CHART, chart="trend",
                  series=["crime:Woninginbraak", "crime:Intrafamiliaal geweld",
                          "crime:Fietsdiefstal", "crime:Online oplichting en informaticabedrog"],
                  caption="Evolutie van de belangrijkste fenomenen, 2021-2024"),
    ChapterFigure(id="fig-burglary-rate", chapter="env_crime", after_paragraph=3,
                  kind=FigureKind.TABLE, series=["crime:Woninginbraak"], per_1000=True,
                  caption="Woninginbraken per 1.000 inwoners, per gemeente"),
    ChapterFigure(id="fig-bicycles", chapter="env_crime", after_paragraph=6,
                  kind=FigureKind.CHART, chart="communes", series=["crime:Fietsdiefstal"],
                  caption="Fietsdiefstallen per gemeente, 2024"),
    ChapterFigure(id="fig-accidents", chapter="env_road_safety", after_paragraph=1,
                  kind=FigureKind.CHART, chart="trend",
                  series=["accidents:accidents", "accidents:dead_30_days"],
                  caption="Letselongevallen en dodelijke ongevallen, 2021-2024"),
    ChapterFigure(id="fig-accidents-hour", chapter="env_road_safety", after_paragraph=2,
                  kind=FigureKind.CHART, chart="breakdown", dataset="ongevallen 2024",
                  breakdown="hour", caption="Letselongevallen per uur van de dag, 2024"),
)

MATRIX = (  # phenomenon, national theme, scores (cijfers, bevraging, verwachtingen, nationaal
    # kader, haalbaarheid), notes, decision
    ("Woninginbraken", "pns.reg.2", (3, 3, 3, 2, 3),
     ("229 feiten in 2024 (+30% sinds 2021), vooral in Beekloo en Heiderode",
      "41% van de inwoners noemt het fenomeen",
      "burgemeesters van Beekloo en Heiderode, procureur des Konings",
      "KIV eigendomsdelicten; reguliere werking in het NVP",
      "preventieadviseurs en BIN's aanwezig; sporenopname uitbreidbaar"),
     Proposal.PRIORITY),
    ("Drugshandel, drugsoverlast en ondermijning", "pns.1.1", (3, 2, 3, 3, 2),
     ("178 processen-verbaal in 2024, 46 feiten van handel (tegenover 27); drugslab en vijf "
      "dumpings", "28% van de inwoners noemt drugsoverlast",
      "drie burgemeesters, procureur des Konings, gerechtelijk directeur",
      "NVP 1.1 drugshandel", "bestuurlijke aanpak met de gemeenten nog op te bouwen"),
     Proposal.PRIORITY),
    ("Verkeersveiligheid", "pns.5", (3, 3, 3, 3, 3),
     ("126 letselongevallen in 2024, elf doden in vier jaar; vijf zwarte punten",
      "61% van de inwoners noemt te snel rijden", "drie burgemeesters, gouverneur, parket",
      "NVP 5 verkeersveiligheid", "dienst Verkeer en flitswagen beschikbaar"),
     Proposal.PRIORITY),
    ("Intrafamiliaal en seksueel geweld", "pns.7", (3, 1, 3, 3, 2),
     ("352 feiten in 2024 (+18%); groot dark number", "weinig zichtbaar in de bevraging",
      "prioriteit in het strafrechtelijk beleid van de procureur des Konings",
      "NVP 7", "Family Justice Center als partner"),
     Proposal.PRIORITY),
    ("Fietsdiefstal", None, (2, 2, 2, 1, 2),
     ("367 feiten in 2024 (+18%), bijna de helft aan het station van Nethoven",
      "29% van de inwoners noemt het fenomeen", "burgemeester van Nethoven",
      "KIV eigendomsdelicten", "gerichte acties binnen de reguliere werking volstaan"),
     Proposal.ATTENTION_POINT),
    ("Online oplichting", "pns.2", (2, 2, 2, 3, 1),
     ("259 feiten in 2024 (+72%); 36% van de slachtoffers is 65 of ouder",
      "26% van de inwoners noemt het fenomeen",
      "procureur des Konings, gerechtelijk directeur", "NVP 2 cybercriminaliteit",
      "onderzoek vooral door de RCCU; de zone zet in op preventie"),
     Proposal.ATTENTION_POINT),
    ("Evenementen (Netepop, veldrit van Heiderode)", None, (2, 1, 2, 0, 3),
     ("twaalf ernstige incidenten tijdens Netepop in 2024", "",
      "burgemeesters van Nethoven en Heiderode, gouverneur", "geen nationaal thema",
      "draaiboeken en debriefings bestaan al"),
     Proposal.ATTENTION_POINT),
    ("Overlast en sluikstorten", None, (2, 3, 1, 1, 0),
     ("181 sluikstortingen in 2024 (+27%), 655 interventies voor overlast",
      "44% van de inwoners noemt sluikstorten", "gemeentelijke diensten omgeving",
      "KIV leefmilieu", "aanpak in de eerste plaats bestuurlijk, via de GAS-reglementering"),
     Proposal.REGULAR),
    ("Diefstal uit of aan voertuig", None, (1, 1, 1, 1, 2),
     "daling van 164 naar 128 feiten (-22%); de reguliere werking volstaat", Proposal.REGULAR),
    ("Radicalisme en gewelddadig extremisme", "pns.3", (1, 0, 1, 3, 1),
     "enkele situaties, opgevolgd in de lokale integrale veiligheidscel (LIVC-R)",
     Proposal.REGULAR),
    ("Sociale fraude", "pns.6.1", (1, 0, 1, 2, 1),
     "woonstcontroles in de vakantieparken van Heiderode; meldingen aan de sociale inspectie",
     Proposal.REGULAR),
    ("Geïntegreerd grensbeheer", "pns.4", (0, 0, 0, 2, 0),
     "geen buitengrens van de Schengenruimte, geen luchthaven of zeehaven in de zone",
     Proposal.NOT_RETAINED),
)

# objective id -> year -> (title, owner, partners, status, hours, comment)
ACTIONS: dict[str, dict[int, list[ActionSpec]]] = {
    "obj-p1": {
        2026: [("Campagne ‘Inbrekers houden niet van licht’ bij het begin van de winter",
                "Wijkwerking", ("drie gemeenten", "diefstalpreventieadviseurs"), S.DONE, 300, ""),
               ("Gerichte avondpatrouilles in de verkavelingen van Beekloo en Heiderode",
                "Interventie", (), S.DONE, 1380,
                "November tot februari, volgens de wekelijkse analyse van het LIK."),
               ("Systematische sporenopname door twee opgeleide inspecteurs",
                "Lokale Recherche Dienst", ("Laboratorium voor technische en wetenschappelijke "
                                            "politie",), S.IN_PROGRESS, 420,
                "Tweede inspecteur opgeleid in oktober.")],
        2027: [("Preventieadviezen aan huis via online afspraken", "Wijkwerking",
                ("drie gemeenten",), S.IN_PROGRESS, 540, ""),
               ("Nieuw buurtinformatienetwerk (BIN) in Heiderode-Kapelhoek", "Wijkwerking",
                ("gemeente Heiderode",), S.POSTPONED, 40,
                "Uitgesteld op vraag van de gemeente (herinrichting van de wijk).")],
    },
    "obj-p2": {
        2026: [("Gerichte acties in de stationsomgeving en het stadspark van Nethoven",
                "Lokale Recherche Dienst", ("preventiedienst van Nethoven", "Securail"), S.DONE,
                1050, ""),
               ("Bestuurlijk handhavingsprotocol voor drugspanden en verdachte loodsen",
                "Directie", ("drie gemeenten", "ARIEC Antwerpen"), S.DONE, 160,
                "Ondertekend door de drie burgemeesters op 12 juni."),
               ("Screening van de loodsen op het bedrijventerrein Kanaalzone",
                "Wijkwerking", ("gemeente Beekloo", "ARIEC Antwerpen"), S.IN_PROGRESS, 260,
                "")],
        2027: [("Onderzoek naar het bevoorradingsnetwerk van de drugskoeriers",
                "Lokale Recherche Dienst", ("FGP Antwerpen", "parket Antwerpen"),
                S.IN_PROGRESS, 2200, "")],
    },
    "obj-p3": {
        2026: [("Snelheidscontroles in de schoolomgevingen tijdens de schoolspits", "Verkeer",
                ("drie gemeenten", "scholen"), S.DONE, 780, ""),
               ("BOB-campagnes: alcohol- en drugcontroles", "Verkeer", ("federale wegpolitie",),
                S.DONE, 720, ""),
               ("Herinrichting van het kruispunt Turnhoutsebaan-Ringlaan", "Verkeer",
                ("Agentschap Wegen en Verkeer", "gemeente Nethoven"), S.POSTPONED, 30,
                "Werken van AWV uitgesteld naar 2027.")],
        2027: [("Herinrichting van het kruispunt Turnhoutsebaan-Ringlaan (opvolging)",
                "Verkeer", ("Agentschap Wegen en Verkeer",), S.IN_PROGRESS, 25, ""),
               ("Tweede trajectcontrole op de Heirbaan", "Verkeer",
                ("gemeenten Beekloo en Heiderode",), S.PLANNED, 60, "")],
    },
    "obj-p4": {
        2026: [("Risicotaxatie-instrument bij elke interventie", "Interventie",
                ("parket Antwerpen",), S.DONE, 170, "Alle inspecteurs opgeleid."),
               ("Slachtoffers binnen de 72 uur opnieuw contacteren", "Slachtofferbejegening",
                ("CAW",), S.IN_PROGRESS, 560, "")],
        2027: [("Maandelijks casusoverleg in het Family Justice Center", "Directie",
                ("parket Antwerpen", "CAW", "justitiehuis Turnhout"), S.IN_PROGRESS, 310, "")],
    },
    "obj-p5": {
        2026: [("Integriteitsopleiding voor alle medewerkers (vier sessies)", "Personeel",
                ("PIVO",), S.DONE, 640, ""),
               ("Verzuimbeleid met terugkeergesprekken", "Personeel", ("IDPBW",),
                S.IN_PROGRESS, 95, "")],
        2027: [("Wervingscampagne en opendeurdag", "Personeel", ("Politieschool (PIVO)",),
                S.PLANNED, 85, "")],
    },
    "obj-pa1": {
        2026: [("Graveeracties op markten en aan de scholen", "Wijkwerking",
                ("gemeente Nethoven", "scholen"), S.DONE, 210, "1.640 fietsen geregistreerd.")],
    },
}
# (objective id, indicator id) -> {year: value}
MEASURES: dict[tuple[str, str], dict[int, float]] = {
    ("obj-p1", "ind-p1-1"): {2026: 214, 2027: 205},
    ("obj-p1", "ind-p1-2"): {2026: 94, 2027: 112},
    ("obj-p1", "ind-p1-3"): {2026: 66, 2027: 74},
    ("obj-p2", "ind-p2-1"): {2026: 51, 2027: 57},
    ("obj-p2", "ind-p2-2"): {2026: 3, 2027: 5},
    ("obj-p3", "ind-p3-1"): {2026: 124, 2027: 119},
    ("obj-p3", "ind-p3-2"): {2026: 8.3, 2027: 7.6},
    ("obj-p3", "ind-p3-3"): {2026: 8_100, 2027: 8_900},
    ("obj-p4", "ind-p4-1"): {2026: 70, 2027: 84},
    ("obj-p4", "ind-p4-2"): {2026: 60, 2027: 69},
    ("obj-p4", "ind-p4-3"): {2026: 15, 2027: 19},
    ("obj-p5", "ind-p5-1"): {2026: 7.0, 2027: 7.3},
    ("obj-p5", "ind-p5-2"): {2026: 58, 2027: 84},
    ("obj-pa1", "ind-pa1-1"): {2026: 352, 2027: 338},
    ("obj-pa2", "ind-pa2-1"): {2026: 11, 2027: 16},
    ("obj-pa3", "ind-pa3-1"): {2026: 10, 2027: 9},
    ("obj-pa4", "ind-pa4-1"): {2026: 71, 2027: 96},
    ("obj-pa4", "ind-pa4-2"): {2026: 44, 2027: 63},
}
SOURCES = {"ind-p1-1": "ANG / politiële criminaliteitsstatistieken", "ind-p2-1": "ANG / ISLP",
           "ind-p3-1": "Statbel / ANG", "ind-p5-1": "SSGPI", "ind-pa1-1": "ANG / ISLP"}
SERIES = {  # indicators whose baseline comes from the imported data
    "ind-p1-1": "crime:Woninginbraak",
    "ind-p2-1": "crime:Drugs: handel",
    "ind-p3-1": "accidents:accidents",
    "ind-pa1-1": "crime:Fietsdiefstal",
    "ind-p2-3": "survey:Als ernstig ervaren buurtprobleem : drugsoverlast",
}

EVIDENCE = DemoEvidence(language="nl", samples=SAMPLES, figures=FIGURES, matrix=MATRIX,
                        actions=ACTIONS, measures=MEASURES, sources=SOURCES,
                        default_source="dashboard van het LIK", series_keys=SERIES,
                        imported=dt.datetime(2026, 1, 13, 9, 30, tzinfo=dt.UTC))


def add_evidence_and_followup(plan: Plan) -> Plan:
    """Give the Dutch demo plan its data, figures, argument matrix and follow-up."""
    return add_evidence(plan, EVIDENCE)

"""The French demo's data and follow-up: imported files, figures in the chapters, the argument
matrix, and two years (2026, 2027) of action plans and measured indicators.

The figures are those the chapters cite (see ``samples.py``); the follow-up reads like a zone in
the third year of its plan: most actions done or running, a few postponed, one indicator behind.
"""

from __future__ import annotations

import datetime as dt

from zonalplan.demo.build import DemoEvidence
from zonalplan.demo.build import add_evidence_and_followup as add_evidence
from zonalplan.demo.samples import FRENCH
from zonalplan.model.evidence import ChapterFigure, FigureKind
from zonalplan.model.followup import ActionStatus
from zonalplan.model.matrix import Proposal
from zonalplan.model.plan import Plan

IMPORTED = dt.datetime(2026, 1, 12, 10, 0, tzinfo=dt.UTC)
S = ActionStatus

# objective id -> year -> (title, owner, partners, status, hours, comment)
ACTIONS: dict[str, dict[int, list[tuple[str, str, tuple[str, ...], ActionStatus, int, str]]]] = {
    "obj-p1": {
        2026: [("Campagne « Partir l'esprit tranquille » avant les congés", "Service de Proximité",
                ("communes", "conseiller en prévention vol"), S.DONE, 320, ""),
               ("Patrouilles ciblées en soirée dans les lotissements à risque", "Intervention",
                (), S.DONE, 1450, "Novembre à février, selon l'analyse hebdomadaire du CIZ."),
               ("Relevé de traces systématique par deux inspecteurs formés", "Recherche locale",
                ("laboratoire de police technique et scientifique",), S.IN_PROGRESS, 400,
                "Second inspecteur formé en octobre.")],
        2027: [("Visites de technoprévention sur rendez-vous en ligne", "Service de Proximité",
                ("communes",), S.IN_PROGRESS, 520, ""),
               ("Partenariat local de prévention (PLP) à Hautebise", "Service de Proximité",
                ("commune de Hautebise",), S.POSTPONED, 40,
                "Reporté à la demande de la commune (élections communales).")],
    },
    "obj-p2": {
        2026: [("Actions « quartier gare » avec le service de prévention", "Recherche locale",
                ("service de prévention de Rivemont", "SNCB Securail"), S.DONE, 980, ""),
               ("Fermetures administratives de deux immeubles de deal", "Direction",
                ("bourgmestre de Rivemont",), S.DONE, 120, "Arrêtés du 14 mai et du 3 octobre.")],
        2027: [("Enquête de fond sur le réseau d'approvisionnement", "Recherche locale",
                ("PJF Namur", "parquet de Namur"), S.IN_PROGRESS, 2100, "")],
    },
    "obj-p3": {
        2026: [("Contrôles de vitesse aux abords des écoles (radar mobile)", "Circulation",
                ("communes",), S.DONE, 760, ""),
               ("Campagnes BOB : contrôles d'alcoolémie et de drogues", "Circulation",
                ("police fédérale de la route",), S.DONE, 690, ""),
               ("Aménagement du carrefour du Pont-Neuf", "Circulation",
                ("SPW Mobilité", "commune de Rivemont"), S.POSTPONED, 30,
                "Travaux du SPW reportés à 2027.")],
        2027: [("Aménagement du carrefour du Pont-Neuf (suivi des travaux)", "Circulation",
                ("SPW Mobilité",), S.IN_PROGRESS, 25, "")],
    },
    "obj-p4": {
        2026: [("Grille d'évaluation du risque utilisée à chaque intervention", "Intervention",
                ("parquet de Namur",), S.DONE, 160, "Formation de tous les inspecteurs."),
               ("Recontact des victimes dans les 72 heures", "Assistance aux victimes",
                ("CAW/service d'aide aux victimes",), S.IN_PROGRESS, 540, "")],
        2027: [("Concertation de cas mensuelle (approche CPVS/Family Justice)", "Direction",
                ("parquet de Namur", "CPAS", "services d'aide"), S.IN_PROGRESS, 300, "")],
    },
    "obj-p5": {
        2026: [("Formation à l'intégrité de tout le personnel (4 sessions)", "Ressources humaines",
                ("ANPA",), S.DONE, 620, ""),
               ("Plan de prévention de l'absentéisme", "Ressources humaines",
                ("SEPP",), S.IN_PROGRESS, 90, "")],
        2027: [("Campagne de recrutement et journée portes ouvertes", "Ressources humaines",
                ("Académie de police",), S.PLANNED, 80, "")],
    },
}
# (objective id, indicator id) -> {year: value}
MEASURES: dict[tuple[str, str], dict[int, float]] = {
    ("obj-p1", "ind-p1-1"): {2026: 201, 2027: 189},
    ("obj-p1", "ind-p1-2"): {2026: 82, 2027: 97},
    ("obj-p1", "ind-p1-3"): {2026: 63, 2027: 71},
    ("obj-p2", "ind-p2-1"): {2026: 44, 2027: 49},
    ("obj-p3", "ind-p3-1"): {2026: 116, 2027: 117},
    ("obj-p3", "ind-p3-2"): {2026: 9.1, 2027: 8.7},
    ("obj-p3", "ind-p3-3"): {2026: 6900, 2027: 7600},
    ("obj-p4", "ind-p4-1"): {2026: 61, 2027: 78},
    ("obj-p4", "ind-p4-2"): {2026: 58, 2027: 66},
    ("obj-p5", "ind-p5-1"): {2026: 7.1, 2027: 6.8},
    ("obj-p5", "ind-p5-2"): {2026: 71, 2027: 88},
    ("obj-pa2", "ind-pa2-1"): {2026: 8, 2027: 11},
}
SOURCES = {"ind-p1-1": "BNG / statistiques policières", "ind-p3-1": "Statbel",
           "ind-p5-1": "SSGPI"}

MATRIX = (  # phenomenon, PNS/NCSI link, scores (figures, survey, expectations, national,
    # feasibility), notes, decision
    ("Cambriolages dans les habitations", "pns.reg.2", (3, 3, 3, 2, 3),
     "212 faits en 2024 (+26 % depuis 2021) ; 39 % des habitants ; trois bourgmestres",
     Proposal.PRIORITY),
    ("Trafic de stupéfiants et deal de rue", "pns.1.1", (3, 2, 3, 3, 2),
     "41 faits de vente (contre 23) ; 31 % des habitants ; procureur du Roi", Proposal.PRIORITY),
    ("Sécurité routière", "pns.5", (3, 3, 3, 3, 3),
     "118 accidents avec lésions, 12 tués en quatre ans ; 58 % citent la vitesse",
     Proposal.PRIORITY),
    ("Violences intrafamiliales et sexuelles", "pns.7", (3, 1, 3, 3, 2),
     "341 faits en 2024 (+19 %) ; chiffre noir important ; parquet de Namur", Proposal.PRIORITY),
    ("Escroqueries en ligne", "pns.2", (2, 2, 1, 3, 1),
     "246 faits en 2024 ; enquêtes menées surtout par la police fédérale (FCCU)",
     Proposal.ATTENTION_POINT),
    ("Dépôts clandestins et malpropreté", None, (2, 3, 2, 1, 2),
     "46 % des habitants ; attente des trois communes ; traitement par les sanctions "
     "administratives", Proposal.ATTENTION_POINT),
    ("Vols dans les véhicules", "pns.reg.2", (1, 1, 1, 1, 2),
     "en recul de 171 à 139 faits (-19 %) ; fonctionnement régulier suffisant", Proposal.REGULAR),
    ("Radicalisme et extrémisme violent", "pns.3", (1, 0, 1, 3, 1),
     "peu de signalements locaux ; suivi par la cellule de sécurité intégrale locale (CSIL-R)",
     Proposal.REGULAR),
    ("Gestion intégrée des frontières", "pns.4", (0, 0, 0, 2, 0),
     "ni frontière extérieure de l'espace Schengen, ni aéroport, ni port dans la zone",
     Proposal.NOT_RETAINED),
)


FIGURES = (
    ChapterFigure(id="fig-crime-trend", chapter="env_crime", after_paragraph=2,
                  kind=FigureKind.CHART, chart="trend",
                  series=["crime:Cambriolages dans une habitation",
                          "crime:Violence intrafamiliale",
                          "crime:Escroquerie et fraude informatique"],
                  caption="Évolution des principaux phénomènes, 2021-2024"),
    ChapterFigure(id="fig-burglary-rate", chapter="env_crime", after_paragraph=3,
                  kind=FigureKind.TABLE, series=["crime:Cambriolages dans une habitation"],
                  per_1000=True, caption="Cambriolages dans les habitations pour 1 000 habitants"),
    ChapterFigure(id="fig-accidents", chapter="env_road_safety", after_paragraph=1,
                  kind=FigureKind.CHART, chart="trend",
                  series=["accidents:accidents", "accidents:dead_30_days"],
                  caption="Accidents avec lésions corporelles et accidents mortels"),
    ChapterFigure(id="fig-accidents-hour", chapter="env_road_safety", after_paragraph=2,
                  kind=FigureKind.CHART, chart="breakdown", dataset="accidents 2024",
                  breakdown="hour", caption="Accidents avec lésions selon l'heure, 2024"),
)

EVIDENCE = DemoEvidence(language="fr", samples=FRENCH, figures=FIGURES, matrix=MATRIX,
                        actions=ACTIONS, measures=MEASURES, sources=SOURCES,
                        default_source="tableau de bord du CIZ", imported=IMPORTED)


def add_evidence_and_followup(plan: Plan) -> Plan:
    """Give the French demo plan its data, figures, argument matrix and follow-up."""
    return add_evidence(plan, EVIDENCE)

"""The German demo's data and follow-up: imported files, figures in the chapters, the argument
matrix, and two years (2026, 2027) of action plans and measured indicators.

The figures are those the chapters of ``texts_de.py`` cite (Wohnungseinbrüche 2021-2024, Unfälle
mit Personenschaden, the Sicherheitsbefragung 2025…). Statbel's files carry French and Dutch
labels only; the crime table and the survey are the zone's own German exports. Burglaries lean to
the border villages of Buchholt, drugs to the bus station of Rodenfeld, as the texts say.
"""

from __future__ import annotations

import datetime as dt

from zonalplan.demo.build import ActionSpec, DemoEvidence
from zonalplan.demo.build import add_evidence_and_followup as add_evidence
from zonalplan.demo.plan_de import COMMUNES
from zonalplan.demo.samples import ZoneSamples
from zonalplan.model.evidence import ChapterFigure, FigureKind
from zonalplan.model.followup import ActionStatus
from zonalplan.model.matrix import Proposal
from zonalplan.model.plan import Plan

S = ActionStatus
_N = 1127
_PROBLEM = "Wichtiges Problem im Viertel"

SAMPLES = ZoneSamples(
    communes=COMMUNES,
    accidents={2021: (98, 3), 2022: (104, 4), 2023: (111, 3), 2024: (107, 4)},
    crime={  # the zone's German table of the police crime statistics, 2021..2024
        "Wohnungseinbruch": (141, 158, 187, 176),
        "Drogen": (118, 127, 142, 151),
        "Drogen: Besitz": (99, 103, 114, 118),
        "Drogen: Handel und Verkauf": (19, 24, 28, 33),
        "Innerfamiliäre Gewalt": (242, 256, 271, 289),
        "Telefon- und Onlinebetrug": (118, 149, 176, 204),
        "Wilde Müllablagerungen": (98, 109, 121, 131),
        "Vorsätzliche Körperverletzung": (152, 149, 155, 148),
        "Ladendiebstahl": (88, 95, 90, 92),
        "Diebstahl von Baumaschinen und landwirtschaftlichem Gerät": (29, 31, 36, 34),
        "Registrierte Taten insgesamt": (2410, 2530, 2655, 2598),
    },
    crime_shares={  # Rodenfeld, Buchholt, Merkenbach
        "Wohnungseinbruch": (0.38, 0.42, 0.20),
        "Drogen": (0.64, 0.24, 0.12),
        "Drogen: Besitz": (0.64, 0.24, 0.12),
        "Drogen: Handel und Verkauf": (0.70, 0.20, 0.10),
        "Wilde Müllablagerungen": (0.22, 0.30, 0.48),
        "Diebstahl von Baumaschinen und landwirtschaftlichem Gerät": (0.15, 0.40, 0.45),
    },
    shares=(0.50, 0.30, 0.20),
    survey=[
        ("Unsicherheitsgefühl im eigenen Viertel", "manchmal oder oft", 9.0, _N),
        (_PROBLEM, "zu schnelles Fahren", 63.0, _N),
        (_PROBLEM, "rücksichtslose Motorradfahrer", 47.0, _N),
        (_PROBLEM, "wilde Müllablagerungen", 42.0, _N),
        (_PROBLEM, "Einbrüche", 38.0, _N),
        (_PROBLEM, "Betrug am Telefon oder im Internet", 33.0, _N),
        (_PROBLEM, "Drogen", 24.0, _N),
        (_PROBLEM, "Lärm", 18.0, _N),
        ("Opfererfahrung (letzte 12 Monate)", "Einbruch oder Einbruchsversuch", 4.0, _N),
        ("Opfererfahrung (letzte 12 Monate)", "betrügerischer Anruf oder Nachricht", 24.0, _N),
        ("Bild der Polizei", "kennt den eigenen Revierbeamten", 52.0, _N),
        ("Bild der Polizei", "zufrieden mit dem Polizeikontakt", 78.0, _N),
    ],
    district=("63000", "Arrondissement Verviers", "Arrondissement de Verviers"),
    province=("60000", "Provincie Luik", "Province de Liège"),
    region=("3000", "Waals Gewest", "Région wallonne"),
    others=(("63023", "Eupen", "Eupen"), ("62063", "Luik", "Liège")),
    crime_file="kriminalstatistik-zone-5997.csv",
    crime_header="Gemeinde;Kategorie",
    survey_file="sicherheitsbefragung-2025.csv",
    survey_header="Jahr;Frage;Antwort;Anteil (%);Befragte",
    survey_year=2025,
)
"""PZ Venntal's files: the figures of its crime, road-safety and survey chapters."""

FIGURES = (
    ChapterFigure(id="fig-crime-trend", chapter="env_crime", after_paragraph=2,
                  kind=FigureKind.CHART, chart="trend",
                  series=["crime:Wohnungseinbruch", "crime:Innerfamiliäre Gewalt",
                          "crime:Telefon- und Onlinebetrug"],
                  caption="Entwicklung der wichtigsten Phänomene, 2021-2024"),
    ChapterFigure(id="fig-burglary-rate", chapter="env_crime", after_paragraph=3,
                  kind=FigureKind.TABLE, series=["crime:Wohnungseinbruch"], per_1000=True,
                  caption="Wohnungseinbrüche je 1.000 Einwohner, nach Gemeinde"),
    ChapterFigure(id="fig-accidents", chapter="env_road_safety", after_paragraph=1,
                  kind=FigureKind.CHART, chart="trend",
                  series=["accidents:accidents", "accidents:dead_30_days"],
                  caption="Unfälle mit Personenschaden und tödliche Unfälle, 2021-2024"),
    ChapterFigure(id="fig-accidents-weekday", chapter="env_road_safety", after_paragraph=2,
                  kind=FigureKind.CHART, chart="breakdown", dataset="Unfälle 2024",
                  breakdown="weekday", caption="Unfälle mit Personenschaden nach Wochentag, 2024"),
)

MATRIX = (  # phenomenon, national theme, scores (Zahlen, Befragung, Erwartungen, nationaler
    # Rahmen, Machbarkeit), notes, decision
    ("Wohnungseinbrüche", "pns.reg.2", (3, 3, 3, 2, 3),
     ("176 Taten im Jahr 2024 (+25 % seit 2021), grenzüberschreitende Tätergruppen",
      "38 % der Einwohner nennen Einbrüche", "Bürgermeister von Buchholt, Prokurator des Königs",
      "Rahmennote Eigentumsdelikte", "Zusammenarbeit mit der Polizei Aachen besteht"),
     Proposal.PRIORITY),
    ("Drogenhandel und Drogentransit", "pns.1.1", (3, 2, 3, 3, 2),
     ("151 Protokolle, davon 33 Taten des Handels (gegenüber 19); 27 Kuriere",
      "24 % der Einwohner nennen Drogen", "Bürgermeisterin von Rodenfeld, Prokurator des Königs",
      "NSP 1.1 Drogenhandel", "gemeinsame Kontrollen mit der Föderalen Polizei"),
     Proposal.PRIORITY),
    ("Verkehrssicherheit", "pns.5", (3, 3, 3, 3, 3),
     ("107 Unfälle mit Personenschaden im Jahr 2024, 14 Tote in vier Jahren",
      "63 % nennen zu schnelles Fahren, 47 % rücksichtslose Motorradfahrer",
      "drei Bürgermeister, Gouverneur, Prokurator des Königs", "NSP 5",
      "Verkehrsdienst und mobile Radargeräte verfügbar"),
     Proposal.PRIORITY),
    ("Innerfamiliäre und sexuelle Gewalt", "pns.7", (3, 1, 3, 3, 2),
     ("289 Taten im Jahr 2024 (+19 %), großes Dunkelfeld", "in der Befragung kaum sichtbar",
      "Kriminalpolitik des Prokurators des Königs", "NSP 7", "Fallbesprechung im Bezirk"),
     Proposal.PRIORITY),
    ("Telefon- und Onlinebetrug", "pns.2", (2, 2, 2, 3, 1),
     ("204 Taten im Jahr 2024 (+73 %), 41 % der Opfer ab 65 Jahren",
      "33 % der Einwohner nennen Betrug", "Prokurator des Königs, Seniorenbeirat",
      "NSP 2 Cyberkriminalität", "Ermittlungen bei den spezialisierten Diensten"),
     Proposal.ATTENTION_POINT),
    ("Wilde Müllablagerungen und Belästigungen", None, (2, 3, 2, 1, 1),
     ("131 Ablagerungen im Jahr 2024 (+34 %), 522 Einsätze wegen Ruhestörung",
      "42 % der Einwohner nennen die Ablagerungen", "Bürgermeister von Merkenbach und Buchholt",
      "Rahmennote Belästigungen", "Antwort vor allem über die kommunalen Verwaltungssanktionen"),
     Proposal.ATTENTION_POINT),
    ("Karneval und Großveranstaltungen", None, (2, 1, 2, 0, 3),
     "17 schwere Zwischenfälle in den Karnevalstagen 2024; 25.000 Zuschauer beim Umzug",
     Proposal.ATTENTION_POINT),
    ("Diebstahl von Baumaschinen und landwirtschaftlichem Gerät", None, (1, 0, 1, 1, 2),
     "34 Taten im Jahr 2024; Präventionshinweise an Landwirte und Bauunternehmen",
     Proposal.REGULAR),
    ("Radikalismus und gewalttätiger Extremismus", "pns.3", (1, 0, 1, 3, 1),
     "Einzelfälle, begleitet in der Lokalen Integralen Sicherheitszelle (LISZ-R)",
     Proposal.REGULAR),
    ("Integrierter Grenzschutz", "pns.4", (0, 0, 0, 2, 0),
     "keine Schengen-Außengrenze, kein Flughafen und kein Hafen in der Zone",
     Proposal.NOT_RETAINED),
)

ACTIONS: dict[str, dict[int, list[ActionSpec]]] = {  # objective id -> year -> (title, owner, partners, status, hours, comment)
    "obj-p1": {
        2026: [("Präventionskampagne zur Zeitumstellung im Herbst", "Revierdienst",
                ("drei Gemeinden",), S.DONE, 280, ""),
               ("Gemeinsame Streifen mit der Polizei Aachen in den Grenzorten", "Einsatzdienst",
                ("Polizeipräsidium Aachen",), S.DONE, 960, "Von November bis Februar."),
               ("Spurensicherung durch zwei geschulte Inspektoren", "Lokaler Ermittlungsdienst",
                ("Labor für technische und wissenschaftliche Polizei",), S.IN_PROGRESS, 380, "")],
        2027: [("Beratungen zum Einbruchschutz mit Online-Terminvergabe", "Revierdienst",
                ("drei Gemeinden",), S.IN_PROGRESS, 450, "")],
    },
    "obj-p2": {
        2026: [("Kontrollen am Busbahnhof und im Stadtpark von Rodenfeld",
                "Lokaler Ermittlungsdienst", ("Präventionsdienst von Rodenfeld",), S.DONE, 900,
                ""),
               ("Gemeinsame Kontrollen auf der E40 mit der Bundespolizei", "Verkehrsdienst",
                ("Föderale Polizei", "Bundespolizei"), S.DONE, 340, "")],
        2027: [("Ermittlungen zu den Kurieren auf der E40", "Lokaler Ermittlungsdienst",
                ("FGP Eupen", "Staatsanwaltschaft Eupen"), S.IN_PROGRESS, 1600, "")],
    },
    "obj-p3": {
        2026: [("Motorradkontrollen an Wochenenden auf der Vennstraße", "Verkehrsdienst",
                ("Polizei Aachen",), S.DONE, 620, ""),
               ("Alkohol- und Drogenkontrollen (BOB-Kampagnen)", "Verkehrsdienst",
                ("Föderale Verkehrspolizei",), S.DONE, 580, ""),
               ("Umgestaltung der Kreuzung Aachener Straße und Bahnhofstraße", "Verkehrsdienst",
                ("ÖDW Mobilität", "Gemeinde Rodenfeld"), S.POSTPONED, 25,
                "Arbeiten auf 2027 verschoben.")],
        2027: [("Abschnittskontrolle auf der Vennstraße", "Verkehrsdienst",
                ("Gemeinde Merkenbach",), S.PLANNED, 50, "")],
    },
    "obj-p4": {
        2026: [("Risikobewertung bei jedem Einsatz wegen innerfamiliärer Gewalt",
                "Einsatzdienst", ("Staatsanwaltschaft Eupen",), S.DONE, 150, ""),
               ("Erneuter Kontakt zu den Opfern innerhalb von 72 Stunden", "Opferbeistand",
                ("Opferhilfedienste",), S.IN_PROGRESS, 480, "")],
        2027: [("Monatliche Fallbesprechung mit der Staatsanwaltschaft", "Direktion",
                ("Staatsanwaltschaft Eupen", "ÖSHZ"), S.IN_PROGRESS, 260, "")],
    },
    "obj-p5": {
        2026: [("Integritätsschulung für alle Mitarbeiter", "Personaldienst", (), S.DONE, 560,
                ""),
               ("Plan zur Senkung der Krankheitsquote", "Personaldienst", (), S.IN_PROGRESS, 80,
                "")],
        2027: [("Anwerbekampagne und Tag der offenen Tür", "Personaldienst",
                ("Polizeischule",), S.PLANNED, 70, "")],
    },
}
MEASURES: dict[tuple[str, str], dict[int, float]] = {  # (objective id, indicator id) -> {year: value}
    ("obj-p1", "ind-p1-1"): {2026: 169, 2027: 160},
    ("obj-p1", "ind-p1-2"): {2026: 71, 2027: 86},
    ("obj-p1", "ind-p1-3"): {2026: 62, 2027: 72},
    ("obj-p2", "ind-p2-1"): {2026: 37, 2027: 40},
    ("obj-p3", "ind-p3-1"): {2026: 104, 2027: 101},
    ("obj-p3", "ind-p3-2"): {2026: 8.9, 2027: 8.2},
    ("obj-p3", "ind-p3-3"): {2026: 22, 2027: 21},
    ("obj-p4", "ind-p4-1"): {2026: 66, 2027: 80},
    ("obj-p4", "ind-p4-2"): {2026: 55, 2027: 64},
    ("obj-p5", "ind-p5-1"): {2026: 6.9, 2027: 7.0},
    ("obj-p5", "ind-p5-2"): {2026: 52, 2027: 79},
    ("obj-pa1", "ind-pa1-1"): {2026: 9, 2027: 14},
    ("obj-pa2", "ind-pa2-1"): {2026: 24, 2027: 27},
    ("obj-pa3", "ind-pa3-1"): {2026: 15, 2027: 14},
    ("obj-pa4", "ind-pa4-1"): {2026: 64, 2027: 93},
}
SOURCES = {"ind-p1-1": "AND / polizeiliche Kriminalstatistik", "ind-p3-1": "Statbel / AND",
           "ind-p5-1": "SSGPI"}
SERIES = {"ind-p1-1": "crime:Wohnungseinbruch", "ind-p2-1": "crime:Drogen: Handel und Verkauf",
          "ind-p3-1": "accidents:accidents",
          "ind-p2-2": "survey:Wichtiges Problem im Viertel : Drogen"}

EVIDENCE = DemoEvidence(language="de", samples=SAMPLES, figures=FIGURES, matrix=MATRIX,
                        actions=ACTIONS, measures=MEASURES, sources=SOURCES,
                        default_source="Lagebild des Dienstes Informationsmanagement",
                        series_keys=SERIES,
                        imported=dt.datetime(2026, 1, 14, 8, 45, tzinfo=dt.UTC))


def add_evidence_and_followup(plan: Plan) -> Plan:
    """Give the German demo plan its data, figures, argument matrix and follow-up."""
    return add_evidence(plan, EVIDENCE)

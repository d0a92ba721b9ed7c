"""The German demo plan: a complete, fictional German-speaking police zone.

``build_german_demo_plan()`` returns the zonaler Sicherheitsplan 2026-2031 of the fictional zone
« PZ Venntal » (zone 5997, three Gemeinden of the German-speaking area of the province of Liège,
judicial district of Eupen). Belgium has two real German-speaking zones (Eifel 5291, Weser-Göhl
5292); Venntal is a third, invented one. It is built like the French demo (``plan.py``,
``build.py``) and takes the same national decisions. Long texts live in ``texts_de.py`` and
``texts_de_strategy.py``; its data files, chapter figures, argument matrix and follow-up in
``followup_de.py``.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from zonalplan.demo import texts_de as txt
from zonalplan.demo.build import (
    ATTENTION as _PA,
)
from zonalplan.demo.build import (
    EXT as _EXT,
)
from zonalplan.demo.build import (
    INT as _INT,
)
from zonalplan.demo.build import (
    PRIO as _PRIO,
)
from zonalplan.demo.build import (
    assemble,
    capacity,
    czs_members,
    decisions,
    expectations,
    objective,
    zone,
)
from zonalplan.demo.build import (
    indicator as _ind,
)
from zonalplan.demo.build import (
    links as _links,
)
from zonalplan.demo.plan import DECISIONS
from zonalplan.model.plan import Approval, AuthorKind, CZSRole, Objective, Plan, Region

CREATED = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC)
MODIFIED = dt.datetime(2026, 3, 5, 14, 45, tzinfo=dt.UTC)

MAIN_COMMUNE = "Rodenfeld"

# Fictional Gemeinden: name, NIS code, population at 1 January 2025.
COMMUNES: tuple[tuple[str, str, int], ...] = (
    ("Rodenfeld", "63101", 19_850),
    ("Buchholt", "63102", 12_460),
    ("Merkenbach", "63103", 9_130),
)

_AND = "AND / ISLP"
_SURVEY = "Lokale Befragung der Bevölkerung"
_objective = partial(objective, txt.OBJECTIVES)


def _objectives() -> list[Objective]:
    """Return the five priorities and four points of attention of the German demo plan."""
    return [
        _objective(
            "P1", "Wohnungseinbrüche zurückdrängen", _PRIO, _EXT,
            partners=["Präventionsberater der drei Gemeinden", "Nachbarschaftsnetzwerke",
                      "Staatsanwaltschaft Eupen", "Föderale Gerichtliche Polizei Eupen",
                      "Deutsche Polizei (Polizeipräsidium Aachen)", "CIA Eupen"],
            owner="Kommissarin Sabine Heinen, Leiterin des Revierdienstes",
            tactical_objectives=[
                "Die Zahl der Sicherheitsberatungen verdoppeln und auf die am stärksten "
                "betroffenen Ortschaften ausrichten.",
                "Die Streifen jede Woche auf die Risikogebiete und -zeiten ausrichten, die der "
                "Dienst Informationsmanagement ermittelt.",
                "Bei 90 % der Einbrüche mit Gewaltanwendung Spuren sichern.",
                "Jedes Opfer innerhalb von zehn Tagen nach der Tat erneut kontaktieren.",
            ],
            indicators=[
                _ind("ind-p1-1", "Registrierte Wohnungseinbrüche (Taten und Versuche)",
                     "Anzahl pro Jahr", (176, 2024), (140, 2031), _AND, "pro Quartal"),
                _ind("ind-p1-2", "Durchgeführte Beratungen zum Einbruchschutz", "Anzahl pro Jahr",
                     (58, 2024), (120, 2031), "Beratungsregister der Gemeinden",
                     "halbjährlich"),
                _ind("ind-p1-3", "Einbrüche mit Gewaltanwendung mit Spurensicherung", "%",
                     (51, 2024), (90, 2028), "ISLP / Berichte des Labors", "pro Quartal"),
            ],
            links=_links("ncsi.d2.t1", "pns.reg.2", "pns.1.loc.1", "pns.c9"),
            capacity_fte=1.2,
        ),
        _objective(
            "P2", "Drogenhandel und Drogentransit bekämpfen", _PRIO, _EXT,
            partners=["Präventionsdienst von Rodenfeld", "Offene Jugendarbeit", "Sekundarschulen",
                      "Staatsanwaltschaft Eupen", "Föderale Gerichtliche Polizei Eupen",
                      "Föderale Straßenpolizei", "Deutsche Bundespolizei", "Suchthilfedienste"],
            owner="Kommissar Thomas Kessler, Leiter des Lokalen Ermittlungsdienstes",
            tactical_objectives=[
                "Mindestens zwei gezielte Aktionen pro Monat an den bekannten Umschlagplätzen "
                "durchführen.",
                "Jede Information über Drogenhandel oder die Anwerbung Minderjähriger innerhalb "
                "von 48 Stunden an das Informationskreuz des Bezirks weitergeben.",
                "Jedes Quartal eine gemeinsame Transitkontrolle mit der deutschen Polizei "
                "organisieren.",
            ],
            indicators=[
                _ind("ind-p2-1", "Festgestellte Taten von Drogenhandel und -verkauf",
                     "Anzahl pro Jahr", (33, 2024), (50, 2031), _AND, "pro Quartal"),
                _ind("ind-p2-2", "Einwohner, die Drogen als Problem im Viertel nennen", "%",
                     (24, 2025), (17, 2031), _SURVEY, "alle drei Jahre"),
            ],
            links=_links("pns.1.1.loc.1", "pns.1.loc.1", "ncsi.d1.t5", "ncsi.d5.t5.s1",
                         "pns.c3"),
            capacity_fte=1.8,
        ),
        _objective(
            "P3", "Verkehrssicherheit erhöhen (Geschwindigkeit, Alkohol und Drogen, "
            "Motorradfahrer)", _PRIO, _EXT,
            partners=["Bau- und Mobilitätsdienste der drei Gemeinden",
                      "Öffentlicher Dienst der Wallonie, Mobilität und Infrastrukturen",
                      "Wallonische Agentur für Verkehrssicherheit", "Föderale Straßenpolizei",
                      "Staatsanwaltschaft Eupen", "Motorradclubs der Region"],
            owner="Hauptinspektor Patrick Jost, Leiter des Verkehrsdienstes",
            tactical_objectives=[
                "Jährlich 25.000 Fahrzeuge auf ihre Geschwindigkeit kontrollieren, davon die "
                "Hälfte an den Unfallschwerpunkten.",
                "Jährlich mindestens 7.000 Fahrer einem Atemtest unterziehen und mehr "
                "Speicheltests durchführen.",
                "Von April bis September jedes Wochenende Motorradkontrollen auf der Vennstraße "
                "durchführen.",
                "Jährlich die Unfallschwerpunkte mit den Straßenverwaltungen analysieren und "
                "Verbesserungen vorschlagen.",
            ],
            indicators=[
                _ind("ind-p3-1", "Unfälle mit Personenschaden", "Anzahl pro Jahr", (107, 2024),
                     (85, 2031), "AND / ISLP (Unfälle)", "pro Quartal"),
                _ind("ind-p3-2", "Anteil zu schnell fahrender Fahrzeuge bei Kontrollen", "%",
                     (9.4, 2024), (6.0, 2031), "Berichte der Radar- und Lasermessungen",
                     "pro Quartal"),
                _ind("ind-p3-3", "Unfälle mit Personenschaden unter Beteiligung von "
                     "Motorradfahrern", "Anzahl pro Jahr", (24, 2024), (15, 2031),
                     "AND / ISLP (Unfälle)", "halbjährlich"),
            ],
            links=_links("pns.5.loc.1", "pns.5.loc.2", "ncsi.d2.t3"),
            capacity_fte=1.8,
        ),
        _objective(
            "P4", "Innerfamiliäre und sexuelle Gewalt wirksam angehen", _PRIO, _EXT,
            partners=["Staatsanwaltschaft Eupen (Referenzmagistrat)", "Justizhaus Eupen",
                      "ÖSHZ der drei Gemeinden", "Opferhilfedienste",
                      "Zentren für Opfer sexueller Gewalt", "Jugendhilfedienste"],
            owner="Hauptinspektorin Anne Kohnen, Referentin für innerfamiliäre Gewalt",
            tactical_objectives=[
                "Bei jedem Einsatz wegen innerfamiliärer Gewalt eine Risikobewertung durchführen.",
                "Jedes Opfer innerhalb von 72 Stunden erneut kontaktieren.",
                "Zwei weitere Ermittler für Sexualdelikte ausbilden und das gesamte operative "
                "Personal im geschlechtersensiblen Vorgehen schulen.",
                "Hochrisikosituationen in die Fallbesprechung des Bezirks einbringen.",
            ],
            indicators=[
                _ind("ind-p4-1", "Einsätze wegen innerfamiliärer Gewalt mit ausgefüllter "
                     "Risikobewertung", "%", (40, 2024), (95, 2028), "ISLP / mobile Anwendung",
                     "pro Quartal"),
                _ind("ind-p4-2", "Opfer, die innerhalb von 72 Stunden erneut kontaktiert wurden",
                     "%", (44, 2024), (90, 2031), "Register des Opferbeistands",
                     "pro Quartal"),
                _ind("ind-p4-3", "In der Fallbesprechung begleitete Fälle mit hohem Risiko",
                     "Anzahl pro Jahr", (7, 2024), (25, 2031), "Protokolle der Fallbesprechung",
                     "jährlich"),
            ],
            links=_links("pns.7.vif.2", "pns.7.vif.1", "pns.7.vif.3", "pns.7.vif.4",
                         "pns.7.vs.1", "pns.7.vs.2", "ncsi.d1.t2", "pns.c3"),
            capacity_fte=1.2,
        ),
        _objective(
            "P5", "Integrität, Wohlbefinden und Attraktivität der Zone stärken", _PRIO, _INT,
            partners=["Interner und externer Dienst für Gefahrenverhütung und Schutz am "
                      "Arbeitsplatz", "Stress-Team der Föderalen Polizei", "Polizeischule",
                      "Gewerkschaften (Basiskonzertierungsausschuss)"],
            owner="Claudia Mertes, Personaldirektorin",
            tactical_objectives=[
                "Die Krankheitsquote mit einem Plan für das Wohlbefinden und der Begleitung "
                "langer Abwesenheiten unter 5,5 % senken.",
                "Bis 2028 das gesamte Personal zu Integrität und ethischen Dilemmata schulen.",
                "Jedes Jahr eine gezielte Anwerbungskampagne für zweisprachige Bewerber führen "
                "und jedem neuen Mitarbeiter einen Paten zur Seite stellen.",
                "Jeden Vorfall von Gewalt gegen Personalmitglieder erfassen und analysieren.",
            ],
            indicators=[
                _ind("ind-p5-1", "Krankheitsquote", "%", (6.8, 2024), (5.5, 2031),
                     "Personaldienst / SSGPI", "pro Quartal"),
                _ind("ind-p5-2", "Zu Integrität geschulte Personalmitglieder", "%", (20, 2024),
                     (100, 2028), "Register der Ausbildungen", "halbjährlich"),
                _ind("ind-p5-3", "Besetzte Stellen des organischen Stellenplans", "%",
                     (92, 2024), (98, 2031), "Personaldienst", "jährlich"),
            ],
            links=_links("pns.c1", "pns.c2", "pns.c8"),
            capacity_fte=0.6,
        ),
        _objective(
            "PA1", "Telefon- und Onlinebetrug vorbeugen und Opfer begleiten", _PA, _EXT,
            partners=["Föderale Gerichtliche Polizei Eupen (Computerkriminalität)",
                      "Staatsanwaltschaft Eupen", "Zentrum für Cybersicherheit Belgien",
                      "Seniorenbeirat von Rodenfeld", "Banken"],
            owner="Inspektor Lukas Schmitz, Referent für Internetkriminalität",
            tactical_objectives=[
                "Jährlich mindestens fünfzehn Informationsabende durchführen, davon die Hälfte "
                "für Senioren.",
                "Das gesamte Empfangspersonal im einheitlichen Verfahren für Anzeigen wegen "
                "Betrugs schulen.",
            ],
            indicators=[
                _ind("ind-pa1-1", "Informationsabende zu Telefon- und Onlinebetrug",
                     "Anzahl pro Jahr", (4, 2024), (15, 2027), "Berichte des Revierdienstes",
                     "halbjährlich"),
                _ind("ind-pa1-2", "Innerhalb von 24 Stunden zur Sperrung der Gelder "
                     "weitergegebene Anzeigen", "%", (38, 2024), (90, 2028), _AND,
                     "pro Quartal"),
            ],
            links=_links("pns.2.loc.1", "ncsi.d6", "pns.c3", "pns.c10"),
            capacity_fte=0.5,
        ),
        _objective(
            "PA2", "Wilde Müllablagerungen und Belästigungen verringern", _PA, _EXT,
            partners=["Umweltdienste der drei Gemeinden", "Sanktionierende Beamte",
                      "Feststellende Gemeindebedienstete", "Abteilung Natur und Forsten"],
            owner="Kommissarin Sabine Heinen, Leiterin des Revierdienstes",
            tactical_objectives=[
                "Bei mindestens einem Drittel der festgestellten Ablagerungen den Verursacher "
                "ermitteln.",
                "Die mobilen Kameras im Wechsel an den sechs am stärksten betroffenen Orten "
                "einsetzen.",
            ],
            indicators=[
                _ind("ind-pa2-1", "Ablagerungen mit ermitteltem Verursacher", "%", (21, 2024),
                     (35, 2031), "Protokolle und KVS-Akten (ISLP)", "halbjährlich"),
                _ind("ind-pa2-2", "Einwohner, die wilde Müllablagerungen als Problem nennen",
                     "%", (42, 2025), (32, 2031), _SURVEY, "alle drei Jahre"),
            ],
            links=_links("ncsi.d2.t2", "ncsi.d4.t3", "pns.reg.1"),
            capacity_fte=0.4,
        ),
        _objective(
            "PA3", "Sicherheit bei Großveranstaltungen (Karneval und Venntal-Open-Air)", _PA,
            _EXT,
            partners=["Gemeinden Rodenfeld und Merkenbach (Veranstaltungen und Notfallplanung)",
                      "Karnevalskomitee und Veranstalter", "Hilfeleistungszone",
                      "Präventionsdienst", "Föderale Polizei (Verstärkung)"],
            owner="Kommissar Stefan Lambertz, Direktor der Polizeieinsätze",
            tactical_objectives=[
                "Spätestens drei Monate vor jeder Veranstaltung eine gemeinsame Risikoanalyse mit "
                "dem Veranstalter und der Hilfeleistungszone erstellen.",
                "Nach jeder Veranstaltung eine multidisziplinäre Nachbesprechung abhalten und die "
                "Ergebnisse in die nächste Ausgabe übernehmen.",
            ],
            indicators=[
                _ind("ind-pa3-1", "Schwere Zwischenfälle während der Karnevalstage",
                     "Anzahl pro Jahr", (17, 2024), (10, 2031),
                     "AND / Nachbesprechung", "jährlich"),
                _ind("ind-pa3-2", "Für beide Veranstaltungen eingesetzte Stunden",
                     "Stunden pro Jahr", (1_050, 2024), (900, 2031), "Einsatzplanung",
                     "jährlich"),
            ],
            links=[],
            capacity_fte=0.8,
            capacity_hours=1_050,
        ),
        _objective(
            "PA4", "Informationsgesteuerte Polizeiarbeit und digitale Transformation", _PA,
            _INT,
            partners=["CIA Eupen", "Direktion der polizeilichen Information und der IKT-Mittel",
                      "Datenschutzbeauftragter", "Berater für Informationssicherheit"],
            owner="Julia Hilgers, strategische Analystin, Leiterin des Dienstes "
                  "Informationsmanagement und Analyse",
            tactical_objectives=[
                "Jede Woche ein operatives Lagebild erstellen, das in den Briefings genutzt wird.",
                "Bis 2027 das gesamte Personal in Informationssicherheit schulen.",
                "Die Abfassung der Protokolle mit den mobilen Anwendungen vereinfachen.",
            ],
            indicators=[
                _ind("ind-pa4-1", "Mitarbeiter mit Schulung zur IT-Sicherheit", "%",
                     (30, 2024), (100, 2027), "Register der Ausbildungen", "halbjährlich"),
                _ind("ind-pa4-2", "Briefings mit dem wöchentlichen Lagebild", "%", (15, 2024),
                     (90, 2028), "Register der Briefings", "pro Quartal"),
            ],
            links=_links("pns.c11", "pns.c7", "pns.c10"),
            capacity_fte=0.7,
        ),
    ]


def build_german_demo_plan() -> Plan:
    """Return the German demo plan of the fictional zone Venntal (same plan on every call)."""
    e = txt.EXPECTATIONS
    plan = assemble(
        txt,
        zone=zone("PZ Venntal", "5997", COMMUNES, judicial_district="Eupen",
                  province="Lüttich", region=Region.WALLONIA, area_km2=302.4),
        czs_members=czs_members([
            ("Monika Thelen", CZSRole.MAYOR, "Rodenfeld",
             "Bürgermeisterin von Rodenfeld, Vorsitzende des Polizeikollegiums"),
            ("Ralf Jungbluth", CZSRole.MAYOR, "Buchholt", "Bürgermeister von Buchholt"),
            ("Herbert Schumacher", CZSRole.MAYOR, "Merkenbach", "Bürgermeister von Merkenbach"),
            ("Andreas Mockel", CZSRole.PROSECUTOR, None, "Prokurator des Königs von Eupen"),
            ("Michael Schröder", CZSRole.CHIEF_OF_POLICE, None, "Zonenchef, Divisionskommissar"),
            ("Marc Hennes", CZSRole.DIRCO, None, "Verwaltungsdirektor-Koordinator von Eupen"),
            ("Guido Brandt", CZSRole.DIRJUD, None, "Gerichtlicher Direktor von Eupen"),
        ]),
        expectations=expectations([
            (AuthorKind.MAYOR, "Monika Thelen, Bürgermeisterin von Rodenfeld", e["rodenfeld"]),
            (AuthorKind.MAYOR, "Ralf Jungbluth, Bürgermeister von Buchholt", e["buchholt"]),
            (AuthorKind.MAYOR, "Herbert Schumacher, Bürgermeister von Merkenbach",
             e["merkenbach"]),
            (AuthorKind.PROSECUTOR, "Prokurator des Königs von Eupen, Kriminalpolitik des "
             "Gerichtsbezirks", e["prokurator"]),
            (AuthorKind.GOVERNOR, "Gouverneur der Provinz Lüttich", e["gouverneur"]),
            (AuthorKind.DIRCO, "Verwaltungsdirektor-Koordinator von Eupen", e["dirco"]),
            (AuthorKind.DIRJUD, "Gerichtlicher Direktor von Eupen", e["dirjud"]),
        ]),
        objectives=_objectives(),
        decisions=decisions(DECISIONS, txt.DECISIONS),
        # Revierarbeit, Empfang, Einsatz, Opferbeistand, Ermittlungen, öffentliche Ordnung,
        # Verkehr.
        capacity=capacity(72, 66.0, (11.0, 4.5, 18.0, 1.0, 6.5, 2.5, 4.5), 1.3,
                          txt.CAPACITY_NOTE),
        approval=Approval(czs_date=dt.date(2026, 3, 26), place=MAIN_COMMUNE,
                          classification="", version_label="Entwurf für den zonalen "
                          "Sicherheitsrat"),
        created=CREATED, modified=MODIFIED, language="de",
    )
    from zonalplan.demo.followup_de import add_evidence_and_followup

    return add_evidence_and_followup(plan)

"""The Dutch demo plan: a complete, fictional Flemish police zone.

``build_dutch_demo_plan()`` returns the zonaal veiligheidsplan 2026-2031 of the fictional zone
« PZ Heidebeek » (zone 5998, three gemeenten of the province of Antwerp, judicial district of
Antwerp, division Turnhout). It is built like the French demo (``plan.py``, ``build.py``): every
chapter is written, every PNS theme that sets local-police objectives has a decision, objectives
link to the national frame by the reference ids of ``reference_data/``, and the plan is
deterministic. Long texts live in ``texts_nl.py`` and ``texts_nl_strategy.py``; its data files,
chapter figures, argument matrix and follow-up in ``followup_nl.py``.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from zonalplan.demo import texts_nl as txt
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
MODIFIED = dt.datetime(2026, 3, 4, 11, 15, tzinfo=dt.UTC)

MAIN_COMMUNE = "Nethoven"

# Fictional gemeenten: name, NIS code, population at 1 January 2025.
COMMUNES: tuple[tuple[str, str, int], ...] = (
    ("Nethoven", "13101", 23_840),
    ("Beekloo", "13102", 15_260),
    ("Heiderode", "13103", 8_310),
)

_ANG = "ANG / ISLP"
_SURVEY = "Lokale bevraging van de bevolking"
_objective = partial(objective, txt.OBJECTIVES)


def _objectives() -> list[Objective]:
    """Return the five priorities and four points of attention of the Dutch demo plan."""
    return [
        _objective(
            "P1", "Woninginbraken terugdringen", _PRIO, _EXT,
            partners=["Diefstalpreventieadviseurs van de drie gemeenten",
                      "Buurtinformatienetwerken (BIN)", "Parket Antwerpen, afdeling Turnhout",
                      "Federale gerechtelijke politie Antwerpen",
                      "Laboratorium voor technische en wetenschappelijke politie",
                      "AIK Antwerpen"],
            owner="Commissaris Leen Wouters, diensthoofd Wijkwerking",
            tactical_objectives=[
                "Het aantal diefstalpreventieadviezen verdubbelen en toespitsen op de meest "
                "getroffen wijken.",
                "De patrouilles wekelijks sturen naar de risicogebieden en -tijdstippen die het "
                "lokaal informatiekruispunt aanduidt.",
                "Bij 90% van de inbraken met braak sporen en aanwijzingen opnemen.",
                "Elk slachtoffer binnen de tien dagen na de feiten opnieuw contacteren.",
            ],
            indicators=[
                _ind("ind-p1-1", "Geregistreerde woninginbraken (feiten en pogingen)",
                     "aantal per jaar", (229, 2024), (180, 2031), _ANG, "per kwartaal"),
                _ind("ind-p1-2", "Uitgevoerde preventieadviezen aan huis", "aantal per jaar",
                     (72, 2024), (150, 2031), "Adviesregister van de gemeenten",
                     "halfjaarlijks"),
                _ind("ind-p1-3", "Inbraken met braak waarbij sporen werden opgenomen", "%",
                     (57, 2024), (90, 2028), "ISLP / verslagen van het labo", "per kwartaal"),
            ],
            links=_links("ncsi.d2.t1", "pns.reg.2", "pns.1.loc.1", "pns.c9"),
            capacity_fte=1.5,
        ),
        _objective(
            "P2", "Drugshandel, drugsoverlast en ondermijning aanpakken", _PRIO, _EXT,
            partners=["Preventiedienst van Nethoven", "Jeugdwelzijnswerk", "Secundaire scholen",
                      "Parket Antwerpen, afdeling Turnhout", "ARIEC Antwerpen",
                      "Federale gerechtelijke politie Antwerpen",
                      "Diensten omgeving en vergunningen van de drie gemeenten",
                      "Drughulpverlening"],
            owner="Commissaris Tom Geerts, diensthoofd Lokale Recherche Dienst",
            tactical_objectives=[
                "Minstens twee gerichte acties per maand uitvoeren op de gekende drugsplekken.",
                "Elk signaal van drugshandel, drugsproductie of ronselen van minderjarigen binnen "
                "de 48 uur doorgeven aan het AIK.",
                "Samen met de gemeenten een bestuurlijk handhavingsprotocol afsluiten voor "
                "drugspanden en verdachte loodsen.",
                "Jaarlijks met de preventiedienst een actie organiseren in elke secundaire school.",
            ],
            indicators=[
                _ind("ind-p2-1", "Vastgestelde feiten van drugsverkoop en -handel",
                     "aantal per jaar", (46, 2024), (65, 2031), _ANG, "per kwartaal"),
                _ind("ind-p2-2", "Bestuurlijke maatregelen tegen drugspanden (sluitingen, "
                     "plaatsverboden)", "aantal per jaar", (2, 2024), (8, 2028),
                     "Register bestuurlijke handhaving van de gemeenten", "halfjaarlijks"),
                _ind("ind-p2-3", "Inwoners die drugsoverlast als buurtprobleem noemen", "%",
                     (28, 2025), (20, 2031), _SURVEY, "driejaarlijks"),
            ],
            links=_links("pns.1.1.loc.1", "pns.1.loc.1", "ncsi.d1.t5", "ncsi.d5.t5.s1",
                         "pns.c3"),
            capacity_fte=2.5,
        ),
        _objective(
            "P3", "Verkeersveiligheid verhogen (snelheid, alcohol en drugs, schoolomgevingen)",
            _PRIO, _EXT,
            partners=["Diensten mobiliteit en openbare werken van de drie gemeenten",
                      "Agentschap Wegen en Verkeer", "Vlaamse Stichting Verkeerskunde",
                      "Federale wegpolitie", "Parket Antwerpen, afdeling Turnhout",
                      "Scholen en ouderverenigingen"],
            owner="Hoofdinspecteur Dirk Smets, diensthoofd Verkeer",
            tactical_objectives=[
                "Jaarlijks 32.000 voertuigen controleren op snelheid, waarvan de helft op de "
                "zwarte punten en in de schoolomgevingen.",
                "Jaarlijks minstens 9.000 bestuurders onderwerpen aan een ademtest en het aantal "
                "speekseltests verhogen.",
                "Jaarlijks de zwarte punten analyseren met de wegbeheerders en aanpassingen "
                "voorstellen.",
                "Elke schoolomgeving minstens twee keer per trimester controleren tijdens de "
                "schoolspits.",
            ],
            indicators=[
                _ind("ind-p3-1", "Letselongevallen", "aantal per jaar", (126, 2024),
                     (100, 2031), "ANG / ISLP (ongevallen)", "per kwartaal"),
                _ind("ind-p3-2", "Overtredingsgraad bij snelheidscontroles", "%", (8.9, 2024),
                     (5.5, 2031), "Verslagen van de flitswagen en de lasercontroles",
                     "per kwartaal"),
                _ind("ind-p3-3", "Bestuurders onderworpen aan een ademtest",
                     "aantal per jaar", (7_200, 2024), (9_000, 2027),
                     "Controleverslagen / ISLP", "per kwartaal"),
            ],
            links=_links("pns.5.loc.1", "pns.5.loc.2", "ncsi.d2.t3"),
            capacity_fte=2.0,
        ),
        _objective(
            "P4", "Intrafamiliaal en seksueel geweld sluitend aanpakken", _PRIO, _EXT,
            partners=["Parket Antwerpen (referentiemagistraat IFG)",
                      "Family Justice Center", "Centrum Algemeen Welzijnswerk (CAW)",
                      "Justitiehuis Turnhout", "Zorgcentrum na Seksueel Geweld (ZSG)",
                      "Sociale diensten van de drie gemeenten"],
            owner="Hoofdinspecteur Ilse Maes, referent intrafamiliaal geweld",
            tactical_objectives=[
                "Bij elke interventie voor intrafamiliaal geweld een risicotaxatie uitvoeren.",
                "Elk slachtoffer binnen de 72 uur opnieuw contacteren.",
                "Twee bijkomende zedeninspecteurs opleiden en alle operationele medewerkers vormen "
                "in een gendersensitieve aanpak.",
                "Hoogrisicosituaties inbrengen in het casusoverleg van het Family Justice Center.",
            ],
            indicators=[
                _ind("ind-p4-1", "Interventies voor intrafamiliaal geweld met een ingevulde "
                     "risicotaxatie", "%", (42, 2024), (95, 2028), "ISLP / mobiele toepassing",
                     "per kwartaal"),
                _ind("ind-p4-2", "Slachtoffers die binnen de 72 uur opnieuw werden "
                     "gecontacteerd", "%", (48, 2024), (90, 2031),
                     "Opvolging slachtoffers (ISLP)", "per kwartaal"),
                _ind("ind-p4-3", "Hoogrisicosituaties opgevolgd in casusoverleg",
                     "aantal per jaar", (11, 2024), (32, 2031),
                     "Verslagen van het casusoverleg", "jaarlijks"),
            ],
            links=_links("pns.7.vif.2", "pns.7.vif.1", "pns.7.vif.3", "pns.7.vif.4",
                         "pns.7.vs.1", "pns.7.vs.2", "ncsi.d1.t2", "pns.c3"),
            capacity_fte=1.5,
        ),
        _objective(
            "P5", "Een aantrekkelijke, integere en wendbare organisatie", _PRIO, _INT,
            partners=["Interne en externe dienst voor preventie en bescherming op het werk",
                      "Stress Team van de federale politie", "Politieschool (PIVO)",
                      "Vakorganisaties (basisoverlegcomité)"],
            owner="Katrien Dierckx, directeur personeel",
            tactical_objectives=[
                "Het ziekteverzuim onder 5,5% brengen met een welzijnsplan en de opvolging van "
                "langdurige afwezigheden.",
                "Alle medewerkers tegen 2028 opleiden in integriteit en ethische dilemma's.",
                "Jaarlijks een gerichte wervingscampagne voeren en elke nieuwe medewerker een "
                "peter of meter toewijzen.",
                "Elk incident van geweld tegen personeelsleden registreren en analyseren.",
            ],
            indicators=[
                _ind("ind-p5-1", "Ziekteverzuim", "%", (7.1, 2024), (5.5, 2031),
                     "Dienst personeel / SSGPI", "per kwartaal"),
                _ind("ind-p5-2", "Medewerkers opgeleid in integriteit", "%", (25, 2024),
                     (100, 2028), "Register van de opleidingen", "halfjaarlijks"),
                _ind("ind-p5-3", "Ingevulde plaatsen van de organieke personeelsformatie", "%",
                     (93, 2024), (98, 2031), "Dienst personeel", "jaarlijks"),
            ],
            links=_links("pns.c1", "pns.c2", "pns.c8"),
            capacity_fte=0.8,
        ),
        _objective(
            "PA1", "Fietsdiefstal aan het station en in de centra terugdringen", _PA, _EXT,
            partners=["Gemeente Nethoven (mobiliteitsdienst)", "NMBS en Securail",
                      "Scholen", "Fietshandelaars"],
            owner="Hoofdinspecteur Bart Jacobs, wijkteam Nethoven-centrum",
            tactical_objectives=[
                "Jaarlijks minstens 1.500 fietsen graveren of registreren.",
                "Maandelijks een gerichte actie houden aan de fietsenstallingen van het station.",
            ],
            indicators=[
                _ind("ind-pa1-1", "Geregistreerde fietsdiefstallen", "aantal per jaar",
                     (367, 2024), (280, 2031), _ANG, "per kwartaal"),
                _ind("ind-pa1-2", "Teruggevonden en aan de eigenaar terugbezorgde fietsen", "%",
                     (7, 2024), (15, 2031), "ISLP / register gevonden voorwerpen",
                     "halfjaarlijks"),
            ],
            links=_links("ncsi.d2.t1", "pns.reg.2"),
            capacity_fte=0.6,
        ),
        _objective(
            "PA2", "Online oplichting voorkomen en slachtoffers begeleiden", _PA, _EXT,
            partners=["Federale gerechtelijke politie Antwerpen (Regional Computer Crime Unit)",
                      "Parket Antwerpen", "Centrum voor Cybersecurity België",
                      "Seniorenverenigingen en woonzorgcentra", "Banken"],
            owner="Hoofdinspecteur Yassine El Amrani, referent cybercriminaliteit",
            tactical_objectives=[
                "Jaarlijks minstens vijftien preventiesessies geven, waarvan de helft voor "
                "senioren.",
                "Alle onthaalmedewerkers opleiden in de gestandaardiseerde klachtneerlegging bij "
                "online oplichting.",
            ],
            indicators=[
                _ind("ind-pa2-1", "Preventiesessies over online oplichting", "aantal per jaar",
                     (5, 2024), (15, 2027), "Verslagen van de dienst Wijkwerking",
                     "halfjaarlijks"),
                _ind("ind-pa2-2", "Klachten binnen de 24 uur doorgegeven om gelden te blokkeren",
                     "%", (45, 2024), (90, 2028), _ANG, "per kwartaal"),
            ],
            links=_links("pns.2.loc.1", "ncsi.d6", "pns.c3", "pns.c10"),
            capacity_fte=0.5,
        ),
        _objective(
            "PA3", "Veilige evenementen (Netepop en de veldrit van Heiderode)", _PA, _EXT,
            partners=["Gemeenten Nethoven en Heiderode (evenementen en noodplanning)",
                      "Organisatoren", "Hulpverleningszone", "Preventiedienst",
                      "Federale politie (versterkingen)"],
            owner="Commissaris Wim Aerts, directeur operaties",
            tactical_objectives=[
                "Minstens vier maanden voor elk evenement een gezamenlijke risicoanalyse maken "
                "met de organisator en de hulpverleningszone.",
                "Na elke editie een multidisciplinaire debriefing houden en de conclusies "
                "verwerken in de volgende editie.",
            ],
            indicators=[
                _ind("ind-pa3-1", "Ernstige incidenten tijdens Netepop (geweld met letsel, "
                     "diefstal met geweld)", "aantal per editie", (12, 2024), (6, 2031),
                     "ANG / debriefing na het evenement", "jaarlijks"),
                _ind("ind-pa3-2", "Ingezette uren politiecapaciteit voor beide evenementen",
                     "uren per jaar", (1_100, 2024), (950, 2031), "Operationele planning",
                     "jaarlijks"),
            ],
            links=[],
            capacity_fte=0.7,
            capacity_hours=1_100,
        ),
        _objective(
            "PA4", "Informatiegestuurde politiezorg en digitale transformatie", _PA, _INT,
            partners=["AIK Antwerpen", "Directie van de politionele informatie en de ICT-middelen",
                      "Functionaris voor gegevensbescherming", "Veiligheidsconsulent"],
            owner="Jonas Verbeeck, strategisch analist, verantwoordelijke lokaal "
                  "informatiekruispunt",
            tactical_objectives=[
                "Elke week een operationeel dashboard opmaken dat in de briefings wordt gebruikt.",
                "Alle medewerkers tegen 2027 opleiden in informatieveiligheid.",
                "De opmaak van processen-verbaal vereenvoudigen met de mobiele toepassingen.",
            ],
            indicators=[
                _ind("ind-pa4-1", "Medewerkers opgeleid in informatieveiligheid", "%",
                     (38, 2024), (100, 2027), "Register van de opleidingen", "halfjaarlijks"),
                _ind("ind-pa4-2", "Briefings ondersteund door het dashboard van het LIK", "%",
                     (25, 2024), (90, 2028), "Register van de briefings", "per kwartaal"),
            ],
            links=_links("pns.c11", "pns.c7", "pns.c10"),
            capacity_fte=1.0,
        ),
    ]


def build_dutch_demo_plan() -> Plan:
    """Return the Dutch demo plan of the fictional zone Heidebeek (same plan on every call)."""
    e = txt.EXPECTATIONS
    plan = assemble(
        txt,
        zone=zone("PZ Heidebeek", "5998", COMMUNES,
                  judicial_district="Antwerpen (afdeling Turnhout)", province="Antwerpen",
                  region=Region.FLANDERS, area_km2=172.8),
        czs_members=czs_members([
            ("An Peeters", CZSRole.MAYOR, "Nethoven",
             "Burgemeester van Nethoven, voorzitter van het politiecollege"),
            ("Jef Van den Broeck", CZSRole.MAYOR, "Beekloo", "Burgemeester van Beekloo"),
            ("Els Verhaegen", CZSRole.MAYOR, "Heiderode", "Burgemeester van Heiderode"),
            ("Hilde Claes", CZSRole.PROSECUTOR, None, "Procureur des Konings van Antwerpen"),
            ("Koen Vermeulen", CZSRole.CHIEF_OF_POLICE, None,
             "Korpschef, hoofdcommissaris van politie"),
            ("Peter Janssens", CZSRole.DIRCO, None,
             "Bestuurlijk directeur-coördinator van Antwerpen"),
            ("Sofie Mertens", CZSRole.DIRJUD, None, "Gerechtelijk directeur van Antwerpen"),
        ]),
        expectations=expectations([
            (AuthorKind.MAYOR, "An Peeters, burgemeester van Nethoven", e["nethoven"]),
            (AuthorKind.MAYOR, "Jef Van den Broeck, burgemeester van Beekloo", e["beekloo"]),
            (AuthorKind.MAYOR, "Els Verhaegen, burgemeester van Heiderode", e["heiderode"]),
            (AuthorKind.PROSECUTOR, "Procureur des Konings van Antwerpen, strafrechtelijk "
             "beleid van het arrondissement", e["procureur"]),
            (AuthorKind.GOVERNOR, "Gouverneur van de provincie Antwerpen", e["gouverneur"]),
            (AuthorKind.DIRCO, "Bestuurlijk directeur-coördinator van Antwerpen", e["dirco"]),
            (AuthorKind.DIRJUD, "Gerechtelijk directeur van Antwerpen", e["dirjud"]),
        ]),
        objectives=_objectives(),
        decisions=decisions(DECISIONS, txt.DECISIONS),
        # Wijkwerking, onthaal, interventie, slachtofferbejegening, opsporing, openbare orde,
        # verkeer.
        capacity=capacity(86, 78.0, (13.0, 5.0, 22.0, 1.5, 8.0, 2.0, 5.5), 1.4,
                          txt.CAPACITY_NOTE),
        approval=Approval(czs_date=dt.date(2026, 3, 19), place=MAIN_COMMUNE,
                          classification="", version_label="Ontwerp voorgelegd aan de ZVR"),
        created=CREATED, modified=MODIFIED, language="nl",
    )
    from zonalplan.demo.followup_nl import add_evidence_and_followup

    return add_evidence_and_followup(plan)

"""The built-in demo plan: a complete, fictional Walloon police zone.

``build_demo_plan()`` returns the PZS 2026-2031 of the fictional zone « Entre-Sambre-et-Bois »
(zone 5999, three communes of the province of Namur). Every chapter is written, every PNS theme
that sets local-police objectives has a decision, and objectives link to the national frame by the
reference ids of ``reference_data/``. The plan is deterministic: fixed ids, fixed dates, no
randomness, so two calls return equal plans. Long texts live in ``texts.py`` and
``texts_strategy.py``; ``build_demo_plan("nl")`` and ``build_demo_plan("de")`` give the Dutch
and German demos of ``plan_nl.py`` and ``plan_de.py``.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from zonalplan.demo import texts as txt
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
    PNS_DECISION_NODES,
    assemble,
    capacity,
    czs_members,
    decisions,
    expectations,
    objective,
    zone,
)
from zonalplan.demo.build import (
    PRIO as _PRIO,
)
from zonalplan.demo.build import (
    indicator as _ind,
)
from zonalplan.demo.build import (
    links as _links,
)
from zonalplan.i18n import _
from zonalplan.model.errors import PlanError
from zonalplan.model.plan import (
    Approval,
    AuthorKind,
    CZSRole,
    Decision,
    Objective,
    Plan,
    Region,
)

__all__ = ["COMMUNES", "CREATED", "DECISIONS", "MAIN_COMMUNE", "MODIFIED", "PNS_DECISION_NODES",
           "build_demo_plan"]

CREATED = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC)
MODIFIED = dt.datetime(2026, 3, 2, 16, 30, tzinfo=dt.UTC)

MAIN_COMMUNE = "Rivemont"

# Fictional communes: name, INS code, population at 1 January 2025.
COMMUNES: tuple[tuple[str, str, int], ...] = (
    ("Rivemont", "92171", 21_350),
    ("Sambrecourt", "92172", 14_180),
    ("Hautebise", "92173", 9_620),
)

DECISIONS: dict[str, Decision] = {
    "pns.1": Decision.RETAINED,
    "pns.1.1": Decision.RETAINED,
    "pns.1.2": Decision.REGULAR,
    "pns.1.3": Decision.REGULAR,
    "pns.1.4": Decision.REGULAR,
    "pns.1.5": Decision.NOT_RETAINED,
    "pns.1.6": Decision.REGULAR,
    "pns.1.7": Decision.REGULAR,
    "pns.2": Decision.REGULAR,
    "pns.3": Decision.REGULAR,
    "pns.4": Decision.NOT_RETAINED,
    "pns.5": Decision.RETAINED,
    "pns.6": Decision.REGULAR,
    "pns.6.1": Decision.REGULAR,
    "pns.6.2": Decision.NOT_RETAINED,
    "pns.7": Decision.RETAINED,
}
"""The demo zone's decision on every PNS node (the Dutch demo takes the same decisions)."""

_BNG = "BNG / ISLP"
_SURVEY = "Enquête locale de sécurité"
_objective = partial(objective, txt.OBJECTIVES)


def _objectives() -> list[Objective]:
    """Return the five priorities and four points of attention of the demo plan."""
    return [
        _objective(
            "P1", "Réduire les cambriolages dans les habitations", _PRIO, _EXT,
            partners=["Conseillers en technoprévention des trois communes",
                      "Partenariats locaux de prévention (PLP)", "Parquet de Namur",
                      "Police judiciaire fédérale de Namur",
                      "Laboratoire de police technique et scientifique", "CIA de Namur"],
            owner="Commissaire Nathalie Gillard, cheffe du service de Proximité",
            tactical_objectives=[
                "Doubler le nombre de visites de technoprévention et les concentrer sur les "
                "quartiers les plus touchés.",
                "Orienter chaque semaine les patrouilles vers les secteurs et les créneaux à "
                "risque identifiés par le carrefour d'information zonal.",
                "Relever les traces et indices dans 90 % des cambriolages avec effraction.",
                "Recontacter chaque victime dans les dix jours suivant les faits.",
            ],
            indicators=[
                _ind("ind-p1-1", "Cambriolages dans les habitations enregistrés (faits et "
                     "tentatives)", "faits par an", (212, 2024), (170, 2031), _BNG,
                     "trimestrielle"),
                _ind("ind-p1-2", "Visites de technoprévention réalisées", "visites par an",
                     (64, 2024), (130, 2031), "Registre des conseillers en technoprévention",
                     "semestrielle"),
                _ind("ind-p1-3", "Cambriolages avec effraction ayant donné lieu à un relevé de "
                     "traces", "%", (54, 2024), (90, 2028), "ISLP / rapports du laboratoire",
                     "trimestrielle"),
            ],
            links=_links("ncsi.d2.t1", "pns.reg.2", "pns.1.loc.1", "pns.c9"),
            capacity_fte=1.5,
        ),
        _objective(
            "P2", "Lutter contre le trafic de stupéfiants et le deal de rue", _PRIO, _EXT,
            partners=["Service de prévention de Rivemont", "Éducateurs de rue",
                      "Établissements scolaires", "Parquet de Namur",
                      "Police judiciaire fédérale de Namur", "Services d'aide en assuétudes"],
            owner="Commissaire Julien Marchal, chef du service d'Enquêtes et de Recherche",
            tactical_objectives=[
                "Mener au moins deux actions ciblées par mois aux lieux de deal identifiés.",
                "Transmettre au CIA tout signal de trafic ou de recrutement de mineurs dans les "
                "48 heures.",
                "Organiser chaque année, avec le service de prévention, une action dans chaque "
                "école secondaire.",
            ],
            indicators=[
                _ind("ind-p2-1", "Faits de vente et de trafic de stupéfiants constatés",
                     "faits par an", (41, 2024), (60, 2031), _BNG, "trimestrielle"),
                _ind("ind-p2-2", "Habitants citant les nuisances liées à la drogue comme problème "
                     "de quartier", "%", (31, 2025), (22, 2031), _SURVEY, "tous les trois ans"),
            ],
            links=_links("pns.1.1.loc.1", "pns.1.loc.1", "ncsi.d1.t5", "ncsi.d5.t5.s1", "pns.c3"),
            capacity_fte=2.0,
        ),
        _objective(
            "P3", "Améliorer la sécurité routière (vitesse, alcool et drogues, usagers "
            "vulnérables)", _PRIO, _EXT,
            partners=["Services travaux et mobilité des trois communes",
                      "Service public de Wallonie — Mobilité et Infrastructures",
                      "Agence wallonne pour la Sécurité routière", "Police fédérale de la route",
                      "Parquet de Namur", "Établissements scolaires"],
            owner="Inspecteur principal Thomas Wauters, chef du service Circulation",
            tactical_objectives=[
                "Porter à 30 000 par an le nombre de véhicules contrôlés en matière de vitesse, "
                "dont la moitié aux points noirs.",
                "Soumettre au moins 8 000 conducteurs par an à un test d'haleine et multiplier les "
                "tests salivaires.",
                "Analyser chaque année les points noirs avec les gestionnaires de voirie et "
                "proposer des aménagements.",
                "Sensibiliser chaque année les élèves de 5e et de 6e primaire des trois communes.",
            ],
            indicators=[
                _ind("ind-p3-1", "Accidents avec lésions corporelles", "accidents par an",
                     (118, 2024), (95, 2031), "BNG / ISLP — accidents de la circulation",
                     "trimestrielle"),
                _ind("ind-p3-2", "Taux d'infraction lors des contrôles de vitesse", "%",
                     (9.8, 2024), (6.0, 2031), "Rapports des radars mobiles et Lidar",
                     "trimestrielle"),
                _ind("ind-p3-3", "Conducteurs soumis à un test d'haleine", "conducteurs par an",
                     (6_400, 2024), (8_000, 2027), "Rapports de contrôle / ISLP",
                     "trimestrielle"),
            ],
            links=_links("pns.5.loc.1", "pns.5.loc.2", "ncsi.d2.t3"),
            capacity_fte=2.0,
        ),
        _objective(
            "P4", "Renforcer l'approche des violences intrafamiliales et sexuelles", _PRIO, _EXT,
            partners=["Parquet de Namur (magistrat de référence)", "Maison de justice de Namur",
                      "CPAS des trois communes", "Services d'aide aux victimes",
                      "Centres de prise en charge des violences sexuelles (CPVS)",
                      "Services de l'aide à la jeunesse"],
            owner="Inspectrice principale Sophie Gaspard, référente violences intrafamiliales",
            tactical_objectives=[
                "Réaliser une évaluation des risques lors de chaque intervention pour violences "
                "intrafamiliales.",
                "Recontacter chaque victime dans les 72 heures.",
                "Former deux inspecteurs des mœurs supplémentaires et tout le personnel "
                "opérationnel à l'approche sensible au genre.",
                "Inscrire les situations à risque élevé dans la concertation de cas de "
                "l'arrondissement.",
            ],
            indicators=[
                _ind("ind-p4-1", "Interventions pour violences intrafamiliales avec évaluation des "
                     "risques complétée", "%", (38, 2024), (95, 2028),
                     "ISLP / application mobile", "trimestrielle"),
                _ind("ind-p4-2", "Victimes recontactées dans les 72 heures", "%", (45, 2024),
                     (90, 2031), "Registre de l'assistance policière aux victimes",
                     "trimestrielle"),
                _ind("ind-p4-3", "Situations à risque élevé suivies en concertation de cas",
                     "situations par an", (9, 2024), (30, 2031),
                     "Comptes rendus des concertations de cas", "annuelle"),
            ],
            links=_links("pns.7.vif.2", "pns.7.vif.1", "pns.7.vif.3", "pns.7.vif.4", "pns.7.vs.1",
                         "pns.7.vs.2", "ncsi.d1.t2", "pns.c3"),
            capacity_fte=1.5,
        ),
        _objective(
            "P5", "Renforcer l'intégrité, le bien-être et l'attractivité de la zone", _PRIO, _INT,
            partners=["Services interne et externe de prévention et de protection au travail",
                      "Stress Team de la police fédérale", "École de police",
                      "Organisations syndicales (comité de concertation de base)"],
            owner="Caroline Lejeune, directrice des ressources humaines",
            tactical_objectives=[
                "Ramener l'absentéisme pour maladie sous 5,5 % grâce à un plan bien-être et au "
                "suivi des absences de longue durée.",
                "Former tout le personnel à l'intégrité et aux dilemmes éthiques d'ici 2028.",
                "Mener chaque année une campagne de recrutement ciblée et confier chaque nouveau "
                "collaborateur à un parrain.",
                "Enregistrer et analyser chaque incident de violence contre le personnel.",
            ],
            indicators=[
                _ind("ind-p5-1", "Taux d'absentéisme pour maladie", "%", (7.4, 2024), (5.5, 2031),
                     "Service du personnel / SSGPI", "trimestrielle"),
                _ind("ind-p5-2", "Membres du personnel formés à l'intégrité", "%", (22, 2024),
                     (100, 2028), "Registre des formations", "semestrielle"),
                _ind("ind-p5-3", "Emplois du cadre organique pourvus", "%", (94, 2024),
                     (98, 2031), "Service du personnel", "annuelle"),
            ],
            links=_links("pns.c1", "pns.c2", "pns.c8"),
            capacity_fte=0.8,
        ),
        _objective(
            "PA1", "Lutter contre les incivilités, les nuisances et les dépôts clandestins", _PA,
            _EXT,
            partners=["Services environnement des trois communes", "Fonctionnaire sanctionnateur",
                      "Agents constatateurs communaux", "Service de médiation locale"],
            owner="Commissaire Nathalie Gillard, cheffe du service de Proximité",
            tactical_objectives=[
                "Identifier l'auteur d'au moins un tiers des dépôts clandestins constatés.",
                "Déployer en rotation les caméras mobiles sur les six sites les plus touchés.",
            ],
            indicators=[
                _ind("ind-pa1-1", "Dépôts clandestins dont l'auteur a été identifié", "%",
                     (18, 2024), (35, 2031), "Procès-verbaux et constats SAC / ISLP",
                     "semestrielle"),
                _ind("ind-pa1-2", "Habitants citant la malpropreté comme problème de quartier", "%",
                     (46, 2025), (35, 2031), _SURVEY, "tous les trois ans"),
            ],
            links=_links("ncsi.d2.t2", "ncsi.d4.t3", "pns.reg.1"),
            capacity_fte=0.8,
        ),
        _objective(
            "PA2", "Prévenir les escroqueries en ligne et accompagner les victimes", _PA, _EXT,
            partners=["Police judiciaire fédérale de Namur (criminalité informatique)",
                      "Parquet de Namur", "Centre pour la Cybersécurité Belgique",
                      "Associations de seniors et maisons de repos", "Banques"],
            owner="Inspecteur principal Karim Benali, référent criminalité informatique",
            tactical_objectives=[
                "Organiser au moins quinze séances de prévention par an, dont la moitié pour les "
                "seniors.",
                "Former tout le personnel d'accueil à la procédure standardisée de plainte pour "
                "escroquerie en ligne.",
            ],
            indicators=[
                _ind("ind-pa2-1", "Séances de prévention aux escroqueries en ligne",
                     "séances par an", (4, 2024), (15, 2027),
                     "Rapports d'activité du service de Proximité", "semestrielle"),
                _ind("ind-pa2-2", "Plaintes transmises pour blocage des fonds dans les 24 heures",
                     "%", (40, 2024), (90, 2028), _BNG, "trimestrielle"),
            ],
            links=_links("pns.2.loc.1", "ncsi.d6", "pns.c3", "pns.c10"),
            capacity_fte=0.5,
        ),
        _objective(
            "PA3", "Sécurité lors des grands événements (festival des Berges)", _PA, _EXT,
            partners=["Commune de Rivemont (événements et planification d'urgence)",
                      "Organisateur du festival", "Zone de secours", "Service de prévention",
                      "Police fédérale (renforts)"],
            owner="Commissaire Pierre Stassart, directeur des opérations",
            tactical_objectives=[
                "Réaliser une analyse de risques commune avec l'organisateur et la zone de secours "
                "au moins quatre mois avant chaque édition.",
                "Tenir un débriefing multidisciplinaire après chaque édition et en intégrer les "
                "conclusions dans l'édition suivante.",
            ],
            indicators=[
                _ind("ind-pa3-1", "Incidents graves pendant le festival (violences avec lésions, "
                     "vols avec violence)", "faits par édition", (14, 2024), (8, 2031),
                     "BNG / débriefing multidisciplinaire", "annuelle"),
                _ind("ind-pa3-2", "Heures de capacité policière engagées pour le festival",
                     "heures par édition", (900, 2024), (750, 2031), "Planning opérationnel",
                     "annuelle"),
            ],
            links=[],
            capacity_fte=0.6,
            capacity_hours=900,
        ),
        _objective(
            "PA4", "Réussir la transformation numérique et la gestion de l'information (ILP)", _PA,
            _INT,
            partners=["CIA de Namur", "Direction de l'information policière et des moyens ICT",
                      "Délégué à la protection des données",
                      "Conseiller en sécurité de l'information"],
            owner="Antoine Piret, analyste stratégique, responsable du carrefour d'information "
                  "zonal",
            tactical_objectives=[
                "Produire chaque semaine un tableau de bord opérationnel utilisé lors des "
                "briefings.",
                "Former l'ensemble du personnel à la sécurité de l'information d'ici 2027.",
                "Alléger la rédaction des procès-verbaux grâce aux applications mobiles.",
            ],
            indicators=[
                _ind("ind-pa4-1", "Membres du personnel formés à la sécurité de l'information", "%",
                     (35, 2024), (100, 2027), "Registre des formations", "semestrielle"),
                _ind("ind-pa4-2", "Briefings appuyés par le tableau de bord du CIZ", "%",
                     (20, 2024), (90, 2028), "Registre des briefings", "trimestrielle"),
            ],
            links=_links("pns.c11", "pns.c7", "pns.c10"),
            capacity_fte=1.0,
        ),
    ]


def build_demo_plan(language: str = "fr") -> Plan:
    """Return the demo plan written in ``language`` (same plan on every call).

    ``fr`` gives the Walloon zone Entre-Sambre-et-Bois, ``nl`` the Flemish zone Heidebeek
    (``plan_nl``), ``de`` the German-speaking zone Venntal (``plan_de``). Any other language
    raises a ``PlanError`` with a French message.
    """
    if language == "nl":
        from zonalplan.demo.plan_nl import build_dutch_demo_plan

        return build_dutch_demo_plan()
    if language == "de":
        from zonalplan.demo.plan_de import build_german_demo_plan

        return build_german_demo_plan()
    if language != "fr":
        raise PlanError(_("Langue du plan de démonstration inconnue : « {language} ». "
                          "Choisissez le français (fr), le néerlandais (nl) ou "
                          "l'allemand (de).").format(language=language))
    e = txt.EXPECTATIONS
    plan = assemble(
        txt,
        zone=zone("ZP Entre-Sambre-et-Bois", "5999", COMMUNES, judicial_district="Namur",
                  province="Namur", region=Region.WALLONIA, area_km2=168.4),
        czs_members=czs_members([
            ("Claire Delvaux", CZSRole.MAYOR, "Rivemont",
             "Bourgmestre de Rivemont, présidente du collège de police"),
            ("Olivier Mahieu", CZSRole.MAYOR, "Sambrecourt", ""),
            ("Benoît Lallemand", CZSRole.MAYOR, "Hautebise", ""),
            ("Pierre-Yves Delcourt", CZSRole.PROSECUTOR, None, "Procureur du Roi de Namur"),
            ("Xavier Lemaire", CZSRole.CHIEF_OF_POLICE, None,
             "Chef de corps, commissaire divisionnaire de police"),
            ("Luc Gérardy", CZSRole.DIRCO, None,
             "Directeur coordonnateur administratif de Namur"),
            ("Anne Rolin", CZSRole.DIRJUD, None, "Directrice judiciaire de Namur"),
        ]),
        expectations=expectations([
            (AuthorKind.MAYOR, "Claire Delvaux, bourgmestre de Rivemont", e["rivemont"]),
            (AuthorKind.MAYOR, "Olivier Mahieu, bourgmestre de Sambrecourt", e["sambrecourt"]),
            (AuthorKind.MAYOR, "Benoît Lallemand, bourgmestre de Hautebise", e["hautebise"]),
            (AuthorKind.PROSECUTOR,
             "Procureur du Roi de Namur — politique criminelle de l'arrondissement",
             e["procureur"]),
            (AuthorKind.GOVERNOR, "Gouverneur de la province de Namur", e["gouverneur"]),
            (AuthorKind.DIRCO, "Directeur coordonnateur administratif de Namur", e["dirco"]),
            (AuthorKind.DIRJUD, "Directrice judiciaire de Namur", e["dirjud"]),
        ]),
        objectives=_objectives(),
        decisions=decisions(DECISIONS, txt.DECISIONS),
        # Neighbourhood, reception, intervention, victims, investigation, public order, traffic.
        capacity=capacity(78, 72.0, (12.0, 5.0, 20.0, 1.5, 7.5, 2.0, 4.5), 1.2,
                          txt.CAPACITY_NOTE),
        approval=Approval(czs_date=dt.date(2026, 3, 12), place=MAIN_COMMUNE,
                          classification="", version_label="Projet soumis au CZS"),
        created=CREATED, modified=MODIFIED, language="fr",
    )
    from zonalplan.demo.followup_fr import add_evidence_and_followup

    return add_evidence_and_followup(plan)

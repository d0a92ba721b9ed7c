"""Texts of the demo plan's expectations, objectives and decisions (see ``texts``)."""

from __future__ import annotations

from zonalplan.model.richtext import unwrap as _t

EXPECTATIONS = {
    "rivemont": _t("""
        La bourgmestre de Rivemont attend une action résolue contre le deal de rue aux abords de la
        gare et du parc communal, une présence policière visible en soirée dans le centre-ville et
        une attention particulière aux nuisances nocturnes autour des établissements horeca.

        Elle demande que la sécurité du festival des Berges soit préparée avec la commune et la zone
        de secours, et que l'extension du réseau de caméras de surveillance soit exploitée au mieux.
    """),
    "sambrecourt": _t("""
        Le bourgmestre de Sambrecourt place en tête la lutte contre les cambriolages dans les
        lotissements et la vitesse excessive, en particulier sur la route de la Sambre et aux abords
        des écoles.

        Il souhaite des contrôles du charroi lourd aux abords du parc d'activités des Hauts-Prés et
        un appui de la police dans la lutte contre les dépôts clandestins.
    """),
    "hautebise": _t("""
        Le bourgmestre de Hautebise demande le maintien du poste de police et de son accueil, ainsi
        qu'une présence régulière de l'agent de quartier dans chacun des sept villages.

        Ses préoccupations portent sur les motards qui roulent à vive allure le week-end, les dépôts
        clandestins en forêt, les cambriolages dans les villages isolés et la tranquillité autour
        des campings en été.
    """),
    "procureur": _t("""
        La politique criminelle de l'arrondissement de Namur fait des violences intrafamiliales une
        priorité absolue : rédaction systématique d'un procès-verbal, évaluation des risques lors de
        chaque intervention, information immédiate du magistrat de garde et participation à
        l'approche en chaîne.

        Le procureur du Roi attend également :
        - une lutte ciblée contre le trafic de stupéfiants, avec une attention aux mineurs recrutés
          par les réseaux ;
        - une exploitation systématique des traces et indices dans les dossiers de cambriolage ;
        - des contrôles de l'alcool et des drogues au volant, la poursuite des délits de fuite et la
          détection des conducteurs déchus du droit de conduire ;
        - un accueil de qualité des victimes d'escroqueries en ligne et la transmission rapide des
          informations utiles au blocage des fonds ;
        - des procès-verbaux de qualité, transmis dans les délais.
    """),
    "gouverneur": _t("""
        Le gouverneur de la province de Namur attend de la zone une contribution active au plan
        wallon de sécurité routière et aux actions provinciales de contrôle, ainsi qu'une
        planification d'urgence à jour pour les grands événements, en particulier le festival des
        Berges.

        Il rappelle l'importance de la solidarité entre zones dans le cadre de la capacité
        hypothéquée (HyCap) et de la participation aux exercices de gestion de crise.
    """),
    "dirco": _t("""
        Le directeur coordonnateur administratif de Namur veille à la cohérence du plan avec le Plan
        national de sécurité 2026-2029. Il attend de la zone :
        - une décision motivée sur chacun des thèmes nationaux ;
        - le respect de sa contribution aux missions fédérales (HyCap) ;
        - une alimentation régulière du carrefour d'information de l'arrondissement et une gestion
          de l'information guidée par le renseignement (ILP) ;
        - une attention constante à l'intégrité et à la sécurité de l'information ;
        - la participation aux actions coordonnées de l'arrondissement, notamment contre les
          cambriolages commis par des bandes itinérantes.
    """),
    "dirjud": _t("""
        La directrice judiciaire de Namur souhaite que la zone signale systématiquement les indices
        de criminalité organisée relevés sur le terrain, en particulier dans le trafic de
        stupéfiants, et qu'elle contribue à l'image de l'arrondissement.

        Elle attend un accueil de première ligne de qualité pour les victimes de cybercriminalité,
        avec une orientation rapide vers l'unité spécialisée, et une collaboration étroite avec la
        police judiciaire fédérale dans les dossiers de cambriolages en série.
    """),
}

CAPACITY_NOTE = _t("""
    La capacité est exprimée en équivalents temps plein (ETP) disponibles au 1er janvier 2026, après
    déduction des absences de longue durée, des temps partiels et des détachements.

    La répartition respecte les normes de fonctionnement minimal de l'arrêté royal du 17 septembre
    2001 : 12 agents de quartier pour 45 150 habitants, soit environ un agent pour 3 760 habitants,
    une équipe d'intervention permanente et un accueil accessible dans chaque commune.

    La capacité attribuée aux priorités et aux points d'attention correspond au temps réservé aux
    plans d'action, en plus des missions de base. Les 7,6 ETP restants couvrent la direction, le
    secrétariat de zone et les services d'appui (personnel, logistique, finances et ICT). La
    contribution aux missions fédérales correspond à la capacité hypothéquée (HyCap) demandée à la
    zone en 2025.
""")

# ------------------------------------------------------------------------------------- objectifs

OBJECTIVES: dict[str, dict[str, str]] = {
    "P1": {
        "description": _t("""
            Faire baisser durablement le nombre de cambriolages dans les habitations et augmenter le
            taux d'élucidation, en combinant la technoprévention, une présence ciblée aux endroits
            et aux moments à risque et l'exploitation systématique des traces.
        """),
        "rationale": _t("""
            Avec 212 faits en 2024 (+26 % depuis 2021), les cambriolages sont le phénomène de
            criminalité le plus ressenti par la population : 39 % des répondants à l'enquête locale
            de sécurité le citent. Ils sont une attente explicite des bourgmestres de Sambrecourt et
            de Hautebise et du procureur du Roi. Le phénomène relève du fonctionnement régulier au
            niveau national, mais son évolution locale justifie une approche par projet.
        """),
        "prevention": _t("""
            Visites gratuites de technoprévention, campagnes saisonnières avant les vacances et à
            l'approche de l'hiver, soutien aux partenariats locaux de prévention (PLP) et
            surveillance des habitations pendant les absences.
        """),
        "repression": _t("""
            Patrouilles orientées par l'analyse hebdomadaire du carrefour d'information zonal,
            contrôles aux accès de l'E42 avec l'appui des caméras ANPR, relevé systématique des
            traces et participation aux actions coordonnées de l'arrondissement contre les bandes
            itinérantes.
        """),
        "aftercare": _t("""
            Contact de l'agent de quartier avec chaque victime dans les dix jours, proposition d'une
            visite de technoprévention et orientation vers l'assistance policière aux victimes si
            nécessaire.
        """),
    },
    "P2": {
        "description": _t("""
            Réduire le deal de rue et les nuisances liées à la drogue dans l'espace public, en
            particulier aux abords de la gare, du parc communal de Rivemont et des écoles, et mieux
            alimenter l'image du phénomène dans l'arrondissement.
        """),
        "rationale": _t("""
            Les faits de vente et de trafic ont presque doublé depuis 2021 (de 23 à 41) et 31 % des
            habitants citent les nuisances liées à la drogue. La bourgmestre de Rivemont, le
            procureur du Roi et le DirJud l'ont demandé. Le thème 1.1 du PNS 2026-2029 demande à la
            police locale de renforcer la détection et la lutte contre la distribution de drogue
            dans les quartiers et de faire remonter systématiquement les signaux.
        """),
        "prevention": _t("""
            Actions de prévention dans les écoles secondaires avec le service de prévention et les
            éducateurs de rue, aménagements dissuasifs aux lieux de deal et sensibilisation des
            parents au recrutement des mineurs par les réseaux.
        """),
        "repression": _t("""
            Actions ciblées et récurrentes aux lieux de deal, contrôles avec l'appui de l'équipe
            cynophile de la police fédérale, enquêtes du SER sur les vendeurs, transmission
            systématique des informations au CIA et interdictions temporaires de lieu prises par le
            bourgmestre (article 134sexies de la Nouvelle loi communale).
        """),
        "aftercare": _t("""
            Orientation des consommateurs, en particulier des mineurs, vers les services spécialisés
            en assuétudes, en lien avec les mesures alternatives proposées par le parquet, et retour
            d'information aux riverains.
        """),
    },
    "P3": {
        "description": _t("""
            Réduire le nombre d'accidents avec lésions corporelles en agissant sur leurs causes
            principales (vitesse, alcool et drogues, distraction) et en protégeant les usagers
            vulnérables, en priorité aux points noirs identifiés.
        """),
        "rationale": _t("""
            La zone a connu 118 accidents avec lésions en 2024 et 12 tués en quatre ans ; 58 % des
            habitants citent la vitesse comme premier problème de quartier. La sécurité routière est
            une attente des trois bourgmestres, du gouverneur et du procureur du Roi, et le thème 5
            du PNS 2026-2029 demande à la police locale de renforcer la sécurité routière dans
            l'environnement local.
        """),
        "prevention": _t("""
            Campagnes de sensibilisation avec les communes et l'Agence wallonne pour la Sécurité
            routière, éducation routière dans les écoles primaires et analyse des points noirs avec
            les gestionnaires de voirie pour proposer des aménagements.
        """),
        "repression": _t("""
            Contrôles de vitesse orientés par l'analyse des accidents et des plaintes, contrôles de
            l'alcool et des drogues planifiés (nuits, week-ends, fêtes locales), contrôles des
            motards à Hautebise, contrôles du charroi lourd avec la police fédérale de la route et
            contrôles du stationnement aux abords des écoles.
        """),
        "aftercare": _t("""
            Accompagnement des victimes d'accidents graves et de leurs proches par l'assistance
            policière aux victimes, analyse de chaque accident mortel avec le gestionnaire de voirie
            et recherche active des auteurs de délits de fuite.
        """),
    },
    "P4": {
        "description": _t("""
            Assurer à chaque victime de violences intrafamiliales ou sexuelles une prise en charge
            professionnelle, de la déclaration au suivi, et prévenir la répétition des faits grâce à
            l'évaluation des risques et à l'approche en chaîne.
        """),
        "rationale": _t("""
            Les faits enregistrés augmentent (341 en 2024, +19 % depuis 2021) et 38 % des ménages
            concernés étaient déjà connus des services de police. La politique criminelle de
            l'arrondissement en fait une priorité absolue et le thème 7 du PNS 2026-2029 fixe des
            objectifs intégrés pour la déclaration des faits, l'évaluation des risques, l'approche
            en chaîne et la protection des victimes. L'évaluation du plan précédent a montré que
            l'évaluation des risques n'était pas encore systématique.
        """),
        "prevention": _t("""
            Formation de tous les intervenants à l'approche sensible au genre, sensibilisation avec
            les CPAS et les services sociaux, diffusion des coordonnées des services d'aide, dont la
            ligne Écoute violences conjugales (0800 30 030).
        """),
        "repression": _t("""
            Procès-verbal pour chaque intervention, évaluation des risques au moyen de l'application
            mobile, information immédiate du magistrat de garde, interdiction temporaire de
            résidence lorsque les conditions sont réunies, et audition des victimes de violences
            sexuelles par des inspecteurs des mœurs formés.
        """),
        "aftercare": _t("""
            Recontact de chaque victime dans les 72 heures par l'assistance policière aux victimes,
            suivi des situations à risque élevé en concertation de cas avec les partenaires et
            orientation vers un centre de prise en charge des violences sexuelles (CPVS).
        """),
    },
    "P5": {
        "description": _t("""
            Faire de la zone un employeur attractif et une organisation intègre : réduire
            l'absentéisme, pourvoir les emplois vacants, développer les compétences et ancrer une
            culture d'intégrité partagée par tous.
        """),
        "rationale": _t("""
            L'absentéisme pour maladie est passé de 5,9 % à 7,4 % entre 2021 et 2024, trois emplois
            d'inspecteur sont restés sans candidat et 14 membres du cadre opérationnel partiront à
            la pension d'ici 2031. L'intégrité, la formation et l'attention aux violences contre la
            police sont des conditions du PNS 2026-2029 (chapitre 8) et une attente du DirCo.
        """),
        "prevention": _t("""
            Plan bien-être élaboré avec les services de prévention et de protection au travail,
            ateliers sur le code de déontologie et les dilemmes éthiques, plan de formation annuel
            et accueil structuré des nouveaux collaborateurs.
        """),
        "repression": _t("""
            Traitement rapide et équitable des manquements à la déontologie, enregistrement et
            analyse de chaque incident de violence contre le personnel ou impliquant celui-ci,
            conformément aux circulaires GPI 62 et GPI 100.
        """),
        "aftercare": _t("""
            Accompagnement des collaborateurs après un incident critique (débriefing, appui du
            Stress Team de la police fédérale), plan de retour progressif après une absence de
            longue durée et entretien avec chaque membre du personnel qui quitte la zone.
        """),
    },
    "PA1": {
        "description": _t("""
            Améliorer la qualité de vie dans les quartiers en réduisant les nuisances et les dépôts
            clandestins, par une approche administrative coordonnée avec les trois communes.
        """),
        "rationale": _t("""
            Les dépôts clandestins ont augmenté de 32 % depuis 2021 et 46 % des habitants citent la
            malpropreté parmi les problèmes de leur quartier. Les trois bourgmestres l'ont demandé.
            La réponse relève surtout des sanctions administratives communales et des services
            environnement ; la police y contribue dans son fonctionnement régulier.
        """),
        "prevention": _t("""
            Communication commune avec les services environnement, présence des agents de quartier
            aux endroits sensibles et recours à la médiation locale pour les conflits de voisinage.
        """),
        "repression": _t("""
            Constats SAC, recherche systématique de l'auteur des dépôts (examen des déchets, caméras
            mobiles) et contrôles ciblés des nuisances nocturnes.
        """),
        "aftercare": _t("""
            Retour d'information aux riverains qui ont signalé les faits, suivi des dossiers avec le
            fonctionnaire sanctionnateur et enlèvement rapide des dépôts par les communes.
        """),
    },
    "PA2": {
        "description": _t("""
            Réduire le nombre de victimes d'escroqueries en ligne par la prévention, en particulier
            auprès des seniors, et garantir à chaque victime un accueil de qualité et une
            transmission rapide des informations utiles.
        """),
        "rationale": _t("""
            Les escroqueries en ligne ont progressé de 73 % depuis 2021 et un tiers des victimes ont
            65 ans ou plus. Le PNS 2026-2029 demande à la police locale de détecter les signes de
            criminalité en ligne, d'informer les citoyens et les entreprises et de les accompagner
            dans le signalement. Les enquêtes complexes relèvent des unités spécialisées de la
            police fédérale.
        """),
        "prevention": _t("""
            Séances d'information dans les maisons de repos, les associations de seniors et les
            écoles, messages de prévention réguliers sur Facebook et dans les bulletins communaux,
            relais des alertes du Centre pour la Cybersécurité Belgique.
        """),
        "repression": _t("""
            Procédure d'accueil standardisée pour les plaintes, transmission immédiate des données
            utiles au blocage des fonds et au parquet, signalement des cas complexes à l'unité de
            criminalité informatique de la police judiciaire fédérale.
        """),
        "aftercare": _t("""
            Information des victimes sur les suites de leur plainte et sur les démarches auprès de
            leur banque, orientation vers l'assistance policière aux victimes en cas de préjudice
            important.
        """),
    },
    "PA3": {
        "description": _t("""
            Garantir le bon déroulement et la sécurité du festival des Berges et des autres grands
            événements de la zone, grâce à une préparation intégrée avec l'organisateur, la commune
            et les services de secours.
        """),
        "rationale": _t("""
            Le festival des Berges accueille environ 18 000 visiteurs par jour pendant trois jours.
            L'édition 2024 a compté 14 incidents graves (bagarres avec lésions, vols avec violence)
            et des nuisances importantes dans les quartiers voisins. L'événement mobilise à lui seul
            environ 900 heures de capacité policière par an.
        """),
        "local_justification": _t("""
            Aucun thème du Plan national de sécurité ne couvre la gestion des grands événements
            locaux, qui relève de la police administrative et de la responsabilité du bourgmestre.
            Le conseil zonal de sécurité en fait un point d'attention parce que le festival est
            l'événement le plus lourd de l'année pour la zone, qu'il pèse sur la capacité disponible
            en été et que la bourgmestre de Rivemont et le gouverneur l'ont expressément demandé.
        """),
        "prevention": _t("""
            Coordination multidisciplinaire dès le mois de mars, analyse de risques commune, plan de
            mobilité et de stationnement, exigences imposées à l'organisateur en matière de
            gardiennage et de contrôle d'accès, prévention des consommations avec le service de
            prévention.
        """),
        "repression": _t("""
            Dispositif policier adapté au niveau de risque, patrouilles visibles sur le site et dans
            les quartiers voisins, contrôles aux accès et intervention rapide sur les faits de
            violence et les vols.
        """),
        "aftercare": _t("""
            Point d'accueil des victimes sur le site, débriefing multidisciplinaire dans le mois qui
            suit l'événement et suivi des plaintes des riverains.
        """),
    },
    "PA4": {
        "description": _t("""
            Orienter l'action de la zone par l'information, moderniser les outils de travail et
            protéger les données : une information fiable, partagée et sécurisée au service du
            terrain.
        """),
        "rationale": _t("""
            Le plan précédent a montré que les données étaient peu exploitées pour orienter le
            travail. Le recrutement d'un analyste stratégique en 2025 et le déploiement des
            applications mobiles permettent une gestion guidée par l'information. Le PNS 2026-2029
            fait de la transformation digitale, de la sécurité de l'information et de l'Intelligence
            Led Policing des conditions de réussite ; c'est aussi une attente du DirCo.
        """),
        "prevention": _t("""
            Sensibilisation de tout le personnel à la sécurité de l'information (hameçonnage, mots
            de passe, classification) et politique de sécurité de l'information mise à jour avec le
            conseiller en sécurité de l'information et le délégué à la protection des données.
        """),
        "repression": _t("""
            Tableau de bord hebdomadaire du carrefour d'information zonal pour orienter les
            briefings et les patrouilles, alimentation systématique de la BNG et du CIA,
            exploitation des caméras ANPR et présence encadrée de la zone sur les réseaux sociaux.
        """),
        "aftercare": _t("""
            Gestion des incidents de sécurité de l'information, contrôle interne annuel des accès à
            la BNG et évaluation régulière de l'usage des outils numériques avec les équipes.
        """),
    },
}

# -------------------------------------------------------------------------- décisions nationales

DECISIONS: dict[str, str] = {
    "pns.1": """Le thème est retenu au travers de la priorité P2 (trafic de drogue, sous-thème 1.1).
        La détection précoce des signes de criminalité organisée et la transmission des informations
        au CIA font partie du travail de tous les services ; la priorité P1 y contribue pour les
        bandes itinérantes actives dans les cambriolages.""",
    "pns.1.1": """Priorité P2 : lutte contre le deal de rue et les nuisances liées à la drogue,
        conformément à l'objectif du PNS pour la police locale (ancrage local et remontée
        systématique des signaux).""",
    "pns.1.2": """Aucun fait de violence grave lié au trafic de drogue n'a été enregistré entre 2021
        et 2024. Les signaux de violence et de recrutement de mineurs sont détectés et transmis dans
        le cadre de la priorité P2 et du travail de quartier.""",
    "pns.1.3": """Aucun dossier de traite des êtres humains depuis 2021. Les agents de quartier et
        le SER détectent les victimes potentielles lors des contrôles horeca et des enquêtes de
        domicile et les orientent vers les services compétents, avec l'inspection sociale.""",
    "pns.1.4": """Phénomène marginal dans la zone. La détection de la détention illégale d'armes et
        le signalement des transactions suspectes sont assurés par l'intervention et le SER, en
        appui de la police judiciaire fédérale.""",
    "pns.1.5": """La zone ne compte ni port, ni aéroport, ni gare ou nœud logistique à accès
        international direct. Les signaux relevés aux abords des plateformes logistiques du parc des
        Hauts-Prés sont transmis à la police judiciaire fédérale.""",
    "pns.1.6": """Le PNS ne fixe pas d'objectif propre à la police locale pour ce sous-thème. La
        prévention de la corruption dans nos propres rangs relève de la priorité interne P5
        (intégrité) et tout signal de corruption est transmis au parquet.""",
    "pns.1.7": """Les signaux de blanchiment (commerces sans activité réelle, mouvements d'espèces
        suspects) sont détectés dans le fonctionnement régulier et transmis à la police judiciaire
        fédérale ; aucun indice d'ampleur n'a été relevé sur la période 2021-2024.""",
    "pns.2": """Point d'attention PA2 : la zone se concentre sur la prévention, l'accueil des
        victimes et la transmission rapide des informations, conformément à l'objectif du PNS pour
        la police locale. Les enquêtes complexes relèvent des unités spécialisées de la police
        fédérale.""",
    "pns.3": """Le suivi est assuré au sein de la cellule de sécurité intégrale locale (CSIL-R) et
        par le travail de quartier, avec l'information officer de la zone ; la situation locale ne
        justifie pas une priorité.""",
    "pns.4": """La zone n'a pas de frontière extérieure de l'espace Schengen, ni port, ni aéroport.
        Elle contribue aux contrôles ciblés sur le territoire à la demande des autorités et par la
        capacité hypothéquée (HyCap).""",
    "pns.5": """Priorité P3 : renforcer la sécurité routière dans l'environnement local en ciblant
        la vitesse, l'alcool et les drogues au volant, la distraction et la protection des usagers
        vulnérables.""",
    "pns.6": """Les deux formes de fraude sont traitées dans le fonctionnement régulier (voir les
        sous-thèmes 6.1 et 6.2) : la lutte contre la fraude organisée relève de la police fédérale
        et des services d'inspection.""",
    "pns.6.1": """Les agents de quartier réalisent les enquêtes de domicile prévues par le PNS et
        signalent les situations suspectes aux CPAS et aux services d'inspection sociale ; la zone
        participe aux contrôles organisés par l'auditorat du travail.""",
    "pns.6.2": """Compétence de la police fédérale et de l'administration fiscale. Les indices de
        fraude relevés dans le travail quotidien sont signalés au parquet, sans action spécifique de
        la zone.""",
    "pns.7": """Priorité P4 : approche intégrée des violences intrafamiliales et sexuelles
        (déclaration des faits, évaluation des risques, approche en chaîne, protection des
        victimes), conforme à la politique criminelle de l'arrondissement.""",
}
DECISIONS = {key: _t(value) for key, value in DECISIONS.items()}

"""Texts of the built-in demo plan (a fictional Walloon zone), kept apart from its structure.

Texts are written wrapped for the source file and unwrapped by :func:`_t`: inside a block
(blocks are separated by a blank line), a line starting with ``- `` opens a bullet item and any
other line continues the previous paragraph or item. The result follows the free-text convention
of ``zonalplan.model.richtext``: one line per paragraph or bullet, blank line between paragraphs.
"""

from __future__ import annotations

import textwrap


def _t(text: str) -> str:
    """Return ``text`` unwrapped: one line per paragraph or bullet, blank line between blocks."""
    out_blocks = []
    for block in textwrap.dedent(text).strip().split("\n\n"):
        items: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("- ") or not items:
                items.append(line)
            else:
                items[-1] += " " + line
        out_blocks.append("\n".join(items))
    return "\n\n".join(out_blocks)


# --------------------------------------------------------------------------------------- chapitres

FOREWORD = _t("""
    Vous avez entre les mains le plan zonal de sécurité 2026-2031 de la zone de police
    Entre-Sambre-et-Bois. Il fixe, pour les six années à venir, les priorités que le conseil zonal
    de sécurité a choisies pour les habitants de Rivemont, de Sambrecourt et de Hautebise, ainsi que
    la manière dont notre corps s'organise pour les atteindre.

    Ce plan est le fruit d'un travail collectif. Il s'appuie sur l'analyse de la criminalité et de
    l'insécurité routière sur notre territoire, sur l'enquête locale de sécurité menée auprès de la
    population au printemps 2025, sur les attentes exprimées par nos trois bourgmestres, par le
    procureur du Roi de Namur, par le gouverneur et par nos partenaires de la police fédérale, ainsi
    que sur une évaluation sans complaisance du plan 2020-2025. Il s'inscrit dans le Plan national
    de sécurité 2026-2029 et dans la Note-cadre de sécurité intégrale, dont il constitue la
    déclinaison locale.

    Nos choix sont volontairement resserrés : cinq priorités, dont une tournée vers notre propre
    organisation, et quatre points d'attention. L'essentiel de notre capacité reste consacré au
    service policier de base auquel chaque citoyen a droit, quel que soit le phénomène qui le touche
    : l'accueil, l'intervention, le travail de quartier, l'assistance aux victimes, la recherche
    locale, le maintien de l'ordre public et la circulation. Les priorités indiquent où nous
    engagerons notre capacité résiduelle pour obtenir des résultats mesurables.

    Les six prochaines années seront exigeantes. Les départs à la pension, les difficultés de
    recrutement et la transformation numérique de la police intégrée nous obligent à prendre soin de
    nos collaborateurs autant que de la population. C'est pourquoi l'intégrité, le bien-être au
    travail et la gestion de l'information occupent une place à part entière dans ce plan.

    Je remercie les membres du conseil zonal de sécurité pour leur confiance, les partenaires qui
    ont nourri nos réflexions et, surtout, les membres du personnel de la zone qui, de jour comme de
    nuit, donnent corps à ce plan.

    Xavier Lemaire, commissaire divisionnaire de police, chef de corps
""")

ENV_TERRITORY = _t("""
    La zone de police Entre-Sambre-et-Bois (zone 5999) est une zone pluricommunale de la province de
    Namur, située dans l'arrondissement judiciaire de Namur. Elle regroupe les communes de Rivemont,
    de Sambrecourt et de Hautebise, couvre 168,4 km² et compte 45 150 habitants au 1er janvier 2025,
    soit une densité moyenne de 268 habitants par km², près du double de la moyenne provinciale.

    - Rivemont : 21 350 habitants sur 38,2 km². Chef-lieu de la zone et siège du commissariat
      central, la ville concentre les commerces, trois écoles secondaires, la gare et la majorité
      des établissements horeca. Elle compte 420 logements publics, répartis en deux quartiers.
    - Sambrecourt : 14 180 habitants sur 52,7 km². Commune semi-urbaine traversée par la route de la
      Sambre, elle accueille le parc d'activités des Hauts-Prés (une soixantaine d'entreprises, dont
      deux plateformes logistiques) et deux accès à l'autoroute E42. Les lotissements récents s'y
      sont fortement développés depuis 2015.
    - Hautebise : 9 620 habitants sur 77,5 km². Commune rurale et boisée, composée de sept villages,
      elle attire en été de nombreux touristes (deux campings, le lac de la Fagnette, un réseau de
      promenades très fréquenté par les motards et les cyclistes le week-end).

    La population a progressé de 3,1 % depuis 2015 et vieillit : 21 % des habitants ont 65 ans ou
    plus, 22 % ont moins de 20 ans. Les contrastes socio-économiques sont marqués : le taux de
    demande d'emploi atteint 11,8 % à Rivemont contre 7,9 % à Hautebise, et le revenu médian par
    déclaration de Rivemont est inférieur de 12 % à la moyenne wallonne.

    Le territoire compte 17 implantations scolaires, deux maisons de repos, une gare desservie par
    les trains IC, deux accès autoroutiers, quatre zones d'activité économique et environ 130
    établissements horeca. Chaque année se tiennent une cinquantaine de manifestations, dont le
    festival des Berges à Rivemont (trois jours fin juillet, environ 18 000 visiteurs par jour), le
    carnaval de Sambrecourt et deux courses cyclistes.

    La zone collabore étroitement avec le service de prévention de Rivemont (plan stratégique de
    sécurité et de prévention), les éducateurs de rue, les trois CPAS, les services environnement
    communaux, le conseiller en technoprévention, la zone de secours, la maison de justice de Namur
    et les services d'aide aux victimes.
""")

ENV_CRIME = _t("""
    Les données proviennent de la Banque de données nationale générale (BNG) et de l'ISLP. Elles ont
    été extraites par le carrefour d'information zonal en février 2025 et validées avec le carrefour
    d'information de l'arrondissement (CIA) de Namur. Elles portent sur les faits enregistrés, qui
    ne reflètent qu'une partie de la criminalité réelle : le chiffre noir reste important pour les
    violences intrafamiliales et les escroqueries.

    La criminalité enregistrée est restée globalement stable : 2 941 faits en 2021, 3 105 en 2022, 3
    188 en 2023 et 3 152 en 2024, soit 69,8 faits pour 1 000 habitants. Cette stabilité masque des
    évolutions contrastées selon les phénomènes.

    - Cambriolages dans les habitations : 168 faits en 2021, 194 en 2022, 221 en 2023 et 212 en 2024
      (+26 %), soit 4,7 faits pour 1 000 habitants. Les faits se concentrent dans les lotissements
      de Sambrecourt et les villages de Hautebise proches des accès à l'E42, surtout entre novembre
      et février en fin de journée. Près d'un tiers sont des tentatives ; le taux d'élucidation
      reste faible (9 %).
    - Stupéfiants : 121 procès-verbaux en 2021, 133 en 2022, 152 en 2023 et 148 en 2024 (+22 %). Les
      faits de vente et de trafic passent de 23 à 41 sur la période. Le deal de rue se fixe aux
      abords de la gare et du parc communal de Rivemont et, dans une moindre mesure, près de deux
      écoles secondaires. La cocaïne apparaît de plus en plus souvent dans les saisies.
    - Violences intrafamiliales : 286 faits en 2021, 301 en 2022, 322 en 2023 et 341 en 2024 (+19
      %). Dans 61 % des cas, il s'agit de violences entre partenaires ou ex-partenaires ; des
      enfants sont présents au domicile dans 22 % des cas. Parmi les ménages concernés en 2024, 38 %
      étaient déjà connus des services de police.
    - Incivilités et nuisances : les dépôts clandestins constatés passent de 131 en 2021 à 173 en
      2024 (+32 %). La zone a traité 612 interventions pour tapage et nuisances et enregistré 187
      dégradations volontaires en 2024 ; 426 constats ont été transmis aux fonctionnaires
      sanctionnateurs dans le cadre des sanctions administratives communales (SAC).
    - Vols de véhicules : 48 faits en 2021, 41 en 2022, 37 en 2023 et 52 en 2024. La hausse de 2024
      (+41 % en un an) touche surtout des SUV récents volés par piratage du système d'ouverture sans
      clé. Les vols dans les véhicules reculent de 171 à 139 faits (-19 %).
    - Escroqueries en ligne et fraude informatique : 142 faits en 2021, 178 en 2022, 211 en 2023 et
      246 en 2024 (+73 %). Il s'agit surtout d'hameçonnage par SMS ou messagerie, de fausses ventes
      sur les plateformes de petites annonces et de fraudes à l'investissement. Les personnes de 65
      ans et plus représentent 34 % des victimes ; le préjudice moyen déclaré atteint 1 900 euros.

    Les autres phénomènes restent stables ou marginaux : 164 faits de coups et blessures volontaires
    hors contexte familial, 118 vols à l'étalage, aucun dossier de traite des êtres humains depuis
    2021. Quelques situations de radicalisation sont suivies au sein de la cellule de sécurité
    intégrale locale (CSIL-R) de Rivemont.

    En conclusion, quatre phénomènes combinent volume et tendance défavorable : les cambriolages, le
    trafic de stupéfiants, les violences intrafamiliales et les escroqueries en ligne. Les
    incivilités pèsent peu dans les statistiques judiciaires mais beaucoup dans la qualité de vie.
""")

ENV_ROAD_SAFETY = _t("""
    Le nombre d'accidents avec lésions corporelles est passé de 104 en 2021 à 112 en 2022, 121 en
    2023 et 118 en 2024. Douze personnes ont perdu la vie sur les routes de la zone entre 2021 et
    2024 (3, 2, 4 et 3 tués à 30 jours). En 2024, on dénombre 17 blessés graves et 139 blessés
    légers.

    Les usagers vulnérables sont impliqués dans 46 % des accidents avec lésions de 2024 : 18 motards
    et cyclomotoristes, 17 cyclistes (dont 9 à vélo électrique), 14 piétons et 5 utilisateurs de
    trottinettes. Un conducteur présentait une alcoolémie positive dans 18 % des accidents. La
    vitesse inadaptée et la distraction au volant sont les autres causes principales relevées dans
    les procès-verbaux.

    Cinq points noirs totalisent 47 des 351 accidents avec lésions enregistrés de 2022 à 2024 :
    - la chaussée de Namur à Rivemont, au carrefour du Pont-Neuf : 14 accidents, dont un mortel ;
    - la route de la Sambre entre Sambrecourt et Hautebise (limitée à 70 km/h) : 11 accidents, dont
      deux mortels, liés à la vitesse et aux dépassements ;
    - les bretelles d'accès à l'E42 à Sambrecourt : 9 accidents, souvent avec des poids lourds ;
    - la traversée de Hautebise, où 7 accidents ont impliqué des motocyclistes le week-end ;
    - les abords des écoles du centre de Sambrecourt et de la rue de la Station à Rivemont : 6
      accidents, dans un contexte de stationnement dangereux et de conflits fréquents entre piétons,
      cyclistes et voitures.

    En 2024, la zone a contrôlé 21 300 véhicules au moyen de radars mobiles et de Lidar ; 9,8 %
    étaient en infraction. Par ailleurs, 6 400 conducteurs ont été soumis à un test d'haleine (3,1 %
    positifs) et 84 tests salivaires se sont révélés positifs. La zone participe aux campagnes de
    contrôle coordonnées par l'arrondissement et s'appuie sur le Plan 2026-2030 des États généraux
    de la Sécurité routière en Wallonie.
""")

ENV_SURVEY = _t("""
    L'enquête locale de sécurité 2025 a été menée du 3 mars au 11 avril 2025, par questionnaire
    papier ou en ligne, auprès de 4 000 ménages tirés au sort dans le registre national. Au total, 1
    214 questionnaires valables ont été reçus (taux de réponse de 30,4 %). Les résultats ont été
    pondérés par commune, âge et sexe.

    - Sentiment d'insécurité : 12 % des répondants se sentent parfois ou souvent en insécurité dans
      leur quartier (14 % à Rivemont, 11 % à Sambrecourt, 8 % à Hautebise) ; 18 % évitent certains
      lieux le soir, principalement les abords de la gare et le parc communal de Rivemont.
    - Problèmes de quartier jugés importants : la vitesse excessive (58 %), les dépôts clandestins
      et la malpropreté (46 %), les cambriolages (39 %), les comportements agressifs dans la
      circulation (34 %), les nuisances liées à la drogue (31 %), les escroqueries par téléphone ou
      par internet (27 %) et le tapage (22 %).
    - Victimisation : 6 % des ménages ont subi un cambriolage ou une tentative au cours des douze
      derniers mois ; 19 % des répondants ont reçu un message frauduleux et 3 % ont subi un
      préjudice financier.
    - Image de la police : 71 % des personnes ayant eu un contact avec la police en sont satisfaites
      ; 44 % connaissent leur agent de quartier (52 % en 2019) ; 63 % souhaitent davantage de
      patrouilles visibles, de préférence à pied ou à vélo ; 29 % jugent difficile de joindre la
      police en dehors des heures d'ouverture des commissariats.

    Les résultats ont été complétés par trois réunions citoyennes (une par commune) en mai 2025 et
    par les propositions du conseil communal des enfants de Sambrecourt, centrées sur la sécurité
    aux abords des écoles.
""")

ENV_INTERNAL = _t("""
    Au 1er janvier 2026, le cadre organique de la zone compte 84 emplois et l'effectif réel s'élève
    à 78 membres du personnel, soit 72,0 équivalents temps plein disponibles après déduction des
    absences de longue durée, des temps partiels et des détachements :
    - cadre opérationnel (62) : 1 commissaire divisionnaire, 6 commissaires, 15 inspecteurs
      principaux, 36 inspecteurs et 4 agents de police ;
    - cadre administratif et logistique (16) : 3 niveaux A (dont un analyste stratégique recruté en
      2025), 4 niveaux B, 7 niveaux C et 2 niveaux D.

    La zone est organisée en cinq services opérationnels placés sous l'autorité du chef de corps et
    du directeur des opérations :
    - le service Intervention, qui assure la permanence 24 heures sur 24 avec l'officier de police
      administrative de garde ;
    - le service de Proximité, qui regroupe les agents de quartier et l'accueil du commissariat
      central de Rivemont et des postes de Sambrecourt et de Hautebise ;
    - le service d'Enquêtes et de Recherche (SER), qui compte des référents pour les violences
      intrafamiliales, les stupéfiants et la criminalité informatique ;
    - le service Circulation ;
    - le carrefour d'information zonal (CIZ), chargé de la gestion de l'information et de l'analyse.

    Les services d'appui (personnel, logistique, finances, ICT et secrétariat de zone) soutiennent
    l'ensemble. Le budget ordinaire 2025 s'élève à 9,6 millions d'euros, financé à 61 % par les
    dotations des trois communes et à 37 % par la dotation fédérale.

    L'absentéisme pour maladie est passé de 5,9 % en 2021 à 7,4 % en 2024, avec quatre absences de
    longue durée. La moyenne d'âge du personnel est de 42 ans et 14 membres du cadre opérationnel
    atteindront l'âge de la pension d'ici 2031. Entre 2022 et 2024, la zone a enregistré 17 départs
    pour 13 arrivées ; trois emplois d'inspecteur publiés en mobilité sont restés sans candidat.
    L'enquête bien-être de 2023 a mis en évidence une fatigue marquée au service Intervention.

    Forces et points d'amélioration retenus par le comité de direction :
    - forces : un ancrage local fort, des partenariats communaux solides, un commissariat central
      rénové en 2023 et une équipe d'intervention équipée à 100 % de smartphones ;
    - points d'amélioration : l'attractivité de la zone comme employeur, la charge administrative
      des procès-verbaux, l'exploitation encore limitée des données pour orienter le travail, la
      sécurité de l'information et la vétusté du poste de Hautebise.
""")

ENV_LESSONS = _t("""
    Le plan zonal de sécurité 2020-2025 comptait quatre priorités externes (cambriolages, sécurité
    routière, nuisances et incivilités, stupéfiants) et deux priorités internes (communication
    interne, bien-être au travail). Un addendum approuvé en 2022 y a ajouté les violences
    intrafamiliales, pour l'aligner sur le Plan national de sécurité 2022-2025. Le conseil zonal de
    sécurité a évalué le plan lors de sa séance du 20 novembre 2025.

    - Cambriolages : l'objectif de baisse de 10 % n'a pas été atteint ; après le creux de 2020-2021,
      les faits sont repartis à la hausse. Les visites de technoprévention sont toutefois passées de
      25 à 64 par an.
    - Sécurité routière : le nombre d'accidents est resté stable malgré le doublement des contrôles
      ciblés ; toutes les écoles sont désormais situées en zone 30.
    - Nuisances et incivilités : le protocole SAC commun aux trois communes, signé en 2021,
      fonctionne bien ; les caméras mobiles ont fait reculer les dépôts sur deux sites, mais le
      phénomène progresse ailleurs.
    - Stupéfiants : le plan d'action, suspendu pendant la crise sanitaire, n'a été relancé qu'en
      2023.
    - Violences intrafamiliales : un référent a été désigné et 80 % des intervenants ont été formés,
      mais l'évaluation des risques n'est pas encore systématique.
    - Fonctionnement interne : l'intranet lancé en 2022 est apprécié ; les actions en faveur du
      bien-être n'ont pas empêché la hausse de l'absentéisme.

    Le plan précédent comptait trop d'indicateurs, souvent sans valeur de départ, et leur suivi
    dépendait de quelques personnes. Les enseignements suivants ont guidé l'élaboration du présent
    plan :
    - limiter le nombre de priorités et distinguer clairement les priorités, dotées d'un plan
      d'action, des points d'attention traités dans le fonctionnement régulier ;
    - retenir pour chaque objectif un petit nombre d'indicateurs mesurables, avec une valeur de
      départ et une cible ;
    - désigner un responsable par objectif et rendre compte chaque année au conseil zonal de
      sécurité ;
    - réserver une capacité réaliste, compatible avec les normes de service minimum ;
    - associer les partenaires (prévention, environnement, CPAS, parquet) dès la conception des
      plans d'action.
""")

MISSION = _t("""
    La zone de police Entre-Sambre-et-Bois assure, 24 heures sur 24 et 7 jours sur 7, un service
    policier de base de qualité à toutes les personnes qui vivent, travaillent ou séjournent à
    Rivemont, à Sambrecourt et à Hautebise. Dans le respect des droits et libertés de chacun, elle :
    - prévient l'insécurité et protège les personnes et les biens ;
    - intervient rapidement et de manière adaptée lorsqu'on fait appel à elle ;
    - recherche les auteurs d'infractions et les met à la disposition de la justice ;
    - accueille, écoute et oriente les victimes ;
    - veille à la tranquillité publique et à la sécurité routière ;
    - contribue, avec ses partenaires, à une approche intégrale et intégrée de la sécurité.
""")

VISION = _t("""
    En 2031, la zone de police Entre-Sambre-et-Bois sera une police de proximité reconnue, proche
    des habitants et fiable, qui oriente son action grâce à l'information et travaille en réseau
    avec ses partenaires. Concrètement, nous voulons être :
    - une police présente et accessible, dont les agents de quartier sont connus de la population ;
    - une police guidée par l'information, qui agit là où les problèmes se posent ;
    - une police qui met la victime au centre de son action ;
    - un employeur attractif, qui développe les compétences et veille au bien-être de son personnel
      ;
    - une organisation numérique et sûre, qui libère du temps pour le terrain.
""")

VALUES = _t("""
    Nos valeurs guident le comportement de chaque membre du personnel, sur le terrain comme en
    interne. Elles ont été choisies avec le personnel lors d'ateliers organisés en juin 2025 :
    - Intégrité : nous agissons avec honnêteté et impartialité, dans le respect du code de
      déontologie, et nous signalons les comportements inappropriés.
    - Respect : nous traitons chaque personne avec dignité, sans distinction, et nous respectons nos
      collègues.
    - Professionnalisme : nous travaillons avec rigueur, nous nous formons en continu et nous
      rendons compte de nos résultats.
    - Esprit d'équipe : nous nous soutenons mutuellement et partageons l'information utile.
    - Disponibilité : nous sommes à l'écoute de la population et de nos partenaires et nous
      répondons à leurs demandes dans des délais raisonnables.
""")

ARGUMENT_MATRIX = _t("""
    La matrice d'argumentation croise, pour chaque phénomène, les constats de l'analyse objective
    (données policières), la perception de la population (enquête locale de sécurité 2025), les
    attentes des autorités et des partenaires et les priorités du cadre national (Plan national de
    sécurité 2026-2029 et Note-cadre de sécurité intégrale).

    Un phénomène est retenu comme priorité lorsqu'il combine une gravité ou une tendance
    défavorable, une attente explicite des autorités et une réelle marge d'action pour la zone. Il
    devient point d'attention lorsque le fonctionnement régulier, renforcé sur certains aspects,
    suffit à y répondre.

    - Cambriolages dans les habitations : 212 faits en 2024 (+26 % depuis 2021) ; 39 % des habitants
      citent le phénomène ; attente des bourgmestres de Sambrecourt et de Hautebise et du procureur
      du Roi ; NCSI « délits contre les biens » et fonctionnement régulier du PNS. Priorité P1.
    - Trafic de stupéfiants (deal de rue) : 148 procès-verbaux, dont 41 faits de vente ; 31 % des
      habitants citent les nuisances liées à la drogue ; attente de la bourgmestre de Rivemont, du
      procureur du Roi et du DirJud ; PNS 1.1 Trafic de drogue. Priorité P2.
    - Sécurité routière : 118 accidents avec lésions et 12 tués en quatre ans ; 58 % des habitants
      citent la vitesse ; attente des trois bourgmestres, du gouverneur et du procureur du Roi ; PNS
      5. Priorité P3.
    - Violences intrafamiliales et sexuelles : 341 faits en 2024 (+19 %) et un chiffre noir
      important ; priorité de la politique criminelle du procureur du Roi ; PNS 7. Priorité P4.
    - Fonctionnement interne : absentéisme de 7,4 %, emplois vacants, enjeux d'intégrité ; attente
      du DirCo ; conditions du chapitre 8 du PNS. Priorité P5.
    - Incivilités, nuisances et dépôts clandestins : 173 dépôts clandestins (+32 %) et 612
      interventions pour nuisances ; 46 % des habitants citent la malpropreté ; attente des trois
      bourgmestres ; NCSI « nuisances » et « malpropreté ». La réponse relève surtout de l'approche
      administrative : point d'attention PA1.
    - Escroqueries en ligne : 246 faits (+73 %) ; 27 % des habitants citent le phénomène ; attente
      du procureur du Roi et du DirJud ; PNS 2 Cybercriminalité. Les enquêtes relèvent surtout des
      unités spécialisées ; la zone se concentre sur la prévention et l'accueil des victimes : point
      d'attention PA2.
    - Grands événements : le festival des Berges réunit 18 000 visiteurs par jour et a donné lieu à
      14 incidents graves en 2024 ; attente de la bourgmestre de Rivemont et du gouverneur ; pas de
      thème national correspondant : point d'attention PA3.
    - Gestion de l'information et transformation numérique : attente du DirCo ; conditions 7 et 11
      du PNS : point d'attention PA4.
    - Vols de véhicules : volume limité malgré la hausse de 2024 ; traités dans le fonctionnement
      régulier, avec l'appui des caméras ANPR.
""")

NON_RETAINED = _t("""
    Le conseil zonal de sécurité s'est prononcé sur chacun des thèmes et sous-thèmes du Plan
    national de sécurité 2026-2029. Les thèmes qui ne sont pas retenus comme priorités ne sont pas
    abandonnés : ils restent traités dans le fonctionnement régulier, conformément aux directives en
    vigueur et aux demandes des autorités judiciaires.

    - Gestion intégrée des frontières (thème 4) : la zone ne compte aucune frontière extérieure de
      l'espace Schengen, ni aéroport, ni port. Elle contribue aux contrôles ciblés sur le territoire
      lorsque les autorités le demandent, notamment par la capacité hypothéquée (HyCap).
    - Mettre l'accent sur les points d'entrée (sous-thème 1.5) : aucun port, aéroport ou nœud
      logistique international ne se trouve sur le territoire. Les plateformes logistiques du parc
      des Hauts-Prés font l'objet d'une attention dans le travail de quartier et les signaux sont
      transmis à la police judiciaire fédérale.
    - Fraude fiscale (sous-thème 6.2) : la lutte contre la fraude fiscale organisée relève de la
      police fédérale et de l'administration fiscale. La zone détecte les indices de fraude dans son
      travail quotidien (activités commerciales irrégulières, sociétés éphémères) et les signale au
      parquet.
    - Fraude sociale (sous-thème 6.1) : les agents de quartier effectuent les enquêtes de domicile
      et signalent les situations suspectes aux CPAS et aux services d'inspection ; la zone
      participe aux contrôles organisés par l'auditorat du travail.
    - Traite des êtres humains, trafic d'armes, corruption et blanchiment (sous-thèmes 1.3, 1.4, 1.6
      et 1.7) : aucun dossier significatif sur la période 2021-2024. La première ligne détecte les
      signaux (contrôles horeca, détention d'armes, commerces suspects) et le SER les transmet à la
      police judiciaire fédérale de Namur.
    - Violence liée à la drogue (sous-thème 1.2) : aucun fait de violence grave lié au trafic n'a
      été enregistré. La vigilance est assurée dans le cadre de la priorité P2.
    - Radicalisme, extrémisme violent et terrorisme (thème 3) : la cellule de sécurité intégrale
      locale et le travail de quartier assurent la détection et le suivi.
    - Cybercriminalité (thème 2) : les enquêtes relèvent surtout des unités spécialisées ; la zone
      en fait un point d'attention (PA2), centré sur la prévention et l'accueil des victimes.
""")

COMMUNICATION_INTERNAL = _t("""
    Un plan n'est mis en œuvre que s'il est connu et compris de ceux qui le réalisent. La
    communication interne vise à ce que chaque membre du personnel sache quelles sont les priorités,
    pourquoi elles ont été choisies et ce que l'on attend de lui :
    - des séances d'information par service, animées par le chef de corps, en avril et mai 2026 ;
    - une page de l'intranet zonal consacrée au plan, avec les plans d'action et le tableau de bord
      des indicateurs, actualisé chaque trimestre ;
    - les briefings quotidiens des équipes d'intervention et de proximité, qui relaient les
      consignes liées aux priorités (zones sensibles pour les cambriolages, contrôles routiers,
      lieux de deal) ;
    - un comité de pilotage mensuel réunissant la direction et les responsables des plans d'action ;
    - la lettre d'information interne « Entre nous », publiée tous les deux mois ;
    - un module consacré au plan zonal et aux valeurs dans l'accueil des nouveaux collaborateurs ;
    - une enquête sur le bien-être au travail tous les deux ans et une boîte à idées numérique.
""")

COMMUNICATION_EXTERNAL = _t("""
    La communication externe rend compte aux autorités et à la population de nos choix et de nos
    résultats, et soutient directement les objectifs de prévention :
    - la présentation du plan au conseil de police et aux conseils communaux des trois communes ;
    - la publication d'une version publique du plan sur le site internet de la zone ;
    - la page Facebook de la zone : campagnes de prévention (cambriolages, escroqueries en ligne,
      vitesse), annonce des contrôles et bilans des actions ;
    - une rubrique « Votre police » dans les bulletins communaux des trois communes ;
    - des communiqués à la presse locale et régionale, et une conférence de presse annuelle sur le
      bilan du plan ;
    - des réunions citoyennes et le soutien aux partenariats locaux de prévention (PLP) ;
    - le rapport annuel présenté au conseil zonal de sécurité et au conseil de police ;
    - un échange régulier avec le parquet, le DirCo et les services de prévention communaux.
""")

# ---------------------------------------------------------------------------------------- attentes

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

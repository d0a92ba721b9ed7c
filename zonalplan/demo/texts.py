"""Texts of the built-in demo plan (a fictional Walloon zone), kept apart from its structure.

Texts are written wrapped for the source file and unwrapped by ``richtext.unwrap``.
"""

from __future__ import annotations

from zonalplan.model.richtext import unwrap as _t

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


# Expectations, objectives and decisions live in texts_strategy.py.
from zonalplan.demo.texts_strategy import (  # noqa: E402 - re-exported for demo.py
    CAPACITY_NOTE,
    DECISIONS,
    EXPECTATIONS,
    OBJECTIVES,
)

__all__ = ["CAPACITY_NOTE", "DECISIONS", "EXPECTATIONS", "OBJECTIVES"]

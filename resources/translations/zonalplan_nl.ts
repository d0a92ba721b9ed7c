<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/session.py" line="304"/>
        <source>Le fichier d&apos;origine ne s&apos;ouvre plus ({}) : l&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation>Het oorspronkelijke bestand opent niet meer ({}): de herstelde toestand wordt geopend als een nieuw plan, op te slaan onder een andere naam.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="308"/>
        <source>Restaurer l&apos;état récupéré</source>
        <translation>Herstelde toestand terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="310"/>
        <source>{} L&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation>{} De herstelde toestand wordt geopend als een nieuw plan, op te slaan onder een andere naam.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="83"/>
        <source>%1 T%2</source>
        <translation>%1 K%2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="90"/>
        <source>aucune mesure</source>
        <translation>geen meting</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="92"/>
        <source>valeur de départ ou cible manquante</source>
        <translation>beginwaarde of streefwaarde ontbreekt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="93"/>
        <source>mesure %1 en %2, attendu %3 ; retard de %4 % de la distance à la cible</source>
        <translation>meting %1 in %2, verwacht %3; achterstand van %4 % van de afstand tot de streefwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="95"/>
        <source>mesure %1 en %2, attendu %3 ; avance de %4 % de la distance à la cible</source>
        <translation>meting %1 in %2, verwacht %3; voorsprong van %4 % van de afstand tot de streefwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="125"/>
        <source>À propos de ZonalPlan</source>
        <translation>Over ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="93"/>
        <source>{} : ouverture impossible ({}).</source>
        <translation>{}: openen onmogelijk ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="98"/>
        <source>Ouverture impossible</source>
        <translation>Openen onmogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="130"/>
        <source>Démonstration indisponible</source>
        <translation>Demonstratie niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="183"/>
        <source>Création impossible</source>
        <translation>Aanmaken onmogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="204"/>
        <location filename="../../ui/shell/window_files.py" line="224"/>
        <source>Enregistrement impossible</source>
        <translation>Opslaan onmogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="206"/>
        <source>Plan enregistré.</source>
        <translation>Plan opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="249"/>
        <source>Récupération impossible</source>
        <translation>Herstel onmogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="257"/>
        <source>Récupération</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="273"/>
        <source>Aucun plan récent</source>
        <translation>Geen recente plannen</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <location filename="../../ui/followup/actions.py" line="52"/>
        <source>Points d&apos;attention aussi</source>
        <translation>Ook aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="54"/>
        <source>Reprendre les actions ouvertes de l&apos;année précédente</source>
        <translation>Openstaande acties van het vorige jaar overnemen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="79"/>
        <location filename="../../ui/followup/actions.py" line="249"/>
        <source>Ajouter une action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="80"/>
        <source>Supprimer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="81"/>
        <source>Monter</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="82"/>
        <source>Descendre</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="92"/>
        <source>Année :</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="170"/>
        <source>%1 (%2 action(s))</source>
        <translation>%1 (%2 actie(s))</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="185"/>
        <source>Aucune priorité dans le plan : ajoutez-en dans « Stratégie et priorités ».</source>
        <translation>Geen prioriteiten in het plan: voeg ze toe in « Strategie en prioriteiten ».</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="188"/>
        <source>sans responsable</source>
        <translation>zonder verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="189"/>
        <source>%1 — plan d&apos;action %2 — responsable : %3</source>
        <translation>%1 — actieplan %2 — verantwoordelijke: %3</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="248"/>
        <source>Nouvelle action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="263"/>
        <source>Supprimer une action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="274"/>
        <source>Déplacer une action</source>
        <translation>Actie verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="284"/>
        <source>Aucune action ouverte en %1 à reprendre.</source>
        <translation>Geen openstaande acties uit %1 om over te nemen.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="288"/>
        <source>Reprendre %1 action(s) ouverte(s) de %2</source>
        <translation>%1 openstaande actie(s) uit %2 overnemen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="292"/>
        <source>%1 action(s) reprise(s) de %2 : Ctrl+Z les retire toutes.</source>
        <translation>%1 actie(s) overgenomen uit %2: Ctrl+Z verwijdert ze allemaal.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="34"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="34"/>
        <source>Responsable</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="34"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Début</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Fin</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Heures</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="36"/>
        <source>Commentaire</source>
        <translation>Commentaar</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="108"/>
        <source>Modifier « %1 » d&apos;une action</source>
        <translation>« %1 » van een actie wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="119"/>
        <source>Une action a besoin d&apos;un intitulé.</source>
        <translation>Een actie heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="126"/>
        <source>Date attendue, par exemple 15/03/2027.</source>
        <translation>Datum verwacht, bijvoorbeeld 15/03/2027.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="131"/>
        <source>Nombre d&apos;heures attendu, par exemple 120.</source>
        <translation>Aantal uren verwacht, bijvoorbeeld 120.</translation>
    </message>
</context>
<context>
    <name>AlignmentPanel</name>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="28"/>
        <source>Alignement national</source>
        <translation>Nationale afstemming</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="46"/>
        <location filename="../../ui/alignment_panel/panel.py" line="100"/>
        <source>Vérification en cours…</source>
        <translation>Controle bezig…</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="95"/>
        <source>Aucune remarque : le plan est aligné.</source>
        <translation>Geen opmerkingen: het plan is afgestemd.</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="96"/>
        <source>À jour.</source>
        <translation>Bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="135"/>
        <source>retenus</source>
        <translation>weerhouden</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="135"/>
        <source>régulier</source>
        <translation>reguliere werking</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="135"/>
        <source>non retenus</source>
        <translation>niet weerhouden</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="136"/>
        <source>indécis</source>
        <translation>onbeslist</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="141"/>
        <source>Thèmes du PNS :</source>
        <translation>Thema&apos;s van het NVP:</translation>
    </message>
</context>
<context>
    <name>AlignmentPanelView</name>
    <message>
        <location filename="../../ui/alignment_panel/panel_view.py" line="28"/>
        <source>Vérifier</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel_view.py" line="29"/>
        <source>Relancer la vérification du plan maintenant</source>
        <translation>De controle van het plan nu opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel_view.py" line="41"/>
        <source>Remarques de la vérification</source>
        <translation>Opmerkingen van de controle</translation>
    </message>
</context>
<context>
    <name>ApprovalEditor</name>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="93"/>
        <source>Aucun membre : ajoutez-les au chapitre « Zone et CZS ».</source>
        <translation>Geen leden: voeg ze toe in het hoofdstuk &apos;Zone en ZVR&apos;.</translation>
    </message>
</context>
<context>
    <name>ApprovalView</name>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="29"/>
        <source>date de la décision du CZS</source>
        <translation>datum van de beslissing van de ZVR</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="31"/>
        <source>lieu de signature</source>
        <translation>plaats van ondertekening</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="32"/>
        <source>Commune où le CZS signe le plan</source>
        <translation>Gemeente waar de ZVR het plan ondertekent</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="35"/>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="36"/>
        <source>Projet soumis au CZS</source>
        <translation>Ontwerp voorgelegd aan de ZVR</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="40"/>
        <source>mention de classification</source>
        <translation>classificatievermelding</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="41"/>
        <source>Aucune (laisser vide)</source>
        <translation>Geen (leeg laten)</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="45"/>
        <source>date d&apos;envoi aux ministres</source>
        <translation>datum van verzending aan de ministers</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="47"/>
        <source>date d&apos;approbation ministérielle</source>
        <translation>datum van ministeriële goedkeuring</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="48"/>
        <source>Conseil zonal de sécurité</source>
        <translation>Zonale veiligheidsraad</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="50"/>
        <source>Date de la décision du CZS</source>
        <translation>Datum van de beslissing van de ZVR</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="51"/>
        <source>Lieu de signature</source>
        <translation>Plaats van ondertekening</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="52"/>
        <source>Version du document</source>
        <translation>Versie van het document</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="53"/>
        <source>Mention de classification</source>
        <translation>Classificatievermelding</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="54"/>
        <source>Ministres de l&apos;Intérieur et de la Justice (art. 37 §3 LPI)</source>
        <translation>Ministers van Binnenlandse Zaken en van Justitie (art. 37 §3 WGP)</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="57"/>
        <source>Date d&apos;envoi aux ministres</source>
        <translation>Datum van verzending aan de ministers</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="58"/>
        <source>Date d&apos;approbation</source>
        <translation>Datum van goedkeuring</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="59"/>
        <source>Signataires (membres du CZS)</source>
        <translation>Ondertekenaars (leden van de ZVR)</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="33"/>
        <source>Valeur de départ depuis les données</source>
        <translation>Beginwaarde uit de gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="46"/>
        <source>Série :</source>
        <translation>Reeks:</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="47"/>
        <source>Année :</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="48"/>
        <source>Source :</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="51"/>
        <source>Reprendre</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="52"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="57"/>
        <source>Le plan ne contient pas encore de données : importez-les dans « Données de la zone ».</source>
        <translation>Het plan bevat nog geen gegevens: importeer ze in « Gegevens van de zone ».</translation>
    </message>
</context>
<context>
    <name>BoundDateEdit</name>
    <message>
        <location filename="../../ui/binding/widgets.py" line="203"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location filename="../../ui/binding/widgets.py" line="208"/>
        <source>Choisir dans le calendrier</source>
        <translation>Kiezen in de kalender</translation>
    </message>
</context>
<context>
    <name>BulletTextEdit</name>
    <message>
        <location filename="../../ui/widgets/text_edit.py" line="66"/>
        <source>Une ligne commençant par « - » est une puce. Tab : puce ou retrait ; Maj+Tab : retrait arrière ; ligne vide : nouveau paragraphe.</source>
        <translation>Een regel die begint met &apos;-&apos; is een opsommingsteken. Tab: opsommingsteken of inspringen; Shift+Tab: uitspringen; lege regel: nieuwe alinea.</translation>
    </message>
</context>
<context>
    <name>CapacityChart</name>
    <message>
        <location filename="../../ui/capacity/chart.py" line="31"/>
        <source>Graphique indisponible (QtCharts absent).</source>
        <translation>Grafiek niet beschikbaar (QtCharts ontbreekt).</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="52"/>
        <source>Priorités et points d&apos;attention</source>
        <translation>Prioriteiten en aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="53"/>
        <source>Missions fédérales</source>
        <translation>Federale opdrachten</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="55"/>
        <location filename="../../ui/capacity/chart.py" line="62"/>
        <source>Non attribué</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="65"/>
        <source>Répartition de la capacité (ETP)</source>
        <translation>Verdeling van de capaciteit (VTE)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="67"/>
        <source>Répartition de la capacité — surallocation</source>
        <translation>Verdeling van de capaciteit — overbezetting</translation>
    </message>
</context>
<context>
    <name>CapacityEditor</name>
    <message>
        <location filename="../../ui/capacity/editor.py" line="49"/>
        <source>Modifier l&apos;effectif</source>
        <translation>Personeelsbestand wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="51"/>
        <source>Modifier la capacité disponible</source>
        <translation>Beschikbare capaciteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="53"/>
        <source>Modifier les missions fédérales</source>
        <translation>Federale opdrachten wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="55"/>
        <source>Date de référence</source>
        <translation>Referentiedatum</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="57"/>
        <source>Modifier le commentaire de capacité</source>
        <translation>Commentaar bij de capaciteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="134"/>
        <source>ETP</source>
        <translation>VTE</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="136"/>
        <source>Fonctionnalités de base</source>
        <translation>Basisfunctionaliteiten</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="137"/>
        <source>Priorités et points d&apos;attention</source>
        <translation>Prioriteiten en aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="138"/>
        <source>Missions fédérales</source>
        <translation>Federale opdrachten</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="148"/>
        <source>non renseignée</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="161"/>
        <source>Surallocation : la capacité attribuée (%1 ETP) dépasse la capacité disponible (%2 ETP) de %3 ETP. Réduisez la capacité affectée aux fonctionnalités ou aux objectifs, ou vérifiez la capacité disponible.</source>
        <translation>Overbezetting: de toegewezen capaciteit (%1 VTE) overschrijdt de beschikbare capaciteit (%2 VTE) met %3 VTE. Verminder de capaciteit voor de functionaliteiten of de doelstellingen, of controleer de beschikbare capaciteit.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="23"/>
        <source>Total attribué</source>
        <translation>Totaal toegewezen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="24"/>
        <source>Capacité disponible</source>
        <translation>Beschikbare capaciteit</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="25"/>
        <source>Reste à attribuer</source>
        <translation>Nog toe te wijzen</translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="44"/>
        <source>Fonctionnalités de base</source>
        <translation>Basisfunctionaliteiten</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="45"/>
        <source>Fonctionnalités de base (ETP)</source>
        <translation>Basisfunctionaliteiten (VTE)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="47"/>
        <source>Capacité des objectifs</source>
        <translation>Capaciteit van de doelstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="48"/>
        <source>Priorités et points d&apos;attention (ETP)</source>
        <translation>Prioriteiten en aandachtspunten (VTE)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="56"/>
        <source>Commentaire : mode de calcul, absences déduites, capacité des services d&apos;appui…</source>
        <translation>Commentaar: berekeningswijze, afgetrokken afwezigheden, capaciteit van de ondersteunende diensten…</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="59"/>
        <source>Commentaire</source>
        <translation>Commentaar</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="74"/>
        <source>Capacité disponible</source>
        <translation>Beschikbare capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="79"/>
        <source>ex. 78</source>
        <translation>bv. 78</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="81"/>
        <source>ex. 72</source>
        <translation>bv. 72</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="83"/>
        <source>ex. 1,2</source>
        <translation>bv. 1,2</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="85"/>
        <source>Date de référence</source>
        <translation>Referentiedatum</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="86"/>
        <source>Effectif (personnes)</source>
        <translation>Personeelsbestand (personen)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="87"/>
        <source>Capacité disponible (ETP)</source>
        <translation>Beschikbare capaciteit (VTE)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="88"/>
        <source>Missions fédérales (ETP)</source>
        <translation>Federale opdrachten (VTE)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="97"/>
        <source>Capacité attribuée</source>
        <translation>Toegewezen capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="127"/>
        <source>Heures/an</source>
        <translation>Uren/jaar</translation>
    </message>
</context>
<context>
    <name>ChapterNavigator</name>
    <message>
        <location filename="../../ui/sections/navigator.py" line="108"/>
        <source>État : {}</source>
        <translation>Status: {}</translation>
    </message>
    <message>
        <location filename="../../ui/sections/navigator.py" line="111"/>
        <source>{} erreur(s) d&apos;alignement</source>
        <translation>{} afstemmingsfout(en)</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../ui/objectives/chips.py" line="35"/>
        <source>Pourquoi cette suggestion :</source>
        <translation>Waarom deze suggestie:</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/chips.py" line="36"/>
        <source>Cliquez pour lier l&apos;objectif à cet élément.</source>
        <translation>Klik om de doelstelling aan dit element te koppelen.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/chips.py" line="38"/>
        <source>Suggestion : %1</source>
        <translation>Suggestie: %1</translation>
    </message>
</context>
<context>
    <name>CommunesPage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="114"/>
        <source>Les communes</source>
        <translation>De gemeenten</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="115"/>
        <source>Une ligne par commune. La population sert aux normes (un inspecteur de quartier par 4 000 habitants).</source>
        <translation>Eén regel per gemeente. Het inwonersaantal dient voor de normen (één wijkinspecteur per 4 000 inwoners).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="117"/>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="117"/>
        <source>Population</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="118"/>
        <source>Code INS</source>
        <translation>NIS-code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="120"/>
        <source>Ajouter une commune</source>
        <translation>Gemeente toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="121"/>
        <source>Supprimer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="169"/>
        <source>Indiquez au moins une commune.</source>
        <translation>Vermeld minstens één gemeente.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="174"/>
        <source>Le code INS compte 5 chiffres ({}).</source>
        <translation>De NIS-code telt 5 cijfers ({}).</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/review/compare.py" line="235"/>
        <source>Comparaison de deux zones — ZonalPlan</source>
        <translation>Vergelijking van twee zones — ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="237"/>
        <source>Comparaison de deux versions — ZonalPlan</source>
        <translation>Vergelijking van twee versies — ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="242"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>CompareLayout</name>
    <message>
        <location filename="../../ui/review/compare_view.py" line="49"/>
        <source>Masquer ce qui n&apos;a pas changé</source>
        <translation>Verbergen wat niet gewijzigd is</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="51"/>
        <source>Précédente</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="52"/>
        <source>Différence précédente (Alt+Haut)</source>
        <translation>Vorig verschil (Alt+Omhoog)</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="54"/>
        <source>Suivante</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="55"/>
        <source>Différence suivante (Alt+Bas)</source>
        <translation>Volgend verschil (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="57"/>
        <source>Exporter le rapport (DOCX)</source>
        <translation>Rapport exporteren (DOCX)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="154"/>
        <source>texte ajouté</source>
        <translation>tekst toegevoegd</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="155"/>
        <source>texte supprimé</source>
        <translation>tekst verwijderd</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="156"/>
        <source>champ modifié</source>
        <translation>veld gewijzigd</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/review/compare.py" line="62"/>
        <source>« {} » comparé à « {} »</source>
        <translation>&apos;{}&apos; vergeleken met &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="64"/>
        <source>Avant — {}</source>
        <translation>Vóór — {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="65"/>
        <source>Après — {}</source>
        <translation>Na — {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="117"/>
        <source>Aucune différence de contenu.</source>
        <translation>Geen inhoudelijke verschillen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="118"/>
        <source>{} rubrique(s) avec des différences.</source>
        <translation>{} rubriek(en) met verschillen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="203"/>
        <source>Exporter le rapport de comparaison</source>
        <translation>Vergelijkingsrapport exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="209"/>
        <source>Export du rapport en cours…</source>
        <translation>Rapport wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="212"/>
        <source>Export du rapport de comparaison…</source>
        <translation>Vergelijkingsrapport exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="217"/>
        <source>Rapport écrit : {}</source>
        <translation>Rapport geschreven: {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="223"/>
        <source>Le rapport n&apos;a pas pu être écrit ({}).</source>
        <translation>Het rapport kon niet worden geschreven ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="225"/>
        <source>Export impossible</source>
        <translation>Exporteren onmogelijk</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="44"/>
        <source>Fusion de zones</source>
        <translation>Fusie van zones</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="44"/>
        <source>Nouveau cycle</source>
        <translation>Nieuwe cyclus</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="50"/>
        <source>&lt; Précédent</source>
        <translation>&lt; Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="52"/>
        <source>Vérifier &gt;</source>
        <translation>Controleren &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="54"/>
        <source>Créer le plan…</source>
        <translation>Plan maken…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="70"/>
        <source>Choisissez le plan de chacune des zones qui fusionnent. Le premier plan de la zone fusionnée additionne les communes, populations et capacités, réunit les membres du CZS et propose les objectifs de toutes les zones comme candidats ; les décisions nationales qui diffèrent restent à prendre.</source>
        <translation>Kies het plan van elk van de zones die fuseren. Het eerste plan van de gefuseerde zone telt de gemeenten, bevolking en capaciteit op, voegt de leden van de ZVR samen en stelt de doelstellingen van alle zones voor als kandidaten; nationale beslissingen die verschillen, moeten nog genomen worden.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="76"/>
        <source>Choisissez le plan qui se termine. Le nouveau plan garde la zone, ses communes, le CZS et les textes permanents, remplit « Enseignements du plan précédent » à partir de l&apos;évaluation et propose les objectifs comme candidats, sans les reprendre comme décidés.</source>
        <translation>Kies het plan dat afloopt. Het nieuwe plan behoudt de zone, haar gemeenten, de ZVR en de vaste teksten, vult « Lessen uit het vorige plan » in op basis van de evaluatie en stelt de doelstellingen voor als kandidaten, zonder ze als beslist over te nemen.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="84"/>
        <source>Ajouter un plan…</source>
        <translation>Plan toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="85"/>
        <source>Retirer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="98"/>
        <source>Première année du nouveau plan :</source>
        <translation>Eerste jaar van het nieuwe plan:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="102"/>
        <source>Plans des zones :</source>
        <translation>Plannen van de zones:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="103"/>
        <source>Plan précédent :</source>
        <translation>Vorig plan:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="113"/>
        <source>Vérifiez le nouveau plan avant sa création. Rien n&apos;est encore écrit.</source>
        <translation>Controleer het nieuwe plan voordat het wordt aangemaakt. Er is nog niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="136"/>
        <source>« %1 » est déjà dans la liste.</source>
        <translation>« %1 » staat al in de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="144"/>
        <source>« %1 » ne peut pas être lu : %2</source>
        <translation>« %1 » kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="174"/>
        <source>Ajoutez le plan de chacune des zones qui fusionnent (au moins deux).</source>
        <translation>Voeg het plan toe van elk van de zones die fuseren (minstens twee).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="175"/>
        <source>Ajoutez le plan précédent.</source>
        <translation>Voeg het vorige plan toe.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="193"/>
        <source>Zone sans nom</source>
        <translation>Zone zonder naam</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="194"/>
        <source>%1 commune(s)</source>
        <translation>%1 gemeente(n)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="198"/>
        <source>%1 membre(s) du CZS</source>
        <translation>%1 lid (leden) van de ZVR</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="199"/>
        <source>%1 objectif(s) candidat(s), aucun objectif décidé</source>
        <translation>%1 kandidaat-doelstelling(en), nog geen doelstelling beslist</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="201"/>
        <source>%1 décision(s) nationale(s) reprise(s)</source>
        <translation>%1 nationale beslissing(en) overgenomen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="208"/>
        <source>Décisions nationales à prendre (les zones divergent)</source>
        <translation>Te nemen nationale beslissingen (de zones verschillen)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="215"/>
        <source>Objectifs candidats</source>
        <translation>Kandidaat-doelstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="228"/>
        <source>zone-fusionnee</source>
        <translation>gefuseerde-zone</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="62"/>
        <source>À savoir</source>
        <translation>Goed om te weten</translation>
    </message>
</context>
<context>
    <name>CzsPage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="222"/>
        <source>Le conseil zonal de sécurité</source>
        <translation>De zonale veiligheidsraad</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="223"/>
        <source>Membres de droit (art. 35 LPI) : le ou les bourgmestres, le procureur du Roi, le chef de corps et le DirCo. Laissez vide un nom encore inconnu : la ligne sera ignorée.</source>
        <translation>Leden van rechtswege (art. 35 WGP): de burgemeester(s), de procureur des Konings, de korpschef en de DirCo. Laat een nog onbekende naam leeg: die regel wordt genegeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="226"/>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="226"/>
        <source>Rôle</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="226"/>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="228"/>
        <source>Ajouter un membre</source>
        <translation>Lid toevoegen</translation>
    </message>
</context>
<context>
    <name>DashboardEditor</name>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="169"/>
        <source>Tous les domaines</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="174"/>
        <source>Tous les types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="201"/>
        <source>Règle : %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="204"/>
        <source>Filtrer :</source>
        <translation>Filteren:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="226"/>
        <source>Tous les responsables</source>
        <translation>Alle verantwoordelijken</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="54"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="54"/>
        <source>Objectif</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="54"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="55"/>
        <source>Responsable</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="55"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="55"/>
        <source>Dernière valeur</source>
        <translation>Laatste waarde</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="56"/>
        <source>Tendance</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>DataEditor</name>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="79"/>
        <source>Lecture de « {} »…</source>
        <translation>« {} » wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="94"/>
        <source>Import de « {} »…</source>
        <translation>« {} » wordt geïmporteerd…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="100"/>
        <location filename="../../ui/evidence/data_editor.py" line="108"/>
        <source>Codes fusionnés</source>
        <translation>Gefuseerde codes</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="101"/>
        <source>Anciens codes INS à compter comme une commune du plan, ANCIEN=NOUVEAU séparés par des virgules (ex. 57081=57097) :</source>
        <translation>Oude NIS-codes die als een gemeente van het plan tellen, OUD=NIEUW gescheiden door komma&apos;s (bv. 57081=57097):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="142"/>
        <source>Importer des données</source>
        <translation>Gegevens importeren</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="143"/>
        <source>Données (*.txt *.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Gegevens (*.txt *.csv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="150"/>
        <source>Remplacer les données</source>
        <translation>Gegevens vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="151"/>
        <source>Le plan contient déjà « {} ». Le remplacer par ce fichier ?</source>
        <translation>Het plan bevat al « {} ». Vervangen door dit bestand?</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="152"/>
        <source>Remplacer</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="158"/>
        <source>Importer « {} »</source>
        <translation>« {} » importeren</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="161"/>
        <location filename="../../ui/evidence/data_editor.py" line="179"/>
        <source>Import refusé</source>
        <translation>Import geweigerd</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="168"/>
        <source>Valeurs de départ à revoir après cet import : {}</source>
        <translation>Te herziene beginwaarden na deze import: {}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="171"/>
        <source>Données importées</source>
        <translation>Gegevens geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="172"/>
        <source>« {} » : {} ligne(s) gardée(s).</source>
        <translation>« {} »: {} rij(en) behouden.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="181"/>
        <source>Lecture du fichier impossible.</source>
        <translation>Het bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="187"/>
        <source>Retirer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="187"/>
        <source>Retirer « {} »</source>
        <translation>« {} » verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="217"/>
        <source>Aucune donnée importée. « Importer… » lit les fichiers Statbel, les statistiques policières, une enquête ou tout tableau.</source>
        <translation>Geen gegevens geïmporteerd. « Importeren… » leest Statbel-bestanden, politiële criminaliteitsstatistieken, een bevraging of elke tabel.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="224"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Fichier : {file}&lt;br&gt;Importé le : {date}&lt;br&gt;Source : {source}&lt;br&gt;Lignes gardées : {kept} sur {read}&lt;br&gt;Empreinte : {sha}…</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Bestand: {file}&lt;br&gt;Geïmporteerd op: {date}&lt;br&gt;Bron: {source}&lt;br&gt;Rijen behouden: {kept} van {read}&lt;br&gt;Vingerafdruk: {sha}…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="268"/>
        <source>Zone (total)</source>
        <translation>Zone (totaal)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="281"/>
        <source>Évolution {} → {} : {} %</source>
        <translation>Evolutie {} → {}: {} %</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="29"/>
        <source>Remarques :</source>
        <translation>Opmerkingen:</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="32"/>
        <source>Jeux de données</source>
        <translation>Gegevenssets</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="33"/>
        <source>Importer…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="35"/>
        <source>Importer un fichier de données (Statbel, police, enquête ou tout tableau CSV/xlsx)</source>
        <translation>Een gegevensbestand importeren (Statbel, politie, bevraging of elke CSV/xlsx-tabel)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="37"/>
        <source>Retirer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="39"/>
        <source>Codes fusionnés…</source>
        <translation>Gefuseerde codes…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="41"/>
        <source>Codes INS d&apos;avant les fusions du 1er janvier 2025 à compter comme une commune du plan</source>
        <translation>NIS-codes van vóór de fusies van 1 januari 2025 die als een gemeente van het plan tellen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="70"/>
        <source>Série</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="73"/>
        <source>pour 1 000 habitants</source>
        <translation>per 1 000 inwoners</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="76"/>
        <source>Série :</source>
        <translation>Reeks:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="93"/>
        <source>&lt;b&gt;Jeux de données du plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gegevenssets van het plan&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DecisionsEditor</name>
    <message>
        <location filename="../../ui/decisions/editor.py" line="54"/>
        <source>Modifier la justification</source>
        <translation>Motivering wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="55"/>
        <source>Choisir une décision nationale</source>
        <translation>Een nationale beslissing kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="56"/>
        <source>Retirer une décision nationale</source>
        <translation>Een nationale beslissing intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="200"/>
        <source>Choisissez d&apos;abord une décision, puis justifiez-la.</source>
        <translation>Kies eerst een beslissing en motiveer ze dan.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="203"/>
        <source>Pourquoi ce choix : image de la criminalité de la zone, capacité, approche par d&apos;autres acteurs…</source>
        <translation>Waarom deze keuze: criminaliteitsbeeld van de zone, capaciteit, aanpak door andere actoren…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="210"/>
        <source>Objectifs liés : %1</source>
        <translation>Gekoppelde doelstellingen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="212"/>
        <source>liens secondaires : %1</source>
        <translation>secundaire koppelingen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="215"/>
        <source>Aucun objectif du plan n&apos;est lié à ce thème.</source>
        <translation>Geen enkele doelstelling van het plan is aan dit thema gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="223"/>
        <source>retenus</source>
        <translation>weerhouden</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="224"/>
        <source>fonctionnement régulier</source>
        <translation>reguliere werking</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="225"/>
        <source>non retenus</source>
        <translation>niet weerhouden</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="226"/>
        <source>indécis</source>
        <translation>onbeslist</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../ui/decisions/model.py" line="96"/>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="96"/>
        <source>Thème du PNS</source>
        <translation>Thema van het NVP</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="96"/>
        <source>Décision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="97"/>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="97"/>
        <source>Objectifs liés</source>
        <translation>Gekoppelde doelstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="98"/>
        <source>Texte officiel</source>
        <translation>Officiële tekst</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="100"/>
        <source>Retenu (priorité)</source>
        <translation>Weerhouden (prioriteit)</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="101"/>
        <source>Fonctionnement régulier – point d&apos;attention</source>
        <translation>Reguliere werking – aandachtspunt</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="102"/>
        <location filename="../../ui/decisions/model.py" line="108"/>
        <source>Non retenu</source>
        <translation>Niet weerhouden</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="103"/>
        <location filename="../../ui/decisions/model.py" line="109"/>
        <source>(indécis)</source>
        <translation>(onbeslist)</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="106"/>
        <source>Retenu</source>
        <translation>Weerhouden</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="107"/>
        <source>Fonct. régulier</source>
        <translation>Regulier</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="203"/>
        <source>(facultatif)</source>
        <translation>(facultatief)</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="212"/>
        <source>Afficher…</source>
        <translation>Tonen…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="218"/>
        <source>Objectifs du plan liés à ce thème ou à ses objectifs ; entre parenthèses, les liens secondaires.</source>
        <translation>Doelstellingen van het plan die aan dit thema of aan zijn doelstellingen gekoppeld zijn; tussen haakjes de secundaire koppelingen.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="221"/>
        <source>Afficher le texte officiel du PNS pour ce thème</source>
        <translation>De officiële tekst van het NVP voor dit thema tonen</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="225"/>
        <source>Le PNS ne fixe pas d&apos;objectif à la police locale pour ce thème : la décision est facultative.</source>
        <translation>Het NVP legt de lokale politie voor dit thema geen doelstelling op: de beslissing is facultatief.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="228"/>
        <source>Double-cliquez pour choisir la décision de la zone</source>
        <translation>Dubbelklik om de beslissing van de zone te kiezen</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="42"/>
        <source>Thèmes du PNS</source>
        <translation>Thema&apos;s van het NVP</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="75"/>
        <source>Décision de la zone</source>
        <translation>Beslissing van de zone</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="88"/>
        <source>Pourquoi ce choix : image de la criminalité de la zone, capacité, approche par d&apos;autres acteurs…</source>
        <translation>Waarom deze keuze: criminaliteitsbeeld van de zone, capaciteit, aanpak door andere actoren…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="100"/>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="105"/>
        <source>Texte officiel du thème</source>
        <translation>Officiële tekst van het thema</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="106"/>
        <source>Texte officiel dans une fenêtre…</source>
        <translation>Officiële tekst in een venster…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="110"/>
        <source>Texte officiel</source>
        <translation>Officiële tekst</translation>
    </message>
</context>
<context>
    <name>DockSlot</name>
    <message>
        <location filename="../../ui/shell/docks.py" line="52"/>
        <location filename="../../ui/shell/docks.py" line="96"/>
        <source>Aucun plan ouvert</source>
        <translation>Geen plan geopend</translation>
    </message>
    <message>
        <location filename="../../ui/shell/docks.py" line="108"/>
        <source>Chargement du référentiel national…</source>
        <translation>Nationaal referentiekader wordt geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/docks.py" line="111"/>
        <source>Chargement…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="45"/>
        <source>Édition</source>
        <translation>Editie</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="46"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="47"/>
        <source>Origine</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="48"/>
        <source>Situation pour le plan</source>
        <translation>Stand voor het plan</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="59"/>
        <source>Éditions du référentiel national</source>
        <translation>Edities van het nationaal referentiekader</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="79"/>
        <source>Ce qui change pour le plan</source>
        <translation>Wat er voor het plan verandert</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="80"/>
        <source>Citer cette édition dans le plan</source>
        <translation>Deze editie in het plan vermelden</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="82"/>
        <source>Importer un paquet…</source>
        <translation>Pakket importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="83"/>
        <source>Ajouter une édition publiée par le fédéral (paquet de référence .zip)</source>
        <translation>Een door de federale overheid gepubliceerde editie toevoegen (referentiepakket .zip)</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="111"/>
        <source>Le plan est écrit selon : &lt;b&gt;%1&lt;/b&gt; (période %2–%3).</source>
        <translation>Het plan is opgesteld volgens: &lt;b&gt;%1&lt;/b&gt; (periode %2–%3).</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="166"/>
        <source>Le plan cite désormais %1 (Ctrl+Z pour annuler).</source>
        <translation>Het plan vermeldt nu %1 (Ctrl+Z om ongedaan te maken).</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="187"/>
        <source>Valable : %1–%2</source>
        <translation>Geldig: %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="190"/>
        <source>remplace %1</source>
        <translation>vervangt %1</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="215"/>
        <source>Importer un paquet de référence</source>
        <translation>Referentiepakket importeren</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="216"/>
        <source>Paquet de référence (*.zip)</source>
        <translation>Referentiepakket (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="233"/>
        <source>Édition %1 importée.</source>
        <translation>Editie %1 geïmporteerd.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="16"/>
        <source>Texte source : %1</source>
        <translation>Brontekst: %1</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="17"/>
        <source>Le plan cite cette édition.</source>
        <translation>Het plan vermeldt deze editie.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="18"/>
        <source>Ce qui change pour ce plan</source>
        <translation>Wat er voor dit plan verandert</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="19"/>
        <source>Rien ne change pour les éléments liés au plan.</source>
        <translation>Er verandert niets voor de aan het plan gekoppelde elementen.</translation>
    </message>
</context>
<context>
    <name>ExpectationsEditor</name>
    <message>
        <location filename="../../ui/sections/expectations.py" line="112"/>
        <source>Ajouter une attente</source>
        <translation>Verwachting toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="120"/>
        <source>Supprimer une attente</source>
        <translation>Verwachting verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="126"/>
        <source>Déplacer une attente</source>
        <translation>Verwachting verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="132"/>
        <source>Les auteurs attendus (chaque bourgmestre, le procureur du Roi, le gouverneur, le DirCo) sont déjà présents.</source>
        <translation>De verwachte auteurs (elke burgemeester, de procureur des Konings, de gouverneur, de DirCo) zijn al aanwezig.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="137"/>
        <source>Ajouter les auteurs attendus</source>
        <translation>Verwachte auteurs toevoegen</translation>
    </message>
</context>
<context>
    <name>ExpectationsView</name>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="36"/>
        <source>Auteurs des attentes</source>
        <translation>Auteurs van de verwachtingen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="41"/>
        <source>Ajouter</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="51"/>
        <source>Supprimer l&apos;auteur choisi</source>
        <translation>Gekozen auteur verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="54"/>
        <source>Monter</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="57"/>
        <source>Descendre</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="58"/>
        <source>Ajouter les auteurs attendus</source>
        <translation>Verwachte auteurs toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="59"/>
        <source>Chaque bourgmestre, le procureur du Roi, le gouverneur et la police fédérale (DirCo)</source>
        <translation>Elke burgemeester, de procureur des Konings, de gouverneur en de federale politie (DirCo)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="73"/>
        <source>type d&apos;auteur</source>
        <translation>soort auteur</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="74"/>
        <source>auteur</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="75"/>
        <source>Nom et fonction, par exemple « Claire Delvaux, bourgmestre de Rivemont »</source>
        <translation>Naam en functie, bijvoorbeeld &apos;Jan Peeters, burgemeester van Voorbeeldegem&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="78"/>
        <source>attentes</source>
        <translation>verwachtingen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="80"/>
        <source>Les attentes de cet auteur, une puce par attente (« - Lutter contre les cambriolages… »).</source>
        <translation>De verwachtingen van deze auteur, één opsommingsteken per verwachting (&apos;- Woninginbraken bestrijden…&apos;).</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="84"/>
        <source>Liste à puces</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="87"/>
        <source>Ajoutez un auteur : chaque bourgmestre, le procureur du Roi, le gouverneur, la police fédérale…</source>
        <translation>Voeg een auteur toe: elke burgemeester, de procureur des Konings, de gouverneur, de federale politie…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="92"/>
        <source>Type d&apos;auteur</source>
        <translation>Soort auteur</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="93"/>
        <source>Auteur</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="86"/>
        <source>Exporter le plan</source>
        <translation>Plan exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="118"/>
        <source>Choisissez où enregistrer le document.</source>
        <translation>Kies waar het document moet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="123"/>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation>De map &apos;%1&apos; bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="128"/>
        <source>Choisissez le dossier des modèles de la zone.</source>
        <translation>Kies de map met de sjablonen van de zone.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="168"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export geannuleerd: er werd geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="174"/>
        <source>Export en cours…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="247"/>
        <source>Document enregistré : %1</source>
        <translation>Document opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="252"/>
        <source>Export terminé.</source>
        <translation>Export voltooid.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="260"/>
        <source>L&apos;export a échoué : %1</source>
        <translation>De export is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="263"/>
        <source>Le plan n&apos;a pas été modifié.</source>
        <translation>Het plan is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="269"/>
        <source>Annulation demandée…</source>
        <translation>Annulering gevraagd…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="283"/>
        <source>Impossible d&apos;ouvrir « %1 ».</source>
        <translation>Kan &apos;%1&apos; niet openen.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="298"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="298"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="333"/>
        <source>LibreOffice n&apos;est pas installé sur cet ordinateur : l&apos;export PDF n&apos;est pas disponible. Ouvrez le document Word et enregistrez-le en PDF, ou installez LibreOffice.</source>
        <translation>LibreOffice is niet geïnstalleerd op deze computer: export naar pdf is niet beschikbaar. Open het Word-document en sla het op als pdf, of installeer LibreOffice.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../ui/export/export_view.py" line="37"/>
        <source>Plan zonal de sécurité (document complet)</source>
        <translation>Zonaal veiligheidsplan (volledig document)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="38"/>
        <source>Rapport d&apos;alignement seul (pour les relecteurs)</source>
        <translation>Alleen het afstemmingsrapport (voor nalezers)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="40"/>
        <source>Modèle Word</source>
        <translation>Word-sjabloon</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="41"/>
        <source>Modèle de ZonalPlan</source>
        <translation>Sjabloon van ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="42"/>
        <source>Modèle de la zone (dossier contenant plan.docx) :</source>
        <translation>Sjabloon van de zone (map met plan.docx):</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="50"/>
        <source>Aucun dossier choisi</source>
        <translation>Geen map gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="51"/>
        <source>Choisir…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="59"/>
        <source>Formats</source>
        <translation>Formaten</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="60"/>
        <source>Document Word (.docx)</source>
        <translation>Word-document (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="63"/>
        <source>Aussi en PDF (converti par LibreOffice)</source>
        <translation>Ook als pdf (omgezet door LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="66"/>
        <source>Ajouter les remarques ouvertes et les notes de relecture en commentaires Word</source>
        <translation>Open opmerkingen en naleesnotities als Word-commentaar toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="69"/>
        <source>Joindre le rapport d&apos;alignement en annexe (projet pour relecture ; à décocher pour la version envoyée aux ministres)</source>
        <translation>Het afstemmingsrapport als bijlage toevoegen (ontwerp ter nalezing; uitvinken voor de versie die naar de ministers gaat)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="82"/>
        <source>Chemin du document à écrire (.docx)</source>
        <translation>Pad van het te schrijven document (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="83"/>
        <source>Parcourir…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="88"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="89"/>
        <source>Enregistrer sous</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="102"/>
        <source>Ouvrir le document</source>
        <translation>Document openen</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="103"/>
        <source>Ouvrir le dossier</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="113"/>
        <source>Exporter</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="115"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="63"/>
        <source>Insérer une figure</source>
        <translation>Figuur invoegen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="82"/>
        <source>pour 1 000 habitants</source>
        <translation>per 1 000 inwoners</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="89"/>
        <source>Choisir l&apos;image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="90"/>
        <location filename="../../ui/evidence/figure_dialog.py" line="150"/>
        <source>Aucune image choisie.</source>
        <translation>Geen afbeelding gekozen.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="103"/>
        <source>au début du chapitre</source>
        <translation>aan het begin van het hoofdstuk</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="111"/>
        <source>Type :</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="112"/>
        <source>Séries :</source>
        <translation>Reeksen:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="114"/>
        <source>Ventilation :</source>
        <translation>Opsplitsing:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="115"/>
        <source>Image :</source>
        <translation>Afbeelding:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="116"/>
        <source>Après le paragraphe :</source>
        <translation>Na paragraaf:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="117"/>
        <source>Légende :</source>
        <translation>Bijschrift:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="121"/>
        <source>Insérer</source>
        <translation>Invoegen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="122"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="153"/>
        <source>{} ({} × {} pixels)</source>
        <translation>{} ({} × {} pixels)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="158"/>
        <source>Choisir une image</source>
        <translation>Een afbeelding kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="159"/>
        <source>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="188"/>
        <source>Choisissez une image PNG ou JPEG.</source>
        <translation>Kies een PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="194"/>
        <source>Aucune donnée d&apos;accidents à ventiler : importez-en d&apos;abord dans « Données de la zone ».</source>
        <translation>Geen ongevallengegevens om op te splitsen: importeer ze eerst in « Gegevens van de zone ».</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="200"/>
        <source>Cochez au moins une série.</source>
        <translation>Vink minstens één reeks aan.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="202"/>
        <source>Un graphique par commune montre une seule série ; un graphique d&apos;évolution ou un tableau, six au plus.</source>
        <translation>Een grafiek per gemeente toont één reeks; een evolutiegrafiek of een tabel hoogstens zes.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="69"/>
        <location filename="../../ui/evidence/figures_panel.py" line="141"/>
        <source>Figures du chapitre</source>
        <translation>Figuren van het hoofdstuk</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="78"/>
        <source>Insérer une figure…</source>
        <translation>Figuur invoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="80"/>
        <source>Monter</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="81"/>
        <source>Descendre</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="82"/>
        <source>Légende…</source>
        <translation>Bijschrift…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="83"/>
        <source>Retirer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="151"/>
        <location filename="../../ui/evidence/figures_panel.py" line="153"/>
        <source>Insérer une figure</source>
        <translation>Figuur invoegen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="165"/>
        <source>Déplacer une figure</source>
        <translation>Figuur verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="173"/>
        <source>Légende</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="173"/>
        <source>Légende de la figure :</source>
        <translation>Bijschrift van de figuur:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="177"/>
        <source>Modifier la légende</source>
        <translation>Bijschrift wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="183"/>
        <source>Retirer une figure</source>
        <translation>Figuur verwijderen</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="278"/>
        <source>Enregistrement</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="279"/>
        <source>Le plan est un seul fichier .zplan, à garder sur votre ordinateur ou sur un partage réseau.</source>
        <translation>Het plan is één .zplan-bestand, te bewaren op uw computer of op een netwerkschijf.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="284"/>
        <source>Laisser vide pour choisir plus tard</source>
        <translation>Leeg laten om later te kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="285"/>
        <source>Parcourir…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="287"/>
        <source>Rédiger ensuite le plan en mode guidé, chapitre par chapitre</source>
        <translation>Het plan daarna in begeleide modus opstellen, hoofdstuk per hoofdstuk</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="291"/>
        <source>Préparer les attentes de chaque bourgmestre, du procureur du Roi, du gouverneur et du DirCo</source>
        <translation>De verwachtingen van elke burgemeester, de procureur des Konings, de gouverneur en de DirCo voorbereiden</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="299"/>
        <source>Fichier du plan</source>
        <translation>Planbestand</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="331"/>
        <source>« {} » existe déjà : choisissez un autre nom.</source>
        <translation>&apos;{}&apos; bestaat al: kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="335"/>
        <source>Le dossier « {} » n&apos;existe pas.</source>
        <translation>De map &apos;{}&apos; bestaat niet.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/alignment_panel/findings_model.py" line="36"/>
        <source>Erreurs</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/findings_model.py" line="36"/>
        <source>Avertissements</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/findings_model.py" line="37"/>
        <source>Informations</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="6"/>
        <source>Zone et CZS</source>
        <translation>Zone en ZVR</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="7"/>
        <source>Chapitres</source>
        <translation>Hoofdstukken</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="8"/>
        <source>Attentes des autorités</source>
        <translation>Verwachtingen van de overheden</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="9"/>
        <source>Stratégie et priorités</source>
        <translation>Strategie en prioriteiten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="10"/>
        <source>Priorités nationales</source>
        <translation>Nationale prioriteiten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="11"/>
        <source>Capacité</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="12"/>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="13"/>
        <source>Approbation</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="14"/>
        <source>Période du plan</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="15"/>
        <source>Emplacement</source>
        <translation>Plaats</translation>
    </message>
</context>
<context>
    <name>FollowUpHome</name>
    <message>
        <location filename="../../ui/followup/home.py" line="25"/>
        <source>Après l&apos;approbation, le plan se suit pendant six ans : plans d&apos;action annuels, mesures des indicateurs, tableau de bord et rapports au conseil zonal de sécurité. Double-cliquez sur une partie pour l&apos;ouvrir.</source>
        <translation>Na de goedkeuring wordt het plan zes jaar lang opgevolgd: jaarlijkse actieplannen, metingen van de indicatoren, boordtabel en verslagen aan de zonale veiligheidsraad. Dubbelklik op een onderdeel om het te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="58"/>
        <source>Plans d&apos;action</source>
        <translation>Actieplannen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="59"/>
        <source>%1 action(s) en %2</source>
        <translation>%1 actie(s) in %2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="61"/>
        <source>Mesures</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="62"/>
        <source>%1 mesure(s) enregistrée(s)</source>
        <translation>%1 meting(en) geregistreerd</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="64"/>
        <source>Tableau de bord</source>
        <translation>Boordtabel</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="65"/>
        <source>%1 objectif(s), dont %2 « %3 »</source>
        <translation>%1 doelstelling(en), waarvan %2 « %3 »</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="67"/>
        <source>Rapports</source>
        <translation>Verslagen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="68"/>
        <source>rapport annuel, évaluations, plan d&apos;action</source>
        <translation>jaarverslag, evaluaties, actieplan</translation>
    </message>
</context>
<context>
    <name>FollowUpReports</name>
    <message>
        <location filename="marked_strings.py" line="63"/>
        <source>Enregistrer le rapport</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="64"/>
        <source>Document Word (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="65"/>
        <source>Rédaction du document…</source>
        <translation>Document wordt opgesteld…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="66"/>
        <source>Écriture du fichier…</source>
        <translation>Bestand wordt geschreven…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="67"/>
        <source>Conversion en PDF (LibreOffice)…</source>
        <translation>Omzetting naar PDF (LibreOffice)…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="68"/>
        <source>Terminé.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="69"/>
        <source>Rapport annuel %1</source>
        <translation>Jaarverslag %1</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="70"/>
        <source>Évaluation à mi-parcours %1</source>
        <translation>Tussentijdse evaluatie %1</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="71"/>
        <source>Évaluation finale %1</source>
        <translation>Eindevaluatie %1</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="72"/>
        <source>Plan d&apos;action %1</source>
        <translation>Actieplan %1</translation>
    </message>
</context>
<context>
    <name>FunctionalitiesModel</name>
    <message>
        <location filename="../../ui/capacity/models.py" line="78"/>
        <source>Fonctionnalité de base</source>
        <translation>Basisfunctionaliteit</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="78"/>
        <source>ETP</source>
        <translation>VTE</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="78"/>
        <source>Part</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="107"/>
        <source>Modifier la capacité « %1 »</source>
        <translation>Capaciteit &apos;%1&apos; wijzigen</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../ui/sections/guidance_panel.py" line="110"/>
        <source>Masquer les conseils</source>
        <translation>Tips verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/guidance_panel.py" line="111"/>
        <source>Conseils et exemples</source>
        <translation>Tips en voorbeelden</translation>
    </message>
</context>
<context>
    <name>GuidedBar</name>
    <message>
        <location filename="../../ui/wizard/guided.py" line="38"/>
        <source>Précédent</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="40"/>
        <source>Suivant</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="44"/>
        <source>Quitter le mode guidé</source>
        <translation>Begeleide modus verlaten</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="46"/>
        <source>Vous pourrez reprendre plus tard (menu Affichage).</source>
        <translation>U kunt later verdergaan (menu Beeld).</translation>
    </message>
</context>
<context>
    <name>GuidedController</name>
    <message>
        <location filename="../../ui/wizard/guided.py" line="124"/>
        <source>&lt;b&gt;Mode guidé&lt;/b&gt; — « {} » est hors du parcours ; « Suivant » reprend au premier chapitre.</source>
        <translation>&lt;b&gt;Begeleide modus&lt;/b&gt; — &apos;{}&apos; valt buiten het parcours; &apos;Volgende&apos; gaat verder bij het eerste hoofdstuk.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="128"/>
        <source>Suivant</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="131"/>
        <source>&lt;b&gt;Mode guidé&lt;/b&gt; — étape {} sur {} : {}</source>
        <translation>&lt;b&gt;Begeleide modus&lt;/b&gt; — stap {} van {}: {}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="136"/>
        <source>Suivant : {}</source>
        <translation>Volgende: {}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="138"/>
        <source>Terminer</source>
        <translation>Voltooien</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="56"/>
        <source>Aide — ZonalPlan</source>
        <translation>Help — ZonalPlan</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="38"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="38"/>
        <source>Unité</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="38"/>
        <source>Départ</source>
        <translation>Beginwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="39"/>
        <source>Année</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="39"/>
        <source>Cible</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="39"/>
        <source>Année cible</source>
        <translation>Streefjaar</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="40"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="40"/>
        <source>Fréquence</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="41"/>
        <source>Ce que l&apos;on mesure</source>
        <translation>Wat gemeten wordt</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="41"/>
        <source>Unité de mesure (faits, %, …)</source>
        <translation>Meeteenheid (feiten, %, …)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="42"/>
        <source>Valeur de départ (nombre)</source>
        <translation>Beginwaarde (getal)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="42"/>
        <source>Année de la valeur de départ</source>
        <translation>Jaar van de beginwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="43"/>
        <source>Valeur visée (nombre)</source>
        <translation>Streefwaarde (getal)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="44"/>
        <source>Année où la cible doit être atteinte</source>
        <translation>Jaar waarin de streefwaarde bereikt moet zijn</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="45"/>
        <source>Source des données (BNG, enquête…)</source>
        <translation>Gegevensbron (ANG, bevraging…)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="45"/>
        <source>Fréquence de mesure</source>
        <translation>Meetfrequentie</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="79"/>
        <source>absente</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="80"/>
        <source>La valeur de départ {} ne correspond plus aux données importées : enregistrée {}, données actuelles {}. Reprenez-la avec « Valeur de départ depuis les données… ».</source>
        <translation>De beginwaarde {} komt niet meer overeen met de geïmporteerde gegevens: opgeslagen {}, huidige gegevens {}. Neem ze opnieuw over met « Beginwaarde uit de gegevens… ».</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="159"/>
        <source>Modifier un indicateur</source>
        <translation>Indicator wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="173"/>
        <source>« %1 » n&apos;est pas un nombre : tapez par exemple 12 ou 12,5.</source>
        <translation>&apos;%1&apos; is geen getal: typ bijvoorbeeld 12 of 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="179"/>
        <source>« %1 » n&apos;est pas une année : tapez quatre chiffres, par exemple 2031.</source>
        <translation>&apos;%1&apos; is geen jaartal: typ vier cijfers, bijvoorbeeld 2031.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="182"/>
        <source>L&apos;année doit être comprise entre 1990 et 2100.</source>
        <translation>Het jaar moet tussen 1990 en 2100 liggen.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="185"/>
        <source>Le nom de l&apos;indicateur ne peut pas être vide.</source>
        <translation>De naam van de indicator mag niet leeg zijn.</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="70"/>
        <source>Élément national</source>
        <translation>Nationaal element</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="70"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="70"/>
        <source>Poids</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="71"/>
        <source>Principal</source>
        <translation>Primair</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="72"/>
        <source>Secondaire</source>
        <translation>Secundair</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="114"/>
        <source>Élément inconnu (%1)</source>
        <translation>Onbekend element (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="123"/>
        <source>Cet identifiant n&apos;existe pas dans le référentiel national chargé.</source>
        <translation>Deze identificatie bestaat niet in het geladen nationale referentiekader.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="146"/>
        <source>Votre nom</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="147"/>
        <source>Votre nom (et votre fonction), inscrit comme auteur des versions du plan et des notes de relecture. Vous pourrez le changer dans les Préférences.</source>
        <translation>Uw naam (en functie), vermeld als auteur van de versies van het plan en van de nalezingsnota&apos;s. U kunt hem wijzigen in de Voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="176"/>
        <source> (lecture seule)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="194"/>
        <source>&amp;Annuler {}</source>
        <translation>&amp;Ongedaan maken: {}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="195"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="196"/>
        <source>&amp;Rétablir {}</source>
        <translation>O&amp;pnieuw: {}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="197"/>
        <source>&amp;Rétablir</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="236"/>
        <source>ZonalPlan</source>
        <translation>ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="310"/>
        <source>Référentiel national indisponible</source>
        <translation>Nationaal referentiekader niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="338"/>
        <source>Ouverture de {}…</source>
        <translation>{} wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="355"/>
        <source>Ouverture impossible</source>
        <translation>Openen onmogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="142"/>
        <source>Langue de l&apos;interface</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="143"/>
        <source>La nouvelle langue s&apos;applique au prochain démarrage de ZonalPlan. Redémarrer maintenant ? Le plan ouvert est d&apos;abord fermé ; s&apos;il a des modifications, vous pourrez les enregistrer.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start van ZonalPlan. Nu opnieuw starten? Het geopende plan wordt eerst gesloten; als het wijzigingen bevat, kunt u ze opslaan.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="148"/>
        <source>Redémarrer maintenant</source>
        <translation>Nu opnieuw starten</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="30"/>
        <source>Colonnes du tableau</source>
        <translation>Kolommen van de tabel</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="33"/>
        <source>« {} » n&apos;est pas un format officiel reconnu. Indiquez quelle colonne donne la commune, l&apos;année et les valeurs à garder.</source>
        <translation>« {} » is geen herkend officieel formaat. Geef aan welke kolom de gemeente, het jaar en de te behouden waarden bevat.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="43"/>
        <source>(aucune)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="60"/>
        <source>Colonne de la commune :</source>
        <translation>Kolom van de gemeente:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="61"/>
        <source>Colonne de l&apos;année :</source>
        <translation>Kolom van het jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="62"/>
        <source>Colonnes des valeurs :</source>
        <translation>Kolommen van de waarden:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="65"/>
        <source>Importer</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="66"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="241"/>
        <source>Matrice d&apos;argumentation</source>
        <translation>Argumentatiematrix</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="250"/>
        <source>Modifier une pondération</source>
        <translation>Een weging wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="259"/>
        <source>Score de « {} »</source>
        <translation>Score van « {} »</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="270"/>
        <source>Justification de « {} »</source>
        <translation>Motivering van « {} »</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="280"/>
        <source>Décision de « {} »</source>
        <translation>Beslissing over « {} »</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="288"/>
        <source>Motivation de « {} »</source>
        <translation>Motivering van « {} »</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="296"/>
        <source>Thème PNS de « {} »</source>
        <translation>NVP-thema van « {} »</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="302"/>
        <source>(aucun)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="315"/>
        <source>Ajouter un phénomène</source>
        <translation>Een fenomeen toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="316"/>
        <source>Phénomène (ex. cambriolages dans les habitations) :</source>
        <translation>Fenomeen (bv. woninginbraken):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="323"/>
        <source>Ajouter « {} »</source>
        <translation>« {} » toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="330"/>
        <source>Retirer le phénomène</source>
        <translation>Fenomeen verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="331"/>
        <source>Retirer « {} » de la matrice ?</source>
        <translation>« {} » uit de matrix verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="332"/>
        <source>Retirer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="334"/>
        <source>Retirer « {} »</source>
        <translation>« {} » verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="338"/>
        <source>Reporter la matrice sur les décisions PNS</source>
        <translation>De matrix overnemen in de NVP-beslissingen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="340"/>
        <source>Décisions PNS</source>
        <translation>Beslissingen NVP</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="341"/>
        <source>Les décisions PNS des phénomènes confirmés ont été mises à jour (Ctrl+Z pour annuler).</source>
        <translation>De NVP-beslissingen van de bevestigde fenomenen zijn bijgewerkt (Ctrl+Z om ongedaan te maken).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="347"/>
        <source>Phénomènes non retenus</source>
        <translation>Niet weerhouden fenomenen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="348"/>
        <source>Le texte « Motivation des phénomènes non retenus » sera remplacé par celui de la matrice. Continuer ?</source>
        <translation>De tekst « Motivering van de niet weerhouden fenomenen » wordt vervangen door die van de matrix. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="349"/>
        <source>Remplacer</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="351"/>
        <source>Rédiger la motivation des phénomènes non retenus</source>
        <translation>De motivering van de niet weerhouden fenomenen opstellen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="383"/>
        <source>à confirmer</source>
        <translation>te bevestigen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="411"/>
        <source>Choisissez une cellule de la matrice.</source>
        <translation>Kies een cel van de matrix.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="60"/>
        <source>Pondérations :</source>
        <translation>Wegingen:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="66"/>
        <source>Pondération : {}</source>
        <translation>Weging: {}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Part</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Proposition</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Décision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="93"/>
        <source>Cellule choisie</source>
        <translation>Gekozen cel</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="97"/>
        <source>0 : aucun, 1 : faible, 2 : net, 3 : fort</source>
        <translation>0: geen, 1: zwak, 2: duidelijk, 3: sterk</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="101"/>
        <source>Justification courte (source, chiffre, attente…)</source>
        <translation>Korte motivering (bron, cijfer, verwachting…)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="104"/>
        <source>(à confirmer)</source>
        <translation>(te bevestigen)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="112"/>
        <source>Le thème du PNS dont la décision suit ce phénomène</source>
        <translation>Het NVP-thema waarvan de beslissing dit fenomeen volgt</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="116"/>
        <source>Pourquoi cette décision (reprise dans les décisions PNS)</source>
        <translation>Waarom deze beslissing (overgenomen in de NVP-beslissingen)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="119"/>
        <source>Score (0-3) :</source>
        <translation>Score (0-3):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="120"/>
        <source>Justification :</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="121"/>
        <source>Décision confirmée :</source>
        <translation>Bevestigde beslissing:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="122"/>
        <source>Motivation :</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="123"/>
        <source>Thème PNS :</source>
        <translation>NVP-thema:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="125"/>
        <source>Ajouter un phénomène…</source>
        <translation>Een fenomeen toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="126"/>
        <source>Retirer le phénomène</source>
        <translation>Fenomeen verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="127"/>
        <source>Reporter sur les décisions PNS</source>
        <translation>Overnemen in de NVP-beslissingen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="129"/>
        <source>Les phénomènes liés à un thème national et dont la décision est confirmée fixent la décision PNS</source>
        <translation>De fenomenen die aan een nationaal thema gekoppeld zijn en waarvan de beslissing bevestigd is, bepalen de NVP-beslissing</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="132"/>
        <source>Rédiger la motivation des phénomènes non retenus</source>
        <translation>De motivering van de niet weerhouden fenomenen opstellen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="137"/>
        <source>Commentaire de la matrice</source>
        <translation>Commentaar bij de matrix</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="139"/>
        <source>Commentaire : méthode, sources, qui a noté…</source>
        <translation>Commentaar: methode, bronnen, wie heeft gescoord…</translation>
    </message>
</context>
<context>
    <name>MeasuresEditor</name>
    <message>
        <location filename="../../ui/followup/measures.py" line="79"/>
        <source>année entière</source>
        <translation>heel het jaar</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="81"/>
        <source>T%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="85"/>
        <source>Ajouter la mesure</source>
        <translation>Meting toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="86"/>
        <source>Supprimer la mesure</source>
        <translation>Meting verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="90"/>
        <source>Reprendre cette valeur</source>
        <translation>Deze waarde overnemen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="100"/>
        <source>Indicateur :</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="103"/>
        <source>Nouvelle mesure — année :</source>
        <translation>Nieuwe meting — jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="104"/>
        <source>valeur :</source>
        <translation>waarde:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="175"/>
        <source>Aucun indicateur : ajoutez-en aux objectifs dans « Stratégie et priorités ».</source>
        <translation>Geen indicatoren: voeg ze toe aan de doelstellingen in « Strategie en prioriteiten ».</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="197"/>
        <source>non fixée</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="203"/>
        <source>Valeur de départ : %1 ; cible : %2</source>
        <translation>Beginwaarde: %1; streefwaarde: %2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="209"/>
        <source>Source : %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="230"/>
        <source>Les données importées donnent %1 pour %2 (%3).</source>
        <translation>De ingevoerde gegevens geven %1 voor %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="234"/>
        <source>Les données importées n&apos;ont pas encore de valeur pour cette année.</source>
        <translation>De ingevoerde gegevens hebben nog geen waarde voor dit jaar.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="266"/>
        <source>Indiquez l&apos;année de la mesure (par ex. 2027).</source>
        <translation>Geef het jaar van de meting op (bv. 2027).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="269"/>
        <source>Indiquez la valeur mesurée (par ex. 12 ou 12,5).</source>
        <translation>Geef de gemeten waarde op (bv. 12 of 12,5).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="276"/>
        <source>Année hors des limites (1990 à 2100).</source>
        <translation>Jaar buiten de grenzen (1990 tot 2100).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="278"/>
        <source>Ajouter une mesure</source>
        <translation>Meting toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="298"/>
        <source>Supprimer une mesure</source>
        <translation>Meting verwijderen</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="31"/>
        <source>Année</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="31"/>
        <source>Trimestre</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="31"/>
        <source>Valeur</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="32"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="32"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="32"/>
        <source>Commentaire</source>
        <translation>Commentaar</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="98"/>
        <source>Modifier « %1 » d&apos;une mesure</source>
        <translation>« %1 » van een meting wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="111"/>
        <source>Année attendue (quatre chiffres, par ex. 2027).</source>
        <translation>Jaar verwacht (vier cijfers, bv. 2027).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="118"/>
        <source>Trimestre attendu : 1, 2, 3 ou 4 (vide pour l&apos;année).</source>
        <translation>Kwartaal verwacht: 1, 2, 3 of 4 (leeg voor het hele jaar).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="126"/>
        <source>Valeur numérique attendue (par ex. 12 ou 12,5).</source>
        <translation>Getal verwacht (bv. 12 of 12,5).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="132"/>
        <source>Date attendue, par exemple 15/03/2027.</source>
        <translation>Datum verwacht, bijvoorbeeld 15/03/2027.</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="351"/>
        <source>Nouveau plan zonal de sécurité</source>
        <translation>Nieuw zonaal veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="362"/>
        <source>Suivant &gt;</source>
        <translation>Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="363"/>
        <source>&lt; Précédent</source>
        <translation>&lt; Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="364"/>
        <source>Créer le plan</source>
        <translation>Plan aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="365"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="105"/>
        <source>Notes de relecture</source>
        <translation>Naleesnotities</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="112"/>
        <source>Reprendre les notes d&apos;un relecteur…</source>
        <translation>Notities van een nalezer overnemen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="115"/>
        <source>Notes d&apos;un relecteur…</source>
        <translation>Notities van een nalezer…</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="116"/>
        <source>Reprendre les notes et réponses écrites par un relecteur dans sa copie du plan</source>
        <translation>De notities en antwoorden overnemen die een nalezer in zijn kopie van het plan schreef</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="260"/>
        <source>Plan annoté par un relecteur</source>
        <translation>Plan met notities van een nalezer</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="265"/>
        <source>Lecture des notes du relecteur…</source>
        <translation>Notities van de nalezer worden gelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="306"/>
        <source>Réponse à la note de {}</source>
        <translation>Antwoord op de notitie van {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="310"/>
        <source>Envoyer la réponse</source>
        <translation>Antwoord versturen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="315"/>
        <source>Nouvelle note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="319"/>
        <source>Ajouter la note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="333"/>
        <location filename="../../ui/review/notes_panel.py" line="347"/>
        <source>Notes non reprises</source>
        <translation>Niet overgenomen notities</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="339"/>
        <source>Notes du relecteur</source>
        <translation>Notities van de nalezer</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="346"/>
        <source>Lecture impossible ({}).</source>
        <translation>Lezen onmogelijk ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="395"/>
        <source>{} ouverte(s) sur {}</source>
        <translation>{} open van {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="397"/>
        <source>Aucune note de relecture.</source>
        <translation>Geen naleesnotities.</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="398"/>
        <source>Aucune note dans ce filtre.</source>
        <translation>Geen notities in deze filter.</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="404"/>
        <source> · {} réponse(s)</source>
        <translation> · {} antwoord(en)</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="430"/>
        <source>Rouvrir</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="431"/>
        <source>Résoudre</source>
        <translation>Afhandelen</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../ui/review/notes_view.py" line="53"/>
        <source>Ouvertes</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="53"/>
        <source>Résolues</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="54"/>
        <source>Toutes</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="63"/>
        <source>Afficher :</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="85"/>
        <source>Répondre</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="87"/>
        <source>Résoudre</source>
        <translation>Afhandelen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="89"/>
        <source>Afficher</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="90"/>
        <source>Afficher dans le plan l&apos;endroit de la note</source>
        <translation>De plaats van de nota in het plan tonen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="103"/>
        <source>Nouvelle note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="110"/>
        <source>Sur :</source>
        <translation>Over:</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="113"/>
        <source>Votre nom</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="116"/>
        <source>Rôle (ex. DirCo, relecteur)</source>
        <translation>Rol (bv. DirCo, nalezer)</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="119"/>
        <source>Votre remarque…</source>
        <translation>Uw opmerking…</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="127"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="130"/>
        <source>Ajouter la note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="139"/>
        <source>Par :</source>
        <translation>Door:</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../ui/binding/widgets.py" line="350"/>
        <source>Année attendue (quatre chiffres, par ex. 2031).</source>
        <translation>Jaartal verwacht (vier cijfers, bv. 2031).</translation>
    </message>
    <message>
        <location filename="../../ui/binding/widgets.py" line="355"/>
        <source>Valeur numérique attendue (par ex. 12 ou 12,5).</source>
        <translation>Getal verwacht (bv. 12 of 12,5).</translation>
    </message>
    <message>
        <location filename="../../ui/binding/widgets.py" line="358"/>
        <source>Nombre entier attendu.</source>
        <translation>Geheel getal verwacht.</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <location filename="../../ui/objectives/form.py" line="107"/>
        <source>Indicateurs (%1)</source>
        <translation>Indicatoren (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="109"/>
        <source>Liens (%1)</source>
        <translation>Koppelingen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="142"/>
        <source>Aucune remarque sur cet objectif.</source>
        <translation>Geen opmerkingen over deze doelstelling.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="150"/>
        <source>… et %1 autres remarques dans le panneau d&apos;alignement.</source>
        <translation>… en nog %1 opmerkingen in het afstemmingspaneel.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="158"/>
        <source>Nouvel indicateur</source>
        <translation>Nieuwe indicator</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="160"/>
        <source>Ajouter un indicateur</source>
        <translation>Indicator toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="174"/>
        <source>Supprimer un indicateur</source>
        <translation>Indicator verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="184"/>
        <source>Choisissez d&apos;abord un indicateur dans le tableau.</source>
        <translation>Kies eerst een indicator in de tabel.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="199"/>
        <source>Valeur de départ de « {} »</source>
        <translation>Beginwaarde van « {} »</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="225"/>
        <source>Modifier le code</source>
        <translation>Code wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="226"/>
        <source>Modifier l&apos;intitulé</source>
        <translation>Titel wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="227"/>
        <source>L&apos;intitulé ne peut pas être vide.</source>
        <translation>De titel mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="228"/>
        <source>Modifier le type</source>
        <translation>Soort wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="230"/>
        <source>Modifier le domaine</source>
        <translation>Domein wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="232"/>
        <source>Modifier le responsable</source>
        <translation>Verantwoordelijke wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="234"/>
        <source>Modifier la description</source>
        <translation>Beschrijving wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="235"/>
        <source>Modifier la motivation</source>
        <translation>Motivering wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="236"/>
        <source>Modifier l&apos;approche en chaîne</source>
        <translation>Ketenaanpak wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="241"/>
        <source>Modifier la justification locale</source>
        <translation>Lokale motivering wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="242"/>
        <location filename="../../ui/objectives/form.py" line="243"/>
        <source>Modifier la capacité</source>
        <translation>Capaciteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="279"/>
        <source>Modifier les partenaires</source>
        <translation>Partners wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="280"/>
        <source>Modifier les objectifs tactiques</source>
        <translation>Tactische doelstellingen wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="340"/>
        <source>Les suggestions ne sont pas disponibles.</source>
        <translation>Suggesties zijn niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="342"/>
        <source>Aucune autre suggestion pour ce texte.</source>
        <translation>Geen andere suggesties voor deze tekst.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="73"/>
        <source>Corriger</source>
        <translation>Corrigeren</translation>
    </message>
</context>
<context>
    <name>ObjectivesCapacityModel</name>
    <message>
        <location filename="../../ui/capacity/models.py" line="123"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="123"/>
        <source>Objectif</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="123"/>
        <source>ETP</source>
        <translation>VTE</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="124"/>
        <source>Heures/an</source>
        <translation>Uren/jaar</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="175"/>
        <source>Modifier la capacité d&apos;un objectif</source>
        <translation>Capaciteit van een doelstelling wijzigen</translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../../ui/objectives/editor.py" line="102"/>
        <source>Nouvel objectif</source>
        <translation>Nieuwe doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="103"/>
        <source>Ajouter une priorité</source>
        <translation>Prioriteit toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="104"/>
        <source>Ajouter un point d&apos;attention</source>
        <translation>Aandachtspunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="121"/>
        <source> (copie)</source>
        <translation> (kopie)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="124"/>
        <source>Dupliquer un objectif</source>
        <translation>Doelstelling dupliceren</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="135"/>
        <source>Supprimer un objectif</source>
        <translation>Doelstelling verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="142"/>
        <source>Objectif supprimé. Ctrl+Z pour annuler.</source>
        <translation>Doelstelling verwijderd. Ctrl+Z om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="155"/>
        <source>Déplacer un objectif</source>
        <translation>Doelstelling verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="164"/>
        <source>Sélectionnez d&apos;abord un objectif.</source>
        <translation>Selecteer eerst een doelstelling.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="168"/>
        <source>Cet élément ne peut pas être lié à un objectif.</source>
        <translation>Dit element kan niet aan een doelstelling gekoppeld worden.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="172"/>
        <source>L&apos;objectif est déjà lié à « %1 ».</source>
        <translation>De doelstelling is al gekoppeld aan &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="176"/>
        <source>Lien ajouté : %1</source>
        <translation>Koppeling toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="317"/>
        <source>%1 objectif</source>
        <translation>%1 doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="317"/>
        <source>%1 objectifs</source>
        <translation>%1 doelstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="319"/>
        <source>%1 priorité</source>
        <translation>%1 prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="319"/>
        <source>%1 priorités</source>
        <translation>%1 prioriteiten</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="321"/>
        <source>%1 point d&apos;attention</source>
        <translation>%1 aandachtspunt</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="322"/>
        <source>%1 points d&apos;attention</source>
        <translation>%1 aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="325"/>
        <source>%1 affiché</source>
        <translation>%1 getoond</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="325"/>
        <source>%1 affichés</source>
        <translation>%1 getoond</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="46"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="46"/>
        <source>Intitulé</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="46"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="46"/>
        <source>Domaine</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="47"/>
        <source>Priorité</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="48"/>
        <source>Point d&apos;attention</source>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="49"/>
        <source>Externe</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="49"/>
        <source>Interne</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="184"/>
        <source>Vérification en cours…</source>
        <translation>Controle bezig…</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="186"/>
        <source>Aucune remarque de la vérification.</source>
        <translation>Geen opmerkingen van de controle.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="190"/>
        <source>… et %1 autres remarques</source>
        <translation>… en nog %1 opmerkingen</translation>
    </message>
</context>
<context>
    <name>ObjectivesView</name>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="82"/>
        <source>Objectifs stratégiques</source>
        <translation>Strategische doelstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="89"/>
        <source>Tous les types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="90"/>
        <source>Priorités</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="91"/>
        <source>Points d&apos;attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="93"/>
        <source>Tous les domaines</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="94"/>
        <source>Externe</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="95"/>
        <source>Interne</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="97"/>
        <source>Filtrer par code ou intitulé…</source>
        <translation>Filteren op code of titel…</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="118"/>
        <source>Liste des objectifs</source>
        <translation>Lijst van de doelstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="121"/>
        <source>Nouvel objectif</source>
        <translation>Nieuwe doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="122"/>
        <source>Ajouter un objectif (Inser)</source>
        <translation>Doelstelling toevoegen (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="126"/>
        <source>Nouvelle priorité</source>
        <translation>Nieuwe prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="127"/>
        <source>Nouveau point d&apos;attention</source>
        <translation>Nieuw aandachtspunt</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="129"/>
        <source>Dupliquer</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="130"/>
        <source>Supprimer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="131"/>
        <source>Supprimer l&apos;objectif sélectionné (Suppr) ; Ctrl+Z pour annuler</source>
        <translation>Geselecteerde doelstelling verwijderen (Delete); Ctrl+Z om ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="135"/>
        <source>Monter l&apos;objectif (Alt+Haut)</source>
        <translation>Doelstelling omhoog (Alt+Omhoog)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="138"/>
        <source>Descendre l&apos;objectif (Alt+Bas)</source>
        <translation>Doelstelling omlaag (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="163"/>
        <location filename="../../ui/objectives/objectives_view.py" line="255"/>
        <source>Domaine</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="172"/>
        <source>Aucun objectif sélectionné.

Choisissez un objectif dans la liste ou ajoutez-en un avec « Nouvel objectif ».</source>
        <translation>Geen doelstelling geselecteerd.

Kies een doelstelling in de lijst of voeg er een toe met &apos;Nieuwe doelstelling&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="198"/>
        <source>Général</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="199"/>
        <source>Approche</source>
        <translation>Aanpak</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="200"/>
        <location filename="../../ui/objectives/objectives_view.py" line="294"/>
        <source>Indicateurs</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="201"/>
        <source>Liens</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="202"/>
        <source>Capacité</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="203"/>
        <source>Code, intitulé, type, domaine, description et motivation</source>
        <translation>Code, titel, soort, domein, beschrijving en motivering</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="204"/>
        <source>Approche en chaîne, partenaires et objectifs tactiques</source>
        <translation>Ketenaanpak, partners en tactische doelstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="205"/>
        <source>Indicateurs mesurables : départ, cible, unité, échéance</source>
        <translation>Meetbare indicatoren: beginwaarde, streefwaarde, eenheid, termijn</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="206"/>
        <source>Liens avec le PNS et la NCSI, suggestions, justification locale</source>
        <translation>Koppelingen met het NVP en de KIV, suggesties, lokale motivering</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="207"/>
        <source>Capacité réservée à l&apos;objectif</source>
        <translation>Capaciteit voorbehouden voor de doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="236"/>
        <source>Intitulé de l&apos;objectif stratégique</source>
        <translation>Titel van de strategische doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="238"/>
        <source>Officier ou service responsable</source>
        <translation>Verantwoordelijke officier of dienst</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="240"/>
        <source>Ce que la zone veut atteindre, pour qui et où. Paragraphes séparés par une ligne vide ; « - » en début de ligne pour une puce.</source>
        <translation>Wat de zone wil bereiken, voor wie en waar. Alinea&apos;s gescheiden door een lege regel; &apos;-&apos; aan het begin van een regel voor een opsommingsteken.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="243"/>
        <source>Pourquoi cet objectif : image de la criminalité, attentes des autorités, enquête…</source>
        <translation>Waarom deze doelstelling: criminaliteitsbeeld, verwachtingen van de overheden, bevraging…</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="250"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="254"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="256"/>
        <source>Intitulé</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="257"/>
        <source>Responsable</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="258"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="259"/>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="264"/>
        <source>Actions de prévention</source>
        <translation>Preventieve acties</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="265"/>
        <source>Actions de répression et de proactivité</source>
        <translation>Repressieve en proactieve acties</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="266"/>
        <source>Suivi et accompagnement (victimes, auteurs)</source>
        <translation>Opvolging en nazorg (slachtoffers, daders)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="267"/>
        <source>Approche en chaîne</source>
        <translation>Ketenaanpak</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="269"/>
        <source>Prévention</source>
        <translation>Preventie</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="270"/>
        <source>Répression et proactivité</source>
        <translation>Repressie en proactiviteit</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="271"/>
        <source>Suivi</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="272"/>
        <source>Nouveau partenaire</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="274"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="276"/>
        <source>Nouvel objectif tactique</source>
        <translation>Nieuwe tactische doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="278"/>
        <source>Objectifs tactiques</source>
        <translation>Tactische doelstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="295"/>
        <source>Ajouter un indicateur</source>
        <translation>Indicator toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="296"/>
        <source>Supprimer l&apos;indicateur</source>
        <translation>Indicator verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="297"/>
        <source>Valeur de départ depuis les données…</source>
        <translation>Beginwaarde uit de gegevens…</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="299"/>
        <source>Reprendre la valeur de départ, son année et sa source d&apos;une série importée</source>
        <translation>De beginwaarde, het jaar en de bron overnemen uit een geïmporteerde reeks</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="308"/>
        <source>Chaque indicateur a une valeur de départ et une cible datées. Double-cliquez sur une cellule pour la modifier ; les valeurs sont des nombres (virgule ou point).</source>
        <translation>Elke indicator heeft een gedateerde beginwaarde en streefwaarde. Dubbelklik op een cel om ze te wijzigen; de waarden zijn getallen (komma of punt).</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="331"/>
        <source>Liens nationaux</source>
        <translation>Nationale koppelingen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="333"/>
        <source>Retirer le lien</source>
        <translation>Koppeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="335"/>
        <source>Glissez un élément du référentiel sur un objectif de la liste pour le lier.</source>
        <translation>Sleep een element uit het referentiekader op een doelstelling in de lijst om het te koppelen.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="339"/>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="342"/>
        <source>Pourquoi cet objectif est propre à la zone (à remplir s&apos;il ne se rattache à aucune priorité nationale)</source>
        <translation>Waarom deze doelstelling eigen is aan de zone (in te vullen als ze bij geen enkele nationale prioriteit aansluit)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="344"/>
        <source>Justification locale</source>
        <translation>Lokale motivering</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="357"/>
        <source>Éléments du PNS et de la NCSI proches de l&apos;intitulé et de la description. Cliquez sur une suggestion pour créer le lien ; survolez-la pour savoir pourquoi.</source>
        <translation>Elementen van het NVP en de KIV die dicht bij de titel en de beschrijving liggen. Klik op een suggestie om de koppeling te maken; beweeg erover om te zien waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="372"/>
        <source>ex. 1,5</source>
        <translation>bv. 1,5</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="375"/>
        <source>ex. 900</source>
        <translation>bv. 900</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="378"/>
        <source>Capacité réservée à cet objectif en plus des missions de base (plans d&apos;action, actions ciblées). Elle est reprise dans le chapitre Capacité.</source>
        <translation>Capaciteit voorbehouden voor deze doelstelling bovenop de basisopdrachten (actieplannen, gerichte acties). Ze wordt overgenomen in het hoofdstuk Capaciteit.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="380"/>
        <source>Capacité (ETP)</source>
        <translation>Capaciteit (VTE)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="381"/>
        <source>Capacité (heures par an)</source>
        <translation>Capaciteit (uren per jaar)</translation>
    </message>
</context>
<context>
    <name>OfficialText</name>
    <message>
        <location filename="marked_strings.py" line="26"/>
        <source>Source : {}</source>
        <oldsource>Source</oldsource>
        <translation>Bron: {}</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="27"/>
        <source>Objectifs stratégiques pour la police locale</source>
        <translation>Strategische doelstellingen voor de lokale politie</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="28"/>
        <source>Points d’attention du PNS</source>
        <translation>Aandachtspunten van het NVP</translation>
    </message>
</context>
<context>
    <name>OfficialTextDialog</name>
    <message>
        <location filename="../../ui/decisions/official_text.py" line="53"/>
        <source>Texte officiel — %1</source>
        <translation>Officiële tekst — %1</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="35"/>
        <source>Ouverture du plan…</source>
        <translation>Plan wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="60"/>
        <source>Plan de démonstration</source>
        <translation>Demonstratieplan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="61"/>
        <source>Préparation du plan de démonstration d&apos;une zone fictive (première ouverture)…</source>
        <translation>Demonstratieplan van een fictieve zone wordt voorbereid (eerste opening)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="66"/>
        <source>Lecture du fichier {}…</source>
        <translation>Bestand {} wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="71"/>
        <source>Communes : {}</source>
        <translation>Gemeenten: {}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="72"/>
        <source>{} priorités · {} points d&apos;attention · {} membres du conseil zonal de sécurité</source>
        <translation>{} prioriteiten · {} aandachtspunten · {} leden van de zonale veiligheidsraad</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="78"/>
        <source>Priorités :</source>
        <translation>Prioriteiten:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="81"/>
        <source>  … et {} autres</source>
        <translation>  … en nog {}</translation>
    </message>
</context>
<context>
    <name>OverviewEditor</name>
    <message>
        <location filename="../../ui/sections/overview.py" line="31"/>
        <source>Les parties de ce chapitre. Double-cliquez sur une partie (ou appuyez sur Entrée) pour la rédiger.</source>
        <translation>De delen van dit hoofdstuk. Dubbelklik op een deel (of druk op Enter) om het op te stellen.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/overview.py" line="70"/>
        <source> ({} mots)</source>
        <translation> ({} woorden)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/overview.py" line="71"/>
        <source>Pas encore rédigé.</source>
        <translation>Nog niet opgesteld.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="186"/>
        <source>La période du plan</source>
        <translation>De planperiode</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="187"/>
        <source>Le cycle des plans zonaux compte six ans (2020-2025, puis 2026-2031).</source>
        <translation>De cyclus van de zonale veiligheidsplannen telt zes jaar (2020-2025, daarna 2026-2031).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="200"/>
        <source>Première année</source>
        <translation>Eerste jaar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="201"/>
        <source>Dernière année</source>
        <translation>Laatste jaar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="208"/>
        <source>La période doit aller de la première à la dernière année, sur 12 ans au plus.</source>
        <translation>De periode moet lopen van het eerste tot het laatste jaar, over hoogstens 12 jaar.</translation>
    </message>
</context>
<context>
    <name>PlanSession</name>
    <message>
        <location filename="../../ui/session.py" line="210"/>
        <source>Ce plan n&apos;a pas encore de fichier : utilisez « Enregistrer sous ».</source>
        <translation>Dit plan heeft nog geen bestand: gebruik « Opslaan als ».</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="227"/>
        <source>{} est ouvert {} ; choisissez un autre nom (rien n&apos;a été écrit).</source>
        <translation>{} is geopend {}; kies een andere naam (er is niets geschreven).</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="267"/>
        <source>{} : lecture impossible ({}).</source>
        <translation>{}: lezen onmogelijk ({}).</translation>
    </message>
</context>
<context>
    <name>PlanStatusBar</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="30"/>
        <source>Afficher le panneau d&apos;alignement</source>
        <translation>Afstemmingspaneel tonen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="45"/>
        <source>Plan non enregistré</source>
        <translation>Plan niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="47"/>
        <source>Lecture seule</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="53"/>
        <source>Modifications non enregistrées</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="55"/>
        <source>Enregistré</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="60"/>
        <source>Modifications non enregistrées — copie de récupération à {}</source>
        <translation>Niet-opgeslagen wijzigingen — herstelkopie om {}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="70"/>
        <source>{} erreur(s), {} avertissement(s)</source>
        <translation>{} fout(en), {} waarschuwing(en)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="73"/>
        <source>{} avertissement(s)</source>
        <translation>{} waarschuwing(en)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="76"/>
        <source>Aucun problème d&apos;alignement</source>
        <translation>Geen afstemmingsproblemen</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/sections/plan_view.py" line="59"/>
        <source>Enregistrer une copie…</source>
        <translation>Een kopie opslaan…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="29"/>
        <source>Préférences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="36"/>
        <source>Menus, fenêtres et conseils. Par défaut, la langue du système ; prend effet au prochain démarrage.</source>
        <translation>Menu&apos;s, vensters en tips. Standaard de taal van het systeem; geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="40"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="41"/>
        <source>jamais</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="43"/>
        <source>Une copie de récupération est écrite dans votre dossier de données, jamais sur le fichier du plan.</source>
        <translation>Een herstelkopie wordt in uw gegevensmap geschreven, nooit in het planbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="46"/>
        <source>Nom inscrit dans les versions du plan</source>
        <translation>Naam die in de versies van het plan wordt vermeld</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="47"/>
        <source>Rouvrir le dernier plan au démarrage</source>
        <translation>Het laatste plan opnieuw openen bij het opstarten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="49"/>
        <source>Déplier les conseils de chaque chapitre</source>
        <translation>De tips van elk hoofdstuk uitklappen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="52"/>
        <source>Langue de l&apos;interface</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="53"/>
        <source>Sauvegarde de récupération toutes les</source>
        <translation>Herstelkopie elke</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="54"/>
        <source>Votre nom</source>
        <translation>Uw naam</translation>
    </message>
</context>
<context>
    <name>ReferenceBrowser</name>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="46"/>
        <source>Référentiel national</source>
        <translation>Nationaal referentiekader</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="174"/>
        <location filename="../../ui/reference_browser/browser.py" line="222"/>
        <source>Abréviations</source>
        <translation>Afkortingen</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="127"/>
        <source>Déjà lié à cet objectif.</source>
        <translation>Al gekoppeld aan deze doelstelling.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="135"/>
        <source>« %1 » lié à %2.</source>
        <translation>&apos;%1&apos; gekoppeld aan %2.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="170"/>
        <source>édition précédente</source>
        <translation>vorige editie</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="178"/>
        <location filename="../../ui/reference_browser/browser.py" line="188"/>
        <source>Le plan cite : %1</source>
        <translation>Het plan vermeldt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="246"/>
        <source>Aucun résultat pour « %1 ».</source>
        <translation>Geen resultaten voor &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="302"/>
        <source>Lier à l&apos;objectif sélectionné</source>
        <translation>Koppelen aan de geselecteerde doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="303"/>
        <source>Sélectionnez d&apos;abord un objectif dans « Stratégie et priorités ».</source>
        <translation>Selecteer eerst een doelstelling in &apos;Strategie en prioriteiten&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="306"/>
        <source>Lier à %1</source>
        <translation>Koppelen aan %1</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="307"/>
        <source>l&apos;objectif</source>
        <translation>de doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="308"/>
        <source>Lier cet élément à « %1 »</source>
        <translation>Dit element koppelen aan &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ReferenceBrowserView</name>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="32"/>
        <source>Éditions…</source>
        <translation>Edities…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="34"/>
        <source>Voir les éditions installées et choisir celle que le plan cite</source>
        <translation>De geïnstalleerde edities bekijken en kiezen welke het plan vermeldt</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="37"/>
        <source>Document de référence</source>
        <translation>Referentiedocument</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="39"/>
        <source>Rechercher dans le référentiel (Ctrl+F)…</source>
        <translation>Zoeken in het referentiekader (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="41"/>
        <source>Recherche dans le référentiel</source>
        <translation>Zoeken in het referentiekader</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="65"/>
        <source>Texte officiel</source>
        <translation>Officiële tekst</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="66"/>
        <source>Lier à l&apos;objectif sélectionné</source>
        <translation>Koppelen aan de geselecteerde doelstelling</translation>
    </message>
</context>
<context>
    <name>ReferenceDetail</name>
    <message>
        <location filename="marked_strings.py" line="74"/>
        <source>cité par la source</source>
        <translation>vermeld door de bron</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="75"/>
        <source>correspondance établie</source>
        <translation>vastgestelde overeenkomst</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="76"/>
        <source>Note au lecteur</source>
        <translation>Noot voor de lezer</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="77"/>
        <source>texte en français</source>
        <translation>tekst in het Frans</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="78"/>
        <source>Langue</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="79"/>
        <source>édition</source>
        <translation>editie</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="80"/>
        <source>Source : {}</source>
        <oldsource>Source</oldsource>
        <translation>Bron: {}</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="81"/>
        <source>(pas de texte)</source>
        <translation>(geen tekst)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="82"/>
        <source>Contenu</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="83"/>
        <source>Liens</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="84"/>
        <source>Objectifs du plan liés</source>
        <translation>Gekoppelde doelstellingen van het plan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="85"/>
        <source>Aucun objectif n&apos;est lié à cet élément.</source>
        <translation>Geen enkele doelstelling is aan dit element gekoppeld.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="86"/>
        <source>Mots-clés</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="25"/>
        <source>Texte officiel : les mots de la source</source>
        <translation>Officiële tekst: de woorden van de bron</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="26"/>
        <source>Résumé rédigé par ZonalPlan, pas une citation de la source</source>
        <translation>Samenvatting door ZonalPlan, geen citaat uit de bron</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="28"/>
        <source>Texte propre à ZonalPlan, pas un texte national</source>
        <translation>Eigen tekst van ZonalPlan, geen nationale tekst</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="33"/>
        <source>texte officiel</source>
        <translation>officiële tekst</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="34"/>
        <source>résumé ZonalPlan</source>
        <translation>samenvatting ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="35"/>
        <source>texte ZonalPlan</source>
        <translation>tekst ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="39"/>
        <source>traduction de travail ZonalPlan</source>
        <translation>werkvertaling ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="40"/>
        <source>traduction officielle</source>
        <translation>officiële vertaling</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="41"/>
        <source>non traduit : texte français</source>
        <translation>niet vertaald: Franse tekst</translation>
    </message>
</context>
<context>
    <name>ReportsEditor</name>
    <message>
        <location filename="../../ui/followup/reports.py" line="133"/>
        <source>Rapport annuel au conseil zonal de sécurité</source>
        <translation>Jaarverslag aan de zonale veiligheidsraad</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="134"/>
        <source>Évaluation à mi-parcours</source>
        <translation>Tussentijdse evaluatie</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="135"/>
        <source>Évaluation finale</source>
        <translation>Eindevaluatie</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="136"/>
        <source>Plan d&apos;action annuel</source>
        <translation>Jaarlijks actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="142"/>
        <source>Avec les graphiques des indicateurs</source>
        <translation>Met de grafieken van de indicatoren</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="144"/>
        <source>Aussi en PDF (LibreOffice)</source>
        <translation>Ook in PDF (LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="145"/>
        <source>Écrire le document…</source>
        <translation>Document schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="150"/>
        <source>Le document est construit à partir du plan et de son suivi ; le plan n&apos;est pas modifié.</source>
        <translation>Het document wordt opgesteld op basis van het plan en de opvolging ervan; het plan wordt niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="154"/>
        <source>Document :</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="155"/>
        <source>Année :</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="156"/>
        <source>Objectifs :</source>
        <translation>Doelstellingen:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="168"/>
        <source>LibreOffice n&apos;est pas installé : le PDF n&apos;est pas disponible.</source>
        <translation>LibreOffice is niet geïnstalleerd: PDF is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="189"/>
        <source>Tous les objectifs</source>
        <translation>Alle doelstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="230"/>
        <source>Rédaction en cours…</source>
        <translation>Bezig met opstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="232"/>
        <source>Rédaction du document…</source>
        <translation>Document wordt opgesteld…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="240"/>
        <source>Document enregistré : %1</source>
        <translation>Document opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="243"/>
        <source>Document enregistré</source>
        <translation>Document opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="244"/>
        <source>« %1 » est enregistré. L&apos;ouvrir maintenant ?</source>
        <translation>« %1 » is opgeslagen. Nu openen?</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="245"/>
        <source>Ouvrir</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="247"/>
        <source>Ouverture impossible</source>
        <translation>Openen onmogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="248"/>
        <source>Impossible d&apos;ouvrir « %1 ».</source>
        <translation>Kan &apos;%1&apos; niet openen.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="257"/>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="261"/>
        <source>Erreur inattendue : %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="264"/>
        <source>Document non écrit</source>
        <translation>Document niet geschreven</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="265"/>
        <source>Le plan n&apos;a pas été modifié.</source>
        <translation>Het plan is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <location filename="../../ui/shell/docks.py" line="185"/>
        <source>Alignement national</source>
        <translation>Nationale afstemming</translation>
    </message>
    <message>
        <location filename="../../ui/shell/docks.py" line="187"/>
        <source>Référentiel national</source>
        <translation>Nationaal referentiekader</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/shell/start_page.py" line="37"/>
        <source>ZonalPlan</source>
        <translation>ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="39"/>
        <source>Rédiger le plan zonal de sécurité, le confronter au Plan national de sécurité 2026-2029 et à la Note-cadre de sécurité intégrale, puis l&apos;exporter pour le conseil zonal de sécurité.</source>
        <translation>Het zonaal veiligheidsplan opstellen, het toetsen aan het Nationaal Veiligheidsplan 2026-2029 en aan de Kadernota Integrale Veiligheid, en het daarna exporteren voor de zonale veiligheidsraad.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="45"/>
        <source>Nouveau plan</source>
        <translation>Nieuw plan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="46"/>
        <source>Un assistant, puis chaque chapitre pas à pas</source>
        <translation>Een assistent, daarna elk hoofdstuk stap voor stap</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="48"/>
        <source>Ouvrir un plan…</source>
        <translation>Een plan openen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="49"/>
        <source>Un fichier .zplan de votre ordinateur ou du réseau</source>
        <translation>Een .zplan-bestand van uw computer of van het netwerk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="51"/>
        <source>Ouvrir la démonstration</source>
        <translation>De demonstratie openen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="52"/>
        <source>Un plan complet d&apos;une zone fictive, pour découvrir</source>
        <translation>Een volledig plan van een fictieve zone, om kennis te maken</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="54"/>
        <source>&lt;b&gt;Plans récents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recente plannen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="57"/>
        <source>Plans récents</source>
        <translation>Recente plannen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="58"/>
        <source>Aucun plan récent.</source>
        <translation>Geen recente plannen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="126"/>
        <source>{} (fichier introuvable)</source>
        <translation>{} (bestand niet gevonden)</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="33"/>
        <source>Ajouter</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="34"/>
        <source>Supprimer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="35"/>
        <source>Monter</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="36"/>
        <source>Descendre</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>TextChapterEditor</name>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="103"/>
        <source>{} mot(s)</source>
        <translation>{} woord(en)</translation>
    </message>
</context>
<context>
    <name>TextChapterView</name>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="26"/>
        <source>Liste à puces</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="27"/>
        <source>Transformer les lignes choisies en liste à puces, ou l&apos;inverse</source>
        <translation>De gekozen regels omzetten in een opsomming, of omgekeerd</translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="29"/>
        <source>Retrait</source>
        <translation>Inspringen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="30"/>
        <source>Mettre les puces en retrait (Tab)</source>
        <translation>Opsommingstekens laten inspringen (Tab)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="31"/>
        <source>Retrait arrière</source>
        <translation>Uitspringen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="32"/>
        <source>Ramener les puces vers la marge (Maj+Tab)</source>
        <translation>Opsommingstekens naar de kantlijn terugbrengen (Shift+Tab)</translation>
    </message>
</context>
<context>
    <name>VersionsEditor</name>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="97"/>
        <source>Enregistrez le plan dans un fichier pour garder des versions.</source>
        <translation>Sla het plan op in een bestand om versies te bewaren.</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="101"/>
        <source>Une version garde tout le plan sous un nom, dans le fichier. Restaurer remplace le contenu affiché ; Ctrl+Z annule la restauration.</source>
        <translation>Een versie bewaart het hele plan onder een naam, in het bestand. Terugzetten vervangt de getoonde inhoud; Ctrl+Z maakt het terugzetten ongedaan.</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="141"/>
        <source>Projet du {}</source>
        <translation>Ontwerp van {}</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="143"/>
        <source>Créer une version</source>
        <translation>Versie aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="144"/>
        <source>Nom de la version :</source>
        <translation>Naam van de versie:</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="151"/>
        <source>Version non créée</source>
        <translation>Versie niet aangemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="170"/>
        <source>Restaurer une version</source>
        <translation>Een versie terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="171"/>
        <source>Remplacer le contenu du plan par la version « {} » du {} ?

L&apos;état actuel est d&apos;abord gardé comme version, et la restauration peut être annulée (Ctrl+Z).</source>
        <translation>De inhoud van het plan vervangen door de versie &apos;{}&apos; van {}?

De huidige toestand wordt eerst als versie bewaard, en het terugzetten kan ongedaan worden gemaakt (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="174"/>
        <source>Restaurer</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="178"/>
        <source>Avant restauration de « {} »</source>
        <translation>Vóór het terugzetten van &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="181"/>
        <source>Restauration impossible</source>
        <translation>Terugzetten onmogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="183"/>
        <source>Restaurer la version « {} »</source>
        <translation>De versie &apos;{}&apos; terugzetten</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="46"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="46"/>
        <source>Auteur</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="47"/>
        <source>Créée le</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="53"/>
        <source>Créer une version…</source>
        <translation>Versie aanmaken…</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="55"/>
        <source>Restaurer…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="57"/>
        <source>Comparer avec la version actuelle…</source>
        <translation>Vergelijken met de huidige versie…</translation>
    </message>
</context>
<context>
    <name>ZoneEditor</name>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="78"/>
        <source>cycle de {} ans</source>
        <translation>cyclus van {} jaar</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="83"/>
        <source>Total : {} habitants</source>
        <translation>Totaal: {} inwoners</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="86"/>
        <source>somme : {}</source>
        <translation>som: {}</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="158"/>
        <source>Modifier la période</source>
        <translation>Periode wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="176"/>
        <source>(référentiel en chargement)</source>
        <translation>(referentiekader wordt geladen)</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="218"/>
        <source>Modifier une commune</source>
        <translation>Gemeente wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="222"/>
        <source>Nouvelle commune</source>
        <translation>Nieuwe gemeente</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="224"/>
        <source>Ajouter une commune</source>
        <translation>Gemeente toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="236"/>
        <source>Supprimer une commune</source>
        <translation>Gemeente verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="251"/>
        <source>Modifier un membre du CZS</source>
        <translation>Lid van de ZVR wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="268"/>
        <source>Nouveau membre</source>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="270"/>
        <source>Ajouter un membre du CZS</source>
        <translation>Lid van de ZVR toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="280"/>
        <source>Supprimer un membre du CZS</source>
        <translation>Lid van de ZVR verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="287"/>
        <source>Déplacer un membre du CZS</source>
        <translation>Lid van de ZVR verplaatsen</translation>
    </message>
</context>
<context>
    <name>ZonePage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="70"/>
        <source>La zone de police</source>
        <translation>De politiezone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="71"/>
        <source>Ces données figurent sur la page de titre du plan. Vous pourrez les modifier plus tard au chapitre « Zone et CZS ».</source>
        <translation>Deze gegevens staan op de titelpagina van het plan. U kunt ze later wijzigen in het hoofdstuk &apos;Zone en ZVR&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="75"/>
        <source>ZP Condroz-Famenne</source>
        <translation>PZ Vlaamse Ardennen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="88"/>
        <source>Nom de la zone</source>
        <translation>Naam van de zone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="89"/>
        <source>Numéro de zone (4 chiffres)</source>
        <translation>Zonenummer (4 cijfers)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="90"/>
        <source>Région</source>
        <translation>Gewest</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="91"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="92"/>
        <source>Arrondissement judiciaire</source>
        <translation>Gerechtelijk arrondissement</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="98"/>
        <source>Indiquez le nom de la zone.</source>
        <translation>Vermeld de naam van de zone.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="102"/>
        <source>Le numéro de zone compte 4 chiffres, par exemple 5314.</source>
        <translation>Het zonenummer telt 4 cijfers, bijvoorbeeld 5314.</translation>
    </message>
</context>
<context>
    <name>ZoneView</name>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="36"/>
        <location filename="../../ui/zone/zone_view.py" line="43"/>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="37"/>
        <source>Code INS</source>
        <translation>NIS-code</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="38"/>
        <source>Population</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="42"/>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="42"/>
        <source>Rôle</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="44"/>
        <source>Fonction imprimée</source>
        <translation>Gedrukte functie</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="90"/>
        <source>nom de la zone</source>
        <translation>naam van de zone</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="91"/>
        <source>ZP Condroz-Famenne</source>
        <translation>PZ Vlaamse Ardennen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="93"/>
        <source>numéro de zone</source>
        <translation>zonenummer</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="99"/>
        <source>région</source>
        <translation>gewest</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="100"/>
        <source>province</source>
        <translation>provincie</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="101"/>
        <location filename="../../ui/zone/zone_view.py" line="104"/>
        <source>Namur</source>
        <translation>Oost-Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="103"/>
        <source>arrondissement judiciaire</source>
        <translation>gerechtelijk arrondissement</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="105"/>
        <source>population</source>
        <translation>inwoners</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="108"/>
        <source>superficie</source>
        <translation>oppervlakte</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="128"/>
        <source>Voir les éditions installées et choisir celle que le plan cite</source>
        <translation>De geïnstalleerde edities bekijken en kiezen welke het plan vermeldt</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="130"/>
        <source>Éditions…</source>
        <translation>Edities…</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="136"/>
        <source>Identité de la zone</source>
        <translation>Identiteit van de zone</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="139"/>
        <source>Nom de la zone</source>
        <translation>Naam van de zone</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="140"/>
        <source>Numéro</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="141"/>
        <source>Période du plan</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="142"/>
        <source>Édition du référentiel</source>
        <translation>Editie van het referentiekader</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="143"/>
        <source>Région</source>
        <translation>Gewest</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="144"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="145"/>
        <source>Arrondissement judiciaire</source>
        <translation>Gerechtelijk arrondissement</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="148"/>
        <source>habitants ;</source>
        <translation>inwoners;</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="150"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="152"/>
        <source>Population, superficie</source>
        <translation>Inwoners, oppervlakte</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="156"/>
        <source>Communes de la zone</source>
        <translation>Gemeenten van de zone</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="162"/>
        <source>Ajouter une commune</source>
        <translation>Gemeente toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="163"/>
        <location filename="../../ui/zone/zone_view.py" line="181"/>
        <source>Ajouter</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="164"/>
        <source>Supprimer la commune choisie</source>
        <translation>Gekozen gemeente verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="176"/>
        <source>Conseil zonal de sécurité (art. 35 LPI)</source>
        <translation>Zonale veiligheidsraad (art. 35 WGP)</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="180"/>
        <source>Fonction imprimée sous le nom sur la page de signatures (facultatif)</source>
        <translation>Functie gedrukt onder de naam op de ondertekeningspagina (facultatief)</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="181"/>
        <source>Ajouter un membre</source>
        <translation>Lid toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="182"/>
        <source>Supprimer le membre choisi</source>
        <translation>Gekozen lid verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="183"/>
        <source>Monter</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="184"/>
        <source>Descendre</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="185"/>
        <source>Membres de droit : le ou les bourgmestres, le procureur du Roi, le chef de corps, le DirCo. Double-clic ou F2 pour modifier une cellule.</source>
        <translation>Leden van rechtswege: de burgemeester(s), de procureur des Konings, de korpschef, de DirCo. Dubbelklik of F2 om een cel te wijzigen.</translation>
    </message>
</context>
<context>
    <name>ZonesReviewWindow</name>
    <message>
        <location filename="../../ui/review/zones_window.py" line="66"/>
        <source>Relecture des plans zonaux — ZonalPlan</source>
        <translation>Nalezing van de zonale plannen — ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="104"/>
        <location filename="../../ui/review/zones_window.py" line="222"/>
        <source>Relecture impossible</source>
        <translation>Nalezing onmogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="105"/>
        <source>Le référentiel national est encore en chargement ; réessayez dans un instant.</source>
        <translation>Het nationale referentiekader wordt nog geladen; probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="110"/>
        <source>Dossier des plans à relire</source>
        <translation>Map met de na te lezen plannen</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="117"/>
        <source>Relecture de {} en cours…</source>
        <translation>{} wordt nagelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="120"/>
        <source>Relecture des plans du dossier…</source>
        <translation>Plannen in de map worden nagelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="143"/>
        <source>Exporter le tableau (CSV)</source>
        <translation>Tabel exporteren (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="150"/>
        <source>Exporter la synthèse (Word)</source>
        <translation>Overzicht exporteren (Word)</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="177"/>
        <source>Fichiers ignorés ({})</source>
        <translation>Genegeerde bestanden ({})</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="179"/>
        <source>{} — {} plan(s) relu(s), {} fichier(s) ignoré(s)</source>
        <translation>{} — {} plan(nen) nagelezen, {} bestand(en) genegeerd</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="181"/>
        <source>Relecture des plans zonaux — {}</source>
        <translation>Nalezing van de zonale plannen — {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="184"/>
        <source>Relecture terminée.</source>
        <translation>Nalezing voltooid.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="194"/>
        <source>Graphique en préparation…</source>
        <translation>Grafiek wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="209"/>
        <source>Le graphique n&apos;a pas pu être dessiné ; le tableau et les exports restent complets.</source>
        <translation>De grafiek kon niet getekend worden; de tabel en de exports blijven volledig.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="212"/>
        <source>Aucun plan relu dans ce dossier : pas de graphique.</source>
        <translation>Geen enkel plan nagelezen in deze map: geen grafiek.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="217"/>
        <source>Relecture annulée.</source>
        <translation>Nalezing geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="220"/>
        <source>Erreur inattendue : {}</source>
        <translation>Onverwachte fout: {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="230"/>
        <source>{} zone(s) affichée(s) sur {}</source>
        <translation>{} zone(s) getoond van {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="270"/>
        <source>Export en cours…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="276"/>
        <source>Fichier écrit : {}</source>
        <translation>Bestand geschreven: {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="282"/>
        <source>Le fichier n&apos;a pas pu être écrit ({}).</source>
        <translation>Het bestand kon niet worden geschreven ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="283"/>
        <source>Export impossible</source>
        <translation>Exporteren onmogelijk</translation>
    </message>
</context>
<context>
    <name>ZonesView</name>
    <message>
        <location filename="../../ui/review/zones_view.py" line="42"/>
        <source>Relecture</source>
        <translation>Nalezing</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="48"/>
        <source>Ouvrir un dossier…</source>
        <translation>Een map openen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="50"/>
        <source>Ouvrir la zone</source>
        <translation>Zone openen</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="51"/>
        <source>Ouvrir le plan de la zone sélectionnée (double-clic)</source>
        <translation>Het plan van de geselecteerde zone openen (dubbelklik)</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="53"/>
        <source>Exporter CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="54"/>
        <source>Exporter Word…</source>
        <translation>Word exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="57"/>
        <source>Filtrer : nom, numéro, fichier…</source>
        <translation>Filteren: naam, nummer, bestand…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="73"/>
        <source>Choisissez le dossier où se trouvent les plans des zones (fichiers .zplan). Ils sont lus sans être modifiés ni verrouillés.</source>
        <translation>Kies de map met de plannen van de zones (.zplan-bestanden). Ze worden gelezen zonder ze te wijzigen of te vergrendelen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="79"/>
        <source>Choisir un dossier de plans…</source>
        <translation>Een map met plannen kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="106"/>
        <source>Décisions sur les thèmes du PNS : </source>
        <translation>Beslissingen over de thema&apos;s van het NVP: </translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="108"/>
        <source> &amp;nbsp;·&amp;nbsp; Dimensions NCSI : nombre d&apos;objectifs liés, &lt;span style=&quot;background-color:{};&quot;&gt;&amp;nbsp;0&amp;nbsp;&lt;/span&gt; = non couverte</source>
        <translation> &amp;nbsp;·&amp;nbsp; Dimensies KIV: aantal gekoppelde doelstellingen, &lt;span style=&quot;background-color:{};&quot;&gt;&amp;nbsp;0&amp;nbsp;&lt;/span&gt; = niet gedekt</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="119"/>
        <source>Tableau par zone</source>
        <translation>Tabel per zone</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="129"/>
        <source>Thèmes retenus par les zones</source>
        <translation>Thema&apos;s die de zones weerhouden</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="134"/>
        <source>Fichier</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="134"/>
        <source>Raison</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>_CapacityModel</name>
    <message>
        <location filename="../../ui/capacity/models.py" line="39"/>
        <source>« %1 » n&apos;est pas un nombre d&apos;ETP : tapez par exemple 12 ou 12,5.</source>
        <translation>&apos;%1&apos; is geen aantal VTE: typ bijvoorbeeld 12 of 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="42"/>
        <source>La capacité ne peut pas être négative.</source>
        <translation>De capaciteit kan niet negatief zijn.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/shell/actions.py" line="64"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="65"/>
        <source>&amp;Édition</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="66"/>
        <source>&amp;Chapitres</source>
        <translation>&amp;Hoofdstukken</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="67"/>
        <source>&amp;Affichage</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="68"/>
        <source>&amp;Relecture</source>
        <translation>&amp;Nalezen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="69"/>
        <source>Aid&amp;e</source>
        <translation>Hel&amp;p</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="223"/>
        <source>Plans &amp;récents</source>
        <translation>Recen&amp;te plannen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="225"/>
        <source>Barre d&apos;outils</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="179"/>
        <source>&amp;Nouveau plan…</source>
        <translation>&amp;Nieuw plan…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="180"/>
        <source>Créer un plan avec l&apos;assistant</source>
        <translation>Een plan aanmaken met de assistent</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="181"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="182"/>
        <source>Ouvrir un fichier de plan (.zplan)</source>
        <translation>Een planbestand (.zplan) openen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="183"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>&amp;Demonstratie openen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="184"/>
        <source>Nouveau c&amp;ycle…</source>
        <translation>Nieuwe c&amp;yclus…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="185"/>
        <source>Créer le plan suivant à partir du plan qui se termine</source>
        <translation>Het volgende plan maken op basis van het plan dat afloopt</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="186"/>
        <source>Fusion de &amp;zones…</source>
        <translation>Fusie van &amp;zones…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="187"/>
        <source>Créer le premier plan d&apos;une zone fusionnée à partir des plans des zones</source>
        <translation>Het eerste plan van een gefuseerde zone maken op basis van de plannen van de zones</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="188"/>
        <source>&amp;Enregistrer</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="189"/>
        <source>Enregistrer le plan dans son fichier</source>
        <translation>Het plan in zijn bestand opslaan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="190"/>
        <source>Enregistrer &amp;sous…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="191"/>
        <source>Créer une &amp;version…</source>
        <translation>&amp;Versie aanmaken…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="192"/>
        <source>Garder l&apos;état actuel du plan sous un nom</source>
        <translation>De huidige toestand van het plan onder een naam bewaren</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="193"/>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="194"/>
        <source>Exporter le plan en document Word</source>
        <translation>Het plan exporteren als Word-document</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="195"/>
        <source>&amp;Fermer le plan</source>
        <translation>Plan sl&amp;uiten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="196"/>
        <source>&amp;Préférences…</source>
        <translation>Voo&amp;rkeuren…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="197"/>
        <source>&amp;Quitter</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="198"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="199"/>
        <source>&amp;Rétablir</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="200"/>
        <source>Rec&amp;hercher dans le référentiel</source>
        <translation>Zoeken in het &amp;referentiekader</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="201"/>
        <source>Aller à la &amp;liste des chapitres</source>
        <translation>Naar de &amp;lijst van hoofdstukken</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="202"/>
        <source>Chapitre &amp;précédent</source>
        <translation>&amp;Vorig hoofdstuk</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="203"/>
        <source>Chapitre &amp;suivant</source>
        <translation>V&amp;olgend hoofdstuk</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="204"/>
        <source>Mode &amp;guidé</source>
        <translation>&amp;Begeleide modus</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="205"/>
        <source>Rédiger le plan chapitre par chapitre, avec des conseils</source>
        <translation>Het plan hoofdstuk per hoofdstuk opstellen, met tips</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="206"/>
        <source>Panneau d&apos;&amp;alignement</source>
        <translation>&amp;Afstemmingspaneel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="207"/>
        <source>&amp;Référentiel national</source>
        <translation>Nationaal &amp;referentiekader</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="208"/>
        <source>Mode &amp;relecture (notes seulement)</source>
        <translation>&amp;Naleesmodus (alleen notities)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="209"/>
        <source>Le contenu passe en lecture seule ; seules les notes de relecture peuvent être ajoutées</source>
        <translation>De inhoud wordt alleen-lezen; alleen naleesnotities kunnen worden toegevoegd</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="210"/>
        <source>Panneau des &amp;notes</source>
        <translation>Notitie&amp;paneel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="211"/>
        <source>Reprendre les notes d&apos;un relec&amp;teur…</source>
        <translation>Notities van een na&amp;lezer overnemen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="212"/>
        <source>&amp;Comparer deux fichiers…</source>
        <translation>Twee bestanden &amp;vergelijken…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="213"/>
        <source>Relire les plans d&apos;un &amp;dossier…</source>
        <translation>Plannen in een &amp;map nalezen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="214"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="215"/>
        <source>Conseils de rédaction et raccourcis clavier</source>
        <translation>Schrijftips en sneltoetsen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="216"/>
        <source>À &amp;propos de ZonalPlan</source>
        <translation>&amp;Over ZonalPlan</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="marked_strings.py" line="224"/>
        <source>Confirmer</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="225"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="226"/>
        <source>Modifications non enregistrées</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="227"/>
        <source>Le plan « {} » contient des modifications non enregistrées.</source>
        <translation>Het plan &apos;{}&apos; bevat niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="228"/>
        <source>Voulez-vous les enregistrer avant de continuer ?</source>
        <translation>Wilt u ze opslaan voordat u verdergaat?</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="229"/>
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="230"/>
        <source>Ne pas enregistrer</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="231"/>
        <source>Récupération après un arrêt inattendu</source>
        <translation>Herstel na een onverwachte onderbreking</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="232"/>
        <source>ZonalPlan s&apos;est arrêté sans enregistrer « {} ». Une copie de récupération du {} a été trouvée.</source>
        <translation>ZonalPlan werd afgesloten zonder &apos;{}&apos; op te slaan. Er werd een herstelkopie van {} gevonden.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="233"/>
        <source>Fichier d&apos;origine : {}

Restaurer ouvre le plan avec les modifications récupérées (à enregistrer ensuite). Abandonner supprime la copie de récupération.</source>
        <translation>Oorspronkelijk bestand: {}

Terugzetten opent het plan met de herstelde wijzigingen (daarna op te slaan). Verwerpen verwijdert de herstelkopie.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="234"/>
        <source>plan jamais enregistré</source>
        <translation>nooit opgeslagen plan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="235"/>
        <source>Restaurer</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="236"/>
        <source>Abandonner</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="237"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="238"/>
        <source>Ouvrir un plan</source>
        <translation>Een plan openen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="239"/>
        <source>Enregistrer le plan sous</source>
        <translation>Plan opslaan als</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="marked_strings.py" line="30"/>
        <source>Graphique d&apos;évolution</source>
        <translation>Evolutiegrafiek</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="31"/>
        <source>Graphique par commune</source>
        <translation>Grafiek per gemeente</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="32"/>
        <source>Graphique de ventilation (accidents)</source>
        <translation>Opsplitsingsgrafiek (ongevallen)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="33"/>
        <source>Tableau</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="34"/>
        <source>Image (carte, organigramme, photo)</source>
        <translation>Afbeelding (kaart, organigram, foto)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="35"/>
        <source>par heure</source>
        <translation>per uur</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="36"/>
        <source>par jour de la semaine</source>
        <translation>per weekdag</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="37"/>
        <source>par type de route</source>
        <translation>per wegtype</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="38"/>
        <source>par luminosité</source>
        <translation>per lichtomstandigheid</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="39"/>
        <source>par type de collision</source>
        <translation>per type aanrijding</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="40"/>
        <source>en ou hors agglomération</source>
        <translation>binnen of buiten de bebouwde kom</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="41"/>
        <source>par commune</source>
        <translation>per gemeente</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="42"/>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="43"/>
        <source>image absente</source>
        <translation>afbeelding ontbreekt</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="44"/>
        <source>Graphique</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="45"/>
        <source>au début</source>
        <translation>aan het begin</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="46"/>
        <source>après le paragraphe {}</source>
        <translation>na paragraaf {}</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="47"/>
        <source>Chiffres et tendance</source>
        <translation>Cijfers en trend</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="48"/>
        <source>Enquête de population</source>
        <translation>Bevolkingsbevraging</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="49"/>
        <source>Attentes des autorités et partenaires</source>
        <translation>Verwachtingen van de overheden en partners</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="50"/>
        <source>PNS et NCSI</source>
        <translation>NVP en KIV</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="51"/>
        <source>Faisabilité et capacité</source>
        <translation>Haalbaarheid en capaciteit</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="52"/>
        <source>priorité</source>
        <translation>prioriteit</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="53"/>
        <source>point d&apos;attention</source>
        <translation>aandachtspunt</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="54"/>
        <source>fonctionnement régulier</source>
        <translation>reguliere werking</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="55"/>
        <source>non retenu</source>
        <translation>niet weerhouden</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="56"/>
        <source>Score pondéré = somme des scores × pondérations, rapportée au maximum possible ; à partir de 70 % : priorité, de 50 % : point d&apos;attention, de 30 % : fonctionnement régulier, en dessous : non retenu.</source>
        <translation>Gewogen score = som van de scores × wegingen, ten opzichte van het mogelijke maximum; vanaf 70 %: prioriteit, vanaf 50 %: aandachtspunt, vanaf 30 %: reguliere werking, daaronder: niet weerhouden.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="57"/>
        <source>accidents de la route (Statbel)</source>
        <translation>verkeersongevallen (Statbel)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="58"/>
        <source>population (Statbel)</source>
        <translation>bevolking (Statbel)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="59"/>
        <source>statistiques policières de criminalité</source>
        <translation>politiële criminaliteitsstatistieken</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="60"/>
        <source>enquête de population</source>
        <translation>bevolkingsbevraging</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="61"/>
        <source>tableau</source>
        <translation>tabel</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="36"/>
        <location filename="../../ui/export/dialog.py" line="55"/>
        <source>Exporter le plan</source>
        <translation>Plan exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="37"/>
        <source>Document Word (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="47"/>
        <source>Dossier des modèles de la zone</source>
        <translation>Map met de sjablonen van de zone</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="56"/>
        <source>Exporter quand même ? Les parties vides seront imprimées « À compléter ».</source>
        <translation>Toch exporteren? De lege onderdelen worden afgedrukt als ‘In te vullen’.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="59"/>
        <source>Exporter quand même</source>
        <translation>Toch exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="57"/>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation>De map &apos;%1&apos; bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="60"/>
        <source>Le dossier « %1 » ne contient pas de modèle « %2 ».</source>
        <translation>De map &apos;%1&apos; bevat geen sjabloon &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../../ui/followup/labels.py" line="16"/>
        <source>prévu</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="17"/>
        <source>en cours</source>
        <translation>lopend</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="18"/>
        <source>réalisé</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="19"/>
        <source>reporté</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="20"/>
        <source>abandonné</source>
        <translation>stopgezet</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="23"/>
        <source>en bonne voie</source>
        <translation>op koers</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="24"/>
        <source>à surveiller</source>
        <translation>op te volgen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="25"/>
        <source>en retard</source>
        <translation>achter op schema</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="26"/>
        <source>non évaluable</source>
        <translation>niet te beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="31"/>
        <source>priorité</source>
        <translation>prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="32"/>
        <source>point d&apos;attention</source>
        <translation>aandachtspunt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="35"/>
        <source>fonctionnement externe</source>
        <translation>externe werking</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="36"/>
        <source>fonctionnement interne</source>
        <translation>interne werking</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="38"/>
        <source>Trajectoire en ligne droite de la valeur de départ à la valeur cible ; la dernière mesure est « en bonne voie » si elle accuse au plus 10 % de retard sur la distance totale, « à surveiller » de 10 à 30 %, « en retard » au-delà.</source>
        <translation>Traject in rechte lijn van de beginwaarde naar de streefwaarde; de laatste meting is « op koers » als ze hoogstens 10 % achterstand heeft op de totale afstand, « op te volgen » bij 10 tot 30 %, « achter op schema » daarboven.</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="marked_strings.py" line="173"/>
        <source>Ce que le chapitre doit contenir</source>
        <translation>Wat het hoofdstuk moet bevatten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="174"/>
        <source>Exemples de plans publiés</source>
        <translation>Voorbeelden uit gepubliceerde plannen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="175"/>
        <source>Attention</source>
        <translation>Let op</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="marked_strings.py" line="219"/>
        <source>Aide de ZonalPlan</source>
        <translation>Help bij ZonalPlan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="220"/>
        <source>Ce chapitre</source>
        <translation>Dit hoofdstuk</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="221"/>
        <source>Raccourcis clavier</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="222"/>
        <source>Dans un texte : une ligne commençant par « - » est une puce ; Tab crée une puce ou la met en retrait, Maj+Tab la remet à la marge ; une ligne vide sépare deux paragraphes. Ctrl+Tab passe au champ suivant.</source>
        <translation>In een tekst: een regel die begint met &apos;-&apos; is een opsommingsteken; Tab maakt een opsommingsteken of laat het inspringen, Shift+Tab brengt het terug naar de kantlijn; een lege regel scheidt twee alinea&apos;s. Ctrl+Tab gaat naar het volgende veld.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="223"/>
        <source>Guide de rédaction, chapitre par chapitre</source>
        <translation>Schrijfgids, hoofdstuk per hoofdstuk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="44"/>
        <source>ZonalPlan {}

Rédiger le plan zonal de sécurité d&apos;une zone de police locale, le confronter au Plan national de sécurité 2026-2029 et à la Note-cadre de sécurité intégrale, et l&apos;exporter en document Word. Fonctionne hors ligne.</source>
        <translation>ZonalPlan {}

Het zonaal veiligheidsplan van een lokale politiezone opstellen, het toetsen aan het Nationaal Veiligheidsplan 2026-2029 en aan de Kadernota Integrale Veiligheid, en het exporteren als Word-document. Werkt offline.</translation>
    </message>
</context>
<context>
    <name>objectives</name>
    <message>
        <location filename="../../ui/binding/run.py" line="24"/>
        <source>La modification n&apos;a pas pu être appliquée.</source>
        <translation>De wijziging kon niet worden toegepast.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="20"/>
        <source>Lier à un élément national</source>
        <translation>Koppelen aan een nationaal element</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="21"/>
        <source>Supprimer un lien national</source>
        <translation>Een nationale koppeling verwijderen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="22"/>
        <source>Modifier le poids d&apos;un lien</source>
        <translation>Het gewicht van een koppeling wijzigen</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="marked_strings.py" line="217"/>
        <source>Chargement du référentiel national…</source>
        <translation>Nationaal referentiekader wordt geladen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="218"/>
        <source>Cet éditeur s&apos;affiche dès que le référentiel est prêt.</source>
        <translation>Deze editor verschijnt zodra het referentiekader klaar is.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="marked_strings.py" line="87"/>
        <source>version précédente</source>
        <translation>vorige versie</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="88"/>
        <source>version actuelle</source>
        <translation>huidige versie</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="89"/>
        <source>Comparaison impossible</source>
        <translation>Vergelijken onmogelijk</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="90"/>
        <source>Cette version n&apos;existe plus dans le fichier.</source>
        <translation>Deze versie bestaat niet meer in het bestand.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="91"/>
        <source>Version « {} » du {}</source>
        <translation>Versie &apos;{}&apos; van {}</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="92"/>
        <source>Version actuelle (non enregistrée)</source>
        <translation>Huidige versie (niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="93"/>
        <source>Version actuelle</source>
        <translation>Huidige versie</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="94"/>
        <source>Version « avant » à comparer</source>
        <translation>&apos;Vóór&apos;-versie om te vergelijken</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="95"/>
        <source>Version « après » à comparer</source>
        <translation>&apos;Na&apos;-versie om te vergelijken</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="96"/>
        <source>Comparaison des deux plans…</source>
        <translation>De twee plannen worden vergeleken…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="97"/>
        <source>Résumé</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="98"/>
        <source>Zone et CZS</source>
        <translation>Zone en ZVR</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="99"/>
        <source>Chapitres</source>
        <translation>Hoofdstukken</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="100"/>
        <source>Autres textes</source>
        <translation>Andere teksten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="101"/>
        <source>Attentes des autorités</source>
        <translation>Verwachtingen van de overheden</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="102"/>
        <source>Objectifs</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="103"/>
        <source>Décisions PNS</source>
        <translation>Beslissingen NVP</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="104"/>
        <source>Capacité</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="105"/>
        <source>Approbation</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="106"/>
        <source>Suivi</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="107"/>
        <source>{} constat(s) corrigé(s), {} nouveau(x) constat(s)</source>
        <translation>{} vaststelling(en) opgelost, {} nieuwe vaststelling(en)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="108"/>
        <source>Alignement</source>
        <translation>Afstemming</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="109"/>
        <source>Comparaison des plans de deux zones différentes</source>
        <translation>Vergelijking van de plannen van twee verschillende zones</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="110"/>
        <source>Comparaison de deux versions du plan</source>
        <translation>Vergelijking van twee versies van het plan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="111"/>
        <source>Avant</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="112"/>
        <source>Après</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="113"/>
        <source>Attention : ces deux plans appartiennent à deux zones différentes. Les différences ci-dessous ne sont pas des modifications d&apos;une version à l&apos;autre.</source>
        <translation>Let op: deze twee plannen behoren tot twee verschillende zones. De verschillen hieronder zijn geen wijzigingen van de ene versie naar de andere.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="114"/>
        <source>Les deux versions ont le même contenu.</source>
        <translation>Beide versies hebben dezelfde inhoud.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="115"/>
        <source>Différences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="116"/>
        <source>Pages modifiées</source>
        <translation>Gewijzigde pagina&apos;s</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="117"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="118"/>
        <source>Période</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="119"/>
        <source>Conseil zonal de sécurité</source>
        <translation>Zonale veiligheidsraad</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="120"/>
        <source>Attentes des autorités et partenaires</source>
        <translation>Verwachtingen van de overheden en partners</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="121"/>
        <source>Aucun élément dans cette version.</source>
        <translation>Geen elementen in deze versie.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="122"/>
        <source> (apparié par le nom)</source>
        <translation> (gekoppeld op naam)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="123"/>
        <source>(supprimé)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="124"/>
        <source>(absent)</source>
        <translation>(ontbreekt)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="125"/>
        <source>, déplacé</source>
        <translation>, verplaatst</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="126"/>
        <source>Objectifs stratégiques</source>
        <translation>Strategische doelstellingen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="127"/>
        <source>Objectif ajouté dans la version « après ».</source>
        <translation>Doelstelling toegevoegd in de &apos;na&apos;-versie.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="128"/>
        <source>Objectif supprimé dans la version « après ».</source>
        <translation>Doelstelling verwijderd in de &apos;na&apos;-versie.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="129"/>
        <source>Objectif</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="130"/>
        <source>Apparié par l&apos;intitulé ({:.0%}) : identifiant « {} » avant, « {} » après.</source>
        <translation>Gekoppeld op titel ({:.0%}): identificatie &apos;{}&apos; vóór, &apos;{}&apos; na.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="131"/>
        <source>Déplacé dans la liste des objectifs.</source>
        <translation>Verplaatst in de lijst van doelstellingen.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="132"/>
        <source>Liens au cadre national</source>
        <translation>Koppelingen met het nationale kader</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="133"/>
        <source>Indicateurs</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="134"/>
        <source>Décisions sur le Plan national de sécurité</source>
        <translation>Beslissingen over het Nationaal Veiligheidsplan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="135"/>
        <source>Décision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="136"/>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="137"/>
        <source>{} : {} ETP</source>
        <translation>{}: {} VTE</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="138"/>
        <source>Capacité par fonctionnalité de base</source>
        <translation>Capaciteit per basisfunctionaliteit</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="139"/>
        <source>{} : {} ETP, {} heures/an</source>
        <translation>{}: {} VTE, {} uren/jaar</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="140"/>
        <source>Capacité des objectifs</source>
        <translation>Capaciteit van de doelstellingen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="141"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="142"/>
        <source>Mesures</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="143"/>
        <source>Aucun changement dans cette version.</source>
        <translation>Geen wijziging in deze versie.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="144"/>
        <source>Alignement national</source>
        <translation>Nationale afstemming</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="145"/>
        <source>Le référentiel national n&apos;était pas chargé : l&apos;alignement n&apos;a pas été comparé.</source>
        <translation>Het nationale referentiekader was niet geladen: de afstemming werd niet vergeleken.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="146"/>
        <source>Constats</source>
        <translation>Vaststellingen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="147"/>
        <source>Erreurs</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="148"/>
        <source>Avertissements</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="149"/>
        <source>Informations</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="150"/>
        <source>Couverture du cadre national</source>
        <translation>Dekking van het nationale kader</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="151"/>
        <source>Constats corrigés ({})</source>
        <translation>Opgeloste vaststellingen ({})</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="152"/>
        <source>Nouveaux constats ({})</source>
        <translation>Nieuwe vaststellingen ({})</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="153"/>
        <source>Aucun.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="157"/>
        <source>Mode relecture : seules les notes peuvent être ajoutées</source>
        <translation>Naleesmodus: alleen notities kunnen worden toegevoegd</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="158"/>
        <source>Nom de la zone de police</source>
        <translation>Naam van de politiezone</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="159"/>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="160"/>
        <source>Numéro de la zone</source>
        <translation>Nummer van de zone</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="161"/>
        <source>Modifié le</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="162"/>
        <source>Dernier enregistrement du plan</source>
        <translation>Laatste keer dat het plan werd opgeslagen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="163"/>
        <source>Objectifs stratégiques (priorités et points d&apos;attention)</source>
        <translation>Strategische doelstellingen (prioriteiten en aandachtspunten)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="164"/>
        <source>Erreurs d&apos;alignement sur le cadre national</source>
        <translation>Afstemmingsfouten ten opzichte van het nationale kader</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="165"/>
        <source>Avert.</source>
        <translation>Waarsch.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="166"/>
        <source>Avertissements d&apos;alignement</source>
        <translation>Afstemmingswaarschuwingen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="167"/>
        <source>{} — {} : nombre d&apos;objectifs liés</source>
        <translation>{} — {}: aantal gekoppelde doelstellingen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="168"/>
        <source>Fichier</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="169"/>
        <source>{} priorité(s), {} point(s) d&apos;attention</source>
        <translation>{} prioriteit(en), {} aandachtspunt(en)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="170"/>
        <source>{} erreur(s), {} avertissement(s), {} information(s)</source>
        <translation>{} fout(en), {} waarschuwing(en), {} informatiemelding(en)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="171"/>
        <source>Plan enregistré le {} ; fichier modifié le {}</source>
        <translation>Plan opgeslagen op {}; bestand gewijzigd op {}</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="172"/>
        <source>{} — {} : {} objectif(s)</source>
        <translation>{} — {}: {} doelstelling(en)</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="marked_strings.py" line="176"/>
        <source>Le fichier d&apos;origine ne s&apos;ouvre plus ({}) : l&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation>Het oorspronkelijke bestand opent niet meer ({}): de herstelde toestand wordt geopend als een nieuw plan, op te slaan onder een andere naam.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="177"/>
        <source>Restaurer l&apos;état récupéré</source>
        <translation>Herstelde toestand terugzetten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="178"/>
        <source>{} L&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation>{} De herstelde toestand wordt geopend als een nieuw plan, op te slaan onder een andere naam.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="161"/>
        <source>Veuillez patienter</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="165"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="204"/>
        <source>Erreur inattendue : {}</source>
        <translation>Onverwachte fout: {}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="206"/>
        <source>Erreur</source>
        <translation>Fout</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="fr_BE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/session.py" line="304"/>
        <source>Le fichier d&apos;origine ne s&apos;ouvre plus ({}) : l&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="308"/>
        <source>Restaurer l&apos;état récupéré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="310"/>
        <source>{} L&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="83"/>
        <source>%1 T%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="90"/>
        <source>aucune mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="92"/>
        <source>valeur de départ ou cible manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="93"/>
        <source>mesure %1 en %2, attendu %3 ; retard de %4 % de la distance à la cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="95"/>
        <source>mesure %1 en %2, attendu %3 ; avance de %4 % de la distance à la cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="125"/>
        <source>À propos de ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="93"/>
        <source>{} : ouverture impossible ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="98"/>
        <source>Ouverture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="130"/>
        <source>Démonstration indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="183"/>
        <source>Création impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="204"/>
        <location filename="../../ui/shell/window_files.py" line="224"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="206"/>
        <source>Plan enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="249"/>
        <source>Récupération impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="257"/>
        <source>Récupération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="273"/>
        <source>Aucun plan récent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <location filename="../../ui/followup/actions.py" line="52"/>
        <source>Points d&apos;attention aussi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="54"/>
        <source>Reprendre les actions ouvertes de l&apos;année précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="79"/>
        <location filename="../../ui/followup/actions.py" line="249"/>
        <source>Ajouter une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="80"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="81"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="82"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="92"/>
        <source>Année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="170"/>
        <source>%1 (%2 action(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="185"/>
        <source>Aucune priorité dans le plan : ajoutez-en dans « Stratégie et priorités ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="188"/>
        <source>sans responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="189"/>
        <source>%1 — plan d&apos;action %2 — responsable : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="248"/>
        <source>Nouvelle action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="263"/>
        <source>Supprimer une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="274"/>
        <source>Déplacer une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="284"/>
        <source>Aucune action ouverte en %1 à reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="288"/>
        <source>Reprendre %1 action(s) ouverte(s) de %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="292"/>
        <source>%1 action(s) reprise(s) de %2 : Ctrl+Z les retire toutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="34"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="34"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="34"/>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Heures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="36"/>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="108"/>
        <source>Modifier « %1 » d&apos;une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="119"/>
        <source>Une action a besoin d&apos;un intitulé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="126"/>
        <source>Date attendue, par exemple 15/03/2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="131"/>
        <source>Nombre d&apos;heures attendu, par exemple 120.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlignmentPanel</name>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="28"/>
        <source>Alignement national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="46"/>
        <location filename="../../ui/alignment_panel/panel.py" line="100"/>
        <source>Vérification en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="95"/>
        <source>Aucune remarque : le plan est aligné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="96"/>
        <source>À jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="135"/>
        <source>retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="135"/>
        <source>régulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="135"/>
        <source>non retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="136"/>
        <source>indécis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="141"/>
        <source>Thèmes du PNS :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlignmentPanelView</name>
    <message>
        <location filename="../../ui/alignment_panel/panel_view.py" line="28"/>
        <source>Vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel_view.py" line="29"/>
        <source>Relancer la vérification du plan maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel_view.py" line="41"/>
        <source>Remarques de la vérification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalEditor</name>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="93"/>
        <source>Aucun membre : ajoutez-les au chapitre « Zone et CZS ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalView</name>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="29"/>
        <source>date de la décision du CZS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="31"/>
        <source>lieu de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="32"/>
        <source>Commune où le CZS signe le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="35"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="36"/>
        <source>Projet soumis au CZS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="40"/>
        <source>mention de classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="41"/>
        <source>Aucune (laisser vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="45"/>
        <source>date d&apos;envoi aux ministres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="47"/>
        <source>date d&apos;approbation ministérielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="48"/>
        <source>Conseil zonal de sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="50"/>
        <source>Date de la décision du CZS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="51"/>
        <source>Lieu de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="52"/>
        <source>Version du document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="53"/>
        <source>Mention de classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="54"/>
        <source>Ministres de l&apos;Intérieur et de la Justice (art. 37 §3 LPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="57"/>
        <source>Date d&apos;envoi aux ministres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="58"/>
        <source>Date d&apos;approbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="59"/>
        <source>Signataires (membres du CZS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="33"/>
        <source>Valeur de départ depuis les données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="46"/>
        <source>Série :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="47"/>
        <source>Année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="48"/>
        <source>Source :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="51"/>
        <source>Reprendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="52"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="57"/>
        <source>Le plan ne contient pas encore de données : importez-les dans « Données de la zone ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundDateEdit</name>
    <message>
        <location filename="../../ui/binding/widgets.py" line="203"/>
        <source>jj/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/widgets.py" line="208"/>
        <source>Choisir dans le calendrier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletTextEdit</name>
    <message>
        <location filename="../../ui/widgets/text_edit.py" line="66"/>
        <source>Une ligne commençant par « - » est une puce. Tab : puce ou retrait ; Maj+Tab : retrait arrière ; ligne vide : nouveau paragraphe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityChart</name>
    <message>
        <location filename="../../ui/capacity/chart.py" line="31"/>
        <source>Graphique indisponible (QtCharts absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="52"/>
        <source>Priorités et points d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="53"/>
        <source>Missions fédérales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="55"/>
        <location filename="../../ui/capacity/chart.py" line="62"/>
        <source>Non attribué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="65"/>
        <source>Répartition de la capacité (ETP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="67"/>
        <source>Répartition de la capacité — surallocation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityEditor</name>
    <message>
        <location filename="../../ui/capacity/editor.py" line="49"/>
        <source>Modifier l&apos;effectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="51"/>
        <source>Modifier la capacité disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="53"/>
        <source>Modifier les missions fédérales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="55"/>
        <source>Date de référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="57"/>
        <source>Modifier le commentaire de capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="134"/>
        <source>ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="136"/>
        <source>Fonctionnalités de base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="137"/>
        <source>Priorités et points d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="138"/>
        <source>Missions fédérales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="148"/>
        <source>non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="161"/>
        <source>Surallocation : la capacité attribuée (%1 ETP) dépasse la capacité disponible (%2 ETP) de %3 ETP. Réduisez la capacité affectée aux fonctionnalités ou aux objectifs, ou vérifiez la capacité disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="23"/>
        <source>Total attribué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="24"/>
        <source>Capacité disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="25"/>
        <source>Reste à attribuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="44"/>
        <source>Fonctionnalités de base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="45"/>
        <source>Fonctionnalités de base (ETP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="47"/>
        <source>Capacité des objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="48"/>
        <source>Priorités et points d&apos;attention (ETP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="56"/>
        <source>Commentaire : mode de calcul, absences déduites, capacité des services d&apos;appui…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="59"/>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="74"/>
        <source>Capacité disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="79"/>
        <source>ex. 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="81"/>
        <source>ex. 72</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="83"/>
        <source>ex. 1,2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="85"/>
        <source>Date de référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="86"/>
        <source>Effectif (personnes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="87"/>
        <source>Capacité disponible (ETP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="88"/>
        <source>Missions fédérales (ETP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="97"/>
        <source>Capacité attribuée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="127"/>
        <source>Heures/an</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChapterNavigator</name>
    <message>
        <location filename="../../ui/sections/navigator.py" line="108"/>
        <source>État : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/navigator.py" line="111"/>
        <source>{} erreur(s) d&apos;alignement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../ui/objectives/chips.py" line="35"/>
        <source>Pourquoi cette suggestion :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/chips.py" line="36"/>
        <source>Cliquez pour lier l&apos;objectif à cet élément.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/chips.py" line="38"/>
        <source>Suggestion : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunesPage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="114"/>
        <source>Les communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="115"/>
        <source>Une ligne par commune. La population sert aux normes (un inspecteur de quartier par 4 000 habitants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="117"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="117"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="118"/>
        <source>Code INS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="120"/>
        <source>Ajouter une commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="121"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="169"/>
        <source>Indiquez au moins une commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="174"/>
        <source>Le code INS compte 5 chiffres ({}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/review/compare.py" line="235"/>
        <source>Comparaison de deux zones — ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="237"/>
        <source>Comparaison de deux versions — ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="242"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareLayout</name>
    <message>
        <location filename="../../ui/review/compare_view.py" line="49"/>
        <source>Masquer ce qui n&apos;a pas changé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="51"/>
        <source>Précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="52"/>
        <source>Différence précédente (Alt+Haut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="54"/>
        <source>Suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="55"/>
        <source>Différence suivante (Alt+Bas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="57"/>
        <source>Exporter le rapport (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="154"/>
        <source>texte ajouté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="155"/>
        <source>texte supprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="156"/>
        <source>champ modifié</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/review/compare.py" line="62"/>
        <source>« {} » comparé à « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="64"/>
        <source>Avant — {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="65"/>
        <source>Après — {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="117"/>
        <source>Aucune différence de contenu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="118"/>
        <source>{} rubrique(s) avec des différences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="203"/>
        <source>Exporter le rapport de comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="209"/>
        <source>Export du rapport en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="212"/>
        <source>Export du rapport de comparaison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="217"/>
        <source>Rapport écrit : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="223"/>
        <source>Le rapport n&apos;a pas pu être écrit ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="225"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="44"/>
        <source>Fusion de zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="44"/>
        <source>Nouveau cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="50"/>
        <source>&lt; Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="52"/>
        <source>Vérifier &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="54"/>
        <source>Créer le plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="70"/>
        <source>Choisissez le plan de chacune des zones qui fusionnent. Le premier plan de la zone fusionnée additionne les communes, populations et capacités, réunit les membres du CZS et propose les objectifs de toutes les zones comme candidats ; les décisions nationales qui diffèrent restent à prendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="76"/>
        <source>Choisissez le plan qui se termine. Le nouveau plan garde la zone, ses communes, le CZS et les textes permanents, remplit « Enseignements du plan précédent » à partir de l&apos;évaluation et propose les objectifs comme candidats, sans les reprendre comme décidés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="84"/>
        <source>Ajouter un plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="85"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="98"/>
        <source>Première année du nouveau plan :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="102"/>
        <source>Plans des zones :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="103"/>
        <source>Plan précédent :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="113"/>
        <source>Vérifiez le nouveau plan avant sa création. Rien n&apos;est encore écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="136"/>
        <source>« %1 » est déjà dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="144"/>
        <source>« %1 » ne peut pas être lu : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="174"/>
        <source>Ajoutez le plan de chacune des zones qui fusionnent (au moins deux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="175"/>
        <source>Ajoutez le plan précédent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="193"/>
        <source>Zone sans nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="194"/>
        <source>%1 commune(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="198"/>
        <source>%1 membre(s) du CZS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="199"/>
        <source>%1 objectif(s) candidat(s), aucun objectif décidé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="201"/>
        <source>%1 décision(s) nationale(s) reprise(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="208"/>
        <source>Décisions nationales à prendre (les zones divergent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="215"/>
        <source>Objectifs candidats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="228"/>
        <source>zone-fusionnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="62"/>
        <source>À savoir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CzsPage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="222"/>
        <source>Le conseil zonal de sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="223"/>
        <source>Membres de droit (art. 35 LPI) : le ou les bourgmestres, le procureur du Roi, le chef de corps et le DirCo. Laissez vide un nom encore inconnu : la ligne sera ignorée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="226"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="226"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="226"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="228"/>
        <source>Ajouter un membre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardEditor</name>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="169"/>
        <source>Tous les domaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="174"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="201"/>
        <source>Règle : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="204"/>
        <source>Filtrer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="226"/>
        <source>Tous les responsables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="54"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="54"/>
        <source>Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="54"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="55"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="55"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="55"/>
        <source>Dernière valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="56"/>
        <source>Tendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataEditor</name>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="79"/>
        <source>Lecture de « {} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="94"/>
        <source>Import de « {} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="100"/>
        <location filename="../../ui/evidence/data_editor.py" line="108"/>
        <source>Codes fusionnés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="101"/>
        <source>Anciens codes INS à compter comme une commune du plan, ANCIEN=NOUVEAU séparés par des virgules (ex. 57081=57097) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="142"/>
        <source>Importer des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="143"/>
        <source>Données (*.txt *.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="150"/>
        <source>Remplacer les données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="151"/>
        <source>Le plan contient déjà « {} ». Le remplacer par ce fichier ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="152"/>
        <source>Remplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="158"/>
        <source>Importer « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="161"/>
        <location filename="../../ui/evidence/data_editor.py" line="179"/>
        <source>Import refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="168"/>
        <source>Valeurs de départ à revoir après cet import : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="171"/>
        <source>Données importées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="172"/>
        <source>« {} » : {} ligne(s) gardée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="181"/>
        <source>Lecture du fichier impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="187"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="187"/>
        <source>Retirer « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="217"/>
        <source>Aucune donnée importée. « Importer… » lit les fichiers Statbel, les statistiques policières, une enquête ou tout tableau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="224"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Fichier : {file}&lt;br&gt;Importé le : {date}&lt;br&gt;Source : {source}&lt;br&gt;Lignes gardées : {kept} sur {read}&lt;br&gt;Empreinte : {sha}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="268"/>
        <source>Zone (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="281"/>
        <source>Évolution {} → {} : {} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="29"/>
        <source>Remarques :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="32"/>
        <source>Jeux de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="33"/>
        <source>Importer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="35"/>
        <source>Importer un fichier de données (Statbel, police, enquête ou tout tableau CSV/xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="37"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="39"/>
        <source>Codes fusionnés…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="41"/>
        <source>Codes INS d&apos;avant les fusions du 1er janvier 2025 à compter comme une commune du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="70"/>
        <source>Série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="73"/>
        <source>pour 1 000 habitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="76"/>
        <source>Série :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="93"/>
        <source>&lt;b&gt;Jeux de données du plan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsEditor</name>
    <message>
        <location filename="../../ui/decisions/editor.py" line="54"/>
        <source>Modifier la justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="55"/>
        <source>Choisir une décision nationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="56"/>
        <source>Retirer une décision nationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="200"/>
        <source>Choisissez d&apos;abord une décision, puis justifiez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="203"/>
        <source>Pourquoi ce choix : image de la criminalité de la zone, capacité, approche par d&apos;autres acteurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="210"/>
        <source>Objectifs liés : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="212"/>
        <source>liens secondaires : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="215"/>
        <source>Aucun objectif du plan n&apos;est lié à ce thème.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="223"/>
        <source>retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="224"/>
        <source>fonctionnement régulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="225"/>
        <source>non retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="226"/>
        <source>indécis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../ui/decisions/model.py" line="96"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="96"/>
        <source>Thème du PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="96"/>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="97"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="97"/>
        <source>Objectifs liés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="98"/>
        <source>Texte officiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="100"/>
        <source>Retenu (priorité)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="101"/>
        <source>Fonctionnement régulier – point d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="102"/>
        <location filename="../../ui/decisions/model.py" line="108"/>
        <source>Non retenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="103"/>
        <location filename="../../ui/decisions/model.py" line="109"/>
        <source>(indécis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="106"/>
        <source>Retenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="107"/>
        <source>Fonct. régulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="203"/>
        <source>(facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="212"/>
        <source>Afficher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="218"/>
        <source>Objectifs du plan liés à ce thème ou à ses objectifs ; entre parenthèses, les liens secondaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="221"/>
        <source>Afficher le texte officiel du PNS pour ce thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="225"/>
        <source>Le PNS ne fixe pas d&apos;objectif à la police locale pour ce thème : la décision est facultative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="228"/>
        <source>Double-cliquez pour choisir la décision de la zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="42"/>
        <source>Thèmes du PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="75"/>
        <source>Décision de la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="88"/>
        <source>Pourquoi ce choix : image de la criminalité de la zone, capacité, approche par d&apos;autres acteurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="100"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="105"/>
        <source>Texte officiel du thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="106"/>
        <source>Texte officiel dans une fenêtre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="110"/>
        <source>Texte officiel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockSlot</name>
    <message>
        <location filename="../../ui/shell/docks.py" line="52"/>
        <location filename="../../ui/shell/docks.py" line="96"/>
        <source>Aucun plan ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/docks.py" line="108"/>
        <source>Chargement du référentiel national…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/docks.py" line="111"/>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="45"/>
        <source>Édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="46"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="47"/>
        <source>Origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="48"/>
        <source>Situation pour le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="59"/>
        <source>Éditions du référentiel national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="79"/>
        <source>Ce qui change pour le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="80"/>
        <source>Citer cette édition dans le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="82"/>
        <source>Importer un paquet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="83"/>
        <source>Ajouter une édition publiée par le fédéral (paquet de référence .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="111"/>
        <source>Le plan est écrit selon : &lt;b&gt;%1&lt;/b&gt; (période %2–%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="166"/>
        <source>Le plan cite désormais %1 (Ctrl+Z pour annuler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="187"/>
        <source>Valable : %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="190"/>
        <source>remplace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="215"/>
        <source>Importer un paquet de référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="216"/>
        <source>Paquet de référence (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="233"/>
        <source>Édition %1 importée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="16"/>
        <source>Texte source : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="17"/>
        <source>Le plan cite cette édition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="18"/>
        <source>Ce qui change pour ce plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="19"/>
        <source>Rien ne change pour les éléments liés au plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpectationsEditor</name>
    <message>
        <location filename="../../ui/sections/expectations.py" line="112"/>
        <source>Ajouter une attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="120"/>
        <source>Supprimer une attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="126"/>
        <source>Déplacer une attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="132"/>
        <source>Les auteurs attendus (chaque bourgmestre, le procureur du Roi, le gouverneur, le DirCo) sont déjà présents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="137"/>
        <source>Ajouter les auteurs attendus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpectationsView</name>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="36"/>
        <source>Auteurs des attentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="41"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="51"/>
        <source>Supprimer l&apos;auteur choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="54"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="57"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="58"/>
        <source>Ajouter les auteurs attendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="59"/>
        <source>Chaque bourgmestre, le procureur du Roi, le gouverneur et la police fédérale (DirCo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="73"/>
        <source>type d&apos;auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="74"/>
        <source>auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="75"/>
        <source>Nom et fonction, par exemple « Claire Delvaux, bourgmestre de Rivemont »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="78"/>
        <source>attentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="80"/>
        <source>Les attentes de cet auteur, une puce par attente (« - Lutter contre les cambriolages… »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="84"/>
        <source>Liste à puces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="87"/>
        <source>Ajoutez un auteur : chaque bourgmestre, le procureur du Roi, le gouverneur, la police fédérale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="92"/>
        <source>Type d&apos;auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="93"/>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="86"/>
        <source>Exporter le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="118"/>
        <source>Choisissez où enregistrer le document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="123"/>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="128"/>
        <source>Choisissez le dossier des modèles de la zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="168"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="174"/>
        <source>Export en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="247"/>
        <source>Document enregistré : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="252"/>
        <source>Export terminé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="260"/>
        <source>L&apos;export a échoué : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="263"/>
        <source>Le plan n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="269"/>
        <source>Annulation demandée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="283"/>
        <source>Impossible d&apos;ouvrir « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="298"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="298"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="333"/>
        <source>LibreOffice n&apos;est pas installé sur cet ordinateur : l&apos;export PDF n&apos;est pas disponible. Ouvrez le document Word et enregistrez-le en PDF, ou installez LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../ui/export/export_view.py" line="37"/>
        <source>Plan zonal de sécurité (document complet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="38"/>
        <source>Rapport d&apos;alignement seul (pour les relecteurs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="40"/>
        <source>Modèle Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="41"/>
        <source>Modèle de ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="42"/>
        <source>Modèle de la zone (dossier contenant plan.docx) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="50"/>
        <source>Aucun dossier choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="51"/>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="59"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="60"/>
        <source>Document Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="63"/>
        <source>Aussi en PDF (converti par LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="66"/>
        <source>Ajouter les remarques ouvertes et les notes de relecture en commentaires Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="69"/>
        <source>Joindre le rapport d&apos;alignement en annexe (projet pour relecture ; à décocher pour la version envoyée aux ministres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="82"/>
        <source>Chemin du document à écrire (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="83"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="88"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="89"/>
        <source>Enregistrer sous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="102"/>
        <source>Ouvrir le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="103"/>
        <source>Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="113"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="115"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="63"/>
        <source>Insérer une figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="82"/>
        <source>pour 1 000 habitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="89"/>
        <source>Choisir l&apos;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="90"/>
        <location filename="../../ui/evidence/figure_dialog.py" line="150"/>
        <source>Aucune image choisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="103"/>
        <source>au début du chapitre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="111"/>
        <source>Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="112"/>
        <source>Séries :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="114"/>
        <source>Ventilation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="115"/>
        <source>Image :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="116"/>
        <source>Après le paragraphe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="117"/>
        <source>Légende :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="121"/>
        <source>Insérer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="122"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="153"/>
        <source>{} ({} × {} pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="158"/>
        <source>Choisir une image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="159"/>
        <source>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="188"/>
        <source>Choisissez une image PNG ou JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="194"/>
        <source>Aucune donnée d&apos;accidents à ventiler : importez-en d&apos;abord dans « Données de la zone ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="200"/>
        <source>Cochez au moins une série.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="202"/>
        <source>Un graphique par commune montre une seule série ; un graphique d&apos;évolution ou un tableau, six au plus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="69"/>
        <location filename="../../ui/evidence/figures_panel.py" line="141"/>
        <source>Figures du chapitre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="78"/>
        <source>Insérer une figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="80"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="81"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="82"/>
        <source>Légende…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="83"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="151"/>
        <location filename="../../ui/evidence/figures_panel.py" line="153"/>
        <source>Insérer une figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="165"/>
        <source>Déplacer une figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="173"/>
        <source>Légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="173"/>
        <source>Légende de la figure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="177"/>
        <source>Modifier la légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="183"/>
        <source>Retirer une figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="278"/>
        <source>Enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="279"/>
        <source>Le plan est un seul fichier .zplan, à garder sur votre ordinateur ou sur un partage réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="284"/>
        <source>Laisser vide pour choisir plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="285"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="287"/>
        <source>Rédiger ensuite le plan en mode guidé, chapitre par chapitre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="291"/>
        <source>Préparer les attentes de chaque bourgmestre, du procureur du Roi, du gouverneur et du DirCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="299"/>
        <source>Fichier du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="331"/>
        <source>« {} » existe déjà : choisissez un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="335"/>
        <source>Le dossier « {} » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/alignment_panel/findings_model.py" line="36"/>
        <source>Erreurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/findings_model.py" line="36"/>
        <source>Avertissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/findings_model.py" line="37"/>
        <source>Informations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="6"/>
        <source>Zone et CZS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="7"/>
        <source>Chapitres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="8"/>
        <source>Attentes des autorités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="9"/>
        <source>Stratégie et priorités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="10"/>
        <source>Priorités nationales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="11"/>
        <source>Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="12"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="13"/>
        <source>Approbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="14"/>
        <source>Période du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="15"/>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpHome</name>
    <message>
        <location filename="../../ui/followup/home.py" line="25"/>
        <source>Après l&apos;approbation, le plan se suit pendant six ans : plans d&apos;action annuels, mesures des indicateurs, tableau de bord et rapports au conseil zonal de sécurité. Double-cliquez sur une partie pour l&apos;ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="58"/>
        <source>Plans d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="59"/>
        <source>%1 action(s) en %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="61"/>
        <source>Mesures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="62"/>
        <source>%1 mesure(s) enregistrée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="64"/>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="65"/>
        <source>%1 objectif(s), dont %2 « %3 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="67"/>
        <source>Rapports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="68"/>
        <source>rapport annuel, évaluations, plan d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpReports</name>
    <message>
        <location filename="marked_strings.py" line="63"/>
        <source>Enregistrer le rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="64"/>
        <source>Document Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="65"/>
        <source>Rédaction du document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="66"/>
        <source>Écriture du fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="67"/>
        <source>Conversion en PDF (LibreOffice)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="68"/>
        <source>Terminé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="69"/>
        <source>Rapport annuel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="70"/>
        <source>Évaluation à mi-parcours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="71"/>
        <source>Évaluation finale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="72"/>
        <source>Plan d&apos;action %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionalitiesModel</name>
    <message>
        <location filename="../../ui/capacity/models.py" line="78"/>
        <source>Fonctionnalité de base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="78"/>
        <source>ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="78"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="107"/>
        <source>Modifier la capacité « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../ui/sections/guidance_panel.py" line="110"/>
        <source>Masquer les conseils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/guidance_panel.py" line="111"/>
        <source>Conseils et exemples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedBar</name>
    <message>
        <location filename="../../ui/wizard/guided.py" line="38"/>
        <source>Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="40"/>
        <source>Suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="44"/>
        <source>Quitter le mode guidé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="46"/>
        <source>Vous pourrez reprendre plus tard (menu Affichage).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedController</name>
    <message>
        <location filename="../../ui/wizard/guided.py" line="124"/>
        <source>&lt;b&gt;Mode guidé&lt;/b&gt; — « {} » est hors du parcours ; « Suivant » reprend au premier chapitre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="128"/>
        <source>Suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="131"/>
        <source>&lt;b&gt;Mode guidé&lt;/b&gt; — étape {} sur {} : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="136"/>
        <source>Suivant : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="138"/>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="56"/>
        <source>Aide — ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="38"/>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="38"/>
        <source>Unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="38"/>
        <source>Départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="39"/>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="39"/>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="39"/>
        <source>Année cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="40"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="40"/>
        <source>Fréquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="41"/>
        <source>Ce que l&apos;on mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="41"/>
        <source>Unité de mesure (faits, %, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="42"/>
        <source>Valeur de départ (nombre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="42"/>
        <source>Année de la valeur de départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="43"/>
        <source>Valeur visée (nombre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="44"/>
        <source>Année où la cible doit être atteinte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="45"/>
        <source>Source des données (BNG, enquête…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="45"/>
        <source>Fréquence de mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="79"/>
        <source>absente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="80"/>
        <source>La valeur de départ {} ne correspond plus aux données importées : enregistrée {}, données actuelles {}. Reprenez-la avec « Valeur de départ depuis les données… ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="159"/>
        <source>Modifier un indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="173"/>
        <source>« %1 » n&apos;est pas un nombre : tapez par exemple 12 ou 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="179"/>
        <source>« %1 » n&apos;est pas une année : tapez quatre chiffres, par exemple 2031.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="182"/>
        <source>L&apos;année doit être comprise entre 1990 et 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="185"/>
        <source>Le nom de l&apos;indicateur ne peut pas être vide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="70"/>
        <source>Élément national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="70"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="70"/>
        <source>Poids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="71"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="72"/>
        <source>Secondaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="114"/>
        <source>Élément inconnu (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="123"/>
        <source>Cet identifiant n&apos;existe pas dans le référentiel national chargé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="146"/>
        <source>Votre nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="147"/>
        <source>Votre nom (et votre fonction), inscrit comme auteur des versions du plan et des notes de relecture. Vous pourrez le changer dans les Préférences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="176"/>
        <source> (lecture seule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="194"/>
        <source>&amp;Annuler {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="195"/>
        <source>&amp;Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="196"/>
        <source>&amp;Rétablir {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="197"/>
        <source>&amp;Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="236"/>
        <source>ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="310"/>
        <source>Référentiel national indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="355"/>
        <source>Ouverture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="338"/>
        <source>Ouverture de {}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="142"/>
        <source>Langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="143"/>
        <source>La nouvelle langue s&apos;applique au prochain démarrage de ZonalPlan. Redémarrer maintenant ? Le plan ouvert est d&apos;abord fermé ; s&apos;il a des modifications, vous pourrez les enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="148"/>
        <source>Redémarrer maintenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="30"/>
        <source>Colonnes du tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="33"/>
        <source>« {} » n&apos;est pas un format officiel reconnu. Indiquez quelle colonne donne la commune, l&apos;année et les valeurs à garder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="43"/>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="60"/>
        <source>Colonne de la commune :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="61"/>
        <source>Colonne de l&apos;année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="62"/>
        <source>Colonnes des valeurs :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="65"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="66"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="241"/>
        <source>Matrice d&apos;argumentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="250"/>
        <source>Modifier une pondération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="259"/>
        <source>Score de « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="270"/>
        <source>Justification de « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="280"/>
        <source>Décision de « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="288"/>
        <source>Motivation de « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="296"/>
        <source>Thème PNS de « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="302"/>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="315"/>
        <source>Ajouter un phénomène</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="316"/>
        <source>Phénomène (ex. cambriolages dans les habitations) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="323"/>
        <source>Ajouter « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="330"/>
        <source>Retirer le phénomène</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="331"/>
        <source>Retirer « {} » de la matrice ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="332"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="334"/>
        <source>Retirer « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="338"/>
        <source>Reporter la matrice sur les décisions PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="340"/>
        <source>Décisions PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="341"/>
        <source>Les décisions PNS des phénomènes confirmés ont été mises à jour (Ctrl+Z pour annuler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="347"/>
        <source>Phénomènes non retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="348"/>
        <source>Le texte « Motivation des phénomènes non retenus » sera remplacé par celui de la matrice. Continuer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="349"/>
        <source>Remplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="351"/>
        <source>Rédiger la motivation des phénomènes non retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="383"/>
        <source>à confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="411"/>
        <source>Choisissez une cellule de la matrice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="60"/>
        <source>Pondérations :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="66"/>
        <source>Pondération : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="93"/>
        <source>Cellule choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="97"/>
        <source>0 : aucun, 1 : faible, 2 : net, 3 : fort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="101"/>
        <source>Justification courte (source, chiffre, attente…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="104"/>
        <source>(à confirmer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="112"/>
        <source>Le thème du PNS dont la décision suit ce phénomène</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="116"/>
        <source>Pourquoi cette décision (reprise dans les décisions PNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="119"/>
        <source>Score (0-3) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="120"/>
        <source>Justification :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="121"/>
        <source>Décision confirmée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="122"/>
        <source>Motivation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="123"/>
        <source>Thème PNS :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="125"/>
        <source>Ajouter un phénomène…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="126"/>
        <source>Retirer le phénomène</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="127"/>
        <source>Reporter sur les décisions PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="129"/>
        <source>Les phénomènes liés à un thème national et dont la décision est confirmée fixent la décision PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="132"/>
        <source>Rédiger la motivation des phénomènes non retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="137"/>
        <source>Commentaire de la matrice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="139"/>
        <source>Commentaire : méthode, sources, qui a noté…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresEditor</name>
    <message>
        <location filename="../../ui/followup/measures.py" line="79"/>
        <source>année entière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="81"/>
        <source>T%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="85"/>
        <source>Ajouter la mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="86"/>
        <source>Supprimer la mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="90"/>
        <source>Reprendre cette valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="100"/>
        <source>Indicateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="103"/>
        <source>Nouvelle mesure — année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="104"/>
        <source>valeur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="175"/>
        <source>Aucun indicateur : ajoutez-en aux objectifs dans « Stratégie et priorités ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="197"/>
        <source>non fixée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="203"/>
        <source>Valeur de départ : %1 ; cible : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="209"/>
        <source>Source : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="230"/>
        <source>Les données importées donnent %1 pour %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="234"/>
        <source>Les données importées n&apos;ont pas encore de valeur pour cette année.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="266"/>
        <source>Indiquez l&apos;année de la mesure (par ex. 2027).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="269"/>
        <source>Indiquez la valeur mesurée (par ex. 12 ou 12,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="276"/>
        <source>Année hors des limites (1990 à 2100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="278"/>
        <source>Ajouter une mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="298"/>
        <source>Supprimer une mesure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="31"/>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="31"/>
        <source>Trimestre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="31"/>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="32"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="32"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="32"/>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="98"/>
        <source>Modifier « %1 » d&apos;une mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="111"/>
        <source>Année attendue (quatre chiffres, par ex. 2027).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="118"/>
        <source>Trimestre attendu : 1, 2, 3 ou 4 (vide pour l&apos;année).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="126"/>
        <source>Valeur numérique attendue (par ex. 12 ou 12,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="132"/>
        <source>Date attendue, par exemple 15/03/2027.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="351"/>
        <source>Nouveau plan zonal de sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="362"/>
        <source>Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="363"/>
        <source>&lt; Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="364"/>
        <source>Créer le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="365"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="105"/>
        <source>Notes de relecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="112"/>
        <source>Reprendre les notes d&apos;un relecteur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="115"/>
        <source>Notes d&apos;un relecteur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="116"/>
        <source>Reprendre les notes et réponses écrites par un relecteur dans sa copie du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="260"/>
        <source>Plan annoté par un relecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="265"/>
        <source>Lecture des notes du relecteur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="306"/>
        <source>Réponse à la note de {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="310"/>
        <source>Envoyer la réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="315"/>
        <source>Nouvelle note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="319"/>
        <source>Ajouter la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="333"/>
        <location filename="../../ui/review/notes_panel.py" line="347"/>
        <source>Notes non reprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="339"/>
        <source>Notes du relecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="346"/>
        <source>Lecture impossible ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="395"/>
        <source>{} ouverte(s) sur {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="397"/>
        <source>Aucune note de relecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="398"/>
        <source>Aucune note dans ce filtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="404"/>
        <source> · {} réponse(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="430"/>
        <source>Rouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="431"/>
        <source>Résoudre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../ui/review/notes_view.py" line="53"/>
        <source>Ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="53"/>
        <source>Résolues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="54"/>
        <source>Toutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="63"/>
        <source>Afficher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="85"/>
        <source>Répondre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="87"/>
        <source>Résoudre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="89"/>
        <source>Afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="90"/>
        <source>Afficher dans le plan l&apos;endroit de la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="103"/>
        <source>Nouvelle note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="110"/>
        <source>Sur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="113"/>
        <source>Votre nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="116"/>
        <source>Rôle (ex. DirCo, relecteur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="119"/>
        <source>Votre remarque…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="127"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="130"/>
        <source>Ajouter la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="139"/>
        <source>Par :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../ui/binding/widgets.py" line="350"/>
        <source>Année attendue (quatre chiffres, par ex. 2031).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/widgets.py" line="355"/>
        <source>Valeur numérique attendue (par ex. 12 ou 12,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/binding/widgets.py" line="358"/>
        <source>Nombre entier attendu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <location filename="../../ui/objectives/form.py" line="107"/>
        <source>Indicateurs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="109"/>
        <source>Liens (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="142"/>
        <source>Aucune remarque sur cet objectif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="150"/>
        <source>… et %1 autres remarques dans le panneau d&apos;alignement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="158"/>
        <source>Nouvel indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="160"/>
        <source>Ajouter un indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="174"/>
        <source>Supprimer un indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="184"/>
        <source>Choisissez d&apos;abord un indicateur dans le tableau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="199"/>
        <source>Valeur de départ de « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="225"/>
        <source>Modifier le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="226"/>
        <source>Modifier l&apos;intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="227"/>
        <source>L&apos;intitulé ne peut pas être vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="228"/>
        <source>Modifier le type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="230"/>
        <source>Modifier le domaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="232"/>
        <source>Modifier le responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="234"/>
        <source>Modifier la description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="235"/>
        <source>Modifier la motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="236"/>
        <source>Modifier l&apos;approche en chaîne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="241"/>
        <source>Modifier la justification locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="242"/>
        <location filename="../../ui/objectives/form.py" line="243"/>
        <source>Modifier la capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="279"/>
        <source>Modifier les partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="280"/>
        <source>Modifier les objectifs tactiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="340"/>
        <source>Les suggestions ne sont pas disponibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="342"/>
        <source>Aucune autre suggestion pour ce texte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="73"/>
        <source>Corriger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesCapacityModel</name>
    <message>
        <location filename="../../ui/capacity/models.py" line="123"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="123"/>
        <source>Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="123"/>
        <source>ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="124"/>
        <source>Heures/an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="175"/>
        <source>Modifier la capacité d&apos;un objectif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../../ui/objectives/editor.py" line="102"/>
        <source>Nouvel objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="103"/>
        <source>Ajouter une priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="104"/>
        <source>Ajouter un point d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="121"/>
        <source> (copie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="124"/>
        <source>Dupliquer un objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="135"/>
        <source>Supprimer un objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="142"/>
        <source>Objectif supprimé. Ctrl+Z pour annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="155"/>
        <source>Déplacer un objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="164"/>
        <source>Sélectionnez d&apos;abord un objectif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="168"/>
        <source>Cet élément ne peut pas être lié à un objectif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="172"/>
        <source>L&apos;objectif est déjà lié à « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="176"/>
        <source>Lien ajouté : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="317"/>
        <source>%1 objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="317"/>
        <source>%1 objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="319"/>
        <source>%1 priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="319"/>
        <source>%1 priorités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="321"/>
        <source>%1 point d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="322"/>
        <source>%1 points d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="325"/>
        <source>%1 affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="325"/>
        <source>%1 affichés</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="46"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="46"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="46"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="46"/>
        <source>Domaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="47"/>
        <source>Priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="48"/>
        <source>Point d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="49"/>
        <source>Externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="49"/>
        <source>Interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="184"/>
        <source>Vérification en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="186"/>
        <source>Aucune remarque de la vérification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="190"/>
        <source>… et %1 autres remarques</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesView</name>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="82"/>
        <source>Objectifs stratégiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="89"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="90"/>
        <source>Priorités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="91"/>
        <source>Points d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="93"/>
        <source>Tous les domaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="94"/>
        <source>Externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="95"/>
        <source>Interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="97"/>
        <source>Filtrer par code ou intitulé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="118"/>
        <source>Liste des objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="121"/>
        <source>Nouvel objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="122"/>
        <source>Ajouter un objectif (Inser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="126"/>
        <source>Nouvelle priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="127"/>
        <source>Nouveau point d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="129"/>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="130"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="131"/>
        <source>Supprimer l&apos;objectif sélectionné (Suppr) ; Ctrl+Z pour annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="135"/>
        <source>Monter l&apos;objectif (Alt+Haut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="138"/>
        <source>Descendre l&apos;objectif (Alt+Bas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="163"/>
        <location filename="../../ui/objectives/objectives_view.py" line="255"/>
        <source>Domaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="172"/>
        <source>Aucun objectif sélectionné.

Choisissez un objectif dans la liste ou ajoutez-en un avec « Nouvel objectif ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="198"/>
        <source>Général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="199"/>
        <source>Approche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="200"/>
        <location filename="../../ui/objectives/objectives_view.py" line="294"/>
        <source>Indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="201"/>
        <source>Liens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="202"/>
        <source>Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="203"/>
        <source>Code, intitulé, type, domaine, description et motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="204"/>
        <source>Approche en chaîne, partenaires et objectifs tactiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="205"/>
        <source>Indicateurs mesurables : départ, cible, unité, échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="206"/>
        <source>Liens avec le PNS et la NCSI, suggestions, justification locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="207"/>
        <source>Capacité réservée à l&apos;objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="236"/>
        <source>Intitulé de l&apos;objectif stratégique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="238"/>
        <source>Officier ou service responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="240"/>
        <source>Ce que la zone veut atteindre, pour qui et où. Paragraphes séparés par une ligne vide ; « - » en début de ligne pour une puce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="243"/>
        <source>Pourquoi cet objectif : image de la criminalité, attentes des autorités, enquête…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="250"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="254"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="256"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="257"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="258"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="259"/>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="264"/>
        <source>Actions de prévention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="265"/>
        <source>Actions de répression et de proactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="266"/>
        <source>Suivi et accompagnement (victimes, auteurs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="267"/>
        <source>Approche en chaîne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="269"/>
        <source>Prévention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="270"/>
        <source>Répression et proactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="271"/>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="272"/>
        <source>Nouveau partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="274"/>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="276"/>
        <source>Nouvel objectif tactique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="278"/>
        <source>Objectifs tactiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="295"/>
        <source>Ajouter un indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="296"/>
        <source>Supprimer l&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="297"/>
        <source>Valeur de départ depuis les données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="299"/>
        <source>Reprendre la valeur de départ, son année et sa source d&apos;une série importée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="308"/>
        <source>Chaque indicateur a une valeur de départ et une cible datées. Double-cliquez sur une cellule pour la modifier ; les valeurs sont des nombres (virgule ou point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="331"/>
        <source>Liens nationaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="333"/>
        <source>Retirer le lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="335"/>
        <source>Glissez un élément du référentiel sur un objectif de la liste pour le lier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="339"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="342"/>
        <source>Pourquoi cet objectif est propre à la zone (à remplir s&apos;il ne se rattache à aucune priorité nationale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="344"/>
        <source>Justification locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="357"/>
        <source>Éléments du PNS et de la NCSI proches de l&apos;intitulé et de la description. Cliquez sur une suggestion pour créer le lien ; survolez-la pour savoir pourquoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="372"/>
        <source>ex. 1,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="375"/>
        <source>ex. 900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="378"/>
        <source>Capacité réservée à cet objectif en plus des missions de base (plans d&apos;action, actions ciblées). Elle est reprise dans le chapitre Capacité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="380"/>
        <source>Capacité (ETP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="381"/>
        <source>Capacité (heures par an)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialText</name>
    <message>
        <location filename="marked_strings.py" line="26"/>
        <source>Source : {}</source>
        <oldsource>Source</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="27"/>
        <source>Objectifs stratégiques pour la police locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="28"/>
        <source>Points d’attention du PNS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialTextDialog</name>
    <message>
        <location filename="../../ui/decisions/official_text.py" line="53"/>
        <source>Texte officiel — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="35"/>
        <source>Ouverture du plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="60"/>
        <source>Plan de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="61"/>
        <source>Préparation du plan de démonstration d&apos;une zone fictive (première ouverture)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="66"/>
        <source>Lecture du fichier {}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="71"/>
        <source>Communes : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="72"/>
        <source>{} priorités · {} points d&apos;attention · {} membres du conseil zonal de sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="78"/>
        <source>Priorités :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="81"/>
        <source>  … et {} autres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewEditor</name>
    <message>
        <location filename="../../ui/sections/overview.py" line="31"/>
        <source>Les parties de ce chapitre. Double-cliquez sur une partie (ou appuyez sur Entrée) pour la rédiger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/overview.py" line="70"/>
        <source> ({} mots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/overview.py" line="71"/>
        <source>Pas encore rédigé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="186"/>
        <source>La période du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="187"/>
        <source>Le cycle des plans zonaux compte six ans (2020-2025, puis 2026-2031).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="200"/>
        <source>Première année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="201"/>
        <source>Dernière année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="208"/>
        <source>La période doit aller de la première à la dernière année, sur 12 ans au plus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSession</name>
    <message>
        <location filename="../../ui/session.py" line="210"/>
        <source>Ce plan n&apos;a pas encore de fichier : utilisez « Enregistrer sous ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="227"/>
        <source>{} est ouvert {} ; choisissez un autre nom (rien n&apos;a été écrit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="267"/>
        <source>{} : lecture impossible ({}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatusBar</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="30"/>
        <source>Afficher le panneau d&apos;alignement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="45"/>
        <source>Plan non enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="47"/>
        <source>Lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="53"/>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="55"/>
        <source>Enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="60"/>
        <source>Modifications non enregistrées — copie de récupération à {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="70"/>
        <source>{} erreur(s), {} avertissement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="73"/>
        <source>{} avertissement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="76"/>
        <source>Aucun problème d&apos;alignement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/sections/plan_view.py" line="59"/>
        <source>Enregistrer une copie…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="29"/>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="36"/>
        <source>Menus, fenêtres et conseils. Par défaut, la langue du système ; prend effet au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="40"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="41"/>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="43"/>
        <source>Une copie de récupération est écrite dans votre dossier de données, jamais sur le fichier du plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="46"/>
        <source>Nom inscrit dans les versions du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="47"/>
        <source>Rouvrir le dernier plan au démarrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="49"/>
        <source>Déplier les conseils de chaque chapitre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="52"/>
        <source>Langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="53"/>
        <source>Sauvegarde de récupération toutes les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="54"/>
        <source>Votre nom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceBrowser</name>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="46"/>
        <source>Référentiel national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="174"/>
        <location filename="../../ui/reference_browser/browser.py" line="222"/>
        <source>Abréviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="127"/>
        <source>Déjà lié à cet objectif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="135"/>
        <source>« %1 » lié à %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="170"/>
        <source>édition précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="178"/>
        <location filename="../../ui/reference_browser/browser.py" line="188"/>
        <source>Le plan cite : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="246"/>
        <source>Aucun résultat pour « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="302"/>
        <source>Lier à l&apos;objectif sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="303"/>
        <source>Sélectionnez d&apos;abord un objectif dans « Stratégie et priorités ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="306"/>
        <source>Lier à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="307"/>
        <source>l&apos;objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="308"/>
        <source>Lier cet élément à « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceBrowserView</name>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="32"/>
        <source>Éditions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="34"/>
        <source>Voir les éditions installées et choisir celle que le plan cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="37"/>
        <source>Document de référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="39"/>
        <source>Rechercher dans le référentiel (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="41"/>
        <source>Recherche dans le référentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="65"/>
        <source>Texte officiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="66"/>
        <source>Lier à l&apos;objectif sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDetail</name>
    <message>
        <location filename="marked_strings.py" line="74"/>
        <source>cité par la source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="75"/>
        <source>correspondance établie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="76"/>
        <source>Note au lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="77"/>
        <source>texte en français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="78"/>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="79"/>
        <source>édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="80"/>
        <source>Source : {}</source>
        <oldsource>Source</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="81"/>
        <source>(pas de texte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="82"/>
        <source>Contenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="83"/>
        <source>Liens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="84"/>
        <source>Objectifs du plan liés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="85"/>
        <source>Aucun objectif n&apos;est lié à cet élément.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="86"/>
        <source>Mots-clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="25"/>
        <source>Texte officiel : les mots de la source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="26"/>
        <source>Résumé rédigé par ZonalPlan, pas une citation de la source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="28"/>
        <source>Texte propre à ZonalPlan, pas un texte national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="33"/>
        <source>texte officiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="34"/>
        <source>résumé ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="35"/>
        <source>texte ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="39"/>
        <source>traduction de travail ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="40"/>
        <source>traduction officielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="41"/>
        <source>non traduit : texte français</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsEditor</name>
    <message>
        <location filename="../../ui/followup/reports.py" line="133"/>
        <source>Rapport annuel au conseil zonal de sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="134"/>
        <source>Évaluation à mi-parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="135"/>
        <source>Évaluation finale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="136"/>
        <source>Plan d&apos;action annuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="142"/>
        <source>Avec les graphiques des indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="144"/>
        <source>Aussi en PDF (LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="145"/>
        <source>Écrire le document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="150"/>
        <source>Le document est construit à partir du plan et de son suivi ; le plan n&apos;est pas modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="154"/>
        <source>Document :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="155"/>
        <source>Année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="156"/>
        <source>Objectifs :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="168"/>
        <source>LibreOffice n&apos;est pas installé : le PDF n&apos;est pas disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="189"/>
        <source>Tous les objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="230"/>
        <source>Rédaction en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="232"/>
        <source>Rédaction du document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="240"/>
        <source>Document enregistré : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="243"/>
        <source>Document enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="244"/>
        <source>« %1 » est enregistré. L&apos;ouvrir maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="245"/>
        <source>Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="247"/>
        <source>Ouverture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="248"/>
        <source>Impossible d&apos;ouvrir « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="257"/>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="261"/>
        <source>Erreur inattendue : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="264"/>
        <source>Document non écrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="265"/>
        <source>Le plan n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <location filename="../../ui/shell/docks.py" line="185"/>
        <source>Alignement national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/docks.py" line="187"/>
        <source>Référentiel national</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/shell/start_page.py" line="37"/>
        <source>ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="39"/>
        <source>Rédiger le plan zonal de sécurité, le confronter au Plan national de sécurité 2026-2029 et à la Note-cadre de sécurité intégrale, puis l&apos;exporter pour le conseil zonal de sécurité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="45"/>
        <source>Nouveau plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="46"/>
        <source>Un assistant, puis chaque chapitre pas à pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="48"/>
        <source>Ouvrir un plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="49"/>
        <source>Un fichier .zplan de votre ordinateur ou du réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="51"/>
        <source>Ouvrir la démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="52"/>
        <source>Un plan complet d&apos;une zone fictive, pour découvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="54"/>
        <source>&lt;b&gt;Plans récents&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="57"/>
        <source>Plans récents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="58"/>
        <source>Aucun plan récent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="126"/>
        <source>{} (fichier introuvable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="33"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="34"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="35"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="36"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextChapterEditor</name>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="103"/>
        <source>{} mot(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextChapterView</name>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="26"/>
        <source>Liste à puces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="27"/>
        <source>Transformer les lignes choisies en liste à puces, ou l&apos;inverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="29"/>
        <source>Retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="30"/>
        <source>Mettre les puces en retrait (Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="31"/>
        <source>Retrait arrière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="32"/>
        <source>Ramener les puces vers la marge (Maj+Tab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsEditor</name>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="97"/>
        <source>Enregistrez le plan dans un fichier pour garder des versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="101"/>
        <source>Une version garde tout le plan sous un nom, dans le fichier. Restaurer remplace le contenu affiché ; Ctrl+Z annule la restauration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="141"/>
        <source>Projet du {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="143"/>
        <source>Créer une version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="144"/>
        <source>Nom de la version :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="151"/>
        <source>Version non créée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="170"/>
        <source>Restaurer une version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="171"/>
        <source>Remplacer le contenu du plan par la version « {} » du {} ?

L&apos;état actuel est d&apos;abord gardé comme version, et la restauration peut être annulée (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="174"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="178"/>
        <source>Avant restauration de « {} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="181"/>
        <source>Restauration impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="183"/>
        <source>Restaurer la version « {} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="46"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="46"/>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="47"/>
        <source>Créée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="53"/>
        <source>Créer une version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="55"/>
        <source>Restaurer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="57"/>
        <source>Comparer avec la version actuelle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneEditor</name>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="78"/>
        <source>cycle de {} ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="83"/>
        <source>Total : {} habitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="86"/>
        <source>somme : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="158"/>
        <source>Modifier la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="176"/>
        <source>(référentiel en chargement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="218"/>
        <source>Modifier une commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="222"/>
        <source>Nouvelle commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="224"/>
        <source>Ajouter une commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="236"/>
        <source>Supprimer une commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="251"/>
        <source>Modifier un membre du CZS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="268"/>
        <source>Nouveau membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="270"/>
        <source>Ajouter un membre du CZS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="280"/>
        <source>Supprimer un membre du CZS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="287"/>
        <source>Déplacer un membre du CZS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="70"/>
        <source>La zone de police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="71"/>
        <source>Ces données figurent sur la page de titre du plan. Vous pourrez les modifier plus tard au chapitre « Zone et CZS ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="75"/>
        <source>ZP Condroz-Famenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="88"/>
        <source>Nom de la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="89"/>
        <source>Numéro de zone (4 chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="90"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="91"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="92"/>
        <source>Arrondissement judiciaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="98"/>
        <source>Indiquez le nom de la zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="102"/>
        <source>Le numéro de zone compte 4 chiffres, par exemple 5314.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneView</name>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="36"/>
        <location filename="../../ui/zone/zone_view.py" line="43"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="37"/>
        <source>Code INS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="38"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="42"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="42"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="44"/>
        <source>Fonction imprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="90"/>
        <source>nom de la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="91"/>
        <source>ZP Condroz-Famenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="93"/>
        <source>numéro de zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="99"/>
        <source>région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="100"/>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="101"/>
        <location filename="../../ui/zone/zone_view.py" line="104"/>
        <source>Namur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="103"/>
        <source>arrondissement judiciaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="105"/>
        <source>population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="108"/>
        <source>superficie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="128"/>
        <source>Voir les éditions installées et choisir celle que le plan cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="130"/>
        <source>Éditions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="136"/>
        <source>Identité de la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="139"/>
        <source>Nom de la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="140"/>
        <source>Numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="141"/>
        <source>Période du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="142"/>
        <source>Édition du référentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="143"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="144"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="145"/>
        <source>Arrondissement judiciaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="148"/>
        <source>habitants ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="150"/>
        <source>km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="152"/>
        <source>Population, superficie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="156"/>
        <source>Communes de la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="162"/>
        <source>Ajouter une commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="163"/>
        <location filename="../../ui/zone/zone_view.py" line="181"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="164"/>
        <source>Supprimer la commune choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="176"/>
        <source>Conseil zonal de sécurité (art. 35 LPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="180"/>
        <source>Fonction imprimée sous le nom sur la page de signatures (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="181"/>
        <source>Ajouter un membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="182"/>
        <source>Supprimer le membre choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="183"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="184"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="185"/>
        <source>Membres de droit : le ou les bourgmestres, le procureur du Roi, le chef de corps, le DirCo. Double-clic ou F2 pour modifier une cellule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonesReviewWindow</name>
    <message>
        <location filename="../../ui/review/zones_window.py" line="66"/>
        <source>Relecture des plans zonaux — ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="104"/>
        <location filename="../../ui/review/zones_window.py" line="222"/>
        <source>Relecture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="105"/>
        <source>Le référentiel national est encore en chargement ; réessayez dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="110"/>
        <source>Dossier des plans à relire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="117"/>
        <source>Relecture de {} en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="120"/>
        <source>Relecture des plans du dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="143"/>
        <source>Exporter le tableau (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="150"/>
        <source>Exporter la synthèse (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="177"/>
        <source>Fichiers ignorés ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="179"/>
        <source>{} — {} plan(s) relu(s), {} fichier(s) ignoré(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="181"/>
        <source>Relecture des plans zonaux — {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="184"/>
        <source>Relecture terminée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="194"/>
        <source>Graphique en préparation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="209"/>
        <source>Le graphique n&apos;a pas pu être dessiné ; le tableau et les exports restent complets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="212"/>
        <source>Aucun plan relu dans ce dossier : pas de graphique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="217"/>
        <source>Relecture annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="220"/>
        <source>Erreur inattendue : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="230"/>
        <source>{} zone(s) affichée(s) sur {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="270"/>
        <source>Export en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="276"/>
        <source>Fichier écrit : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="282"/>
        <source>Le fichier n&apos;a pas pu être écrit ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="283"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonesView</name>
    <message>
        <location filename="../../ui/review/zones_view.py" line="42"/>
        <source>Relecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="48"/>
        <source>Ouvrir un dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="50"/>
        <source>Ouvrir la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="51"/>
        <source>Ouvrir le plan de la zone sélectionnée (double-clic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="53"/>
        <source>Exporter CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="54"/>
        <source>Exporter Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="57"/>
        <source>Filtrer : nom, numéro, fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="73"/>
        <source>Choisissez le dossier où se trouvent les plans des zones (fichiers .zplan). Ils sont lus sans être modifiés ni verrouillés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="79"/>
        <source>Choisir un dossier de plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="106"/>
        <source>Décisions sur les thèmes du PNS : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="108"/>
        <source> &amp;nbsp;·&amp;nbsp; Dimensions NCSI : nombre d&apos;objectifs liés, &lt;span style=&quot;background-color:{};&quot;&gt;&amp;nbsp;0&amp;nbsp;&lt;/span&gt; = non couverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="119"/>
        <source>Tableau par zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="129"/>
        <source>Thèmes retenus par les zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="134"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="134"/>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CapacityModel</name>
    <message>
        <location filename="../../ui/capacity/models.py" line="39"/>
        <source>« %1 » n&apos;est pas un nombre d&apos;ETP : tapez par exemple 12 ou 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="42"/>
        <source>La capacité ne peut pas être négative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/shell/actions.py" line="64"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="65"/>
        <source>&amp;Édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="66"/>
        <source>&amp;Chapitres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="67"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="68"/>
        <source>&amp;Relecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="69"/>
        <source>Aid&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="223"/>
        <source>Plans &amp;récents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="225"/>
        <source>Barre d&apos;outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="179"/>
        <source>&amp;Nouveau plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="180"/>
        <source>Créer un plan avec l&apos;assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="181"/>
        <source>&amp;Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="182"/>
        <source>Ouvrir un fichier de plan (.zplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="183"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="184"/>
        <source>Nouveau c&amp;ycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="185"/>
        <source>Créer le plan suivant à partir du plan qui se termine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="186"/>
        <source>Fusion de &amp;zones…</source>
        <oldsource>&amp;Fusion de zones…</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="187"/>
        <source>Créer le premier plan d&apos;une zone fusionnée à partir des plans des zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="188"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="189"/>
        <source>Enregistrer le plan dans son fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="190"/>
        <source>Enregistrer &amp;sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="191"/>
        <source>Créer une &amp;version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="192"/>
        <source>Garder l&apos;état actuel du plan sous un nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="193"/>
        <source>E&amp;xporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="194"/>
        <source>Exporter le plan en document Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="195"/>
        <source>&amp;Fermer le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="196"/>
        <source>&amp;Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="197"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="198"/>
        <source>&amp;Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="199"/>
        <source>&amp;Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="200"/>
        <source>Rec&amp;hercher dans le référentiel</source>
        <oldsource>Rechercher dans le &amp;référentiel</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="201"/>
        <source>Aller à la &amp;liste des chapitres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="202"/>
        <source>Chapitre &amp;précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="203"/>
        <source>Chapitre &amp;suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="204"/>
        <source>Mode &amp;guidé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="205"/>
        <source>Rédiger le plan chapitre par chapitre, avec des conseils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="206"/>
        <source>Panneau d&apos;&amp;alignement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="207"/>
        <source>&amp;Référentiel national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="208"/>
        <source>Mode &amp;relecture (notes seulement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="209"/>
        <source>Le contenu passe en lecture seule ; seules les notes de relecture peuvent être ajoutées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="210"/>
        <source>Panneau des &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="211"/>
        <source>Reprendre les notes d&apos;un relec&amp;teur…</source>
        <oldsource>Reprendre les notes d&apos;un &amp;relecteur…</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="212"/>
        <source>&amp;Comparer deux fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="213"/>
        <source>Relire les plans d&apos;un &amp;dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="214"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="215"/>
        <source>Conseils de rédaction et raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="216"/>
        <source>À &amp;propos de ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="marked_strings.py" line="224"/>
        <source>Confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="225"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="226"/>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="227"/>
        <source>Le plan « {} » contient des modifications non enregistrées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="228"/>
        <source>Voulez-vous les enregistrer avant de continuer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="229"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="230"/>
        <source>Ne pas enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="231"/>
        <source>Récupération après un arrêt inattendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="232"/>
        <source>ZonalPlan s&apos;est arrêté sans enregistrer « {} ». Une copie de récupération du {} a été trouvée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="233"/>
        <source>Fichier d&apos;origine : {}

Restaurer ouvre le plan avec les modifications récupérées (à enregistrer ensuite). Abandonner supprime la copie de récupération.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="234"/>
        <source>plan jamais enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="235"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="236"/>
        <source>Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="237"/>
        <source>Plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="238"/>
        <source>Ouvrir un plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="239"/>
        <source>Enregistrer le plan sous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="marked_strings.py" line="30"/>
        <source>Graphique d&apos;évolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="31"/>
        <source>Graphique par commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="32"/>
        <source>Graphique de ventilation (accidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="33"/>
        <source>Tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="34"/>
        <source>Image (carte, organigramme, photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="35"/>
        <source>par heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="36"/>
        <source>par jour de la semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="37"/>
        <source>par type de route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="38"/>
        <source>par luminosité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="39"/>
        <source>par type de collision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="40"/>
        <source>en ou hors agglomération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="41"/>
        <source>par commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="42"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="43"/>
        <source>image absente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="44"/>
        <source>Graphique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="45"/>
        <source>au début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="46"/>
        <source>après le paragraphe {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="47"/>
        <source>Chiffres et tendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="48"/>
        <source>Enquête de population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="49"/>
        <source>Attentes des autorités et partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="50"/>
        <source>PNS et NCSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="51"/>
        <source>Faisabilité et capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="52"/>
        <source>priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="53"/>
        <source>point d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="54"/>
        <source>fonctionnement régulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="55"/>
        <source>non retenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="56"/>
        <source>Score pondéré = somme des scores × pondérations, rapportée au maximum possible ; à partir de 70 % : priorité, de 50 % : point d&apos;attention, de 30 % : fonctionnement régulier, en dessous : non retenu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="57"/>
        <source>accidents de la route (Statbel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="58"/>
        <source>population (Statbel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="59"/>
        <source>statistiques policières de criminalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="60"/>
        <source>enquête de population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="61"/>
        <source>tableau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="36"/>
        <location filename="../../ui/export/dialog.py" line="55"/>
        <source>Exporter le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="37"/>
        <source>Document Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="47"/>
        <source>Dossier des modèles de la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="56"/>
        <source>Exporter quand même ? Les parties vides seront imprimées « À compléter ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="59"/>
        <source>Exporter quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="57"/>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="60"/>
        <source>Le dossier « %1 » ne contient pas de modèle « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../../ui/followup/labels.py" line="16"/>
        <source>prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="17"/>
        <source>en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="18"/>
        <source>réalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="19"/>
        <source>reporté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="20"/>
        <source>abandonné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="23"/>
        <source>en bonne voie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="24"/>
        <source>à surveiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="25"/>
        <source>en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="26"/>
        <source>non évaluable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="31"/>
        <source>priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="32"/>
        <source>point d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="35"/>
        <source>fonctionnement externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="36"/>
        <source>fonctionnement interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="38"/>
        <source>Trajectoire en ligne droite de la valeur de départ à la valeur cible ; la dernière mesure est « en bonne voie » si elle accuse au plus 10 % de retard sur la distance totale, « à surveiller » de 10 à 30 %, « en retard » au-delà.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="marked_strings.py" line="173"/>
        <source>Ce que le chapitre doit contenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="174"/>
        <source>Exemples de plans publiés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="175"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="marked_strings.py" line="219"/>
        <source>Aide de ZonalPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="220"/>
        <source>Ce chapitre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="221"/>
        <source>Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="222"/>
        <source>Dans un texte : une ligne commençant par « - » est une puce ; Tab crée une puce ou la met en retrait, Maj+Tab la remet à la marge ; une ligne vide sépare deux paragraphes. Ctrl+Tab passe au champ suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="223"/>
        <source>Guide de rédaction, chapitre par chapitre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="44"/>
        <source>ZonalPlan {}

Rédiger le plan zonal de sécurité d&apos;une zone de police locale, le confronter au Plan national de sécurité 2026-2029 et à la Note-cadre de sécurité intégrale, et l&apos;exporter en document Word. Fonctionne hors ligne.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>objectives</name>
    <message>
        <location filename="../../ui/binding/run.py" line="24"/>
        <source>La modification n&apos;a pas pu être appliquée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="20"/>
        <source>Lier à un élément national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="21"/>
        <source>Supprimer un lien national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="22"/>
        <source>Modifier le poids d&apos;un lien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="marked_strings.py" line="217"/>
        <source>Chargement du référentiel national…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="218"/>
        <source>Cet éditeur s&apos;affiche dès que le référentiel est prêt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="marked_strings.py" line="87"/>
        <source>version précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="88"/>
        <source>version actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="89"/>
        <source>Comparaison impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="90"/>
        <source>Cette version n&apos;existe plus dans le fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="91"/>
        <source>Version « {} » du {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="92"/>
        <source>Version actuelle (non enregistrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="93"/>
        <source>Version actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="94"/>
        <source>Version « avant » à comparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="95"/>
        <source>Version « après » à comparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="96"/>
        <source>Comparaison des deux plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="97"/>
        <source>Résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="98"/>
        <source>Zone et CZS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="99"/>
        <source>Chapitres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="100"/>
        <source>Autres textes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="101"/>
        <source>Attentes des autorités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="102"/>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="103"/>
        <source>Décisions PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="104"/>
        <source>Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="105"/>
        <source>Approbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="106"/>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="107"/>
        <source>{} constat(s) corrigé(s), {} nouveau(x) constat(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="108"/>
        <source>Alignement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="109"/>
        <source>Comparaison des plans de deux zones différentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="110"/>
        <source>Comparaison de deux versions du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="111"/>
        <source>Avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="112"/>
        <source>Après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="113"/>
        <source>Attention : ces deux plans appartiennent à deux zones différentes. Les différences ci-dessous ne sont pas des modifications d&apos;une version à l&apos;autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="114"/>
        <source>Les deux versions ont le même contenu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="115"/>
        <source>Différences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="116"/>
        <source>Pages modifiées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="117"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="118"/>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="119"/>
        <source>Conseil zonal de sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="120"/>
        <source>Attentes des autorités et partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="121"/>
        <source>Aucun élément dans cette version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="122"/>
        <source> (apparié par le nom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="123"/>
        <source>(supprimé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="124"/>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="125"/>
        <source>, déplacé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="126"/>
        <source>Objectifs stratégiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="127"/>
        <source>Objectif ajouté dans la version « après ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="128"/>
        <source>Objectif supprimé dans la version « après ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="129"/>
        <source>Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="130"/>
        <source>Apparié par l&apos;intitulé ({:.0%}) : identifiant « {} » avant, « {} » après.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="131"/>
        <source>Déplacé dans la liste des objectifs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="132"/>
        <source>Liens au cadre national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="133"/>
        <source>Indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="134"/>
        <source>Décisions sur le Plan national de sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="135"/>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="136"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="137"/>
        <source>{} : {} ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="138"/>
        <source>Capacité par fonctionnalité de base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="139"/>
        <source>{} : {} ETP, {} heures/an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="140"/>
        <source>Capacité des objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="141"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="142"/>
        <source>Mesures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="143"/>
        <source>Aucun changement dans cette version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="144"/>
        <source>Alignement national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="145"/>
        <source>Le référentiel national n&apos;était pas chargé : l&apos;alignement n&apos;a pas été comparé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="146"/>
        <source>Constats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="147"/>
        <source>Erreurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="148"/>
        <source>Avertissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="149"/>
        <source>Informations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="150"/>
        <source>Couverture du cadre national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="151"/>
        <source>Constats corrigés ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="152"/>
        <source>Nouveaux constats ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="153"/>
        <source>Aucun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="157"/>
        <source>Mode relecture : seules les notes peuvent être ajoutées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="158"/>
        <source>Nom de la zone de police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="159"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="160"/>
        <source>Numéro de la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="161"/>
        <source>Modifié le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="162"/>
        <source>Dernier enregistrement du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="163"/>
        <source>Objectifs stratégiques (priorités et points d&apos;attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="164"/>
        <source>Erreurs d&apos;alignement sur le cadre national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="165"/>
        <source>Avert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="166"/>
        <source>Avertissements d&apos;alignement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="167"/>
        <source>{} — {} : nombre d&apos;objectifs liés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="168"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="169"/>
        <source>{} priorité(s), {} point(s) d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="170"/>
        <source>{} erreur(s), {} avertissement(s), {} information(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="171"/>
        <source>Plan enregistré le {} ; fichier modifié le {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="172"/>
        <source>{} — {} : {} objectif(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="marked_strings.py" line="176"/>
        <source>Le fichier d&apos;origine ne s&apos;ouvre plus ({}) : l&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="177"/>
        <source>Restaurer l&apos;état récupéré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="178"/>
        <source>{} L&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="161"/>
        <source>Veuillez patienter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="165"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="204"/>
        <source>Erreur inattendue : {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="206"/>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

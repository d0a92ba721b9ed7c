<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="fr_BE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/session.py" line="304"/>
        <source>Le fichier d&apos;origine ne s&apos;ouvre plus ({}) : l&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation>Die ursprüngliche Datei lässt sich nicht mehr öffnen ({}): Der wiederhergestellte Stand wird als neuer Plan geöffnet und ist unter einem anderen Namen zu speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="308"/>
        <source>Restaurer l&apos;état récupéré</source>
        <translation>Wiederhergestellten Stand übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="310"/>
        <source>{} L&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation>{} Der wiederhergestellte Stand wird als neuer Plan geöffnet und ist unter einem anderen Namen zu speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="83"/>
        <source>%1 T%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="90"/>
        <source>aucune mesure</source>
        <translation>keine Messung</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="92"/>
        <source>valeur de départ ou cible manquante</source>
        <translation>Ausgangswert oder Zielwert fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="93"/>
        <source>mesure %1 en %2, attendu %3 ; retard de %4 % de la distance à la cible</source>
        <translation>Messung %1 im Jahr %2, erwartet %3; Rückstand von %4 % der Strecke zum Zielwert</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="95"/>
        <source>mesure %1 en %2, attendu %3 ; avance de %4 % de la distance à la cible</source>
        <translation>Messung %1 im Jahr %2, erwartet %3; Vorsprung von %4 % der Strecke zum Zielwert</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="125"/>
        <source>À propos de ZonalPlan</source>
        <translation>Über ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="93"/>
        <source>{} : ouverture impossible ({}).</source>
        <translation>{}: Öffnen nicht möglich ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="98"/>
        <source>Ouverture impossible</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="130"/>
        <source>Démonstration indisponible</source>
        <translation>Demo nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="183"/>
        <source>Création impossible</source>
        <translation>Erstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="204"/>
        <location filename="../../ui/shell/window_files.py" line="224"/>
        <source>Enregistrement impossible</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="206"/>
        <source>Plan enregistré.</source>
        <translation>Plan gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="249"/>
        <source>Récupération impossible</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="257"/>
        <source>Récupération</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_files.py" line="273"/>
        <source>Aucun plan récent</source>
        <translation>Keine zuletzt geöffneten Pläne</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <location filename="../../ui/followup/actions.py" line="52"/>
        <source>Points d&apos;attention aussi</source>
        <translation>Auch Aufmerksamkeitspunkte</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="54"/>
        <source>Reprendre les actions ouvertes de l&apos;année précédente</source>
        <translation>Offene Aktionen des Vorjahres übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="79"/>
        <location filename="../../ui/followup/actions.py" line="249"/>
        <source>Ajouter une action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="80"/>
        <source>Supprimer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="81"/>
        <source>Monter</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="82"/>
        <source>Descendre</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="92"/>
        <source>Année :</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="170"/>
        <source>%1 (%2 action(s))</source>
        <translation>%1 (%2 Aktion(en))</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="185"/>
        <source>Aucune priorité dans le plan : ajoutez-en dans « Stratégie et priorités ».</source>
        <translation>Keine Prioritäten im Plan: Fügen Sie sie unter « Strategie und Prioritäten » hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="188"/>
        <source>sans responsable</source>
        <translation>ohne Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="189"/>
        <source>%1 — plan d&apos;action %2 — responsable : %3</source>
        <translation>%1 — Aktionsplan %2 — Verantwortlicher: %3</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="248"/>
        <source>Nouvelle action</source>
        <translation>Neue Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="263"/>
        <source>Supprimer une action</source>
        <translation>Aktion löschen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="274"/>
        <source>Déplacer une action</source>
        <translation>Aktion verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="284"/>
        <source>Aucune action ouverte en %1 à reprendre.</source>
        <translation>Keine offenen Aktionen aus %1 zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="288"/>
        <source>Reprendre %1 action(s) ouverte(s) de %2</source>
        <translation>%1 offene Aktion(en) aus %2 übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions.py" line="292"/>
        <source>%1 action(s) reprise(s) de %2 : Ctrl+Z les retire toutes.</source>
        <translation>%1 Aktion(en) aus %2 übernommen: Strg+Z entfernt sie alle.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="34"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="34"/>
        <source>Responsable</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="34"/>
        <source>Partenaires</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Début</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Fin</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="35"/>
        <source>Heures</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="36"/>
        <source>Commentaire</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="108"/>
        <source>Modifier « %1 » d&apos;une action</source>
        <translation>« %1 » einer Aktion ändern</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="119"/>
        <source>Une action a besoin d&apos;un intitulé.</source>
        <translation>Eine Aktion braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="126"/>
        <source>Date attendue, par exemple 15/03/2027.</source>
        <translation>Datum erwartet, zum Beispiel 15.03.2027.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/actions_model.py" line="131"/>
        <source>Nombre d&apos;heures attendu, par exemple 120.</source>
        <translation>Stundenzahl erwartet, zum Beispiel 120.</translation>
    </message>
</context>
<context>
    <name>AlignmentPanel</name>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="28"/>
        <source>Alignement national</source>
        <translation>Nationaler Abgleich</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="46"/>
        <location filename="../../ui/alignment_panel/panel.py" line="100"/>
        <source>Vérification en cours…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="95"/>
        <source>Aucune remarque : le plan est aligné.</source>
        <translation>Keine Bemerkungen: Der Plan ist abgeglichen.</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="96"/>
        <source>À jour.</source>
        <translation>Aktuell.</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="135"/>
        <source>retenus</source>
        <translation>berücksichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="135"/>
        <source>régulier</source>
        <translation>regulärer Dienstbetrieb</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="135"/>
        <source>non retenus</source>
        <translation>nicht berücksichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="136"/>
        <source>indécis</source>
        <translation>unentschieden</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel.py" line="141"/>
        <source>Thèmes du PNS :</source>
        <translation>Themen des NSP:</translation>
    </message>
</context>
<context>
    <name>AlignmentPanelView</name>
    <message>
        <location filename="../../ui/alignment_panel/panel_view.py" line="28"/>
        <source>Vérifier</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel_view.py" line="29"/>
        <source>Relancer la vérification du plan maintenant</source>
        <translation>Die Prüfung des Plans jetzt erneut ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/panel_view.py" line="41"/>
        <source>Remarques de la vérification</source>
        <translation>Bemerkungen der Prüfung</translation>
    </message>
</context>
<context>
    <name>ApprovalEditor</name>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="93"/>
        <source>Aucun membre : ajoutez-les au chapitre « Zone et CZS ».</source>
        <translation>Keine Mitglieder: Fügen Sie sie im Kapitel „Zone und ZSR“ hinzu.</translation>
    </message>
</context>
<context>
    <name>ApprovalView</name>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="29"/>
        <source>date de la décision du CZS</source>
        <translation>Datum des Beschlusses des ZSR</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="31"/>
        <source>lieu de signature</source>
        <translation>Ort der Unterzeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="32"/>
        <source>Commune où le CZS signe le plan</source>
        <translation>Gemeinde, in der der ZSR den Plan unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="35"/>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="36"/>
        <source>Projet soumis au CZS</source>
        <translation>Dem ZSR vorgelegter Entwurf</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="40"/>
        <source>mention de classification</source>
        <translation>Klassifizierungsvermerk</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="41"/>
        <source>Aucune (laisser vide)</source>
        <translation>Keiner (leer lassen)</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="45"/>
        <source>date d&apos;envoi aux ministres</source>
        <translation>Datum der Übermittlung an die Minister</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="47"/>
        <source>date d&apos;approbation ministérielle</source>
        <translation>Datum der ministeriellen Genehmigung</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="48"/>
        <source>Conseil zonal de sécurité</source>
        <translation>Zonaler Sicherheitsrat</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="50"/>
        <source>Date de la décision du CZS</source>
        <translation>Datum des Beschlusses des ZSR</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="51"/>
        <source>Lieu de signature</source>
        <translation>Ort der Unterzeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="52"/>
        <source>Version du document</source>
        <translation>Version des Dokuments</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="53"/>
        <source>Mention de classification</source>
        <translation>Klassifizierungsvermerk</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="54"/>
        <source>Ministres de l&apos;Intérieur et de la Justice (art. 37 §3 LPI)</source>
        <translation>Minister des Innern und der Justiz (Art. 37 §3 GIP)</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="57"/>
        <source>Date d&apos;envoi aux ministres</source>
        <translation>Datum der Übermittlung an die Minister</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="58"/>
        <source>Date d&apos;approbation</source>
        <translation>Datum der Genehmigung</translation>
    </message>
    <message>
        <location filename="../../ui/approval/approval_editor.py" line="59"/>
        <source>Signataires (membres du CZS)</source>
        <translation>Unterzeichner (Mitglieder des ZSR)</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="33"/>
        <source>Valeur de départ depuis les données</source>
        <translation>Ausgangswert aus den Daten</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="46"/>
        <source>Série :</source>
        <translation>Reihe:</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="47"/>
        <source>Année :</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="48"/>
        <source>Source :</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="51"/>
        <source>Reprendre</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="52"/>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/baseline_dialog.py" line="57"/>
        <source>Le plan ne contient pas encore de données : importez-les dans « Données de la zone ».</source>
        <translation>Der Plan enthält noch keine Daten: Importieren Sie sie unter „Daten der Zone“.</translation>
    </message>
</context>
<context>
    <name>BoundDateEdit</name>
    <message>
        <location filename="../../ui/binding/widgets.py" line="203"/>
        <source>jj/mm/aaaa</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
    <message>
        <location filename="../../ui/binding/widgets.py" line="208"/>
        <source>Choisir dans le calendrier</source>
        <translation>Im Kalender auswählen</translation>
    </message>
</context>
<context>
    <name>BulletTextEdit</name>
    <message>
        <location filename="../../ui/widgets/text_edit.py" line="66"/>
        <source>Une ligne commençant par « - » est une puce. Tab : puce ou retrait ; Maj+Tab : retrait arrière ; ligne vide : nouveau paragraphe.</source>
        <translation>Eine Zeile, die mit „-“ beginnt, ist ein Aufzählungspunkt. Tab: Aufzählungspunkt oder Einzug; Umschalt+Tab: Einzug verkleinern; Leerzeile: neuer Absatz.</translation>
    </message>
</context>
<context>
    <name>CapacityChart</name>
    <message>
        <location filename="../../ui/capacity/chart.py" line="31"/>
        <source>Graphique indisponible (QtCharts absent).</source>
        <translation>Diagramm nicht verfügbar (QtCharts fehlt).</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="52"/>
        <source>Priorités et points d&apos;attention</source>
        <translation>Prioritäten und Aufmerksamkeitspunkte</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="53"/>
        <source>Missions fédérales</source>
        <translation>Föderale Aufträge</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="55"/>
        <location filename="../../ui/capacity/chart.py" line="62"/>
        <source>Non attribué</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="65"/>
        <source>Répartition de la capacité (ETP)</source>
        <translation>Verteilung der Kapazität (VZÄ)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/chart.py" line="67"/>
        <source>Répartition de la capacité — surallocation</source>
        <translation>Verteilung der Kapazität — Überbelegung</translation>
    </message>
</context>
<context>
    <name>CapacityEditor</name>
    <message>
        <location filename="../../ui/capacity/editor.py" line="49"/>
        <source>Modifier l&apos;effectif</source>
        <translation>Personalbestand ändern</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="51"/>
        <source>Modifier la capacité disponible</source>
        <translation>Verfügbare Kapazität ändern</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="53"/>
        <source>Modifier les missions fédérales</source>
        <translation>Föderale Aufträge ändern</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="55"/>
        <source>Date de référence</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="57"/>
        <source>Modifier le commentaire de capacité</source>
        <translation>Kommentar zur Kapazität ändern</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="134"/>
        <source>ETP</source>
        <translation>VZÄ</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="136"/>
        <source>Fonctionnalités de base</source>
        <translation>Basisfunktionalitäten</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="137"/>
        <source>Priorités et points d&apos;attention</source>
        <translation>Prioritäten und Aufmerksamkeitspunkte</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="138"/>
        <source>Missions fédérales</source>
        <translation>Föderale Aufträge</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="148"/>
        <source>non renseignée</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/editor.py" line="161"/>
        <source>Surallocation : la capacité attribuée (%1 ETP) dépasse la capacité disponible (%2 ETP) de %3 ETP. Réduisez la capacité affectée aux fonctionnalités ou aux objectifs, ou vérifiez la capacité disponible.</source>
        <translation>Überbelegung: Die zugewiesene Kapazität (%1 VZÄ) übersteigt die verfügbare Kapazität (%2 VZÄ) um %3 VZÄ. Verringern Sie die Kapazität der Funktionalitäten oder Ziele, oder prüfen Sie die verfügbare Kapazität.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="23"/>
        <source>Total attribué</source>
        <translation>Insgesamt zugewiesen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="24"/>
        <source>Capacité disponible</source>
        <translation>Verfügbare Kapazität</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="25"/>
        <source>Reste à attribuer</source>
        <translation>Noch zuzuweisen</translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="44"/>
        <source>Fonctionnalités de base</source>
        <translation>Basisfunktionalitäten</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="45"/>
        <source>Fonctionnalités de base (ETP)</source>
        <translation>Basisfunktionalitäten (VZÄ)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="47"/>
        <source>Capacité des objectifs</source>
        <translation>Kapazität der Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="48"/>
        <source>Priorités et points d&apos;attention (ETP)</source>
        <translation>Prioritäten und Aufmerksamkeitspunkte (VZÄ)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="56"/>
        <source>Commentaire : mode de calcul, absences déduites, capacité des services d&apos;appui…</source>
        <translation>Kommentar: Berechnungsweise, abgezogene Abwesenheiten, Kapazität der Unterstützungsdienste…</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="59"/>
        <source>Commentaire</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="74"/>
        <source>Capacité disponible</source>
        <translation>Verfügbare Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="79"/>
        <source>ex. 78</source>
        <translation>z. B. 78</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="81"/>
        <source>ex. 72</source>
        <translation>z. B. 72</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="83"/>
        <source>ex. 1,2</source>
        <translation>z. B. 1,2</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="85"/>
        <source>Date de référence</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="86"/>
        <source>Effectif (personnes)</source>
        <translation>Personalbestand (Personen)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="87"/>
        <source>Capacité disponible (ETP)</source>
        <translation>Verfügbare Kapazität (VZÄ)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="88"/>
        <source>Missions fédérales (ETP)</source>
        <translation>Föderale Aufträge (VZÄ)</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="97"/>
        <source>Capacité attribuée</source>
        <translation>Zugewiesene Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/capacity_view.py" line="127"/>
        <source>Heures/an</source>
        <translation>Stunden/Jahr</translation>
    </message>
</context>
<context>
    <name>ChapterNavigator</name>
    <message>
        <location filename="../../ui/sections/navigator.py" line="108"/>
        <source>État : {}</source>
        <translation>Stand: {}</translation>
    </message>
    <message>
        <location filename="../../ui/sections/navigator.py" line="111"/>
        <source>{} erreur(s) d&apos;alignement</source>
        <translation>{} Abgleichsfehler</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../ui/objectives/chips.py" line="35"/>
        <source>Pourquoi cette suggestion :</source>
        <translation>Warum dieser Vorschlag:</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/chips.py" line="36"/>
        <source>Cliquez pour lier l&apos;objectif à cet élément.</source>
        <translation>Klicken, um das Ziel mit diesem Element zu verknüpfen.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/chips.py" line="38"/>
        <source>Suggestion : %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
</context>
<context>
    <name>CommunesPage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="114"/>
        <source>Les communes</source>
        <translation>Die Gemeinden</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="115"/>
        <source>Une ligne par commune. La population sert aux normes (un inspecteur de quartier par 4 000 habitants).</source>
        <translation>Eine Zeile pro Gemeinde. Die Einwohnerzahl dient den Normen (ein Viertelinspektor pro 4 000 Einwohner).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="117"/>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="117"/>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="118"/>
        <source>Code INS</source>
        <translation>NIS-Code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="120"/>
        <source>Ajouter une commune</source>
        <translation>Gemeinde hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="121"/>
        <source>Supprimer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="169"/>
        <source>Indiquez au moins une commune.</source>
        <translation>Geben Sie mindestens eine Gemeinde an.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="174"/>
        <source>Le code INS compte 5 chiffres ({}).</source>
        <translation>Der NIS-Code hat 5 Ziffern ({}).</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/review/compare.py" line="235"/>
        <source>Comparaison de deux zones — ZonalPlan</source>
        <translation>Vergleich zweier Zonen — ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="237"/>
        <source>Comparaison de deux versions — ZonalPlan</source>
        <translation>Vergleich zweier Versionen — ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="242"/>
        <source>Fermer</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CompareLayout</name>
    <message>
        <location filename="../../ui/review/compare_view.py" line="49"/>
        <source>Masquer ce qui n&apos;a pas changé</source>
        <translation>Unverändertes ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="51"/>
        <source>Précédente</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="52"/>
        <source>Différence précédente (Alt+Haut)</source>
        <translation>Vorheriger Unterschied (Alt+Hoch)</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="54"/>
        <source>Suivante</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="55"/>
        <source>Différence suivante (Alt+Bas)</source>
        <translation>Nächster Unterschied (Alt+Runter)</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare_view.py" line="57"/>
        <source>Exporter le rapport (DOCX)</source>
        <translation>Bericht exportieren (DOCX)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="154"/>
        <source>texte ajouté</source>
        <translation>Text hinzugefügt</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="155"/>
        <source>texte supprimé</source>
        <translation>Text entfernt</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="156"/>
        <source>champ modifié</source>
        <translation>Feld geändert</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/review/compare.py" line="62"/>
        <source>« {} » comparé à « {} »</source>
        <translation>„{}“ verglichen mit „{}“</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="64"/>
        <source>Avant — {}</source>
        <translation>Vorher — {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="65"/>
        <source>Après — {}</source>
        <translation>Nachher — {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="117"/>
        <source>Aucune différence de contenu.</source>
        <translation>Keine inhaltlichen Unterschiede.</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="118"/>
        <source>{} rubrique(s) avec des différences.</source>
        <translation>{} Rubrik(en) mit Unterschieden.</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="203"/>
        <source>Exporter le rapport de comparaison</source>
        <translation>Vergleichsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="209"/>
        <source>Export du rapport en cours…</source>
        <translation>Bericht wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="212"/>
        <source>Export du rapport de comparaison…</source>
        <translation>Vergleichsbericht wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="217"/>
        <source>Rapport écrit : {}</source>
        <translation>Bericht geschrieben: {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="223"/>
        <source>Le rapport n&apos;a pas pu être écrit ({}).</source>
        <translation>Der Bericht konnte nicht geschrieben werden ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/review/compare.py" line="225"/>
        <source>Export impossible</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="44"/>
        <source>Fusion de zones</source>
        <translation>Zonenfusion</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="44"/>
        <source>Nouveau cycle</source>
        <translation>Neuer Zyklus</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="50"/>
        <source>&lt; Précédent</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="52"/>
        <source>Vérifier &gt;</source>
        <translation>Prüfen &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="54"/>
        <source>Créer le plan…</source>
        <translation>Plan erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="70"/>
        <source>Choisissez le plan de chacune des zones qui fusionnent. Le premier plan de la zone fusionnée additionne les communes, populations et capacités, réunit les membres du CZS et propose les objectifs de toutes les zones comme candidats ; les décisions nationales qui diffèrent restent à prendre.</source>
        <translation>Wählen Sie den Plan jeder der fusionierenden Zonen. Der erste Plan der fusionierten Zone addiert Gemeinden, Bevölkerung und Kapazitäten, führt die Mitglieder des ZSR zusammen und schlägt die Ziele aller Zonen als Kandidaten vor; abweichende nationale Entscheidungen bleiben zu treffen.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="76"/>
        <source>Choisissez le plan qui se termine. Le nouveau plan garde la zone, ses communes, le CZS et les textes permanents, remplit « Enseignements du plan précédent » à partir de l&apos;évaluation et propose les objectifs comme candidats, sans les reprendre comme décidés.</source>
        <translation>Wählen Sie den Plan, der endet. Der neue Plan behält die Zone, ihre Gemeinden, den ZSR und die ständigen Texte, füllt « Lehren aus dem vorigen Plan » anhand der Bewertung und schlägt die Ziele als Kandidaten vor, ohne sie als beschlossen zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="84"/>
        <source>Ajouter un plan…</source>
        <translation>Plan hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="85"/>
        <source>Retirer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="98"/>
        <source>Première année du nouveau plan :</source>
        <translation>Erstes Jahr des neuen Plans:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="102"/>
        <source>Plans des zones :</source>
        <translation>Pläne der Zonen:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="103"/>
        <source>Plan précédent :</source>
        <translation>Vorheriger Plan:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="113"/>
        <source>Vérifiez le nouveau plan avant sa création. Rien n&apos;est encore écrit.</source>
        <translation>Prüfen Sie den neuen Plan vor seiner Erstellung. Es ist noch nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="136"/>
        <source>« %1 » est déjà dans la liste.</source>
        <translation>« %1 » steht bereits in der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="144"/>
        <source>« %1 » ne peut pas être lu : %2</source>
        <translation>« %1 » kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="174"/>
        <source>Ajoutez le plan de chacune des zones qui fusionnent (au moins deux).</source>
        <translation>Fügen Sie den Plan jeder der fusionierenden Zonen hinzu (mindestens zwei).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="175"/>
        <source>Ajoutez le plan précédent.</source>
        <translation>Fügen Sie den vorigen Plan hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="193"/>
        <source>Zone sans nom</source>
        <translation>Zone ohne Namen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="194"/>
        <source>%1 commune(s)</source>
        <translation>%1 Gemeinde(n)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="198"/>
        <source>%1 membre(s) du CZS</source>
        <translation>%1 Mitglied(er) des ZSR</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="199"/>
        <source>%1 objectif(s) candidat(s), aucun objectif décidé</source>
        <translation>%1 Kandidatenziel(e), noch kein Ziel beschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="201"/>
        <source>%1 décision(s) nationale(s) reprise(s)</source>
        <translation>%1 nationale Entscheidung(en) übernommen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="208"/>
        <source>Décisions nationales à prendre (les zones divergent)</source>
        <translation>Zu treffende nationale Entscheidungen (die Zonen weichen ab)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="215"/>
        <source>Objectifs candidats</source>
        <translation>Kandidatenziele</translation>
    </message>
    <message>
        <location filename="../../ui/followup/cycle_dialog.py" line="228"/>
        <source>zone-fusionnee</source>
        <translation>fusionierte-zone</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="62"/>
        <source>À savoir</source>
        <translation>Gut zu wissen</translation>
    </message>
</context>
<context>
    <name>CzsPage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="222"/>
        <source>Le conseil zonal de sécurité</source>
        <translation>Der Zonale Sicherheitsrat</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="223"/>
        <source>Membres de droit (art. 35 LPI) : le ou les bourgmestres, le procureur du Roi, le chef de corps et le DirCo. Laissez vide un nom encore inconnu : la ligne sera ignorée.</source>
        <translation>Mitglieder von Rechts wegen (Art. 35 GIP): der oder die Bürgermeister, der Prokurator des Königs, der Korpschef und der DirCo. Lassen Sie einen noch unbekannten Namen leer: Die Zeile wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="226"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="226"/>
        <source>Rôle</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="226"/>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="228"/>
        <source>Ajouter un membre</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
</context>
<context>
    <name>DashboardEditor</name>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="169"/>
        <source>Tous les domaines</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="174"/>
        <source>Tous les types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="201"/>
        <source>Règle : %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="204"/>
        <source>Filtrer :</source>
        <translation>Filtern:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="226"/>
        <source>Tous les responsables</source>
        <translation>Alle Verantwortlichen</translation>
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
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="54"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="55"/>
        <source>Responsable</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="55"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dashboard.py" line="55"/>
        <source>Dernière valeur</source>
        <translation>Letzter Wert</translation>
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
        <translation>„{}“ wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="94"/>
        <source>Import de « {} »…</source>
        <translation>„{}“ wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="100"/>
        <location filename="../../ui/evidence/data_editor.py" line="108"/>
        <source>Codes fusionnés</source>
        <translation>Fusionierte Codes</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="101"/>
        <source>Anciens codes INS à compter comme une commune du plan, ANCIEN=NOUVEAU séparés par des virgules (ex. 57081=57097) :</source>
        <translation>Alte NIS-Codes, die als Gemeinde des Plans zählen, ALT=NEU durch Kommas getrennt (z. B. 57081=57097):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="142"/>
        <source>Importer des données</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="143"/>
        <source>Données (*.txt *.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Daten (*.txt *.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="150"/>
        <source>Remplacer les données</source>
        <translation>Daten ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="151"/>
        <source>Le plan contient déjà « {} ». Le remplacer par ce fichier ?</source>
        <translation>Der Plan enthält bereits „{}“. Durch diese Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="152"/>
        <source>Remplacer</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="158"/>
        <source>Importer « {} »</source>
        <translation>„{}“ importieren</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="161"/>
        <location filename="../../ui/evidence/data_editor.py" line="179"/>
        <source>Import refusé</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="168"/>
        <source>Valeurs de départ à revoir après cet import : {}</source>
        <translation>Nach diesem Import zu überprüfende Ausgangswerte: {}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="171"/>
        <source>Données importées</source>
        <translation>Daten importiert</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="172"/>
        <source>« {} » : {} ligne(s) gardée(s).</source>
        <translation>„{}“: {} Zeile(n) übernommen.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="181"/>
        <source>Lecture du fichier impossible.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="187"/>
        <source>Retirer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="187"/>
        <source>Retirer « {} »</source>
        <translation>„{}“ entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="217"/>
        <source>Aucune donnée importée. « Importer… » lit les fichiers Statbel, les statistiques policières, une enquête ou tout tableau.</source>
        <translation>Keine Daten importiert. „Importieren…“ liest Statbel-Dateien, polizeiliche Kriminalstatistiken, eine Befragung oder jede Tabelle.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="224"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Fichier : {file}&lt;br&gt;Importé le : {date}&lt;br&gt;Source : {source}&lt;br&gt;Lignes gardées : {kept} sur {read}&lt;br&gt;Empreinte : {sha}…</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Datei: {file}&lt;br&gt;Importiert am: {date}&lt;br&gt;Quelle: {source}&lt;br&gt;Übernommene Zeilen: {kept} von {read}&lt;br&gt;Prüfsumme: {sha}…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="268"/>
        <source>Zone (total)</source>
        <translation>Zone (gesamt)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_editor.py" line="281"/>
        <source>Évolution {} → {} : {} %</source>
        <translation>Entwicklung {} → {}: {} %</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="29"/>
        <source>Remarques :</source>
        <translation>Bemerkungen:</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="32"/>
        <source>Jeux de données</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="33"/>
        <source>Importer…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="35"/>
        <source>Importer un fichier de données (Statbel, police, enquête ou tout tableau CSV/xlsx)</source>
        <translation>Eine Datendatei importieren (Statbel, Polizei, Befragung oder jede CSV/xlsx-Tabelle)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="37"/>
        <source>Retirer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="39"/>
        <source>Codes fusionnés…</source>
        <translation>Fusionierte Codes…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="41"/>
        <source>Codes INS d&apos;avant les fusions du 1er janvier 2025 à compter comme une commune du plan</source>
        <translation>NIS-Codes aus der Zeit vor den Fusionen vom 1. Januar 2025, die als Gemeinde des Plans zählen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="70"/>
        <source>Série</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="73"/>
        <source>pour 1 000 habitants</source>
        <translation>je 1 000 Einwohner</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="76"/>
        <source>Série :</source>
        <translation>Reihe:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/data_view.py" line="93"/>
        <source>&lt;b&gt;Jeux de données du plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datensätze des Plans&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DecisionsEditor</name>
    <message>
        <location filename="../../ui/decisions/editor.py" line="54"/>
        <source>Modifier la justification</source>
        <translation>Begründung ändern</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="55"/>
        <source>Choisir une décision nationale</source>
        <translation>Eine nationale Entscheidung wählen</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="56"/>
        <source>Retirer une décision nationale</source>
        <translation>Eine nationale Entscheidung zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="200"/>
        <source>Choisissez d&apos;abord une décision, puis justifiez-la.</source>
        <translation>Wählen Sie zuerst eine Entscheidung und begründen Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="203"/>
        <source>Pourquoi ce choix : image de la criminalité de la zone, capacité, approche par d&apos;autres acteurs…</source>
        <translation>Warum diese Wahl: Kriminalitätsbild der Zone, Kapazität, Ansatz durch andere Akteure…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="210"/>
        <source>Objectifs liés : %1</source>
        <translation>Verknüpfte Ziele: %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="212"/>
        <source>liens secondaires : %1</source>
        <translation>Nebenverknüpfungen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="215"/>
        <source>Aucun objectif du plan n&apos;est lié à ce thème.</source>
        <translation>Kein Ziel des Plans ist mit diesem Thema verknüpft.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="223"/>
        <source>retenus</source>
        <translation>berücksichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="224"/>
        <source>fonctionnement régulier</source>
        <translation>regulärer Dienstbetrieb</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="225"/>
        <source>non retenus</source>
        <translation>nicht berücksichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/editor.py" line="226"/>
        <source>indécis</source>
        <translation>unentschieden</translation>
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
        <translation>Thema des NSP</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="96"/>
        <source>Décision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="97"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="97"/>
        <source>Objectifs liés</source>
        <translation>Verknüpfte Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="98"/>
        <source>Texte officiel</source>
        <translation>Amtlicher Text</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="100"/>
        <source>Retenu (priorité)</source>
        <translation>Berücksichtigt (Priorität)</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="101"/>
        <source>Fonctionnement régulier – point d&apos;attention</source>
        <translation>Regulärer Dienstbetrieb – Aufmerksamkeitspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="102"/>
        <location filename="../../ui/decisions/model.py" line="108"/>
        <source>Non retenu</source>
        <translation>Nicht berücksichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="103"/>
        <location filename="../../ui/decisions/model.py" line="109"/>
        <source>(indécis)</source>
        <translation>(unentschieden)</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="106"/>
        <source>Retenu</source>
        <translation>Berücksichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="107"/>
        <source>Fonct. régulier</source>
        <translation>Regulär</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="203"/>
        <source>(facultatif)</source>
        <translation>(fakultativ)</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="212"/>
        <source>Afficher…</source>
        <translation>Anzeigen…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="218"/>
        <source>Objectifs du plan liés à ce thème ou à ses objectifs ; entre parenthèses, les liens secondaires.</source>
        <translation>Ziele des Plans, die mit diesem Thema oder seinen Zielen verknüpft sind; in Klammern die Nebenverknüpfungen.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="221"/>
        <source>Afficher le texte officiel du PNS pour ce thème</source>
        <translation>Den amtlichen Text des NSP zu diesem Thema anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="225"/>
        <source>Le PNS ne fixe pas d&apos;objectif à la police locale pour ce thème : la décision est facultative.</source>
        <translation>Der NSP legt der lokalen Polizei für dieses Thema kein Ziel fest: Die Entscheidung ist fakultativ.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="228"/>
        <source>Double-cliquez pour choisir la décision de la zone</source>
        <translation>Doppelklicken, um die Entscheidung der Zone zu wählen</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="42"/>
        <source>Thèmes du PNS</source>
        <translation>Themen des NSP</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="75"/>
        <source>Décision de la zone</source>
        <translation>Entscheidung der Zone</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="88"/>
        <source>Pourquoi ce choix : image de la criminalité de la zone, capacité, approche par d&apos;autres acteurs…</source>
        <translation>Warum diese Wahl: Kriminalitätsbild der Zone, Kapazität, Ansatz durch andere Akteure…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="100"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="105"/>
        <source>Texte officiel du thème</source>
        <translation>Amtlicher Text des Themas</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="106"/>
        <source>Texte officiel dans une fenêtre…</source>
        <translation>Amtlicher Text in einem Fenster…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_view.py" line="110"/>
        <source>Texte officiel</source>
        <translation>Amtlicher Text</translation>
    </message>
</context>
<context>
    <name>DockSlot</name>
    <message>
        <location filename="../../ui/shell/docks.py" line="52"/>
        <location filename="../../ui/shell/docks.py" line="96"/>
        <source>Aucun plan ouvert</source>
        <translation>Kein Plan geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/docks.py" line="108"/>
        <source>Chargement du référentiel national…</source>
        <translation>Nationaler Referenzrahmen wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/docks.py" line="111"/>
        <source>Chargement…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="45"/>
        <source>Édition</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="46"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="47"/>
        <source>Origine</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="48"/>
        <source>Situation pour le plan</source>
        <translation>Stand für den Plan</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="59"/>
        <source>Éditions du référentiel national</source>
        <translation>Ausgaben des nationalen Referenzrahmens</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="79"/>
        <source>Ce qui change pour le plan</source>
        <translation>Was sich für den Plan ändert</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="80"/>
        <source>Citer cette édition dans le plan</source>
        <translation>Diese Ausgabe im Plan anführen</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="82"/>
        <source>Importer un paquet…</source>
        <translation>Paket importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="83"/>
        <source>Ajouter une édition publiée par le fédéral (paquet de référence .zip)</source>
        <translation>Eine vom Föderalstaat veröffentlichte Ausgabe hinzufügen (Referenzpaket .zip)</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="111"/>
        <source>Le plan est écrit selon : &lt;b&gt;%1&lt;/b&gt; (période %2–%3).</source>
        <translation>Der Plan richtet sich nach: &lt;b&gt;%1&lt;/b&gt; (Zeitraum %2–%3).</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="166"/>
        <source>Le plan cite désormais %1 (Ctrl+Z pour annuler).</source>
        <translation>Der Plan führt jetzt %1 an (Strg+Z zum Rückgängigmachen).</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="187"/>
        <source>Valable : %1–%2</source>
        <translation>Gültig: %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="190"/>
        <source>remplace %1</source>
        <translation>ersetzt %1</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="215"/>
        <source>Importer un paquet de référence</source>
        <translation>Referenzpaket importieren</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="216"/>
        <source>Paquet de référence (*.zip)</source>
        <translation>Referenzpaket (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/binding/editions_dialog.py" line="233"/>
        <source>Édition %1 importée.</source>
        <translation>Ausgabe %1 importiert.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="16"/>
        <source>Texte source : %1</source>
        <translation>Quelltext: %1</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="17"/>
        <source>Le plan cite cette édition.</source>
        <translation>Der Plan führt diese Ausgabe an.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="18"/>
        <source>Ce qui change pour ce plan</source>
        <translation>Was sich für diesen Plan ändert</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="19"/>
        <source>Rien ne change pour les éléments liés au plan.</source>
        <translation>Für die mit dem Plan verknüpften Elemente ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>ExpectationsEditor</name>
    <message>
        <location filename="../../ui/sections/expectations.py" line="112"/>
        <source>Ajouter une attente</source>
        <translation>Erwartung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="120"/>
        <source>Supprimer une attente</source>
        <translation>Erwartung entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="126"/>
        <source>Déplacer une attente</source>
        <translation>Erwartung verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="132"/>
        <source>Les auteurs attendus (chaque bourgmestre, le procureur du Roi, le gouverneur, le DirCo) sont déjà présents.</source>
        <translation>Die erwarteten Verfasser (jeder Bürgermeister, der Prokurator des Königs, der Gouverneur, der DirCo) sind bereits vorhanden.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations.py" line="137"/>
        <source>Ajouter les auteurs attendus</source>
        <translation>Erwartete Verfasser hinzufügen</translation>
    </message>
</context>
<context>
    <name>ExpectationsView</name>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="36"/>
        <source>Auteurs des attentes</source>
        <translation>Verfasser der Erwartungen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="41"/>
        <source>Ajouter</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="51"/>
        <source>Supprimer l&apos;auteur choisi</source>
        <translation>Gewählten Verfasser entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="54"/>
        <source>Monter</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="57"/>
        <source>Descendre</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="58"/>
        <source>Ajouter les auteurs attendus</source>
        <translation>Erwartete Verfasser hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="59"/>
        <source>Chaque bourgmestre, le procureur du Roi, le gouverneur et la police fédérale (DirCo)</source>
        <translation>Jeder Bürgermeister, der Prokurator des Königs, der Gouverneur und die föderale Polizei (DirCo)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="73"/>
        <source>type d&apos;auteur</source>
        <translation>Art des Verfassers</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="74"/>
        <source>auteur</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="75"/>
        <source>Nom et fonction, par exemple « Claire Delvaux, bourgmestre de Rivemont »</source>
        <translation>Name und Funktion, zum Beispiel „Anna Schmitz, Bürgermeisterin von Musterdorf“</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="78"/>
        <source>attentes</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="80"/>
        <source>Les attentes de cet auteur, une puce par attente (« - Lutter contre les cambriolages… »).</source>
        <translation>Die Erwartungen dieses Verfassers, ein Aufzählungspunkt pro Erwartung („- Wohnungseinbrüche bekämpfen…“).</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="84"/>
        <source>Liste à puces</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="87"/>
        <source>Ajoutez un auteur : chaque bourgmestre, le procureur du Roi, le gouverneur, la police fédérale…</source>
        <translation>Fügen Sie einen Verfasser hinzu: jeder Bürgermeister, der Prokurator des Königs, der Gouverneur, die föderale Polizei…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="92"/>
        <source>Type d&apos;auteur</source>
        <translation>Art des Verfassers</translation>
    </message>
    <message>
        <location filename="../../ui/sections/expectations_view.py" line="93"/>
        <source>Auteur</source>
        <translation>Verfasser</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="86"/>
        <source>Exporter le plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="118"/>
        <source>Choisissez où enregistrer le document.</source>
        <translation>Wählen Sie, wo das Dokument gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="123"/>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="128"/>
        <source>Choisissez le dossier des modèles de la zone.</source>
        <translation>Wählen Sie den Ordner mit den Vorlagen der Zone.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="168"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="174"/>
        <source>Export en cours…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="247"/>
        <source>Document enregistré : %1</source>
        <translation>Dokument gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="252"/>
        <source>Export terminé.</source>
        <translation>Export abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="260"/>
        <source>L&apos;export a échoué : %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="263"/>
        <source>Le plan n&apos;a pas été modifié.</source>
        <translation>Der Plan wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="269"/>
        <source>Annulation demandée…</source>
        <translation>Abbruch angefordert…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="283"/>
        <source>Impossible d&apos;ouvrir « %1 ».</source>
        <translation>„%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="298"/>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="298"/>
        <source>Fermer</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="333"/>
        <source>LibreOffice n&apos;est pas installé sur cet ordinateur : l&apos;export PDF n&apos;est pas disponible. Ouvrez le document Word et enregistrez-le en PDF, ou installez LibreOffice.</source>
        <translation>LibreOffice ist auf diesem Computer nicht installiert: Der PDF-Export ist nicht verfügbar. Öffnen Sie das Word-Dokument und speichern Sie es als PDF, oder installieren Sie LibreOffice.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../ui/export/export_view.py" line="37"/>
        <source>Plan zonal de sécurité (document complet)</source>
        <translation>Zonaler Sicherheitsplan (vollständiges Dokument)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="38"/>
        <source>Rapport d&apos;alignement seul (pour les relecteurs)</source>
        <translation>Nur der Abgleichsbericht (für Prüfer)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="40"/>
        <source>Modèle Word</source>
        <translation>Word-Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="41"/>
        <source>Modèle de ZonalPlan</source>
        <translation>Vorlage von ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="42"/>
        <source>Modèle de la zone (dossier contenant plan.docx) :</source>
        <translation>Vorlage der Zone (Ordner mit plan.docx):</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="50"/>
        <source>Aucun dossier choisi</source>
        <translation>Kein Ordner gewählt</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="51"/>
        <source>Choisir…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="59"/>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="60"/>
        <source>Document Word (.docx)</source>
        <translation>Word-Dokument (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="63"/>
        <source>Aussi en PDF (converti par LibreOffice)</source>
        <translation>Auch als PDF (von LibreOffice umgewandelt)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="66"/>
        <source>Ajouter les remarques ouvertes et les notes de relecture en commentaires Word</source>
        <translation>Offene Bemerkungen und Prüfnotizen als Word-Kommentare hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="69"/>
        <source>Joindre le rapport d&apos;alignement en annexe (projet pour relecture ; à décocher pour la version envoyée aux ministres)</source>
        <translation>Den Abstimmungsbericht als Anhang beifügen (Entwurf zur Durchsicht; für die an die Minister gesandte Fassung abwählen)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="82"/>
        <source>Chemin du document à écrire (.docx)</source>
        <translation>Pfad des zu schreibenden Dokuments (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="83"/>
        <source>Parcourir…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="88"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="89"/>
        <source>Enregistrer sous</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="102"/>
        <source>Ouvrir le document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="103"/>
        <source>Ouvrir le dossier</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="113"/>
        <source>Exporter</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="115"/>
        <source>Fermer</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="63"/>
        <source>Insérer une figure</source>
        <translation>Abbildung einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="82"/>
        <source>pour 1 000 habitants</source>
        <translation>je 1 000 Einwohner</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="89"/>
        <source>Choisir l&apos;image…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="90"/>
        <location filename="../../ui/evidence/figure_dialog.py" line="150"/>
        <source>Aucune image choisie.</source>
        <translation>Kein Bild gewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="103"/>
        <source>au début du chapitre</source>
        <translation>am Anfang des Kapitels</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="111"/>
        <source>Type :</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="112"/>
        <source>Séries :</source>
        <translation>Reihen:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="114"/>
        <source>Ventilation :</source>
        <translation>Aufschlüsselung:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="115"/>
        <source>Image :</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="116"/>
        <source>Après le paragraphe :</source>
        <translation>Nach Absatz:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="117"/>
        <source>Légende :</source>
        <translation>Bildunterschrift:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="121"/>
        <source>Insérer</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="122"/>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="153"/>
        <source>{} ({} × {} pixels)</source>
        <translation>{} ({} × {} Pixel)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="158"/>
        <source>Choisir une image</source>
        <translation>Ein Bild wählen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="159"/>
        <source>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="188"/>
        <source>Choisissez une image PNG ou JPEG.</source>
        <translation>Wählen Sie ein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="194"/>
        <source>Aucune donnée d&apos;accidents à ventiler : importez-en d&apos;abord dans « Données de la zone ».</source>
        <translation>Keine Unfalldaten zum Aufschlüsseln: Importieren Sie sie zuerst unter „Daten der Zone“.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="200"/>
        <source>Cochez au moins une série.</source>
        <translation>Kreuzen Sie mindestens eine Reihe an.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figure_dialog.py" line="202"/>
        <source>Un graphique par commune montre une seule série ; un graphique d&apos;évolution ou un tableau, six au plus.</source>
        <translation>Ein Diagramm je Gemeinde zeigt eine einzige Reihe; ein Entwicklungsdiagramm oder eine Tabelle höchstens sechs.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="69"/>
        <location filename="../../ui/evidence/figures_panel.py" line="141"/>
        <source>Figures du chapitre</source>
        <translation>Abbildungen des Kapitels</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="78"/>
        <source>Insérer une figure…</source>
        <translation>Abbildung einfügen…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="80"/>
        <source>Monter</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="81"/>
        <source>Descendre</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="82"/>
        <source>Légende…</source>
        <translation>Bildunterschrift…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="83"/>
        <source>Retirer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="151"/>
        <location filename="../../ui/evidence/figures_panel.py" line="153"/>
        <source>Insérer une figure</source>
        <translation>Abbildung einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="165"/>
        <source>Déplacer une figure</source>
        <translation>Abbildung verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="173"/>
        <source>Légende</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="173"/>
        <source>Légende de la figure :</source>
        <translation>Bildunterschrift der Abbildung:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="177"/>
        <source>Modifier la légende</source>
        <translation>Bildunterschrift ändern</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/figures_panel.py" line="183"/>
        <source>Retirer une figure</source>
        <translation>Abbildung entfernen</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="278"/>
        <source>Enregistrement</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="279"/>
        <source>Le plan est un seul fichier .zplan, à garder sur votre ordinateur ou sur un partage réseau.</source>
        <translation>Der Plan ist eine einzige .zplan-Datei, die Sie auf Ihrem Computer oder auf einem Netzlaufwerk aufbewahren.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="284"/>
        <source>Laisser vide pour choisir plus tard</source>
        <translation>Leer lassen, um später zu wählen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="285"/>
        <source>Parcourir…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="287"/>
        <source>Rédiger ensuite le plan en mode guidé, chapitre par chapitre</source>
        <translation>Den Plan anschließend im geführten Modus verfassen, Kapitel für Kapitel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="291"/>
        <source>Préparer les attentes de chaque bourgmestre, du procureur du Roi, du gouverneur et du DirCo</source>
        <translation>Die Erwartungen jedes Bürgermeisters, des Prokurators des Königs, des Gouverneurs und des DirCo vorbereiten</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="299"/>
        <source>Fichier du plan</source>
        <translation>Plandatei</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="331"/>
        <source>« {} » existe déjà : choisissez un autre nom.</source>
        <translation>„{}“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="335"/>
        <source>Le dossier « {} » n&apos;existe pas.</source>
        <translation>Der Ordner „{}“ existiert nicht.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/alignment_panel/findings_model.py" line="36"/>
        <source>Erreurs</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/findings_model.py" line="36"/>
        <source>Avertissements</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_panel/findings_model.py" line="37"/>
        <source>Informations</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="6"/>
        <source>Zone et CZS</source>
        <translation>Zone und ZSR</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="7"/>
        <source>Chapitres</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="8"/>
        <source>Attentes des autorités</source>
        <translation>Erwartungen der Behörden</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="9"/>
        <source>Stratégie et priorités</source>
        <translation>Strategie und Prioritäten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="10"/>
        <source>Priorités nationales</source>
        <translation>Nationale Prioritäten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="11"/>
        <source>Capacité</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="12"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="13"/>
        <source>Approbation</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="14"/>
        <source>Période du plan</source>
        <translation>Planzeitraum</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="15"/>
        <source>Emplacement</source>
        <translation>Stelle</translation>
    </message>
</context>
<context>
    <name>FollowUpHome</name>
    <message>
        <location filename="../../ui/followup/home.py" line="25"/>
        <source>Après l&apos;approbation, le plan se suit pendant six ans : plans d&apos;action annuels, mesures des indicateurs, tableau de bord et rapports au conseil zonal de sécurité. Double-cliquez sur une partie pour l&apos;ouvrir.</source>
        <translation>Nach der Genehmigung wird der Plan sechs Jahre lang nachverfolgt: jährliche Aktionspläne, Messungen der Indikatoren, Übersicht und Berichte an den Zonalen Sicherheitsrat. Doppelklicken Sie auf einen Teil, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="58"/>
        <source>Plans d&apos;action</source>
        <translation>Aktionspläne</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="59"/>
        <source>%1 action(s) en %2</source>
        <translation>%1 Aktion(en) im Jahr %2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="61"/>
        <source>Mesures</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="62"/>
        <source>%1 mesure(s) enregistrée(s)</source>
        <translation>%1 Messung(en) erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="64"/>
        <source>Tableau de bord</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="65"/>
        <source>%1 objectif(s), dont %2 « %3 »</source>
        <translation>%1 Ziel(e), davon %2 « %3 »</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="67"/>
        <source>Rapports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/followup/home.py" line="68"/>
        <source>rapport annuel, évaluations, plan d&apos;action</source>
        <translation>Jahresbericht, Bewertungen, Aktionsplan</translation>
    </message>
</context>
<context>
    <name>FollowUpReports</name>
    <message>
        <location filename="marked_strings.py" line="63"/>
        <source>Enregistrer le rapport</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="64"/>
        <source>Document Word (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="65"/>
        <source>Rédaction du document…</source>
        <translation>Dokument wird erstellt…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="66"/>
        <source>Écriture du fichier…</source>
        <translation>Datei wird geschrieben…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="67"/>
        <source>Conversion en PDF (LibreOffice)…</source>
        <translation>Umwandlung in PDF (LibreOffice)…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="68"/>
        <source>Terminé.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="69"/>
        <source>Rapport annuel %1</source>
        <translation>Jahresbericht %1</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="70"/>
        <source>Évaluation à mi-parcours %1</source>
        <translation>Halbzeitbewertung %1</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="71"/>
        <source>Évaluation finale %1</source>
        <translation>Schlussbewertung %1</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="72"/>
        <source>Plan d&apos;action %1</source>
        <translation>Aktionsplan %1</translation>
    </message>
</context>
<context>
    <name>FunctionalitiesModel</name>
    <message>
        <location filename="../../ui/capacity/models.py" line="78"/>
        <source>Fonctionnalité de base</source>
        <translation>Basisfunktionalität</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="78"/>
        <source>ETP</source>
        <translation>VZÄ</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="78"/>
        <source>Part</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="107"/>
        <source>Modifier la capacité « %1 »</source>
        <translation>Kapazität „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../ui/sections/guidance_panel.py" line="110"/>
        <source>Masquer les conseils</source>
        <translation>Ratschläge ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/sections/guidance_panel.py" line="111"/>
        <source>Conseils et exemples</source>
        <translation>Ratschläge und Beispiele</translation>
    </message>
</context>
<context>
    <name>GuidedBar</name>
    <message>
        <location filename="../../ui/wizard/guided.py" line="38"/>
        <source>Précédent</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="40"/>
        <source>Suivant</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="44"/>
        <source>Quitter le mode guidé</source>
        <translation>Geführten Modus verlassen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="46"/>
        <source>Vous pourrez reprendre plus tard (menu Affichage).</source>
        <translation>Sie können später fortfahren (Menü Ansicht).</translation>
    </message>
</context>
<context>
    <name>GuidedController</name>
    <message>
        <location filename="../../ui/wizard/guided.py" line="124"/>
        <source>&lt;b&gt;Mode guidé&lt;/b&gt; — « {} » est hors du parcours ; « Suivant » reprend au premier chapitre.</source>
        <translation>&lt;b&gt;Geführter Modus&lt;/b&gt; — „{}“ liegt außerhalb des Ablaufs; „Weiter“ setzt beim ersten Kapitel fort.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="128"/>
        <source>Suivant</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="131"/>
        <source>&lt;b&gt;Mode guidé&lt;/b&gt; — étape {} sur {} : {}</source>
        <translation>&lt;b&gt;Geführter Modus&lt;/b&gt; — Schritt {} von {}: {}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="136"/>
        <source>Suivant : {}</source>
        <translation>Weiter: {}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/guided.py" line="138"/>
        <source>Terminer</source>
        <translation>Fertigstellen</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="56"/>
        <source>Aide — ZonalPlan</source>
        <translation>Hilfe — ZonalPlan</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="38"/>
        <source>Indicateur</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="38"/>
        <source>Unité</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="38"/>
        <source>Départ</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="39"/>
        <source>Année</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="39"/>
        <source>Cible</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="39"/>
        <source>Année cible</source>
        <translation>Zieljahr</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="40"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="40"/>
        <source>Fréquence</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="41"/>
        <source>Ce que l&apos;on mesure</source>
        <translation>Was gemessen wird</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="41"/>
        <source>Unité de mesure (faits, %, …)</source>
        <translation>Maßeinheit (Taten, %, …)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="42"/>
        <source>Valeur de départ (nombre)</source>
        <translation>Ausgangswert (Zahl)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="42"/>
        <source>Année de la valeur de départ</source>
        <translation>Jahr des Ausgangswerts</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="43"/>
        <source>Valeur visée (nombre)</source>
        <translation>Zielwert (Zahl)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="44"/>
        <source>Année où la cible doit être atteinte</source>
        <translation>Jahr, in dem der Zielwert erreicht sein soll</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="45"/>
        <source>Source des données (BNG, enquête…)</source>
        <translation>Datenquelle (AND, Befragung…)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="45"/>
        <source>Fréquence de mesure</source>
        <translation>Messhäufigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="79"/>
        <source>absente</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="80"/>
        <source>La valeur de départ {} ne correspond plus aux données importées : enregistrée {}, données actuelles {}. Reprenez-la avec « Valeur de départ depuis les données… ».</source>
        <translation>Der Ausgangswert {} entspricht nicht mehr den importierten Daten: gespeichert {}, aktuelle Daten {}. Übernehmen Sie ihn neu mit „Ausgangswert aus den Daten…“.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="159"/>
        <source>Modifier un indicateur</source>
        <translation>Indikator ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="173"/>
        <source>« %1 » n&apos;est pas un nombre : tapez par exemple 12 ou 12,5.</source>
        <translation>„%1“ ist keine Zahl: Geben Sie zum Beispiel 12 oder 12,5 ein.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="179"/>
        <source>« %1 » n&apos;est pas une année : tapez quatre chiffres, par exemple 2031.</source>
        <translation>„%1“ ist keine Jahreszahl: Geben Sie vier Ziffern ein, zum Beispiel 2031.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="182"/>
        <source>L&apos;année doit être comprise entre 1990 et 2100.</source>
        <translation>Das Jahr muss zwischen 1990 und 2100 liegen.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/indicators_model.py" line="185"/>
        <source>Le nom de l&apos;indicateur ne peut pas être vide.</source>
        <translation>Der Name des Indikators darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="70"/>
        <source>Élément national</source>
        <translation>Nationales Element</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="70"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="70"/>
        <source>Poids</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="71"/>
        <source>Principal</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="72"/>
        <source>Secondaire</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="114"/>
        <source>Élément inconnu (%1)</source>
        <translation>Unbekanntes Element (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/links_model.py" line="123"/>
        <source>Cet identifiant n&apos;existe pas dans le référentiel national chargé.</source>
        <translation>Diese Kennung existiert im geladenen nationalen Referenzrahmen nicht.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="146"/>
        <source>Votre nom</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="147"/>
        <source>Votre nom (et votre fonction), inscrit comme auteur des versions du plan et des notes de relecture. Vous pourrez le changer dans les Préférences.</source>
        <translation>Ihr Name (und Ihre Funktion), als Verfasser der Versionen des Plans und der Prüfungsnotizen eingetragen. Sie können ihn in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="176"/>
        <source> (lecture seule)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="194"/>
        <source>&amp;Annuler {}</source>
        <translation>&amp;Rückgängig: {}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="195"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="196"/>
        <source>&amp;Rétablir {}</source>
        <translation>&amp;Wiederherstellen: {}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="197"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="236"/>
        <source>ZonalPlan</source>
        <translation>ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="310"/>
        <source>Référentiel national indisponible</source>
        <translation>Nationaler Referenzrahmen nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="338"/>
        <source>Ouverture de {}…</source>
        <translation>{} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="355"/>
        <source>Ouverture impossible</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="142"/>
        <source>Langue de l&apos;interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="143"/>
        <source>La nouvelle langue s&apos;applique au prochain démarrage de ZonalPlan. Redémarrer maintenant ? Le plan ouvert est d&apos;abord fermé ; s&apos;il a des modifications, vous pourrez les enregistrer.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von ZonalPlan. Jetzt neu starten? Der geöffnete Plan wird zuerst geschlossen; wenn er Änderungen enthält, können Sie sie speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="148"/>
        <source>Redémarrer maintenant</source>
        <translation>Jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="30"/>
        <source>Colonnes du tableau</source>
        <translation>Spalten der Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="33"/>
        <source>« {} » n&apos;est pas un format officiel reconnu. Indiquez quelle colonne donne la commune, l&apos;année et les valeurs à garder.</source>
        <translation>„{}“ ist kein erkanntes amtliches Format. Geben Sie an, welche Spalte die Gemeinde, das Jahr und die zu übernehmenden Werte enthält.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="43"/>
        <source>(aucune)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="60"/>
        <source>Colonne de la commune :</source>
        <translation>Spalte der Gemeinde:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="61"/>
        <source>Colonne de l&apos;année :</source>
        <translation>Spalte des Jahres:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="62"/>
        <source>Colonnes des valeurs :</source>
        <translation>Spalten der Werte:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="65"/>
        <source>Importer</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/mapping_dialog.py" line="66"/>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="241"/>
        <source>Matrice d&apos;argumentation</source>
        <translation>Argumentationsmatrix</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="250"/>
        <source>Modifier une pondération</source>
        <translation>Eine Gewichtung ändern</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="259"/>
        <source>Score de « {} »</source>
        <translation>Punktzahl von „{}“</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="270"/>
        <source>Justification de « {} »</source>
        <translation>Begründung von „{}“</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="280"/>
        <source>Décision de « {} »</source>
        <translation>Entscheidung zu „{}“</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="288"/>
        <source>Motivation de « {} »</source>
        <translation>Begründung von „{}“</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="296"/>
        <source>Thème PNS de « {} »</source>
        <translation>NSP-Thema von „{}“</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="302"/>
        <source>(aucun)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="315"/>
        <source>Ajouter un phénomène</source>
        <translation>Ein Phänomen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="316"/>
        <source>Phénomène (ex. cambriolages dans les habitations) :</source>
        <translation>Phänomen (z. B. Wohnungseinbrüche):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="323"/>
        <source>Ajouter « {} »</source>
        <translation>„{}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="330"/>
        <source>Retirer le phénomène</source>
        <translation>Phänomen entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="331"/>
        <source>Retirer « {} » de la matrice ?</source>
        <translation>„{}“ aus der Matrix entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="332"/>
        <source>Retirer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="334"/>
        <source>Retirer « {} »</source>
        <translation>„{}“ entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="338"/>
        <source>Reporter la matrice sur les décisions PNS</source>
        <translation>Die Matrix in die NSP-Entscheidungen übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="340"/>
        <source>Décisions PNS</source>
        <translation>Entscheidungen NSP</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="341"/>
        <source>Les décisions PNS des phénomènes confirmés ont été mises à jour (Ctrl+Z pour annuler).</source>
        <translation>Die NSP-Entscheidungen der bestätigten Phänomene wurden aktualisiert (Strg+Z zum Rückgängigmachen).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="347"/>
        <source>Phénomènes non retenus</source>
        <translation>Nicht berücksichtigte Phänomene</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="348"/>
        <source>Le texte « Motivation des phénomènes non retenus » sera remplacé par celui de la matrice. Continuer ?</source>
        <translation>Der Text „Begründung der nicht berücksichtigten Phänomene“ wird durch den der Matrix ersetzt. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="349"/>
        <source>Remplacer</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="351"/>
        <source>Rédiger la motivation des phénomènes non retenus</source>
        <translation>Die Begründung der nicht berücksichtigten Phänomene verfassen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="383"/>
        <source>à confirmer</source>
        <translation>zu bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="411"/>
        <source>Choisissez une cellule de la matrice.</source>
        <translation>Wählen Sie eine Zelle der Matrix.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="60"/>
        <source>Pondérations :</source>
        <translation>Gewichtungen:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="66"/>
        <source>Pondération : {}</source>
        <translation>Gewichtung: {}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Part</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Proposition</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="76"/>
        <source>Décision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="93"/>
        <source>Cellule choisie</source>
        <translation>Gewählte Zelle</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="97"/>
        <source>0 : aucun, 1 : faible, 2 : net, 3 : fort</source>
        <translation>0: keine, 1: schwach, 2: deutlich, 3: stark</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="101"/>
        <source>Justification courte (source, chiffre, attente…)</source>
        <translation>Kurze Begründung (Quelle, Zahl, Erwartung…)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="104"/>
        <source>(à confirmer)</source>
        <translation>(zu bestätigen)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="112"/>
        <source>Le thème du PNS dont la décision suit ce phénomène</source>
        <translation>Das NSP-Thema, dessen Entscheidung diesem Phänomen folgt</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="116"/>
        <source>Pourquoi cette décision (reprise dans les décisions PNS)</source>
        <translation>Warum diese Entscheidung (in die NSP-Entscheidungen übernommen)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="119"/>
        <source>Score (0-3) :</source>
        <translation>Punktzahl (0-3):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="120"/>
        <source>Justification :</source>
        <translation>Erläuterung:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="121"/>
        <source>Décision confirmée :</source>
        <translation>Bestätigte Entscheidung:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="122"/>
        <source>Motivation :</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="123"/>
        <source>Thème PNS :</source>
        <translation>NSP-Thema:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="125"/>
        <source>Ajouter un phénomène…</source>
        <translation>Ein Phänomen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="126"/>
        <source>Retirer le phénomène</source>
        <translation>Phänomen entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="127"/>
        <source>Reporter sur les décisions PNS</source>
        <translation>In die NSP-Entscheidungen übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="129"/>
        <source>Les phénomènes liés à un thème national et dont la décision est confirmée fixent la décision PNS</source>
        <translation>Die Phänomene, die mit einem nationalen Thema verknüpft sind und deren Entscheidung bestätigt ist, bestimmen die NSP-Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="132"/>
        <source>Rédiger la motivation des phénomènes non retenus</source>
        <translation>Die Begründung der nicht berücksichtigten Phänomene verfassen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="137"/>
        <source>Commentaire de la matrice</source>
        <translation>Kommentar zur Matrix</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/matrix_editor.py" line="139"/>
        <source>Commentaire : méthode, sources, qui a noté…</source>
        <translation>Kommentar: Methode, Quellen, wer bewertet hat…</translation>
    </message>
</context>
<context>
    <name>MeasuresEditor</name>
    <message>
        <location filename="../../ui/followup/measures.py" line="79"/>
        <source>année entière</source>
        <translation>ganzes Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="81"/>
        <source>T%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="85"/>
        <source>Ajouter la mesure</source>
        <translation>Messung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="86"/>
        <source>Supprimer la mesure</source>
        <translation>Messung löschen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="90"/>
        <source>Reprendre cette valeur</source>
        <translation>Diesen Wert übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="100"/>
        <source>Indicateur :</source>
        <translation>Indikator:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="103"/>
        <source>Nouvelle mesure — année :</source>
        <translation>Neue Messung — Jahr:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="104"/>
        <source>valeur :</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="175"/>
        <source>Aucun indicateur : ajoutez-en aux objectifs dans « Stratégie et priorités ».</source>
        <translation>Keine Indikatoren: Fügen Sie sie den Zielen unter « Strategie und Prioritäten » hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="197"/>
        <source>non fixée</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="203"/>
        <source>Valeur de départ : %1 ; cible : %2</source>
        <translation>Ausgangswert: %1; Zielwert: %2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="209"/>
        <source>Source : %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="230"/>
        <source>Les données importées donnent %1 pour %2 (%3).</source>
        <translation>Die eingelesenen Daten ergeben %1 für %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="234"/>
        <source>Les données importées n&apos;ont pas encore de valeur pour cette année.</source>
        <translation>Die eingelesenen Daten haben noch keinen Wert für dieses Jahr.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="266"/>
        <source>Indiquez l&apos;année de la mesure (par ex. 2027).</source>
        <translation>Geben Sie das Jahr der Messung an (z. B. 2027).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="269"/>
        <source>Indiquez la valeur mesurée (par ex. 12 ou 12,5).</source>
        <translation>Geben Sie den gemessenen Wert an (z. B. 12 oder 12,5).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="276"/>
        <source>Année hors des limites (1990 à 2100).</source>
        <translation>Jahr außerhalb der Grenzen (1990 bis 2100).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="278"/>
        <source>Ajouter une mesure</source>
        <translation>Messung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures.py" line="298"/>
        <source>Supprimer une mesure</source>
        <translation>Messung löschen</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="31"/>
        <source>Année</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="31"/>
        <source>Trimestre</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="31"/>
        <source>Valeur</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="32"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="32"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="32"/>
        <source>Commentaire</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="98"/>
        <source>Modifier « %1 » d&apos;une mesure</source>
        <translation>« %1 » einer Messung ändern</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="111"/>
        <source>Année attendue (quatre chiffres, par ex. 2027).</source>
        <translation>Jahr erwartet (vier Ziffern, z. B. 2027).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="118"/>
        <source>Trimestre attendu : 1, 2, 3 ou 4 (vide pour l&apos;année).</source>
        <translation>Quartal erwartet: 1, 2, 3 oder 4 (leer für das ganze Jahr).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="126"/>
        <source>Valeur numérique attendue (par ex. 12 ou 12,5).</source>
        <translation>Zahl erwartet (z. B. 12 oder 12,5).</translation>
    </message>
    <message>
        <location filename="../../ui/followup/measures_model.py" line="132"/>
        <source>Date attendue, par exemple 15/03/2027.</source>
        <translation>Datum erwartet, zum Beispiel 15.03.2027.</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="351"/>
        <source>Nouveau plan zonal de sécurité</source>
        <translation>Neuer Zonaler Sicherheitsplan</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="362"/>
        <source>Suivant &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="363"/>
        <source>&lt; Précédent</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="364"/>
        <source>Créer le plan</source>
        <translation>Plan erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="365"/>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="105"/>
        <source>Notes de relecture</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="112"/>
        <source>Reprendre les notes d&apos;un relecteur…</source>
        <translation>Notizen eines Prüfers übernehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="115"/>
        <source>Notes d&apos;un relecteur…</source>
        <translation>Notizen eines Prüfers…</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="116"/>
        <source>Reprendre les notes et réponses écrites par un relecteur dans sa copie du plan</source>
        <translation>Die Notizen und Antworten übernehmen, die ein Prüfer in seiner Kopie des Plans geschrieben hat</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="260"/>
        <source>Plan annoté par un relecteur</source>
        <translation>Von einem Prüfer kommentierter Plan</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="265"/>
        <source>Lecture des notes du relecteur…</source>
        <translation>Notizen des Prüfers werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="306"/>
        <source>Réponse à la note de {}</source>
        <translation>Antwort auf die Notiz von {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="310"/>
        <source>Envoyer la réponse</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="315"/>
        <source>Nouvelle note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="319"/>
        <source>Ajouter la note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="333"/>
        <location filename="../../ui/review/notes_panel.py" line="347"/>
        <source>Notes non reprises</source>
        <translation>Nicht übernommene Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="339"/>
        <source>Notes du relecteur</source>
        <translation>Notizen des Prüfers</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="346"/>
        <source>Lecture impossible ({}).</source>
        <translation>Lesen nicht möglich ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="395"/>
        <source>{} ouverte(s) sur {}</source>
        <translation>{} offen von {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="397"/>
        <source>Aucune note de relecture.</source>
        <translation>Keine Prüfnotizen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="398"/>
        <source>Aucune note dans ce filtre.</source>
        <translation>Keine Notizen in diesem Filter.</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="404"/>
        <source> · {} réponse(s)</source>
        <translation> · {} Antwort(en)</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="430"/>
        <source>Rouvrir</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_panel.py" line="431"/>
        <source>Résoudre</source>
        <translation>Erledigen</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../ui/review/notes_view.py" line="53"/>
        <source>Ouvertes</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="53"/>
        <source>Résolues</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="54"/>
        <source>Toutes</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="63"/>
        <source>Afficher :</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="85"/>
        <source>Répondre</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="87"/>
        <source>Résoudre</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="89"/>
        <source>Afficher</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="90"/>
        <source>Afficher dans le plan l&apos;endroit de la note</source>
        <translation>Die Stelle der Notiz im Plan anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="103"/>
        <source>Nouvelle note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="110"/>
        <source>Sur :</source>
        <translation>Zu:</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="113"/>
        <source>Votre nom</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="116"/>
        <source>Rôle (ex. DirCo, relecteur)</source>
        <translation>Funktion (z. B. DirCo, Prüfer)</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="119"/>
        <source>Votre remarque…</source>
        <translation>Ihre Bemerkung…</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="127"/>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="130"/>
        <source>Ajouter la note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/review/notes_view.py" line="139"/>
        <source>Par :</source>
        <translation>Von:</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../ui/binding/widgets.py" line="350"/>
        <source>Année attendue (quatre chiffres, par ex. 2031).</source>
        <translation>Jahreszahl erwartet (vier Ziffern, z. B. 2031).</translation>
    </message>
    <message>
        <location filename="../../ui/binding/widgets.py" line="355"/>
        <source>Valeur numérique attendue (par ex. 12 ou 12,5).</source>
        <translation>Zahl erwartet (z. B. 12 oder 12,5).</translation>
    </message>
    <message>
        <location filename="../../ui/binding/widgets.py" line="358"/>
        <source>Nombre entier attendu.</source>
        <translation>Ganze Zahl erwartet.</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <location filename="../../ui/objectives/form.py" line="107"/>
        <source>Indicateurs (%1)</source>
        <translation>Indikatoren (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="109"/>
        <source>Liens (%1)</source>
        <translation>Verknüpfungen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="142"/>
        <source>Aucune remarque sur cet objectif.</source>
        <translation>Keine Bemerkungen zu diesem Ziel.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="150"/>
        <source>… et %1 autres remarques dans le panneau d&apos;alignement.</source>
        <translation>… und %1 weitere Bemerkungen im Abgleichsbereich.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="158"/>
        <source>Nouvel indicateur</source>
        <translation>Neuer Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="160"/>
        <source>Ajouter un indicateur</source>
        <translation>Indikator hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="174"/>
        <source>Supprimer un indicateur</source>
        <translation>Indikator entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="184"/>
        <source>Choisissez d&apos;abord un indicateur dans le tableau.</source>
        <translation>Wählen Sie zuerst einen Indikator in der Tabelle.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="199"/>
        <source>Valeur de départ de « {} »</source>
        <translation>Ausgangswert von „{}“</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="225"/>
        <source>Modifier le code</source>
        <translation>Code ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="226"/>
        <source>Modifier l&apos;intitulé</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="227"/>
        <source>L&apos;intitulé ne peut pas être vide.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="228"/>
        <source>Modifier le type</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="230"/>
        <source>Modifier le domaine</source>
        <translation>Bereich ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="232"/>
        <source>Modifier le responsable</source>
        <translation>Verantwortlichen ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="234"/>
        <source>Modifier la description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="235"/>
        <source>Modifier la motivation</source>
        <translation>Begründung ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="236"/>
        <source>Modifier l&apos;approche en chaîne</source>
        <translation>Kettenansatz ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="241"/>
        <source>Modifier la justification locale</source>
        <translation>Lokale Begründung ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="242"/>
        <location filename="../../ui/objectives/form.py" line="243"/>
        <source>Modifier la capacité</source>
        <translation>Kapazität ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="279"/>
        <source>Modifier les partenaires</source>
        <translation>Partner ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="280"/>
        <source>Modifier les objectifs tactiques</source>
        <translation>Taktische Ziele ändern</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="340"/>
        <source>Les suggestions ne sont pas disponibles.</source>
        <translation>Vorschläge sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/form.py" line="342"/>
        <source>Aucune autre suggestion pour ce texte.</source>
        <translation>Keine weiteren Vorschläge für diesen Text.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="73"/>
        <source>Corriger</source>
        <translation>Korrigieren</translation>
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
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="123"/>
        <source>ETP</source>
        <translation>VZÄ</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="124"/>
        <source>Heures/an</source>
        <translation>Stunden/Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="175"/>
        <source>Modifier la capacité d&apos;un objectif</source>
        <translation>Kapazität eines Ziels ändern</translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../../ui/objectives/editor.py" line="102"/>
        <source>Nouvel objectif</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="103"/>
        <source>Ajouter une priorité</source>
        <translation>Priorität hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="104"/>
        <source>Ajouter un point d&apos;attention</source>
        <translation>Aufmerksamkeitspunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="121"/>
        <source> (copie)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="124"/>
        <source>Dupliquer un objectif</source>
        <translation>Ziel duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="135"/>
        <source>Supprimer un objectif</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="142"/>
        <source>Objectif supprimé. Ctrl+Z pour annuler.</source>
        <translation>Ziel entfernt. Strg+Z zum Rückgängigmachen.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="155"/>
        <source>Déplacer un objectif</source>
        <translation>Ziel verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="164"/>
        <source>Sélectionnez d&apos;abord un objectif.</source>
        <translation>Wählen Sie zuerst ein Ziel aus.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="168"/>
        <source>Cet élément ne peut pas être lié à un objectif.</source>
        <translation>Dieses Element kann nicht mit einem Ziel verknüpft werden.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="172"/>
        <source>L&apos;objectif est déjà lié à « %1 ».</source>
        <translation>Das Ziel ist bereits mit „%1“ verknüpft.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="176"/>
        <source>Lien ajouté : %1</source>
        <translation>Verknüpfung hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="317"/>
        <source>%1 objectif</source>
        <translation>%1 Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="317"/>
        <source>%1 objectifs</source>
        <translation>%1 Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="319"/>
        <source>%1 priorité</source>
        <translation>%1 Priorität</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="319"/>
        <source>%1 priorités</source>
        <translation>%1 Prioritäten</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="321"/>
        <source>%1 point d&apos;attention</source>
        <translation>%1 Aufmerksamkeitspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="322"/>
        <source>%1 points d&apos;attention</source>
        <translation>%1 Aufmerksamkeitspunkte</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="325"/>
        <source>%1 affiché</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/editor.py" line="325"/>
        <source>%1 affichés</source>
        <translation>%1 angezeigt</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="46"/>
        <source>Domaine</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="47"/>
        <source>Priorité</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="48"/>
        <source>Point d&apos;attention</source>
        <translation>Aufmerksamkeitspunkt</translation>
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
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="186"/>
        <source>Aucune remarque de la vérification.</source>
        <translation>Keine Bemerkungen der Prüfung.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/list_model.py" line="190"/>
        <source>… et %1 autres remarques</source>
        <translation>… und %1 weitere Bemerkungen</translation>
    </message>
</context>
<context>
    <name>ObjectivesView</name>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="82"/>
        <source>Objectifs stratégiques</source>
        <translation>Strategische Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="89"/>
        <source>Tous les types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="90"/>
        <source>Priorités</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="91"/>
        <source>Points d&apos;attention</source>
        <translation>Aufmerksamkeitspunkte</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="93"/>
        <source>Tous les domaines</source>
        <translation>Alle Bereiche</translation>
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
        <translation>Nach Code oder Titel filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="118"/>
        <source>Liste des objectifs</source>
        <translation>Liste der Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="121"/>
        <source>Nouvel objectif</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="122"/>
        <source>Ajouter un objectif (Inser)</source>
        <translation>Ziel hinzufügen (Einfg)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="126"/>
        <source>Nouvelle priorité</source>
        <translation>Neue Priorität</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="127"/>
        <source>Nouveau point d&apos;attention</source>
        <translation>Neuer Aufmerksamkeitspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="129"/>
        <source>Dupliquer</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="130"/>
        <source>Supprimer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="131"/>
        <source>Supprimer l&apos;objectif sélectionné (Suppr) ; Ctrl+Z pour annuler</source>
        <translation>Ausgewähltes Ziel entfernen (Entf); Strg+Z zum Rückgängigmachen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="135"/>
        <source>Monter l&apos;objectif (Alt+Haut)</source>
        <translation>Ziel nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="138"/>
        <source>Descendre l&apos;objectif (Alt+Bas)</source>
        <translation>Ziel nach unten (Alt+Runter)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="163"/>
        <location filename="../../ui/objectives/objectives_view.py" line="255"/>
        <source>Domaine</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="172"/>
        <source>Aucun objectif sélectionné.

Choisissez un objectif dans la liste ou ajoutez-en un avec « Nouvel objectif ».</source>
        <translation>Kein Ziel ausgewählt.

Wählen Sie ein Ziel in der Liste oder fügen Sie mit „Neues Ziel“ eines hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="198"/>
        <source>Général</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="199"/>
        <source>Approche</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="200"/>
        <location filename="../../ui/objectives/objectives_view.py" line="294"/>
        <source>Indicateurs</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="201"/>
        <source>Liens</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="202"/>
        <source>Capacité</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="203"/>
        <source>Code, intitulé, type, domaine, description et motivation</source>
        <translation>Code, Titel, Art, Bereich, Beschreibung und Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="204"/>
        <source>Approche en chaîne, partenaires et objectifs tactiques</source>
        <translation>Kettenansatz, Partner und taktische Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="205"/>
        <source>Indicateurs mesurables : départ, cible, unité, échéance</source>
        <translation>Messbare Indikatoren: Ausgangswert, Zielwert, Einheit, Frist</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="206"/>
        <source>Liens avec le PNS et la NCSI, suggestions, justification locale</source>
        <translation>Verknüpfungen mit dem NSP und der RNIS, Vorschläge, lokale Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="207"/>
        <source>Capacité réservée à l&apos;objectif</source>
        <translation>Für das Ziel reservierte Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="236"/>
        <source>Intitulé de l&apos;objectif stratégique</source>
        <translation>Titel des strategischen Ziels</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="238"/>
        <source>Officier ou service responsable</source>
        <translation>Verantwortlicher Offizier oder Dienst</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="240"/>
        <source>Ce que la zone veut atteindre, pour qui et où. Paragraphes séparés par une ligne vide ; « - » en début de ligne pour une puce.</source>
        <translation>Was die Zone erreichen will, für wen und wo. Absätze durch eine Leerzeile getrennt; „-“ am Zeilenanfang für einen Aufzählungspunkt.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="243"/>
        <source>Pourquoi cet objectif : image de la criminalité, attentes des autorités, enquête…</source>
        <translation>Warum dieses Ziel: Kriminalitätsbild, Erwartungen der Behörden, Befragung…</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="250"/>
        <source>Type</source>
        <translation>Art</translation>
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
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="258"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="259"/>
        <source>Motivation</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="264"/>
        <source>Actions de prévention</source>
        <translation>Präventionsmaßnahmen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="265"/>
        <source>Actions de répression et de proactivité</source>
        <translation>Repressive und proaktive Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="266"/>
        <source>Suivi et accompagnement (victimes, auteurs)</source>
        <translation>Nachsorge und Begleitung (Opfer, Täter)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="267"/>
        <source>Approche en chaîne</source>
        <translation>Kettenansatz</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="269"/>
        <source>Prévention</source>
        <translation>Prävention</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="270"/>
        <source>Répression et proactivité</source>
        <translation>Repression und Proaktivität</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="271"/>
        <source>Suivi</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="272"/>
        <source>Nouveau partenaire</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="274"/>
        <source>Partenaires</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="276"/>
        <source>Nouvel objectif tactique</source>
        <translation>Neues taktisches Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="278"/>
        <source>Objectifs tactiques</source>
        <translation>Taktische Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="295"/>
        <source>Ajouter un indicateur</source>
        <translation>Indikator hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="296"/>
        <source>Supprimer l&apos;indicateur</source>
        <translation>Indikator entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="297"/>
        <source>Valeur de départ depuis les données…</source>
        <translation>Ausgangswert aus den Daten…</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="299"/>
        <source>Reprendre la valeur de départ, son année et sa source d&apos;une série importée</source>
        <translation>Ausgangswert, Jahr und Quelle aus einer importierten Reihe übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="308"/>
        <source>Chaque indicateur a une valeur de départ et une cible datées. Double-cliquez sur une cellule pour la modifier ; les valeurs sont des nombres (virgule ou point).</source>
        <translation>Jeder Indikator hat einen datierten Ausgangs- und Zielwert. Doppelklicken Sie auf eine Zelle, um sie zu ändern; die Werte sind Zahlen (Komma oder Punkt).</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="331"/>
        <source>Liens nationaux</source>
        <translation>Nationale Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="333"/>
        <source>Retirer le lien</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="335"/>
        <source>Glissez un élément du référentiel sur un objectif de la liste pour le lier.</source>
        <translation>Ziehen Sie ein Element des Referenzrahmens auf ein Ziel der Liste, um es zu verknüpfen.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="339"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="342"/>
        <source>Pourquoi cet objectif est propre à la zone (à remplir s&apos;il ne se rattache à aucune priorité nationale)</source>
        <translation>Warum dieses Ziel der Zone eigen ist (auszufüllen, wenn es an keine nationale Priorität anknüpft)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="344"/>
        <source>Justification locale</source>
        <translation>Lokale Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="357"/>
        <source>Éléments du PNS et de la NCSI proches de l&apos;intitulé et de la description. Cliquez sur une suggestion pour créer le lien ; survolez-la pour savoir pourquoi.</source>
        <translation>Elemente des NSP und der RNIS, die dem Titel und der Beschreibung nahestehen. Klicken Sie auf einen Vorschlag, um die Verknüpfung zu erstellen; fahren Sie darüber, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="372"/>
        <source>ex. 1,5</source>
        <translation>z. B. 1,5</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="375"/>
        <source>ex. 900</source>
        <translation>z. B. 900</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="378"/>
        <source>Capacité réservée à cet objectif en plus des missions de base (plans d&apos;action, actions ciblées). Elle est reprise dans le chapitre Capacité.</source>
        <translation>Für dieses Ziel zusätzlich zu den Grundaufträgen reservierte Kapazität (Aktionspläne, gezielte Aktionen). Sie wird im Kapitel Kapazität übernommen.</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="380"/>
        <source>Capacité (ETP)</source>
        <translation>Kapazität (VZÄ)</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/objectives_view.py" line="381"/>
        <source>Capacité (heures par an)</source>
        <translation>Kapazität (Stunden pro Jahr)</translation>
    </message>
</context>
<context>
    <name>OfficialText</name>
    <message>
        <location filename="marked_strings.py" line="26"/>
        <source>Source : {}</source>
        <oldsource>Source</oldsource>
        <translation>Quelle: {}</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="27"/>
        <source>Objectifs stratégiques pour la police locale</source>
        <translation>Strategische Ziele für die lokale Polizei</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="28"/>
        <source>Points d’attention du PNS</source>
        <translation>Aufmerksamkeitspunkte des NSP</translation>
    </message>
</context>
<context>
    <name>OfficialTextDialog</name>
    <message>
        <location filename="../../ui/decisions/official_text.py" line="53"/>
        <source>Texte officiel — %1</source>
        <translation>Amtlicher Text — %1</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="35"/>
        <source>Ouverture du plan…</source>
        <translation>Plan wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="60"/>
        <source>Plan de démonstration</source>
        <translation>Demoplan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="61"/>
        <source>Préparation du plan de démonstration d&apos;une zone fictive (première ouverture)…</source>
        <translation>Demoplan einer fiktiven Zone wird vorbereitet (erstes Öffnen)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="66"/>
        <source>Lecture du fichier {}…</source>
        <translation>Datei {} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="71"/>
        <source>Communes : {}</source>
        <translation>Gemeinden: {}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="72"/>
        <source>{} priorités · {} points d&apos;attention · {} membres du conseil zonal de sécurité</source>
        <translation>{} Prioritäten · {} Aufmerksamkeitspunkte · {} Mitglieder des Zonalen Sicherheitsrats</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="78"/>
        <source>Priorités :</source>
        <translation>Prioritäten:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/opening_page.py" line="81"/>
        <source>  … et {} autres</source>
        <translation>  … und {} weitere</translation>
    </message>
</context>
<context>
    <name>OverviewEditor</name>
    <message>
        <location filename="../../ui/sections/overview.py" line="31"/>
        <source>Les parties de ce chapitre. Double-cliquez sur une partie (ou appuyez sur Entrée) pour la rédiger.</source>
        <translation>Die Teile dieses Kapitels. Doppelklicken Sie auf einen Teil (oder drücken Sie die Eingabetaste), um ihn zu verfassen.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/overview.py" line="70"/>
        <source> ({} mots)</source>
        <translation> ({} Wörter)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/overview.py" line="71"/>
        <source>Pas encore rédigé.</source>
        <translation>Noch nicht verfasst.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="186"/>
        <source>La période du plan</source>
        <translation>Der Planzeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="187"/>
        <source>Le cycle des plans zonaux compte six ans (2020-2025, puis 2026-2031).</source>
        <translation>Der Zyklus der zonalen Sicherheitspläne umfasst sechs Jahre (2020-2025, dann 2026-2031).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="200"/>
        <source>Première année</source>
        <translation>Erstes Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="201"/>
        <source>Dernière année</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="208"/>
        <source>La période doit aller de la première à la dernière année, sur 12 ans au plus.</source>
        <translation>Der Zeitraum muss vom ersten bis zum letzten Jahr reichen, über höchstens 12 Jahre.</translation>
    </message>
</context>
<context>
    <name>PlanSession</name>
    <message>
        <location filename="../../ui/session.py" line="210"/>
        <source>Ce plan n&apos;a pas encore de fichier : utilisez « Enregistrer sous ».</source>
        <translation>Dieser Plan hat noch keine Datei: verwenden Sie « Speichern unter ».</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="227"/>
        <source>{} est ouvert {} ; choisissez un autre nom (rien n&apos;a été écrit).</source>
        <translation>{} ist geöffnet {}; wählen Sie einen anderen Namen (es wurde nichts geschrieben).</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="267"/>
        <source>{} : lecture impossible ({}).</source>
        <translation>{}: Lesen unmöglich ({}).</translation>
    </message>
</context>
<context>
    <name>PlanStatusBar</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="30"/>
        <source>Afficher le panneau d&apos;alignement</source>
        <translation>Abgleichsbereich anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="45"/>
        <source>Plan non enregistré</source>
        <translation>Plan nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="47"/>
        <source>Lecture seule</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="53"/>
        <source>Modifications non enregistrées</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="55"/>
        <source>Enregistré</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="60"/>
        <source>Modifications non enregistrées — copie de récupération à {}</source>
        <translation>Ungespeicherte Änderungen — Wiederherstellungskopie um {}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="70"/>
        <source>{} erreur(s), {} avertissement(s)</source>
        <translation>{} Fehler, {} Warnung(en)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="73"/>
        <source>{} avertissement(s)</source>
        <translation>{} Warnung(en)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="76"/>
        <source>Aucun problème d&apos;alignement</source>
        <translation>Keine Abgleichsprobleme</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/sections/plan_view.py" line="59"/>
        <source>Enregistrer une copie…</source>
        <translation>Eine Kopie speichern…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="29"/>
        <source>Préférences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="36"/>
        <source>Menus, fenêtres et conseils. Par défaut, la langue du système ; prend effet au prochain démarrage.</source>
        <translation>Menüs, Fenster und Ratschläge. Standardmäßig die Sprache des Systems; gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="40"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="41"/>
        <source>jamais</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="43"/>
        <source>Une copie de récupération est écrite dans votre dossier de données, jamais sur le fichier du plan.</source>
        <translation>Eine Wiederherstellungskopie wird in Ihren Datenordner geschrieben, nie in die Plandatei.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="46"/>
        <source>Nom inscrit dans les versions du plan</source>
        <translation>Name, der in den Versionen des Plans vermerkt wird</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="47"/>
        <source>Rouvrir le dernier plan au démarrage</source>
        <translation>Beim Start den zuletzt geöffneten Plan wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="49"/>
        <source>Déplier les conseils de chaque chapitre</source>
        <translation>Die Ratschläge jedes Kapitels aufklappen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="52"/>
        <source>Langue de l&apos;interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="53"/>
        <source>Sauvegarde de récupération toutes les</source>
        <translation>Wiederherstellungskopie alle</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences_dialog.py" line="54"/>
        <source>Votre nom</source>
        <translation>Ihr Name</translation>
    </message>
</context>
<context>
    <name>ReferenceBrowser</name>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="46"/>
        <source>Référentiel national</source>
        <translation>Referenzrahmen</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="174"/>
        <location filename="../../ui/reference_browser/browser.py" line="222"/>
        <source>Abréviations</source>
        <translation>Abkürzungen</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="127"/>
        <source>Déjà lié à cet objectif.</source>
        <translation>Bereits mit diesem Ziel verknüpft.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="135"/>
        <source>« %1 » lié à %2.</source>
        <translation>„%1“ mit %2 verknüpft.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="170"/>
        <source>édition précédente</source>
        <translation>vorherige Ausgabe</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="178"/>
        <location filename="../../ui/reference_browser/browser.py" line="188"/>
        <source>Le plan cite : %1</source>
        <translation>Der Plan führt an: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="246"/>
        <source>Aucun résultat pour « %1 ».</source>
        <translation>Keine Ergebnisse für „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="302"/>
        <source>Lier à l&apos;objectif sélectionné</source>
        <translation>Mit dem ausgewählten Ziel verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="303"/>
        <source>Sélectionnez d&apos;abord un objectif dans « Stratégie et priorités ».</source>
        <translation>Wählen Sie zuerst ein Ziel in „Strategie und Prioritäten“ aus.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="306"/>
        <source>Lier à %1</source>
        <translation>Mit %1 verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="307"/>
        <source>l&apos;objectif</source>
        <translation>dem Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser.py" line="308"/>
        <source>Lier cet élément à « %1 »</source>
        <translation>Dieses Element mit „%1“ verknüpfen</translation>
    </message>
</context>
<context>
    <name>ReferenceBrowserView</name>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="32"/>
        <source>Éditions…</source>
        <translation>Ausgaben…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="34"/>
        <source>Voir les éditions installées et choisir celle que le plan cite</source>
        <translation>Die installierten Ausgaben ansehen und die vom Plan angeführte wählen</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="37"/>
        <source>Document de référence</source>
        <translation>Referenzdokument</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="39"/>
        <source>Rechercher dans le référentiel (Ctrl+F)…</source>
        <translation>Im Referenzrahmen suchen (Strg+F)…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="41"/>
        <source>Recherche dans le référentiel</source>
        <translation>Suche im Referenzrahmen</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="65"/>
        <source>Texte officiel</source>
        <translation>Amtlicher Text</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/browser_view.py" line="66"/>
        <source>Lier à l&apos;objectif sélectionné</source>
        <translation>Mit dem ausgewählten Ziel verknüpfen</translation>
    </message>
</context>
<context>
    <name>ReferenceDetail</name>
    <message>
        <location filename="marked_strings.py" line="74"/>
        <source>cité par la source</source>
        <translation>von der Quelle angeführt</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="75"/>
        <source>correspondance établie</source>
        <translation>hergestellte Entsprechung</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="76"/>
        <source>Note au lecteur</source>
        <translation>Hinweis für den Leser</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="77"/>
        <source>texte en français</source>
        <translation>Text auf Französisch</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="78"/>
        <source>Langue</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="79"/>
        <source>édition</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="80"/>
        <source>Source : {}</source>
        <oldsource>Source</oldsource>
        <translation>Quelle: {}</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="81"/>
        <source>(pas de texte)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="82"/>
        <source>Contenu</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="83"/>
        <source>Liens</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="84"/>
        <source>Objectifs du plan liés</source>
        <translation>Verknüpfte Ziele des Plans</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="85"/>
        <source>Aucun objectif n&apos;est lié à cet élément.</source>
        <translation>Kein Ziel ist mit diesem Element verknüpft.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="86"/>
        <source>Mots-clés</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="25"/>
        <source>Texte officiel : les mots de la source</source>
        <translation>Amtlicher Text: der Wortlaut der Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="26"/>
        <source>Résumé rédigé par ZonalPlan, pas une citation de la source</source>
        <translation>Zusammenfassung von ZonalPlan, kein Zitat der Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="28"/>
        <source>Texte propre à ZonalPlan, pas un texte national</source>
        <translation>Eigener Text von ZonalPlan, kein nationaler Text</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="33"/>
        <source>texte officiel</source>
        <translation>amtlicher Text</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="34"/>
        <source>résumé ZonalPlan</source>
        <translation>Zusammenfassung ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="35"/>
        <source>texte ZonalPlan</source>
        <translation>Text ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="39"/>
        <source>traduction de travail ZonalPlan</source>
        <translation>Arbeitsübersetzung ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="40"/>
        <source>traduction officielle</source>
        <translation>amtliche Übersetzung</translation>
    </message>
    <message>
        <location filename="../../ui/reference_browser/detail.py" line="41"/>
        <source>non traduit : texte français</source>
        <translation>nicht übersetzt: französischer Text</translation>
    </message>
</context>
<context>
    <name>ReportsEditor</name>
    <message>
        <location filename="../../ui/followup/reports.py" line="133"/>
        <source>Rapport annuel au conseil zonal de sécurité</source>
        <translation>Jahresbericht an den Zonalen Sicherheitsrat</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="134"/>
        <source>Évaluation à mi-parcours</source>
        <translation>Halbzeitbewertung</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="135"/>
        <source>Évaluation finale</source>
        <translation>Schlussbewertung</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="136"/>
        <source>Plan d&apos;action annuel</source>
        <translation>Jährlicher Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="142"/>
        <source>Avec les graphiques des indicateurs</source>
        <translation>Mit den Diagrammen der Indikatoren</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="144"/>
        <source>Aussi en PDF (LibreOffice)</source>
        <translation>Auch als PDF (LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="145"/>
        <source>Écrire le document…</source>
        <translation>Dokument schreiben…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="150"/>
        <source>Le document est construit à partir du plan et de son suivi ; le plan n&apos;est pas modifié.</source>
        <translation>Das Dokument wird aus dem Plan und seiner Nachverfolgung erstellt; der Plan wird nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="154"/>
        <source>Document :</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="155"/>
        <source>Année :</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="156"/>
        <source>Objectifs :</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="168"/>
        <source>LibreOffice n&apos;est pas installé : le PDF n&apos;est pas disponible.</source>
        <translation>LibreOffice ist nicht installiert: PDF ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="189"/>
        <source>Tous les objectifs</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="230"/>
        <source>Rédaction en cours…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="232"/>
        <source>Rédaction du document…</source>
        <translation>Dokument wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="240"/>
        <source>Document enregistré : %1</source>
        <translation>Dokument gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="243"/>
        <source>Document enregistré</source>
        <translation>Dokument gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="244"/>
        <source>« %1 » est enregistré. L&apos;ouvrir maintenant ?</source>
        <translation>« %1 » ist gespeichert. Jetzt öffnen?</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="245"/>
        <source>Ouvrir</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="247"/>
        <source>Ouverture impossible</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="248"/>
        <source>Impossible d&apos;ouvrir « %1 ».</source>
        <translation>„%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="257"/>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="261"/>
        <source>Erreur inattendue : %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="264"/>
        <source>Document non écrit</source>
        <translation>Dokument nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/followup/reports.py" line="265"/>
        <source>Le plan n&apos;a pas été modifié.</source>
        <translation>Der Plan wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <location filename="../../ui/shell/docks.py" line="185"/>
        <source>Alignement national</source>
        <translation>Nationaler Abgleich</translation>
    </message>
    <message>
        <location filename="../../ui/shell/docks.py" line="187"/>
        <source>Référentiel national</source>
        <translation>Referenzrahmen</translation>
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
        <translation>Den Zonalen Sicherheitsplan verfassen, ihn mit dem Nationalen Sicherheitsplan 2026-2029 und der Rahmennote Integrale Sicherheit abgleichen und ihn dann für den Zonalen Sicherheitsrat exportieren.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="45"/>
        <source>Nouveau plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="46"/>
        <source>Un assistant, puis chaque chapitre pas à pas</source>
        <translation>Ein Assistent, dann jedes Kapitel Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="48"/>
        <source>Ouvrir un plan…</source>
        <translation>Einen Plan öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="49"/>
        <source>Un fichier .zplan de votre ordinateur ou du réseau</source>
        <translation>Eine .zplan-Datei von Ihrem Computer oder aus dem Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="51"/>
        <source>Ouvrir la démonstration</source>
        <translation>Die Demo öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="52"/>
        <source>Un plan complet d&apos;une zone fictive, pour découvrir</source>
        <translation>Ein vollständiger Plan einer fiktiven Zone, zum Kennenlernen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="54"/>
        <source>&lt;b&gt;Plans récents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Pläne&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="57"/>
        <source>Plans récents</source>
        <translation>Zuletzt geöffnete Pläne</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="58"/>
        <source>Aucun plan récent.</source>
        <translation>Keine zuletzt geöffneten Pläne.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="126"/>
        <source>{} (fichier introuvable)</source>
        <translation>{} (Datei nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="33"/>
        <source>Ajouter</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="34"/>
        <source>Supprimer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="35"/>
        <source>Monter</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/objectives/string_list.py" line="36"/>
        <source>Descendre</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>TextChapterEditor</name>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="103"/>
        <source>{} mot(s)</source>
        <translation>{} Wort/Wörter</translation>
    </message>
</context>
<context>
    <name>TextChapterView</name>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="26"/>
        <source>Liste à puces</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="27"/>
        <source>Transformer les lignes choisies en liste à puces, ou l&apos;inverse</source>
        <translation>Die gewählten Zeilen in eine Aufzählung umwandeln oder umgekehrt</translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="29"/>
        <source>Retrait</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="30"/>
        <source>Mettre les puces en retrait (Tab)</source>
        <translation>Aufzählungspunkte einrücken (Tab)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="31"/>
        <source>Retrait arrière</source>
        <translation>Einzug verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/sections/text_chapter.py" line="32"/>
        <source>Ramener les puces vers la marge (Maj+Tab)</source>
        <translation>Aufzählungspunkte zum Rand zurückführen (Umschalt+Tab)</translation>
    </message>
</context>
<context>
    <name>VersionsEditor</name>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="97"/>
        <source>Enregistrez le plan dans un fichier pour garder des versions.</source>
        <translation>Speichern Sie den Plan in einer Datei, um Versionen aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="101"/>
        <source>Une version garde tout le plan sous un nom, dans le fichier. Restaurer remplace le contenu affiché ; Ctrl+Z annule la restauration.</source>
        <translation>Eine Version bewahrt den ganzen Plan unter einem Namen in der Datei auf. Wiederherstellen ersetzt den angezeigten Inhalt; Strg+Z macht die Wiederherstellung rückgängig.</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="141"/>
        <source>Projet du {}</source>
        <translation>Entwurf vom {}</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="143"/>
        <source>Créer une version</source>
        <translation>Version anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="144"/>
        <source>Nom de la version :</source>
        <translation>Name der Version:</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="151"/>
        <source>Version non créée</source>
        <translation>Version nicht angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="170"/>
        <source>Restaurer une version</source>
        <translation>Eine Version wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="171"/>
        <source>Remplacer le contenu du plan par la version « {} » du {} ?

L&apos;état actuel est d&apos;abord gardé comme version, et la restauration peut être annulée (Ctrl+Z).</source>
        <translation>Den Inhalt des Plans durch die Version „{}“ vom {} ersetzen?

Der aktuelle Stand wird zuerst als Version aufbewahrt, und die Wiederherstellung kann rückgängig gemacht werden (Strg+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="174"/>
        <source>Restaurer</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="178"/>
        <source>Avant restauration de « {} »</source>
        <translation>Vor Wiederherstellung von „{}“</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="181"/>
        <source>Restauration impossible</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="183"/>
        <source>Restaurer la version « {} »</source>
        <translation>Version „{}“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="46"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="46"/>
        <source>Auteur</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="47"/>
        <source>Créée le</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="53"/>
        <source>Créer une version…</source>
        <translation>Version anlegen…</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="55"/>
        <source>Restaurer…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/versions/versions_editor.py" line="57"/>
        <source>Comparer avec la version actuelle…</source>
        <translation>Mit der aktuellen Version vergleichen…</translation>
    </message>
</context>
<context>
    <name>ZoneEditor</name>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="78"/>
        <source>cycle de {} ans</source>
        <translation>Zyklus von {} Jahren</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="83"/>
        <source>Total : {} habitants</source>
        <translation>Insgesamt: {} Einwohner</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="86"/>
        <source>somme : {}</source>
        <translation>Summe: {}</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="158"/>
        <source>Modifier la période</source>
        <translation>Zeitraum ändern</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="176"/>
        <source>(référentiel en chargement)</source>
        <translation>(Referenzrahmen wird geladen)</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="218"/>
        <source>Modifier une commune</source>
        <translation>Gemeinde ändern</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="222"/>
        <source>Nouvelle commune</source>
        <translation>Neue Gemeinde</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="224"/>
        <source>Ajouter une commune</source>
        <translation>Gemeinde hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="236"/>
        <source>Supprimer une commune</source>
        <translation>Gemeinde entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="251"/>
        <source>Modifier un membre du CZS</source>
        <translation>Mitglied des ZSR ändern</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="268"/>
        <source>Nouveau membre</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="270"/>
        <source>Ajouter un membre du CZS</source>
        <translation>Mitglied des ZSR hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="280"/>
        <source>Supprimer un membre du CZS</source>
        <translation>Mitglied des ZSR entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_editor.py" line="287"/>
        <source>Déplacer un membre du CZS</source>
        <translation>Mitglied des ZSR verschieben</translation>
    </message>
</context>
<context>
    <name>ZonePage</name>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="70"/>
        <source>La zone de police</source>
        <translation>Die Polizeizone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="71"/>
        <source>Ces données figurent sur la page de titre du plan. Vous pourrez les modifier plus tard au chapitre « Zone et CZS ».</source>
        <translation>Diese Angaben stehen auf der Titelseite des Plans. Sie können sie später im Kapitel „Zone und ZSR“ ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="75"/>
        <source>ZP Condroz-Famenne</source>
        <translation>PZ Eifel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="88"/>
        <source>Nom de la zone</source>
        <translation>Name der Zone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="89"/>
        <source>Numéro de zone (4 chiffres)</source>
        <translation>Zonennummer (4 Ziffern)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="90"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="91"/>
        <source>Province</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="92"/>
        <source>Arrondissement judiciaire</source>
        <translation>Gerichtsbezirk</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="98"/>
        <source>Indiquez le nom de la zone.</source>
        <translation>Geben Sie den Namen der Zone an.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/new_plan.py" line="102"/>
        <source>Le numéro de zone compte 4 chiffres, par exemple 5314.</source>
        <translation>Die Zonennummer hat 4 Ziffern, zum Beispiel 5314.</translation>
    </message>
</context>
<context>
    <name>ZoneView</name>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="36"/>
        <location filename="../../ui/zone/zone_view.py" line="43"/>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="37"/>
        <source>Code INS</source>
        <translation>NIS-Code</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="38"/>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="42"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="42"/>
        <source>Rôle</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="44"/>
        <source>Fonction imprimée</source>
        <translation>Gedruckte Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="90"/>
        <source>nom de la zone</source>
        <translation>Name der Zone</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="91"/>
        <source>ZP Condroz-Famenne</source>
        <translation>PZ Eifel</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="93"/>
        <source>numéro de zone</source>
        <translation>Zonennummer</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="99"/>
        <source>région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="100"/>
        <source>province</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="101"/>
        <location filename="../../ui/zone/zone_view.py" line="104"/>
        <source>Namur</source>
        <translation>Lüttich</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="103"/>
        <source>arrondissement judiciaire</source>
        <translation>Gerichtsbezirk</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="105"/>
        <source>population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="108"/>
        <source>superficie</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="128"/>
        <source>Voir les éditions installées et choisir celle que le plan cite</source>
        <translation>Die installierten Ausgaben ansehen und die vom Plan angeführte wählen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="130"/>
        <source>Éditions…</source>
        <translation>Ausgaben…</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="136"/>
        <source>Identité de la zone</source>
        <translation>Angaben zur Zone</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="139"/>
        <source>Nom de la zone</source>
        <translation>Name der Zone</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="140"/>
        <source>Numéro</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="141"/>
        <source>Période du plan</source>
        <translation>Planzeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="142"/>
        <source>Édition du référentiel</source>
        <translation>Ausgabe des Referenzrahmens</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="143"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="144"/>
        <source>Province</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="145"/>
        <source>Arrondissement judiciaire</source>
        <translation>Gerichtsbezirk</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="148"/>
        <source>habitants ;</source>
        <translation>Einwohner;</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="150"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="152"/>
        <source>Population, superficie</source>
        <translation>Einwohner, Fläche</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="156"/>
        <source>Communes de la zone</source>
        <translation>Gemeinden der Zone</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="162"/>
        <source>Ajouter une commune</source>
        <translation>Gemeinde hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="163"/>
        <location filename="../../ui/zone/zone_view.py" line="181"/>
        <source>Ajouter</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="164"/>
        <source>Supprimer la commune choisie</source>
        <translation>Gewählte Gemeinde entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="176"/>
        <source>Conseil zonal de sécurité (art. 35 LPI)</source>
        <translation>Zonaler Sicherheitsrat (Art. 35 GIP)</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="180"/>
        <source>Fonction imprimée sous le nom sur la page de signatures (facultatif)</source>
        <translation>Unter dem Namen auf der Unterschriftenseite gedruckte Funktion (fakultativ)</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="181"/>
        <source>Ajouter un membre</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="182"/>
        <source>Supprimer le membre choisi</source>
        <translation>Gewähltes Mitglied entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="183"/>
        <source>Monter</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="184"/>
        <source>Descendre</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/zone/zone_view.py" line="185"/>
        <source>Membres de droit : le ou les bourgmestres, le procureur du Roi, le chef de corps, le DirCo. Double-clic ou F2 pour modifier une cellule.</source>
        <translation>Mitglieder von Rechts wegen: der oder die Bürgermeister, der Prokurator des Königs, der Korpschef, der DirCo. Doppelklick oder F2, um eine Zelle zu ändern.</translation>
    </message>
</context>
<context>
    <name>ZonesReviewWindow</name>
    <message>
        <location filename="../../ui/review/zones_window.py" line="66"/>
        <source>Relecture des plans zonaux — ZonalPlan</source>
        <translation>Durchsicht der zonalen Pläne — ZonalPlan</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="104"/>
        <location filename="../../ui/review/zones_window.py" line="222"/>
        <source>Relecture impossible</source>
        <translation>Durchsicht nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="105"/>
        <source>Le référentiel national est encore en chargement ; réessayez dans un instant.</source>
        <translation>Der nationale Referenzrahmen wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="110"/>
        <source>Dossier des plans à relire</source>
        <translation>Ordner der zu prüfenden Pläne</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="117"/>
        <source>Relecture de {} en cours…</source>
        <translation>{} wird durchgesehen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="120"/>
        <source>Relecture des plans du dossier…</source>
        <translation>Pläne des Ordners werden durchgesehen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="143"/>
        <source>Exporter le tableau (CSV)</source>
        <translation>Tabelle exportieren (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="150"/>
        <source>Exporter la synthèse (Word)</source>
        <translation>Übersicht exportieren (Word)</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="177"/>
        <source>Fichiers ignorés ({})</source>
        <translation>Ignorierte Dateien ({})</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="179"/>
        <source>{} — {} plan(s) relu(s), {} fichier(s) ignoré(s)</source>
        <translation>{} — {} Plan/Pläne durchgesehen, {} Datei(en) ignoriert</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="181"/>
        <source>Relecture des plans zonaux — {}</source>
        <translation>Durchsicht der zonalen Pläne — {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="184"/>
        <source>Relecture terminée.</source>
        <translation>Durchsicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="194"/>
        <source>Graphique en préparation…</source>
        <translation>Diagramm wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="209"/>
        <source>Le graphique n&apos;a pas pu être dessiné ; le tableau et les exports restent complets.</source>
        <translation>Das Diagramm konnte nicht gezeichnet werden; Tabelle und Exporte bleiben vollständig.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="212"/>
        <source>Aucun plan relu dans ce dossier : pas de graphique.</source>
        <translation>Kein Plan in diesem Ordner durchgesehen: kein Diagramm.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="217"/>
        <source>Relecture annulée.</source>
        <translation>Durchsicht abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="220"/>
        <source>Erreur inattendue : {}</source>
        <translation>Unerwarteter Fehler: {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="230"/>
        <source>{} zone(s) affichée(s) sur {}</source>
        <translation>{} Zone(n) angezeigt von {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="270"/>
        <source>Export en cours…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="276"/>
        <source>Fichier écrit : {}</source>
        <translation>Datei geschrieben: {}</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="282"/>
        <source>Le fichier n&apos;a pas pu être écrit ({}).</source>
        <translation>Die Datei konnte nicht geschrieben werden ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_window.py" line="283"/>
        <source>Export impossible</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>ZonesView</name>
    <message>
        <location filename="../../ui/review/zones_view.py" line="42"/>
        <source>Relecture</source>
        <translation>Durchsicht</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="48"/>
        <source>Ouvrir un dossier…</source>
        <translation>Einen Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="50"/>
        <source>Ouvrir la zone</source>
        <translation>Zone öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="51"/>
        <source>Ouvrir le plan de la zone sélectionnée (double-clic)</source>
        <translation>Den Plan der ausgewählten Zone öffnen (Doppelklick)</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="53"/>
        <source>Exporter CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="54"/>
        <source>Exporter Word…</source>
        <translation>Word exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="57"/>
        <source>Filtrer : nom, numéro, fichier…</source>
        <translation>Filtern: Name, Nummer, Datei…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="73"/>
        <source>Choisissez le dossier où se trouvent les plans des zones (fichiers .zplan). Ils sont lus sans être modifiés ni verrouillés.</source>
        <translation>Wählen Sie den Ordner mit den Plänen der Zonen (.zplan-Dateien). Sie werden gelesen, ohne sie zu ändern oder zu sperren.</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="79"/>
        <source>Choisir un dossier de plans…</source>
        <translation>Einen Ordner mit Plänen wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="106"/>
        <source>Décisions sur les thèmes du PNS : </source>
        <translation>Entscheidungen zu den Themen des NSP: </translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="108"/>
        <source> &amp;nbsp;·&amp;nbsp; Dimensions NCSI : nombre d&apos;objectifs liés, &lt;span style=&quot;background-color:{};&quot;&gt;&amp;nbsp;0&amp;nbsp;&lt;/span&gt; = non couverte</source>
        <translation> &amp;nbsp;·&amp;nbsp; Dimensionen RNIS: Anzahl verknüpfter Ziele, &lt;span style=&quot;background-color:{};&quot;&gt;&amp;nbsp;0&amp;nbsp;&lt;/span&gt; = nicht abgedeckt</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="119"/>
        <source>Tableau par zone</source>
        <translation>Tabelle je Zone</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="129"/>
        <source>Thèmes retenus par les zones</source>
        <translation>Von den Zonen berücksichtigte Themen</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="134"/>
        <source>Fichier</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/review/zones_view.py" line="134"/>
        <source>Raison</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>_CapacityModel</name>
    <message>
        <location filename="../../ui/capacity/models.py" line="39"/>
        <source>« %1 » n&apos;est pas un nombre d&apos;ETP : tapez par exemple 12 ou 12,5.</source>
        <translation>„%1“ ist keine Anzahl VZÄ: Geben Sie zum Beispiel 12 oder 12,5 ein.</translation>
    </message>
    <message>
        <location filename="../../ui/capacity/models.py" line="42"/>
        <source>La capacité ne peut pas être négative.</source>
        <translation>Die Kapazität darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/shell/actions.py" line="64"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="65"/>
        <source>&amp;Édition</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="66"/>
        <source>&amp;Chapitres</source>
        <translation>&amp;Kapitel</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="67"/>
        <source>&amp;Affichage</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="68"/>
        <source>&amp;Relecture</source>
        <translation>Du&amp;rchsicht</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="69"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="223"/>
        <source>Plans &amp;récents</source>
        <translation>&amp;Zuletzt geöffnete Pläne</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="225"/>
        <source>Barre d&apos;outils</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="179"/>
        <source>&amp;Nouveau plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="180"/>
        <source>Créer un plan avec l&apos;assistant</source>
        <translation>Einen Plan mit dem Assistenten erstellen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="181"/>
        <source>&amp;Ouvrir…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="182"/>
        <source>Ouvrir un fichier de plan (.zplan)</source>
        <translation>Eine Plandatei (.zplan) öffnen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="183"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="184"/>
        <source>Nouveau c&amp;ycle…</source>
        <translation>Neuer Z&amp;yklus…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="185"/>
        <source>Créer le plan suivant à partir du plan qui se termine</source>
        <translation>Den nächsten Plan aus dem endenden Plan erstellen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="186"/>
        <source>Fusion de &amp;zones…</source>
        <translation>Zonenfus&amp;ion…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="187"/>
        <source>Créer le premier plan d&apos;une zone fusionnée à partir des plans des zones</source>
        <translation>Den ersten Plan einer fusionierten Zone aus den Plänen der Zonen erstellen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="188"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="189"/>
        <source>Enregistrer le plan dans son fichier</source>
        <translation>Den Plan in seiner Datei speichern</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="190"/>
        <source>Enregistrer &amp;sous…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="191"/>
        <source>Créer une &amp;version…</source>
        <translation>&amp;Version anlegen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="192"/>
        <source>Garder l&apos;état actuel du plan sous un nom</source>
        <translation>Den aktuellen Stand des Plans unter einem Namen aufbewahren</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="193"/>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="194"/>
        <source>Exporter le plan en document Word</source>
        <translation>Den Plan als Word-Dokument exportieren</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="195"/>
        <source>&amp;Fermer le plan</source>
        <translation>Plan sch&amp;ließen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="196"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="197"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="198"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="199"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="200"/>
        <source>Rec&amp;hercher dans le référentiel</source>
        <translation>Im Referenzrahmen &amp;suchen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="201"/>
        <source>Aller à la &amp;liste des chapitres</source>
        <translation>Zur Kapitel&amp;liste</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="202"/>
        <source>Chapitre &amp;précédent</source>
        <translation>&amp;Vorheriges Kapitel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="203"/>
        <source>Chapitre &amp;suivant</source>
        <translation>&amp;Nächstes Kapitel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="204"/>
        <source>Mode &amp;guidé</source>
        <translation>&amp;Geführter Modus</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="205"/>
        <source>Rédiger le plan chapitre par chapitre, avec des conseils</source>
        <translation>Den Plan Kapitel für Kapitel verfassen, mit Ratschlägen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="206"/>
        <source>Panneau d&apos;&amp;alignement</source>
        <translation>&amp;Abgleichsbereich</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="207"/>
        <source>&amp;Référentiel national</source>
        <translation>&amp;Nationaler Referenzrahmen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="208"/>
        <source>Mode &amp;relecture (notes seulement)</source>
        <translation>&amp;Durchsichtmodus (nur Notizen)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="209"/>
        <source>Le contenu passe en lecture seule ; seules les notes de relecture peuvent être ajoutées</source>
        <translation>Der Inhalt wird schreibgeschützt; nur Prüfnotizen können hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="210"/>
        <source>Panneau des &amp;notes</source>
        <translation>&amp;Notizenbereich</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="211"/>
        <source>Reprendre les notes d&apos;un relec&amp;teur…</source>
        <translation>Notizen eines &amp;Prüfers übernehmen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="212"/>
        <source>&amp;Comparer deux fichiers…</source>
        <translation>Zwei Dateien &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="213"/>
        <source>Relire les plans d&apos;un &amp;dossier…</source>
        <translation>Pläne eines &amp;Ordners durchsehen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="214"/>
        <source>&amp;Aide</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="215"/>
        <source>Conseils de rédaction et raccourcis clavier</source>
        <translation>Schreibhinweise und Tastenkürzel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="216"/>
        <source>À &amp;propos de ZonalPlan</source>
        <translation>Über &amp;ZonalPlan</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="marked_strings.py" line="224"/>
        <source>Confirmer</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="225"/>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="226"/>
        <source>Modifications non enregistrées</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="227"/>
        <source>Le plan « {} » contient des modifications non enregistrées.</source>
        <translation>Der Plan „{}“ enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="228"/>
        <source>Voulez-vous les enregistrer avant de continuer ?</source>
        <translation>Möchten Sie sie speichern, bevor Sie fortfahren?</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="229"/>
        <source>Enregistrer</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="230"/>
        <source>Ne pas enregistrer</source>
        <translation>Nicht speichern</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="231"/>
        <source>Récupération après un arrêt inattendu</source>
        <translation>Wiederherstellung nach einem unerwarteten Abbruch</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="232"/>
        <source>ZonalPlan s&apos;est arrêté sans enregistrer « {} ». Une copie de récupération du {} a été trouvée.</source>
        <translation>ZonalPlan wurde beendet, ohne „{}“ zu speichern. Eine Wiederherstellungskopie vom {} wurde gefunden.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="233"/>
        <source>Fichier d&apos;origine : {}

Restaurer ouvre le plan avec les modifications récupérées (à enregistrer ensuite). Abandonner supprime la copie de récupération.</source>
        <translation>Ursprüngliche Datei: {}

Wiederherstellen öffnet den Plan mit den wiederhergestellten Änderungen (danach zu speichern). Verwerfen löscht die Wiederherstellungskopie.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="234"/>
        <source>plan jamais enregistré</source>
        <translation>nie gespeicherter Plan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="235"/>
        <source>Restaurer</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="236"/>
        <source>Abandonner</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="237"/>
        <source>Plus tard</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="238"/>
        <source>Ouvrir un plan</source>
        <translation>Einen Plan öffnen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="239"/>
        <source>Enregistrer le plan sous</source>
        <translation>Plan speichern unter</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="marked_strings.py" line="30"/>
        <source>Graphique d&apos;évolution</source>
        <translation>Entwicklungsdiagramm</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="31"/>
        <source>Graphique par commune</source>
        <translation>Diagramm je Gemeinde</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="32"/>
        <source>Graphique de ventilation (accidents)</source>
        <translation>Aufschlüsselungsdiagramm (Unfälle)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="33"/>
        <source>Tableau</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="34"/>
        <source>Image (carte, organigramme, photo)</source>
        <translation>Bild (Karte, Organigramm, Foto)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="35"/>
        <source>par heure</source>
        <translation>je Stunde</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="36"/>
        <source>par jour de la semaine</source>
        <translation>je Wochentag</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="37"/>
        <source>par type de route</source>
        <translation>je Straßenart</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="38"/>
        <source>par luminosité</source>
        <translation>je Lichtverhältnis</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="39"/>
        <source>par type de collision</source>
        <translation>je Kollisionsart</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="40"/>
        <source>en ou hors agglomération</source>
        <translation>inner- oder außerorts</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="41"/>
        <source>par commune</source>
        <translation>je Gemeinde</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="42"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="43"/>
        <source>image absente</source>
        <translation>Bild fehlt</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="44"/>
        <source>Graphique</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="45"/>
        <source>au début</source>
        <translation>am Anfang</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="46"/>
        <source>après le paragraphe {}</source>
        <translation>nach Absatz {}</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="47"/>
        <source>Chiffres et tendance</source>
        <translation>Zahlen und Trend</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="48"/>
        <source>Enquête de population</source>
        <translation>Bevölkerungsbefragung</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="49"/>
        <source>Attentes des autorités et partenaires</source>
        <translation>Erwartungen der Behörden und Partner</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="50"/>
        <source>PNS et NCSI</source>
        <translation>NSP und RNIS</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="51"/>
        <source>Faisabilité et capacité</source>
        <translation>Machbarkeit und Kapazität</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="52"/>
        <source>priorité</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="53"/>
        <source>point d&apos;attention</source>
        <translation>Aufmerksamkeitspunkt</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="54"/>
        <source>fonctionnement régulier</source>
        <translation>regulärer Dienstbetrieb</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="55"/>
        <source>non retenu</source>
        <translation>nicht berücksichtigt</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="56"/>
        <source>Score pondéré = somme des scores × pondérations, rapportée au maximum possible ; à partir de 70 % : priorité, de 50 % : point d&apos;attention, de 30 % : fonctionnement régulier, en dessous : non retenu.</source>
        <translation>Gewichtete Punktzahl = Summe der Punktzahlen × Gewichtungen, bezogen auf das mögliche Maximum; ab 70 %: Priorität, ab 50 %: Schwerpunkt, ab 30 %: regulärer Betrieb, darunter: nicht berücksichtigt.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="57"/>
        <source>accidents de la route (Statbel)</source>
        <translation>Verkehrsunfälle (Statbel)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="58"/>
        <source>population (Statbel)</source>
        <translation>Bevölkerung (Statbel)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="59"/>
        <source>statistiques policières de criminalité</source>
        <translation>polizeiliche Kriminalstatistiken</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="60"/>
        <source>enquête de population</source>
        <translation>Bevölkerungsbefragung</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="61"/>
        <source>tableau</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="36"/>
        <location filename="../../ui/export/dialog.py" line="55"/>
        <source>Exporter le plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="37"/>
        <source>Document Word (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="47"/>
        <source>Dossier des modèles de la zone</source>
        <translation>Ordner mit den Vorlagen der Zone</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="56"/>
        <source>Exporter quand même ? Les parties vides seront imprimées « À compléter ».</source>
        <translation>Trotzdem exportieren? Die leeren Teile werden als „Zu ergänzen“ gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="59"/>
        <source>Exporter quand même</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="57"/>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="60"/>
        <source>Le dossier « %1 » ne contient pas de modèle « %2 ».</source>
        <translation>Der Ordner „%1“ enthält keine Vorlage „%2“.</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../../ui/followup/labels.py" line="16"/>
        <source>prévu</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="17"/>
        <source>en cours</source>
        <translation>laufend</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="18"/>
        <source>réalisé</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="19"/>
        <source>reporté</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="20"/>
        <source>abandonné</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="23"/>
        <source>en bonne voie</source>
        <translation>auf Kurs</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="24"/>
        <source>à surveiller</source>
        <translation>zu beobachten</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="25"/>
        <source>en retard</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="26"/>
        <source>non évaluable</source>
        <translation>nicht bewertbar</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="31"/>
        <source>priorité</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="32"/>
        <source>point d&apos;attention</source>
        <translation>Aufmerksamkeitspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="35"/>
        <source>fonctionnement externe</source>
        <translation>externe Arbeitsweise</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="36"/>
        <source>fonctionnement interne</source>
        <translation>interne Arbeitsweise</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="38"/>
        <source>Trajectoire en ligne droite de la valeur de départ à la valeur cible ; la dernière mesure est « en bonne voie » si elle accuse au plus 10 % de retard sur la distance totale, « à surveiller » de 10 à 30 %, « en retard » au-delà.</source>
        <translation>Geradliniger Pfad vom Ausgangswert zum Zielwert; die letzte Messung ist « auf Kurs », wenn sie höchstens 10 % der Gesamtstrecke zurückliegt, « zu beobachten » bei 10 bis 30 %, « im Rückstand » darüber.</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="marked_strings.py" line="173"/>
        <source>Ce que le chapitre doit contenir</source>
        <translation>Was das Kapitel enthalten muss</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="174"/>
        <source>Exemples de plans publiés</source>
        <translation>Beispiele aus veröffentlichten Plänen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="175"/>
        <source>Attention</source>
        <translation>Achtung</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="marked_strings.py" line="219"/>
        <source>Aide de ZonalPlan</source>
        <translation>Hilfe zu ZonalPlan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="220"/>
        <source>Ce chapitre</source>
        <translation>Dieses Kapitel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="221"/>
        <source>Raccourcis clavier</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="222"/>
        <source>Dans un texte : une ligne commençant par « - » est une puce ; Tab crée une puce ou la met en retrait, Maj+Tab la remet à la marge ; une ligne vide sépare deux paragraphes. Ctrl+Tab passe au champ suivant.</source>
        <translation>In einem Text: Eine Zeile, die mit „-“ beginnt, ist ein Aufzählungspunkt; Tab erstellt einen Aufzählungspunkt oder rückt ihn ein, Umschalt+Tab führt ihn zum Rand zurück; eine Leerzeile trennt zwei Absätze. Strg+Tab springt zum nächsten Feld.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="223"/>
        <source>Guide de rédaction, chapitre par chapitre</source>
        <translation>Schreibleitfaden, Kapitel für Kapitel</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="44"/>
        <source>ZonalPlan {}

Rédiger le plan zonal de sécurité d&apos;une zone de police locale, le confronter au Plan national de sécurité 2026-2029 et à la Note-cadre de sécurité intégrale, et l&apos;exporter en document Word. Fonctionne hors ligne.</source>
        <translation>ZonalPlan {}

Den Zonalen Sicherheitsplan einer lokalen Polizeizone verfassen, ihn mit dem Nationalen Sicherheitsplan 2026-2029 und der Rahmennote Integrale Sicherheit abgleichen und als Word-Dokument exportieren. Funktioniert offline.</translation>
    </message>
</context>
<context>
    <name>objectives</name>
    <message>
        <location filename="../../ui/binding/run.py" line="24"/>
        <source>La modification n&apos;a pas pu être appliquée.</source>
        <translation>Die Änderung konnte nicht übernommen werden.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="20"/>
        <source>Lier à un élément national</source>
        <translation>Mit einem nationalen Element verknüpfen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="21"/>
        <source>Supprimer un lien national</source>
        <translation>Eine nationale Verknüpfung entfernen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="22"/>
        <source>Modifier le poids d&apos;un lien</source>
        <translation>Das Gewicht einer Verknüpfung ändern</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="marked_strings.py" line="217"/>
        <source>Chargement du référentiel national…</source>
        <translation>Nationaler Referenzrahmen wird geladen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="218"/>
        <source>Cet éditeur s&apos;affiche dès que le référentiel est prêt.</source>
        <translation>Dieser Editor erscheint, sobald der Referenzrahmen bereit ist.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="marked_strings.py" line="87"/>
        <source>version précédente</source>
        <translation>vorherige Version</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="88"/>
        <source>version actuelle</source>
        <translation>aktuelle Version</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="89"/>
        <source>Comparaison impossible</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="90"/>
        <source>Cette version n&apos;existe plus dans le fichier.</source>
        <translation>Diese Version existiert nicht mehr in der Datei.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="91"/>
        <source>Version « {} » du {}</source>
        <translation>Version „{}“ vom {}</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="92"/>
        <source>Version actuelle (non enregistrée)</source>
        <translation>Aktuelle Version (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="93"/>
        <source>Version actuelle</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="94"/>
        <source>Version « avant » à comparer</source>
        <translation>„Vorher“-Version zum Vergleichen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="95"/>
        <source>Version « après » à comparer</source>
        <translation>„Nachher“-Version zum Vergleichen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="96"/>
        <source>Comparaison des deux plans…</source>
        <translation>Die beiden Pläne werden verglichen…</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="97"/>
        <source>Résumé</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="98"/>
        <source>Zone et CZS</source>
        <translation>Zone und ZSR</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="99"/>
        <source>Chapitres</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="100"/>
        <source>Autres textes</source>
        <translation>Weitere Texte</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="101"/>
        <source>Attentes des autorités</source>
        <translation>Erwartungen der Behörden</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="102"/>
        <source>Objectifs</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="103"/>
        <source>Décisions PNS</source>
        <translation>Entscheidungen NSP</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="104"/>
        <source>Capacité</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="105"/>
        <source>Approbation</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="106"/>
        <source>Suivi</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="107"/>
        <source>{} constat(s) corrigé(s), {} nouveau(x) constat(s)</source>
        <translation>{} Feststellung(en) behoben, {} neue Feststellung(en)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="108"/>
        <source>Alignement</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="109"/>
        <source>Comparaison des plans de deux zones différentes</source>
        <translation>Vergleich der Pläne zweier verschiedener Zonen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="110"/>
        <source>Comparaison de deux versions du plan</source>
        <translation>Vergleich zweier Versionen des Plans</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="111"/>
        <source>Avant</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="112"/>
        <source>Après</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="113"/>
        <source>Attention : ces deux plans appartiennent à deux zones différentes. Les différences ci-dessous ne sont pas des modifications d&apos;une version à l&apos;autre.</source>
        <translation>Achtung: Diese beiden Pläne gehören zu zwei verschiedenen Zonen. Die Unterschiede unten sind keine Änderungen von einer Version zur nächsten.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="114"/>
        <source>Les deux versions ont le même contenu.</source>
        <translation>Beide Versionen haben denselben Inhalt.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="115"/>
        <source>Différences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="116"/>
        <source>Pages modifiées</source>
        <translation>Geänderte Seiten</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="117"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="118"/>
        <source>Période</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="119"/>
        <source>Conseil zonal de sécurité</source>
        <translation>Zonaler Sicherheitsrat</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="120"/>
        <source>Attentes des autorités et partenaires</source>
        <translation>Erwartungen der Behörden und Partner</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="121"/>
        <source>Aucun élément dans cette version.</source>
        <translation>Keine Elemente in dieser Version.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="122"/>
        <source> (apparié par le nom)</source>
        <translation> (über den Namen zugeordnet)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="123"/>
        <source>(supprimé)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="124"/>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="125"/>
        <source>, déplacé</source>
        <translation>, verschoben</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="126"/>
        <source>Objectifs stratégiques</source>
        <translation>Strategische Ziele</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="127"/>
        <source>Objectif ajouté dans la version « après ».</source>
        <translation>Ziel in der „Nachher“-Version hinzugefügt.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="128"/>
        <source>Objectif supprimé dans la version « après ».</source>
        <translation>Ziel in der „Nachher“-Version entfernt.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="129"/>
        <source>Objectif</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="130"/>
        <source>Apparié par l&apos;intitulé ({:.0%}) : identifiant « {} » avant, « {} » après.</source>
        <translation>Über den Titel zugeordnet ({:.0%}): Kennung „{}“ vorher, „{}“ nachher.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="131"/>
        <source>Déplacé dans la liste des objectifs.</source>
        <translation>In der Liste der Ziele verschoben.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="132"/>
        <source>Liens au cadre national</source>
        <translation>Verknüpfungen mit dem nationalen Rahmen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="133"/>
        <source>Indicateurs</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="134"/>
        <source>Décisions sur le Plan national de sécurité</source>
        <translation>Entscheidungen zum Nationalen Sicherheitsplan</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="135"/>
        <source>Décision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="136"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="137"/>
        <source>{} : {} ETP</source>
        <translation>{}: {} VZÄ</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="138"/>
        <source>Capacité par fonctionnalité de base</source>
        <translation>Kapazität pro Basisfunktionalität</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="139"/>
        <source>{} : {} ETP, {} heures/an</source>
        <translation>{}: {} VZÄ, {} Stunden/Jahr</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="140"/>
        <source>Capacité des objectifs</source>
        <translation>Kapazität der Ziele</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="141"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="142"/>
        <source>Mesures</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="143"/>
        <source>Aucun changement dans cette version.</source>
        <translation>Keine Änderung in dieser Version.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="144"/>
        <source>Alignement national</source>
        <translation>Nationaler Abgleich</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="145"/>
        <source>Le référentiel national n&apos;était pas chargé : l&apos;alignement n&apos;a pas été comparé.</source>
        <translation>Der nationale Referenzrahmen war nicht geladen: Der Abgleich wurde nicht verglichen.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="146"/>
        <source>Constats</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="147"/>
        <source>Erreurs</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="148"/>
        <source>Avertissements</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="149"/>
        <source>Informations</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="150"/>
        <source>Couverture du cadre national</source>
        <translation>Abdeckung des nationalen Rahmens</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="151"/>
        <source>Constats corrigés ({})</source>
        <translation>Behobene Feststellungen ({})</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="152"/>
        <source>Nouveaux constats ({})</source>
        <translation>Neue Feststellungen ({})</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="153"/>
        <source>Aucun.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="157"/>
        <source>Mode relecture : seules les notes peuvent être ajoutées</source>
        <translation>Durchsichtmodus: nur Notizen können hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="158"/>
        <source>Nom de la zone de police</source>
        <translation>Name der Polizeizone</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="159"/>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="160"/>
        <source>Numéro de la zone</source>
        <translation>Nummer der Zone</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="161"/>
        <source>Modifié le</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="162"/>
        <source>Dernier enregistrement du plan</source>
        <translation>Letzte Speicherung des Plans</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="163"/>
        <source>Objectifs stratégiques (priorités et points d&apos;attention)</source>
        <translation>Strategische Ziele (Prioritäten und Aufmerksamkeitspunkte)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="164"/>
        <source>Erreurs d&apos;alignement sur le cadre national</source>
        <translation>Abgleichsfehler gegenüber dem nationalen Rahmen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="165"/>
        <source>Avert.</source>
        <translation>Warn.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="166"/>
        <source>Avertissements d&apos;alignement</source>
        <translation>Abgleichswarnungen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="167"/>
        <source>{} — {} : nombre d&apos;objectifs liés</source>
        <translation>{} — {}: Anzahl verknüpfter Ziele</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="168"/>
        <source>Fichier</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="169"/>
        <source>{} priorité(s), {} point(s) d&apos;attention</source>
        <translation>{} Priorität(en), {} Aufmerksamkeitspunkt(e)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="170"/>
        <source>{} erreur(s), {} avertissement(s), {} information(s)</source>
        <translation>{} Fehler, {} Warnung(en), {} Hinweis(e)</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="171"/>
        <source>Plan enregistré le {} ; fichier modifié le {}</source>
        <translation>Plan gespeichert am {}; Datei geändert am {}</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="172"/>
        <source>{} — {} : {} objectif(s)</source>
        <translation>{} — {}: {} Ziel(e)</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="marked_strings.py" line="176"/>
        <source>Le fichier d&apos;origine ne s&apos;ouvre plus ({}) : l&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation>Die ursprüngliche Datei lässt sich nicht mehr öffnen ({}): Der wiederhergestellte Stand wird als neuer Plan geöffnet und ist unter einem anderen Namen zu speichern.</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="177"/>
        <source>Restaurer l&apos;état récupéré</source>
        <translation>Wiederhergestellten Stand übernehmen</translation>
    </message>
    <message>
        <location filename="marked_strings.py" line="178"/>
        <source>{} L&apos;état récupéré est ouvert comme un nouveau plan, à enregistrer sous un autre nom.</source>
        <translation>{} Der wiederhergestellte Stand wird als neuer Plan geöffnet und ist unter einem anderen Namen zu speichern.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="161"/>
        <source>Veuillez patienter</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="165"/>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="204"/>
        <source>Erreur inattendue : {}</source>
        <translation>Unerwarteter Fehler: {}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="206"/>
        <source>Erreur</source>
        <translation>Fehler</translation>
    </message>
</context>
</TS>

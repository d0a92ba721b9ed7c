"""Texts of the German demo plan's expectations, objectives and decisions (see ``texts_de``)."""

from __future__ import annotations

from zonalplan.model.richtext import unwrap as _t

EXPECTATIONS = {
    "rodenfeld": _t("""
        Die Bürgermeisterin von Rodenfeld erwartet ein entschlossenes Vorgehen gegen den
        Drogenhandel am Busbahnhof und im Stadtpark, eine sichtbare Präsenz der Polizei in der
        Innenstadt in den Abendstunden und besondere Aufmerksamkeit für nächtliche Ruhestörungen
        rund um die Gaststätten.

        Sie bittet darum, die Sicherheit des Rosenmontagszugs und des Venntal-Open-Air gemeinsam
        mit der Gemeinde und der Hilfeleistungszone vorzubereiten und die geplante Erweiterung der
        Videoüberwachung bestmöglich zu nutzen.
    """),
    "buchholt": _t("""
        Der Bürgermeister von Buchholt stellt den Kampf gegen Wohnungseinbrüche in den grenznahen
        Ortschaften an die erste Stelle, gefolgt von der Verkehrssicherheit in der Ortsdurchfahrt
        und an der Anschlussstelle der E40.

        Er wünscht Kontrollen des Schwerverkehrs rund um das Gewerbegebiet Am Grenzweg und eine
        enge Abstimmung mit der deutschen Polizei bei grenzüberschreitenden Einbruchsserien.
    """),
    "merkenbach": _t("""
        Der Bürgermeister von Merkenbach fordert den Erhalt des Kommissariats und seines
        Empfangs sowie eine regelmäßige Präsenz des Revierbeamten in jeder der neun Ortschaften.

        Seine Sorgen gelten den Motorradfahrern, die an Wochenenden auf der Vennstraße rasen, den
        wilden Müllablagerungen an Waldwegen und Parkplätzen, den Einbrüchen in abgelegenen
        Häusern und der Ruhe rund um die Campingplätze im Sommer.
    """),
    "prokurator": _t("""
        Die Kriminalpolitik des Gerichtsbezirks Eupen macht die innerfamiliäre Gewalt zu einer
        absoluten Priorität: ein Protokoll bei jedem Einsatz, eine Risikobewertung bei jedem
        Eingreifen, die sofortige Benachrichtigung des diensthabenden Magistrats und die
        Beteiligung am Kettenansatz.

        Der Prokurator des Königs erwartet außerdem:
        - ein gezieltes Vorgehen gegen Drogenhandel und Drogentransit, mit besonderer
          Aufmerksamkeit für Minderjährige, die von Netzwerken angeworben werden;
        - eine systematische Spurensicherung und -auswertung bei Wohnungseinbrüchen;
        - Alkohol- und Drogenkontrollen im Straßenverkehr, die Verfolgung von Unfallflucht und die
          Erkennung von Fahrern, gegen die ein Fahrverbot besteht;
        - einen guten Empfang der Opfer von Telefon- und Onlinebetrug und die schnelle Weitergabe
          der Angaben, die zum Sperren von Geldern nötig sind;
        - sorgfältige Protokolle, die fristgerecht übermittelt werden.
    """),
    "gouverneur": _t("""
        Der Gouverneur der Provinz Lüttich erwartet von der Zone einen aktiven Beitrag zu den
        wallonischen und provinzialen Aktionen für die Verkehrssicherheit sowie eine aktuelle
        Notfallplanung für Großveranstaltungen, insbesondere für den Rosenmontagszug in Rodenfeld.

        Er erinnert an die Bedeutung der Solidarität zwischen den Zonen im Rahmen der
        beanspruchten Kapazität (HyCap) und der Teilnahme an Krisenmanagementübungen.
    """),
    "dirco": _t("""
        Der Verwaltungsdirektor-Koordinator von Eupen achtet auf die Übereinstimmung des Plans mit
        dem Nationalen Sicherheitsplan 2026-2029. Er erwartet von der Zone:
        - eine begründete Entscheidung zu jedem nationalen Thema;
        - die Erfüllung ihres Beitrags zu den föderalen Aufträgen (HyCap);
        - eine regelmäßige Versorgung des Informationskreuzes des Bezirks und eine
          informationsgesteuerte Polizeiarbeit (ILP);
        - ständige Aufmerksamkeit für Integrität und Informationssicherheit;
        - die Beteiligung an koordinierten Aktionen des Bezirks und an gemeinsamen Streifen und
          Kontrollen mit den deutschen und niederländischen Polizeibehörden.
    """),
    "dirjud": _t("""
        Der Gerichtliche Direktor von Eupen wünscht, dass die Zone Hinweise auf organisierte
        Kriminalität aus dem Außendienst systematisch meldet, insbesondere beim Drogentransit und
        bei grenzüberschreitenden Einbrecherbanden, und so zum Lagebild des Bezirks beiträgt.

        Er erwartet einen guten Erstempfang der Opfer von Internetkriminalität mit einer schnellen
        Weiterleitung an die spezialisierte Einheit und eine enge Zusammenarbeit mit der
        Föderalen Gerichtlichen Polizei bei Serieneinbrüchen.
    """),
}

CAPACITY_NOTE = _t("""
    Die Kapazität wird in verfügbaren Vollzeitäquivalenten (VZÄ) am 1. Januar 2026 angegeben, nach
    Abzug von Langzeitabwesenheiten, Teilzeit und Abordnungen.

    Die Verteilung beachtet die Normen des Mindestdienstes des Königlichen Erlasses vom 17.
    September 2001: 11 Revierbeamte für 41.440 Einwohner, also etwa ein Revierbeamter je 3.770
    Einwohner, ein ständig verfügbares Einsatzteam und ein erreichbarer Empfang in jeder Gemeinde.

    Die den Prioritäten und Aufmerksamkeitspunkten zugewiesene Kapazität ist die Zeit, die
    zusätzlich zu den Grundaufgaben für die Aktionspläne reserviert wird. Die übrigen 7,7 VZÄ
    entfallen auf die Zonenleitung, das Zonensekretariat und die Unterstützungsdienste (Personal,
    Logistik, Finanzen und Informatik). Der Beitrag zu den föderalen Aufträgen entspricht der
    beanspruchten Kapazität (HyCap), die 2025 von der Zone angefordert wurde.
""")

# -------------------------------------------------------------------------------------------- Ziele

OBJECTIVES: dict[str, dict[str, str]] = {
    "P1": {
        "description": _t("""
            Die Zahl der Wohnungseinbrüche dauerhaft senken und die Aufklärungsquote erhöhen, durch
            technische Einbruchprävention, eine gezielte Präsenz zu den Risikozeiten und an den
            Risikoorten, eine systematische Spurensicherung und die grenzüberschreitende
            Zusammenarbeit.
        """),
        "rationale": _t("""
            Mit 176 Taten im Jahr 2024 (+25 % seit 2021) sind Wohnungseinbrüche das
            Kriminalitätsphänomen, das die Bevölkerung am stärksten beschäftigt: 38 % der Befragten
            nennen es. Der Bürgermeister von Buchholt, der Prokurator des Königs und der
            Gerichtliche Direktor erwarten ein verstärktes Vorgehen. Auf nationaler Ebene gehört das
            Phänomen zur regulären Arbeit, doch die lokale Entwicklung rechtfertigt einen
            projektbezogenen Ansatz.
        """),
        "prevention": _t("""
            Kostenlose Sicherheitsberatung in Wohnungen, saisonale Kampagnen vor den Ferien und zu
            Beginn der dunklen Jahreszeit, Unterstützung von Nachbarschaftsnetzwerken und
            Überwachung von Wohnungen während der Abwesenheit der Bewohner.
        """),
        "repression": _t("""
            Streifen auf der Grundlage der wöchentlichen Analyse des Dienstes
            Informationsmanagement, Kontrollen an der Anschlussstelle der E40 und an den
            Grenzübergängen mit Unterstützung der ANPR-Kameras, systematische Spurensicherung und
            gemeinsame Aktionen mit der deutschen Polizei gegen reisende Tätergruppen.
        """),
        "aftercare": _t("""
            Kontakt des Revierbeamten mit jedem Opfer innerhalb von zehn Tagen, Angebot einer
            Sicherheitsberatung und bei Bedarf Weiterleitung an den polizeilichen Opferbeistand.
        """),
    },
    "P2": {
        "description": _t("""
            Den Drogenhandel im öffentlichen Raum und den Drogentransit durch die Zone
            zurückdrängen, insbesondere am Busbahnhof und im Stadtpark von Rodenfeld sowie auf der
            E40, und das Lagebild des Bezirks systematisch mit Informationen versorgen.
        """),
        "rationale": _t("""
            Die Taten des Handels und Verkaufs stiegen seit 2021 von 19 auf 33, und allein im Jahr
            2024 wurden 27 Drogenkuriere festgestellt. Fast ein Viertel der Einwohner (24 %) nennt
            Drogen als Problem im Viertel. Die Bürgermeisterin von Rodenfeld und der Prokurator des
            Königs fordern ein entschlossenes Vorgehen. Thema 1.1 des NSP 2026-2029 verlangt von der
            lokalen Polizei, die Erkennung und Bekämpfung der Drogenverteilung in den Vierteln zu
            verstärken und Signale systematisch weiterzugeben.
        """),
        "prevention": _t("""
            Präventionsaktionen in den Sekundarschulen mit dem Präventionsdienst und der offenen
            Jugendarbeit, Sensibilisierung der Eltern für die Anwerbung Minderjähriger durch
            Drogennetzwerke und bauliche Maßnahmen an den bekannten Umschlagplätzen.
        """),
        "repression": _t("""
            Gezielte und wiederholte Aktionen an den Umschlagplätzen, Kontrollen mit der
            Hundestaffel der Föderalen Polizei, gemeinsame Transitkontrollen mit der Föderalen
            Straßenpolizei und der deutschen Bundespolizei, Ermittlungen des Lokalen
            Ermittlungsdienstes gegen Verkäufer und systematische Weitergabe der Informationen an
            das Informationskreuz des Bezirks.
        """),
        "aftercare": _t("""
            Weiterleitung der Konsumenten, insbesondere der Minderjährigen, an die
            Suchthilfedienste, im Zusammenspiel mit den alternativen Maßnahmen der
            Staatsanwaltschaft, und Rückmeldung an die Anwohner über die Ergebnisse der Aktionen.
        """),
    },
    "P3": {
        "description": _t("""
            Die Zahl der Unfälle mit Personenschaden senken, indem die Hauptursachen
            (Geschwindigkeit, Alkohol und Drogen, Ablenkung) bekämpft und die ungeschützten
            Verkehrsteilnehmer, besonders die Motorradfahrer, geschützt werden, vorrangig an den
            bekannten Unfallschwerpunkten.
        """),
        "rationale": _t("""
            Die Zone verzeichnete 107 Unfälle mit Personenschaden im Jahr 2024 und 14 Tote in vier
            Jahren; 63 % der Einwohner nennen zu schnelles Fahren als wichtigstes Problem im
            Viertel. Die Verkehrssicherheit ist eine Erwartung der drei Bürgermeister, des
            Gouverneurs und des Prokurators des Königs, und Thema 5 des NSP 2026-2029 verlangt von
            der lokalen Polizei, die Verkehrssicherheit im lokalen Umfeld zu stärken.
        """),
        "prevention": _t("""
            Sensibilisierungskampagnen mit den Gemeinden und der Wallonischen Agentur für
            Verkehrssicherheit, Verkehrserziehung in den Grundschulen, Motorradsicherheitstage vor
            Saisonbeginn und Analyse der Unfallschwerpunkte mit den Straßenverwaltungen, um bauliche
            Verbesserungen vorzuschlagen.
        """),
        "repression": _t("""
            Geschwindigkeitskontrollen auf der Grundlage der Unfall- und Beschwerdeanalyse,
            geplante Alkohol- und Drogenkontrollen (Nächte, Wochenenden, Kirmes und Dorffeste),
            Motorradkontrollen auf der Vennstraße, auch gemeinsam mit der deutschen Polizei, und
            Kontrollen des Schwerverkehrs mit der Föderalen Straßenpolizei.
        """),
        "aftercare": _t("""
            Begleitung der Opfer schwerer Unfälle und ihrer Angehörigen durch den polizeilichen
            Opferbeistand, Analyse jedes tödlichen Unfalls mit der Straßenverwaltung und aktive
            Fahndung nach Tätern von Unfallflucht.
        """),
    },
    "P4": {
        "description": _t("""
            Jedem Opfer innerfamiliärer oder sexueller Gewalt eine professionelle Betreuung von der
            Anzeige bis zur Nachsorge sichern und Wiederholungen durch eine systematische
            Risikobewertung und den Kettenansatz verhindern.
        """),
        "rationale": _t("""
            Die registrierten Taten nehmen zu (289 im Jahr 2024, +19 % seit 2021), und 39 % der
            betroffenen Haushalte waren der Polizei bereits bekannt. Die Kriminalpolitik des
            Gerichtsbezirks macht daraus eine absolute Priorität, und Thema 7 des NSP 2026-2029
            setzt integrierte Ziele für die Anzeige, die Risikobewertung, den Kettenansatz und den
            Schutz der Opfer. Die Bewertung des vorigen Plans hat gezeigt, dass die
            Risikobewertung noch nicht systematisch erfolgt.
        """),
        "prevention": _t("""
            Schulung aller Einsatzkräfte in einem geschlechtersensiblen Vorgehen, Sensibilisierung
            gemeinsam mit den ÖSHZ und den Sozialdiensten, Verbreitung der Kontaktdaten der
            Hilfsdienste und Beratungsstellen für Opfer häuslicher Gewalt.
        """),
        "repression": _t("""
            Ein Protokoll bei jedem Einsatz, Risikobewertung mit der mobilen Anwendung, sofortige
            Benachrichtigung des diensthabenden Magistrats, ein vorläufiges Wohnungsverbot, wenn die
            Voraussetzungen erfüllt sind, und Vernehmung der Opfer sexueller Gewalt durch
            geschulte Ermittler.
        """),
        "aftercare": _t("""
            Erneute Kontaktaufnahme mit jedem Opfer innerhalb von 72 Stunden durch den
            polizeilichen Opferbeistand, Begleitung von Hochrisikosituationen in der
            Fallbesprechung des Bezirks und Weiterleitung an ein Zentrum für Opfer sexueller
            Gewalt.
        """),
    },
    "P5": {
        "description": _t("""
            Die Zone zu einem attraktiven Arbeitgeber und einer integren Organisation machen: die
            Krankheitsquote senken, offene Stellen besetzen, Kompetenzen und Zweisprachigkeit
            fördern und eine gemeinsame Kultur der Integrität verankern.
        """),
        "rationale": _t("""
            Die Krankheitsquote stieg zwischen 2021 und 2024 von 5,2 % auf 6,8 %, zweisprachige
            Bewerber sind selten und 13 Mitglieder des operativen Kaders gehen bis 2031 in
            Pension. Integrität, Ausbildung und die Aufmerksamkeit für Gewalt gegen die Polizei
            sind Rahmenbedingungen des NSP 2026-2029 (Kapitel 8) und eine Erwartung des DirCo.
        """),
        "prevention": _t("""
            Ein Plan für das Wohlbefinden mit den Diensten für Gefahrenverhütung und Schutz am
            Arbeitsplatz, Workshops zum Deontologischen Kodex und zu ethischen Dilemmata, ein
            jährlicher Ausbildungsplan mit Sprachkursen und eine strukturierte Einarbeitung neuer
            Mitarbeiter.
        """),
        "repression": _t("""
            Schnelle und faire Behandlung deontologischer Verfehlungen, Erfassung und Analyse jedes
            Vorfalls von Gewalt gegen oder durch Personalmitglieder gemäß den Rundschreiben GPI 62
            und GPI 100.
        """),
        "aftercare": _t("""
            Begleitung der Mitarbeiter nach einem kritischen Ereignis (Nachbesprechung,
            Unterstützung durch das Stress-Team der Föderalen Polizei), ein Wiedereingliederungsplan
            nach langer Abwesenheit und ein Abschlussgespräch mit jedem Mitarbeiter, der die Zone
            verlässt.
        """),
    },
    "PA1": {
        "description": _t("""
            Die Zahl der Opfer von Telefon- und Onlinebetrug durch Prävention senken, besonders bei
            Senioren, und jedem Opfer einen guten Empfang und die schnelle Weitergabe der
            nützlichen Angaben garantieren.
        """),
        "rationale": _t("""
            Telefon- und Onlinebetrug stiegen seit 2021 um 73 %, und 41 % der Opfer sind 65 Jahre
            oder älter. Der NSP 2026-2029 verlangt von der lokalen Polizei, Anzeichen von
            Internetkriminalität zu erkennen, Bürger und Unternehmen zu informieren und sie bei der
            Meldung zu begleiten. Komplexe Ermittlungen sind Sache der spezialisierten Dienste der
            Föderalen Polizei.
        """),
        "prevention": _t("""
            Informationsabende in Seniorenheimen, Vereinen und Schulen, gemeinsam mit dem
            Seniorenbeirat, regelmäßige Warnhinweise in den sozialen Medien und in den
            Gemeindeblättern und Weitergabe der Warnungen des Zentrums für Cybersicherheit Belgien.
        """),
        "repression": _t("""
            Ein einheitliches Verfahren bei der Anzeigenaufnahme, sofortige Weitergabe der zum
            Sperren von Geldern nötigen Angaben an die Bank und die Staatsanwaltschaft und Meldung
            komplexer Fälle an die Einheit für Computerkriminalität der Föderalen Gerichtlichen
            Polizei.
        """),
        "aftercare": _t("""
            Information der Opfer über den Fortgang ihrer Anzeige und über die Schritte bei ihrer
            Bank sowie Weiterleitung an den polizeilichen Opferbeistand bei hohem Schaden.
        """),
    },
    "PA2": {
        "description": _t("""
            Die Lebensqualität in den Ortschaften verbessern, indem Belästigungen und wilde
            Müllablagerungen verringert werden, durch ein mit den drei Gemeinden abgestimmtes
            verwaltungsrechtliches Vorgehen.
        """),
        "rationale": _t("""
            Die wilden Müllablagerungen nahmen seit 2021 um 34 % zu, und 42 % der Einwohner nennen
            sie als Problem im Viertel. Die Bürgermeister von Merkenbach und Buchholt haben darum
            gebeten. Die Antwort ist vor allem Sache der kommunalen Verwaltungssanktionen und der
            Umweltdienste; die Polizei trägt in ihrer regulären Arbeit dazu bei.
        """),
        "prevention": _t("""
            Gemeinsame Kommunikation mit den Umweltdiensten, Präsenz der Revierbeamten an den
            betroffenen Orten und Vermittlung bei Nachbarschaftskonflikten.
        """),
        "repression": _t("""
            KVS-Feststellungen, systematische Suche nach den Verursachern der Ablagerungen
            (Auswertung des Abfalls, mobile Kameras) und gezielte Kontrollen bei nächtlichen
            Ruhestörungen.
        """),
        "aftercare": _t("""
            Rückmeldung an die Anwohner, die Ablagerungen gemeldet haben, Nachverfolgung der Akten
            mit den Sanktionierenden Beamten und schnelle Beseitigung der Ablagerungen durch die
            Gemeinden.
        """),
    },
    "PA3": {
        "description": _t("""
            Einen sicheren Ablauf des Karnevals, des Venntal-Open-Air und der übrigen
            Großveranstaltungen der Zone gewährleisten, durch eine gemeinsame Vorbereitung mit den
            Veranstaltern, den Gemeinden und den Hilfsdiensten.
        """),
        "rationale": _t("""
            Der Rosenmontagszug in Rodenfeld zieht rund 25.000 Zuschauer an, das Venntal-Open-Air
            an zwei Tagen jeweils rund 8.000 Besucher. Während der Karnevalstage 2024 wurden 17
            schwere Zwischenfälle registriert (Schlägereien mit Verletzten, Diebstähle mit Gewalt,
            Alkoholvergiftungen Minderjähriger). Beide Veranstaltungen binden jährlich rund 1.050
            Stunden Polizeikapazität.
        """),
        "local_justification": _t("""
            Kein Thema des Nationalen Sicherheitsplans deckt die Bewältigung lokaler
            Großveranstaltungen ab, die zur Verwaltungspolizei und in die Verantwortung des
            Bürgermeisters gehört. Der zonale Sicherheitsrat macht daraus einen
            Aufmerksamkeitspunkt, weil der Karneval der aufwendigste Einsatz des Jahres ist, stark
            auf die verfügbare Kapazität drückt und von der Bürgermeisterin von Rodenfeld und vom
            Gouverneur ausdrücklich gewünscht wurde.
        """),
        "prevention": _t("""
            Multidisziplinäre Koordination ab November, gemeinsame Risikoanalyse, Verkehrs- und
            Parkkonzept, Auflagen für die Veranstalter zu Ordnungsdienst und Einlasskontrolle sowie
            Jugendschutzkontrollen beim Alkoholausschank mit dem Präventionsdienst.
        """),
        "repression": _t("""
            Ein dem Risiko angepasstes Polizeiaufgebot, sichtbare Streifen auf dem Zugweg und in
            den angrenzenden Vierteln, Kontrollen an den Zugängen und schnelles Eingreifen bei
            Gewalttaten und Diebstählen.
        """),
        "aftercare": _t("""
            Eine Anlaufstelle für Opfer vor Ort, eine multidisziplinäre Nachbesprechung innerhalb
            eines Monats nach der Veranstaltung und die Nachverfolgung der Beschwerden von
            Anwohnern.
        """),
    },
    "PA4": {
        "description": _t("""
            Das Handeln der Zone an Informationen ausrichten, die Arbeitsmittel modernisieren und
            die Daten schützen: zuverlässige, geteilte und sichere Informationen im Dienst des
            Außendienstes.
        """),
        "rationale": _t("""
            Der vorige Plan hat gezeigt, dass die Daten kaum zur Steuerung der Arbeit genutzt
            wurden. Die Einstellung eines strategischen Analysten im Jahr 2025 und die Einführung
            der mobilen Anwendungen ermöglichen eine informationsgesteuerte Polizeiarbeit. Der NSP
            2026-2029 macht digitale Transformation, Informationssicherheit und Intelligence Led
            Policing zu Erfolgsbedingungen; zudem ist es eine Erwartung des DirCo.
        """),
        "prevention": _t("""
            Sensibilisierung aller Mitarbeiter für Informationssicherheit (Phishing, Passwörter,
            Klassifizierung) und eine aktualisierte Informationssicherheitsrichtlinie, erstellt mit
            dem Berater für Informationssicherheit und dem Datenschutzbeauftragten.
        """),
        "repression": _t("""
            Ein wöchentliches Lagebild des Dienstes Informationsmanagement zur Steuerung der
            Briefings und Streifen, systematische Versorgung der AND und des Informationskreuzes
            des Bezirks, Nutzung der ANPR-Kameras und eine begleitete Präsenz der Zone in den
            sozialen Medien.
        """),
        "aftercare": _t("""
            Bearbeitung von Vorfällen der Informationssicherheit, eine jährliche interne Kontrolle
            der Abfragen in der AND und eine regelmäßige Bewertung der digitalen Arbeitsmittel mit
            den Teams.
        """),
    },
}

# ------------------------------------------------------------------------- nationale Entscheidungen

DECISIONS: dict[str, str] = {
    "pns.1": """Das Thema wird über die Priorität P2 (Drogenhandel, Unterthema 1.1) gewählt. Die
        frühzeitige Erkennung von Anzeichen organisierter Kriminalität und die Weitergabe an das
        Informationskreuz des Bezirks gehören zur Arbeit aller Dienste; die Priorität P1 trägt
        für die grenzüberschreitend agierenden Einbrecherbanden dazu bei.""",
    "pns.1.1": """Priorität P2: Bekämpfung des Drogenhandels im öffentlichen Raum und des
        Drogentransits, entsprechend dem Ziel des NSP für die lokale Polizei (lokale Verankerung
        und systematische Weitergabe von Signalen).""",
    "pns.1.2": """Zwischen 2021 und 2024 wurde keine schwere Gewalttat im Drogenmilieu
        registriert. Anzeichen von Gewalt und der Anwerbung Minderjähriger werden im Rahmen der
        Priorität P2 und der Revierarbeit erkannt und weitergegeben.""",
    "pns.1.3": """Kein Dossier von Menschenhandel seit 2021. Revierbeamte und Lokaler
        Ermittlungsdienst erkennen mögliche Opfer bei Gaststättenkontrollen und
        Wohnsitzkontrollen und leiten sie gemeinsam mit der Sozialinspektion an die zuständigen
        Dienste weiter.""",
    "pns.1.4": """In der Zone ein Randphänomen. Die Erkennung illegalen Waffenbesitzes und die
        Meldung verdächtiger Geschäfte übernehmen der Einsatzdienst und der Lokale
        Ermittlungsdienst zur Unterstützung der Föderalen Gerichtlichen Polizei.""",
    "pns.1.5": """Die Zone hat weder Hafen noch Flughafen noch einen internationalen
        Logistikknoten mit direktem Zugang. Hinweise aus dem Logistikzentrum von Buchholt werden an
        die Föderale Gerichtliche Polizei Eupen weitergeleitet.""",
    "pns.1.6": """Der NSP setzt für dieses Unterthema kein eigenes Ziel für die lokale Polizei.
        Die Vorbeugung von Korruption in den eigenen Reihen gehört zur internen Priorität P5
        (Integrität), und jedes Anzeichen von Korruption wird der Staatsanwaltschaft gemeldet.""",
    "pns.1.7": """Anzeichen von Geldwäsche (Geschäfte ohne echte Tätigkeit, auffällige
        Bargeldbewegungen) werden in der regulären Arbeit erkannt und an die Föderale
        Gerichtliche Polizei weitergeleitet; im Zeitraum 2021-2024 gab es keinen Hinweis von
        Bedeutung.""",
    "pns.2": """Aufmerksamkeitspunkt PA1: Die Zone konzentriert sich auf Prävention, Opferempfang
        und die schnelle Weitergabe von Informationen, entsprechend dem Ziel des NSP für die
        lokale Polizei. Komplexe Ermittlungen sind Sache der spezialisierten Einheiten der
        Föderalen Polizei.""",
    "pns.3": """Die Begleitung erfolgt in der Lokalen Integralen Sicherheitszelle (LISZ-R) und
        über die Revierarbeit, mit dem Information Officer der Zone; die lokale Lage rechtfertigt
        keine Priorität.""",
    "pns.4": """Die Zone liegt nicht an einer Außengrenze des Schengenraums und hat weder Hafen
        noch Flughafen. Sie beteiligt sich auf Anfrage der Behörden an gezielten Kontrollen im
        Grenzgebiet und über die beanspruchte Kapazität (HyCap).""",
    "pns.5": """Priorität P3: die Verkehrssicherheit im lokalen Umfeld stärken, mit Blick auf
        Geschwindigkeit, Alkohol und Drogen am Steuer, Ablenkung und den Schutz der ungeschützten
        Verkehrsteilnehmer, besonders der Motorradfahrer.""",
    "pns.6": """Beide Formen des Betrugs werden in der regulären Arbeit behandelt (siehe
        Unterthemen 6.1 und 6.2): Die Bekämpfung des organisierten Betrugs ist Sache der
        Föderalen Polizei und der Inspektionsdienste.""",
    "pns.6.1": """Die Revierbeamten führen die vom NSP vorgesehenen Wohnsitzkontrollen durch und
        melden verdächtige Fälle den ÖSHZ und der Sozialinspektion; die Zone beteiligt sich an den
        Kontrollen des Arbeitsauditorats.""",
    "pns.6.2": """Zuständigkeit der Föderalen Polizei und der Steuerverwaltung. Hinweise auf
        Betrug aus der täglichen Arbeit werden der Staatsanwaltschaft gemeldet, ohne eigene
        Maßnahmen der Zone.""",
    "pns.7": """Priorität P4: integrierter Ansatz gegen innerfamiliäre und sexuelle Gewalt
        (Anzeige, Risikobewertung, Kettenansatz, Schutz der Opfer), im Einklang mit der
        Kriminalpolitik des Gerichtsbezirks.""",
}
DECISIONS = {key: _t(value) for key, value in DECISIONS.items()}

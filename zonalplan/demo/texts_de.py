"""Texts of the German demo plan (a fictional German-speaking zone), kept apart from its structure.

Texts are written wrapped for the source file and unwrapped by ``richtext.unwrap``.
"""

from __future__ import annotations

from zonalplan.model.richtext import unwrap as _t

# ----------------------------------------------------------------------------------------- Kapitel

FOREWORD = _t("""
    Sie halten den zonalen Sicherheitsplan 2026-2031 der Polizeizone Venntal in den Händen. Er
    legt für die kommenden sechs Jahre fest, welche Schwerpunkte der zonale Sicherheitsrat für die
    Bürgerinnen und Bürger von Rodenfeld, Buchholt und Merkenbach gewählt hat und wie sich unser
    Korps aufstellt, um diese Ziele zu erreichen.

    Der Plan ist das Ergebnis gemeinsamer Arbeit. Er stützt sich auf die Analyse der Kriminalität
    und der Verkehrsunsicherheit in unserer Zone, auf die lokale Sicherheitsbefragung vom Frühjahr
    2025, auf die Erwartungen unserer drei Bürgermeister, des Prokurators des Königs von Eupen, des
    Gouverneurs und unserer Partner bei der Föderalen Polizei sowie auf eine ehrliche Bewertung
    des Plans 2020-2025. Er setzt den Nationalen Sicherheitsplan 2026-2029 und die Rahmennote
    Integrale Sicherheit auf lokaler Ebene um.

    Wir haben uns bewusst auf wenige Schwerpunkte beschränkt: fünf Prioritäten, davon eine für
    unsere eigene Organisation, und vier Aufmerksamkeitspunkte. Der größte Teil unserer Kapazität
    bleibt den polizeilichen Grundfunktionen vorbehalten, auf die jeder Bürger Anspruch hat,
    gleich welches Problem ihn betrifft: Empfang, Einsatz, Revierarbeit, Opferbeistand, lokale
    Ermittlungen, öffentliche Ordnung und Verkehr. Die Prioritäten zeigen, wo wir die verbleibende
    Kapazität einsetzen, um messbare Ergebnisse zu erzielen.

    Unsere Lage im Dreiländereck prägt die Sicherheit in der Zone: Einbrecherbanden und
    Drogenkuriere nutzen die Autobahn und die offenen Grenzen, und viele Fragen lassen sich nur
    gemeinsam mit unseren Kollegen in Deutschland, den Niederlanden und im Inland lösen. Die
    grenzüberschreitende Zusammenarbeit zieht sich deshalb wie ein roter Faden durch diesen Plan.

    Die kommenden Jahre werden anspruchsvoll. Pensionierungen, die schwierige Suche nach
    zweisprachigem Personal und die digitale Transformation der integrierten Polizei verlangen,
    dass wir uns ebenso gut um unsere Mitarbeiter kümmern wie um die Bevölkerung. Integrität,
    Wohlbefinden am Arbeitsplatz und Informationsmanagement erhalten daher einen festen Platz in
    diesem Plan.

    Ich danke den Mitgliedern des zonalen Sicherheitsrates für ihr Vertrauen, unseren Partnern für
    ihre Beiträge und vor allem den Mitarbeiterinnen und Mitarbeitern der Zone, die diesen Plan
    Tag und Nacht mit Leben füllen.

    Michael Schröder, Divisionskommissar, Zonenchef
""")

ENV_TERRITORY = _t("""
    Die Polizeizone Venntal (Zone 5997) ist eine Mehrgemeindezone im deutschsprachigen Gebiet der
    Provinz Lüttich und gehört zum Gerichtsbezirk Eupen. Sie umfasst die Gemeinden Rodenfeld,
    Buchholt und Merkenbach, erstreckt sich über 302,4 km² und zählt am 1. Januar 2025 insgesamt
    41.440 Einwohner, was einer Bevölkerungsdichte von 137 Einwohnern je km² entspricht.

    - Rodenfeld: 19.850 Einwohner auf 96,4 km². Hauptort der Zone und Sitz des Hauptkommissariats,
      mit dem Geschäftszentrum, zwei Sekundarschulen, dem Busbahnhof, dem Krankenhaus und den
      meisten Gaststätten. Im Stadtteil Hofacker liegen rund 310 Sozialwohnungen.
    - Buchholt: 12.460 Einwohner auf 84,7 km². Grenzgemeinde mit zwei Straßenübergängen nach
      Deutschland, einer Anschlussstelle der E40 und dem Gewerbegebiet Am Grenzweg (etwa fünfzig
      Betriebe, darunter ein großes Logistikzentrum). Viele Einwohner pendeln nach Aachen oder
      Luxemburg.
    - Merkenbach: 9.130 Einwohner auf 121,3 km². Ländliche Gemeinde mit neun Ortschaften am Rand
      des Hohen Venns, mit Ferienwohnungen, zwei Campingplätzen und kurvenreichen Landstraßen, die
      an Wochenenden zahlreiche Motorradfahrer anziehen.

    Die Bevölkerung ist seit 2015 um 2,8 % gewachsen und altert: 23 % der Einwohner sind 65 Jahre
    oder älter, 20 % jünger als 20 Jahre. Rund 18 % der Einwohner haben die deutsche
    Staatsangehörigkeit. Die Arbeitslosenquote liegt bei 6,4 % in Rodenfeld und 3,9 % in
    Merkenbach.

    Die Zone zählt 16 Schulstandorte, drei Wohn- und Pflegezentren für Senioren, ein Krankenhaus,
    eine Autobahnanschlussstelle, drei Gewerbegebiete und rund 110 Gaststätten. Jährlich finden
    etwa fünfzig Veranstaltungen statt, darunter der Rosenmontagszug in Rodenfeld (rund 25.000
    Zuschauer), das Venntal-Open-Air in Merkenbach im August und mehrere Radrennen.

    Die Zone arbeitet eng mit dem Präventionsdienst von Rodenfeld, den Öffentlichen
    Sozialhilfezentren (ÖSHZ) der drei Gemeinden, den Umweltdiensten der Gemeinden, der
    Hilfeleistungszone, dem Justizhaus Eupen, den Opferhilfediensten sowie mit der deutschen
    Polizei im Rahmen der grenzüberschreitenden Zusammenarbeit zusammen.
""")

ENV_CRIME = _t("""
    Die Zahlen stammen aus der Allgemeinen Nationalen Datenbank (AND) und aus ISLP. Der Dienst
    Informationsmanagement und Analyse hat sie im Februar 2025 ausgewertet und mit dem
    Informationskreuz des Bezirks (CIA) Eupen abgeglichen. Es handelt sich um registrierte Taten,
    die nur einen Teil der tatsächlichen Kriminalität abbilden: Bei innerfamiliärer Gewalt und bei
    Betrug bleibt das Dunkelfeld groß.

    Die registrierte Kriminalität blieb insgesamt stabil: 2.410 Taten im Jahr 2021, 2.530 im Jahr
    2022, 2.655 im Jahr 2023 und 2.598 im Jahr 2024, also 62,7 Taten je 1.000 Einwohner. Hinter
    dieser Stabilität verbergen sich je nach Phänomen sehr unterschiedliche Entwicklungen.

    - Wohnungseinbrüche: 141 Taten im Jahr 2021, 158 im Jahr 2022, 187 im Jahr 2023 und 176 im
      Jahr 2024 (+25 %), also 4,2 Taten je 1.000 Einwohner. Betroffen sind vor allem die
      grenznahen Ortschaften von Buchholt und die Wohngebiete nahe der E40, überwiegend im
      Winterhalbjahr in der Dämmerung. Mehrere Serien wurden grenzüberschreitend agierenden
      Tätergruppen zugeordnet. 36 % der Taten bleiben im Versuch stecken; die Aufklärungsquote ist
      gering (10 %).
    - Drogen: 118 Protokolle im Jahr 2021, 127 im Jahr 2022, 142 im Jahr 2023 und 151 im Jahr
      2024 (+28 %). Die Taten des Handels und Verkaufs stiegen von 19 auf 33. Der Straßenhandel
      konzentriert sich auf den Busbahnhof und den Stadtpark von Rodenfeld. Bei gemeinsamen
      Kontrollen mit der Föderalen Polizei und der deutschen Bundespolizei wurden im Jahr 2024
      insgesamt 27 Drogenkuriere auf der E40 und an den Grenzübergängen festgestellt. Kokain
      taucht immer häufiger auf.
    - Innerfamiliäre Gewalt: 242 Taten im Jahr 2021, 256 im Jahr 2022, 271 im Jahr 2023 und 289
      im Jahr 2024 (+19 %). In 60 % der Fälle handelt es sich um Gewalt in der Partnerschaft oder
      durch frühere Partner; in 23 % der Fälle waren Kinder anwesend. 39 % der 2024 betroffenen
      Haushalte waren der Polizei bereits bekannt.
    - Telefon- und Onlinebetrug: 118 Taten im Jahr 2021, 149 im Jahr 2022, 176 im Jahr 2023 und
      204 im Jahr 2024 (+73 %). Es handelt sich vor allem um Anrufe falscher Polizeibeamter und
      Bankmitarbeiter, den Enkeltrick über Messengerdienste, Phishing per SMS und Betrug bei
      Kleinanzeigen. Menschen ab 65 Jahren stellen 41 % der Opfer; der durchschnittlich
      angegebene Schaden beträgt 2.300 Euro.
    - Belästigungen und wilde Müllablagerungen: Die festgestellten wilden Müllablagerungen stiegen
      von 98 im Jahr 2021 auf 131 im Jahr 2024 (+34 %), vor allem an Waldwegen und Parkplätzen am
      Venn. Die Zone bearbeitete 522 Einsätze wegen Ruhestörung und Nachbarschaftsstreitigkeiten
      und übermittelte 318 Feststellungen an die Sanktionierenden Beamten im Rahmen der
      kommunalen Verwaltungssanktionen (KVS).

    Andere Phänomene bleiben stabil oder gering: 148 vorsätzliche Körperverletzungen außerhalb
    der Familie, 92 Ladendiebstähle, 34 Diebstähle von Baumaschinen und landwirtschaftlichem
    Gerät sowie kein Dossier von Menschenhandel seit 2021. Einzelne Fälle von Radikalisierung
    werden in der Lokalen Integralen Sicherheitszelle (LISZ-R) von Rodenfeld begleitet.

    Fazit: Vier Phänomene verbinden eine hohe Fallzahl mit einer ungünstigen Entwicklung:
    Wohnungseinbrüche, Drogen, innerfamiliäre Gewalt sowie Telefon- und Onlinebetrug. Wilde
    Müllablagerungen und Belästigungen spielen in der Kriminalstatistik eine geringe, für die
    Lebensqualität aber eine große Rolle.
""")

ENV_ROAD_SAFETY = _t("""
    Die Zahl der Unfälle mit Personenschaden entwickelte sich von 98 im Jahr 2021 auf 104 im Jahr
    2022, 111 im Jahr 2023 und 107 im Jahr 2024. Zwischen 2021 und 2024 kamen auf den Straßen der
    Zone 14 Menschen ums Leben (3, 4, 3 und 4 Tote innerhalb von dreißig Tagen). 2024 gab es 19
    Schwerverletzte und 121 Leichtverletzte.

    An 46 der 107 Unfälle mit Personenschaden des Jahres 2024 (43 %) waren ungeschützte
    Verkehrsteilnehmer beteiligt: 24 Motorradfahrer, 11 Radfahrer (davon 7 mit einem E-Bike), 6
    Fußgänger und 5 Mofafahrer. Bei 19 % der Unfälle stand ein Fahrer unter Alkoholeinfluss.
    Überhöhte oder unangepasste Geschwindigkeit und Ablenkung am Steuer sind die weiteren
    Hauptursachen in den Protokollen. Hinzu kommen zahlreiche Wildunfälle auf den Landstraßen.

    Fünf Unfallschwerpunkte vereinen 42 der 322 Unfälle mit Personenschaden der Jahre 2022 bis
    2024:
    - die Vennstraße zwischen Merkenbach und dem Hohen Venn: 13 Unfälle, davon drei tödliche,
      überwiegend mit Motorradfahrern an Wochenenden;
    - die Kreuzung Aachener Straße und Bahnhofstraße in Rodenfeld: 10 Unfälle;
    - die Anschlussstelle der E40 in Buchholt: 8 Unfälle, häufig mit Lastwagen;
    - die Ortsdurchfahrt von Buchholt im Umfeld der Grundschule: 6 Unfälle, bei gefährlichem
      Parken und Konflikten zwischen Fußgängern, Radfahrern und Autos;
    - die kurvenreiche Strecke zwischen Merkenbach und Wolfsbusch: 5 Unfälle, davon einer tödlich.

    2024 kontrollierte die Zone 18.900 Fahrzeuge mit mobilen Radargeräten und Lasermessgeräten;
    9,4 % fuhren zu schnell. Außerdem wurden 5.600 Fahrer einem Atemtest unterzogen (3,4 %
    positiv) und 71 Speicheltests fielen positiv aus. Die Zone beteiligt sich an den koordinierten
    Kontrollaktionen des Bezirks und der Wallonischen Agentur für Verkehrssicherheit (AWSR) sowie
    an gemeinsamen Motorradkontrollen mit der deutschen Polizei.
""")

ENV_SURVEY = _t("""
    Die lokale Sicherheitsbefragung 2025 fand vom 3. März bis zum 11. April 2025 schriftlich oder
    online statt. Befragt wurden 3.500 zufällig aus dem Nationalregister ausgewählte Haushalte;
    der Fragebogen folgt weitgehend dem föderalen Sicherheitsmonitor. Insgesamt gingen 1.127
    verwertbare Antworten ein (Rücklaufquote von 32,2 %). Die Ergebnisse wurden nach Gemeinde,
    Alter und Geschlecht gewichtet.

    - Unsicherheitsgefühl: 9 % der Befragten fühlen sich in ihrem Viertel manchmal oder oft
      unsicher (11 % in Rodenfeld, 8 % in Buchholt, 6 % in Merkenbach); 13 % meiden abends
      bestimmte Orte, vor allem den Busbahnhof und den Stadtpark von Rodenfeld.
    - Als wichtig empfundene Probleme im Viertel: zu schnelles Fahren (63 %), rücksichtslose
      Motorradfahrer (47 %), wilde Müllablagerungen (42 %), Einbrüche (38 %), Betrug am Telefon
      oder im Internet (33 %), Drogen (24 %) und Lärm (18 %).
    - Opfererfahrung: 4 % der Haushalte waren in den letzten zwölf Monaten von einem Einbruch oder
      Einbruchsversuch betroffen; 24 % der Befragten erhielten einen betrügerischen Anruf oder
      eine betrügerische Nachricht, 3 % erlitten dadurch einen finanziellen Schaden.
    - Bild der Polizei: 78 % der Personen mit Polizeikontakt sind damit zufrieden; 52 % kennen
      ihren Revierbeamten (58 % im Jahr 2019); 61 % wünschen sich mehr sichtbare Streifen, am
      liebsten zu Fuß oder mit dem Fahrrad; 27 % finden die Polizei außerhalb der Öffnungszeiten
      der Kommissariate schwer erreichbar.

    Ergänzt wurden die Ergebnisse durch drei Bürgerversammlungen (eine je Gemeinde) im Mai 2025
    und durch die Anregungen des Seniorenbeirats von Rodenfeld, der vor allem Schutz vor
    Betrügern am Telefon forderte.
""")

ENV_INTERNAL = _t("""
    Am 1. Januar 2026 umfasst der organische Stellenplan der Zone 78 Stellen; der Istbestand
    beträgt 72 Mitarbeiter, also 66,0 verfügbare Vollzeitäquivalente (VZÄ) nach Abzug von
    Langzeitabwesenheiten, Teilzeit und Abordnungen:
    - operativer Kader (57): 1 Divisionskommissar, 5 Kommissare, 13 Hauptinspektoren, 34
      Inspektoren und 4 Polizeiagenten;
    - Verwaltungs- und Logistikkader (15): 2 Stufe A (darunter ein 2025 eingestellter
      strategischer Analyst), 4 Stufe B, 7 Stufe C und 2 Stufe D.

    Die Zone ist in fünf operative Dienste unter der Leitung des Zonenchefs und des Direktors der
    Polizeieinsätze gegliedert:
    - den Einsatzdienst, der rund um die Uhr mit dem diensthabenden Offizier der
      Verwaltungspolizei bereitsteht;
    - den Revierdienst mit den Revierbeamten und dem Empfang in den Kommissariaten von Rodenfeld,
      Buchholt und Merkenbach;
    - den Lokalen Ermittlungsdienst (LED) mit Referenten für innerfamiliäre Gewalt, Drogen und
      Internetkriminalität;
    - den Verkehrsdienst;
    - den Dienst Informationsmanagement und Analyse.

    Die Unterstützungsdienste (Personal, Logistik, Finanzen, Informatik und Zonensekretariat)
    unterstützen das Ganze. Der ordentliche Haushalt 2025 beläuft sich auf 8,7 Millionen Euro und
    wird zu 60 % durch die Dotationen der drei Gemeinden und zu 38 % durch die föderale Dotation
    finanziert.

    Die Krankheitsquote stieg von 5,2 % im Jahr 2021 auf 6,8 % im Jahr 2024, mit drei
    Langzeiterkrankungen. Das Durchschnittsalter des Personals liegt bei 43 Jahren; 13
    Mitglieder des operativen Kaders erreichen bis 2031 das Pensionsalter. Zwischen 2022 und
    2024 standen 15 Abgängen nur 11 Einstellungen gegenüber. Zweisprachige Bewerber sind selten,
    und die besser bezahlten Stellen in Luxemburg und Deutschland machen die Anwerbung schwierig.

    Stärken und Verbesserungspunkte laut Direktionsausschuss:
    - Stärken: eine starke lokale Verankerung, die Nähe zur Bevölkerung in allen Ortschaften, eine
      eingespielte Zusammenarbeit mit der deutschen Polizei und ein 2024 renoviertes
      Hauptkommissariat;
    - Verbesserungspunkte: die Attraktivität der Zone als Arbeitgeber, der Verwaltungsaufwand
      der Protokolle, die noch geringe Nutzung der Daten zur Steuerung der Arbeit, die
      Informationssicherheit und die langen Anfahrtswege im ländlichen Süden der Zone.
""")

ENV_LESSONS = _t("""
    Der zonale Sicherheitsplan 2020-2025 umfasste vier externe Prioritäten (Wohnungseinbrüche,
    Verkehrssicherheit, Drogen, Belästigungen) und zwei interne Prioritäten (interne
    Kommunikation, Wohlbefinden am Arbeitsplatz). Ein 2022 verabschiedeter Nachtrag fügte die
    innerfamiliäre Gewalt hinzu, um den Plan an den Nationalen Sicherheitsplan 2022-2025
    anzupassen. Der zonale Sicherheitsrat hat den Plan in seiner Sitzung vom 27. November 2025
    bewertet.

    - Wohnungseinbrüche: Das Ziel eines Rückgangs um 10 % wurde verfehlt; nach dem Tiefstand von
      2020-2021 stiegen die Zahlen wieder an. Die Zahl der Sicherheitsberatungen in Wohnungen
      stieg jedoch von 22 auf 58 pro Jahr.
    - Verkehrssicherheit: Die Zahl der Unfälle blieb trotz doppelt so vieler gezielter Kontrollen
      stabil; alle Schulumfelder liegen inzwischen in einer Tempo-30-Zone.
    - Belästigungen: Die gemeinsame KVS-Regelung der drei Gemeinden aus dem Jahr 2021 funktioniert
      gut; mobile Kameras haben die Müllablagerungen an zwei Orten verringert, anderswo nahmen sie
      zu.
    - Drogen: Der Aktionsplan ruhte während der Gesundheitskrise und wurde erst 2023 wieder
      aufgenommen.
    - Innerfamiliäre Gewalt: Eine Referentin wurde benannt und 80 % der Einsatzkräfte wurden
      geschult, doch die Risikobewertung erfolgt noch nicht systematisch.
    - Interne Arbeitsweise: Das 2022 eingeführte Intranet wird geschätzt; die Maßnahmen für das
      Wohlbefinden konnten den Anstieg der Krankheitsquote nicht verhindern.

    Der vorige Plan hatte zu viele Indikatoren, oft ohne Ausgangswert, und ihre Nachverfolgung
    hing an wenigen Personen. Daraus haben wir folgende Lehren gezogen:
    - die Zahl der Prioritäten begrenzen und klar zwischen Prioritäten mit eigenem Aktionsplan
      und Aufmerksamkeitspunkten unterscheiden, die in der regulären Arbeit behandelt werden;
    - für jedes Ziel wenige messbare Indikatoren mit Ausgangs- und Zielwert festlegen;
    - für jedes Ziel einen Verantwortlichen benennen und dem zonalen Sicherheitsrat jährlich
      berichten;
    - eine realistische Kapazität vorsehen, die mit den Normen des Mindestdienstes vereinbar ist;
    - die Partner (Prävention, Umwelt, ÖSHZ, Staatsanwaltschaft) schon bei der Ausarbeitung der
      Aktionspläne einbeziehen.
""")

MISSION = _t("""
    Die Polizeizone Venntal gewährleistet rund um die Uhr eine hochwertige polizeiliche
    Grundversorgung für alle Menschen, die in Rodenfeld, Buchholt und Merkenbach leben, arbeiten
    oder sich dort aufhalten. Unter Achtung der Rechte und Freiheiten jedes Einzelnen:
    - beugen wir Unsicherheit vor und schützen Personen und Güter;
    - greifen wir schnell und angemessen ein, wenn man uns ruft;
    - ermitteln wir die Täter von Straftaten und führen sie der Justiz zu;
    - empfangen, hören und begleiten wir die Opfer;
    - sorgen wir für öffentliche Ruhe und Verkehrssicherheit;
    - tragen wir mit unseren Partnern zu einem integralen und integrierten Sicherheitsansatz bei.
""")

VISION = _t("""
    Im Jahr 2031 ist die Polizeizone Venntal eine anerkannte bürgernahe Polizei, nah an den
    Menschen und verlässlich, die ihr Handeln an Informationen ausrichtet und im Netzwerk mit
    ihren Partnern, auch über die Grenzen hinweg, arbeitet. Konkret wollen wir:
    - eine sichtbare und erreichbare Polizei sein, deren Revierbeamte die Bevölkerung kennt;
    - eine informationsgesteuerte Polizei sein, die dort handelt, wo die Probleme entstehen;
    - das Opfer in den Mittelpunkt unseres Handelns stellen;
    - ein attraktiver Arbeitgeber sein, der Kompetenzen fördert und auf das Wohlbefinden seines
      Personals achtet;
    - eine digitale und sichere Organisation sein, die Zeit für den Außendienst freisetzt.
""")

VALUES = _t("""
    Unsere Werte leiten das Verhalten jedes Mitarbeiters, im Außendienst wie im Innendienst. Sie
    wurden im Juni 2025 gemeinsam mit dem Personal in Workshops ausgewählt:
    - Integrität: Wir handeln ehrlich und unparteiisch, im Einklang mit dem Deontologischen Kodex,
      und wir melden unangemessenes Verhalten.
    - Respekt: Wir behandeln jeden Menschen würdig und ohne Unterschied, und wir respektieren
      unsere Kollegen.
    - Professionalität: Wir arbeiten gewissenhaft, bilden uns ständig weiter und legen über
      unsere Ergebnisse Rechenschaft ab.
    - Teamgeist: Wir unterstützen einander und teilen nützliche Informationen.
    - Erreichbarkeit: Wir hören der Bevölkerung und unseren Partnern zu und beantworten ihre
      Anliegen in angemessener Frist.
""")

ARGUMENT_MATRIX = _t("""
    Die Argumentationsmatrix stellt für jedes Phänomen die Befunde der objektiven Analyse
    (Polizeidaten), die Wahrnehmung der Bevölkerung (lokale Sicherheitsbefragung 2025), die
    Erwartungen der Behörden und Partner sowie die Prioritäten des nationalen Rahmens (Nationaler
    Sicherheitsplan 2026-2029 und Rahmennote Integrale Sicherheit) nebeneinander.

    Ein Phänomen wird als Priorität gewählt, wenn es Schwere oder eine ungünstige Entwicklung mit
    einer ausdrücklichen Erwartung der Behörden und einem echten Handlungsspielraum der Zone
    verbindet. Es wird zum Aufmerksamkeitspunkt, wenn die reguläre Arbeit, in einzelnen Punkten
    verstärkt, ausreicht.

    - Wohnungseinbrüche: 176 Taten im Jahr 2024 (+25 % seit 2021), grenzüberschreitende
      Tätergruppen; 38 % der Einwohner nennen das Phänomen; Erwartung des Bürgermeisters von
      Buchholt, des Prokurators des Königs und des Gerichtlichen Direktors; Rahmennote
      „Eigentumsdelikte“ und reguläre Arbeit im NSP. Priorität P1.
    - Drogenhandel und Drogentransit: 151 Protokolle, davon 33 Taten des Handels, und 27
      festgestellte Kuriere; 24 % der Einwohner nennen Drogen; Erwartung der Bürgermeisterin von
      Rodenfeld und des Prokurators des Königs; NSP 1.1 Drogenhandel. Priorität P2.
    - Verkehrssicherheit: 107 Unfälle mit Personenschaden und 14 Tote in vier Jahren; 63 % der
      Einwohner nennen zu schnelles Fahren, 47 % rücksichtslose Motorradfahrer; Erwartung der
      drei Bürgermeister, des Gouverneurs und des Prokurators des Königs; NSP 5. Priorität P3.
    - Innerfamiliäre und sexuelle Gewalt: 289 Taten im Jahr 2024 (+19 %) und ein großes
      Dunkelfeld; Priorität der Kriminalpolitik des Prokurators des Königs; NSP 7. Priorität P4.
    - Interne Arbeitsweise: Krankheitsquote von 6,8 %, unbesetzte Stellen, Integritätsfragen;
      Erwartung des DirCo; Rahmenbedingungen in Kapitel 8 des NSP. Priorität P5.
    - Telefon- und Onlinebetrug: 204 Taten (+73 %), 41 % der Opfer ab 65 Jahren; 33 % der
      Einwohner nennen das Phänomen; Erwartung des Prokurators des Königs und des Seniorenbeirats;
      NSP 2 Cyberkriminalität. Die Ermittlungen sind Sache der spezialisierten Dienste; die Zone
      setzt auf Prävention und Opferempfang: Aufmerksamkeitspunkt PA1.
    - Wilde Müllablagerungen und Belästigungen: 131 Ablagerungen (+34 %) und 522 Einsätze wegen
      Ruhestörung; 42 % der Einwohner nennen die Ablagerungen; Erwartung der Bürgermeister von
      Merkenbach und Buchholt; Rahmennote „Belästigungen“ und „Verschmutzung“. Die Antwort ist
      vor allem verwaltungsrechtlich: Aufmerksamkeitspunkt PA2.
    - Karneval und Großveranstaltungen: 25.000 Zuschauer beim Rosenmontagszug und 17 schwere
      Zwischenfälle im Jahr 2024; Erwartung der Bürgermeisterin von Rodenfeld und des
      Gouverneurs; kein entsprechendes nationales Thema: Aufmerksamkeitspunkt PA3.
    - Informationsmanagement und digitale Transformation: Erwartung des DirCo; Rahmenbedingungen
      7 und 11 des NSP: Aufmerksamkeitspunkt PA4.
    - Diebstahl von Baumaschinen und landwirtschaftlichem Gerät: geringe Fallzahl; Behandlung in
      der regulären Arbeit, mit Präventionshinweisen an Landwirte und Bauunternehmen.
""")

NON_RETAINED = _t("""
    Der zonale Sicherheitsrat hat sich zu jedem Thema und Unterthema des Nationalen
    Sicherheitsplans 2026-2029 geäußert. Themen, die nicht als Priorität gewählt wurden, werden
    nicht aufgegeben: Sie bleiben Teil der regulären Arbeit, gemäß den geltenden Richtlinien und
    den Anforderungen der Justizbehörden.

    - Integriertes Grenzmanagement (Thema 4): Die Zone liegt an der Binnengrenze zu Deutschland,
      nicht an einer Außengrenze des Schengenraums, und hat weder Flughafen noch Hafen. Sie
      beteiligt sich auf Anfrage an gezielten Kontrollen im Grenzgebiet, gemeinsam mit der
      deutschen Bundespolizei, und über die beanspruchte Kapazität (HyCap).
    - Fokus auf die Eingangstore (Unterthema 1.5): Auf dem Gebiet der Zone liegt weder ein Hafen
      noch ein Flughafen noch ein internationaler Logistikknoten. Hinweise aus dem Logistikzentrum
      von Buchholt werden an die Föderale Gerichtliche Polizei Eupen weitergeleitet.
    - Steuerbetrug (Unterthema 6.2): Die Bekämpfung des organisierten Steuerbetrugs ist Sache der
      Föderalen Polizei und der Steuerverwaltung. Die Zone erkennt Hinweise in ihrer täglichen
      Arbeit und meldet sie der Staatsanwaltschaft.
    - Sozialbetrug (Unterthema 6.1): Die Revierbeamten führen die Wohnsitzkontrollen durch, auch
      bei Grenzgängern mit zweifelhaftem Wohnsitz, und melden verdächtige Fälle den ÖSHZ und den
      Sozialinspektionen; die Zone beteiligt sich an den Kontrollen des Arbeitsauditorats.
    - Menschenhandel, Waffenhandel, Korruption und Geldwäsche (Unterthemen 1.3, 1.4, 1.6 und
      1.7): kein bedeutendes Dossier im Zeitraum 2021-2024. Die erste Linie erkennt die Signale
      (Gaststättenkontrollen, Waffenbesitz, verdächtige Geschäfte) und der Lokale
      Ermittlungsdienst leitet sie an die Föderale Gerichtliche Polizei Eupen weiter.
    - Drogenbezogene Gewalt (Unterthema 1.2): Es wurde keine schwere Gewalttat im Drogenmilieu
      registriert. Die Wachsamkeit wird im Rahmen der Priorität P2 gewährleistet.
    - Radikalismus, gewalttätiger Extremismus und Terrorismus (Thema 3): Die Lokale Integrale
      Sicherheitszelle und die Revierarbeit gewährleisten Erkennung und Begleitung.
    - Cyberkriminalität (Thema 2): Die Ermittlungen sind vor allem Sache der spezialisierten
      Dienste; die Zone macht daraus einen Aufmerksamkeitspunkt (PA1), der auf Prävention und
      Opferempfang ausgerichtet ist.

    Auch die Rahmenbedingungen des Nationalen Sicherheitsplans, die keine eigene Priorität
    begründen, werden berücksichtigt:
    - Plan Große Städte: Er betrifft die Zone nicht unmittelbar; die Hotspots des Drogenhandels
      in Rodenfeld werden im Rahmen der Priorität P2 angegangen.
    - Schutz und Sicherung: Der Schutz bedrohter Personen und sensibler Orte erfolgt nach den
      Bedrohungsanalysen des OCAM und den Anweisungen der Föderalen Polizei.
    - Nationale Resilienz: Hinweise auf Spionage, ausländische Einmischung oder Desinformation
      werden an die Staatssicherheit weitergegeben; ein Kontinuitätsplan sichert den Dienst bei
      Krisenlagen.
""")

COMMUNICATION_INTERNAL = _t("""
    Ein Plan wird nur umgesetzt, wenn die Menschen, die ihn umsetzen, ihn kennen und verstehen.
    Die interne Kommunikation soll dafür sorgen, dass jeder Mitarbeiter die Prioritäten kennt,
    weiß, warum sie gewählt wurden, und was von ihm erwartet wird:
    - Informationsveranstaltungen je Dienst mit dem Zonenchef im April und Mai 2026;
    - eine Seite im Intranet der Zone mit den Aktionsplänen und einer Übersicht der Indikatoren,
      die jedes Quartal aktualisiert wird;
    - die täglichen Briefings der Einsatz- und Revierteams, die die Aufträge zu den Prioritäten
      weitergeben (einbruchgefährdete Ortschaften, Verkehrskontrollen, Drogenumschlagplätze);
    - eine monatliche Lenkungsgruppe mit der Direktion und den Verantwortlichen der
      Aktionspläne;
    - der interne Rundbrief „Venntal intern“, der alle zwei Monate erscheint;
    - ein Modul über den zonalen Sicherheitsplan und unsere Werte in der Einarbeitung neuer
      Mitarbeiter;
    - eine Befragung zum Wohlbefinden am Arbeitsplatz alle zwei Jahre und ein digitaler
      Ideenbriefkasten.
""")

COMMUNICATION_EXTERNAL = _t("""
    Die externe Kommunikation legt gegenüber Behörden und Bevölkerung Rechenschaft über unsere
    Entscheidungen und Ergebnisse ab und unterstützt unmittelbar die Präventionsziele:
    - die Vorstellung des Plans im Polizeirat und in den Gemeinderäten der drei Gemeinden;
    - die Veröffentlichung einer öffentlichen Fassung des Plans auf der Internetseite der Zone;
    - die Facebook-Seite der Zone: Präventionskampagnen (Einbruch, Telefonbetrug,
      Geschwindigkeit, Motorradsicherheit), Ankündigung von Kontrollen und Bilanzen der Aktionen;
    - eine Rubrik „Ihre Polizei“ in den Gemeindeblättern der drei Gemeinden;
    - Pressemitteilungen an die regionalen Medien und eine jährliche Pressekonferenz zur Bilanz
      des Plans;
    - Bürgerversammlungen und Informationsabende mit dem Seniorenbeirat;
    - der Jahresbericht an den zonalen Sicherheitsrat und den Polizeirat;
    - ein regelmäßiger Austausch mit der Staatsanwaltschaft, dem DirCo und den
      Präventionsdiensten der Gemeinden.
""")

# ------------------------------------------------------------------------------------- Erwartungen


# Expectations, objectives and decisions live in texts_de_strategy.py.
from zonalplan.demo.texts_de_strategy import (  # noqa: E402 - re-exported for plan_de.py
    CAPACITY_NOTE,
    DECISIONS,
    EXPECTATIONS,
    OBJECTIVES,
)

__all__ = ["CAPACITY_NOTE", "DECISIONS", "EXPECTATIONS", "OBJECTIVES"]

"""Texts of the Dutch demo plan's expectations, objectives and decisions (see ``texts_nl``)."""

from __future__ import annotations

from zonalplan.model.richtext import unwrap as _t

EXPECTATIONS = {
    "nethoven": _t("""
        De burgemeester van Nethoven verwacht een kordate aanpak van de drugshandel rond het station
        en het stadspark, een zichtbare politieaanwezigheid in het centrum tijdens de avonduren en
        een gerichte aanpak van de fietsdiefstallen aan het station.

        Ze vraagt dat de veiligheid van Netepop samen met de gemeente en de hulpverleningszone wordt
        voorbereid en dat de zone de bestuurlijke handhaving ondersteunt, onder meer bij de sluiting
        van drugspanden en de integriteitstoets voor nieuwe horecazaken.
    """),
    "beekloo": _t("""
        De burgemeester van Beekloo legt de nadruk op de strijd tegen woninginbraken in de
        verkavelingen en op de verkeersveiligheid, in het bijzonder op de Heirbaan en in de
        schoolomgevingen.

        Hij vraagt controles op het zwaar vervoer rond het bedrijventerrein Kanaalzone en een
        gezamenlijke aanpak met de gemeente van leegstaande loodsen die misbruikt kunnen worden
        voor drugsproductie.
    """),
    "heiderode": _t("""
        De burgemeester van Heiderode vraagt het behoud van de wijkpost en het onthaal, en een
        geregelde aanwezigheid van de wijkinspecteur in elk van de vijf deelgemeenten.

        Haar bezorgdheden zijn de drugsafvaldumpingen in de bossen, de inbraken in afgelegen
        woningen, de leefbaarheid in de vakantieparken en de veilige organisatie van de veldrit in
        december.
    """),
    "procureur": _t("""
        Het strafrechtelijk beleid van het parket Antwerpen maakt van intrafamiliaal geweld een
        absolute prioriteit: een proces-verbaal voor elke interventie, een risicotaxatie bij elke
        tussenkomst, het onmiddellijk verwittigen van de magistraat van dienst en deelname aan de
        ketenaanpak binnen het Family Justice Center.

        De procureur des Konings verwacht daarnaast:
        - een gerichte aanpak van de drugshandel, met aandacht voor minderjarigen die door
          criminele netwerken worden geronseld;
        - een systematische sporenopname en -exploitatie in de dossiers van woninginbraak;
        - alcohol- en drugscontroles in het verkeer, de opsporing van vluchtmisdrijven en van
          bestuurders die rijden tijdens een verval van het recht tot sturen;
        - een kwaliteitsvol onthaal van slachtoffers van online oplichting en het snel doorgeven
          van de gegevens die nodig zijn om gelden te blokkeren;
        - kwaliteitsvolle processen-verbaal, die tijdig worden overgemaakt.
    """),
    "gouverneur": _t("""
        De gouverneur van de provincie Antwerpen verwacht van de zone een actieve bijdrage aan de
        provinciale verkeersveiligheidsacties en een actuele noodplanning voor de grote
        evenementen, in het bijzonder Netepop en de veldrit van Heiderode.

        Hij herinnert aan het belang van de solidariteit tussen de zones binnen de gehypothekeerde
        capaciteit (HyCap) en van de deelname aan oefeningen rond crisisbeheer.
    """),
    "dirco": _t("""
        De bestuurlijk directeur-coördinator van Antwerpen waakt over de samenhang van het plan met
        het Nationaal Veiligheidsplan 2026-2029. Hij verwacht van de zone:
        - een gemotiveerde beslissing over elk nationaal thema;
        - het nakomen van haar bijdrage aan de federale opdrachten (HyCap);
        - een geregelde voeding van het arrondissementeel informatiekruispunt en een
          informatiegestuurde politiezorg (IGPZ);
        - blijvende aandacht voor integriteit en informatieveiligheid;
        - deelname aan de gecoördineerde acties van het arrondissement, onder meer tegen
          woninginbraken door rondtrekkende dadergroepen.
    """),
    "dirjud": _t("""
        De gerechtelijk directeur van Antwerpen vraagt dat de zone aanwijzingen van georganiseerde
        criminaliteit op het terrein systematisch meldt, in het bijzonder bij drugshandel en
        drugsproductie, en dat ze bijdraagt aan het arrondissementeel beeld van ondermijning,
        samen met het ARIEC.

        Ze verwacht een kwaliteitsvol eerstelijnsonthaal van slachtoffers van cybercriminaliteit,
        met een snelle doorverwijzing naar de gespecialiseerde dienst, en een nauwe samenwerking
        met de federale gerechtelijke politie in dossiers van reeksinbraken.
    """),
}

CAPACITY_NOTE = _t("""
    De capaciteit wordt uitgedrukt in beschikbare voltijdse equivalenten (VTE) op 1 januari 2026,
    na aftrek van langdurige afwezigheden, deeltijds werk en detacheringen.

    De verdeling respecteert de normen van minimale dienstverlening van het koninklijk besluit van
    17 september 2001: 13 wijkinspecteurs voor 47.410 inwoners, of ongeveer één wijkinspecteur per
    3.650 inwoners, een permanente interventieploeg en een bereikbaar onthaal in elke gemeente.

    De capaciteit voor de prioriteiten en aandachtspunten is de tijd die bovenop de
    basisopdrachten wordt voorbehouden voor de actieplannen. De overige 8,5 VTE gaan naar de
    directie, het zonesecretariaat en de ondersteunende diensten (personeel, logistiek, financiën
    en ICT). De bijdrage aan de federale opdrachten stemt overeen met de gehypothekeerde
    capaciteit (HyCap) die in 2025 aan de zone werd gevraagd.
""")

# ----------------------------------------------------------------------------------- doelstellingen

OBJECTIVES: dict[str, dict[str, str]] = {
    "P1": {
        "description": _t("""
            Het aantal woninginbraken duurzaam doen dalen en de ophelderingsgraad verhogen, door
            diefstalpreventie, een gerichte aanwezigheid op risicoplaatsen en -momenten en een
            systematische sporenopname te combineren.
        """),
        "rationale": _t("""
            Met 229 feiten in 2024 (+30% sinds 2021) zijn woninginbraken het criminaliteitsfenomeen
            dat de bevolking het sterkst aanvoelt: 41% van de respondenten van de lokale
            veiligheidsbevraging noemt het. De burgemeesters van Beekloo en Heiderode en de
            procureur des Konings vragen er uitdrukkelijk aandacht voor. Nationaal valt het
            fenomeen onder de reguliere werking, maar de lokale evolutie rechtvaardigt een
            projectmatige aanpak.
        """),
        "prevention": _t("""
            Gratis diefstalpreventieadvies aan huis, seizoenscampagnes voor de vakanties en bij het
            ingaan van de winter (‘Donkeremaand’), ondersteuning en uitbreiding van de
            buurtinformatienetwerken (BIN) en woningtoezicht tijdens afwezigheid.
        """),
        "repression": _t("""
            Patrouilles gestuurd door de wekelijkse analyse van het lokaal informatiekruispunt,
            controles aan de op- en afritten van de E34 met de steun van de ANPR-camera's,
            systematische sporenopname en deelname aan de gecoördineerde acties van het
            arrondissement tegen rondtrekkende dadergroepen.
        """),
        "aftercare": _t("""
            Contact van de wijkinspecteur met elk slachtoffer binnen de tien dagen, aanbod van een
            diefstalpreventieadvies en zo nodig doorverwijzing naar de politionele
            slachtofferbejegening.
        """),
    },
    "P2": {
        "description": _t("""
            De drugshandel en de drugsoverlast in de publieke ruimte terugdringen, in het bijzonder
            rond het station, het stadspark van Nethoven en de scholen, en de ondermijnende
            criminaliteit achter drugsproductie en -handel samen met het bestuur aanpakken.
        """),
        "rationale": _t("""
            De feiten van verkoop en handel stegen sinds 2021 van 27 naar 46, er werd een
            synthetisch drugslab ontmanteld en in de bossen van Heiderode werden vijf
            drugsafvaldumpingen vastgesteld. Ruim een kwart van de inwoners (28%) noemt
            drugsoverlast een buurtprobleem. De drie burgemeesters, de procureur des Konings en de
            gerechtelijk directeur vragen een krachtdadige aanpak. Thema 1.1 van het NVP 2026-2029
            vraagt de lokale politie de detectie en de aanpak van drugsdistributie in de wijken te
            versterken en signalen systematisch door te geven.
        """),
        "prevention": _t("""
            Preventieacties in de secundaire scholen met de preventiedienst en het
            jeugdwelzijnswerk, sensibilisering van ouders over het ronselen van jongeren door
            criminele netwerken, en bewustmaking van verhuurders van loodsen en landbouwers over
            de signalen van drugsproductie en drugsafvaldumping.
        """),
        "repression": _t("""
            Gerichte en herhaalde acties op de gekende drugsplekken, controles met de steun van het
            hondenteam van de federale politie, onderzoeken van de Lokale Recherche Dienst naar
            dealers en drugskoeriers, systematische informatiedoorstroming naar het AIK en het
            ARIEC, en bestuurlijke maatregelen van de burgemeester zoals de sluiting van drugspanden
            (artikel 134quater van de Nieuwe Gemeentewet) en tijdelijke plaatsverboden.
        """),
        "aftercare": _t("""
            Doorverwijzing van gebruikers, in het bijzonder minderjarigen, naar de gespecialiseerde
            drughulpverlening, in samenhang met de alternatieve maatregelen van het parket, en
            terugkoppeling naar de buurtbewoners over de resultaten van de acties.
        """),
    },
    "P3": {
        "description": _t("""
            Het aantal letselongevallen doen dalen door de hoofdoorzaken aan te pakken (snelheid,
            alcohol en drugs, afleiding) en de kwetsbare weggebruikers te beschermen, met voorrang
            in de schoolomgevingen en op de gekende zwarte punten.
        """),
        "rationale": _t("""
            De zone telde 126 letselongevallen in 2024 en elf doden in vier jaar; bij 55% van de
            letselongevallen was een kwetsbare weggebruiker betrokken en 61% van de inwoners noemt
            te snel rijden als eerste buurtprobleem. Verkeersveiligheid is een verwachting van de
            drie burgemeesters, de gouverneur en de procureur des Konings, en thema 5 van het NVP
            2026-2029 vraagt de lokale politie de verkeersveiligheid in de lokale omgeving te
            versterken.
        """),
        "prevention": _t("""
            Sensibiliseringscampagnes met de gemeenten en de Vlaamse Stichting Verkeerskunde,
            verkeerseducatie in de lagere scholen, begeleiding van schoolstraten en analyse van de
            zwarte punten met de wegbeheerders (gemeenten en Agentschap Wegen en Verkeer) om
            infrastructuuraanpassingen voor te stellen.
        """),
        "repression": _t("""
            Snelheidscontroles gestuurd door de analyse van ongevallen en klachten, geplande
            alcohol- en drugscontroles (nachten, weekends, kermissen en fuiven), controles van
            foutparkeerders en snelheid in de schoolomgevingen tijdens de schoolspits, en controles
            van het zwaar vervoer met de federale wegpolitie.
        """),
        "aftercare": _t("""
            Begeleiding van slachtoffers van zware ongevallen en hun naasten door de politionele
            slachtofferbejegening, analyse van elk dodelijk ongeval met de wegbeheerder en actieve
            opsporing van daders van vluchtmisdrijven.
        """),
    },
    "P4": {
        "description": _t("""
            Elk slachtoffer van intrafamiliaal of seksueel geweld een professionele opvang bieden,
            van de aangifte tot de opvolging, en herhaling voorkomen door een systematische
            risicotaxatie en een sluitende ketenaanpak.
        """),
        "rationale": _t("""
            Het aantal geregistreerde feiten stijgt (352 in 2024, +18% sinds 2021) en 41% van de
            betrokken gezinnen was al gekend bij de politie. Het strafrechtelijk beleid van het
            arrondissement maakt er een absolute prioriteit van en thema 7 van het NVP 2026-2029
            stelt geïntegreerde doelstellingen voor de aangifte, de risicotaxatie, de ketenaanpak
            en de bescherming van slachtoffers. De evaluatie van het vorige plan toonde dat de
            risicotaxatie nog niet systematisch gebeurt.
        """),
        "prevention": _t("""
            Opleiding van alle interventieploegen in een gendersensitieve aanpak, sensibilisering
            samen met het CAW en de sociale diensten, en verspreiding van de contactgegevens van de
            hulplijnen, onder meer 1712 voor geweld, misbruik en kindermishandeling.
        """),
        "repression": _t("""
            Een proces-verbaal voor elke interventie, risicotaxatie met de mobiele toepassing,
            onmiddellijke verwittiging van de magistraat van dienst, een tijdelijk huisverbod
            wanneer de voorwaarden vervuld zijn, en verhoor van slachtoffers van seksueel geweld
            door opgeleide zedeninspecteurs.
        """),
        "aftercare": _t("""
            Hercontact met elk slachtoffer binnen de 72 uur door de politionele
            slachtofferbejegening, opvolging van hoogrisicosituaties in het casusoverleg van het
            Family Justice Center en doorverwijzing naar het Zorgcentrum na Seksueel Geweld (ZSG).
        """),
    },
    "P5": {
        "description": _t("""
            Van de zone een aantrekkelijke werkgever en een integere organisatie maken: het
            ziekteverzuim terugdringen, de vacatures invullen, competenties ontwikkelen en een
            gedeelde integriteitscultuur verankeren.
        """),
        "rationale": _t("""
            Het ziekteverzuim steeg tussen 2021 en 2024 van 5,6% naar 7,1%, vier vacatures voor
            inspecteur raakten niet ingevuld en 15 operationele medewerkers gaan tegen 2031 met
            pensioen. Integriteit, opleiding en aandacht voor geweld tegen politie zijn
            randvoorwaarden van het NVP 2026-2029 (hoofdstuk 8) en een verwachting van de DirCo.
        """),
        "prevention": _t("""
            Een welzijnsplan, opgesteld met de interne en externe diensten voor preventie en
            bescherming op het werk, workshops over de deontologische code en ethische dilemma's,
            een jaarlijks opleidingsplan en een gestructureerd onthaaltraject voor nieuwe
            medewerkers.
        """),
        "repression": _t("""
            Snelle en billijke afhandeling van deontologische tekortkomingen, registratie en
            analyse van elk incident van geweld tegen of door personeelsleden, overeenkomstig de
            omzendbrieven GPI 62 en GPI 100.
        """),
        "aftercare": _t("""
            Begeleiding van medewerkers na een kritiek incident (debriefing, steun van het Stress
            Team van de federale politie), een re-integratietraject na langdurige afwezigheid en
            een exitgesprek met elke medewerker die de zone verlaat.
        """),
    },
    "PA1": {
        "description": _t("""
            Het aantal fietsdiefstallen doen dalen, in het bijzonder aan het station van Nethoven,
            en meer gestolen fietsen terugbezorgen aan hun eigenaar.
        """),
        "rationale": _t("""
            Fietsdiefstal is met 367 feiten in 2024 (+18% sinds 2021) het vermogensdelict met de
            meeste slachtoffers in de zone; 8% van de huishoudens werd er het voorbije jaar
            slachtoffer van en de burgemeester van Nethoven vraagt een gerichte aanpak. Omdat de
            feiten sterk geconcentreerd zijn, volstaat een gerichte aanpak binnen de reguliere
            werking.
        """),
        "prevention": _t("""
            Graveer- en registratieacties op markten en in scholen, advies over goede sloten,
            beveiligde fietsenstallingen met camerabewaking aan het station, samen met de gemeente
            en de NMBS.
        """),
        "repression": _t("""
            Gerichte patrouilles en lokfietsacties aan het station, controle van fietsen op
            markten en online verkoopplatformen en systematische opzoeking van het framenummer bij
            elke controle.
        """),
        "aftercare": _t("""
            Teruggave van teruggevonden fietsen via het register van gevonden voorwerpen en de
            centrale fietsenregistratie, en informatie aan het slachtoffer over de stand van het
            dossier.
        """),
    },
    "PA2": {
        "description": _t("""
            Het aantal slachtoffers van online oplichting verminderen door preventie, in het
            bijzonder bij senioren, en elk slachtoffer een kwaliteitsvol onthaal en een snelle
            doorstroming van de nuttige gegevens garanderen.
        """),
        "rationale": _t("""
            Online oplichting steeg met 72% sinds 2021 en meer dan een derde van de slachtoffers is
            65 jaar of ouder. Het NVP 2026-2029 vraagt de lokale politie signalen van online
            criminaliteit te detecteren, burgers en ondernemingen te informeren en hen te begeleiden
            bij de melding. Complexe onderzoeken zijn een zaak van de gespecialiseerde diensten van
            de federale politie.
        """),
        "prevention": _t("""
            Infosessies in woonzorgcentra, seniorenverenigingen en scholen, geregelde
            preventieberichten op sociale media en in de gemeentelijke infobladen, en het
            doorgeven van de waarschuwingen van het Centrum voor Cybersecurity België (Safeonweb).
        """),
        "repression": _t("""
            Een gestandaardiseerde aanpak bij de klachtneerlegging, onmiddellijke doorgifte van de
            gegevens die nodig zijn om gelden te blokkeren aan de bank en het parket, en melding van
            complexe zaken aan de Computer Crime Unit van de federale gerechtelijke politie.
        """),
        "aftercare": _t("""
            Informatie aan slachtoffers over het gevolg van hun klacht en over de stappen bij hun
            bank, en doorverwijzing naar de politionele slachtofferbejegening bij een groot
            financieel nadeel.
        """),
    },
    "PA3": {
        "description": _t("""
            Een veilig en vlot verloop van Netepop, de veldrit van Heiderode en de andere grote
            evenementen in de zone verzekeren, door een geïntegreerde voorbereiding met de
            organisatoren, de gemeenten en de hulpdiensten.
        """),
        "rationale": _t("""
            Netepop ontvangt drie dagen lang ongeveer 15.000 bezoekers per dag en de veldrit van
            Heiderode trekt zo'n 12.000 toeschouwers. De editie 2024 van Netepop telde twaalf
            ernstige incidenten (vechtpartijen met letsel, diefstallen met geweld) en veel
            overlast in de omliggende wijken. Beide evenementen samen vragen jaarlijks ongeveer
            1.100 uren politiecapaciteit.
        """),
        "local_justification": _t("""
            Geen enkel thema van het Nationaal Veiligheidsplan dekt het beheer van grote lokale
            evenementen, dat tot de bestuurlijke politie en de bevoegdheid van de burgemeester
            behoort. De zonale veiligheidsraad maakt er een aandachtspunt van omdat beide
            evenementen de zwaarste inzet van het jaar vragen, zwaar wegen op de beschikbare
            capaciteit en uitdrukkelijk gevraagd werden door de burgemeesters van Nethoven en
            Heiderode en door de gouverneur.
        """),
        "prevention": _t("""
            Multidisciplinaire coördinatie vanaf de maand maart, een gezamenlijke risicoanalyse,
            een mobiliteits- en parkeerplan, eisen aan de organisator inzake bewaking en
            toegangscontrole, en preventie van alcohol- en drugsgebruik met de preventiedienst.
        """),
        "repression": _t("""
            Een politie-inzet afgestemd op het risiconiveau, zichtbare patrouilles op het terrein
            en in de omliggende wijken, controles aan de toegangen en snel optreden bij
            geweldfeiten en diefstallen.
        """),
        "aftercare": _t("""
            Een onthaalpunt voor slachtoffers op het terrein, een multidisciplinaire debriefing
            binnen de maand na het evenement en opvolging van de klachten van omwonenden.
        """),
    },
    "PA4": {
        "description": _t("""
            Het optreden van de zone sturen op basis van informatie, de werkinstrumenten
            moderniseren en de gegevens beschermen: betrouwbare, gedeelde en beveiligde informatie
            ten dienste van het terrein.
        """),
        "rationale": _t("""
            Het vorige plan toonde dat data weinig werden gebruikt om het werk te sturen. De
            aanwerving van een strategisch analist in 2025 en de uitrol van de mobiele toepassingen
            maken informatiegestuurde politiezorg mogelijk. Het NVP 2026-2029 maakt van digitale
            transformatie, informatieveiligheid en Intelligence Led Policing randvoorwaarden voor
            succes; het is ook een verwachting van de DirCo.
        """),
        "prevention": _t("""
            Bewustmaking van alle medewerkers rond informatieveiligheid (phishing, wachtwoorden,
            classificatie) en een geactualiseerd informatieveiligheidsbeleid, opgesteld met de
            veiligheidsconsulent en de functionaris voor gegevensbescherming.
        """),
        "repression": _t("""
            Een wekelijks dashboard van het lokaal informatiekruispunt om briefings en patrouilles
            te sturen, systematische voeding van de ANG en het AIK, gebruik van de ANPR-camera's en
            een omkaderde aanwezigheid van de zone op sociale media.
        """),
        "aftercare": _t("""
            Afhandeling van incidenten rond informatieveiligheid, een jaarlijkse interne controle
            van de raadplegingen van de ANG en een geregelde evaluatie van het gebruik van de
            digitale instrumenten met de ploegen.
        """),
    },
}

# -------------------------------------------------------------------------- nationale beslissingen

DECISIONS: dict[str, str] = {
    "pns.1": """Het thema wordt weerhouden via prioriteit P2 (drugs en ondermijning, subthema 1.1).
        De vroegtijdige detectie van signalen van georganiseerde criminaliteit en het doorgeven
        ervan aan het AIK en het ARIEC horen bij het werk van alle diensten; prioriteit P1 draagt
        bij voor de rondtrekkende dadergroepen die actief zijn in woninginbraken.""",
    "pns.1.1": """Prioriteit P2: aanpak van de drugshandel, de drugsoverlast en de drugsproductie,
        overeenkomstig de doelstelling van het NVP voor de lokale politie (lokale verankering en
        systematische doorstroming van signalen), aangevuld met een bestuurlijke aanpak.""",
    "pns.1.2": """Tussen 2021 en 2024 werd geen ernstig geweld in het drugsmilieu geregistreerd.
        Signalen van geweld, intimidatie en ronselen van minderjarigen worden gedetecteerd en
        doorgegeven binnen prioriteit P2 en de wijkwerking.""",
    "pns.1.3": """Twee dossiers van economische uitbuiting in de tuinbouw in 2022. De
        wijkinspecteurs en de Lokale Recherche Dienst detecteren mogelijke slachtoffers bij
        horecacontroles, controles in de land- en tuinbouw en woonstcontroles, en verwijzen hen
        door naar de bevoegde diensten, samen met de sociale inspectie.""",
    "pns.1.4": """Marginaal fenomeen in de zone. De detectie van illegaal wapenbezit en de melding
        van verdachte transacties gebeuren door de dienst Interventie en de Lokale Recherche
        Dienst, ter ondersteuning van de federale gerechtelijke politie.""",
    "pns.1.5": """De zone telt geen haven, luchthaven of internationaal logistiek knooppunt.
        Signalen van ronselen van jongeren als uithaler in de haven van Antwerpen en signalen
        rond de logistieke centra van de Kanaalzone worden doorgegeven aan de federale
        gerechtelijke politie.""",
    "pns.1.6": """Het NVP legt voor dit subthema geen eigen doelstelling op aan de lokale politie.
        De preventie van corruptie in de eigen rangen valt onder de interne prioriteit P5
        (integriteit) en elk signaal van corruptie wordt aan het parket gemeld.""",
    "pns.1.7": """Signalen van witwassen (handelszaken zonder reële activiteit, verdachte
        cashstromen) worden in de reguliere werking gedetecteerd en doorgegeven aan de federale
        gerechtelijke politie en het ARIEC; de bestuurlijke integriteitstoets van de gemeenten
        helpt misbruik van handelszaken te voorkomen.""",
    "pns.2": """Aandachtspunt PA2: de zone zet in op preventie, slachtofferonthaal en de snelle
        doorgifte van gegevens, overeenkomstig de doelstelling van het NVP voor de lokale politie.
        Complexe onderzoeken zijn een zaak van de gespecialiseerde diensten van de federale
        politie.""",
    "pns.3": """De opvolging gebeurt in de lokale integrale veiligheidscel (LIVC-R) en via de
        wijkwerking, met de information officer van de zone; de lokale situatie rechtvaardigt
        geen prioriteit.""",
    "pns.4": """De zone ligt niet aan een buitengrens van de Schengenruimte en heeft geen haven of
        luchthaven. Ze draagt bij aan gerichte controles op het grondgebied op vraag van de
        overheden en via de gehypothekeerde capaciteit (HyCap).""",
    "pns.5": """Prioriteit P3: de verkeersveiligheid in de lokale omgeving versterken met aandacht
        voor snelheid, alcohol en drugs in het verkeer, afleiding en de bescherming van kwetsbare
        weggebruikers, in het bijzonder in de schoolomgevingen.""",
    "pns.6": """Beide vormen van fraude worden in de reguliere werking behandeld (zie subthema's
        6.1 en 6.2): de aanpak van georganiseerde fraude is een zaak van de federale politie en de
        inspectiediensten.""",
    "pns.6.1": """De wijkinspecteurs voeren de woonstcontroles uit die het NVP vraagt, in het
        bijzonder in de vakantieparken van Heiderode, en melden verdachte situaties aan de
        sociale diensten en de sociale inspectie; de zone neemt deel aan de controles van het
        arbeidsauditoraat.""",
    "pns.6.2": """Bevoegdheid van de federale politie en de fiscale administratie. Aanwijzingen
        van fraude uit het dagelijkse werk worden aan het parket gemeld, zonder specifieke actie
        van de zone.""",
    "pns.7": """Prioriteit P4: geïntegreerde aanpak van intrafamiliaal en seksueel geweld
        (aangifte, risicotaxatie, ketenaanpak, bescherming van slachtoffers), in lijn met het
        strafrechtelijk beleid van het arrondissement.""",
}
DECISIONS = {key: _t(value) for key, value in DECISIONS.items()}

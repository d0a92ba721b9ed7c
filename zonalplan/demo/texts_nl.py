"""Texts of the Dutch demo plan (a fictional Flemish zone), kept apart from its structure.

Texts are written wrapped for the source file and unwrapped by ``richtext.unwrap``.
"""

from __future__ import annotations

from zonalplan.model.richtext import unwrap as _t

# ------------------------------------------------------------------------------------ hoofdstukken

FOREWORD = _t("""
    Voor u ligt het zonaal veiligheidsplan 2026-2031 van de politiezone Heidebeek. Het legt voor
    de komende zes jaar vast welke prioriteiten de zonale veiligheidsraad kiest voor de inwoners
    van Nethoven, Beekloo en Heiderode, en hoe ons korps zich organiseert om die doelen te
    bereiken.

    Dit plan is het resultaat van teamwerk. Het steunt op een grondige analyse van de
    criminaliteit en de verkeersonveiligheid in onze zone, op de lokale veiligheidsbevraging die
    in het voorjaar van 2025 bij de bevolking liep, op de verwachtingen van onze drie
    burgemeesters, van de procureur des Konings van Antwerpen, van de gouverneur en van onze
    partners bij de federale politie, en op een eerlijke evaluatie van het plan 2020-2025. Het
    vertaalt het Nationaal Veiligheidsplan 2026-2029 en de Kadernota Integrale Veiligheid naar de
    lokale situatie.

    We kiezen bewust voor focus: vijf prioriteiten, waarvan één gericht op onze eigen organisatie,
    en vier aandachtspunten. Het grootste deel van onze capaciteit blijft naar de basispolitiezorg
    gaan waarop elke burger recht heeft, welk probleem hem ook treft: onthaal, interventie,
    wijkwerking, slachtofferbejegening, lokale opsporing, handhaving van de openbare orde en
    verkeer. De prioriteiten tonen waar we onze resterende capaciteit inzetten om meetbare
    resultaten te halen.

    Een aantal fenomenen vraagt meer dan klassiek politiewerk. De drugscriminaliteit laat ook in
    onze Kempense gemeenten sporen na: dealers die jongeren ronselen, drugsafval dat in onze
    bossen wordt gedumpt, panden die worden misbruikt. Daarom kiezen we samen met de gemeenten en
    het parket voor een geïntegreerde aanpak van ondermijning, waarin politie en bestuur elk hun
    instrumenten inzetten.

    De komende jaren worden veeleisend. Pensioneringen, de krappe arbeidsmarkt en de digitale
    transformatie van de geïntegreerde politie dwingen ons om even goed voor onze medewerkers te
    zorgen als voor de bevolking. Integriteit, welzijn op het werk en informatiegestuurde
    politiezorg krijgen daarom een volwaardige plaats in dit plan.

    Ik dank de leden van de zonale veiligheidsraad voor hun vertrouwen, onze partners voor hun
    inbreng en vooral de medewerkers van de politiezone, die dag en nacht dit plan waarmaken.

    Koen Vermeulen, hoofdcommissaris van politie, korpschef
""")

ENV_TERRITORY = _t("""
    De politiezone Heidebeek (zone 5998) is een meergemeentezone in de provincie Antwerpen, in het
    gerechtelijk arrondissement Antwerpen (afdeling Turnhout). Ze omvat de gemeenten Nethoven,
    Beekloo en Heiderode, beslaat 172,8 km² en telt 47.410 inwoners op 1 januari 2025, wat neerkomt
    op een gemiddelde bevolkingsdichtheid van 274 inwoners per km².

    - Nethoven: 23.840 inwoners op 41,6 km². Hoofdgemeente van de zone en zetel van het
      hoofdcommissariaat, met het winkelcentrum, het station (IC-verbinding met Antwerpen), drie
      secundaire scholen, het cultureel centrum en het merendeel van de horecazaken. De wijk
      Molenveld telt 380 sociale woningen.
    - Beekloo: 15.260 inwoners op 58,3 km². Semi-landelijke gemeente met het bedrijventerrein
      Kanaalzone (een zeventigtal bedrijven, waaronder twee grote logistieke centra), een op- en
      afrittencomplex van de E34 en sterk gegroeide verkavelingen sinds 2010.
    - Heiderode: 8.310 inwoners op 72,9 km². Landelijke en bosrijke gemeente met vijf
      deelgemeenten, drie vakantieparken, het provinciaal domein De Vennen en uitgestrekte heide-
      en bosgebieden die in het weekend veel fietsers en wandelaars aantrekken.

    De bevolking groeide met 4,2% sinds 2015 en vergrijst: 22% van de inwoners is 65 jaar of
    ouder, 21% is jonger dan 20 jaar. De sociaaleconomische verschillen zijn reëel maar kleiner
    dan in de centrumsteden: de werkzoekendengraad bedraagt 6,9% in Nethoven en 3,8% in
    Heiderode. In Nethoven groeit 14% van de kinderen op in kansarmoede.

    De zone telt 19 schoolvestigingen, drie woonzorgcentra, een station, twee op- en
    afrittencomplexen van de E34, vier bedrijventerreinen en ongeveer 140 horecazaken. Jaarlijks
    vinden er een zestigtal evenementen plaats, waaronder het muziekfestival Netepop in Nethoven
    (drie dagen eind juni, ongeveer 15.000 bezoekers per dag), de veldrit van Heiderode in
    december en de jaarmarkt van Beekloo.

    De zone werkt nauw samen met de preventiedienst van Nethoven, de gemeentelijke diensten
    omgeving en de GAS-ambtenaren, het Centrum Algemeen Welzijnswerk (CAW), de sociale diensten
    van de drie gemeenten, de hulpverleningszone, het justitiehuis van Turnhout, het Family
    Justice Center en de dienst Slachtofferonthaal van het parket.
""")

ENV_CRIME = _t("""
    De cijfers komen uit de Algemene Nationale Gegevensbank (ANG) en uit ISLP. Het lokaal
    informatiekruispunt (LIK) heeft ze in februari 2025 opgevraagd en afgetoetst met het
    arrondissementeel informatiekruispunt (AIK) Antwerpen. Het gaat om geregistreerde feiten, die
    maar een deel van de werkelijke criminaliteit weergeven: vooral bij intrafamiliaal geweld en
    online oplichting blijft het dark number groot.

    De geregistreerde criminaliteit bleef globaal stabiel: 3.020 feiten in 2021, 3.190 in 2022,
    3.310 in 2023 en 3.265 in 2024, of 68,9 feiten per 1.000 inwoners. Achter die stabiliteit gaan
    uiteenlopende evoluties per fenomeen schuil.

    - Woninginbraken: 176 feiten in 2021, 203 in 2022, 238 in 2023 en 229 in 2024 (+30%), of 4,8
      feiten per 1.000 inwoners. De inbraken concentreren zich in de verkavelingen van Beekloo en
      de deelgemeenten van Heiderode vlak bij de E34, vooral van november tot februari bij
      valavond. Ruim een derde blijft bij een poging; de ophelderingsgraad is laag (8%).
    - Drugs en ondermijning: 134 processen-verbaal in 2021, 151 in 2022, 169 in 2023 en 178 in
      2024 (+33%). Het aantal feiten van verkoop en handel steeg van 27 naar 46. De straathandel
      concentreert zich rond het station en het stadspark van Nethoven; daarnaast bestellen
      jongeren steeds vaker via sociale media bij drugskoeriers die aan huis leveren. In 2023 werd
      in een loods op het bedrijventerrein Kanaalzone een synthetisch drugslab ontmanteld en sinds
      2022 werden vijf drugsafvaldumpingen vastgesteld in de bossen van Heiderode.
    - Intrafamiliaal geweld: 298 feiten in 2021, 317 in 2022, 336 in 2023 en 352 in 2024 (+18%).
      In 58% van de gevallen gaat het om partnergeweld of geweld door een ex-partner; in 24% van
      de gevallen zijn kinderen aanwezig. Van de betrokken gezinnen in 2024 was 41% al eerder
      gekend bij de politie.
    - Fietsdiefstal: 312 feiten in 2021, 298 in 2022, 341 in 2023 en 367 in 2024 (+18%). Bijna de
      helft (44%) vindt plaats aan de fietsenstallingen van het station van Nethoven. Het aandeel
      elektrische fietsen steeg tot 38%, met een gemiddelde aankoopwaarde van 2.400 euro. Slechts
      7% van de gestolen fietsen wordt teruggevonden, mede omdat veel fietsen niet geregistreerd
      zijn.
    - Online oplichting en informaticabedrog: 151 feiten in 2021, 188 in 2022, 226 in 2023 en 259
      in 2024 (+72%). Het gaat vooral om phishing via sms en berichtenapps, vriend-in-noodfraude,
      valse bankmedewerkers aan de telefoon en oplichting bij verkoop via online zoekertjes.
      Inwoners van 65 jaar en ouder zijn goed voor 36% van de slachtoffers; het gemiddeld
      aangegeven nadeel bedraagt 2.100 euro.
    - Overlast en sluikstorten: het aantal vastgestelde sluikstortingen steeg van 142 in 2021 naar
      181 in 2024 (+27%). De zone verwerkte 655 interventies voor burenruzies en nachtlawaai en
      stelde 402 inbreuken vast die werden doorgestuurd naar de GAS-ambtenaren.

    Andere fenomenen blijven stabiel of beperkt: 171 feiten van opzettelijke slagen en
    verwondingen buiten de familiale context, 104 winkeldiefstallen, 38 voertuigdiefstallen en
    twee dossiers van economische uitbuiting in de tuinbouw (2022). Enkele situaties van
    radicalisering worden opgevolgd in de lokale integrale veiligheidscel (LIVC-R) van Nethoven.

    Besluit: vier fenomenen combineren een groot volume met een ongunstige trend: woninginbraken,
    drugs, intrafamiliaal geweld en online oplichting. Fietsdiefstal weegt zwaar in het
    slachtofferschap van de inwoners, en overlast en sluikstorten wegen weinig in de
    gerechtelijke statistieken maar veel in de leefbaarheid van de wijken.
""")

ENV_ROAD_SAFETY = _t("""
    Het aantal letselongevallen evolueerde van 121 in 2021 naar 128 in 2022, 134 in 2023 en 126 in
    2024. Tussen 2021 en 2024 kwamen elf mensen om het leven op de wegen van de zone (2, 3, 4 en 2
    doden ter plaatse of binnen de dertig dagen). In 2024 vielen er 15 zwaargewonden en 148
    lichtgewonden.

    Bij 69 van de 126 letselongevallen van 2024 (55%) was een kwetsbare weggebruiker betrokken:
    36 fietsers (van wie 19 op een elektrische fiets of speedpedelec), 12 bromfietsers, 11
    voetgangers, 6 motorrijders en 4 gebruikers van een elektrische step. Bij 16% van de
    ongevallen was een bestuurder onder invloed van alcohol. Overdreven of onaangepaste snelheid
    en afleiding achter het stuur zijn de andere hoofdoorzaken in de processen-verbaal.

    Vijf zwarte punten zijn samen goed voor 49 van de 388 letselongevallen van 2022 tot 2024:
    - de Turnhoutsebaan in Nethoven, ter hoogte van het kruispunt met de Ringlaan: 15 ongevallen,
      waarvan één dodelijk;
    - de Heirbaan tussen Beekloo en Heiderode (70 km/u): 12 ongevallen, waarvan twee dodelijke,
      met snelheid en inhaalmanoeuvres als voornaamste oorzaak;
    - het op- en afrittencomplex van de E34 in Beekloo: 9 ongevallen, vaak met vrachtwagens;
    - de schoolomgevingen in de Kerkstraat in Beekloo en de Stationsstraat in Nethoven: 7
      ongevallen, in een context van foutparkeren en conflicten tussen voetgangers, fietsers en
      auto's tijdens de schoolspits;
    - de kruising van de fietssnelweg langs het kanaal met de Kanaaldijk in Heiderode: 6
      ongevallen met fietsers.

    In 2024 controleerde de zone 24.600 voertuigen met de flitswagen en lasergestuurde
    snelheidsmeters; 8,9% reed te snel. Op de Heirbaan is sinds 2023 een trajectcontrole actief.
    Daarnaast werden 7.200 bestuurders aan een ademtest onderworpen (2,8% positief) en waren 96
    speekseltests positief. De zone neemt deel aan de gecoördineerde controleacties van het
    arrondissement en sluit aan bij het Vlaams Verkeersveiligheidsplan.
""")

ENV_SURVEY = _t("""
    De lokale veiligheidsbevraging 2025 liep van 10 maart tot 18 april 2025, op papier of online,
    bij 4.500 huishoudens die willekeurig uit het rijksregister werden geselecteerd. De
    vragenlijst volgt grotendeels die van de federale Veiligheidsmonitor, zodat vergelijking met
    vroegere metingen mogelijk blijft. In totaal kwamen 1.391 bruikbare antwoorden binnen
    (respons van 30,9%). De resultaten werden gewogen naar gemeente, leeftijd en geslacht.

    - Onveiligheidsgevoel: 11% van de respondenten voelt zich soms of vaak onveilig in de eigen
      buurt (13% in Nethoven, 10% in Beekloo, 7% in Heiderode); 16% vermijdt 's avonds
      bepaalde plaatsen, vooral de stationsomgeving en het stadspark van Nethoven.
    - Buurtproblemen die als ernstig worden ervaren: te snel rijden (61%), sluikstorten en
      zwerfvuil (44%), woninginbraken (41%), agressief verkeersgedrag (36%), fietsdiefstal
      (29%), drugsoverlast (28%), telefonische of online oplichting (26%) en geluidsoverlast
      (21%).
    - Slachtofferschap: 5% van de huishoudens kreeg de voorbije twaalf maanden te maken met een
      (poging tot) woninginbraak en 8% met een fietsdiefstal; 21% van de respondenten ontving
      een frauduleus bericht en 3% leed daardoor financieel nadeel.
    - Beeld van de politie: 74% van wie contact had met de politie is daarover tevreden; 41%
      kent de eigen wijkinspecteur (49% in de Veiligheidsmonitor van 2018); 66% wil meer
      zichtbare patrouilles, bij voorkeur te voet of met de fiets; 31% vindt de politie moeilijk
      bereikbaar buiten de openingsuren van de commissariaten.

    De resultaten werden aangevuld met drie bewonersvergaderingen (één per gemeente) in mei 2025,
    met een scholenoverleg over de veiligheid in de schoolomgevingen en met de voorstellen van de
    kindergemeenteraad van Beekloo, die vooral vroegen om veilige fietsroutes naar school.
""")

ENV_INTERNAL = _t("""
    Op 1 januari 2026 telt de organieke personeelsformatie van de zone 92 plaatsen en bedraagt de
    effectieve personeelssterkte 86 medewerkers, of 78,0 beschikbare voltijdse equivalenten (VTE)
    na aftrek van langdurige afwezigheden, deeltijds werk en detacheringen:
    - operationeel kader (68): 1 hoofdcommissaris, 7 commissarissen, 16 hoofdinspecteurs, 40
      inspecteurs en 4 agenten van politie;
    - administratief en logistiek kader (18): 3 niveau A (onder wie een strategisch analist die in
      2025 werd aangeworven), 5 niveau B, 8 niveau C en 2 niveau D.

    De zone is georganiseerd in vijf operationele diensten onder leiding van de korpschef en de
    directeur operaties:
    - de dienst Interventie, die 24 uur op 24 paraat staat, samen met de officier van bestuurlijke
      politie (OBP) van wacht;
    - de dienst Wijkwerking, met de wijkinspecteurs en het onthaal in het hoofdcommissariaat van
      Nethoven en in de wijkposten van Beekloo en Heiderode;
    - de Lokale Recherche Dienst (LRD), met referenten voor intrafamiliaal geweld, drugs en
      cybercriminaliteit;
    - de dienst Verkeer;
    - het lokaal informatiekruispunt (LIK), dat instaat voor het informatiebeheer en de analyse.

    De ondersteunende diensten (personeel, logistiek, financiën, ICT en zonesecretariaat)
    ondersteunen het geheel. De gewone begroting 2025 bedraagt 10,4 miljoen euro, voor 63%
    gefinancierd door de dotaties van de drie gemeenten en voor 35% door de federale dotatie.

    Het ziekteverzuim steeg van 5,6% in 2021 naar 7,1% in 2024, met vijf langdurig zieken. De
    gemiddelde leeftijd van het personeel is 41 jaar en 15 operationele medewerkers bereiken
    tegen 2031 de pensioenleeftijd. Tussen 2022 en 2024 telde de zone 19 vertrekken tegenover 14
    aanwervingen; vier vacatures voor inspecteur raakten via de mobiliteit niet ingevuld, onder
    meer door de concurrentie met grotere zones in de regio. De welzijnsbevraging van 2023 wees
    op een hoge werkdruk bij de dienst Interventie.

    Sterktes en werkpunten volgens het directiecomité:
    - sterktes: een sterke lokale verankering, goede samenwerking met de gemeentebesturen, een
      vernieuwd hoofdcommissariaat (2023) en een interventieploeg die volledig met smartphones en
      mobiele toepassingen werkt;
    - werkpunten: de aantrekkelijkheid van de zone als werkgever, de administratieve last van de
      processen-verbaal, het beperkte gebruik van data om het werk te sturen, de
      informatieveiligheid en de verouderde wijkpost van Heiderode.
""")

ENV_LESSONS = _t("""
    Het zonaal veiligheidsplan 2020-2025 telde vier externe prioriteiten (woninginbraken,
    verkeersveiligheid, drugs, overlast en sluikstorten) en twee interne prioriteiten (interne
    communicatie en welzijn op het werk). Een addendum uit 2022 voegde intrafamiliaal geweld toe,
    om het plan af te stemmen op het Nationaal Veiligheidsplan 2022-2025. De zonale
    veiligheidsraad evalueerde het plan in zijn vergadering van 25 november 2025.

    - Woninginbraken: de beoogde daling met 10% werd niet gehaald; na het dal van 2020-2021 stegen
      de feiten opnieuw. Het aantal adviezen van de diefstalpreventieadviseurs steeg wel van 31 naar
      72 per jaar en het aantal buurtinformatienetwerken (BIN) van 9 naar 14.
    - Verkeersveiligheid: het aantal letselongevallen bleef stabiel, ondanks de verdubbeling van
      de gerichte controles; alle schoolomgevingen liggen nu in een zone 30 en zes scholen hebben
      een schoolstraat.
    - Drugs: het actieplan lag tijdens de coronacrisis grotendeels stil en werd pas in 2023
      opnieuw opgestart; de bestuurlijke aanpak van drugspanden stond nog in de kinderschoenen.
    - Overlast en sluikstorten: het gemeenschappelijke GAS-reglement van de drie gemeenten werkt
      goed; mobiele camera's deden het sluikstorten op drie plaatsen dalen, maar elders nam het
      toe.
    - Intrafamiliaal geweld: er werd een referent aangesteld en 85% van de interventieploegen
      kreeg een opleiding, maar de risicotaxatie gebeurt nog niet systematisch.
    - Interne werking: het intranet uit 2022 wordt gewaardeerd; de welzijnsacties konden de
      stijging van het ziekteverzuim niet tegenhouden.

    Het vorige plan telde te veel indicatoren, vaak zonder nulmeting, en de opvolging hing af van
    enkele personen. Daaruit trekken we de volgende lessen:
    - het aantal prioriteiten beperken en een duidelijk onderscheid maken tussen prioriteiten, met
      een eigen actieplan, en aandachtspunten die in de reguliere werking worden opgevolgd;
    - per doelstelling een klein aantal meetbare indicatoren kiezen, met een nulmeting en een
      streefwaarde;
    - per doelstelling een eigenaar aanduiden en jaarlijks rapporteren aan de zonale
      veiligheidsraad;
    - realistische capaciteit voorzien, die verenigbaar is met de normen van minimale
      dienstverlening;
    - de partners (preventie, omgeving, welzijn, parket) al bij het ontwerp van de actieplannen
      betrekken.
""")

MISSION = _t("""
    De politiezone Heidebeek verzekert 24 uur op 24 en 7 dagen op 7 een kwaliteitsvolle
    basispolitiezorg voor iedereen die in Nethoven, Beekloo en Heiderode woont, werkt of verblijft.
    Met respect voor ieders rechten en vrijheden:
    - voorkomen we onveiligheid en beschermen we personen en goederen;
    - komen we snel en gepast tussen wanneer een beroep op ons wordt gedaan;
    - sporen we daders van misdrijven op en leiden we hen naar het gerecht;
    - vangen we slachtoffers op, luisteren we naar hen en verwijzen we hen door;
    - waken we over de openbare rust en de verkeersveiligheid;
    - dragen we samen met onze partners bij aan een integrale en geïntegreerde veiligheidszorg.
""")

VISION = _t("""
    In 2031 is de politiezone Heidebeek een herkenbare gemeenschapsgerichte politie, dichtbij de
    inwoners en betrouwbaar, die informatiegestuurd werkt en samenwerkt in een netwerk van
    partners. Concreet willen we:
    - een zichtbare en bereikbare politie zijn, met wijkinspecteurs die de bevolking kent;
    - een informatiegestuurde politie zijn, die optreedt waar de problemen zich stellen;
    - het slachtoffer centraal plaatsen in ons optreden;
    - een aantrekkelijke werkgever zijn, die talent ontwikkelt en zorg draagt voor het welzijn van
      de medewerkers;
    - een digitale en veilige organisatie zijn, die tijd vrijmaakt voor het terrein.
""")

VALUES = _t("""
    Onze waarden sturen het gedrag van elke medewerker, op het terrein en binnen het korps. Ze
    werden in juni 2025 samen met het personeel gekozen tijdens workshops:
    - Integriteit: we handelen eerlijk en onpartijdig, volgens de deontologische code, en we melden
      ongepast gedrag.
    - Respect: we behandelen iedereen waardig en zonder onderscheid, en we respecteren onze
      collega's.
    - Professionalisme: we werken nauwgezet, we blijven ons bijscholen en we leggen verantwoording
      af over onze resultaten.
    - Teamgeest: we steunen elkaar en delen nuttige informatie.
    - Betrokkenheid: we luisteren naar de bevolking en naar onze partners en we beantwoorden hun
      vragen binnen een redelijke termijn.
""")

ARGUMENT_MATRIX = _t("""
    De argumentatiematrix zet per fenomeen de vaststellingen uit de objectieve analyse
    (politiecijfers) naast de beleving van de bevolking (lokale veiligheidsbevraging 2025), de
    verwachtingen van de overheden en partners en de prioriteiten van het nationale kader
    (Nationaal Veiligheidsplan 2026-2029 en Kadernota Integrale Veiligheid).

    Een fenomeen wordt als prioriteit weerhouden wanneer het ernst of een ongunstige trend
    combineert met een uitdrukkelijke verwachting van de overheden en een reële
    handelingsmarge voor de zone. Het wordt een aandachtspunt wanneer de reguliere werking, op
    bepaalde punten versterkt, volstaat.

    - Woninginbraken: 229 feiten in 2024 (+30% sinds 2021); 41% van de inwoners noemt het
      fenomeen; verwachting van de burgemeesters van Beekloo en Heiderode en van de procureur des
      Konings; KIV ‘eigendomsdelicten’ en reguliere werking in het NVP. Prioriteit P1.
    - Drugs en ondermijning: 178 processen-verbaal, waarvan 46 feiten van verkoop en handel, een
      ontmanteld drugslab en vijf drugsafvaldumpingen; 28% van de inwoners noemt drugsoverlast;
      verwachting van de drie burgemeesters, de procureur des Konings en de gerechtelijk
      directeur; NVP 1.1 Drugshandel. Prioriteit P2.
    - Verkeersveiligheid: 126 letselongevallen en elf doden in vier jaar; 61% van de inwoners
      noemt te snel rijden; verwachting van de drie burgemeesters, de gouverneur en de procureur
      des Konings; NVP 5. Prioriteit P3.
    - Intrafamiliaal en seksueel geweld: 352 feiten in 2024 (+18%) en een groot dark number;
      prioriteit in het strafrechtelijk beleid van de procureur des Konings; NVP 7. Prioriteit P4.
    - Interne werking: ziekteverzuim van 7,1%, openstaande vacatures, integriteitsrisico's;
      verwachting van de DirCo; randvoorwaarden in hoofdstuk 8 van het NVP. Prioriteit P5.
    - Fietsdiefstal: 367 feiten (+18%), waarvan bijna de helft aan het station; 29% van de
      inwoners noemt het fenomeen; verwachting van de burgemeester van Nethoven; KIV
      ‘eigendomsdelicten’. Een gerichte aanpak binnen de reguliere werking volstaat:
      aandachtspunt PA1.
    - Online oplichting: 259 feiten (+72%); 26% van de inwoners noemt het fenomeen; verwachting
      van de procureur des Konings en de gerechtelijk directeur; NVP 2 Cybercriminaliteit. Het
      onderzoek is vooral een zaak van de gespecialiseerde diensten; de zone zet in op preventie
      en slachtofferonthaal: aandachtspunt PA2.
    - Evenementen: Netepop trekt 15.000 bezoekers per dag en telde in 2024 twaalf ernstige
      incidenten, de veldrit van Heiderode 12.000 toeschouwers; verwachting van de burgemeesters
      van Nethoven en Heiderode en van de gouverneur; geen overeenkomstig nationaal thema:
      aandachtspunt PA3.
    - Informatiebeheer en digitale transformatie: verwachting van de DirCo; randvoorwaarden 7 en 11
      van het NVP: aandachtspunt PA4.
    - Overlast en sluikstorten: 181 sluikstortingen en 655 interventies voor overlast; 44% van de
      inwoners noemt sluikstorten. De aanpak verloopt in de eerste plaats bestuurlijk, via de
      GAS-reglementering en de gemeentelijke diensten omgeving; de politie draagt bij vanuit de
      reguliere werking en de wijkwerking.
""")

NON_RETAINED = _t("""
    De zonale veiligheidsraad heeft zich uitgesproken over elk thema en subthema van het
    Nationaal Veiligheidsplan 2026-2029. Thema's die niet als prioriteit werden weerhouden, worden
    niet losgelaten: ze blijven deel uitmaken van de reguliere werking, volgens de geldende
    richtlijnen en de vorderingen van de gerechtelijke overheden.

    - Geïntegreerd grensbeheer (thema 4): de zone ligt niet aan een buitengrens van de
      Schengenruimte en heeft geen luchthaven of zeehaven. Ze draagt bij aan gerichte controles op
      het grondgebied wanneer de overheden daarom vragen, onder meer via de gehypothekeerde
      capaciteit (HyCap), en werkt waar nodig samen met de Nederlandse politie.
    - Focus op de toegangspoorten (subthema 1.5): er ligt geen haven, luchthaven of internationaal
      logistiek knooppunt op het grondgebied. Signalen van ronselen van jongeren als uithaler in
      de haven van Antwerpen worden via het AIK doorgegeven aan de federale gerechtelijke
      politie.
    - Fiscale fraude (subthema 6.2): de strijd tegen georganiseerde fiscale fraude is een
      bevoegdheid van de federale politie en de fiscale administratie. De zone detecteert
      aanwijzingen van fraude in het dagelijkse werk en meldt ze aan het parket.
    - Sociale fraude (subthema 6.1): de wijkinspecteurs voeren de woonstcontroles uit, in het
      bijzonder in de vakantieparken van Heiderode, en melden verdachte situaties aan de sociale
      diensten en de sociale inspectie; de zone neemt deel aan de controles van het
      arbeidsauditoraat.
    - Mensenhandel, wapenhandel, corruptie en witwassen (subthema's 1.3, 1.4, 1.6 en 1.7): slechts
      twee dossiers van economische uitbuiting in de periode 2021-2024. De eerste lijn detecteert
      de signalen (horecacontroles, controles in de land- en tuinbouw, wapenbezit, verdachte
      handelszaken) en de Lokale Recherche Dienst geeft ze door aan de federale gerechtelijke
      politie.
    - Drugsgerelateerd geweld (subthema 1.2): er werden geen ernstige geweldfeiten in het
      drugsmilieu geregistreerd. De waakzaamheid wordt verzekerd binnen prioriteit P2.
    - Radicalisme, gewelddadig extremisme en terrorisme (thema 3): de lokale integrale
      veiligheidscel en de wijkwerking verzekeren de detectie en opvolging.
    - Cybercriminaliteit (thema 2): het onderzoek is vooral een zaak van de gespecialiseerde
      diensten; de zone maakt er een aandachtspunt van (PA2), gericht op preventie en
      slachtofferonthaal.
""")

COMMUNICATION_INTERNAL = _t("""
    Een plan wordt maar uitgevoerd als wie het moet uitvoeren het kent en begrijpt. De interne
    communicatie moet ervoor zorgen dat elke medewerker weet wat de prioriteiten zijn, waarom ze
    gekozen werden en wat er van hem of haar verwacht wordt:
    - infosessies per dienst, gegeven door de korpschef, in april en mei 2026;
    - een pagina over het plan op het intranet van de zone, met de actieplannen en een dashboard
      van de indicatoren dat elk kwartaal wordt bijgewerkt;
    - de dagelijkse briefings van de interventie- en wijkploegen, die de opdrachten binnen de
      prioriteiten doorgeven (inbraakgevoelige buurten, verkeerscontroles, drugsplekken);
    - een maandelijkse stuurgroep met de directie en de trekkers van de actieplannen;
    - de interne nieuwsbrief ‘De Wachtpost’, die om de twee maanden verschijnt;
    - een module over het zonaal veiligheidsplan en onze waarden in het onthaaltraject van nieuwe
      medewerkers;
    - een welzijnsbevraging om de twee jaar en een digitale ideeënbus.
""")

COMMUNICATION_EXTERNAL = _t("""
    De externe communicatie legt verantwoording af over onze keuzes en resultaten aan de
    overheden en de bevolking, en ondersteunt rechtstreeks de preventiedoelstellingen:
    - de voorstelling van het plan aan de politieraad en aan de gemeenteraden van de drie
      gemeenten;
    - de publicatie van een publieksversie van het plan op de website van de zone;
    - de Facebook- en Instagrampagina van de zone: preventiecampagnes (inbraak, fietsdiefstal,
      phishing, snelheid), aankondiging van controles en resultaten van acties;
    - een rubriek ‘Uw politie’ in de gemeentelijke infobladen van de drie gemeenten;
    - persberichten voor de lokale en regionale media en een jaarlijkse persconferentie over de
      stand van het plan;
    - bewonersvergaderingen en ondersteuning van de buurtinformatienetwerken (BIN);
    - het jaarverslag aan de zonale veiligheidsraad en de politieraad;
    - geregeld overleg met het parket, de DirCo en de preventiediensten van de gemeenten.
""")

# ------------------------------------------------------------------------------------ verwachtingen


# Expectations, objectives and decisions live in texts_nl_strategy.py.
from zonalplan.demo.texts_nl_strategy import (  # noqa: E402 - re-exported for plan_nl.py
    CAPACITY_NOTE,
    DECISIONS,
    EXPECTATIONS,
    OBJECTIVES,
)

__all__ = ["CAPACITY_NOTE", "DECISIONS", "EXPECTATIONS", "OBJECTIVES"]

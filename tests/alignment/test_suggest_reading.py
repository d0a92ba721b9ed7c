"""How the suggestions read words the way zones write them (derivations, numbers, domains)."""

from __future__ import annotations

import pytest

from zonalplan.alignment.suggest import SuggestIndex, suggest_split
from zonalplan.alignment.textnorm import lemma, nominal_verb, split_compound, tokenize
from zonalplan.reference import load_reference


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def pns(ref, text: str) -> list[str]:
    return [s.item.id for s in suggest_split(text, ref, limit=3).pns]


def ncsi(ref, text: str) -> list[str]:
    return [s.item.id for s in suggest_split(text, ref, limit=3).ncsi]


@pytest.mark.parametrize(("noun", "verb"), [
    ("sluikstorting", "sluikstort"), ("verkrachting", "verkracht"), ("beveiliging", "beveilig"),
])
def test_a_dutch_ing_noun_reads_as_its_verb(noun: str, verb: str) -> None:
    assert nominal_verb(noun) == verb == lemma(verb + "en", "nl")


@pytest.mark.parametrize("word", ["woning", "melding", "ring", "politie"])
def test_other_words_have_no_verb(word: str) -> None:
    assert nominal_verb(word) is None


def test_dumping_written_as_a_noun_finds_the_environment(ref) -> None:
    assert pns(ref, "Het aantal sluikstortingen halveren")[0] == "pns.reg.1"


def test_a_circular_number_reads_with_its_abbreviation(ref) -> None:
    # « GPI 62 » is the circular on violence against the police, not « police intégrée »
    split = suggest_split("Violences contre les policiers : déclarer chaque incident (GPI 62)",
                          ref, limit=3)
    assert split.pns[0].item.id == "pns.c8"
    assert any("GPI 62" in why for why in split.pns[0].why)
    assert not any("intégrée" in why for s in split.pns for why in s.why)


def test_an_unknown_circular_number_says_nothing(ref) -> None:
    assert pns(ref, "Entraînements GPI 999") == pns(ref, "Entraînements")


@pytest.mark.parametrize(("written", "read"), [
    ("Ouderenmis(be)handeling", ["Ouderenmishandeling"]),
    ("agent(e)s de quartier", ["agents", "de", "quartier"]),
    ("collègue(s)", ["collègue"]),
])
def test_optional_letters_are_read_without_them(written: str, read: list[str]) -> None:
    assert [t.surface for t in tokenize(written)] == read


def test_elder_abuse_with_optional_letters_is_family_violence(ref) -> None:
    assert "pns.7" in pns(ref, "Ouderenmis(be)handeling herkennen en melden")


def test_a_hyphenated_keyword_reads_whole_in_its_phrase(ref) -> None:
    # « bien-être au travail » is the staff's well-being: its phrase is found whole
    split = suggest_split("Bien-être au travail", ref, limit=3)
    assert split.pns[0].item.id == "pns.c8"
    assert any("expression entière" in why for why in split.pns[0].why)


@pytest.mark.parametrize("text", ["Slachtoffers beter opvangen en informeren",
                                  "Geweld tegen politie: elk incident melden",
                                  "Violences contre les policiers : déclarer chaque incident"])
def test_family_violence_needs_a_word_of_its_own(ref, text: str) -> None:
    assert not pns(ref, text)[0].startswith("pns.7")


@pytest.mark.parametrize("text", ["Intrafamiliaal geweld: slachtoffers beter opvangen",
                                  "Violences conjugales : améliorer l'accueil des victimes",
                                  "VIF : déclarer chaque fait"])
def test_family_violence_named_keeps_its_theme(ref, text: str) -> None:
    assert pns(ref, text)[0].startswith("pns.7")


def test_a_road_accident_with_injured_is_no_staff_matter(ref) -> None:
    assert pns(ref, "Moins d'accidents avec blessés aux carrefours")[0] == "pns.5"


def test_suspicious_transactions_are_laundering_not_arms(ref) -> None:
    got = pns(ref, "Signaler à la CTIF les transactions suspectes et le blanchiment")
    assert got[0].startswith("pns.1.7") and "pns.1.4.loc.1" not in got


def test_threatened_mayors_are_no_endangered_species(ref) -> None:
    assert ncsi(ref, "Persoonsbescherming van bedreigde burgemeesters")[:1] != ["ncsi.d4"]
    assert "ncsi.d4.t2" in ncsi(ref, "Illegale handel in bedreigde diersoorten")


@pytest.mark.parametrize(("text", "first"), [
    ("Vluchtmisdrijf: het ophelderingspercentage verhogen met camerabeelden", "pns.5"),
    ("Woninginbraken terugdringen via het BIN en camerabewaking", "pns.reg.2"),
])
def test_the_police_s_means_set_the_scene_of_a_phenomenon(ref, text: str, first: str) -> None:
    assert pns(ref, text)[0] == first


def test_the_police_s_means_alone_are_internal(ref) -> None:
    got = suggest_split("Aansluiting op het ANPR-netwerk en toegang tot camerabeelden", ref, 3)
    assert got.pns and all(s.item.kind == "pns_condition" for s in got.pns)


@pytest.mark.parametrize("text", ["Les vols dans les night-shops",
                                  "Inbraken in tweede verblijven buiten het seizoen",
                                  "Diefstal van GPS-systemen en landbouwmachines",
                                  "Vols de voitures, y compris avec violence envers le conducteur"])
def test_what_or_where_is_stolen_is_not_the_theme(ref, text: str) -> None:
    got = pns(ref, text)
    assert got[0] == "pns.reg.2"
    assert not {"pns.5", "pns.4", "pns.1.7.loc.1"} & set(got)


def test_a_four_letter_french_word_keeps_its_e() -> None:
    assert lemma("base", "fr") != lemma("bas", "fr")
    assert lemma("armes", "fr") == lemma("arme", "fr")


def test_handhaven_is_no_port(ref) -> None:
    # « handhaven » (to enforce) is no « hand » + « haven » (a port, the points of entry)
    assert "pns.1.5" not in pns(ref, "Het dierenwelzijn tijdens veemarkten beter handhaven")


@pytest.mark.parametrize("text", [
    "Qualité : traiter chaque plainte de citoyen contre un membre du personnel dans les 30 jours "
    "et réaliser une autoévaluation CAF tous les deux ans",
    "Een continuïteitsplan opstellen dat jaarlijks samen met de noodplanning wordt getest",
])
def test_days_numbers_and_quality_name_no_phenomenon(ref, text: str) -> None:
    # « jours » (« criminalité de tous les jours »), « deux » (« deux-roues »), « qualité »
    # (« vol par fausse qualité ») and « samen » say nothing of property crime
    assert not {"ncsi.d2", "ncsi.d2.t1", "pns.reg.2"} & set(ncsi(ref, text) + pns(ref, text))


def test_a_two_wheeler_is_still_a_theft_s_object(ref) -> None:
    assert "ncsi.d2.t1" in ncsi(ref, "Réduire les vols de deux-roues dans les gares")


@pytest.mark.parametrize(("text", "item"), [
    ("Jaarlijks een zonaal veiligheidsbeeld opmaken als basis voor de bijsturing", "pns.c11"),
    ("Publier chaque semaine sur Facebook et Instagram", "pns.c10"),
    ("In elk drugsdossier een vermogensonderzoek voeren", "pns.1.7"),
    ("Huisjesmelkerij en uitbuiting van kwetsbare huurders", "ncsi.d5.t5.s2"),
    # the same phenomenon is recognised in both frames (NCSI and PNS share their vocabulary)
    ("Réaliser 12 000 tests d'haleine par an", "ncsi.d2.t3"),
    ("Hennepplantages opsporen en ontmantelen", "ncsi.d5.t5.s1"),
    ("Ransomware bij kmo's voorkomen", "ncsi.d6"),
    ("Speedpedelecs en e-steps op het fietspad", "ncsi.d2.t3"),
    ("Poursuivre la démarche qualité selon le modèle EFQM", "pns.c4.6"),
])
def test_practice_words_of_the_newer_plans(ref, text: str, item: str) -> None:
    assert item in pns(ref, text) + ncsi(ref, text)


@pytest.mark.parametrize("text", [
    "Logistique : renouveler le charroi et planifier l'entretien des véhicules de service",
    "Verdir la flotte en remplaçant les véhicules de la zone par des véhicules électriques",
    "Het wagenpark vergroenen en het aantal dienstverplaatsingen met de fiets verhogen",
])
def test_the_zone_s_fleet_is_not_road_safety(ref, text: str) -> None:
    # road safety counts fully only when the objective names the road, the traffic or its users
    assert "pns.5" not in pns(ref, text)


@pytest.mark.parametrize("text", [
    "Réduire les accidents avec blessés aux carrefours dangereux",
    "Opgefokte bromfietsen en lawaaierige auto's in de woonwijken tegengaan",
    "Les 3 B : boire, boucler, bomber : contrôles d'alcool et de vitesse",
    # the domain's words count even where no item carries them (« spookrijders »,
    # « landbouwvoertuigen », « rijbaan »)
    "Gevaarlijke inhaalmanoeuvres en spookrijders op de gewestwegen terugdringen",
    "Modder op de rijbaan en onverlichte landbouwvoertuigen tijdens het oogstseizoen gericht "
    "controleren",
])
def test_road_safety_named_by_its_users_or_its_offences(ref, text: str) -> None:
    assert "pns.5" in pns(ref, text) or "ncsi.d2.t3" in ncsi(ref, text)


def test_the_corps_integrity_is_not_corruption(ref) -> None:
    # deontology and a person of trust are condition 1, not the corruption themes
    text = "Integriteit verankeren als kernwaarde via een vertrouwenspersoon en een barometer"
    assert "pns.1.6" not in pns(ref, text)
    assert ncsi(ref, text)[:1] != ["ncsi.d5.t5.s3"]


def test_criminal_infiltration_of_the_corps_is_corruption(ref) -> None:
    text = "Prévenir l'infiltration du corps par le milieu criminel grâce au screening"
    assert "ncsi.d5.t5.s3" in ncsi(ref, text)


def test_one_weak_word_is_no_ncsi_suggestion(ref) -> None:
    # « qualité » alone (« vol par fausse qualité ») is all this objective shares with the NCSI
    assert ncsi(ref, "Poursuivre la démarche qualité selon le modèle EFQM") == []
    assert ncsi(ref, "Poursuivre la lutte contre les vols par fausse qualité") != []


def test_a_truck_s_load_stolen_is_no_road_safety(ref) -> None:
    # the singular « vrachtwagen » and the plural meet, so the theft's scene covers both
    text = "Lading- en brandstofdiefstal bij vrachtwagens op de snelwegparkings terugdringen"
    assert "pns.5" not in pns(ref, text)
    assert "ncsi.d2.t3" not in ncsi(ref, text)


def test_the_corps_own_weapons_are_no_arms_trafficking(ref) -> None:
    # « korpswapens » is a word of the corps as a whole (its parts are korps + wapens)
    text = "Het beheer van de korpswapens, de wapenkamer en de schietoefeningen professionaliseren"
    assert not {"pns.1.4", "pns.1.4.loc.1"} & set(pns(ref, text))
    assert "ncsi.d5.t5.s5" not in ncsi(ref, text)


@pytest.mark.parametrize("text", [
    "Het aantal ongevallen met politievoertuigen tijdens dringende ritten terugdringen",
    "Réduire la sinistralité des véhicules de service et former le personnel à la conduite "
    "prioritaire",
])
def test_the_fleet_s_accidents_are_no_road_safety(ref, text: str) -> None:
    # « sinistralité » is carried by no item, yet it says whose accidents these are
    assert "pns.5" not in pns(ref, text)


def test_weapons_named_by_their_kind(ref) -> None:
    assert pns(ref, "Het illegaal bezit van pistolen en geweren opsporen")[:1] == ["pns.1.4"]
    assert "pns.1.4" in pns(ref, "Saisir les pistolets et fusils détenus illégalement")


@pytest.mark.parametrize("text", [
    "Poursuivre la digitalisation des processus (e-PV, Focus, dossiers numériques) et garantir "
    "la sécurité de l'information",
    "Onthaal en bereikbaarheid van het korps verbeteren, met online afspraken en een digitaal "
    "politiekantoor",
])
def test_the_corps_own_digital_tools_are_no_online_harm(ref, text: str) -> None:
    # online appointments and digital files are the organisation's, not illicit online content
    assert "ncsi.d6.t1" not in ncsi(ref, text)


@pytest.mark.parametrize("text", [
    "Mensensmokkel via snelwegparkings en vrachtwagens verstoren",
    "Sociale dumping en uitbuiting van vrachtwagenchauffeurs in de transportsector bestrijden",
])
def test_trucks_in_smuggling_are_no_road_safety(ref, text: str) -> None:
    assert "ncsi.d2.t3" not in ncsi(ref, text)
    assert "pns.5" not in pns(ref, text)


def test_a_weak_ncsi_word_is_no_suggestion(ref) -> None:
    # « sécurité » in a keyword and « image » in a text are all this shares with road safety
    text = ("ILP : produire une image zonale de sécurité trimestrielle et des briefings de "
            "patrouille fondés sur l'analyse opérationnelle")
    assert "ncsi.d2.t3" not in ncsi(ref, text)


@pytest.mark.parametrize("word", ["communicatie", "dronkenschap", "signalering", "plantages",
                                  "activiteiten"])
def test_a_derivation_ending_is_no_compound_head(word: str) -> None:
    # « commun|icatie » is no commune, « dronken|s|chap » (with a linking letter) no « dronken »
    index = SuggestIndex.for_reference(load_reference())
    assert split_compound(word, index._known) == []


def test_a_real_compound_keeps_its_modifier() -> None:
    index = SuggestIndex.for_reference(load_reference())
    assert [key for _p, key, _h in split_compound("wapenbezit", index._known)] == ["wapen"]


def test_a_verb_no_item_names_leaves_an_objective_internal(ref) -> None:
    # the corps' web editors: « coördineert » names nothing, so this is the zone's communication
    text = ("Een kleine webredactie oprichten die de communicatie via sociale media, de website "
            "en de lokale pers coördineert")
    assert pns(ref, text)[0] == "pns.c10"
    assert not {"ncsi.d6.t1", "ncsi.d2"} & set(ncsi(ref, text))


def test_a_size_adjective_alone_names_nothing(ref) -> None:
    # « kleine » is a word of « kleine ergernissen », not a reason of its own next to words
    # naming something
    split = suggest_split("Een kleine webredactie oprichten voor de sociale media", ref, limit=5)
    assert not any("kleine" in why for s in split.pns + split.ncsi for why in s.why)


def test_one_organisation_word_next_to_an_unnamed_one_is_not_internal(ref) -> None:
    # « vélo » is also the corps' service bike, but the cyclists' journeys are road safety
    assert pns(ref, "Sécuriser les déplacements à vélo")[0] in {"pns.5", "pns.5.loc.1",
                                                                 "pns.5.loc.2"}


def test_the_big_cities_plan_only_when_the_objective_names_it(ref) -> None:
    # the neighbourhood officer is condition 4.6; the Plan Grandes villes as a whole is the
    # frame of the big-city zones, not a second suggestion for a rural zone's objective
    rural = pns(ref, "Elke deelgemeente heeft een aanspreekbare wijkinspecteur met vaste zitdagen")
    assert rural[0] == "pns.c4.6" and "pns.c4" not in rural
    assert "pns.c4" in pns(ref, "Plan Grote Steden: deelnemen aan de geïntegreerde acties in de "
                                "kwetsbare wijken")


def test_how_the_zone_works_still_reaches_the_conditions(ref) -> None:
    # the cameras and the dispatching are how the hits are followed, in real time: the
    # digital and intelligence-led conditions stay in the top 3, next to the data-driven one
    got = pns(ref, "De ANPR-hits in real time opvolgen via het dispatching- en "
                   "camerabeheercentrum")
    assert {"pns.c7", "pns.c11"} & set(got)
    assert all(i.startswith("pns.c") for i in got)


def test_neighbour_disputes_and_their_mediation(ref) -> None:
    text = "Burenconflicten in een vroeg stadium doorverwijzen naar burenbemiddeling"
    assert {"pns.reg.4", "pns.c9"} & set(pns(ref, text))
    assert ncsi(ref, text)[:1] == ["ncsi.d2.t2"]


def test_homeless_people_in_winter_are_a_partnership_and_public_space(ref) -> None:
    text = "Daklozen tijdens de winterperiode doorverwijzen naar de nachtopvang (koudeplan)"
    assert "pns.c9" in pns(ref, text)
    assert {"ncsi.d5.t1", "ncsi.d2.t2"} & set(ncsi(ref, text))


def test_a_nursing_home_is_no_sexual_violence_care_centre(ref) -> None:
    # « woon|zorgcentra » is a nursing home, not a « zorgcentrum na seksueel geweld »
    text = "Misbruik en geweld tegen bewoners van woonzorgcentra signaleren en aanpakken"
    assert "pns.7.vs.2" not in pns(ref, text)
    assert "pns.reg.4" in pns(ref, text)


def test_a_compound_s_parts_read_in_the_scene_of_a_theft(ref) -> None:
    # « fiets|registratie » and « lok|fietsen » next to « fietsdiefstallen »: the stolen
    # bicycle, not road safety
    text = ("Fietsdiefstallen aan het station en de scholencampus terugdringen door "
            "fietsregistratie en de inzet van lokfietsen")
    assert pns(ref, text)[0] == "pns.reg.2"
    assert "pns.5.loc.1" not in pns(ref, text)
    assert "ncsi.d2.t3" not in ncsi(ref, text)
    # the animal's part keeps « mishandeling » in its own scene
    assert "pns.7" not in pns(ref, "Dierenmishandeling en verwaarlozing van huisdieren")


def test_a_phrase_read_by_one_word_is_no_keyword_of_its_own(ref) -> None:
    # « niveau de menace » (terrorism) is read « menace » alone: a neighbour's threats are not it
    text = "Réduire les troubles de voisinage récurrents (bruit, insultes, menaces) par une médiation"
    assert not {"pns.3", "ncsi.d5.t3"} & set(pns(ref, text) + ncsi(ref, text))
    # « Plan R » is read « plan »: a plan for holiday parks is no radicalisation plan
    text = "Améliorer la qualité de vie dans les campings à habitat permanent avec le Plan HP"
    assert "ncsi.d5.t3" not in ncsi(ref, text)


@pytest.mark.parametrize("text", [
    "Fraude binnen het korps voorkomen door een sluitende controle op tankkaarten en overuren",
    "Prévenir la fraude interne par un contrôle des cartes carburant et des notes de frais du "
    "personnel",
])
def test_fraud_inside_the_corps_is_integrity(ref, text: str) -> None:
    assert pns(ref, text)[0] == "pns.c1"
    assert not {"pns.6", "pns.6.1", "pns.6.2"} & set(pns(ref, text))


@pytest.mark.parametrize("text", [
    "Als politiezone zichtbaar en benaderbaar zijn op sociale media met een vaste webredactie",
    "Online aangifte en afspraken op maat in de wijkposten aanbieden",
])
def test_the_corps_online_presence_is_no_online_harm(ref, text: str) -> None:
    # no content, no harm, no personal data named: not NCSI 6.1 nor 6.2
    assert not {"ncsi.d6.t1", "ncsi.d6.t2"} & set(ncsi(ref, text))


def test_the_corps_smartphones_are_no_5g_deployment(ref) -> None:
    text = ("Doter tous les policiers de terrain de smartphones FOCUS et d'applications mobiles "
            "de consultation des banques de données")
    assert "ncsi.d6.t3" not in ncsi(ref, text)
    assert "ncsi.d6.t3" in ncsi(ref, "Anticiper l'impact de la 5G sur la localisation des "
                                      "téléphones")


def test_a_framed_word_or_a_synonym_anchors_no_domain(ref) -> None:
    # « maltraitance » of an animal, and « partenariat » (read « partenaire » by a synonym),
    # are no family violence
    text = ("Partenariat avec la cellule bien-être animal de la Région pour le suivi des plaintes "
            "de maltraitance animale")
    assert pns(ref, text)[0] == "pns.reg.1"
    assert "pns.7" not in pns(ref, text)


def test_the_corps_objectives_show_more_than_one_condition(ref) -> None:
    # response times are visibility (4.6) first, and the targeted actions' condition (4.3) too
    got = pns(ref, "Interventiewerking: de aanrijtijden bij dringende oproepen verkorten door "
                   "een betere spreiding van de ploegen")
    assert got[0] == "pns.c4.6" and len(got) >= 2
    assert all(i.startswith("pns.c") for i in got)


@pytest.mark.parametrize("text", [
    "Réduire l'empreinte environnementale de la zone (véhicules hybrides, panneaux "
    "photovoltaïques, tri des déchets)",
    "Renouveler le charroi selon un plan pluriannuel d'investissement et en réduire "
    "l'empreinte environnementale",
])
def test_the_corps_footprint_is_no_environmental_crime(ref, text: str) -> None:
    ids = set(pns(ref, text) + ncsi(ref, text))
    assert not {"pns.reg.1", "ncsi.d4", "ncsi.d4.t1", "ncsi.d4.t3"} & ids


def test_the_zone_budget_is_no_tax_fraud(ref) -> None:
    text = "Maîtriser le budget de la zone et stabiliser les dotations communales sur la durée du plan"
    assert not {"pns.6", "pns.6.1", "pns.6.2"} & set(pns(ref, text))

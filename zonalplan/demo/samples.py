"""Sample data files of the demo zone, in the official formats (Statbel, police statistics, survey).

The figures are those the demo plan's texts cite (accidents 2021-2024, burglaries, population at
1 January 2025…), spread over the three fictional communes. ``write_samples(folder)`` writes the
files a user can import to try the data import; the demo plan imports the same files.
Deterministic: the same call always gives the same bytes.
"""

from __future__ import annotations

import random
from pathlib import Path

from zonalplan.demo.plan import COMMUNES

ACCIDENTS_BY_YEAR = {2021: (104, 3), 2022: (112, 2), 2023: (121, 4), 2024: (118, 3)}
"""Accidents with injuries and with dead (30 days) per year, as the road-safety chapter says."""

CRIME = {  # category (French label of the police statistics) -> facts 2021..2024, zone total
    "Cambriolages dans une habitation": (168, 194, 221, 212),
    "Vols dans véhicule": (171, 160, 148, 139),
    "Vols de véhicule": (48, 41, 37, 52),
    "Violence intrafamiliale": (286, 301, 322, 341),
    "Drogues : vente": (23, 29, 35, 41),
    "Escroquerie et fraude informatique": (142, 178, 211, 246),
    "Coups et blessures volontaires": (171, 166, 158, 164),
    "Total des faits enregistrés": (2941, 3105, 3188, 3152),
}
SURVEY = [  # question, answer, share (%) zone, respondents
    ("Sentiment d'insécurité dans le quartier", "parfois ou souvent", 12.0, 1184),
    ("Problème de quartier jugé important", "vitesse excessive", 58.0, 1184),
    ("Problème de quartier jugé important", "dépôts clandestins et malpropreté", 46.0, 1184),
    ("Problème de quartier jugé important", "cambriolages", 39.0, 1184),
    ("Problème de quartier jugé important", "comportements agressifs dans la circulation", 34.0,
     1184),
    ("Problème de quartier jugé important", "nuisances liées à la drogue", 31.0, 1184),
    ("Problème de quartier jugé important", "escroqueries par téléphone ou internet", 27.0, 1184),
    ("Victimisation (12 derniers mois)", "cambriolage ou tentative", 6.0, 1184),
]
_SHARES = (0.47, 0.32, 0.21)  # how the zone's facts spread over the three communes
_ROAD_TYPES = (("1", "Autoroute", "Autosnelweg"), ("2", "Route régionale, provinciale ou "
               "communale", "Gewestweg, provinciale weg of gemeenteweg"))
_LIGHT = (("1", "En plein jour", "Bij klaarlichte dag"), ("3", "Nuit, éclairage public allumé",
          "Nacht, ontstoken openbare verlichting"), ("4", "Nuit, pas d'éclairage public",
          "Nacht, geen openbare verlichting"))
_COLLISIONS = (("1", "Entre usagers en file", "Tussen weggebruikers in file"),
               ("3", "Par l'arrière", "Langs achteren"), ("4", "Latérale", "Langs de zijkant"),
               ("5", "Avec un piéton", "Met een voetganger"),
               ("7", "Contre un obstacle hors chaussée", "Tegen een hindernis buiten de rijbaan"))
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

ACCIDENT_HEADER = (
    "DT_DAY|DT_HOUR|CD_DAY_OF_WEEK|TX_DAY_OF_WEEK_DESCR_FR|TX_DAY_OF_WEEK_DESCR_NL|"
    "CD_BUILD_UP_AREA|TX_BUILD_UP_AREA_DESCR_NL|TX_BUILD_UP_AREA_DESCR_FR|CD_COLL_TYPE|"
    "TX_COLL_TYPE_DESCR_NL|TX_COLL_TYPE_DESCR_FR|CD_LIGHT_COND|TX_LIGHT_COND_DESCR_NL|"
    "TX_LIGHT_COND_DESCR_FR|CD_ROAD_TYPE|TX_ROAD_TYPE_DESCR_NL|TX_ROAD_TYPE_DESCR_FR|"
    "CD_MUNTY_REFNIS|TX_MUNTY_DESCR_NL|TX_MUNTY_DESCR_FR|CD_DSTR_REFNIS|TX_DSTR_DESCR_NL|"
    "TX_DSTR_DESCR_FR|CD_PROV_REFNIS|TX_PROV_DESCR_NL|TX_PROV_DESCR_FR|CD_RGN_REFNIS|"
    "TX_RGN_DESCR_NL|TX_RGN_DESCR_FR|MS_ACCT|MS_ACCT_WITH_DEAD|MS_ACCT_WITH_DEAD_30_DAYS|"
    "MS_ACCT_WITH_MORY_INJ|MS_ACCT_WITH_SERLY_INJ|MS_ACCT_WITH_SLY_INJ")


def _split(total: int) -> list[int]:
    parts = [round(total * share) for share in _SHARES]
    parts[0] += total - sum(parts)
    return parts


def accidents_file(year: int) -> str:
    """Return the Statbel accidents file of ``year`` for the demo zone (a few national rows too)."""
    rng = random.Random(year)
    total, dead = ACCIDENTS_BY_YEAR[year]
    lines = [ACCIDENT_HEADER]
    deaths = set(rng.sample(range(total), dead))
    for (name, code, _people), count in zip(COMMUNES, _split(total), strict=True):
        for _ in range(count):
            index = len(lines) - 1
            day = rng.randint(1, 365)
            date = f"{year}-{1 + (day - 1) // 31 if day <= 341 else 12:02d}-{1 + (day - 1) % 28:02d}"
            hour = rng.choices(range(24), weights=[1, 1, 1, 1, 1, 2, 4, 8, 9, 5, 4, 5, 6, 6, 6, 8,
                                                   10, 10, 7, 5, 4, 3, 2, 1])[0]
            weekday = rng.randint(1, 7)
            road = _ROAD_TYPES[0] if rng.random() < 0.08 else _ROAD_TYPES[1]
            light = rng.choices(_LIGHT, weights=[70, 20, 10])[0]
            coll = rng.choice(_COLLISIONS)
            built = ("1", "Binnen bebouwde kom", "En agglomération") if rng.random() < 0.6 else \
                ("2", "Buiten bebouwde kom", "Hors agglomération")
            is_dead = index in deaths
            serious = not is_dead and rng.random() < 0.13
            lines.append("|".join(map(str, (
                date, hour, weekday, _WEEKDAYS[weekday - 1], _WEEKDAYS_NL[weekday - 1],
                built[0], built[1], built[2], coll[0], coll[2], coll[1], light[0], light[2],
                light[1], road[0], road[2], road[1], code, name, name, "92000", "Namen", "Namur",
                "90000", "Provincie Namen", "Province de Namur", "3000", "Waals Gewest",
                "Région wallonne", 1, int(is_dead), int(is_dead), 0, int(serious),
                int(not is_dead and not serious)))))
    for code, name in (("92140", "Namur"), ("52011", "Charleroi")):  # other communes of Belgium
        lines.append("|".join(map(str, (
            f"{year}-03-14", 8, 4, "jeudi", "donderdag", "1", "Binnen bebouwde kom",
            "En agglomération", "3", "Langs achteren", "Par l'arrière", "1", "Bij klaarlichte dag",
            "En plein jour", "2", _ROAD_TYPES[1][2], _ROAD_TYPES[1][1], code, name, name, "92000",
            "Namen", "Namur", "90000", "Provincie Namen", "Province de Namur", "3000",
            "Waals Gewest", "Région wallonne", 1, 0, 0, 0, 0, 1))))
    return "\ufeff" + "\n".join(lines) + "\n"


def population_file() -> str:
    """Return the Statbel population-structure file at 1 January 2025 for the demo communes."""
    lines = ["CD_REFNIS|TX_DESCR_NL|TX_DESCR_FR|CD_SEX|CD_AGE|MS_POPULATION"]
    for name, code, people in COMMUNES:
        women = people // 2 + 180
        lines.append(f"{code}|{name}|{name}|F|0-64|{round(women * 0.78)}")
        lines.append(f"{code}|{name}|{name}|F|65+|{women - round(women * 0.78)}")
        lines.append(f"{code}|{name}|{name}|M|0-64|{round((people - women) * 0.81)}")
        lines.append(f"{code}|{name}|{name}|M|65+|{people - women - round((people - women) * 0.81)}")
    lines.append("92140|Namen|Namur|F|0-64|45210")
    return "\ufeff" + "\n".join(lines) + "\n"


def crime_file() -> str:
    """Return the police crime-statistics table (wide: one column per year), per commune."""
    lines = ["Commune;Catégorie;2021;2022;2023;2024"]
    for category, counts in CRIME.items():
        split = [_split(value) for value in counts]
        for index, (name, _code, _people) in enumerate(COMMUNES):
            lines.append(";".join([name, category, *(str(s[index]) for s in split)]))
    return "\n".join(lines) + "\n"


def survey_file() -> str:
    """Return the zone's population survey results (share of answers, 2024)."""
    lines = ["Année;Question;Réponse;Part (%);Répondants"]
    lines += [f"2024;{q};{a};{str(share).replace('.', ',')};{n}" for q, a, share, n in SURVEY]
    return "\n".join(lines) + "\n"


def sample_files() -> dict[str, str]:
    """Return the demo zone's sample files by file name."""
    files = {f"TF_ACCIDENTS_{year}.txt": accidents_file(year) for year in ACCIDENTS_BY_YEAR}
    files["TF_SOC_POP_STRUCT_2025.txt"] = population_file()
    files["statistiques-criminalite-zone-5999.csv"] = crime_file()
    files["enquete-population-2024.csv"] = survey_file()
    return files


def write_samples(folder: Path) -> list[Path]:
    """Write the sample files into ``folder`` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in sample_files().items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths

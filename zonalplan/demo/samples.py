"""Sample data files of the demo zones, in the official formats (Statbel, police statistics, survey).

A :class:`ZoneSamples` holds what a demo zone's files say — accidents and deaths per year, crime
facts per category, survey shares — and writes them as Statbel, police and survey files whose
figures are those the demo plan's texts cite, spread over the zone's three communes. ``FRENCH``
is the Walloon zone's; the Dutch and German demos define theirs in ``followup_nl`` and
``followup_de``. ``write_samples(folder)`` writes the files a user can import to try the data
import; the demo plans import the same files. Deterministic: the same call gives the same bytes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from zonalplan.demo.plan import COMMUNES

Place = tuple[str, str, str]
"""A Statbel place: code, Dutch name, French name."""

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
_HOUR_WEIGHTS = [1, 1, 1, 1, 1, 2, 4, 8, 9, 5, 4, 5, 6, 6, 6, 8, 10, 10, 7, 5, 4, 3, 2, 1]

ACCIDENT_HEADER = (
    "DT_DAY|DT_HOUR|CD_DAY_OF_WEEK|TX_DAY_OF_WEEK_DESCR_FR|TX_DAY_OF_WEEK_DESCR_NL|"
    "CD_BUILD_UP_AREA|TX_BUILD_UP_AREA_DESCR_NL|TX_BUILD_UP_AREA_DESCR_FR|CD_COLL_TYPE|"
    "TX_COLL_TYPE_DESCR_NL|TX_COLL_TYPE_DESCR_FR|CD_LIGHT_COND|TX_LIGHT_COND_DESCR_NL|"
    "TX_LIGHT_COND_DESCR_FR|CD_ROAD_TYPE|TX_ROAD_TYPE_DESCR_NL|TX_ROAD_TYPE_DESCR_FR|"
    "CD_MUNTY_REFNIS|TX_MUNTY_DESCR_NL|TX_MUNTY_DESCR_FR|CD_DSTR_REFNIS|TX_DSTR_DESCR_NL|"
    "TX_DSTR_DESCR_FR|CD_PROV_REFNIS|TX_PROV_DESCR_NL|TX_PROV_DESCR_FR|CD_RGN_REFNIS|"
    "TX_RGN_DESCR_NL|TX_RGN_DESCR_FR|MS_ACCT|MS_ACCT_WITH_DEAD|MS_ACCT_WITH_DEAD_30_DAYS|"
    "MS_ACCT_WITH_MORY_INJ|MS_ACCT_WITH_SERLY_INJ|MS_ACCT_WITH_SLY_INJ")


@dataclass(frozen=True)
class ZoneSamples:
    """What a demo zone's data files say, and how they are named and labelled."""

    communes: tuple[tuple[str, str, int], ...]  # name, NIS code, population at 1 January 2025
    accidents: dict[int, tuple[int, int]]  # year -> (accidents with injuries, with dead 30 days)
    crime: dict[str, tuple[int, ...]]  # category of the police statistics -> facts per year
    survey: list[tuple[str, str, float, int]]  # question, answer, share (%), respondents
    district: Place
    province: Place
    region: Place
    others: tuple[Place, ...]  # other communes of the national files (not the zone's)
    crime_file: str
    crime_header: str  # the commune and category columns, then one column per year
    survey_file: str
    survey_header: str  # year, question, answer, share, respondents
    survey_year: int
    crime_years: tuple[int, ...] = (2021, 2022, 2023, 2024)
    shares: tuple[float, ...] = (0.47, 0.32, 0.21)  # how the zone's facts spread over communes
    crime_shares: dict[str, tuple[float, ...]] = field(default_factory=dict)

    def _split(self, total: int, shares: tuple[float, ...] | None = None) -> list[int]:
        parts = [round(total * share) for share in shares or self.shares]
        parts[0] += total - sum(parts)
        return parts

    def _place_cells(self) -> tuple[str, ...]:
        return (*self.district, *self.province, *self.region)

    def accidents_file(self, year: int) -> str:
        """Return the Statbel accidents file of ``year`` (the zone's rows and a few others)."""
        rng = random.Random(year)
        total, dead = self.accidents[year]
        lines = [ACCIDENT_HEADER]
        deaths = set(rng.sample(range(total), dead))
        for (name, code, _people), count in zip(self.communes, self._split(total), strict=True):
            for _ in range(count):
                index = len(lines) - 1
                day = rng.randint(1, 365)
                month = 1 + (day - 1) // 31 if day <= 341 else 12
                date = f"{year}-{month:02d}-{1 + (day - 1) % 28:02d}"
                hour = rng.choices(range(24), weights=_HOUR_WEIGHTS)[0]
                weekday = rng.randint(1, 7)
                road = _ROAD_TYPES[0] if rng.random() < 0.08 else _ROAD_TYPES[1]
                light = rng.choices(_LIGHT, weights=[70, 20, 10])[0]
                coll = rng.choice(_COLLISIONS)
                built = ("1", "Binnen bebouwde kom", "En agglomération") if rng.random() < 0.6 \
                    else ("2", "Buiten bebouwde kom", "Hors agglomération")
                is_dead = index in deaths
                serious = not is_dead and rng.random() < 0.13
                lines.append("|".join(map(str, (
                    date, hour, weekday, _WEEKDAYS[weekday - 1], _WEEKDAYS_NL[weekday - 1],
                    built[0], built[1], built[2], coll[0], coll[2], coll[1], light[0], light[2],
                    light[1], road[0], road[2], road[1], code, name, name,
                    *self._place_cells(), 1, int(is_dead), int(is_dead), 0, int(serious),
                    int(not is_dead and not serious)))))
        for code, name_nl, name_fr in self.others:
            lines.append("|".join(map(str, (
                f"{year}-03-14", 8, 4, "jeudi", "donderdag", "1", "Binnen bebouwde kom",
                "En agglomération", "3", "Langs achteren", "Par l'arrière", "1",
                "Bij klaarlichte dag", "En plein jour", "2", _ROAD_TYPES[1][2], _ROAD_TYPES[1][1],
                code, name_nl, name_fr, *self._place_cells(), 1, 0, 0, 0, 0, 1))))
        return "\ufeff" + "\n".join(lines) + "\n"

    def population_file(self) -> str:
        """Return the Statbel population-structure file at 1 January 2025 (zone's communes)."""
        lines = ["CD_REFNIS|TX_DESCR_NL|TX_DESCR_FR|CD_SEX|CD_AGE|MS_POPULATION"]
        for name, code, people in self.communes:
            women = people // 2 + 180
            men = people - women
            lines.append(f"{code}|{name}|{name}|F|0-64|{round(women * 0.78)}")
            lines.append(f"{code}|{name}|{name}|F|65+|{women - round(women * 0.78)}")
            lines.append(f"{code}|{name}|{name}|M|0-64|{round(men * 0.81)}")
            lines.append(f"{code}|{name}|{name}|M|65+|{men - round(men * 0.81)}")
        code, name_nl, name_fr = self.others[0]
        lines.append(f"{code}|{name_nl}|{name_fr}|F|0-64|45210")
        return "\ufeff" + "\n".join(lines) + "\n"

    def crime_file_text(self) -> str:
        """Return the police crime-statistics table (wide: one column per year), per commune."""
        lines = [f"{self.crime_header};{';'.join(map(str, self.crime_years))}"]
        for category, counts in self.crime.items():
            split = [self._split(value, self.crime_shares.get(category)) for value in counts]
            for index, (name, _code, _people) in enumerate(self.communes):
                lines.append(";".join([name, category, *(str(s[index]) for s in split)]))
        return "\n".join(lines) + "\n"

    def survey_file_text(self) -> str:
        """Return the zone's population survey results (share of answers)."""
        lines = [self.survey_header]
        lines += [f"{self.survey_year};{q};{a};{str(share).replace('.', ',')};{n}"
                  for q, a, share, n in self.survey]
        return "\n".join(lines) + "\n"

    def files(self) -> dict[str, str]:
        """Return the zone's sample files by file name."""
        files = {f"TF_ACCIDENTS_{year}.txt": self.accidents_file(year) for year in self.accidents}
        files["TF_SOC_POP_STRUCT_2025.txt"] = self.population_file()
        files[self.crime_file] = self.crime_file_text()
        files[self.survey_file] = self.survey_file_text()
        return files


FRENCH = ZoneSamples(
    communes=COMMUNES,
    accidents={2021: (104, 3), 2022: (112, 2), 2023: (121, 4), 2024: (118, 3)},
    crime={  # French labels of the police statistics, zone totals 2021..2024
        "Cambriolages dans une habitation": (168, 194, 221, 212),
        "Vols dans véhicule": (171, 160, 148, 139),
        "Vols de véhicule": (48, 41, 37, 52),
        "Violence intrafamiliale": (286, 301, 322, 341),
        "Drogues : vente": (23, 29, 35, 41),
        "Escroquerie et fraude informatique": (142, 178, 211, 246),
        "Coups et blessures volontaires": (171, 166, 158, 164),
        "Total des faits enregistrés": (2941, 3105, 3188, 3152),
    },
    survey=[
        ("Sentiment d'insécurité dans le quartier", "parfois ou souvent", 12.0, 1184),
        ("Problème de quartier jugé important", "vitesse excessive", 58.0, 1184),
        ("Problème de quartier jugé important", "dépôts clandestins et malpropreté", 46.0, 1184),
        ("Problème de quartier jugé important", "cambriolages", 39.0, 1184),
        ("Problème de quartier jugé important", "comportements agressifs dans la circulation",
         34.0, 1184),
        ("Problème de quartier jugé important", "nuisances liées à la drogue", 31.0, 1184),
        ("Problème de quartier jugé important", "escroqueries par téléphone ou internet", 27.0,
         1184),
        ("Victimisation (12 derniers mois)", "cambriolage ou tentative", 6.0, 1184),
    ],
    district=("92000", "Namen", "Namur"),
    province=("90000", "Provincie Namen", "Province de Namur"),
    region=("3000", "Waals Gewest", "Région wallonne"),
    others=(("92140", "Namen", "Namur"), ("52011", "Charleroi", "Charleroi")),
    crime_file="statistiques-criminalite-zone-5999.csv",
    crime_header="Commune;Catégorie",
    survey_file="enquete-population-2024.csv",
    survey_header="Année;Question;Réponse;Part (%);Répondants",
    survey_year=2024,
)
"""The Walloon demo zone's files (figures of its road-safety and crime chapters)."""

ACCIDENTS_BY_YEAR = FRENCH.accidents
CRIME = FRENCH.crime
SURVEY = FRENCH.survey


def zone_samples(language: str = "fr") -> ZoneSamples:
    """Return the sample data of the demo zone written in ``language``."""
    if language == "nl":
        from zonalplan.demo.followup_nl import SAMPLES

        return SAMPLES
    if language == "de":
        from zonalplan.demo.followup_de import SAMPLES

        return SAMPLES
    return FRENCH


def sample_files(language: str = "fr") -> dict[str, str]:
    """Return the sample files of the demo zone written in ``language``, by file name."""
    return zone_samples(language).files()


def write_samples(folder: Path, language: str = "fr") -> list[Path]:
    """Write the sample files into ``folder`` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in sample_files(language).items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths

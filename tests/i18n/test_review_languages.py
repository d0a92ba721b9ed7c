"""The comparison report speaks the plan's language; the folder review the user's."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from tests.i18n.dutch_plan import dutch_plan
from tests.i18n.test_export_languages import document_texts
from zonalplan.cli import main
from zonalplan.i18n import set_language
from zonalplan.i18n.formats import number
from zonalplan.store import create_plan_file


def test_comparison_report_of_a_dutch_plan_is_dutch(tmp_path, capsys):
    before, after = dutch_plan(), dutch_plan()
    after.objectives[0].title = "Woninginbraken sterk terugdringen"
    after.capacity.available_fte = 95
    a, b = tmp_path / "a.zplan", tmp_path / "b.zplan"
    create_plan_file(a, before)
    create_plan_file(b, after)
    out = tmp_path / "vergelijking.docx"
    try:
        assert main(["diff", str(a), str(b), "--docx", str(out), "--language", "fr"]) == 1
    finally:
        set_language("fr")
    assert "Objectifs" in capsys.readouterr().out  # the terminal speaks the user's language
    whole = "\n".join(document_texts(out))
    assert "Vergelijking van twee versies van het zonaal veiligheidsplan" in whole
    assert "Gewijzigde doelstellingen" in whole and "Voor: " in whole
    assert "Comparaison" not in whole and "Avant" not in whole


def test_folder_review_follows_the_user_language(tmp_path, capsys):
    folder = tmp_path / "zones"
    folder.mkdir()
    create_plan_file(folder / "voorbeeld.zplan", dutch_plan())
    try:
        main(["review", str(folder), "--csv", str(tmp_path / "t.csv"), "--docx",
              str(tmp_path / "t.docx"), "--language", "nl"])
    finally:
        set_language("fr")
    header = (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Bestand;Zone;Nummer;Periode")
    whole = "\n".join(document_texts(tmp_path / "t.docx"))
    assert "Nalezing van de zonale veiligheidsplannen" in whole


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
       st.sampled_from(["fr", "nl", "de"]))
def test_numbers_read_back_in_every_language(value, language):
    text = number(value, 2, language=language)
    plain = text.replace("\u00a0", "").replace(".", "").replace(",", ".")
    assert math.isclose(float(plain), round(value, 2) if not float(value).is_integer()
                        else value, abs_tol=0.006)

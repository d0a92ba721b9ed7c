"""The committed templates match their generator and keep every tag inside one run."""

from __future__ import annotations

import importlib.util
import re
import zipfile
from pathlib import Path

import pytest

from zonalplan.export.api import DEFAULT_TEMPLATE_DIR, localized_name
from zonalplan.i18n import LANGUAGES, using

GENERATOR = DEFAULT_TEMPLATE_DIR / "make_templates.py"


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("make_templates", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name, build", [("plan.docx", "build_plan"),
                                         ("report.docx", "build_report")])
def test_committed_template_is_up_to_date(generator, tmp_path, name, build, language):
    name = localized_name(name, language)
    fresh = tmp_path / name
    with using(language):
        generator._save_reproducibly(getattr(generator, build)(), fresh)
    committed = DEFAULT_TEMPLATE_DIR / name
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{name} ne correspond plus à make_templates.py : régénérez les modèles")


@pytest.mark.parametrize("name", ["plan.docx", "report.docx", "plan.nl.docx", "report.nl.docx",
                                  "plan.de.docx", "report.de.docx"])
def test_every_tag_sits_in_one_run(name):
    with zipfile.ZipFile(Path(DEFAULT_TEMPLATE_DIR) / name) as z:
        parts = [z.read(n).decode() for n in z.namelist()
                 if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
    runs = [t for part in parts for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", part)]
    tagged = [t for t in runs if "{" in t or "}" in t]
    assert tagged
    for text in tagged:
        opened = len(re.findall(r"\{[{%#]", text))
        closed = len(re.findall(r"[}%#]\}", text))
        assert opened == closed and opened > 0, text


def test_heading_styles_carry_the_numbering():
    with zipfile.ZipFile(Path(DEFAULT_TEMPLATE_DIR) / "plan.docx") as z:
        styles = z.read("word/styles.xml").decode()
        settings = z.read("word/settings.xml").decode()
    for level in (1, 2, 3, 4):
        style = re.search(rf'<w:style [^>]*w:styleId="Heading{level}".*?</w:style>', styles)
        assert style and "<w:numPr>" in style.group(0)
    assert 'w:styleId="TableauZonalPlan"' in styles
    assert '<w:lang w:val="fr-BE"' in styles
    assert '<w:updateFields w:val="true"/>' in settings

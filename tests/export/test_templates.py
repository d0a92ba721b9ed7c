"""User templates: sandboxed (no files, no code), broken ones explained in French."""

from __future__ import annotations

import docx
import pytest

from zonalplan.export import TemplateProblem, export_plan, export_report
from zonalplan.model import UnusableInputError

from .helpers import all_text, make_template

HOSTILE = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ zone.__dict__ }}",
    "{{ zone.__class__.__init__.__globals__['os'] }}",
    "{% include '/etc/passwd' %}",
    "{% import '/etc/passwd' as x %}",
    "{% extends '/etc/passwd' %}",
    "{{ objectives.clear() }}",
    "{{ lipsum.__globals__ }}",
    "{{ range.__self__ }}",
    "{{ self.__init__.__globals__ }}",
]


@pytest.mark.parametrize("tag", HOSTILE)
def test_hostile_template_gets_a_french_error_or_inert_output(tmp_path, reference, demo_plan,
                                                              tag):
    folder = tmp_path / "modeles"
    make_template(folder, "Zone : {{ zone.display }}", tag)
    out = tmp_path / "plan.docx"
    before = demo_plan.model_dump()
    try:
        export_plan(demo_plan, out, reference=reference, template_dir=folder)
    except TemplateProblem as exc:
        message = str(exc)
        assert message.startswith("Modèle Word « plan.docx »")
        assert "root:" not in message and "Traceback" not in message
        assert not out.exists()
    else:
        text = all_text(docx.Document(str(out)))
        assert "root:" not in text and "<class" not in text and "os.py" not in text
    assert demo_plan.model_dump() == before


def test_unknown_variable_names_the_tag_and_the_paragraph(tmp_path, reference, demo_plan):
    folder = tmp_path / "modeles"
    make_template(folder, "Bonjour", "Zone : {{ zone.nmae }} — fin")
    with pytest.raises(TemplateProblem) as info:
        export_plan(demo_plan, tmp_path / "out.docx", reference=reference, template_dir=folder)
    message = str(info.value)
    assert "« {{ zone.nmae }} »" in message
    assert "paragraphe « Zone : {{ zone.nmae }} — fin »" in message
    assert "n'a pas d'attribut « nmae »" in message


def test_syntax_error_names_the_paragraph(tmp_path, reference, demo_plan):
    folder = tmp_path / "modeles"
    make_template(folder, "Début", "Objectifs : {% for o in objectives %}{{ o.title }",
                  "Fin")
    with pytest.raises(TemplateProblem) as info:
        export_plan(demo_plan, tmp_path / "out.docx", reference=reference, template_dir=folder)
    message = str(info.value)
    assert "erreur de syntaxe" in message
    assert "Objectifs : {% for o in objectives %}" in message


def test_unknown_variable_in_header_is_located(tmp_path, reference, demo_plan):
    folder = tmp_path / "modeles"
    folder.mkdir()
    document = docx.Document()
    document.add_paragraph("Corps")
    document.sections[0].header.paragraphs[0].text = "{{ zone.inconnu }}"
    document.save(str(folder / "plan.docx"))
    with pytest.raises(TemplateProblem, match="en-tête de page"):
        export_plan(demo_plan, tmp_path / "out.docx", reference=reference, template_dir=folder)


def test_custom_template_renders_rich_text_as_styled_paragraphs(tmp_path, reference, demo_plan):
    folder = tmp_path / "modeles"
    make_template(folder, "Zone {{ zone.display }}", "{{p foreword.paragraphs }}",
                  "{%p for o in objectives %}", "{{ o.code }} : {{ o.title }}", "{%p endfor %}",
                  "Une ligne : {{ mission }}")
    out = tmp_path / "out.docx"
    export_plan(demo_plan, out, reference=reference, template_dir=folder)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Zone ZP Entre-Sambre-et-Bois (5999)"
    assert "P1 : Réduire les cambriolages dans les habitations" in texts
    assert all("\n" not in t for t in texts)
    assert texts[-1].startswith("Une ligne : ")


def test_xml_special_characters_are_escaped(tmp_path, reference, demo_plan):
    demo_plan.zone.name = "ZP <Sambre> & \"Bois\""
    out = tmp_path / "out.docx"
    export_plan(demo_plan, out, reference=reference)
    document = docx.Document(str(out))
    assert "ZP <Sambre> & \"Bois\" (5999)" in [p.text for p in document.paragraphs[:5]]
    assert document.core_properties.author == "ZP <Sambre> & \"Bois\" (5999)"


def test_missing_or_invalid_template_files(tmp_path, reference, demo_plan):
    empty = tmp_path / "vide"
    empty.mkdir()
    with pytest.raises(UnusableInputError, match="ne contient pas « plan.docx »"):
        export_plan(demo_plan, tmp_path / "a.docx", reference=reference, template_dir=empty)
    (empty / "report.docx").write_text("pas un document Word", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="n'est pas un document Word"):
        export_report(demo_plan, tmp_path / "b.docx", reference=reference, template_dir=empty)
    with pytest.raises(UnusableInputError, match="n'existe pas"):
        export_plan(demo_plan, tmp_path / "c.docx", reference=reference,
                    template_dir=tmp_path / "absent")

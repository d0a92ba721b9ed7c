"""Templates from outside: nothing reaches the network, bombs are refused, work is bounded."""

from __future__ import annotations

import http.server
import threading
import zipfile
from pathlib import Path

import pytest

from bench.hostile_templates import _docx, external_template, paragraph, template_docx
from zonalplan.export import export_plan, pdf
from zonalplan.export.limits import LimitExceeded, budget
from zonalplan.export.render import TemplateProblem, sandbox


def _export(tmp_path: Path, data: bytes, plan, reference) -> Path:
    template = tmp_path / "plan.docx"
    template.write_bytes(data)
    out = tmp_path / "out.docx"
    export_plan(plan, out, reference=reference, template_dir=template)
    return out


def test_external_relationships_are_stripped_web_links_kept(tmp_path, demo_plan, reference):
    out = _export(tmp_path, external_template("http://127.0.0.1:9"), demo_plan, reference)
    with zipfile.ZipFile(out) as archive:
        texts = {n: archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                 if n.endswith((".xml", ".rels"))}
    everything = "".join(texts.values())
    assert "127.0.0.1" not in everything and "file:///" not in everything
    assert "attachedTemplate" not in texts["word/settings.xml"]
    assert "r:link=" not in texts["word/document.xml"]
    assert "https://www.police.be" in texts["word/_rels/document.xml.rels"]
    assert demo_plan.zone.name in texts["word/document.xml"]


@pytest.mark.parametrize("instruction", ['INCLUDEPICTURE "http://127.0.0.1:9/a.png"',
                                         'INCLUDETEXT "file:///etc/passwd"',
                                         'LINK Excel.Sheet "\\\\\\\\serveur\\\\x.xlsx"'])
def test_fields_that_fetch_content_are_refused(tmp_path, demo_plan, reference, instruction):
    body = (f'<w:p><w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            "</w:p>" + paragraph("{{ zone.name }}"))
    with pytest.raises(TemplateProblem) as info:
        _export(tmp_path, _docx(body), demo_plan, reference)
    assert "plan.docx" in str(info.value) and "extérieur" in str(info.value)
    assert not (tmp_path / "out.docx").exists()


def test_part_larger_than_the_limit_is_refused_before_reading(tmp_path, demo_plan, reference):
    big = {"word/media/big.bin": b"\0" * (40 * 1024 * 1024)}
    with pytest.raises(TemplateProblem, match="trop volumineux"):
        _export(tmp_path, _docx(paragraph("{{ zone.name }}"), extra=big), demo_plan, reference)


def test_template_file_over_the_size_limit_is_refused(tmp_path, demo_plan, reference,
                                                      monkeypatch):
    from zonalplan.export import template_file

    monkeypatch.setattr(template_file, "MAX_TEMPLATE_BYTES", 1000)
    with pytest.raises(TemplateProblem, match="trop volumineux"):
        _export(tmp_path, template_docx("{{ zone.name }}" + "x" * 5000), demo_plan, reference)


@pytest.mark.parametrize("source", [
    "{% for i in range(3000) %}{% for j in range(3000) %}{% endfor %}{% endfor %}",
    "{{ [1, 2] * 10**8 }}",
    "{{ 'ab' ~ ('x' * 4000000) ~ ('y' * 4000000) }}",
    "{{ 7 ** 99999 }}",
    "{{ 'x'|center(10**9) }}",
    "{{ ('a' * 100000)|replace('a', 'b' * 1000) }}",
    "{{ '{:>99999999}'.format(1) }}",
])
def test_enormous_work_is_refused_quickly(source):
    with pytest.raises(LimitExceeded), budget():
        sandbox().from_string(source).render()


def test_render_deadline(monkeypatch):
    with pytest.raises(LimitExceeded, match="secondes"), budget(seconds=0.2):
        sandbox().from_string("{% for i in range(100000) %}{% for j in range(19) %}"
                              "{{ (i * j) | string | reverse | join }}{% endfor %}"
                              "{% endfor %}").render()


def test_ordinary_loops_and_texts_still_render():
    with budget():
        out = sandbox().from_string(
            "{% for i in range(1000) %}{{ i ~ '-' }}{% endfor %}{{ 'x' * 1000 }}"
            "{{ '%5s'|format('a') }}{{ 2 ** 10 }}").render()
    assert out.startswith("0-1-2-") and "x" * 1000 in out and "    a1024" in out


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):
        type(self).hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.mark.skipif(pdf.find_soffice() is None, reason="LibreOffice absent")
def test_libreoffice_fetches_nothing_even_from_a_hostile_document(tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        docx_path = tmp_path / "hostile.docx"  # not cleaned: LibreOffice itself must not fetch
        docx_path.write_bytes(external_template(url).replace(b"{{ zone.name }}", b"Texte"))
        try:
            pdf.convert_to_pdf(docx_path, tmp_path / "hostile.pdf", timeout=120)
        except Exception:  # noqa: BLE001 - a refusal is fine, a request is not
            pass
    finally:
        server.shutdown()
        server.server_close()
    assert _Counter.hits == []


@pytest.mark.parametrize("source, expected", [
    ("{{ zone.name }", "« } » inattendu"),
    ("{% for x in zone.communes %}", "balise « endfor » attendue"),
    ("{% frobnicate %}", "balise « frobnicate » inconnue"),
    ("{{ zone.name zone }}", "« }} » attendu"),
    ("{{ zone.__class__ }}", "opération interdite"),
    ("{{ 1 / 0 }}", "division par zéro"),
])
def test_template_errors_are_french_and_name_the_template(tmp_path, demo_plan, reference,
                                                          source, expected):
    with pytest.raises(TemplateProblem) as info:
        _export(tmp_path, template_docx(source), demo_plan, reference)
    message = str(info.value)
    assert message.startswith("Modèle Word « plan.docx »") and expected in message
    for english in ("unexpected", "Encountered", "expected token", "division by zero",
                    "access to attribute"):
        assert english not in message

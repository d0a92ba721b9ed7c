"""Hostile Word templates for ``bench/hostile.py``: bombs, runaway code, external links."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path


def _docx(body_xml: str = "", extra: dict[str, bytes] | None = None,
          rels: str = "", settings_rels: str = "") -> bytes:
    """Return a small .docx whose body holds ``body_xml`` (paragraphs)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="bin" ContentType="application/octet-stream"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/settings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>'),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            f'{rels}</Relationships>'),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{w}" '
            f'xmlns:r="{r}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f'<w:body>{body_xml}<w:sectPr/></w:body></w:document>'),
        "word/settings.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{w}" '
            f'xmlns:r="{r}">' + ('<w:attachedTemplate r:id="rIdT"/>' if settings_rels else "")
            + '</w:settings>'),
    }
    if settings_rels:
        files["word/_rels/settings.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{settings_rels}</Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def paragraph(text: str) -> str:
    """Return a WordprocessingML paragraph holding ``text`` (escaped)."""
    from xml.sax.saxutils import escape

    return f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>"


def template_docx(text: str) -> bytes:
    """Return a template whose body is one paragraph of jinja2 ``text``."""
    return _docx(paragraph(text))


def _png() -> bytes:
    """Return a 1×1 PNG."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0\0\0\0")) + chunk(b"IEND", b""))


def external_template(url: str) -> bytes:
    """Return a template with a linked remote image, an attached remote template, a linked OLE
    object (``file://``) and a web hyperlink."""
    import docx

    document = docx.Document()
    document.add_paragraph("{{ zone.name }}")
    document.add_picture(io.BytesIO(_png()))
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    ole = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"
    att = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
    link = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("word/media/"):
                continue
            if info.filename == "word/_rels/document.xml.rels":
                text = data.decode("utf-8")
                text = re.sub(r'Target="media/[^"]+"', f'Target="{url}/image.png" '
                              'TargetMode="External"', text)
                text = text.replace("</Relationships>", (
                    f'<Relationship Id="rIdO" Type="{ole}" Target="file:///etc/passwd" '
                    'TargetMode="External"/>'
                    f'<Relationship Id="rIdH" Type="{link}" Target="https://www.police.be" '
                    'TargetMode="External"/></Relationships>'))
                data = text.encode("utf-8")
            elif info.filename == "word/document.xml":
                data = data.replace(b"r:embed=", b"r:link=")
            elif info.filename == "word/settings.xml":
                data = re.sub(rb"(<w:settings[^>]*>)", rb'\1<w:attachedTemplate r:id="rIdT"/>',
                              data, count=1)
                if b"xmlns:r=" not in data[:2000]:
                    data = data.replace(b"<w:settings ", b'<w:settings xmlns:r="http://schemas.'
                                        b'openxmlformats.org/officeDocument/2006/relationships" ',
                                        1)
            archive.writestr(info.filename, data)
        archive.writestr("word/_rels/settings.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdT" Type="{att}" Target="{url}/modele.dotx" '
            'TargetMode="External"/></Relationships>'))
    return out.getvalue()


def zip_bomb(declared_truthfully: bool = True) -> bytes:
    """Return a template holding 3 GB of zeros in one part, or 40 MB claiming to be 1 KB."""
    out = io.BytesIO()
    base = zipfile.ZipFile(io.BytesIO(template_docx("{{ zone.name }}")))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in base.infolist():
            archive.writestr(info.filename, base.read(info.filename))
        size = 3 * 1024 ** 3 if declared_truthfully else 40 * 1024 * 1024
        with archive.open("word/media/zeros.bin", "w", force_zip64=declared_truthfully) as part:
            chunk = b"\0" * (8 * 1024 * 1024)
            for _ in range(size // len(chunk)):
                part.write(chunk)
    data = out.getvalue()
    return data if declared_truthfully else _lie_about_size(data, b"word/media/zeros.bin")


def _lie_about_size(data: bytes, marker: bytes) -> bytes:
    """Set the uncompressed size of the part named ``marker`` to 1024 in the central directory."""
    buf = bytearray(data)
    start = 0
    while True:
        found = buf.find(b"PK\x01\x02", start)
        if found < 0:
            return bytes(buf)
        name_len = int.from_bytes(buf[found + 28:found + 30], "little")
        if buf[found + 46:found + 46 + name_len] == marker:
            buf[found + 24:found + 28] = (1024).to_bytes(4, "little")
        start = found + 4


def _template_case(data_fn: Callable[[], bytes]) -> Callable[[Path], list[str]]:
    from bench.hostile import _plan

    def build(folder: Path) -> list[str]:
        path = _plan(folder)
        template = folder / "plan.docx"
        template.write_bytes(data_fn())
        return ["export", str(path), "-o", str(folder / "out.docx"), "--template", str(template)]
    return build


TEMPLATE_SOURCES = {
    "nested range": ("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}"
                     "{% endfor %}"),
    "string times 10**9": "{{ 'x' * 10**9 }}",
    "power": "{{ 2 ** 1000000000 }}",
    "ljust": "{{ 'x'.ljust(10**9) }}",
    "doubling": ("{% set ns = namespace(s='x') %}{% for i in range(40) %}"
                 "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}"),
    "recursion": "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
    "format width": "{{ '%999999999s'|format(1) }}",
}


def template_cases() -> list:
    """Return the template cases of the hostile corpus."""
    from bench.hostile import Case

    cases = [Case(f"template: {name}", _template_case(lambda s=source: template_docx(s)))
             for name, source in TEMPLATE_SOURCES.items()]
    cases.append(Case("template: zip bomb (3 GB of zeros)", _template_case(zip_bomb)))
    cases.append(Case("template: zip bomb lying about its size",
                      _template_case(lambda: zip_bomb(False))))
    cases.append(Case("template: external links (stripped, export succeeds)",
                      _template_case(lambda: external_template("http://127.0.0.1:9")), (0,)))
    return cases

"""Maintain the message catalogues: extract the French messages, update the .po, compile the .mo.

``python -m zonalplan.i18n.catalog`` (needs Babel, installed with the ``test`` extra) scans the
core and the template generator for ``_("…")``, ``N_("…")``, ``gettext``/``ngettext`` calls and
model field titles, adds new messages to ``nl.po`` and ``de.po`` (untranslated), drops vanished
ones and compiles every ``.po`` to the ``.mo`` the application reads. The application itself
only needs Python's ``gettext`` and the committed ``.mo`` files.
"""

from __future__ import annotations

import ast
import datetime as dt
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from zonalplan.i18n import DOMAIN, LANGUAGES, LOCALE_DIR, SOURCE_LANGUAGE

ROOT = LOCALE_DIR.parents[2]
SOURCES = ("zonalplan", "templates/docx/make_templates.py", "templates/docx/template_styles.py")
CALLS = {"_": 1, "N_": 1, "gettext": 1, "ngettext": 2}
TITLE_CALLS = {"Field"}
CREATED = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
HEADER = ("# Messages du cœur de ZonalPlan ({language}). Source : le français du code.\n"
          "# Mise à jour : python -m zonalplan.i18n.catalog ; usage belge (docs/glossary.md).")
TEAMS = {"nl": "Nederlands (België)", "de": "Deutsch (Ostbelgien)"}


@dataclass(frozen=True)
class Message:
    """One message found in the code: the French text (and plural) and where it is."""

    msgid: str
    plural: str | None
    path: str
    line: int


class CatalogueProblem(Exception):
    """A marked message cannot be extracted (an f-string or a variable inside ``_()``)."""


def _files() -> Iterator[Path]:
    for name in SOURCES:
        path = ROOT / name
        if path.is_file():
            yield path
        else:
            yield from sorted(path.rglob("*.py"))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def extract() -> list[Message]:
    """Return every marked message of the sources, in order of appearance, without duplicates."""
    found: dict[tuple[str, str | None], Message] = {}
    problems = []
    for path in _files():
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in CALLS:
                args = node.args[:CALLS[name]]
                if len(args) < CALLS[name]:
                    continue
                if any(isinstance(a, (ast.JoinedStr, ast.BinOp)) for a in args):
                    problems.append(f"{rel}:{node.lineno}: {name}() needs literal text")
                    continue
                if not all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                           for a in args):
                    continue  # a variable: the message is marked where it is written
                msgid = args[0].value
                plural = args[1].value if len(args) > 1 else None
            elif name in TITLE_CALLS:
                title = next((k.value for k in node.keywords if k.arg == "title"), None)
                if not (isinstance(title, ast.Constant) and isinstance(title.value, str)):
                    continue
                msgid, plural = title.value, None
            else:
                continue
            if msgid and (msgid, plural) not in found:
                found[(msgid, plural)] = Message(msgid, plural, rel, node.lineno)
    if problems:
        raise CatalogueProblem("\n".join(problems))
    order = {path.relative_to(ROOT).as_posix(): i for i, path in enumerate(_files())}
    return sorted(found.values(), key=lambda m: (order[m.path], m.line))


def po_path(language: str) -> Path:
    """Return the .po file of a language."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def update(language: str, messages: list[Message]) -> int:
    """Add new messages to a language's .po, drop vanished ones; return the untranslated count."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    path = po_path(language)
    old = None
    if path.exists():
        with path.open("rb") as handle:
            old = read_po(handle, locale=language)
    catalog = Catalog(locale=language, domain=DOMAIN, project="ZonalPlan", version="1",
                      charset="utf-8", fuzzy=False, creation_date=CREATED,
                      revision_date=CREATED, header_comment=HEADER.format(language=language),
                      msgid_bugs_address="", last_translator="ZonalPlan",
                      language_team=TEAMS[language])
    for m in messages:
        key = (m.msgid, m.plural) if m.plural else m.msgid
        previous = old.get(m.msgid) if old is not None else None
        string = previous.string if previous is not None else ("", "") if m.plural else ""
        catalog.add(key, string, locations=[(m.path, None)])
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=False,
             include_lineno=False, ignore_obsolete=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return sum(1 for m in catalog if m.id and not m.string)


def compile_po(language: str) -> bytes:
    """Return the compiled .mo bytes of a language's .po."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path(language).open("rb") as handle:
        catalog = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def main() -> int:
    """Extract, update every .po and compile every .mo; print what is left to translate."""
    messages = extract()
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        missing = update(language, messages)
        po_path(language).with_suffix(".mo").write_bytes(compile_po(language))
        print(f"{language}: {len(messages)} messages, {missing} sans traduction")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render a docxtpl template in a jinja2 sandbox; explain template mistakes in French.

A zone may point the export to its own templates. They are untrusted: rendering runs in an
immutable jinja2 sandbox with XML autoescaping, no loader (``include``, ``import`` and ``extends``
cannot reach the file system) and strict undefined values, and it receives plain views of the plan
(``context.py``), never the plan. A broken template raises :class:`TemplateProblem`, whose message
names the tag and the paragraph at fault.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import threading
import zipfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from lxml import etree

from zonalplan.export import limits
from zonalplan.i18n import N_, _
from zonalplan.model import UnusableInputError

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_ATTR = re.compile(r"'([^']+)' (?:object )?has no attribute '([^']+)'")
_UNDEF = re.compile(r"'([^']+)' is undefined")
_LISTING_CHARS = re.compile(r"<w:t(?: [^>]*)?>[^<]*[\t\n\a\f]")
_CELL_TAGS = re.compile(r"\{[%{]-?\s*(?:tc\b|hm\b|vm\b|colspan\b)")


class TemplateProblem(UnusableInputError):
    """A Word template cannot be used (not a .docx, or a jinja2 tag is wrong)."""


class _Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox, remembering the last few compiled document parts (same template, same code).

    Every loop turn, call, ``~`` concatenation, ``* ** + %`` operator, filter and written value
    is counted against the rendering's budget (:mod:`zonalplan.export.limits`).
    """

    _LIMIT = 16
    intercepted_binops = frozenset(["*", "**", "+", "%"])

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=jinja2.StrictUndefined, loader=None,
                         keep_trailing_newline=True, finalize=_finalize)
        self.globals = {"range": limits.bounded_range, "namespace": self.globals["namespace"],
                        "_zp_loop": limits.loop, "_zp_join": limits.bounded_join}
        self.filters = {name: limits.bounded_filter(f) for name, f in self.filters.items()}
        self._compiled: OrderedDict[bytes, jinja2.Template] = OrderedDict()
        self._lock = threading.Lock()

    def _parse(self, source, name, filename):
        """Parse, then route every loop and ``~`` through the budget."""
        tree = super()._parse(source, name, filename)
        for node in tree.find_all(nodes.For):
            node.iter = nodes.Call(nodes.Name("_zp_loop", "load", lineno=node.lineno),
                                   [node.iter], [], None, None, lineno=node.lineno)
        for node in tree.find_all(nodes.Concat):
            node.nodes = [nodes.Call(nodes.Name("_zp_join", "load", lineno=node.lineno),
                                     [nodes.List(node.nodes, lineno=node.lineno)], [], None,
                                     None, lineno=node.lineno)]
        return tree

    def call_binop(self, context, operator, left, right):
        """Refuse an operator whose result would be enormous, then apply it."""
        limits.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - jinja2's signature
        """Check the call's arguments and the deadline, then call; refuse an enormous result."""
        limits.check_call(__obj, args, kwargs)
        return limits.check_size(
            ImmutableSandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs))

    def concat(self, parts):  # type: ignore[override]
        """Join a part's output, counting it against the budget."""
        spent = limits.current()
        out = []
        for part in parts:
            spent.wrote(len(part))
            out.append(part)
        return "".join(out)

    def from_string(self, source, globals=None, template_class=None):
        """Compile a document part, reusing the compiled code of an identical part."""
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        key = hashlib.blake2b(source.encode("utf-8"), digest_size=20).digest()
        with self._lock:
            found = self._compiled.get(key)
            if found is not None:
                self._compiled.move_to_end(key)
                return found
        compiled = super().from_string(source)
        with self._lock:
            self._compiled[key] = compiled
            while len(self._compiled) > self._LIMIT:
                self._compiled.popitem(last=False)
        return compiled


def _finalize(value: Any) -> Any:
    """Count every value a template writes (also inside macros and ``set`` blocks)."""
    if isinstance(value, str):
        limits.current().wrote(len(value))
    return value


_SANDBOX = _Sandbox()


def sandbox() -> ImmutableSandboxedEnvironment:
    """Return the jinja2 environment templates run in (immutable sandbox, autoescape, no loader)."""
    return _SANDBOX


def _part_label(part: Any) -> str:
    name = str(getattr(part, "partname", "") or "")
    if "header" in name:
        return _(" (en-tête de page)")
    if "footer" in name:
        return _(" (pied de page)")
    if "footnotes" in name:
        return _(" (notes de bas de page)")
    return ""


def _template_line(exc: BaseException) -> int | None:
    lineno = getattr(exc, "lineno", None)
    if lineno:
        return int(lineno)
    tb = exc.__traceback__
    found = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


def _problem(exc: BaseException) -> str:
    text = str(getattr(exc, "message", None) or exc)
    if isinstance(exc, limits.LimitExceeded):
        return _("travail démesuré refusé ({reason}) ; un document réel n'en demande jamais "
                 "autant").format(reason=text)
    if isinstance(exc, RecursionError):
        return _("appels imbriqués trop profondément (macro récursive ?)")
    if isinstance(exc, MemoryError):
        return _("mémoire insuffisante pour ce modèle")
    if isinstance(exc, SecurityError):
        return _("opération interdite : un modèle ne peut accéder qu'aux données du plan")
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return _("erreur de syntaxe ({reason})").format(reason=_syntax(text))
    if isinstance(exc, jinja2.UndefinedError):
        match = _ATTR.search(text)
        if match:
            return _("la valeur « {value} » n'a pas d'attribut « {attribute} »").format(
                value=match.group(1), attribute=match.group(2))
        match = _UNDEF.search(text)
        if match:
            return _("la variable « {name} » n'existe pas").format(name=match.group(1))
        return _("valeur inconnue")
    if isinstance(exc, TypeError) and "no loader" in text:
        return _("les balises include, import et extends ne sont pas permises dans un modèle "
                 "Word")
    if isinstance(exc, jinja2.TemplateError):
        return _("balise invalide")
    for kind, label in _RUNTIME_ERRORS:
        if isinstance(exc, kind):
            return _("erreur d'exécution ({reason})").format(reason=_(label))
    return _("erreur d'exécution ({reason})").format(reason=exc.__class__.__name__)


_SYNTAX = (
    (re.compile(r"end of template.*?(?:expected|following tags:) '(\w+)'", re.S | re.I),
     N_("le modèle se termine avant la balise « {} » attendue")),
    (re.compile(r"Expected an expression, got '([^']+)'"),
     N_("expression attendue, « {} » trouvé")),
    (re.compile(r"Encountered unknown tag '([^']+)'"), N_("balise « {} » inconnue")),
    (re.compile(r"expected token '([^']+)', got '([^']+)'"), N_("« {} » attendu, « {} » trouvé")),
    (re.compile(r"unexpected char '([^']+)'"), N_("caractère « {} » inattendu")),
    (re.compile(r"unexpected '([^']+)'"), N_("« {} » inattendu")),
    (re.compile(r"unexpected end of template", re.I),
     N_("le modèle se termine au milieu d'une balise")),
)


_TOKENS = {"end of print statement": "}}", "end of statement block": "%}",
           "end of template": N_("fin du modèle"), "name": N_("nom")}


def _syntax(text: str) -> str:
    """Return jinja2's syntax error in the current language (the tag and paragraph are named
    beside it)."""
    for pattern, french in _SYNTAX:
        match = pattern.search(text)
        if match:
            shown = [(_(_TOKENS[g]) if g in _TOKENS else g)[:40] for g in match.groups()]
            return _(french).format(*shown)
    return _("balise mal formée")


_RUNTIME_ERRORS = (
    (ZeroDivisionError, N_("division par zéro")), (OverflowError, N_("nombre trop grand")),
    (TypeError, N_("opération sur des valeurs de types incompatibles")),
    (KeyError, N_("clé absente")), (IndexError, N_("position hors de la liste")),
    (ValueError, N_("valeur invalide")),
)


def _names(exc: BaseException) -> list[str]:
    text = str(exc)
    return [m for pair in _ATTR.findall(text) for m in pair] + _UNDEF.findall(text)


def describe(exc: BaseException, template_name: str, source: str | None, part: Any) -> str:
    """Return the message for a rendering error, naming the tag and the paragraph."""
    where = _part_label(part)
    head = _("Modèle Word « {name} »{where} : {problem}").format(
        name=template_name, where=where, problem=_problem(exc))
    lineno = _template_line(exc)
    if source is None or not lineno:
        return head + "."
    lines = source.splitlines()
    if not 0 < lineno <= len(lines):
        return head + "."
    text = html.unescape(re.sub(r"<[^>]+>", "", lines[lineno - 1])).strip()
    tags = _TAG.findall(text)
    names = _names(exc)
    tag = next((t for t in tags if any(n in t for n in names)), tags[0] if tags else "")
    shown = text if len(text) <= 160 else text[:157] + "…"
    attr = _ATTR.search(str(exc))
    if tag and attr and isinstance(exc, jinja2.UndefinedError):
        owner = re.search(r"([A-Za-z_][\w.]*)\." + re.escape(attr.group(2)) + r"\b", tag)
        if owner:
            head = _("Modèle Word « {name} »{where} : « {value} » n'a pas d'attribut « "
                     "{attribute} »").format(name=template_name, where=where,
                                             value=owner.group(1), attribute=attr.group(2))
    if tag:
        return _("{problem}. Balise « {tag} » dans le paragraphe « {paragraph} ».").format(
            problem=head, tag=tag, paragraph=shown)
    if shown:
        return _("{problem}. Paragraphe « {paragraph} ».").format(problem=head, paragraph=shown)
    return head + "."


class SafeTemplate(DocxTemplate):
    """A DocxTemplate whose rendering errors become :class:`TemplateProblem`."""

    def __init__(self, source: bytes, name: str):
        super().__init__(io.BytesIO(source))
        self.name = name
        self._cell_tags = True

    def build_xml(self, context, jinja_env=None):
        """Render the body, noting first whether the template uses column or merge tags."""
        raw = self.get_xml()
        self._cell_tags = bool(_CELL_TAGS.search(re.sub(r"<[^>]+>", "", raw)))
        return super().build_xml(context, jinja_env)

    def resolve_listing(self, xml):
        """Turn tabs and breaks inside text into Word markup (skipped when there are none)."""
        return super().resolve_listing(xml) if _LISTING_CHARS.search(xml) else xml

    def fix_tables(self, xml):
        """Parse the rendered body; repair table grids only when column tags were used."""
        if self._cell_tags:
            return super().fix_tables(xml)
        parser = etree.XMLParser(recover=True, huge_tree=True, resolve_entities=False,
                                 no_network=True)
        return etree.fromstring(xml, parser=parser)

    def render_xml_part(self, src_xml, part, context, jinja_env=None):
        """Render one part; turn any failure of the template's code into TemplateProblem."""
        try:
            return super().render_xml_part(src_xml, part, context, jinja_env)
        except Exception as exc:
            numbered = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
            raise TemplateProblem(describe(exc, self.name, numbered, part)) from exc


def load_template(path: Path) -> SafeTemplate:
    """Read a .docx template; raise TemplateProblem when it is missing, too large, a zip bomb,
    not a Word file, or fetches external content (see :mod:`zonalplan.export.template_file`)."""
    from zonalplan.export.template_file import MAX_TEMPLATE_BYTES, clean_template
    from zonalplan.store.sqlitefile import regular_file_size, sqlite_reason

    if not path.exists():
        raise TemplateProblem(_("Modèle Word introuvable : « {path} ».").format(path=path))
    try:
        regular_file_size(path, _("modèle Word"), MAX_TEMPLATE_BYTES)
        with path.open("rb") as handle:
            data = handle.read(MAX_TEMPLATE_BYTES + 1)
    except UnusableInputError as exc:
        raise TemplateProblem(_("Modèle Word {problem}").format(problem=exc)) from exc
    except OSError as exc:
        raise TemplateProblem(_("Modèle Word « {file} » illisible ({reason}).").format(
            file=path.name, reason=sqlite_reason(exc))) from exc
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateProblem(_("« {file} » n'est pas un document Word (.docx).").format(
            file=path.name))
    template = SafeTemplate(clean_template(data, path.name), path.name)
    try:
        template.init_docx()
    except Exception as exc:
        raise TemplateProblem(_("« {file} » n'est pas un document Word (.docx) valide "
                                "({reason}).").format(file=path.name,
                                                      reason=exc.__class__.__name__)) from exc
    return template


def render(template: SafeTemplate, context: dict[str, Any]) -> None:
    """Render the template in place with the sandboxed environment."""
    try:
        with limits.budget():
            template.render(context, jinja_env=sandbox(), autoescape=True)
    except TemplateProblem:
        raise
    except Exception as exc:
        raise TemplateProblem(describe(exc, template.name, None, None)) from exc

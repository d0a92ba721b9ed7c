"""Refresh the translation sources (``zonalplan_<lang>.ts``) from the code in ``ui/``.

``pyside6-lupdate`` finds ``self.tr(...)``, ``QCoreApplication.translate(...)`` and
``QT_TRANSLATE_NOOP(...)`` but not the short helpers many modules define
(``def _tr(text): return QCoreApplication.translate("review", text)``, ``_T = QT_TRANSLATE_NOOP``).
This script first lists the strings passed to those helpers, with their real context, in
``marked_strings.py`` (generated, never imported), then runs lupdate on ``ui/`` and that file for
every language. Run it from the repository root::

    .venv/bin/python resources/translations/update_ts.py

``--check`` only compares ``marked_strings.py`` with the code and exits 1 if it is stale. After
lupdate, a string that only moved (same French text, another class or module) gets the translation
the same text already has elsewhere in that file, marked finished: only new texts are left
``unfinished`` for a translator.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
MARKED = HERE / "marked_strings.py"
LANGUAGES = {"fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}
CONSTANTS = {
    ("ui/alignment_panel/findings_model.py", "CHAPTER_LABELS"): "FindingsModel",
    ("ui/review/review_mode.py", "BANNER_TEXT"): "review",
    ("ui/reference_browser/detail.py", "RELATION_LABELS"): "ReferenceDetail",
}
"""(file, constant) → context: constants whose strings are translated where they are shown."""


def _helper_contexts(tree: ast.Module) -> dict[str, str | None]:
    """Return helper name → fixed context (``None`` for a ``QT_TRANSLATE_NOOP`` alias)."""
    helpers: dict[str, str | None] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) \
                and node.value.id == "QT_TRANSLATE_NOOP":
            helpers.update({t.id: None for t in node.targets if isinstance(t, ast.Name)})
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) \
                    and sub.func.attr == "translate" and len(sub.args) >= 2 \
                    and isinstance(sub.args[0], ast.Constant) \
                    and isinstance(sub.args[1], ast.Name) \
                    and sub.args[1].id == node.args.args[0].arg:
                helpers[node.name] = sub.args[0].value
    for node in ast.walk(tree):  # t = _tr
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) \
                and node.value.id in helpers and helpers[node.value.id] is not None:
            helpers.update({t.id: helpers[node.value.id]
                            for t in node.targets if isinstance(t, ast.Name)})
    return helpers


def _constants(tree: ast.Module, path: str) -> list[tuple[str, str, str]]:
    """Return the strings of the module constants that code translates where it shows them."""
    found = []
    for node in tree.body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            context = CONSTANTS.get((path, getattr(target, "id", "")))
            if context is None or node.value is None:
                continue
            value = ast.literal_eval(node.value)
            texts = value.values() if isinstance(value, dict) else \
                [value] if isinstance(value, str) else value
            found += [(context, text, f"{path}:{node.lineno}") for text in texts]
    return found


def _in_fstrings(tree: ast.Module) -> list[tuple[str, ast.Call]]:
    """Return (context, call) for ``self.tr("…")`` and ``QCoreApplication.translate("c", "…")``
    written inside an f-string, where lupdate does not look."""
    found: list[tuple[str, ast.Call]] = []

    def visit(node: ast.AST, cls: str, in_fstring: bool) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        in_fstring = in_fstring or isinstance(node, ast.JoinedStr)
        if in_fstring and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            args = node.args
            if node.func.attr == "tr" and args and isinstance(args[0], ast.Constant):
                call = ast.Call(node.func, [ast.Constant(cls), *args], [], lineno=node.lineno)
                found.append((cls, call))
            elif node.func.attr == "translate" and len(args) >= 2 \
                    and isinstance(args[0], ast.Constant):
                found.append((args[0].value, node))
        for child in ast.iter_child_nodes(node):
            visit(child, cls, in_fstring)

    visit(tree, "", False)
    return found


def marked_strings(root: Path = ROOT) -> list[tuple[str, str, str]]:
    """Return (context, text, place) for every string lupdate cannot see in ui/: constants passed
    to a translation helper, and translations called inside f-strings."""
    found: list[tuple[str, str, str]] = []
    for path in sorted((root / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for context, call in _in_fstrings(tree):
            text = call.args[1]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((context, text.value,
                              f"{path.relative_to(root).as_posix()}:{call.lineno}"))
        found += _constants(tree, path.relative_to(root).as_posix())
        helpers = _helper_contexts(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in helpers):
                continue
            context = helpers[node.func.id]
            args = node.args if context is None else [ast.Constant(context), *node.args]
            if len(args) >= 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                      for a in args[:2]):
                place = f"{path.relative_to(root).as_posix()}:{node.lineno}"
                found.append((args[0].value, args[1].value, place))
    found.sort(key=lambda item: (item[2].split(":")[0], int(item[2].split(":")[1])))
    return found


def render(items: list[tuple[str, str, str]]) -> str:
    """Return the text of ``marked_strings.py``."""
    lines = ['"""Generated by update_ts.py for pyside6-lupdate: do not edit, never imported."""',
             "# ruff: noqa", "", "from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    seen = set()
    for context, text, place in items:
        if (context, text) in seen:
            continue
        seen.add((context, text))
        lines.append(f"QT_TRANSLATE_NOOP({context!r}, {text!r})  # {place}")
    return "\n".join(lines) + "\n"


def lupdate(language: str) -> None:
    """Run pyside6-lupdate for one language's .ts file."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    ts = HERE.relative_to(ROOT) / f"zonalplan_{language}.ts"
    subprocess.run([str(tool), *sources, str(MARKED.relative_to(ROOT)),
                    "-source-language", "fr_BE", "-target-language", LANGUAGES[language],
                    "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True)


_MESSAGE = re.compile(r"(<source>([^<]*)</source>\s*(?:<oldsource>[^<]*</oldsource>\s*)?)"
                      r"<translation( type=\"unfinished\")?(?:/>|>([^<]*)</translation>)")


def reuse_translations(ts: Path) -> int:
    """Finish the unfinished messages whose exact source text is translated elsewhere in ``ts``;
    return how many."""
    text = ts.read_text(encoding="utf-8")
    known = {m[2]: m[4] for m in _MESSAGE.finditer(text) if not m[3] and m[4]}
    count = 0

    def finish(match: re.Match) -> str:
        nonlocal count
        if not match[3] or match[2] not in known:
            return match[0]
        count += 1
        head = re.sub(r"\s*<oldsource>[^<]*</oldsource>", "", match[1])
        return f"{head}<translation>{known[match[2]]}</translation>"

    ts.write_text(_MESSAGE.sub(finish, text), encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    """Write marked_strings.py, then refresh every .ts (or only check with ``--check``)."""
    text = render(marked_strings())
    if "--check" in argv:
        return 0 if MARKED.exists() and MARKED.read_text(encoding="utf-8") == text else 1
    MARKED.write_text(text, encoding="utf-8")
    for language in LANGUAGES:
        lupdate(language)
        if language != "fr":
            reused = reuse_translations(HERE / f"zonalplan_{language}.ts")
            if reused:
                print(f"    {reused} chaîne(s) déplacée(s) : traduction reprise ({language})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

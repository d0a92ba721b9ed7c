"""HTML pieces of the side-by-side comparison, for ``QTextDocument`` (no Qt here).

Side ``"a"`` is the old version (« avant »): deleted text is shown red and struck through. Side
``"b"`` is the new version (« après »): inserted text is shown green and underlined. Every piece
of user text goes through :func:`text_html`, which escapes it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any, Literal

from pydantic import BaseModel

from zonalplan.review.diff import display
from zonalplan.review.diff_model import FieldChange
from zonalplan.review.textdiff import Segment

SideName = Literal["a", "b"]
Mark = Literal["ins", "del", "chg"] | None

INS_STYLE = ("background-color:#d9f2de; color:#0b5d1e; text-decoration:underline;")
DEL_STYLE = ("background-color:#fbe1e1; color:#a1121b; text-decoration:line-through;")
CHG_STYLE = "background-color:#fff1c7;"
MUTED = "color:#66727d;"
LABEL_STYLE = "color:#3c4a55; font-weight:600;"
CHANGED_LABEL_STYLE = "color:#8a5a00; font-weight:600;"
EMPTY = f'<span style="{MUTED}">—</span>'


def text_html(text: str) -> str:
    """Return user text escaped for HTML, line breaks kept."""
    return escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br/>")


def marked(html: str, mark: Mark) -> str:
    """Wrap already escaped HTML in the style of an insertion, a deletion or a change."""
    style = {"ins": INS_STYLE, "del": DEL_STYLE, "chg": CHG_STYLE}.get(mark or "")
    return f'<span style="{style}">{html}</span>' if style and html else html


def side_mark(side: SideName) -> Mark:
    """Return how a value that changed is shown on one side (deleted before, inserted after)."""
    return "del" if side == "a" else "ins"


def segments_html(segments: Sequence[Segment], side: SideName) -> str:
    """Return one side of a word diff: equal text plus the deletions (a) or insertions (b)."""
    keep = "delete" if side == "a" else "insert"
    out = []
    for segment in segments:
        if segment.op == "equal":
            out.append(text_html(segment.text))
        elif segment.op == keep:
            out.append(marked(text_html(segment.text), side_mark(side)))
    return "".join(out)


def heading(text: str, level: int = 2, note: str = "") -> str:
    """Return a heading (user text escaped) with an optional muted note after it."""
    extra = f' <span style="{MUTED} font-weight:normal;">{escape(note)}</span>' if note else ""
    return f"<h{level}>{escape(text)}{extra}</h{level}>"


def muted(text: str) -> str:
    """Return a muted, italic paragraph."""
    return f'<p style="{MUTED}"><i>{escape(text)}</i></p>'


def field_block(label: str, value_html: str, *, changed: bool = False,
                compact: bool = False) -> str:
    """Return a labelled value: label above the value, or on the same line when ``compact``."""
    style = CHANGED_LABEL_STYLE if changed else LABEL_STYLE
    mark = "● " if changed else ""
    if compact:
        return (f'<p style="margin-top:0px; margin-bottom:0px;"><span style="{style}">{mark}'
                f"{escape(_capital(label))} :</span> {value_html or EMPTY}</p>")
    return (f'<p style="margin-top:6px; margin-bottom:0px;"><span style="{style}">{mark}'
            f'{escape(_capital(label))}</span></p><div style="margin-left:10px;">'
            f"{value_html or EMPTY}</div>")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def items_html(items: Iterable[str], marks: Iterable[Mark] | None = None) -> str:
    """Return a bullet list of texts (escaped), each with its optional mark."""
    items = list(items)
    if not items:
        return EMPTY
    marks = list(marks) if marks is not None else [None] * len(items)
    lis = "".join(f"<li>{marked(text_html(t), m)}</li>" for t, m in zip(items, marks))
    return f'<ul style="margin-top:0px; margin-bottom:0px;">{lis}</ul>'


def _plain(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return items_html(display(v) for v in value)
    text = display(value)
    return EMPTY if text == "—" else text_html(text)


def list_marks(values: Sequence[Any], change: FieldChange, side: SideName) -> list[Mark]:
    """Return the mark of each item of a list field: the items removed (a) or added (b)."""
    pending = Counter(change.removed if side == "a" else change.added)
    marks: list[Mark] = []
    for value in values:
        text = display(value)
        if pending[text] > 0:
            pending[text] -= 1
            marks.append(side_mark(side))
        else:
            marks.append(None)
    return marks


def value_html(value: Any, change: FieldChange | None, side: SideName,
               whole: Mark = None) -> str:
    """Return a field's value on one side, with the change highlighted when there is one.

    ``whole`` marks the entire value (an element only in this version).
    """
    if whole is not None:
        if isinstance(value, (list, tuple)):
            return items_html([display(v) for v in value], [whole] * len(value))
        text = display(value)
        return EMPTY if text == "—" else marked(text_html(text), whole)
    if change is None:
        return _plain(value)
    if change.segments is not None:
        return segments_html(change.segments, side) or EMPTY
    if isinstance(value, (list, tuple)) and (change.added or change.removed):
        return items_html([display(v) for v in value], list_marks(value, change, side))
    return marked(text_html(display(value)), side_mark(side))


def model_html(model: BaseModel, path: str, changes: dict[str, FieldChange], side: SideName, *,
               skip: Sequence[str] = (), whole: Mark = None, prefix: str = "",
               compact: bool = False) -> str:
    """Return every field of a model on one side, nested models flattened (« chain › … »).

    ``changes`` maps a field path (``objectives/obj-p1/description``) to its change; paths are
    built like :func:`zonalplan.review.diff.compare_fields` builds them.
    """
    out = []
    for name, info in type(model).model_fields.items():
        if name in skip:
            continue
        value = getattr(model, name)
        label = f"{prefix} › {info.title or name}" if prefix else (info.title or name)
        sub = f"{path}/{name}"
        if isinstance(value, BaseModel) and sub not in changes:
            out.append(model_html(value, sub, changes, side, whole=whole, prefix=label,
                                  compact=compact))
            continue
        change = changes.get(sub)
        out.append(field_block(label, value_html(value, change, side, whole),
                               changed=change is not None, compact=compact))
    return "".join(out)


def page(body: str) -> str:
    """Return a whole document for a QTextBrowser."""
    return ("<html><body style=\"font-size:10pt;\">" + body + "</body></html>")


def changes_by_path(changes: Iterable[FieldChange]) -> dict[str, FieldChange]:
    """Return field changes keyed by their path."""
    return {c.path: c for c in changes}

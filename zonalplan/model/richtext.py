"""Light structure of free text: paragraphs separated by blank lines, ``- `` bullet items.

Users paste text from Word or e-mails; this module turns it into blocks the Word export writes as real
paragraphs with named styles, and strips characters that XML cannot hold.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Literal

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]|[\ud800-\udfff]")
_BULLET = re.compile(r"^\s*(?:[-*•–▪◦·]|\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class Block:
    """A paragraph or a bullet item of free text."""

    kind: Literal["paragraph", "bullet"]
    text: str


def clean_text(text: str) -> str:
    """Remove characters illegal in XML (control characters, lone surrogates) and unify newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL_XML.sub("", text)


def blocks(text: str) -> list[Block]:
    """Split free text into paragraphs and bullet items.

    Consecutive non-bullet lines form one paragraph (lines are joined with a space); a blank line ends a
    paragraph; a line starting with ``-``, ``*``, ``•`` or ``1.`` is a bullet item.
    """
    result: list[Block] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            result.append(Block("paragraph", " ".join(current)))
            current.clear()

    for raw in clean_text(text).split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        match = _BULLET.match(raw)
        if match:
            flush()
            item = raw[match.end():].strip()
            if item:
                result.append(Block("bullet", item))
            continue
        current.append(line)
    flush()
    return result


def plain(text: str, limit: int | None = None) -> str:
    """Return the text on one line (for tables and previews), cut to ``limit`` characters."""
    flat = " ".join(b.text for b in blocks(text))
    if limit is not None and len(flat) > limit:
        return flat[: max(0, limit - 1)].rstrip() + "…"
    return flat


def unwrap(text: str) -> str:
    """Return hard-wrapped source text as free text: one line per paragraph or bullet.

    Inside a block (blocks are separated by a blank line), a line starting with ``- `` opens a
    bullet item and any other line continues the previous paragraph or item.
    """
    out_blocks = []
    for block in textwrap.dedent(text).strip().split("\n\n"):
        items: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("- ") or not items:
                items.append(line)
            else:
                items[-1] += " " + line
        out_blocks.append("\n".join(items))
    return "\n\n".join(out_blocks)

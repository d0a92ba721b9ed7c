"""Official texts as HTML for the text browsers: paragraphs, bullet lists, one style sheet."""

from __future__ import annotations

from html import escape

from zonalplan.model.richtext import blocks

STYLE = """
<style>
 h2 { margin: 0 0 4px 0; }
 .meta { color: #5f6368; margin: 0 0 8px 0; }
 .path { color: #5f6368; }
 .cite { font-style: italic; color: #3c4043; }
 h4 { margin: 12px 0 4px 0; }
 .wording { color: #5f6368; font-size: small; margin: 0 0 4px 0; }
 .note { color: #7a4f01; font-size: small; margin: 0 0 4px 0; }
</style>
"""



def text_html(text: str) -> str:
    """Return free text as HTML paragraphs and bullet lists."""
    out: list[str] = []
    in_list = False
    for block in blocks(text):
        if block.kind == "bullet":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{escape(block.text)}</li>")
        else:
            if in_list:
                out.append("</ul>")
                in_list = False
            out.append(f"<p>{escape(block.text)}</p>")
    if in_list:
        out.append("</ul>")
    return "".join(out)

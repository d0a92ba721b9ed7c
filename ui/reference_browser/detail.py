"""HTML of the detail pane: an item's full official text, its place, its source and its links."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ui.widgets.rich_html import STYLE, text_html
from zonalplan.alignment.coverage import covered_nodes
from zonalplan.i18n import current
from zonalplan.model import Plan
from zonalplan.reference.api import (
    KIND_LABELS,
    LEVEL_LABELS,
    SOURCE_LABELS,
    Item,
    Reference,
    translation_note,
)

RELATION_LABELS = {"cited": "cité par la source", "derived": "correspondance établie"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceDetail", text)


def _link(reference: Reference, ref_id: str) -> str:
    item = reference.item(ref_id, current())
    label = item.label if item else ref_id
    source = f" <span class='path'>({escape(item.path[0])})</span>" if item and item.path else ""
    return f"<a href='ref:{escape(ref_id)}'>{escape(label)}</a>{source}"


def render_item(reference: Reference, item: Item, plan: Plan | None = None) -> str:
    """Return the detail HTML of one reference item."""
    kind = KIND_LABELS.get(item.kind, item.kind)
    meta = [escape(kind), escape(SOURCE_LABELS.get(item.source, item.source)),
            escape(_tr("édition")) + " " + escape(item.edition)]
    if item.level in LEVEL_LABELS:
        meta.append(escape(LEVEL_LABELS[item.level]))
    if item.translation != "original":  # a working translation says so, discreetly
        meta.append(escape(translation_note(item).strip(" []")))
    if item.group:
        meta.append(escape(item.group))
    html = [STYLE, f"<h2>{escape(item.label)}</h2>", f"<p class='meta'>{' · '.join(meta)}</p>"]
    html.append(f"<p class='path'>{' › '.join(escape(p) for p in item.path)}</p>")
    html.append(f"<p class='cite'>{escape(_tr('Source'))} : {escape(item.reference)}</p>")
    html.append(text_html(item.text) or f"<p><i>{escape(_tr('(pas de texte)'))}</i></p>")
    for key, value in (item.extra or {}).items():
        values = value if isinstance(value, list) else [value]
        html.append(f"<h4>{escape(str(key).capitalize())}</h4><ul>"
                    + "".join(f"<li>{escape(str(v))}</li>" for v in values) + "</ul>")
    children = reference.children(item.id, current())
    if children:
        html.append(f"<h4>{escape(_tr('Contenu'))}</h4><ul>")
        html += [f"<li>{_link(reference, c.id)}"
                 + (f" — {escape(LEVEL_LABELS[c.level])}" if c.level in LEVEL_LABELS else "")
                 + "</li>" for c in children[:60]]
        if len(children) > 60:
            html.append(f"<li>… {len(children) - 60}</li>")
        html.append("</ul>")
    outgoing, incoming = reference.links_from(item.id), reference.links_to(item.id)
    if outgoing or incoming:
        html.append(f"<h4>{escape(_tr('Liens'))}</h4><ul>")
        for link in outgoing:
            relation = _tr(RELATION_LABELS.get(link.relation, link.relation))
            note = f" — {escape(link.note)}" if link.note else ""
            html.append(f"<li>→ {_link(reference, link.target_id)} "
                        f"<span class='path'>({escape(relation)})</span>{note}</li>")
        for link in incoming:
            relation = _tr(RELATION_LABELS.get(link.relation, link.relation))
            html.append(f"<li>← {_link(reference, link.source_id)} "
                        f"<span class='path'>({escape(relation)})</span></li>")
        html.append("</ul>")
    if plan is not None:
        linked = [o for o in plan.objectives
                  if any(item.id in covered_nodes(reference, lk.ref_id) for lk in o.links)]
        html.append(f"<h4>{escape(_tr('Objectifs du plan liés'))}</h4>")
        html.append("<p>" + (", ".join(escape(o.label) for o in linked)
                             or escape(_tr("Aucun objectif n'est lié à cet élément."))) + "</p>")
    keywords = item.keywords.get("fr", []) + item.keywords.get("nl", [])
    if keywords:
        html.append(f"<p class='path'>{escape(_tr('Mots-clés'))} : "
                    f"{escape(', '.join(keywords[:30]))}</p>")
    return "".join(html)

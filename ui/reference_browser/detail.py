"""HTML of the detail pane: an item's full official text, its place, its source and its links."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.widgets.rich_html import STYLE, text_html
from zonalplan.alignment.coverage import covered_nodes
from zonalplan.i18n import current
from zonalplan.i18n.reference_text import item_citation
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
WORDING_LABELS = {
    "verbatim": QT_TRANSLATE_NOOP("ReferenceDetail", "Texte officiel : les mots de la source"),
    "summary": QT_TRANSLATE_NOOP("ReferenceDetail",
                                 "Résumé rédigé par ZonalPlan, pas une citation de la source"),
    "composed": QT_TRANSLATE_NOOP("ReferenceDetail",
                                  "Texte propre à ZonalPlan, pas un texte national"),
}
"""What the detail pane says of an item's wording (``Item.wording``)."""
WORDING_TAGS = {
    "verbatim": QT_TRANSLATE_NOOP("ReferenceDetail", "texte officiel"),
    "summary": QT_TRANSLATE_NOOP("ReferenceDetail", "résumé ZonalPlan"),
    "composed": QT_TRANSLATE_NOOP("ReferenceDetail", "texte ZonalPlan"),
}
"""The short form of the wording, at the end of the item's description line."""
TRANSLATION_STATUS_LABELS = {
    "working": QT_TRANSLATE_NOOP("ReferenceDetail", "traduction de travail ZonalPlan"),
    "official": QT_TRANSLATE_NOOP("ReferenceDetail", "traduction officielle"),
    "missing": QT_TRANSLATE_NOOP("ReferenceDetail", "non traduit : texte français"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceDetail", text)


def _link(reference: Reference, ref_id: str) -> str:
    item = reference.item(ref_id, current())
    label = item.label if item else ref_id
    source = f" <span class='path'>({escape(item.path[0])})</span>" if item and item.path else ""
    return f"<a href='ref:{escape(ref_id)}'>{escape(label)}</a>{source}"


def _wording_html(item: Item) -> str:
    """Return the discreet lines on whose words the text is and on the printed text."""
    html = []
    wording = WORDING_LABELS.get(item.wording or "")
    if wording:
        html.append(f"<p class='wording' title='{escape(item.wording or '')}'>"
                    f"{escape(_tr(str(wording)))}</p>")
    for note in item.printed:
        html.append(f"<p class='note'>{escape(_tr('Note au lecteur'))} : {escape(note)}</p>")
    if item.translation in TRANSLATION_STATUS_LABELS:
        status = _tr(str(TRANSLATION_STATUS_LABELS[item.translation]))
        if item.translation != "missing" and item.fallback:
            status += " ; " + _tr("texte en français")
        html.append(f"<p class='wording'>{escape(_tr('Langue'))} : {escape(status)}</p>")
    return "".join(html)


def render_item(reference: Reference, item: Item, plan: Plan | None = None,
                language: str | None = None) -> str:
    """Return the detail HTML of one reference item (title and text in ``language`` if any)."""
    if language and language != "fr":
        item = reference.localize(item, language)
    kind = KIND_LABELS.get(item.kind, item.kind)
    meta = [escape(kind), escape(SOURCE_LABELS.get(item.source, item.source)),
            escape(_tr("édition")) + " " + escape(item.edition)]
    if item.level in LEVEL_LABELS:
        meta.append(escape(LEVEL_LABELS[item.level]))
    if item.translation != "original":  # a working translation says so, discreetly
        meta.append(escape(translation_note(item).strip(" []")))
    if item.group:
        meta.append(escape(item.group))
    if item.wording in WORDING_TAGS:
        meta.append(f"<b>{escape(_tr(str(WORDING_TAGS[item.wording])))}</b>")
    html = [STYLE, f"<h2>{escape(item.label)}</h2>", f"<p class='meta'>{' · '.join(meta)}</p>"]
    html.append(f"<p class='path'>{' › '.join(escape(p) for p in item.path)}</p>")
    html.append(f"<p class='cite'>{escape(_tr('Source : {}').format(item_citation(item, language)))}"
                "</p>")
    html.append(_wording_html(item))
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

"""The official PNS text of a theme: its statement, citation and objectives for the local police."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.widgets.rich_html import STYLE, text_html
from zonalplan.i18n import current
from zonalplan.i18n.reference_text import item_citation
from zonalplan.reference.api import KIND_LABELS, LEVEL_LABELS, translation_note

if TYPE_CHECKING:
    from zonalplan.reference.api import Reference


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfficialText", text)


def official_html(reference: Reference, node: Any) -> str:
    """Return the HTML of a theme's official text with its local-police objectives."""
    html = [STYLE, f"<h2>{escape(node.label)}</h2>",
            f"<p class='meta'>{escape(KIND_LABELS.get(node.kind, node.kind))}"
            f"{escape(translation_note(node))}</p>",
            f"<p class='cite'>{escape(_tr('Source : {}').format(item_citation(node)))}</p>",
            text_html(node.text)]
    local = [c for c in reference.children(node.id, current())
             if c.kind == "pns_objective" and c.level in ("local", "integrated")]
    if local:
        html.append(f"<h4>{escape(_tr('Objectifs stratégiques pour la police locale'))}</h4>")
        for child in local:
            level = LEVEL_LABELS.get(child.level or "", "")
            html.append(f"<p><b>{escape(child.label)}</b> <span class='path'>({escape(level)})"
                        f"</span></p>{text_html(child.text)}")
    points = [c for c in reference.children(node.id, current())
              if c.kind == "pns_attention_point"]
    if points:
        html.append(f"<h4>{escape(_tr('Points d’attention du PNS'))}</h4><ul>")
        html += [f"<li>{escape(p.title)}</li>" for p in points]
        html.append("</ul>")
    return "".join(html)


class OfficialTextDialog(QDialog):
    """A non-modal window showing the official text of a PNS theme."""

    def __init__(self, reference: Reference, node: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Texte officiel — %1").replace("%1", node.label))
        self.browser = QTextBrowser()
        self.browser.setHtml(official_html(reference, node))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)

"""``zonalplan reference editions`` and ``zonalplan reference import PACK``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from zonalplan.i18n import _
from zonalplan.reference import load_reference


def register(rsub: argparse._SubParsersAction) -> None:
    """Add the edition subcommands to ``zonalplan reference``."""
    p = rsub.add_parser("editions", help=_("éditions disponibles des textes nationaux"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_editions)
    p = rsub.add_parser("import", help=_("importer un paquet de référence (dossier ou zip)"))
    p.add_argument("pack", type=Path, metavar=_("PAQUET"))
    p.set_defaults(handler=cmd_import)


def cmd_editions(args: argparse.Namespace) -> int:
    """List the editions of each source: the compiled one and those brought by packs."""
    from zonalplan.reference.editions import editions

    known = editions(load_reference())
    if args.json:
        print(json.dumps([e.to_json() for e in known], ensure_ascii=False, indent=2))
        return 0
    origins = {"base": _("référence compilée"), "intégrée": _("paquet intégré"),
               "importée": _("paquet importé")}
    for e in known:
        until = "" if e.valid_to >= 2100 else f"–{e.valid_to}"
        replaces = _(", remplace {edition}").format(edition=e.replaces) if e.replaces else ""
        valid = _("valable {start}{until}").format(start=e.valid_from, until=until)
        print(f"{e.id:22s} {e.label:22s} {valid}  ({origins.get(e.origin, e.origin)}{replaces})")
        if e.source_text:
            print(f"{'':22s} " + _("source : {source}").format(source=e.source_text))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Validate a reference pack and install it (nothing is written when it is refused)."""
    from zonalplan.reference.packs import import_pack

    edition = import_pack(args.pack, load_reference())
    print(_("Édition importée : {label} ({id}), valable {start}–{end}. Les plans de cette période "
            "l'utilisent désormais.").format(label=edition.label, id=edition.id,
                                             start=edition.valid_from, end=edition.valid_to))
    return 0

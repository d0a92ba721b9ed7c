"""Which rows of a file concern the plan: match commune codes (INS/NIS) or names to its communes.

Belgium has 565 communes since the mergers of 1 January 2025 (581 before). A file in the old
geography carries codes the plan does not know; the user maps them (``old=new``) and the rows of the
merged communes then add up under the plan's commune.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from zonalplan.evidence.reading import DataImportError
from zonalplan.i18n import _

ZONE = "ZONE"
"""The commune value of rows that concern the whole zone (zone-level statistics)."""

_CODE = re.compile(r"^\d{5}$")


def fold(text: str) -> str:
    """Return ``text`` lower-cased without accents, punctuation or spaces (for name matching)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in decomposed if not unicodedata.combining(c)))


@dataclass
class CommuneMatcher:
    """Map a file's commune codes or names to the plan's communes (see module docstring)."""

    codes: dict[str, str]  # plan's INS code -> display name
    names: dict[str, str] = field(default_factory=dict)  # folded name -> plan code (or name)
    code_map: dict[str, str] = field(default_factory=dict)  # file code -> plan code
    zone_names: frozenset[str] = frozenset()

    @classmethod
    def for_plan(cls, communes: Iterable[tuple[str, str | None]],
                 code_map: Mapping[str, str] | None = None,
                 zone_names: Iterable[str] = ()) -> CommuneMatcher:
        """Build a matcher from (name, INS code) pairs and an optional old→new code map."""
        codes: dict[str, str] = {}
        names: dict[str, str] = {}
        for name, code in communes:
            key = code or name
            codes[key] = name
            names[fold(name)] = key
        mapping = dict(code_map or {})
        for old, new in mapping.items():
            if not _CODE.match(old) or new not in codes:
                raise DataImportError(_("correspondance {old}={new} : « {new} » n'est pas le "
                                        "code INS d'une commune du plan ({codes}).").format(
                    old=old, new=new, codes=", ".join(codes)))
        folded_zone = frozenset(fold(n) for n in zone_names if n) | {"zone", "totalzone",
                                                                     "zonetotal", "total"}
        if not codes:
            raise DataImportError(_("le plan n'a aucune commune : ajoutez ses communes (avec leur "
                                    "code INS) avant d'importer des données."))
        return cls(codes, names, mapping, folded_zone)

    def match(self, code: str = "", *names: str) -> str | None:
        """Return the plan commune (its code) of a row, ZONE for a zone-level row, or None."""
        code = code.strip()
        if code:
            if code in self.codes:
                return code
            if code in self.code_map:
                return self.code_map[code]
            if _CODE.match(code):  # another commune's INS code: its name cannot make it ours
                return None
        for name in names:
            folded = fold(name)
            if folded in self.names:
                return self.names[folded]
            if folded in self.zone_names:
                return ZONE
        return None

    def describe(self) -> str:
        """Return the plan's communes for a message (« Rivemont (92171), … »)."""
        return ", ".join(f"{name} ({code})" if _CODE.match(code) else name
                         for code, name in self.codes.items())

    def none_kept(self, file_name: str, seen_codes: Iterable[str]) -> DataImportError:
        """Return the error for a file none of whose rows concern the plan's communes."""
        sample = sorted({c for c in seen_codes if c})[:6]
        found = _(" ; codes trouvés : {codes}…").format(codes=", ".join(sample)) if sample else ""
        return DataImportError(_(
            "{file} : aucune ligne ne concerne les communes du plan ({communes}){found}. Vérifiez "
            "les codes INS des communes, ou indiquez une correspondance ANCIEN=NOUVEAU pour les "
            "communes fusionnées au 1er janvier 2025.").format(
                file=file_name, communes=self.describe(), found=found))

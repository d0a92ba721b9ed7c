"""Rules for editing a plan shared by the desktop editors, the CLI and scripts.

:mod:`zonalplan.commands` holds the undoable commands; this package builds them (codes, new
objectives, national links), checks them before they run (:func:`check_command`) and turns what a
user types into stored values and back (:mod:`zonalplan.editing.values`, by language).
"""

from __future__ import annotations

from zonalplan.editing.check import check_command
from zonalplan.editing.objectives import (
    CODE_PREFIX,
    NOT_LINKABLE_KINDS,
    add_link_command,
    duplicate_objective,
    insert_objective_command,
    insertion_index,
    new_indicator,
    new_objective,
    propose_code,
    remove_link_command,
    set_weight_command,
)
from zonalplan.editing.values import (
    LANGUAGES,
    format_date,
    format_integer,
    format_number,
    parse_date,
    parse_integer,
    parse_number,
    parse_year,
)

__all__ = [
    "CODE_PREFIX", "LANGUAGES", "NOT_LINKABLE_KINDS", "add_link_command", "check_command",
    "duplicate_objective", "format_date", "format_integer", "format_number",
    "insert_objective_command", "insertion_index", "new_indicator", "new_objective",
    "parse_date", "parse_integer", "parse_number", "parse_year", "propose_code",
    "remove_link_command", "set_weight_command",
]

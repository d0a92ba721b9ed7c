"""One way to bind editors to the open plan.

- :mod:`~ui.binding.protocol`: :class:`PlanSession`, what an editor may use of the session;
- :mod:`~ui.binding.run`: run a command for a field, get the French reason it was refused;
- :mod:`~ui.binding.feedback`: the one way a field shows an error;
- :mod:`~ui.binding.merge`: the one rule that makes a typing burst one undo step;
- :mod:`~ui.binding.values`: numbers and dates typed in the user's language (core parsers);
- :mod:`~ui.binding.widgets`: widgets bound to one path (line, combo, date, text, number);
- :mod:`~ui.binding.form`: :class:`FormBinder` for forms over the selected list element;
- :mod:`~ui.binding.session_table`: base of the editors' table models;
- :mod:`~ui.binding.selection`, :mod:`~ui.binding.links`: what feature editors share;
- :mod:`~ui.binding.editions_dialog`: the editions of the national frame (zone chapter, browser).

Feature packages import from here and from ``ui.widgets``, never from one another. Names are
imported on first use: the window paints before the plan models are loaded.
"""

from typing import TYPE_CHECKING

from zonalplan.lazy import lazy_exports

if TYPE_CHECKING:  # what type checkers see of the lazy names below
    from ui.binding.feedback import show_field_error  # noqa: F401
    from ui.binding.merge import TypingMerge  # noqa: F401
    from ui.binding.protocol import CommandPolicy, PlanSession  # noqa: F401
    from ui.binding.run import run_checked  # noqa: F401

_EXPORTS = {
    "show_field_error": "feedback", "TypingMerge": "merge", "CommandPolicy": "protocol",
    "PlanSession": "protocol", "run_checked": "run",
}

__getattr__ = lazy_exports(__name__, _EXPORTS)

__all__ = sorted(_EXPORTS)

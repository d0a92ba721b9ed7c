"""Work around a PySide6 6.12.0 bug on Python 3.11 that aborts the interpreter.

Every call of a Qt method returning void (or bool) drops one reference to ``None`` (``True``,
``False``) that it never took; after a few thousand calls Python aborts with « none_dealloc ».
Python 3.12+ makes these singletons immortal; on 3.11 we give them a huge reference count instead,
once, before the UI runs (``ui.shell.app.run`` and ``ui.session`` call this).
"""

from __future__ import annotations

import ctypes
import sys

_DONE = False


def make_singletons_immortal() -> None:
    """Raise the reference count of None, True and False out of reach of the leak (idempotent)."""
    global _DONE
    if _DONE or sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        cell = ctypes.c_ssize_t.from_address(id(obj))
        if cell.value < 1 << 40:
            cell.value += 1 << 40
    _DONE = True

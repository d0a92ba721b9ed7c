"""Bounds on the work a Word template may ask for: time, loop turns, text sizes.

Templates come from outside. The jinja2 sandbox already stops them from reaching the system; the
budget here stops them from freezing the export or exhausting memory: every loop turn, call,
operator on texts and lists, and the written output are counted against limits that a real plan
never comes near, and checked against a deadline. Exceeding one raises :class:`LimitExceeded`.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

from jinja2.sandbox import SecurityError

from zonalplan.i18n import _

RENDER_SECONDS = 20.0
"""Longest rendering of one document (a 200-objective plan takes about one second)."""
MAX_LOOP_TURNS = 1_000_000
"""Most loop turns in one rendering (a large real plan needs a few tens of thousands)."""
MAX_TEXT = 5_000_000
"""Longest text or list a template may build with ``*``, ``~``, ``+``, ``%`` or a filter."""
MAX_OUTPUT = 40_000_000
"""Most characters of document XML one rendering may write."""
MAX_GROWTH_MB = 300
"""Most memory (peak resident size) one rendering may add to the process, where measurable."""
MAX_NUMBER_BITS = 4096
"""Largest whole number a template may compute (``**`` and ``*`` on numbers)."""

_WIDE_FORMAT = re.compile(r"\d{6,}|\*")


class LimitExceeded(SecurityError):
    """A template asked for more work than a real document ever needs."""


class Budget:
    """The limits of one rendering; installed per thread by :func:`budget`."""

    def __init__(self, seconds: float = RENDER_SECONDS):
        self.deadline = time.monotonic() + seconds
        self.seconds = seconds
        self.turns = 0
        self.output = 0
        self.start_mb = peak_mb()

    def tick(self, turns: int = 1) -> None:
        """Count loop turns and check the deadline."""
        self.turns += turns
        if self.turns > MAX_LOOP_TURNS:
            raise LimitExceeded(f"boucles trop longues (plus de {MAX_LOOP_TURNS:,} tours)"
                                .replace(",", " "))
        if self.turns % 256 == 0 or turns > 1:
            self.check_time()

    def check_time(self) -> None:
        """Raise when the rendering has run past its deadline."""
        if time.monotonic() > self.deadline:
            raise LimitExceeded(_("le rendu dépasse {seconds} secondes").format(
                                    seconds=f"{self.seconds:.0f}"))
        if self.start_mb is not None and (peak_mb() or 0) - self.start_mb > MAX_GROWTH_MB:
            raise LimitExceeded(_("le rendu demande plus de {max_growth_mb} Mo de mémoire").format(
                                    max_growth_mb=MAX_GROWTH_MB))

    def wrote(self, chars: int) -> None:
        """Count written characters."""
        self.output += chars
        if chars > 100_000:
            self.check_time()
        if self.output > MAX_OUTPUT:
            raise LimitExceeded(_("le document produit serait démesuré (plus de {value} "
                                  "millions de caractères)").format(value=MAX_OUTPUT // 1_000_000))


def peak_mb() -> float | None:
    """Return the peak resident memory of this process in MB (None where unknown)."""
    try:
        import resource
    except ImportError:  # Windows: time and size limits still apply
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


_LOCAL = threading.local()


class budget:  # noqa: N801 - used as a context manager
    """Install a fresh :class:`Budget` for the renderings run in this block (this thread)."""

    def __init__(self, seconds: float = RENDER_SECONDS):
        self.seconds = seconds

    def __enter__(self) -> Budget:
        self.previous = getattr(_LOCAL, "budget", None)
        _LOCAL.budget = Budget(self.seconds)
        return _LOCAL.budget

    def __exit__(self, *exc: object) -> None:
        _LOCAL.budget = self.previous


def current() -> Budget:
    """Return the budget of this thread (a default one outside :class:`budget` blocks)."""
    found = getattr(_LOCAL, "budget", None)
    if found is None:
        found = _LOCAL.budget = Budget()
    return found


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, bytes, list, tuple)) else 0


def check_size(value: Any, what: str = "texte") -> Any:
    """Return ``value``; refuse a text or list longer than :data:`MAX_TEXT`."""
    if _size(value) > MAX_TEXT:
        raise LimitExceeded(f"{what} trop long (plus de {MAX_TEXT:,} éléments)".replace(",", " "))
    return value


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be too large, before computing it."""
    if operator == "*":
        for seq, count in ((left, right), (right, left)):
            if _size(seq) and isinstance(count, int) and _size(seq) * max(count, 0) > MAX_TEXT:
                raise LimitExceeded(_("répétition trop longue (texte ou liste multiplié)"))
        if isinstance(left, int) and isinstance(right, int) and \
                left.bit_length() + right.bit_length() > MAX_NUMBER_BITS:
            raise LimitExceeded(_("nombre trop grand"))
    elif operator == "**":
        if isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and (
                right > MAX_NUMBER_BITS or left.bit_length() * right > MAX_NUMBER_BITS):
            raise LimitExceeded(_("puissance trop grande"))
    elif operator == "+":
        if _size(left) + _size(right) > MAX_TEXT:
            raise LimitExceeded(_("texte ou liste trop long"))
    elif operator == "%" and isinstance(left, str):
        if _WIDE_FORMAT.search(left) and "%" in left:
            raise LimitExceeded(_("format de texte trop large"))


MAX_RANGE = 100_000


def bounded_range(*args: int) -> range:
    """Return ``range(*args)``, refused beyond :data:`MAX_RANGE` items."""
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise LimitExceeded(f"range() trop grand (plus de {MAX_RANGE:,} nombres)"
                            .replace(",", " "))
    return result


def loop(iterable: Iterable[Any]) -> Iterator[Any]:
    """Iterate while counting turns against the budget (every template loop goes through it)."""
    spent = current()
    for item in iterable:
        spent.tick()
        yield item


def bounded_join(items: Iterable[Any]) -> Any:
    """Join the parts of a ``~`` expression, refusing a result too long (autoescaped)."""
    from jinja2.runtime import markup_join

    parts = list(items)
    if sum(len(p) if isinstance(p, str) else 0 for p in parts) > MAX_TEXT:
        raise LimitExceeded(_("texte trop long (concaténation avec ~)"))
    return markup_join(parts)


def check_call(obj: Any, args: tuple, kwargs: dict) -> None:
    """Refuse a call with an enormous width or count (``ljust``, ``center``, ``format``…)."""
    current().check_time()
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and value > MAX_TEXT:
            raise LimitExceeded(_("valeur numérique démesurée passée à une fonction"))
    target = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format
    owner = getattr(target, "__self__", None)
    if isinstance(owner, str) and getattr(target, "__name__", "") in ("format", "format_map") \
            and re.search(r"\{[^}]*\d{6,}", owner):
        raise LimitExceeded(_("format de texte trop large"))


def bounded_filter(function: Any) -> Any:
    """Wrap a jinja2 filter: no enormous numeric argument, no result longer than MAX_TEXT."""
    skip = 1 if hasattr(function, "jinja_pass_arg") else 0
    name = getattr(function, "__name__", "")

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        value = args[skip] if len(args) > skip else None
        check_call(function, args[skip + 1:], kwargs)
        if name == "do_format" and isinstance(value, str) and _WIDE_FORMAT.search(value):
            raise LimitExceeded(_("format de texte trop large"))
        if name == "do_replace" and len(args) >= skip + 3 and isinstance(value, str):
            old, new = str(args[skip + 1]), str(args[skip + 2])
            if len(new) > len(old) and (value.count(old) if old else len(value) + 1) \
                    * len(new) > MAX_TEXT:
                raise LimitExceeded(_("remplacement produisant un texte trop long"))
        return check_size(function(*args, **kwargs))

    if skip:
        wrapper.jinja_pass_arg = function.jinja_pass_arg  # type: ignore[attr-defined]
    wrapper.__name__ = name or "filtre"
    wrapper.__doc__ = getattr(function, "__doc__", None)
    return wrapper

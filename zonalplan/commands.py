"""Edits of a plan as commands with do/undo, each saying what it changed.

The UI never edits a :class:`Plan` directly: it runs a command (wrapped for ``QUndoStack`` in
``ui/undo.py``) and redraws the parts named in the returned :class:`Changes`.

Paths address a value from the plan root: attribute names, and for lists of elements that have an
``id`` (objectives, indicators, CZS members, expectations, review notes) or a ``ref_id``
(decisions) the element's id, e.g. ``("objectives", "obj-p1", "indicators", "ind-1", "target_value")``.
"""

from __future__ import annotations

import copy
import typing
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from zonalplan.model import Plan, PlanError, validation_message

Path = tuple[str, ...]


@dataclass(frozen=True)
class Changes:
    """What a command changed: chapters (first path segment) and objective ids."""

    chapters: frozenset[str] = frozenset()
    objective_ids: frozenset[str] = frozenset()
    structure: bool = False  # elements added, removed or moved (lists must be rebuilt)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.chapters | other.chapters, self.objective_ids | other.objective_ids,
                       self.structure or other.structure)

    @classmethod
    def of(cls, path: Path, *, structure: bool = False) -> Changes:
        """Return the changes implied by touching ``path``."""
        ids = frozenset([path[1]]) if len(path) > 1 and path[0] == "objectives" else frozenset()
        return cls(frozenset([path[0]]) if path else frozenset(["plan"]), ids, structure)


EVERYTHING = Changes(frozenset(["plan"]), frozenset(), True)


class Command(Protocol):
    """An undoable edit."""

    text: str

    def do(self, plan: Plan) -> Changes: ...

    def undo(self, plan: Plan) -> Changes: ...


def _key(element: Any) -> str | None:
    return getattr(element, "id", None) or getattr(element, "ref_id", None)


def resolve(plan: Plan, path: Path) -> Any:
    """Return the value at ``path`` (raise PlanError when it does not exist)."""
    current: Any = plan
    for step in path:
        current = _step(current, step, path)
    return current


def _step(current: Any, step: str, path: Path) -> Any:
    if isinstance(current, list):
        for element in current:
            if _key(element) == step:
                return element
        raise PlanError(f"élément introuvable : {'/'.join(path)}")
    if isinstance(current, dict):
        return current.get(step)
    if isinstance(current, BaseModel) and step in type(current).model_fields:
        return getattr(current, step)
    raise PlanError(f"champ inconnu : {'/'.join(path)}")


def _check_item(plan: Plan, list_path: Path, element: Any) -> None:
    """Refuse an element that is not of the model type a list of the plan holds."""
    parent = resolve(plan, list_path[:-1])
    fields = type(parent).model_fields if isinstance(parent, BaseModel) else {}
    found = fields.get(list_path[-1]) if list_path else None
    kind = typing.get_args(found.annotation)[:1] if found is not None else ()
    if kind and isinstance(kind[0], type) and issubclass(kind[0], BaseModel) \
            and not isinstance(element, kind[0]):
        raise PlanError(f"élément d'un type inattendu pour « {'/'.join(list_path)} » : rien n'a "
                        "été ajouté.")


def _snapshot(value: Any) -> Any:
    return value.model_copy(deep=True) if isinstance(value, BaseModel) else copy.deepcopy(value)


def _assign(plan: Plan, path: Path, value: Any) -> None:
    owner = resolve(plan, path[:-1])
    name = path[-1]
    try:
        if isinstance(owner, dict):
            if value is None:
                owner.pop(name, None)
            else:
                owner[name] = value
        else:
            setattr(owner, name, value)
    except ValidationError as exc:
        raise PlanError(validation_message(type(owner), exc)) from exc


@dataclass
class SetValue:
    """Set one value (a field, or a whole sub-model or list)."""

    path: Path
    value: Any
    text: str = "Modifier"
    merge_id: str | None = None  # consecutive commands with the same merge_id merge (typing)
    _old: Any = field(default=None, init=False, repr=False)

    def do(self, plan: Plan) -> Changes:
        """Apply the new value, remembering the old one."""
        old = _snapshot(resolve(plan, self.path))
        _assign(plan, self.path, _snapshot(self.value))
        self._old = old
        return Changes.of(self.path)

    def undo(self, plan: Plan) -> Changes:
        """Put the old value back."""
        _assign(plan, self.path, _snapshot(self._old))
        return Changes.of(self.path)


@dataclass
class InsertElement:
    """Insert an element into a list (objectives, indicators, members…) at ``index`` (None: end)."""

    list_path: Path
    element: Any
    index: int | None = None
    text: str = "Ajouter"

    def do(self, plan: Plan) -> Changes:
        """Insert the element (refused when it is not of the list's kind)."""
        items = resolve(plan, self.list_path)
        _check_item(plan, self.list_path, self.element)
        key = _key(self.element)
        if key is not None and any(_key(e) == key for e in items):
            raise PlanError(f"l'identifiant « {key} » existe déjà")
        items.insert(len(items) if self.index is None else self.index, _snapshot(self.element))
        return Changes.of(self.list_path + ((key,) if key else ()), structure=True)

    def undo(self, plan: Plan) -> Changes:
        """Remove the inserted element."""
        items = resolve(plan, self.list_path)
        key = _key(self.element)
        position = next(i for i, e in enumerate(items) if (_key(e) == key if key else
                                                            e == self.element))
        del items[position]
        return Changes.of(self.list_path, structure=True)


@dataclass
class RemoveElement:
    """Remove the element with ``key`` (its id or ref_id) from a list."""

    list_path: Path
    key: str
    text: str = "Supprimer"
    _removed: Any = field(default=None, init=False, repr=False)
    _index: int = field(default=0, init=False, repr=False)

    def do(self, plan: Plan) -> Changes:
        """Remove the element, remembering it and its position."""
        items = resolve(plan, self.list_path)
        for i, element in enumerate(items):
            if _key(element) == self.key:
                self._removed, self._index = _snapshot(element), i
                del items[i]
                return Changes.of(self.list_path + (self.key,), structure=True)
        raise PlanError(f"élément introuvable : {self.key}")

    def undo(self, plan: Plan) -> Changes:
        """Put the element back where it was."""
        resolve(plan, self.list_path).insert(self._index, _snapshot(self._removed))
        return Changes.of(self.list_path + (self.key,), structure=True)


@dataclass
class MoveElement:
    """Move the element with ``key`` to position ``index`` in its list."""

    list_path: Path
    key: str
    index: int
    text: str = "Déplacer"
    _from: int = field(default=0, init=False, repr=False)

    def do(self, plan: Plan) -> Changes:
        """Move the element."""
        items = resolve(plan, self.list_path)
        self._from = next(i for i, e in enumerate(items) if _key(e) == self.key)
        element = items.pop(self._from)
        items.insert(max(0, min(self.index, len(items))), element)
        return Changes.of(self.list_path, structure=True)

    def undo(self, plan: Plan) -> Changes:
        """Move it back."""
        items = resolve(plan, self.list_path)
        current = next(i for i, e in enumerate(items) if _key(e) == self.key)
        items.insert(self._from, items.pop(current))
        return Changes.of(self.list_path, structure=True)


@dataclass
class ReplacePlan:
    """Replace the whole content of the plan (restore a version, merge notes…)."""

    new: Plan
    text: str = "Remplacer le plan"
    _old: Plan | None = field(default=None, init=False, repr=False)

    def do(self, plan: Plan) -> Changes:
        """Copy every part of ``new`` into ``plan`` (the object identity is kept)."""
        self._old = plan.model_copy(deep=True)
        _copy_into(plan, self.new)
        return EVERYTHING

    def undo(self, plan: Plan) -> Changes:
        """Copy the old content back."""
        assert self._old is not None
        _copy_into(plan, self._old)
        return EVERYTHING


def _copy_into(target: Plan, source: Plan) -> None:
    for name in Plan.model_fields:
        object.__setattr__(target, name, _snapshot(getattr(source, name)))


@dataclass
class Macro:
    """Several commands as one undo step."""

    commands: list[Any]
    text: str = "Modifications"

    def do(self, plan: Plan) -> Changes:
        """Run every command; if one fails, undo those already run and re-raise."""
        done: list[Any] = []
        changes = Changes()
        try:
            for command in self.commands:
                changes = changes | command.do(plan)
                done.append(command)
        except Exception:
            for command in reversed(done):
                command.undo(plan)
            raise
        return changes

    def undo(self, plan: Plan) -> Changes:
        """Undo every command in reverse order."""
        changes = Changes()
        for command in reversed(self.commands):
            changes = changes | command.undo(plan)
        return changes

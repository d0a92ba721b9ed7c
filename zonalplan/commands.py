"""Edits of a plan as commands with do/undo, each saying what it changed.

The UI never edits a :class:`Plan` directly: it runs a command (wrapped for ``QUndoStack`` in
``ui/undo.py``) and redraws the parts named in the returned :class:`Changes`. Every command either
applies a change the model accepts or raises :class:`PlanError` with a French message and leaves the
plan as it was; helpers that build commands (codes, links, value parsing) are in
:mod:`zonalplan.editing`.

Paths address a value from the plan root: attribute names, and for lists of elements that have an
``id`` (objectives, indicators, CZS members, expectations, review notes) or a ``ref_id``
(decisions) the element's id, e.g. ``("objectives", "obj-p1", "indicators", "ind-1", "target_value")``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from zonalplan.i18n import _
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
        raise PlanError(_("élément introuvable : {where}").format(where="/".join(path)))
    if isinstance(current, dict):
        return current.get(step)
    if isinstance(current, BaseModel) and step in type(current).model_fields:
        return getattr(current, step)
    raise PlanError(_("champ inconnu : {where}").format(where="/".join(path)))


def _snapshot(value: Any) -> Any:
    return value.model_copy(deep=True) if isinstance(value, BaseModel) else copy.deepcopy(value)


def _where(path: Path) -> str:
    return "/".join(path) or "plan"


def _assign(plan: Plan, path: Path, value: Any) -> None:
    if not path:
        raise PlanError(_("chemin vide : utilisez « Remplacer le plan » pour tout "
                          "remplacer"))
    owner = resolve(plan, path[:-1])
    name = path[-1]
    try:
        if isinstance(owner, dict):
            if value is None:
                owner.pop(name, None)
            else:
                owner[name] = value
        elif isinstance(owner, BaseModel):
            if name not in type(owner).model_fields:
                raise PlanError(_("champ inconnu : {where}").format(where=_where(path)))
            setattr(owner, name, value)
        else:
            raise PlanError(_("cette valeur ne se remplace pas : {where}").format(
                                where=_where(path)))
    except ValidationError as exc:
        raise PlanError(validation_message(type(owner), exc)) from exc
    except (ValueError, TypeError) as exc:
        raise PlanError(_("valeur refusée pour {where}").format(where=_where(path))) from exc


def _list_owner(plan: Plan, list_path: Path) -> tuple[BaseModel, str, list[Any]]:
    """Return the model holding the list at ``list_path``, the field name and the list."""
    if not list_path:
        raise PlanError(_("chemin de liste vide"))
    owner = resolve(plan, list_path[:-1])
    name = list_path[-1]
    if not isinstance(owner, BaseModel) or name not in type(owner).model_fields:
        raise PlanError(_("liste inconnue : {where}").format(where=_where(list_path)))
    items = getattr(owner, name)
    if not isinstance(items, list):
        raise PlanError(_("ce champ n'est pas une liste : {where}").format(where=_where(list_path)))
    return owner, name, items


def _position(items: list[Any], key: str, list_path: Path) -> int:
    for i, element in enumerate(items):
        if _key(element) == key:
            return i
    raise PlanError(_("élément introuvable : {where}").format(where=_where(list_path + (key,))))


def validated_element(owner: BaseModel, name: str, element: Any) -> Any:
    """Return ``element`` as the list ``owner.name`` would hold it; raise PlanError if refused.

    The element is checked the way the model checks the whole list (type, lengths, patterns, and
    the owner's own validators), on a copy: the plan is not touched.
    """
    if isinstance(element, BaseModel):
        try:
            element = type(element).model_validate(element.model_dump())
        except ValidationError as exc:
            raise PlanError(validation_message(type(element), exc)) from exc
    trial = owner.model_copy()
    items = list(getattr(owner, name))
    try:
        setattr(trial, name, [*items, element])
    except ValidationError as exc:
        raise PlanError(validation_message(type(owner), exc)) from exc
    except (ValueError, TypeError) as exc:
        raise PlanError(_("élément refusé pour {name}").format(name=name)) from exc
    return getattr(trial, name)[-1]


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

    _position: int = field(default=0, init=False, repr=False)

    def do(self, plan: Plan) -> Changes:
        """Insert the element once the model accepts it (raise PlanError otherwise)."""
        owner, name, items = _list_owner(plan, self.list_path)
        key = _key(self.element)
        if key is not None and any(_key(e) == key for e in items):
            raise PlanError(_("l'identifiant « {key} » existe déjà").format(key=key))
        element = validated_element(owner, name, self.element)
        position = len(items) if self.index is None else max(0, min(int(self.index), len(items)))
        items.insert(position, _snapshot(element))
        self._position = position
        return Changes.of(self.list_path + ((key,) if key else ()), structure=True)

    def undo(self, plan: Plan) -> Changes:
        """Remove the inserted element."""
        _owner, _name, items = _list_owner(plan, self.list_path)
        key = _key(self.element)
        if key is not None:
            del items[_position(items, key, self.list_path)]
        elif 0 <= self._position < len(items):
            del items[self._position]
        else:
            raise PlanError(_("élément introuvable : {where}").format(where=_where(self.list_path)))
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
        _owner, _name, items = _list_owner(plan, self.list_path)
        i = _position(items, self.key, self.list_path)
        self._removed, self._index = _snapshot(items[i]), i
        del items[i]
        return Changes.of(self.list_path + (self.key,), structure=True)

    def undo(self, plan: Plan) -> Changes:
        """Put the element back where it was."""
        _owner, _name, items = _list_owner(plan, self.list_path)
        items.insert(self._index, _snapshot(self._removed))
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
        """Move the element (raise PlanError when it is not in the list)."""
        _owner, _name, items = _list_owner(plan, self.list_path)
        self._from = _position(items, self.key, self.list_path)
        element = items.pop(self._from)
        items.insert(max(0, min(int(self.index), len(items))), element)
        return Changes.of(self.list_path, structure=True)

    def undo(self, plan: Plan) -> Changes:
        """Move it back."""
        _owner, _name, items = _list_owner(plan, self.list_path)
        current = _position(items, self.key, self.list_path)
        items.insert(self._from, items.pop(current))
        return Changes.of(self.list_path, structure=True)


@dataclass
class ReplacePlan:
    """Replace the whole content of the plan (restore a version, merge notes…)."""

    new: Plan
    text: str = "Remplacer le plan"
    _old: Plan | None = field(default=None, init=False, repr=False)

    def do(self, plan: Plan) -> Changes:
        """Copy every part of ``new`` into ``plan`` (the object identity is kept).

        ``new`` is checked as a whole first (raise PlanError when the model refuses it).
        """
        if not isinstance(self.new, Plan):
            raise PlanError(_("le contenu de remplacement n'est pas un plan"))
        try:
            new = Plan.model_validate(self.new.model_dump())
        except ValidationError as exc:
            raise PlanError(validation_message(Plan, exc)) from exc
        self._old = plan.model_copy(deep=True)
        _copy_into(plan, new)
        return EVERYTHING

    def undo(self, plan: Plan) -> Changes:
        """Copy the old content back."""
        if self._old is None:
            raise PlanError(_("rien à annuler : le plan n'a pas été remplacé"))
        _copy_into(plan, self._old)
        return EVERYTHING


def _copy_into(target: Plan, source: Plan) -> None:
    for name in Plan.model_fields:
        object.__setattr__(target, name, _snapshot(getattr(source, name)))


@dataclass
class Macro:
    """Several commands as one undo step."""

    commands: list[Command]
    text: str = "Modifications"

    def do(self, plan: Plan) -> Changes:
        """Run every command; if one fails, undo those already run and re-raise."""
        done: list[Command] = []
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

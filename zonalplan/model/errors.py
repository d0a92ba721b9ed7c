"""French, field-naming messages for validation errors and a common error type.

Importing this module does not import pydantic (the desktop app shows its window before the models
are loaded); the message helpers receive pydantic objects and need nothing more.
"""

from __future__ import annotations

import types
import typing

from zonalplan.i18n import N_, Translated, gettext

if typing.TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError


class PlanError(Exception):
    """An error a user can act on; its message is a French sentence naming the place."""


class UnusableInputError(PlanError):
    """The input (a file, a text) cannot be used at all: CLI exit code 2."""


_MESSAGES = Translated({
    "missing": N_("est obligatoire"),
    "string_too_short": N_("ne peut pas être vide"),
    "string_too_long": N_("est trop long"),
    "string_pattern_mismatch": N_("n'a pas le bon format"),
    "string_type": N_("doit être un texte"),
    "int_parsing": N_("doit être un nombre entier"),
    "int_type": N_("doit être un nombre entier"),
    "int_from_float": N_("doit être un nombre entier"),
    "float_parsing": N_("doit être un nombre"),
    "float_type": N_("doit être un nombre"),
    "finite_number": N_("doit être un nombre fini"),
    "bool_parsing": N_("doit être oui ou non"),
    "greater_than_equal": N_("est trop petit"),
    "less_than_equal": N_("est trop grand"),
    "enum": N_("n'est pas une valeur permise"),
    "literal_error": N_("n'est pas une valeur permise"),
    "date_parsing": N_("n'est pas une date valide"),
    "date_from_datetime_parsing": N_("n'est pas une date valide"),
    "datetime_parsing": N_("n'est pas une date et heure valides"),
    "datetime_from_date_parsing": N_("n'est pas une date et heure valides"),
    "list_type": N_("doit être une liste"),
    "too_long": N_("contient trop d'éléments"),
    "dict_type": N_("doit être un ensemble de valeurs"),
    "model_type": N_("doit être un ensemble de valeurs"),
    "extra_forbidden": N_("n'est pas un champ connu"),
    "value_error": "",
})

_PATTERN_HINTS = {
    N_("numéro de zone"): N_("4 chiffres, par exemple 5314"),
    N_("code INS"): N_("5 chiffres"),
}


def _unwrap(annotation: object) -> type[BaseModel] | None:
    """Return the pydantic model inside an annotation (list[X], X | None, dict[K, X]), if any."""
    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (list, dict, tuple, typing.Union, types.UnionType):
        for arg in reversed(typing.get_args(annotation)):
            found = _unwrap(arg)
            if found:
                return found
    return None


def describe_location(model: type[BaseModel], loc: tuple[int | str, ...]) -> str:
    """Return a French path such as « objectifs stratégiques n° 2 › intitulé » for an error loc."""
    parts: list[str] = []
    current: type[BaseModel] | None = model
    for step in loc:
        if isinstance(step, int):
            if parts:
                parts[-1] = gettext("{field} n° {index}").format(field=parts[-1], index=step + 1)
            continue
        field = current.model_fields.get(step) if current else None
        if field is None:
            if step not in ("function-after", "function-before"):
                parts.append(str(step))
            continue
        parts.append(gettext(field.title) if field.title else str(step))
        current = _unwrap(field.annotation)
    return " › ".join(parts)


def french_errors(model: type[BaseModel], exc: ValidationError) -> list[str]:
    """Return one French sentence per validation error, naming the field."""
    sentences = []
    for err in exc.errors(include_url=False)[:20]:
        place = describe_location(model, tuple(err.get("loc", ())))
        kind = err.get("type", "")
        if kind == "value_error":
            detail = str(err.get("msg", "")).removeprefix("Value error, ")
        else:
            detail = _MESSAGES.get(kind, gettext("n'est pas valide"))
            hints = {gettext(k): v for k, v in _PATTERN_HINTS.items()}
            hint = hints.get(place.split(" › ")[-1]) if place else None
            if kind == "string_pattern_mismatch" and hint:
                detail += f" ({gettext(hint)})"
            if "input" in err and kind not in ("missing", "extra_forbidden", "model_type",
                                               "too_long", "string_too_long"):
                value = err["input"]
                shown = repr(value[:41] if isinstance(value, (str, bytes)) else value
                              if isinstance(value, (int, float, bool, type(None))) else "…")
                if len(shown) > 40:
                    shown = shown[:37] + "…"
                detail += gettext(" (valeur reçue : {value})").format(value=shown)
        sentence = (gettext("{place} : {detail}.").format(
            place=place[:1].upper() + place[1:], detail=detail) if place else f"{detail}.")
        sentences.append(sentence[:1].upper() + sentence[1:])
    return sentences


def validation_message(model: type[BaseModel], exc: ValidationError, where: str = "") -> str:
    """Return one French message for a validation error, prefixed by ``where`` if given."""
    lines = french_errors(model, exc)
    more = (gettext(" (et {count} autres erreurs)").format(count=len(lines) - 5)
            if len(lines) > 5 else "")
    body = lines[0] if len(lines) == 1 else " ".join(lines[:5]) + more
    return gettext("{where} : {message}").format(where=where, message=body) if where else body

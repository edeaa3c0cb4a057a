"""Turns pydantic's validation errors into content errors that name file, line and field."""
from __future__ import annotations

import difflib
import re
from typing import TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from signpost.errors import ContentError, found, written
from signpost.models.base import as_id, cross_field_rules, fields_model
from signpost.source import Document, dotted

M = TypeVar("M", bound=BaseModel)
SUGGESTION_CUTOFF = 0.8  # difflib's similarity ratio, 0..1
_FIELD_IN_MESSAGE = re.compile(r"^(\w+): (.*)$", re.DOTALL)


def validate(model: type[M], document: Document) -> tuple[M | None, list[ContentError]]:
    if not isinstance(document.data, dict):
        return None, [ContentError(document.file, 1, "", f"expected a mapping of fields (name: value), found {found(document.data)}")]
    try:
        return model.model_validate(document.data), []
    except ValidationError as error:
        details = _misspelt_required_fields(model, _one_union_member(model, _every_error(model, document.data, error)))
        return None, [_content_error(model, document, detail) for detail in details]


def _misspelt_required_fields(model: type[BaseModel], details: list[dict]) -> list[dict]:
    """`sumary:` written for `summary:` fails twice: an unknown field and a missing one. The two are one
    mistake, so one error is kept, at the misspelt field's line, naming both (`misspells` on its detail)."""
    missing = {tuple(detail["loc"]) for detail in details if detail["type"] == "missing"}
    merged: set[tuple] = set()
    kept = []
    for detail in details:
        loc = tuple(detail["loc"])
        if detail["type"] == "extra_forbidden" and loc:
            meant = suggestion(str(loc[-1]), fields_at(model, loc[:-1]))
            if meant is not None and (*loc[:-1], meant) in missing and (*loc[:-1], meant) not in merged:
                merged.add((*loc[:-1], meant))
                detail = {**detail, "misspells": meant}
        kept.append(detail)
    return [detail for detail in kept if not (detail["type"] == "missing" and tuple(detail["loc"]) in merged)]


def _every_error(model: type[BaseModel], data: dict, error: ValidationError) -> list[dict]:
    """Pydantic's errors, with every cross-field rule run on its own wherever the fields it reads parsed.

    Pydantic skips a model's rules when any of its fields is invalid, and stops at the first rule that
    fails: an editor would fix one error, then meet the next. Each rule's error is kept once."""
    details = error.errors()
    rules, nodes = _rule_errors(model, data, details, ())
    ours = {(detail["loc"], detail["msg"]) for detail in rules}
    kept = [detail for detail in details
            if not (detail["type"] == "value_error" and tuple(detail["loc"]) in nodes
                    and (tuple(detail["loc"]), _expected(detail)) in ours)]
    return kept + rules


def _rule_errors(model: type[BaseModel], data: object, details: list[dict], loc: tuple) -> tuple[list[dict], set[tuple]]:
    """The errors of the cross-field rules of `model` at `loc` and of the models inside it, each rule run
    when none of the fields it reads has an error; and the places of the models that have rules."""
    if not isinstance(data, dict):
        return [], set()
    failed = {tuple(detail["loc"])[len(loc)] for detail in details
              if tuple(detail["loc"])[:len(loc)] == loc and len(detail["loc"]) > len(loc)}
    errors, nodes = [], set()
    rules = cross_field_rules(model)
    if rules:
        nodes.add(loc)
    for rule, fields in rules:
        if failed & set(fields):
            continue
        try:
            values = fields_model(model, tuple(fields)).model_validate({name: data[name] for name in fields if name in data})
        except ValidationError:  # not expected: these fields had no error of their own
            continue
        try:
            rule(values)
        except (ValueError, AssertionError) as problem:
            errors.append({"loc": loc, "type": "value_error", "msg": str(problem), "input": data})
    for name, field in model.model_fields.items():
        inner, many = _nested_model(field.annotation)
        value = data.get(name)
        if inner is None or value is None:
            continue
        places = [((*loc, name, index), item) for index, item in enumerate(value)] if many and isinstance(value, list) \
            else [] if many else [((*loc, name), value)]
        for place, item in places:
            more, more_nodes = _rule_errors(inner, item, details, place)
            errors += more
            nodes |= more_nodes
    return errors, nodes


def _nested_model(annotation: object) -> tuple[type[BaseModel] | None, bool]:
    """The model a field holds, and whether it holds a list of them (Optional[...] looked through)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    origin = get_origin(annotation)
    if origin is list:
        inner, many = _nested_model(get_args(annotation)[0])
        return (inner, True) if inner is not None and not many else (None, False)
    if origin is Union:
        for argument in get_args(annotation):
            inner, many = _nested_model(argument)
            if inner is not None:
                return inner, many
    return None, False


def _one_union_member(model: type[BaseModel], details: list[dict]) -> list[dict]:
    """A value that fits no type of a field that takes several (`cost: Union[Id, list[Id]]`) fails each:
    pydantic reports every type's error, each under a location naming the type ('cost.constrained-str',
    'cost.list[constrained-str]'). Only the errors of the type the value was written as are kept (a
    list for a list, a mapping for a model, else the single value), under the field's own location."""
    chosen: dict[tuple, str] = {}
    kept = []
    for detail in details:
        loc = tuple(detail["loc"])
        at = _union_member_at(model, loc)
        if at is None:
            kept.append(detail)
            continue
        field, member = loc[:at], loc[at]
        if field not in chosen:
            group = [other for other in details if tuple(other["loc"])[:at] == field
                     and _union_member_at(model, tuple(other["loc"])) == at]
            # What the editor wrote: the input of an error about the whole value (not an item inside it).
            written = next((other.get("input") for other in group if len(other["loc"]) == at + 1), None)
            chosen[field] = _member_written([tuple(other["loc"])[at] for other in group], written)
        if member == chosen[field]:
            kept.append({**detail, "loc": (*field, *loc[at + 1:])})
    return kept


def _union_member_at(model: type[BaseModel], loc: tuple) -> int | None:
    # Where in `loc` pydantic names the type of a field that takes several, if it does.
    current: object = model
    for index, part in enumerate(loc):
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return None
        members = [argument for argument in get_args(field.annotation) if argument is not type(None)]
        if get_origin(field.annotation) is Union and len(members) > 1 and index + 1 < len(loc):
            return index + 1 if isinstance(loc[index + 1], str) else None
        current = _inner_model(field.annotation)
    return None


def _member_written(members: list[str], value: object) -> str:
    # list[...] for a list, a model's name for a mapping, else the single value's type.
    def fits(member: str) -> bool:
        if isinstance(value, list):
            return member.startswith(("list[", "tuple[", "set["))
        if isinstance(value, dict):
            return member[:1].isupper() or member.startswith("dict[")
        return not member.startswith(("list[", "tuple[", "set[", "dict[")) and not member[:1].isupper()
    return next((member for member in members if fits(member)), members[0])


def _content_error(model: type[BaseModel], document: Document, detail: dict) -> ContentError:
    loc = tuple(detail["loc"])
    kind = detail["type"]
    line = document.line_of(loc)
    if kind == "missing":
        return ContentError(document.file, line, dotted(loc), "required field is missing")
    if kind == "extra_forbidden":
        allowed = fields_at(model, loc[:-1])
        message = unknown_message("field", str(loc[-1]), allowed)
        if "misspells" in detail:  # (the field it names is required, and not given under its own name)
            meant = detail["misspells"]
            message = message.replace(f"(did you mean '{meant}'?)", f"(did you mean '{meant}'? {meant} is required, and missing)", 1)
        homes = [name for name in allowed if str(loc[-1]) in fields_at(model, (*loc[:-1], name))]
        if homes:  # an `email:` indented one level too little, out from under `contact:`
            message += f"; '{loc[-1]}' belongs under {' or '.join(repr(home + ':') for home in homes)}: indent it there"
        return ContentError(document.file, line, dotted(loc), message)
    if kind == "list_type":
        return ContentError(document.file, line, dotted(loc), _list_expected(loc, detail.get("input"), _item_model(model, loc)))
    message = _expected(detail)
    field = dotted(loc)
    named = _FIELD_IN_MESSAGE.match(message)
    # A cross-field rule names the field to point at ("ends: expected ..."), in the file or in a model inside it.
    if kind == "value_error" and named and (not loc or named.group(1) in fields_at(model, loc)):
        name, message = named.group(1), named.group(2)
        field, line = dotted((*loc, name)), document.line_of((*loc, name))
        given = detail.get("input")
        if "found" not in message:  # what that field holds, not the whole item
            message += f", found {found(given[name]) if isinstance(given, dict) and name in given else 'none'}"
        return ContentError(document.file, line, field, message)
    if "found" not in message and kind != "value_error":
        message += f", found {found(detail.get('input'))}"
    elif kind == "value_error" and "found" not in message:
        message += f", found {found(detail.get('input'))}"
    return ContentError(document.file, line, field, message)


def _item_model(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    # The model of each item of the list at `loc` (Address for `locations`), if its items are models.
    return _model_at(model, loc) if loc else None


LIST_EXPECTED = "expected a list, such as "  # (a single value where a list is expected: `needs: food`)


def _list_expected(loc: tuple, given: object, items: type[BaseModel] | None = None) -> str:
    """A list written as a single value: how to write it as a list, with what was written in it
    ('areas: [south-riverside]'); a mapping, or a list of `items` (a model): a list of such items, each
    starting '- ', with the fields each needs."""
    name = next((str(part) for part in reversed(loc) if isinstance(part, str)), "")
    if items is not None and not isinstance(given, dict):
        required = [field for field, info in items.model_fields.items() if info.is_required()]
        optional = [field for field in items.model_fields if field not in required]
        shape = " and ".join(f"{field}:" for field in required) + (
            f" ({', '.join(f'{field}:' for field in optional)} optional)" if optional else "")
        return (f"expected a list of items under {name}:, each starting with '- ' on its own line and giving "
                f"{shape}, found {found(given)}")
    if isinstance(given, dict):
        return (f"expected a list of items, each starting with '- ' on its own line under {name}:, "
                f"found a single item {written(given)}")
    if isinstance(given, (str, int, float)) and not isinstance(given, bool) and str(given).strip():
        example = f"[{given}]"
    else:
        example = "[first, second]"
    return f"{LIST_EXPECTED}{name}: {example}, found {found(given)}"


def _expected(detail: dict) -> str:
    message = detail["msg"]
    message = message.removeprefix("Value error, ")
    message = re.sub(r"^Input should be ", "expected ", message)
    message = re.sub(r"^expected (a valid \w+|a finite number)(, unable to [^,]*)?(?=,|$)",
                     lambda m: "expected " + _KINDS.get(m.group(1), m.group(1)), message)  # (the found value says why)
    message = re.sub(r"^String should match pattern '\^\[a-z0-9\]\+\(-\[a-z0-9\]\+\)\*\$'",
                     f"expected an id in lower case with hyphens, such as '{_as_id(detail.get('input'))}'", message)
    message = re.sub(r"^expected (greater|less) than( or equal to)? (\S+)$", lambda m: "expected a number " + (
        ("of at least " if m.group(1) == "greater" else "of at most ") if m.group(2) else
        ("more than " if m.group(1) == "greater" else "less than ")) + m.group(3), message)
    message = re.sub(r"^(List|String) should have at least (\d+) (item|character)s?.*",
                     lambda m: f"expected at least {m.group(2)} {m.group(3)}{'s' if m.group(2) != '1' else ''}", message)
    return message


# pydantic's names of the kinds of value, in an editor's words.
_KINDS = {"a valid string": "text", "a valid integer": "a whole number", "a valid number": "a number",
          "a finite number": "a number", "a valid boolean": "true or false",
          "a valid dictionary": "a mapping of fields (name: value)", "a valid list": "a list"}


def _as_id(given: object) -> str:
    # What the editor wrote, as an id, for the example ('Fixture Trust' -> 'fixture-trust').
    return (as_id(given) if isinstance(given, str) else "") or "food-bank"


def unknown_message(kind: str, received: str, allowed: list[str], labels: dict | None = None) -> str:
    """"unknown need 'fod' (did you mean 'food'?); expected one of: ...". `labels` (a controlled list's
    id -> {language: label}) lets an entry written by its label ('English', 'Free') name its id."""
    message = f"unknown {kind} '{received}'"
    meant = _by_label(received, labels or {}) or suggestion(received, allowed)
    if meant is not None:
        message += f" (did you mean '{meant}'?)"
    return message + f"; expected one of: {', '.join(sorted(allowed)) or 'none defined yet'}"


def _by_label(received: str, labels: dict) -> str | None:
    wanted = str(received).strip().casefold()
    return next((entry for entry, named in labels.items() if isinstance(named, dict)
                 and any(isinstance(label, str) and label.strip().casefold() == wanted for label in named.values())), None)


def suggestion(received: str, allowed: list[str]) -> str | None:
    """The one of `allowed` that `received` is a near miss of, if any."""
    # Only a near miss (a typo: 'fod' for 'food', 0.86); 'vcse-partner-referral' is not 'gp-practice-referral' (0.68).
    close = difflib.get_close_matches(received, allowed, n=1, cutoff=SUGGESTION_CUTOFF)
    # ... or two letters swapped ('nmae' for 'name': 0.75 by difflib's measure)
    close = close or [name for name in allowed if len(name) > 2 and sorted(name) == sorted(received)][:1]
    return close[0] if close else None


def fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The field names allowed at `loc` inside `model`, for a 'did you mean' suggestion."""
    return list(getattr(_model_at(model, loc), "model_fields", {}))


def _model_at(model: type[BaseModel], loc: tuple) -> object:
    # The model of the value at `loc` inside `model` (list indexes skipped); None where there is none.
    current: object = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return current


def _inner_model(annotation: object) -> object:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        inner = _inner_model(argument)
        if inner is not None:
            return inner
    return None

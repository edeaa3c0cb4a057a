"""Turns pydantic's validation errors into content errors that name file, line and field."""
from __future__ import annotations

import difflib
import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from signpost.errors import ContentError, found
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
        return None, [_content_error(model, document, detail) for detail in error.errors()]


def _content_error(model: type[BaseModel], document: Document, detail: dict) -> ContentError:
    loc = tuple(detail["loc"])
    kind = detail["type"]
    line = document.line_of(loc)
    if kind == "missing":
        return ContentError(document.file, line, dotted(loc), "required field is missing")
    if kind == "extra_forbidden":
        allowed = fields_at(model, loc[:-1])
        message = unknown_message("field", str(loc[-1]), allowed)
        homes = [name for name in allowed if str(loc[-1]) in fields_at(model, (*loc[:-1], name))]
        if homes:  # an `email:` indented one level too little, out from under `contact:`
            message += f"; '{loc[-1]}' belongs under {' or '.join(repr(home + ':') for home in homes)}: indent it there"
        return ContentError(document.file, line, dotted(loc), message)
    message = _expected(detail)
    field = dotted(loc)
    named = _FIELD_IN_MESSAGE.match(message)
    if not loc and named:
        field, message = named.group(1), named.group(2)
        line = document.line_of((field,))
    if "found" not in message and kind != "value_error":
        message += f", found {found(detail.get('input'))}"
    elif kind == "value_error" and "found" not in message:
        message += f", found {found(detail.get('input'))}"
    return ContentError(document.file, line, field, message)


def _expected(detail: dict) -> str:
    message = detail["msg"]
    message = message.removeprefix("Value error, ")
    message = re.sub(r"^Input should be ", "expected ", message)
    message = re.sub(r"^String should match pattern '\^\[a-z0-9\]\+\(-\[a-z0-9\]\+\)\*\$'",
                     "expected an id in lower case with hyphens, such as 'food-bank'", message)
    message = re.sub(r"^(List|String) should have at least (\d+) (item|character)s?.*",
                     lambda m: f"expected at least {m.group(2)} {m.group(3)}{'s' if m.group(2) != '1' else ''}", message)
    return message


def unknown_message(kind: str, received: str, allowed: list[str]) -> str:
    message = f"unknown {kind} '{received}'"
    # Only a near miss (a typo: 'fod' for 'food', 0.86); 'vcse-partner-referral' is not 'gp-practice-referral' (0.68).
    close = difflib.get_close_matches(received, allowed, n=1, cutoff=SUGGESTION_CUTOFF)
    if close:
        message += f" (did you mean '{close[0]}'?)"
    return message + f"; expected one of: {', '.join(sorted(allowed)) or 'none defined yet'}"


def fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The field names allowed at `loc` inside `model`, for a 'did you mean' suggestion."""
    current: object = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: object) -> object:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        inner = _inner_model(argument)
        if inner is not None:
            return inner
    return None

"""Shared building blocks of the content models."""
from __future__ import annotations

import functools
import re
from typing import Annotated, Optional, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, WithJsonSchema, create_model, model_validator

from signpost.models.types import Date, Email, Phone, WebAddress  # noqa: F401  (the models import them from here)
from signpost.language_codes import BUILT, check_language_code
from signpost.models.types import trimmed


class Translatable:
    """Marks a field that a translation overlay (`item.ar.yml`) may hold."""

    def __repr__(self) -> str:
        return "Translatable"


TRANSLATABLE = Translatable()


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _trim_pasted_edges(cls, data: object) -> object:
        # A name pasted with a zero-width space at its end kept it on the page, and an id with one
        # failed; nobody means one there.
        if not isinstance(data, dict):
            return data
        return {key: trimmed(value) if isinstance(value, str)
                else [trimmed(v) if isinstance(v, str) else v for v in value] if isinstance(value, list) else value
                for key, value in data.items()}


def cross_field(*fields: str):
    """Marks a rule between fields of one model (`ends` on or after `starts`), naming the fields it reads.

    Pydantic runs it, as a `model_validator(mode="after")`, only when every field of the model is valid, and
    stops at the first rule that fails. signpost.validation runs each rule again, on its own, whenever the
    fields it names parsed, so an invalid field elsewhere in the file never hides it and one report holds
    every error of a file. The rule reads only the fields it names (`self.starts`), and raises
    ValueError("field: expected ..., found ...") naming the field to point at."""

    def decorate(function):
        function.cross_fields = fields
        return model_validator(mode="after")(function)

    return decorate


def cross_field_rules(model: type[BaseModel]) -> list[tuple]:
    """(rule, the fields it reads) for each after-validator of `model`; one not marked with cross_field
    reads every field."""
    return [(decorator.func, getattr(decorator.func, "cross_fields", tuple(model.model_fields)))
            for decorator in model.__pydantic_decorators__.model_validators.values()
            if decorator.info.mode == "after"]


@functools.cache
def fields_model(model: type[BaseModel], fields: tuple[str, ...]) -> type[BaseModel]:
    """A model of only `fields` of `model`, with their types, constraints and defaults: what a cross-field
    rule reads, parsed when other fields of the file are invalid."""
    return create_model(f"{model.__name__}Fields", __base__=Model,
                        **{name: (model.model_fields[name].annotation, model.model_fields[name]) for name in fields})


Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


def as_id(text: str) -> str:
    """`text` made an Id: lower case, letters a-z and digits, any run of other characters one hyphen
    ('Millbrook Community Action' -> 'millbrook-community-action'); '' when nothing is left."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))
# A language code Babel knows (signpost.language_codes): 'arb' is an error that says 'ar' was meant.
Language = Annotated[str, AfterValidator(check_language_code),
                     WithJsonSchema({"type": "string", "pattern": BUILT.pattern})]  # (for editors' schema checks)
Text = Annotated[str, StringConstraints(min_length=1)]
TText = Annotated[str, StringConstraints(min_length=1), TRANSLATABLE]
TTextList = Annotated[list[Text], TRANSLATABLE]

_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
_IMAGE_PATH = re.compile(r"^(?!.*\.\.)[a-z0-9_./-]+\.(jpg|jpeg|png|webp|svg)$")
_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


def _matching(pattern: re.Pattern, expected: str):
    def check(value: str) -> str:
        if not pattern.match(value):
            raise ValueError(f"expected {expected}")
        return value

    return AfterValidator(check)


Postcode = Annotated[str, _matching(_POSTCODE, "a UK postcode in capitals, such as 'RV1 2AB'")]
ImagePath = Annotated[str, _matching(_IMAGE_PATH, "an image path inside docs/, such as 'assets/team/amira-hassan.jpg'")]


def _time(value: str) -> str:
    # 9:30 is 09:30: the hour's leading zero is added, not asked for.
    value = f"0{value}" if re.fullmatch(r"[0-9]:[0-5][0-9]", value) else value
    if not _TIME.match(value):
        raise ValueError('expected a 24-hour time written HH:MM, such as "09:30" or "17:00"')
    return value


Time = Annotated[str, AfterValidator(_time)]


def _is_translatable(info) -> bool:
    """True for TText/TTextList fields, also when wrapped in Optional[...] (the marker then sits inside the Union)."""
    if TRANSLATABLE in info.metadata:
        return True
    return any(TRANSLATABLE in getattr(arg, "__metadata__", ()) for arg in get_args(info.annotation))


@functools.cache
def translatable_fields(model: type[BaseModel]) -> list[str]:
    return [name for name, info in model.model_fields.items() if _is_translatable(info)]


@functools.cache
def overlay_model(model: type[BaseModel]) -> type[BaseModel]:
    """The model of a translation overlay: only the translatable fields, each optional."""
    fields = {
        name: (Optional[Annotated[(info.annotation, *info.metadata)]] if info.metadata else Optional[info.annotation], None)
        for name, info in model.model_fields.items()
        if _is_translatable(info)
    }
    return create_model(f"{model.__name__}Overlay", __base__=Model, **fields)

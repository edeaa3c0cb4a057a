"""The models of content/forms/ID.yml (a referral form) and of its translation overlays (ID.ar.yml)."""
from __future__ import annotations

import re
from typing import Literal, Optional

from pydantic import Field, field_validator

from signpost.models.base import Id, Model, TText, Text, WebAddress, cross_field

FieldType = Literal["text", "email", "tel", "date", "single-choice", "multiple-choice", "long-text", "yes-no"]
ChoiceList = Literal["needs", "areas", "languages", "practices", "services", "costs", "referral-routes", "delivery", "days"]
FormAudience = Literal["resident", "professional", "vcse-partner"]
TEXT_TYPES = ("text", "email", "tel", "long-text")
CHOICE_TYPES = ("single-choice", "multiple-choice")
# The WHATWG autofill field names a referral form may use.
AUTOCOMPLETE = (
    "name", "honorific-prefix", "given-name", "additional-name", "family-name", "nickname",
    "organization", "organization-title", "street-address", "address-line1", "address-line2",
    "address-level1", "address-level2", "postal-code", "country-name", "bday", "sex", "tel",
    "tel-national", "email", "language", "off", "on",
)
RESERVED = ("consent", "lang", "next", "gotcha")  # ids the form itself uses (as consent, _lang, _next, _gotcha)


class Option(Model):
    id: Id
    label: Text


class FormField(Model):
    """One question. `choices` draws options from a controlled list; `options` lists them here."""

    id: Id
    type: FieldType
    label: Text
    hint: Optional[Text] = None
    required: bool = False
    min_length: Optional[int] = Field(default=None, ge=1, le=10000)
    max_length: Optional[int] = Field(default=None, ge=1, le=10000)
    pattern: Optional[Text] = None
    autocomplete: Optional[Literal[AUTOCOMPLETE]] = None  # type: ignore[valid-type]
    choices: Optional[ChoiceList] = None
    options: list[Option] = []
    past: bool = False  # a date that must be before today (a date of birth)
    must_be_yes: bool = False  # a yes-no question that stops the form unless answered yes
    stop: Optional[Text] = None  # what to do instead, shown when a must-be-yes question is answered no
    # What to do when a required answer is missing, said for this question ("Enter your full name");
    # without it the message is a general one naming the question.
    error: Optional[Text] = None
    # Questions that must be answered too once this one is (a session's day needs its start and end).
    together: list[Id] = []

    @field_validator("pattern")
    @classmethod
    def _pattern_compiles(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"expected a regular expression, found {pattern!r} ({error})") from None
        return pattern

    # Each rule names the fields it reads (signpost.models.base.cross_field), so it is reported even when
    # another field of the question is invalid.
    @cross_field("id")
    def _not_reserved(self):
        if self.id in RESERVED:
            raise ValueError(f"id: '{self.id}' is used by the form itself; expected another id (not {', '.join(RESERVED)})")
        return self

    @cross_field("type", "choices", "options")
    def _choices_fit_type(self):
        is_choice = self.type in CHOICE_TYPES
        if is_choice and not (self.choices or self.options):
            raise ValueError(f"choices: a {self.type} question needs `choices:` (one of needs, areas, languages, practices, services, costs, referral-routes, delivery, days) or `options:`")
        if is_choice and self.choices and self.options:
            raise ValueError("options: expected either `choices:` (a controlled list) or `options:`, not both")
        if not is_choice and (self.choices or self.options):
            raise ValueError(f"{'choices' if self.choices else 'options'}: only single-choice and multiple-choice questions "
                             f"have choices, found them on a {self.type} question")
        return self

    @cross_field("type", "min_length", "max_length", "pattern")
    def _limits_fit_type(self):
        if self.type not in TEXT_TYPES and (self.min_length or self.max_length or self.pattern):
            raise ValueError(f"max_length: lengths and patterns apply to text, email, tel and long-text questions, not {self.type}")
        return self

    @cross_field("min_length", "max_length")
    def _lengths_in_order(self):
        if self.min_length and self.max_length and self.min_length > self.max_length:
            raise ValueError(f"min_length: expected at most max_length ({self.max_length}), found {self.min_length}")
        return self

    @cross_field("type", "past")
    def _past_is_a_date(self):
        if self.past and self.type != "date":
            raise ValueError(f"past: only a date question can require a date in the past, not {self.type}")
        return self

    @cross_field("type", "required", "must_be_yes", "stop")
    def _stop_fits(self):
        if self.must_be_yes and (self.type != "yes-no" or not self.required or not self.stop):
            raise ValueError("must_be_yes: expected a required yes-no question with a `stop:` text explaining what to do instead")
        if self.stop and not self.must_be_yes:
            raise ValueError("stop: only a question with `must_be_yes: true` stops the form")
        return self


class Form(Model):
    """content/forms/ID.yml: one referral form. The file name is the form's id in the endpoint URL."""

    title: TText
    audience: FormAudience
    order: int = 100
    pathways: list[Id] = []  # the pathway pages that link to this form
    summary: TText
    intro: Optional[TText] = None
    consent: TText  # the label of the unticked box: what the sender agrees to
    next_steps: TText
    thank_you: TText
    submit: Optional[TText] = None  # the button's words; "Send" when absent
    endpoint: Optional[WebAddress] = None  # a full URL, to use another backend than site.yml's forms.endpoint
    fields: list[FormField] = Field(min_length=1)

    @field_validator("fields")
    @classmethod
    def _unique_ids(cls, fields: list[FormField]) -> list[FormField]:
        seen = set()
        for field in fields:
            if field.id in seen:
                raise ValueError(f"expected each field id once, found '{field.id}' twice")
            seen.add(field.id)
        return fields

    def field(self, field_id: str) -> FormField:
        return next(field for field in self.fields if field.id == field_id)


class FieldOverlay(Model):
    label: Optional[Text] = None
    hint: Optional[Text] = None
    stop: Optional[Text] = None
    error: Optional[Text] = None
    options: dict[Id, Text] = {}


class FormOverlay(Model):
    """content/forms/ID.LANG.yml: the form's words in one language. Questions are keyed by field id:

        title: ...
        fields:
          full-name: {label: ..., hint: ...}
          best-time: {label: ..., options: {morning: ...}}
    """

    title: Optional[Text] = None
    summary: Optional[Text] = None
    intro: Optional[Text] = None
    consent: Optional[Text] = None
    next_steps: Optional[Text] = None
    thank_you: Optional[Text] = None
    submit: Optional[Text] = None
    fields: dict[Id, FieldOverlay] = {}

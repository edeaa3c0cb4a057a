"""Checks a submission against its form definition: the one set of rules for the receiver and the page.

A submission is a mapping of field id to the values sent (a list, as a form-encoded body can repeat a
name). The result is the cleaned answers and, for each field in error, a Formspree-style error with a
code, the field and a message in the sender's language."""
from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import asdict, dataclass

from signpost.forms.models import CHOICE_TYPES
from signpost.forms.words import choice_ids, field_text
from signpost.portal import Item, Portal

YES, NO = "yes", "no"
DATE_PARTS = ("day", "month", "year")  # a date question's three boxes: date-of-birth-day, ...
TICKED = {"yes", "on", "true", "1"}
DEFAULT_MAX = {"long-text": 5000}
DEFAULT_MAX_LENGTH = 500
_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;.]{2,}$")
_TEL = re.compile(r"^\+?[0-9 ()-]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DIGIT = re.compile(r"\d")  # any Unicode decimal digit (Nd), not only 0-9


@dataclass(frozen=True)
class FieldError:
    code: str
    field: str
    message: str

    def as_json(self) -> dict:
        return asdict(self)


class SubmissionCheck:
    """The rules of one form, worked out once (each choice question's ids, each pattern compiled), so a
    check costs only the work the answers need; the sender's-language words are looked up only for an
    error. Build it again after the portal changes. Calling it is `validate_submission` without the portal and form."""

    def __init__(self, portal: Portal, form: Item):
        self.portal, self.form = portal, form
        # Each choice question's ids as a dict: in the form's order, and found in O(1).
        self.fields = [(field, dict.fromkeys(choice_ids(portal, form, field)) if field.type in CHOICE_TYPES else {},
                        re.compile(field.pattern) if field.pattern else None) for field in form.data.fields]

    def __call__(self, data: dict[str, list[str]], lang: str,
                 today: datetime.date | None = None) -> tuple[dict[str, object], list[FieldError]]:
        portal, form = self.portal, self.form
        today = today or datetime.date.today()
        lang = lang if lang in portal.languages else portal.default_language
        answers: dict[str, object] = {}
        errors: list[FieldError] = []

        def fail(code: str, field, key: str, **values: object) -> None:
            label = field_text(portal, form, field, "label", lang).text
            errors.append(FieldError(code, field.id, str(portal.string(key, lang).text).format(label=label, **values)))

        for field, valid, pattern in self.fields:
            if field.type == "date" and field.id not in data:
                parts = [_clean(_first(data.get(f"{field.id}-{part}")), "date") for part in DATE_PARTS]
                if any(parts) and not all(parts):
                    fail("DATE_INCOMPLETE", field, "form_error_date_incomplete")
                    continue
                data = {**data, field.id: [_iso_date(*parts)] if all(parts) else []}
            sent = [_clean(value, field.type) for value in data.get(field.id, [])]
            sent = [value for value in sent if value]
            if not sent:
                if field.required:
                    said = field_text(portal, form, field, "error", lang)
                    if said is not None:
                        errors.append(FieldError("REQUIRED_FIELD_MISSING", field.id, said.text))
                        continue
                    choice = field.type in ("single-choice", "multiple-choice", "yes-no")
                    fail("REQUIRED_FIELD_MISSING", field, "form_error_choose" if choice else "form_error_required")
                continue
            if field.type == "multiple-choice":
                if any(value not in valid for value in sent):
                    fail("INVALID_CHOICE", field, "form_error_choice")
                    continue
                answers[field.id] = [value for value in valid if value in sent]  # in the form's order, once each
                continue
            if len(sent) > 1:
                fail("TOO_MANY_VALUES", field, "form_error_one_answer")
                continue
            value = sent[0]
            code = _check(field, valid, pattern, value, today)
            if code == "AGREEMENT_REQUIRED":
                errors.append(FieldError(code, field.id, field_text(portal, form, field, "stop", lang).text))
                continue
            if code:
                limit = field.max_length or DEFAULT_MAX.get(field.type, DEFAULT_MAX_LENGTH)
                fail(code, field, _MESSAGES[code], max=limit, min=field.min_length or 0)
                continue
            answers[field.id] = value
        failed = {error.field for error in errors}
        for field, _, _ in self.fields:  # a session's day needs its start and end: each question it names
            for other_id in field.together if field.id in answers else ():
                if other_id not in answers and other_id not in failed:
                    other = form.data.field(other_id)
                    errors.append(FieldError("REQUIRED_FIELD_MISSING", other_id, str(portal.string("form_error_together", lang).text).format(
                        label=field_text(portal, form, other, "label", lang).text,
                        first=field_text(portal, form, field, "label", lang).text)))
                    failed.add(other_id)
        if str(_first(data.get("consent"))).strip().lower() not in TICKED:
            errors.append(FieldError("CONSENT_REQUIRED", "consent", str(portal.string("form_error_consent", lang).text).format()))
        else:
            answers["consent"] = YES
        return answers, errors


def validate_submission(portal: Portal, form: Item, data: dict[str, list[str]], lang: str,
                        today: datetime.date | None = None) -> tuple[dict[str, object], list[FieldError]]:
    """The cleaned answers and the errors (empty when the submission is valid). A caller checking many
    submissions builds a `SubmissionCheck` once instead."""
    return SubmissionCheck(portal, form)(data, lang, today)


_MESSAGES = {
    "TYPE_EMAIL": "form_error_email",
    "TYPE_TEL": "form_error_tel",
    "TYPE_DATE": "form_error_date",
    "DATE_NOT_PAST": "form_error_date_past",
    "TOO_SHORT": "form_error_too_short",
    "TOO_LONG": "form_error_too_long",
    "PATTERN_MISMATCH": "form_error_pattern",
    "INVALID_CHOICE": "form_error_choice",
}


def _check(field, choices: dict[str, None], pattern: re.Pattern | None, value: str, today: datetime.date) -> str | None:
    kind = field.type
    if kind in ("text", "email", "tel", "long-text"):
        limit = field.max_length or DEFAULT_MAX.get(kind, DEFAULT_MAX_LENGTH)
        if len(value) > limit:
            return "TOO_LONG"
        if field.min_length and len(value) < field.min_length:
            return "TOO_SHORT"
        if kind == "email" and not _EMAIL.match(value):
            return "TYPE_EMAIL"
        if kind == "tel" and not (_TEL.match(value) and 10 <= sum(c.isdigit() for c in value) <= 15):
            return "TYPE_TEL"
        if pattern is not None and not pattern.fullmatch(value):
            return "PATTERN_MISMATCH"
        return None
    if kind == "date":
        try:
            date = datetime.date.fromisoformat(value)
        except ValueError:
            return "TYPE_DATE"
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or date.year < 1900:
            return "TYPE_DATE"
        if field.past and date >= today:
            return "DATE_NOT_PAST"
        return None
    if kind == "yes-no":
        if value not in (YES, NO):
            return "INVALID_CHOICE"
        return "AGREEMENT_REQUIRED" if field.must_be_yes and value != YES else None
    if kind == "single-choice":
        return None if value in choices else "INVALID_CHOICE"
    return None


def _iso_date(day: str, month: str, year: str) -> str:
    """'YYYY-MM-DD' from the GOV.UK date input's three boxes; anything else (letters, a two-digit year)
    comes back unchanged for the date check to refuse."""
    if day.isdigit() and month.isdigit() and year.isdigit() and len(year) == 4:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return f"{year}-{month}-{day}"


def _clean(value: object, kind: str) -> str:
    text = _CONTROL.sub("", str(value)).replace("\r\n", "\n")
    if kind in ("tel", "date"):  # a resident may type ٠٢٠ or ०२० (Arabic-Indic, Devanagari digits): the team dials 020
        text = text if text.isascii() else _DIGIT.sub(lambda digit: str(unicodedata.digit(digit[0])), text)
    return text.strip() if kind == "long-text" else " ".join(text.split())


def _first(values: list[str] | None) -> str:
    return values[0] if values else ""

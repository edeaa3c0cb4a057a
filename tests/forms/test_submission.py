"""The rules a submission is checked by, shared by the receiver and the form pages."""
from __future__ import annotations

import datetime

import pytest

from signpost.forms.submission import validate_submission
from signpost.load import load_portal
from sites import PROJECT

TODAY = datetime.date(2026, 11, 1)
VALID = {"full-name": ["Ann Example"], "date-of-birth": ["1985-03-27"], "phone": ["020 7946 0123"],
         "needs": ["food"], "language": ["en"], "consent": ["yes"]}


@pytest.fixture(scope="module")
def portal():
    return load_portal(PROJECT / "content")


def check(portal, form="self-referral", lang="en", **changes):
    data = {**VALID, **{key.replace("_", "-"): value for key, value in changes.items()}}
    return validate_submission(portal, portal.forms[form], data, lang, TODAY)


def codes(errors) -> dict[str, str]:
    return {error.field: error.code for error in errors}


def test_a_valid_submission_keeps_only_the_forms_fields_cleaned(portal):
    answers, errors = check(portal, full_name=["  Ann   Example "], needs=["housing", "food", "food"],
                            about=["Line one\r\nLine two\x00"], _unknown=["dropped"])
    assert errors == []
    assert answers["full-name"] == "Ann Example"
    assert answers["needs"] == ["food", "housing"]  # in the form's order, once each
    assert answers["about"] == "Line one\nLine two"
    assert "-unknown" not in answers and answers["consent"] == "yes"


@pytest.mark.parametrize("field, value, code", [
    ("email", "name@", "TYPE_EMAIL"),
    ("phone", "0207", "TYPE_TEL"),
    ("phone", "call me maybe", "TYPE_TEL"),
    ("date-of-birth", "27/03/1985", "TYPE_DATE"),
    ("date-of-birth", "2026-12-01", "DATE_NOT_PAST"),
    ("postcode", "RV1 ZZZ", "PATTERN_MISMATCH"),
    ("full-name", "x" * 101, "TOO_LONG"),
    ("language", "klingon", "INVALID_CHOICE"),
    ("needs", "space-travel", "INVALID_CHOICE"),
    ("interpreter", "maybe", "INVALID_CHOICE"),
])
def test_each_rule_gives_its_own_code(portal, field, value, code):
    _, errors = check(portal, **{field.replace("-", "_"): [value]})
    assert codes(errors) == {field: code}


def test_two_answers_to_a_single_question_are_refused(portal):
    assert codes(check(portal, language=["en", "ar"])[1]) == {"language": "TOO_MANY_VALUES"}


def test_the_consent_box_must_be_ticked(portal):
    assert codes(check(portal, consent=[])[1]) == {"consent": "CONSENT_REQUIRED"}
    assert codes(check(portal, consent=["no"])[1]) == {"consent": "CONSENT_REQUIRED"}


def test_messages_are_in_the_senders_language_and_name_the_question(portal):
    _, errors = check(portal, lang="ar", full_name=[])
    assert errors[0].message == "أدخل إجابة: الاسم الكامل"


def test_a_must_be_yes_question_answered_no_gives_the_stop_explanation(portal):
    _, errors = validate_submission(portal, portal.forms["partner-referral"], {"person-agreed": ["no"]}, "en", TODAY)
    [agreement] = [error for error in errors if error.field == "person-agreed"]
    assert agreement.code == "AGREEMENT_REQUIRED" and "Ask them first" in agreement.message

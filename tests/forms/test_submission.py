"""The rules a submission is checked by, shared by the receiver and the form pages."""
from __future__ import annotations

import datetime

import pytest

from signpost.forms.submission import SubmissionCheck, validate_submission
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
    _, errors = check(portal, lang="ar", email=["not an email"])
    assert errors[0].message.startswith("أدخل عنوان بريد"), errors[0].message
    _, errors = check(portal, lang="ar", postcode=["???"])
    assert errors[0].message == "تحقّق من صيغة إجابتك: الرمز البريدي"


def test_a_missing_answer_says_what_to_do_for_that_question_in_the_senders_language(portal):
    # GOV.UK: "Enter your full name", not "Enter an answer: Full name".
    _, errors = check(portal, full_name=[], language=[])
    assert [error.message for error in errors] == ["Enter your full name", "Select the language you would like to speak"]
    _, errors = check(portal, lang="ar", full_name=[])
    assert errors[0].message == "اكتب اسمك الكامل"


def dob(day: str, month: str, year: str) -> dict:
    return {"date-of-birth-day": [day], "date-of-birth-month": [month], "date-of-birth-year": [year]}


@pytest.mark.parametrize("parts, code, message", [
    (("", "", ""), "REQUIRED_FIELD_MISSING", "Enter your date of birth"),
    (("27", "", "1985"), "DATE_INCOMPLETE", "Date of birth must include a day, a month and a year"),
    (("31", "2", "1985"), "TYPE_DATE", "Date of birth must be a real date"),
    (("27", "3", "85"), "TYPE_DATE", "Date of birth must be a real date"),
    (("1", "12", "2026"), "DATE_NOT_PAST", "Date of birth must be in the past"),
])
def test_the_date_input_day_month_and_year_boxes_have_govuk_messages(portal, parts, code, message):
    data = {key: value for key, value in VALID.items() if key != "date-of-birth"} | dob(*parts)
    _, errors = validate_submission(portal, portal.forms["self-referral"], data, "en", TODAY)
    assert [(error.field, error.code, error.message) for error in errors] == [("date-of-birth", code, message)]


def test_the_date_input_boxes_make_one_iso_date(portal):
    data = {key: value for key, value in VALID.items() if key != "date-of-birth"} | dob(" 7 ", "3", "1985")
    answers, errors = validate_submission(portal, portal.forms["self-referral"], data, "en", TODAY)
    assert errors == [] and answers["date-of-birth"] == "1985-03-07"


@pytest.mark.parametrize("day, month, year, phone", [
    ("٧", "٣", "١٩٨٥", "٠٢٠ ٧٩٤٦ ٠١٢٣"),  # Arabic-Indic digits, as an Arabic keyboard types them
    ("۷", "۳", "۱۹۸۵", "۰۲۰ ۷۹۴۶ ۰۱۲۳"),  # Extended Arabic-Indic (Persian, Urdu keyboards)
    ("७", "३", "१९८५", "०२० ७९४६ ०१२३"),  # Devanagari, as a Hindi keyboard types them
])
def test_dates_and_phone_numbers_typed_in_other_scripts_digits_are_accepted_as_ascii(portal, day, month, year, phone):
    data = {key: value for key, value in VALID.items() if key != "date-of-birth"} | dob(day, month, year) | {"phone": [phone]}
    answers, errors = validate_submission(portal, portal.forms["self-referral"], data, "ar", TODAY)
    assert errors == []
    assert answers["date-of-birth"] == "1985-03-07" and answers["phone"] == "020 7946 0123"


def test_free_text_keeps_the_digits_the_resident_typed(portal):
    answers, errors = check(portal, lang="ar", about=["أحتاج مساعدة منذ ٣ أشهر"])
    assert errors == [] and answers["about"] == "أحتاج مساعدة منذ ٣ أشهر"


def test_a_must_be_yes_question_answered_no_gives_the_stop_explanation(portal):
    _, errors = validate_submission(portal, portal.forms["partner-referral"], {"person-agreed": ["no"]}, "en", TODAY)
    [agreement] = [error for error in errors if error.field == "person-agreed"]
    assert agreement.code == "AGREEMENT_REQUIRED" and "Ask them first" in agreement.message


def test_one_check_built_at_start_up_gives_each_submission_its_own_result(portal):
    """The receiver builds a SubmissionCheck once a form and reuses it: nothing from one submission (its
    language, its date boxes, its errors) may carry into the next."""
    checker = SubmissionCheck(portal, portal.forms["self-referral"])
    boxes = {key: value for key, value in VALID.items() if key != "date-of-birth"} | dob("7", "3", "1985")
    results = [checker({**VALID, "email": ["nope"]}, "ar", TODAY), checker(boxes, "en", TODAY),
               checker({**VALID, "needs": ["space-travel"]}, "en", TODAY), checker(VALID, "fr", TODAY)]
    expected = [validate_submission(portal, portal.forms["self-referral"], data, lang, TODAY)
                for data, lang in [({**VALID, "email": ["nope"]}, "ar"), (boxes, "en"),
                                   ({**VALID, "needs": ["space-travel"]}, "en"), (VALID, "fr")]]
    assert results == expected
    assert [codes(errors) for _, errors in results] == [{"email": "TYPE_EMAIL"}, {}, {"needs": "INVALID_CHOICE"}, {}]
    assert results[1][0]["date-of-birth"] == "1985-03-07" and "date-of-birth" not in boxes

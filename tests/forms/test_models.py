"""Form definitions are content: every mistake is reported with file, line and field, never a traceback."""
from __future__ import annotations

import pytest

from conftest import write
from signpost.errors import ContentErrors
from signpost.load import load_portal

FORM = """title: Refer yourself
audience: resident
pathways: [self-referral]
summary: Ask for a link worker.
consent: I agree.
next_steps: We will call you.
thank_you: Thank you.
fields:
  - id: full-name
    type: text
    label: Full name
    required: true
"""


def errors_of(content) -> list[str]:
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    return [str(error) for error in raised.value.errors]


@pytest.fixture
def forms(content):
    site = content / "site.yml"
    site.write_text(site.read_text(encoding="utf-8") + 'forms:\n  endpoint: "https://forms.example.org/f/"\n', encoding="utf-8")
    return content


def test_a_valid_form_and_its_overlay_load(forms):
    write(forms / "forms/self-referral.yml", FORM)
    write(forms / "forms/self-referral.ar.yml", "title: أحِل نفسك\nfields:\n  full-name:\n    label: الاسم الكامل\n")
    portal = load_portal(forms)
    form = portal.forms["self-referral"]
    assert form.data.fields[0].required and form.overlays["ar"].fields["full-name"].label == "الاسم الكامل"


@pytest.mark.parametrize("change, expected", [
    ("    type: text\n", "content/forms/self-referral.yml:10: fields[0].type: expected 'text', 'email'"),
    ("    required: true\n", "content/forms/self-referral.yml:12: fields[0].required: expected true or false, found 'perhaps'"),
])
def test_a_wrong_value_names_file_line_and_field(forms, change, expected):
    bad = {"    type: text\n": "    type: textbox\n", "    required: true\n": "    required: perhaps\n"}[change]
    write(forms / "forms/self-referral.yml", FORM.replace(change, bad))
    assert any(error.startswith(expected) for error in errors_of(forms)), errors_of(forms)


def test_a_choice_question_needs_its_choices(forms):
    write(forms / "forms/self-referral.yml", FORM + "  - id: needs\n    type: multiple-choice\n    label: Needs\n")
    assert any("a multiple-choice question needs `choices:`" in error for error in errors_of(forms))


def test_a_stop_question_needs_its_explanation(forms):
    write(forms / "forms/self-referral.yml", FORM + "  - id: agreed\n    type: yes-no\n    label: Agreed?\n"
                                                   "    required: true\n    must_be_yes: true\n")
    assert any("must_be_yes: expected a required yes-no question with a `stop:` text" in e for e in errors_of(forms))


def test_an_overlay_may_translate_only_questions_that_exist(forms):
    write(forms / "forms/self-referral.yml", FORM)
    write(forms / "forms/self-referral.ar.yml", "fields:\n  full-nam:\n    label: الاسم\n")
    assert "content/forms/self-referral.ar.yml:2: fields.full-nam: unknown field 'full-nam' (did you mean " \
           "'full-name'?); expected one of: full-name" in errors_of(forms)


def test_an_overlay_may_not_change_what_a_question_is(forms):
    write(forms / "forms/self-referral.yml", FORM)
    write(forms / "forms/self-referral.ar.yml", "fields:\n  full-name:\n    required: false\n")
    assert any(error.startswith("content/forms/self-referral.ar.yml:3: fields.full-name.required: unknown field")
               for error in errors_of(forms))


def test_a_form_names_real_pathways_and_needs_an_endpoint(content):
    write(content / "forms/self-referral.yml", FORM.replace("[self-referral]", "[self-referal]"))
    errors = errors_of(content)
    assert any("pathways[0]: unknown pathway 'self-referal' (did you mean 'self-referral'?)" in e for e in errors)
    assert any("site.yml:1: forms: the form content/forms/self-referral.yml needs somewhere to post" in e for e in errors)


def test_questions_answered_together_must_name_other_questions_of_the_form(forms):
    write(forms / "forms/self-referral.yml", FORM + "    together: [full-nam]\n")
    [error] = [e for e in errors_of(forms) if "together" in e]
    assert error.startswith("content/forms/self-referral.yml:13: fields[0].together[0]:") and "full-nam" in error

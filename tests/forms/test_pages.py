"""The form pages as generated: the GOV.UK / NHS.UK pattern, the notices before the questions, the
consent box, the protocol's hidden fields, and links to the forms from the pathways."""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser

import pytest

from signpost.load import load_portal
from signpost.pages import generate_pages
from sites import PROJECT


@pytest.fixture(scope="module")
def pages():
    return {page.path: page.text for page in generate_pages(load_portal(PROJECT / "content"))}


class Elements(HTMLParser):
    def __init__(self, html):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def all(self, tag, **attrs):
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]


FORMS = ["self-referral", "professional-referral", "partner-referral"]
LANGS = ["", ".ar", ".fr", ".hi", ".es"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("suffix", LANGS)
def test_every_input_has_one_label_and_every_group_a_fieldset_and_legend(pages, form, suffix):
    html = pages[f"forms/{form}{suffix}.md"]
    page = Elements(html)
    labels = [a["for"] for a in page.all("label")]
    inputs = [a for t, a in page.elements if t in ("input", "textarea") and a.get("type") != "hidden"]
    assert inputs
    for element in inputs:
        assert labels.count(element["id"]) == 1, element
    radios = {a["name"] for a in page.all("input") if a.get("type") in ("radio", "checkbox")}
    dates = {a["name"] for a in page.all("input") if a.get("name", "").endswith("-day")}  # day, month, year
    assert html.count("<fieldset") == html.count("<legend") == len(radios) + len(dates)


def test_the_self_referral_asks_with_autocomplete_and_an_unticked_consent_box(pages):
    page = Elements(pages["forms/self-referral.md"])
    autocomplete = {a["name"]: a.get("autocomplete") for a in page.all("input") if a.get("autocomplete")}
    assert {"full-name": "name", "date-of-birth-day": "bday-day", "date-of-birth-month": "bday-month",
            "date-of-birth-year": "bday-year", "phone": "tel", "email": "email",
            "postcode": "postal-code"}.items() <= autocomplete.items()
    [consent] = page.all("input", name="consent")
    assert consent["type"] == "checkbox" and "checked" not in consent and "required" in consent
    [gotcha] = page.all("input", name="_gotcha")
    assert gotcha["tabindex"] == "-1" and "style" not in gotcha
    assert '<div class="sp-hp">' in pages["forms/self-referral.md"]


def test_the_notices_come_before_the_questions(pages):
    html = pages["forms/self-referral.md"]
    form_starts = html.index("<form")
    for notice in ('href="tel:999"', 'href="tel:111"', 'href="tel:116123"', 'href="../../privacy/"',
                   "What happens next"):
        assert 0 < html.index(notice) < form_starts, notice


def test_the_form_posts_to_the_endpoint_with_its_language_and_thank_you_page(pages):
    html = pages["forms/partner-referral.ar.md"]
    assert 'action="http://127.0.0.1:8001/f/partner-referral"' in html
    assert '<input type="hidden" name="_lang" value="ar">' in html
    assert ('<input type="hidden" name="_next" value="https://socialprescribing.example.org/ar/thank-you/'
            'partner-referral/">') in html
    assert 'data-sp-thank-you="../../thank-you/partner-referral/"' in html
    assert '<script src="../../../assets/forms.js" defer></script>' in html


def test_arabic_shows_translated_questions_and_isolates_phone_and_email_inputs(pages):
    html = pages["forms/self-referral.ar.md"]
    assert '<label class="sp-label" for="f-full-name">الاسم الكامل</label>' in html
    assert re.search(r'type="tel"[^>]*dir="ltr"', html) and re.search(r'type="email"[^>]*dir="ltr"', html)


def test_an_untranslated_question_falls_back_marked_as_english(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(PROJECT / "content", content)
    (content / "forms/professional-referral.fr.yml").unlink()
    shutil.copytree(PROJECT / "docs" / "assets", tmp_path / "docs" / "assets")  # files the content names
    pages = {page.path: page.text for page in generate_pages(load_portal(content))}
    html = pages["forms/professional-referral.fr.md"]
    assert '<span lang="en" dir="ltr">Your name</span>' in html
    assert 'class="sp-notice"' in html


def test_the_partner_form_gates_the_rest_behind_the_agreement_question(pages):
    html = pages["forms/partner-referral.md"]
    assert html.index('data-sp-stop-for="person-agreed"') < html.index('data-sp-gated-by="person-agreed"') \
        < html.index('name="referrer-name"') < html.index('type="submit"')


def test_pathways_and_get_referred_link_to_their_forms(pages):
    assert 'href="../../forms/self-referral/"' in pages["pathways/self-referral.md"]
    assert 'href="../../forms/partner-referral/"' in pages["pathways/vcse-partner-referral.md"]
    assert 'href="../../forms/professional-referral/"' in pages["pathways/gp-practice-referral.md"]
    assert "forms/" not in pages["pathways/self-referral.md"].replace("forms/self-referral/", "")
    get_referred = pages["get-referred.md"]
    assert all(f'href="../forms/{form}/"' in get_referred for form in FORMS)


def test_each_form_has_a_thank_you_page_in_every_language(pages):
    for form in FORMS:
        for suffix in LANGS:
            assert "<h1>" in pages[f"thank-you/{form}{suffix}.md"]
    assert "شكرًا لك. لقد وصلتنا إحالتك." in pages["thank-you/self-referral.ar.md"]


def test_a_choice_whose_list_label_is_not_translated_is_marked_as_english(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(PROJECT / "content", content)
    languages = content / "lists" / "languages.yml"
    languages.write_text(languages.read_text(encoding="utf-8").replace("  fr: arabe\n", "", 1), encoding="utf-8")
    shutil.copytree(PROJECT / "docs" / "assets", tmp_path / "docs" / "assets")  # files the content names
    pages = {page.path: page.text for page in generate_pages(load_portal(content))}
    html = pages["forms/self-referral.fr.md"]
    assert '<span lang="en" dir="ltr">Arabic</span>' in html
    assert html.count("data-sp-untranslated") == 1
    assert '<span lang="en" dir="ltr">' not in pages["forms/self-referral.ar.md"].split("</form>")[0].split("<form", 1)[1]

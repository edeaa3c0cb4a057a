"""Lists of labels and names in generated text are joined as each language joins a list (Babel's
format_list through signpost.wording), never with a bare ", ": read in the built sample."""
import re

import pytest


def fact(html: str, term: str) -> str:
    found = re.search(rf"<dt[^>]*>{re.escape(term)}</dt>\s*<dd[^>]*>(.*?)</dd>", html, re.S)
    assert found, term
    return found.group(1)


@pytest.mark.parametrize("lang, term, expected", [
    ("en", "How it is offered", "In person, by phone and home visits"),
    ("fr", "Comment le service est proposé", "En personne, par téléphone et visites à domicile"),
    ("ar", "طريقة تقديم الخدمة", "حضوريًا وعبر الهاتف وزيارات منزلية"),
    ("en", "Languages spoken", "English, Bengali, Somali and Urdu"),
    ("fr", "Langues parlées", "anglais, bengali, somali et ourdou"),
    ("en", "Areas covered", "Riverside Central and North Riverside"),
])
def test_delivery_languages_and_areas_read_as_a_list_in_the_pages_language(built_sample, lang, term, expected):
    prefix = "" if lang == "en" else f"{lang}/"
    assert fact(built_sample.page(f"{prefix}services/carers-cafe/"), term) == expected


def test_days_of_a_session_and_a_cards_areas_read_as_a_list(built_sample):
    page = built_sample.page("services/community-food-bank/")
    assert '<li>Tuesday and Thursday: <bdi dir="ltr">10:00–13:00</bdi></li>' in page
    cards = built_sample.page("services/")
    assert "North Riverside and Riverside Central" in cards
    areas = re.findall(r"<dt>Areas covered</dt><dd>([^<]*)</dd>", cards)
    assert areas and all(" and " in text for text in areas if ", " in text), areas  # never a bare "A, B"
    assert "Tuesday and Thursday" in cards

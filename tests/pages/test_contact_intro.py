"""The contact page and leaflets never claim a level the content did not state ("in the borough"): they
name the area in the team's own words (site.yml's `area_name`, translated by overlay) or say nothing of
where, in every language."""
import pytest

from signpost.leaflets import pages as leaflet_pages
from signpost.pages import contact

from conftest import write
from .kinds import page, portal_of
from .test_services_and_stories import edit

LANGUAGES = ("en", "ar", "fr", "hi", "es")
NEUTRAL = {"en": "runs this social prescribing service", "ar": "خدمة الوصفات الاجتماعية هذه",
           "fr": "gère ce service de prescription sociale", "hi": "यह सोशल प्रिस्क्राइबिंग सेवा चलाती है",
           "es": "gestiona este servicio de prescripción social"}
WORDS_FOR_A_LEVEL = ("borough", "المنطقة", "commune", "इलाक़े", "distrito")


def contact_page(portal, lang):
    [only] = contact.pages(portal, lang)
    return only.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_an_area_name_the_intro_is_neutral(content, lang):
    html = contact_page(portal_of(content), lang)
    assert NEUTRAL[lang] in html
    assert not any(word in html for word in WORDS_FOR_A_LEVEL), lang


def test_the_area_is_named_in_the_teams_own_words_and_translated_by_overlay(content):
    edit(content / "site.yml", "organisation: Fixture Community Action\n",
         "organisation: Fixture Community Action\narea_name: the City of Fixtureton\n")
    write(content / "leaflets/guide.yml", "title: Guide\naudience: resident\nintro: For help.\n"
          "pathways: [self-referral]\nsections: [needs]\nreviewed: 2026-01-15\n")
    write(content / "site.ar.yml", (content / "site.ar.yml").read_text(encoding="utf-8") + "area_name: مدينة فيكستشرتون\n")
    portal = portal_of(content)
    assert "Fixture Community Action runs social prescribing in the City of Fixtureton." in contact_page(portal, "en")
    assert "في مدينة فيكستشرتون" in contact_page(portal, "ar")
    french = contact_page(portal, "fr")  # no French name: the English one, marked as English
    assert 'pour <span lang="en" dir="ltr">the City of Fixtureton</span>' in french
    leaflet = page(leaflet_pages.pages(portal, "es"), "leaflets/guide.es.md")
    assert "gestiona la prescripción social en" in leaflet and "the City of Fixtureton" in leaflet

"""The finder's static pages (/services/need/food/ ...): every filter value, in every language,
lists exactly the services the library's own filtering gives; the directory links to each."""
import re

import pytest

from signpost.load import load_portal
from signpost.search.facets import FACETS, facet_values, matching

LANGUAGES = ("en", "ar", "fr", "hi", "es")


@pytest.fixture(scope="module")
def sample_portal(built_sample):
    return load_portal(built_sample.project / "content")


def listed(html: str) -> list[str]:
    block = html.split("data-sp-filter-results", 1)
    return re.findall(r'<li class="sp-card" data-service="([a-z0-9-]+)">', block[1]) if len(block) == 2 else []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_filter_page_lists_the_services_of_the_librarys_filtering(built_sample, sample_portal, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    checked = 0
    for facet in FACETS:
        for value in facet_values(sample_portal, facet):
            html = built_sample.page(f"{prefix}services/{facet.name}/{value}/")
            assert listed(html) == matching(sample_portal, {facet.name: [value]}, lang=lang), (lang, facet.name, value)
            assert f'<html lang="{lang}"' in html
            checked += 1
    assert checked > 20


def test_the_issues_example_pages_exist_and_are_not_empty(built_sample):
    for url in ("services/need/food/", "services/area/north-riverside/", "services/language/ar/",
                "services/cost/free/", "services/referral/self/", "services/delivery/online/",
                "services/access/step-free/"):
        assert listed(built_sample.page(url)), url


def test_the_directory_links_every_filter_value_to_its_page(built_sample, sample_portal):
    html = built_sample.page("ar/services/")
    for facet in FACETS:
        for value in facet_values(sample_portal, facet):
            assert f'href="{facet.name}/{value}/"' in html, (facet.name, value)


def test_the_directory_still_lists_every_service_without_javascript(built_sample, sample_portal):
    html = built_sample.page("services/")
    for service_id in sample_portal.services:
        assert f'href="{service_id}/"' in html
    assert re.search(r'<form class="sp-finder__form" data-sp-finder-form hidden>', html)


@pytest.mark.parametrize("lang, level", [("en", "Neighbourhood"), ("ar", "الحي"), ("fr", "Quartier"), ("hi", "इलाक़ा"),
                                         ("es", "Barrio")])
def test_the_area_filter_is_named_by_the_sites_level_in_each_language(built_sample, lang, level):
    """The sample's services name neighbourhoods: the filter says so, in the page's language, never "Area"."""
    prefix = "" if lang == "en" else f"{lang}/"
    assert f'<label for="sp-finder-area">{level}</label>' in built_sample.page(f"{prefix}services/")
    # (the name is the team's own, marked in its language and isolated; French spaces its colon)
    assert re.search(rf'<h1>{level}[\s\u00a0\u202f]?: (<bdi lang="en" dir="ltr">)?North Riverside(</bdi>)?</h1>',
                     built_sample.page(f"{prefix}services/area/north-riverside/"))

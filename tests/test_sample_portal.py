"""The sample portal the repository ships: it must build, strictly, in all five languages."""
import re
from html import unescape
from xml.etree import ElementTree

import pytest

from signpost.load import load_portal
from sites import PROJECT

LANGUAGES = ("en", "ar", "fr", "hi", "es")
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def sample():
    return load_portal(PROJECT / "content")


@pytest.fixture(scope="module")
def built(built_sample):
    return built_sample


def test_the_sample_is_as_large_as_promised(sample):
    assert len(sample.services) >= 16
    assert len({need for item in sample.services.values() for need in item.data.needs}) >= 10
    assert len({area for item in sample.services.values() for area in item.data.areas}) >= 3
    assert len(sample.team) == 8
    practices = {practice for item in sample.team.values() for practice in item.data.practices}
    assert len(practices) >= 14
    assert len({sample.practices()[practice].parent("pcn").id for practice in practices}) == 4
    assert sum(item.data.lead for item in sample.team.values()) == 2
    spoken = {lang for item in sample.team.values() for lang in item.data.languages}
    assert set(LANGUAGES) <= spoken
    assert len(sample.stories) == 4
    assert {p.data.audience for p in sample.pathways.values()} == {"resident", "gp-practice", "professional", "vcse-partner"}


def test_at_least_six_services_and_the_self_referral_pathway_are_fully_translated(sample):
    from signpost.models.base import translatable_fields

    def fully_translated(item):
        fields = [f for f in translatable_fields(type(item.data)) if getattr(item.data, f) is not None]
        return all(lang in item.overlays and all(getattr(item.overlays[lang], f) for f in fields)
                   for lang in LANGUAGES[1:])

    assert sum(fully_translated(item) for item in sample.services.values()) >= 6
    assert fully_translated(sample.pathways["self-referral"])
    assert not all(fully_translated(item) for item in sample.services.values())  # so the fallback shows


def test_every_interface_string_is_translated(sample):
    for lang in LANGUAGES:
        assert set(sample.strings[lang]) == set(sample.strings["en"]), lang


def test_the_sample_builds_strictly_in_every_language(built):
    for lang in LANGUAGES:
        root = built.site if lang == "en" else built.site / lang
        for page in ("", "what-is-social-prescribing/", "get-referred/", "services/", "services/community-food-bank/",
                     "needs/food/", "team/", "stories/", "pathways/self-referral/", "green-social-prescribing/",
                     "partners/", "contact/", "privacy/", "accessibility/"):
            html = (root / page / "index.html").read_text(encoding="utf-8")
            assert f'<html lang="{lang}"' in html, (lang, page)


def test_the_home_page_opens_three_doors(built):
    for lang in LANGUAGES:
        html = (built.site / ("" if lang == "en" else lang) / "index.html").read_text(encoding="utf-8")
        assert html.count('class="sp-door"') == 3, lang


def _feed_links(html: str) -> list[str]:
    return re.findall(r'<link rel="alternate" type="application/atom\+xml" href="([^"]+)" title="[^"]+">', html)


def test_every_page_head_links_its_languages_atom_feed(built, sample):
    site_url = str(sample.site.data.url).rstrip("/") + "/"
    for lang in LANGUAGES:
        prefix = "" if lang == "en" else f"{lang}/"
        for page in ("", "news/", "services/community-food-bank/", "contact/", "services/area/north-riverside/"):
            html = (built.site / prefix / page / "index.html").read_text(encoding="utf-8")
            assert _feed_links(html) == [f"{site_url}{prefix}news/feed.xml"], (lang, page)
        feed = ElementTree.parse(built.site / prefix / "news/feed.xml").getroot()
        self_link = feed.find(f"{ATOM}link[@rel='self']").get("href")
        assert self_link == f"{site_url}{prefix}news/feed.xml" and feed.get("{http://www.w3.org/XML/1998/namespace}lang") in (lang, None)


def test_a_news_item_shows_its_image_with_alt_text_in_every_language(built, sample):
    item = sample.news["new-carers-cafe-evening"]
    for lang in LANGUAGES:
        prefix = "" if lang == "en" else f"{lang}/"
        html = (built.site / prefix / "news/new-carers-cafe-evening/index.html").read_text(encoding="utf-8")
        images = re.findall(r'<img src="([^"]+)" alt="([^"]+)"', html)
        alt = sample.text(item, "image_alt", lang)
        assert not alt.fallback, lang
        assert [(src.rsplit("/", 1)[-1], unescape(text)) for src, text in images] == [("carers-cafe-evening.jpg", alt.text)]
        source = (built.site / prefix / "news/new-carers-cafe-evening" / images[0][0]).resolve()
        assert source.is_file() and source.stat().st_size > 1000, lang

"""The Pagefind index of the built sample: one index per language, the page content only."""
import re

from signpost.search.pagefind import BUNDLE, UNUSED

LANGUAGES = ("en", "ar", "fr", "hi", "es")


def test_one_index_per_language_from_html_lang(built_sample):
    bundle = built_sample.site / BUNDLE
    metas = {path.name.split("_")[0].removeprefix("pagefind.") for path in bundle.glob("pagefind.*.pf_meta")}
    assert metas == set(LANGUAGES)
    assert (bundle / "pagefind.js").is_file()


def test_pagefinds_ready_made_interfaces_are_not_shipped(built_sample):
    assert [name for name in UNUSED if (built_sample.site / BUNDLE / name).exists()] == []


def test_the_page_content_is_indexed_and_the_service_name_weighs_most(built_sample):
    html = built_sample.page("ar/services/community-food-bank/")
    body = html.split("data-pagefind-body", 1)
    assert len(body) == 2, "the content is marked for indexing"
    assert re.search(r'<h1 data-pagefind-weight="10"[^>]*>', body[1])
    header = html.split('<header', 1)[1].split('</header>', 1)[0]
    assert "data-pagefind-body" not in header


def test_the_chrome_is_outside_the_indexed_content(built_sample):
    html = built_sample.page("services/community-food-bank/")
    start = html.index("data-pagefind-body")
    assert html.index("md-header") < start < html.index('class="md-footer')
    assert html.count("data-pagefind-body") == 1


def test_filter_pages_and_the_shortlist_stay_out_of_the_index(built_sample):
    for url in ("services/need/food/", "ar/services/cost/free/", "shortlist/", "hi/shortlist/"):
        assert "data-pagefind-body" not in built_sample.page(url), url
    assert "data-pagefind-body" in built_sample.page("what-is-social-prescribing/")

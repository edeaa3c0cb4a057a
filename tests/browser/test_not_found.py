"""Each language's not-found page, as a host that serves it for that language's folder would: in its
language and direction, with no axe violation, and leading home and to every other language."""
from __future__ import annotations

import pytest

from .support import LANGUAGES, language_prefix
from .test_accessibility import violations


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_not_found_page(lang, page, site_url, axe):
    response = page.goto(site_url + language_prefix(lang) + "404.html")
    assert response is not None and response.ok
    assert page.evaluate("document.documentElement.lang") == lang
    assert page.evaluate("document.body.dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.locator("h1").inner_text() != "404 - Not found"
    others = page.locator("article li a[hreflang]")
    assert sorted(others.evaluate_all("links => links.map(link => link.hreflang)")) == sorted(
        other for other in LANGUAGES if other != lang)
    with page.expect_navigation():
        page.locator("article a").first.click()  # the way home
    assert page.evaluate("document.documentElement.lang") == lang and page.url == site_url + language_prefix(lang)
    page.goto(site_url + language_prefix(lang) + "404.html")
    found = violations(axe, page, f"{lang}/404.html")
    assert not found, "\n".join(found)

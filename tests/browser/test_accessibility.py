"""WCAG 2.2 AA, as far as axe-core can tell: no violation on any page type, in any language."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .support import LANGUAGES, pages_in

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],  # passes come back as one node each, not all: twice as fast
}


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


def violations(axe: Axe, page, url: str) -> list[str]:
    """One line per violation: the page, the rule, its impact and the elements that break it."""
    results = axe.run(page, options=AXE_OPTIONS).response
    return [
        f"/{url}: {violation['id']} ({violation['impact']}): {violation['help']}; "
        f"{', '.join(' '.join(node['target']) for node in violation['nodes'])}"
        for violation in results["violations"]
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_violation_on_any_page_type(lang, page, site_url, sample_pages, axe):
    urls = pages_in(sample_pages, lang)
    assert urls, f"no pages in {lang}"
    found = []
    for url in urls:
        response = page.goto(site_url + url)
        assert response is not None and response.ok, f"/{url}: {response and response.status}"
        found += violations(axe, page, url)
    assert not found, f"axe found {len(found)} violations in {lang}:\n" + "\n".join(found)


def test_axe_finds_no_violation_on_the_not_found_page(page, site_url, axe):
    response = page.goto(site_url + "no-such-page/")
    assert response is not None and response.status == 404
    assert page.locator("h1").count() == 1, "the site's own 404 page was not served"
    found = violations(axe, page, "no-such-page/")
    assert not found, "axe found violations on the 404 page:\n" + "\n".join(found)



def test_the_not_found_page_is_in_the_default_language(page, site_url):
    # static-i18n writes every language's 404.html to the same file: the default language's must win.
    page.goto(site_url + "no-such-page/")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("[data-sp-quick-exit]").inner_text().strip() == "Leave this site"

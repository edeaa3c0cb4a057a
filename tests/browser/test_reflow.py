"""Reflow (WCAG 1.4.10): at 320 CSS px wide, no page of any type in any language scrolls sideways or
puts content off the side of the screen, and the search box and its results stay on screen."""
from __future__ import annotations

import pytest

from .layout import OFF_THE_SIDE, PHONE
from .support import LANGUAGES, language_prefix, pages_in, wait_until


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_scrolls_sideways_at_320_px(lang, phone, site_url, sample_pages):
    urls = pages_in(sample_pages, lang)
    assert urls
    problems = []
    for url in urls:
        phone.goto(site_url + url)
        problems += [f"/{url}: {found}" for found in phone.evaluate(OFF_THE_SIDE)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_search_box_and_its_results_stay_on_screen_at_320_px(lang, phone, site_url):
    phone.goto(site_url + language_prefix(lang))
    box = phone.locator("[data-sp-search-input]")
    box.click()
    box.fill("food")
    panel = phone.locator("[data-sp-search-panel]")
    wait_until(phone, "() => !document.querySelector('[data-sp-search-panel]').hidden", timeout=10)
    wait_until(phone, "() => document.querySelectorAll('[data-sp-search-list] a').length > 0", timeout=10)
    for name, element in (("search box", box), ("results", panel), ("first result", phone.locator("[data-sp-search-list] a").first)):
        rect = element.bounding_box()
        assert rect and rect["x"] >= 0 and rect["x"] + rect["width"] <= PHONE["width"], f"{name}: {rect}"
    assert not phone.evaluate(OFF_THE_SIDE)

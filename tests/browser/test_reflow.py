"""Reflow (WCAG 1.4.10): at 320 CSS px wide, no page of any type in any language scrolls sideways or
puts content off the side of the screen, and the search box and its results stay on screen."""
from __future__ import annotations

import pytest

from .layout import OFF_THE_SIDE, PHONE
from .support import LANGUAGES, language_prefix, pages_in, wait_until


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


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_team_table_is_styled_as_a_table_and_long_names_wrap_in_their_column(lang, width, browser, site_url):
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(site_url + language_prefix(lang) + "team/")
        table = page.locator("#sp-find-link-worker ~ table")
        assert table.count() == 1
        measured = table.evaluate("""table => ({
          finderClass: table.classList.contains("sp-finder"),
          ruled: getComputedStyle(table.querySelector("tbody td")).borderBottomStyle !== "none",
          spilling: [...table.querySelectorAll("th, td")].filter(cell => cell.scrollWidth > cell.clientWidth + 1)
                      .map(cell => cell.textContent.trim().slice(0, 40)),
          right: table.getBoundingClientRect().right, left: table.getBoundingClientRect().left})""")
        assert not measured["finderClass"], "the team table borrows the finder's class"
        assert measured["ruled"], "the team table has no rules between rows"
        assert not measured["spilling"], f"text runs out of its column: {measured['spilling']}"
        assert measured["left"] >= 0 and measured["right"] <= width, measured
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_on_a_phone_the_finder_says_how_many_match_beside_the_filters_and_jumps_to_them(lang, phone, site_url):
    phone.goto(site_url + language_prefix(lang) + "services/")
    phone.locator("#sp-finder-cost").select_option(index=1)
    jump = phone.locator("[data-sp-finder-jump]")
    wait_until(phone, "() => !document.querySelector('[data-sp-finder-jump]').hidden")
    count = int("".join(ch for ch in jump.inner_text() if ch.isdigit()))
    cards = phone.locator("[data-sp-finder-list] > li")
    assert count == cards.count() > 0
    select = phone.locator("#sp-finder-cost").bounding_box()
    assert jump.bounding_box()["y"] < select["y"], "the count is not beside the filters, above them"
    jump.locator("a").click()
    wait_until(phone, "() => location.hash === '#sp-finder-results'")
    first = cards.first.bounding_box()
    assert 0 <= first["y"] < PHONE["height"], f"the results did not come into view: {first}"
    facts = cards.first.locator("dl.sp-card__facts dt")
    assert facts.count() >= 2, "a card shows neither cost nor area"


def test_when_nothing_matches_the_finder_offers_next_steps(phone, site_url):
    phone.goto(site_url + "services/")
    phone.locator("#sp-finder-q").fill("zzzz no such service")
    wait_until(phone, "() => !document.querySelector('[data-sp-finder-empty]').hidden")
    empty = phone.locator("[data-sp-finder-empty]")
    assert empty.locator("button[data-sp-finder-clear]").is_visible()
    assert empty.locator("a[href*='contact']").is_visible()
    assert empty.locator("a[href^='tel:']").is_visible()

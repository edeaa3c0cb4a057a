"""Keyboard use: a skip link first, focus always visible, a tab order that follows the page, and the
quick exit within a few presses of Tab."""
from __future__ import annotations

import pytest

from .support import language_prefix, wait_until

PAGES = ["", "services/", "services/community-food-bank/"]
CASES = [(lang, url) for lang in ("en", "ar") for url in PAGES]
QUICK_EXIT_WITHIN = 10  # presses of Tab
MAX_TABS = 200

# Where the focus is: its place in document order, and what a reader sees of it.
FOCUSED = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  return {
    order: Array.prototype.indexOf.call(document.getElementsByTagName("*"), element),
    html: element.outerHTML.slice(0, 120),
    inHeader: !!element.closest("header.md-header"),
    inContent: !!element.closest(".md-content"),
    quickExit: element.matches("[data-sp-quick-exit]"),
    isLink: element.matches("a[href]"),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== "none",
    visible: rect.width > 0 && rect.height > 0,
  };
}"""


def page_id(case) -> str:
    lang, url = case
    return f"{lang}:/{url}"


@pytest.fixture(params=CASES, ids=page_id)
def loaded(request, page, site_url):
    lang, url = request.param
    page.goto(site_url + language_prefix(lang) + url)
    return page


def test_the_first_tab_shows_a_skip_link_that_moves_to_the_main_content(loaded):
    page = loaded
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    assert page.evaluate("document.activeElement.matches('a.md-skip')"), \
        f"the first Tab focused {page.evaluate('document.activeElement.outerHTML.slice(0, 120)')}"
    # It is hidden until focused, then fades in: wait for it to show.
    wait_until(page, "() => getComputedStyle(document.activeElement).opacity === '1'")
    box = skip.bounding_box()
    viewport = page.viewport_size
    assert box and box["width"] > 0 and box["height"] > 0
    assert 0 <= box["y"] < viewport["height"] and 0 <= box["x"] < viewport["width"], box
    target = skip.get_attribute("href")
    assert target.startswith("#")

    page.keyboard.press("Enter")
    wait_until(page, "hash => decodeURIComponent(location.hash) === hash", target)  # ids may be Arabic
    assert page.evaluate(
        "id => !!document.getElementById(id)?.closest('.md-content')", target[1:]
    ), f"{target} is not in the main content"
    top = page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", target[1:])
    assert 0 <= top < viewport["height"], f"the main content was not scrolled into view (top {top})"
    # The next Tab continues from the main content, not from the header.
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert focused and focused["inContent"], f"after the skip link, Tab focused {focused}"


def tab_through(page) -> list[dict]:
    """Every element Tab reaches, in order, once round the page."""
    stops = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None or (stops and focused["order"] == stops[0]["order"]):
            return stops
        stops.append(focused)
    pytest.fail(f"Tab never left the page in {MAX_TABS} presses")


def test_tab_order_follows_the_page_with_quick_exit_early_and_visible_focus(loaded):
    stops = tab_through(loaded)
    backwards = [(before["html"], after["html"]) for before, after in zip(stops, stops[1:])
                 if after["order"] <= before["order"]]
    assert not backwards, f"Tab goes against document order: {backwards}"

    exits = [number for number, stop in enumerate(stops, 1) if stop["quickExit"]]
    assert exits, "Tab never reaches the quick exit"
    assert exits[0] <= QUICK_EXIT_WITHIN, f"the quick exit is Tab stop {exits[0]}"

    header = [number for number, stop in enumerate(stops) if stop["inHeader"]]
    content = [number for number, stop in enumerate(stops) if stop["inContent"] and stop["isLink"]]
    assert content, "Tab never reaches a link in the main content"
    assert max(header) < min(content), "a link of the main content comes before the end of the header"

    hidden = [stop["html"] for stop in stops if stop["inContent"] and not (stop["outline"] or stop["shadow"])]
    assert not hidden, f"no visible focus indicator on: {hidden}"
    unseen = [stop["html"] for stop in stops if not stop["visible"]]
    assert not unseen, f"Tab reaches elements that take no space on screen: {unseen}"

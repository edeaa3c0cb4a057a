"""Focus on a phone and a zoomed desktop: never under the sticky header (WCAG 2.4.11), forwards or
backwards, nor after an empty submit without JavaScript; and Tab never reaches an element the reader
cannot see (the closed navigation drawer, a closed menu)."""
from __future__ import annotations

import pytest

from .layout import FOCUSED, PHONE, ZOOMED
from .support import language_prefix

FORMS = ["forms/self-referral/", "forms/professional-referral/", "forms/partner-referral/", "services/"]
PAGES = ["", "services/", "services/community-food-bank/", "forms/self-referral/", "team/"]
MAX_TABS = 300


@pytest.fixture(params=[PHONE, ZOOMED], ids=["320px", "640px"])
def small_screen(request, browser):
    context = browser.new_context(viewport=request.param)
    yield context.new_page()
    context.close()


def walk(page, key: str) -> list[dict]:
    """Every Tab stop once round the page, pressing `key` ('Tab' or 'Shift+Tab')."""
    stops = []
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        focused = page.evaluate(FOCUSED)
        if focused is None or (stops and focused["order"] == stops[0]["order"]):
            return stops
        if not (focused["onScreen"] and focused["shown"]):
            # A menu that opens on focus fades in: up to 400 ms, measured once shown with no transition
            # running (polled, not one fixed 400 ms wait a stop: there are over a hundred such stops).
            waited = 0
            while waited < 400 and not (focused["onScreen"] and focused["shown"] and focused["still"]):
                page.wait_for_timeout(25)
                waited += 25
                focused = page.evaluate(FOCUSED)
        stops.append(focused)
    pytest.fail(f"{key} never went round {page.url} in {MAX_TABS} presses")


def under_header(stops: list[dict]) -> list[str]:
    return [f"{stop['html']} at {stop['top']:.0f}..{stop['bottom']:.0f}, header ends at {stop['headerBottom']:.0f}"
            for stop in stops if not stop["inHeader"] and not stop["fixed"] and stop["top"] < stop["headerBottom"] - 1]


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("url", FORMS)
def test_tabbing_forwards_and_backwards_never_leaves_the_focus_under_the_header(url, lang, small_screen, site_url):
    page = small_screen
    page.goto(site_url + language_prefix(lang) + url)
    forwards = walk(page, "Tab")
    assert len(forwards) > 5, forwards
    backwards = walk(page, "Shift+Tab")
    assert len(backwards) == len(forwards), "Shift+Tab does not reach what Tab reaches"
    hidden = under_header(forwards) + under_header(backwards)
    assert not hidden, "focus under the sticky header:\n" + "\n".join(hidden)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_after_an_empty_submit_without_javascript_the_first_field_is_in_view(lang, browser, site_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + language_prefix(lang) + "forms/self-referral/")
        page.locator("form[data-sp-form] button[type=submit]").click()
        page.wait_for_timeout(300)
        focused = page.evaluate(FOCUSED)
        first = page.locator("form[data-sp-form] :is(input:not([type=hidden]), textarea, select) >> visible=true").first
        assert focused and first.evaluate("element => element === document.activeElement"), focused
        assert focused["top"] >= focused["headerBottom"] - 1 and focused["bottom"] <= PHONE["height"], focused
        label = page.locator(f"label[for='{first.get_attribute('id')}']").bounding_box()
        assert label and label["y"] >= focused["headerBottom"] - 1, f"the field's label is under the header: {label}"
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_tab_reaches_only_what_a_reader_can_see(lang, small_screen, site_url):
    page = small_screen
    problems = []
    for url in PAGES:
        page.goto(site_url + language_prefix(lang) + url)
        problems += [f"/{language_prefix(lang)}{url}: {stop['html']}" for stop in walk(page, "Tab")
                     if not (stop["onScreen"] and stop["shown"])]
    assert not problems, "Tab reaches elements that cannot be seen:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_menu_opens_from_the_keyboard_where_the_drawer_is_closed(lang, small_screen, site_url):
    page = small_screen
    page.goto(site_url + language_prefix(lang) + "services/")
    button = page.locator("button.sp-menu-button")
    assert button.is_visible() and button.get_attribute("aria-label"), "no menu button a keyboard can reach"
    for _ in range(20):
        page.keyboard.press("Tab")
        if button.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the menu button")
    page.keyboard.press("Enter")
    page.wait_for_timeout(500)
    assert button.get_attribute("aria-expanded") == "true"
    focused = page.evaluate(FOCUSED)
    assert focused and focused["onScreen"] and focused["shown"] and "md-nav__link" in focused["html"], focused
    page.keyboard.press("Escape")
    page.wait_for_timeout(400)
    assert button.get_attribute("aria-expanded") == "false"
    assert button.evaluate("element => element === document.activeElement")

"""A resident fills in and sends the self-referral form in chromium, with JavaScript on and off, in
English and Arabic, into a running receiver; the stored record decrypts to exactly what was typed."""
from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from forms.support import forms_build, forms_site_url, receiver, receiver_port  # noqa: F401 (fixtures)

from .support import CspWatch

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
               "resultTypes": ["violations"]}
PREFIX = {"en": "", "ar": "ar/"}
RESIDENT = {
    "en": {"full-name": "Ann Example", "phone": "020 7946 0123", "about": "I feel alone since I moved here.\nMornings are best."},
    "ar": {"full-name": "آمنة مثال", "phone": "020 7946 0456", "about": "أشعر بالوحدة منذ انتقلت إلى هنا."},
}


def axe_violations(page, context: str | None = None) -> list[str]:
    results = Axe().run(page, context=context, options=AXE_OPTIONS).response
    return [f"{violation['id']}: {' '.join(' '.join(node['target']) for node in violation['nodes'])}"
            for violation in results["violations"]]


@pytest.fixture(params=[True, False], ids=["javascript", "no-javascript"])
def javascript(request) -> bool:
    return request.param


@pytest.fixture
def page(browser, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    yield page
    context.close()


def fill_self_referral(page, typed: dict) -> None:
    page.fill("#f-full-name", typed["full-name"])
    page.fill("#f-date-of-birth", "27")  # the GOV.UK date input: day, month, year
    page.fill("#f-date-of-birth-month", "3")
    page.fill("#f-date-of-birth-year", "1985")
    page.fill("#f-phone", typed["phone"])
    page.fill("#f-about", typed["about"])
    page.check("input[name=needs][value=food]")
    page.check("input[name=needs][value=housing]")
    page.check("input[name=language][value=ar]")
    page.check("input[name=best-time][value=morning]")
    page.check("#f-consent")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_resident_sends_the_self_referral_and_the_team_reads_exactly_what_was_typed(
        lang, javascript, page, forms_site_url, receiver):
    csp = CspWatch(page) if javascript else None
    before = len(receiver.records())
    page.goto(f"{forms_site_url}{PREFIX[lang]}forms/self-referral/")
    assert page.locator("html").get_attribute("lang") == lang
    typed = RESIDENT[lang]
    fill_self_referral(page, typed)
    page.click("button[type=submit]")
    page.wait_for_url(f"{forms_site_url}{PREFIX[lang]}thank-you/self-referral/")
    assert page.locator("h1").count() == 1
    if csp:
        assert csp.violations() == []

    records = receiver.records()
    assert len(records) == before + 1
    record = records[-1]
    assert record["form"] == "self-referral" and record["lang"] == lang
    assert record["answers"] == {
        "full-name": typed["full-name"], "date-of-birth": "1985-03-27", "phone": typed["phone"],
        "about": typed["about"], "needs": ["food", "housing"], "language": "ar", "best-time": "morning",
        "consent": "yes",
    }
    assert typed["full-name"] not in receiver.log()


def test_with_javascript_errors_show_in_a_summary_linking_to_each_field_and_beside_the_field(
        browser, forms_site_url, receiver):
    context = browser.new_context()
    page = context.new_page()
    csp = CspWatch(page)
    before = len(receiver.records())
    page.goto(f"{forms_site_url}ar/forms/self-referral/")
    page.fill("#f-phone", "12")
    page.click("button[type=submit]")
    summary = page.locator("[data-sp-error-summary]")
    summary.wait_for(state="visible")
    assert page.evaluate("document.activeElement.id") == "sp-error-summary"
    links = summary.locator("a")
    targets = [links.nth(index).get_attribute("href") for index in range(links.count())]
    assert targets == ["#f-full-name", "#f-date-of-birth", "#f-phone", "#f-needs", "#f-language", "#f-consent"]
    assert "أدخل رقم هاتف" in summary.inner_text()  # the receiver's message, in the reader's language
    assert "اكتب اسمك الكامل" in summary.inner_text()  # what to do for that question ("Enter your full name")
    assert all(page.get_attribute(f"#f-date-of-birth{part}", "aria-invalid") == "true"
               for part in ("", "-month", "-year")), "the date boxes are not marked invalid"
    phone_error = page.locator("#f-phone-error")
    assert phone_error.is_visible() and "020 7946 0123" in phone_error.inner_text()
    assert page.get_attribute("#f-phone", "aria-invalid") == "true"
    assert "f-phone-error" in page.get_attribute("#f-phone", "aria-describedby")
    links.nth(2).click()
    assert page.evaluate("document.activeElement.id") == "f-phone"
    # The form in its error state (the page around it is checked on every page type by tests/browser).
    assert axe_violations(page, ".md-content") == []
    assert csp.violations() == []
    assert len(receiver.records()) == before
    context.close()


def test_without_javascript_an_invalid_form_gets_an_accessible_page_that_links_back(browser, forms_site_url, receiver):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    before = len(receiver.records())
    page.goto(f"{forms_site_url}forms/self-referral/")
    fill_self_referral(page, RESIDENT["en"])
    page.fill("#f-phone", "12")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert page.url.startswith(receiver.url)
    assert page.locator("h1").inner_text() == "Your form was not sent"
    assert "Enter a phone number" in page.locator("main").inner_text()
    assert page.get_attribute("main a", "href") == f"{forms_site_url}forms/self-referral/"
    html = page.content()
    context.close()
    # axe is a script: check the same page in a context that runs scripts, in spite of the page's strict CSP.
    checker = browser.new_context(bypass_csp=True)
    checked = checker.new_page()
    checked.set_content(html)
    assert axe_violations(checked) == []
    checker.close()
    assert len(receiver.records()) == before


def test_the_partner_form_stops_without_the_persons_agreement(javascript, page, forms_site_url, receiver):
    before = len(receiver.records())
    page.goto(f"{forms_site_url}forms/partner-referral/")
    stop = page.locator("#f-person-agreed-stop")
    if javascript:
        assert not stop.is_visible()  # until "no" is chosen
        page.check("#f-person-agreed-no")
        assert stop.is_visible() and "without their agreement" in stop.inner_text()
        assert not page.locator("#f-referrer-name").is_visible()
        assert not page.locator("button[type=submit]").is_visible()
        page.check("#f-person-agreed")
        assert page.locator("button[type=submit]").is_visible() and not stop.is_visible()
    else:
        assert stop.is_visible()  # the explanation is there to read, and the receiver refuses a "no"
        page.check("#f-person-agreed-no")
        page.fill("#f-referrer-name", "Sam Partner")
        page.fill("#f-referrer-organisation", "Fixture Trust")
        page.fill("#f-referrer-email", "sam@example.org")
        page.fill("#f-person-name", "Ann Example")
        page.fill("#f-person-phone", "020 7946 0123")
        page.check("input[name=area][value=north]")
        page.check("input[name=needs][value=food]")
        page.check("input[name=language][value=en]")
        page.check("#f-consent")
        page.click("button[type=submit]")
        page.wait_for_load_state()
        assert "You cannot refer someone without their agreement" in page.locator("main").inner_text()
    assert len(receiver.records()) == before


def test_the_built_form_page_carries_the_receivers_origin_in_its_policy(forms_build, receiver_port):
    policy = re.search(r'Content-Security-Policy" content="([^"]*)"', forms_build.page("ar/forms/self-referral/")).group(1)
    origin = f"http://127.0.0.1:{receiver_port}"
    assert f"connect-src 'self' {origin};" in policy and f"form-action 'self' {origin};" in policy
    other = re.search(r'Content-Security-Policy" content="([^"]*)"', forms_build.page("services/food-bank/")).group(1)
    assert "connect-src 'self';" in other and "form-action 'self';" in other


TOGETHER = {"en": "Also answer: Session 1: ends at (you answered: Session 1: day)",
            "ar": "أجب أيضًا عن: الجلسة 1: تنتهي الساعة (لأنك أجبت عن: الجلسة 1: اليوم)"}


def fill_required(page) -> None:
    """Any answer to every question the browser itself requires (text, email, a choice, the consent box)."""
    for box in page.locator("input[required][type=text], textarea[required]").all():
        box.fill("Example")
    for box in page.locator("input[required][type=email]").all():
        box.fill("sam@example.org")
    for name in dict.fromkeys(radio.get_attribute("name") for radio in page.locator("input[required][type=radio]").all()):
        page.locator(f"input[type=radio][name={name}]").first.check()
    page.check("#f-consent")


def fill_half_a_session(page) -> None:
    """A session's day and start, without its end (the form's `together` rule wants all three)."""
    page.check("input[name=session-1-day][value=mon]")
    page.fill("#f-session-1-opens", "09:30")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_half_filled_session_is_named_in_the_browser_as_the_receiver_names_it(browser, forms_site_url, receiver, lang):
    # Without JavaScript the receiver refuses it and says why, on its own page.
    plain = browser.new_context(java_script_enabled=False)
    page = plain.new_page()
    page.goto(f"{forms_site_url}{PREFIX[lang]}forms/update-listing/")
    fill_required(page)  # the browser's own checks of required answers come first without the script
    fill_half_a_session(page)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert page.url.startswith(receiver.url)
    said_by_receiver = page.locator("main").inner_text()
    assert TOGETHER[lang] in said_by_receiver
    plain.close()
    # With it, the form's script says the same before anything is sent, beside the question and in the summary.
    context = browser.new_context()
    page = context.new_page()
    csp = CspWatch(page)
    posts = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    page.goto(f"{forms_site_url}{PREFIX[lang]}forms/update-listing/")
    fill_half_a_session(page)
    page.click("button[type=submit]")
    summary = page.locator("[data-sp-error-summary]")
    summary.wait_for(state="visible")
    links = summary.locator("a")
    assert [links.nth(index).get_attribute("href") for index in range(links.count())] == ["#f-session-1-closes"]
    assert links.nth(0).inner_text() == TOGETHER[lang]
    assert TOGETHER[lang] in page.locator("#f-session-1-closes-error").inner_text()
    assert page.get_attribute("#f-session-1-closes", "aria-invalid") == "true"
    assert posts == []
    # Answered in full, the form goes to the receiver, which names what else is missing.
    page.fill("#f-session-1-closes", "12:00")
    page.click("button[type=submit]")
    page.wait_for_function("() => !document.querySelector('[data-sp-error-summary] a[href=\"#f-session-1-closes\"]')"
                           " && document.querySelectorAll('[data-sp-error-summary] a').length > 0")
    assert posts and all(url.startswith(receiver.url) for url in posts)
    assert csp.violations() == []
    context.close()

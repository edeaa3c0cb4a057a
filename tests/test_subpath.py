"""A portal deployed under a path (https://example.org/social-prescribing/), as GitHub Pages serves a
project site: built by `signpost new` + `mkdocs build --strict`, served over HTTP under that path only
(anything outside it is a 404), and driven in chromium. Every page of one language and every page type
of the other load, and every link and asset they hold answers 200 under the path; the language switcher,
search, the finder, the shortlist, the forms' return address, the QR codes and the 404 page stay in it, and a form sent into a running receiver, with and without
JavaScript, brings the reader back to its thank-you page under the path.

The site's address is the local server's, so the receiver's redirect can be followed for real."""
from __future__ import annotations

import io
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from PIL import Image

import site_pages
from browser.support import Settle, _SiteHandler, serve, wait_until
from receiver.support import free_port, running_receiver
from scaffold.support import add_self_referral_form, add_service, new_portal
from sites import build

PATH = "/social-prescribing/"
SITE_PORT, RECEIVER_PORT = free_port(), free_port()
ADDRESS = f"http://127.0.0.1:{SITE_PORT}{PATH}"


class _UnderPathHandler(_SiteHandler):
    """The site's files under PATH only, as a host serving a project site would."""

    def translate_path(self, path):
        if not path.startswith(PATH):
            return str(Path(self.directory) / "no such file")
        return super().translate_path("/" + path[len(PATH):])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = new_portal(tmp_path_factory.mktemp("subpath") / "portal", "--languages", "en,ar", "--url", ADDRESS)
    add_service(project, "low-cost-lunch", "low-cost")
    add_self_referral_form(project, f"http://127.0.0.1:{RECEIVER_PORT}/f/", ("ar",))
    (project / "content/news").mkdir()
    (project / "content/news/opening.yml").write_text(
        "title: We are open\ndate: 2026-01-05\nsummary: The service is open.\nbody: Come and see us.\n", encoding="utf-8")
    result = build(project)
    assert result.result.returncode == 0, result.output
    return result


@pytest.fixture(scope="module")
def base(built):
    with serve(built.site, _UnderPathHandler, SITE_PORT) as root:
        assert root + PATH[1:] == ADDRESS
        yield ADDRESS


@pytest.fixture(scope="module")
def receiver(built, base, tmp_path_factory):
    with running_receiver(built.project / "content", tmp_path_factory.mktemp("receiver"), RECEIVER_PORT) as process:
        yield process



@pytest.fixture
def page(browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def links_on(page) -> list[str]:
    """Every address a page links to or loads, resolved by the browser, without its fragment."""
    return page.eval_on_selector_all(
        "a[href], link[href], script[src], img[src], form[action]",
        "els => els.map(e => (e.href || e.src || e.action || '').split('#')[0])")


def test_the_build_writes_its_addresses_under_the_path(built):
    home = built.page("")
    assert f'<link rel="canonical" href="{ADDRESS}">' in home
    assert f'href="{PATH}ar/" hreflang="ar"' in home
    assert f"{PATH}*\n" in (built.site / "_headers").read_text(encoding="utf-8")
    for lang in ("", "ar/"):  # each language's Atom feed, at its address under the path
        feed = f'<link rel="alternate" type="application/atom+xml" href="{ADDRESS}{lang}news/feed.xml"'
        assert feed in built.page(f"{lang}services/") and (built.site / lang / "news/feed.xml").is_file()


def test_every_page_and_every_link_and_asset_answer_200_under_the_path(built, base, page):
    urls = [url for url in site_pages.all_pages(built.site) if site_pages.page_type(url)[1] == "en"]
    urls += [url for url in site_pages.pages_to_check(built.site) if site_pages.page_type(url)[1] == "ar"]
    origin = base[: -len(PATH)]
    answered, linked = {}, set()
    page.on("response", lambda response: answered.__setitem__(response.url, response.status))
    settle = Settle(page)
    for url in urls:
        response = page.goto(base + url)
        assert response.status == 200, url
        settle()
        linked |= {link for link in links_on(page) if link.startswith(origin)}
    assert len(urls) > 30
    outside = sorted(link for link in linked | set(answered) if link.startswith(origin) and not link.startswith(base))
    assert outside == []
    # Material's switcher asks for sitemap.xml beside each alternate address, at a root as under a path:
    # those 404s are issue 14's (no request that fails), so they are left out here.
    failed = {url: status for url, status in answered.items()
              if status not in (200, 304) and url.startswith(origin) and not url.endswith("/sitemap.xml")}
    assert failed == {}
    unanswered = sorted(link for link in linked - set(answered) if status_of(link) != 200)
    assert unanswered == []


def test_the_404_page_loads_its_assets_and_links_under_the_path(base, page):
    requests = {}
    page.on("response", lambda response: requests.__setitem__(response.url, response.status))
    response = page.goto(base + "no-such-page/")
    assert response.status == 404
    Settle(page)()
    assets = {url: status for url, status in requests.items() if "/assets/" in url}
    assert assets and set(assets.values()) == {200} and all(url.startswith(base) for url in assets)
    home = page.eval_on_selector("a.md-logo", "a => a.href")
    assert home.startswith(base) and status_of(home) == 200


def test_the_language_switcher_goes_to_the_other_language_under_the_path(base, page):
    page.goto(base + "services/")
    arabic = page.eval_on_selector('a.md-select__link[hreflang="ar"]', "a => a.href")
    assert arabic.startswith(base + "ar/") and status_of(arabic) == 200


def test_a_search_finds_pages_under_the_path(base, page):
    page.goto(base)
    page.fill("[data-sp-search-input]", "coffee")
    wait_until(page, "() => document.querySelectorAll('[data-sp-search-list] a').length > 0", timeout=15)
    results = page.eval_on_selector_all("[data-sp-search-list] a", "links => links.map(a => a.href)")
    assert results and all(url.startswith(base) and status_of(url) == 200 for url in results), results
    assert any(url.startswith(base + "services/example-service/") for url in results)


def test_a_finder_filter_narrows_the_list_and_its_links_stay_under_the_path(base, page):
    page.goto(base + "services/?cost=low-cost")
    wait_until(page, "() => document.querySelector('[data-sp-finder-status]').textContent !== ''", timeout=10)
    listed = page.eval_on_selector_all("[data-sp-finder-list] [data-service]", "items => items.map(i => i.dataset.service)")
    assert listed == ["low-cost-lunch"]
    link = page.eval_on_selector("[data-sp-finder-list] a", "a => a.href")
    assert link == base + "services/low-cost-lunch/" and status_of(link) == 200


def test_the_shortlist_fetches_its_services_under_the_path(base, page):
    page.goto(base + "ar/services/example-service/")
    page.click("[data-sp-shortlist-toggle]")
    page.goto(base + "ar/shortlist/")
    wait_until(page, "() => document.querySelectorAll('[data-sp-shortlist-items] [data-service]').length === 1", timeout=10)


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
@pytest.mark.parametrize("lang", ["", "ar/"])
def test_a_form_sent_into_the_receiver_returns_the_reader_to_its_thank_you_page_under_the_path(
        built, base, browser, receiver, lang, javascript):
    # Without JavaScript the receiver redirects to _next, which the build writes from site.yml's url.
    assert f'name="_next" value="{ADDRESS}{lang}thank-you/self-referral/"' in built.page(f"{lang}forms/self-referral/")
    context = browser.new_context(java_script_enabled=javascript)
    try:
        page = context.new_page()
        before = len(receiver.records())
        page.goto(base + f"{lang}forms/self-referral/")
        page.fill("#f-full-name", "Ann Example")
        page.fill("#f-date-of-birth", "27")  # the GOV.UK date input: day, month, year
        page.fill("#f-date-of-birth-month", "3")
        page.fill("#f-date-of-birth-year", "1985")
        page.fill("#f-phone", "020 7946 0123")
        page.check("input[name=needs][value=loneliness]")
        page.check("input[name=language][value=en]")
        page.check("#f-consent")
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}{lang}thank-you/self-referral/")
        assert page.locator("h1").count() == 1
        assert len(receiver.records()) == before + 1
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["", "ar/"])
def test_a_printed_service_page_has_a_qr_code_that_decodes_to_its_address_under_the_path(base, page, lang):
    import zxingcpp

    page.emulate_media(media="print")
    page.goto(base + f"{lang}services/example-service/")
    png = page.locator("svg.sp-qr-code").first.screenshot()
    decoded = [code.text for code in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]
    assert decoded == [f"{ADDRESS}{lang}services/example-service/"]


def test_axe_finds_no_violation_on_any_page_type_of_a_new_portal_under_the_path(built, base, page):
    # The scaffold's own placeholder pages (an English page marked lang="en" inside Arabic) included.
    from axe_playwright_python.sync_playwright import Axe

    axe, found = Axe(), []
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
               "resultTypes": ["violations"]}
    for url in site_pages.pages_to_check(built.site) + ["no-such-page/"]:
        page.goto(base + url)
        found += [f"/{url}: {violation['id']}: {' '.join(' '.join(node['target']) for node in violation['nodes'])}"
                  for violation in axe.run(page, options=options).response["violations"]]
    assert found == []

"""Whatever an editor types is shown as text, never run: markup in every text field of a service, a story
and a link worker, on their pages and the pages that list them, in English and Arabic."""
from __future__ import annotations

import pytest
import yaml

import sites

from .support import CspWatch, language_prefix, serve

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    "[click](javascript:window.__xss=1)",
    '"><svg onload=window.__xss=1>',
]
TITLE_PAYLOAD = "Housing </title><script>window.__xssTitle=1</script>"
SERVICE_FIELDS = ["name", "summary", "description", "who_for", "how_to_access", "cost_details", "schedule_note"]
STORY_FIELDS = ["title", "summary", "body", "pseudonym"]
WORKER_FIELDS = ["name", "role", "bio"]
PAGES = ["services/food-bank/", "stories/a-fresh-start/", "stories/", "team/", "services/", "needs/food/"]
CASES = [(lang, url) for lang in ("en", "ar") for url in PAGES]
# Pages whose title is a field: the field's label in with_payloads(), in each language.
TITLED = {"services/food-bank/": {"en": "name", "ar": "الاسم"}, "stories/a-fresh-start/": {"en": "title", "ar": "title"}}

# Markup that the payloads would have made, had any of them been parsed as HTML.
INJECTED = """() => [
  ...[...document.querySelectorAll("script:not([src])")].filter(script => script.text.includes("__xss") &&
    // JSON-LD is data the browser never runs; it holds the payloads as JSON text, and no raw "<" can end it.
    !(script.type === "application/ld+json" && !script.text.includes("<") && JSON.parse(script.text))),
  ...[...document.querySelectorAll("[onerror], [onload]")].filter(element => element.outerHTML.includes("__xss")),
  ...[...document.querySelectorAll("a[href]")].filter(link => /^\\s*javascript:/i.test(link.getAttribute("href"))),
].map(element => element.outerHTML)"""


def with_payloads(field: str) -> str:
    return f"{field}: " + " ".join(PAYLOADS)


def edit(path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def put_payloads(content) -> None:
    def service(data):
        data.update({field: with_payloads(field) for field in SERVICE_FIELDS})
        for place in data["locations"]:
            place.update(name=with_payloads("location name"), address=with_payloads("location address"))

    def story(data):
        data.update({field: with_payloads(field) for field in STORY_FIELDS})

    def worker(data):
        data.update({field: with_payloads(field) for field in WORKER_FIELDS})

    edit(content / "services" / "food-bank.yml", service)
    edit(content / "services" / "food-bank.ar.yml",
         lambda data: data.update(name=with_payloads(TITLED["services/food-bank/"]["ar"])))
    edit(content / "stories" / "a-fresh-start.yml", story)
    edit(content / "team" / "sam-lee.yml", worker)
    edit(content / "services" / "housing-help.yml", lambda data: data.update(name=TITLE_PAYLOAD))


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory):
    project = sites.fixture_project(tmp_path_factory.mktemp("payloads"))
    put_payloads(project / "content")
    build = sites.build(project)
    # Markup in a text field is text, not an error: the build takes it.
    assert build.result.returncode == 0, build.output
    with serve(build.site) as url:
        yield url


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case[0]}:/{case[1]}")
def test_markup_typed_into_content_is_shown_as_text_and_never_runs(case, page, payload_site):
    lang, url = case
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    watch = CspWatch(page)
    response = page.goto(payload_site + language_prefix(lang) + url)
    assert response is not None and response.ok, f"/{url}: {response and response.status}"
    violations = watch.violations()

    assert not dialogs, f"a dialog opened: {dialogs}"
    assert page.evaluate("typeof window.__xss") == "undefined", "a payload ran"
    assert not page.evaluate(INJECTED), f"payloads became markup: {page.evaluate(INJECTED)}"
    assert not violations, f"the browser blocked payloads that became markup: {violations}"
    text = page.locator(".md-content").inner_text()
    missing = [payload for payload in PAYLOADS if payload not in text]
    assert not missing, f"not shown as text on /{language_prefix(lang)}{url}: {missing}"
    if url in TITLED:
        # The page's own title (the tab, the heading): the text once, neither run nor escaped twice.
        title = with_payloads(TITLED[url][lang])
        assert page.title().startswith(title), page.title()
        assert title in page.locator(".md-content h1").first.text_content()





@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_name_cannot_close_the_title_element(lang, page, payload_site):
    # A <title> ends at the first </title>, whatever escaping the rest of the page has.
    page.goto(payload_site + language_prefix(lang) + "services/housing-help/")
    assert page.evaluate("typeof window.__xssTitle") == "undefined", "a payload ran"
    assert page.title().startswith(TITLE_PAYLOAD)
    assert TITLE_PAYLOAD in page.locator(".md-content h1").first.text_content()

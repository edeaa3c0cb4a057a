"""The quick exit: on every page, in the page's language; with JavaScript it leaves without the page
staying in the back history (also on Shift pressed three times); without, it is a plain link."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from sites import PROJECT, build, fixture_project

from .layout import PHONE
from .support import LANGUAGES, NEUTRAL_SITE, QUICK_EXIT, language_prefix, pages_in, serve

SERVICE = "services/community-food-bank/"
HEADER_LINK = f"header.md-header {QUICK_EXIT}"


def label(lang: str) -> str:
    strings = yaml.safe_load((PROJECT / "content" / "strings" / f"{lang}.yml").read_text(encoding="utf-8"))
    return strings["quick_exit"]


def neutral_site(route) -> None:
    """Stands in for the neutral site, so no test leaves the machine."""
    route.fulfill(body="<title>Weather</title><p>Weather", content_type="text/html")


@pytest.fixture
def neutral(context):
    context.route("https://www.bbc.co.uk/**", neutral_site)
    return context


class HeaderLinks(HTMLParser):
    """The quick exit links inside <header>, and the page's language, from one HTML file."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.links: list[dict] = []
        self._header_depth = 0
        self._link: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        elif tag == "header":
            self._header_depth += 1
        elif tag == "a" and self._header_depth and "data-sp-quick-exit" in attributes:
            self._link = {"href": attributes.get("href"), "target": attributes.get("target"), "text": ""}
            self.links.append(self._link)

    def handle_endtag(self, tag):
        if tag == "header" and self._header_depth:
            self._header_depth -= 1
        elif tag == "a":
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link["text"] += data


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_the_quick_exit_in_its_header_in_the_page_language(lang, sample_site, sample_pages):
    # From the built files (what every reader gets, with or without JavaScript): quick, so every page.
    expected = label(lang)
    assert lang == "en" or expected != label("en"), f"the quick exit is not translated into {lang}"
    problems = []
    for url in pages_in(sample_pages, lang):
        parsed = HeaderLinks()
        parsed.feed((sample_site / url / "index.html").read_text(encoding="utf-8"))
        if len(parsed.links) != 1:
            problems.append(f"/{url}: {len(parsed.links)} quick exit links in the header")
            continue
        link = parsed.links[0]
        if " ".join(link["text"].split()) != expected:
            problems.append(f"/{url}: labelled {link['text'].strip()!r}, expected {expected!r}")
        if link["href"] != NEUTRAL_SITE or link["target"] not in (None, "_self"):
            problems.append(f"/{url}: goes to {link['href']} (target {link['target']})")
        if parsed.lang != lang:
            problems.append(f"/{url}: <html lang={parsed.lang!r}>")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_quick_exit_is_on_screen_on_a_phone(lang, phone, site_url):
    for url in ("", SERVICE):
        phone.goto(site_url + language_prefix(lang) + url)
        box = phone.locator(HEADER_LINK).bounding_box()
        assert box, f"/{language_prefix(lang)}{url}: the quick exit is not shown"
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] and box["y"] >= 0, box
        assert box["height"] >= 24 and box["width"] >= 24, f"too small to tap: {box}"
        phone.mouse.wheel(0, 3000)
        phone.wait_for_timeout(200)
        box = phone.locator(HEADER_LINK).bounding_box()
        assert box and 0 <= box["y"] < PHONE["height"], f"the quick exit scrolled out of view: {box}"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_quick_exit_leaves_and_takes_the_page_out_of_the_back_history(lang, neutral, site_url):
    page = neutral.new_page()
    home = site_url + language_prefix(lang)
    page.goto(home)
    page.goto(home + SERVICE)
    page.locator(HEADER_LINK).click()
    page.wait_for_url(NEUTRAL_SITE)
    page.go_back()
    assert page.url == home, f"Back went to {page.url}, not to the page before the one left"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_pressing_shift_three_times_leaves_the_site(lang, neutral, site_url):
    page = neutral.new_page()
    home = site_url + language_prefix(lang)
    page.goto(home)
    page.goto(home + SERVICE)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL_SITE, timeout=3000)
    page.go_back()
    assert page.url == home


def test_shift_with_typing_in_between_does_not_leave(neutral, site_url):
    # Capital letters are typed with Shift: only Shift on its own, three times running, counts.
    page = neutral.new_page()
    page.goto(site_url + SERVICE)
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+A")
    page.wait_for_timeout(300)
    assert page.url == site_url + SERVICE


def test_without_javascript_the_quick_exit_is_a_plain_link_to_the_neutral_site(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        context.route("https://www.bbc.co.uk/**", neutral_site)
        page = context.new_page()
        page.goto(site_url + SERVICE)
        link = page.locator(HEADER_LINK)
        assert link.get_attribute("href") == NEUTRAL_SITE
        assert link.get_attribute("target") in (None, "_self")
        link.click()
        page.wait_for_url(NEUTRAL_SITE)
        assert page.title() == "Weather"
    finally:
        context.close()


def one_language_site(tmp: Path) -> Path:
    """The fixture portal in English only: no language switcher in the header."""
    project = fixture_project(tmp)
    others = ("ar", "fr", "hi", "es")
    for lang in others:
        for overlay in [*project.glob(f"content/**/*.{lang}.yml"), *project.glob(f"content/strings/{lang}.yml"),
                        *project.glob(f"docs/*.{lang}.md")]:
            overlay.unlink()
    for listed in project.glob("content/lists/*.yml"):  # labels in the other languages
        data = yaml.safe_load(listed.read_text(encoding="utf-8"))
        listed.write_text(yaml.safe_dump(_only_english(data, others), allow_unicode=True), encoding="utf-8")
    site = project / "content" / "site.yml"
    data = yaml.safe_load(site.read_text(encoding="utf-8"))
    data["languages"] = ["en"]
    site.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    config_file = project / "mkdocs.yml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            plugin["i18n"]["languages"] = plugin["i18n"]["languages"][:1]
    config_file.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    result = build(project)
    assert result.result.returncode == 0, result.output
    return result.site


def _only_english(data, others):
    if isinstance(data, dict):  # a label in every language: a mapping of language to text
        label = all(isinstance(value, str) for value in data.values())
        return {key: _only_english(value, others) for key, value in data.items() if not (label and key in others)}
    if isinstance(data, list):
        return [_only_english(value, others) for value in data]
    return data


@pytest.fixture(scope="module")
def english_only(tmp_path_factory):
    with serve(one_language_site(tmp_path_factory.mktemp("one-language"))) as url:
        yield url


@pytest.mark.parametrize("width", [320, 1280])
def test_a_one_language_site_has_the_quick_exit_first_after_the_skip_link(width, browser, english_only):
    context = browser.new_context(viewport={"width": width, "height": 640})
    try:
        page = context.new_page()
        for url in ("", "services/"):
            page.goto(english_only + url)
            assert page.locator(".md-select").count() == 0, "the fixture was meant to have no language switcher"
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.matches('a.md-skip')")
            page.keyboard.press("Tab")
            assert page.evaluate(f"document.activeElement.matches('header.md-header {QUICK_EXIT}')"), \
                page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
            box = page.locator(HEADER_LINK).bounding_box()
            assert box and box["height"] >= 24 and box["width"] >= 24 and 0 <= box["x"] <= width - box["width"]
            page.mouse.wheel(0, 2000)
            page.wait_for_timeout(200)
            box = page.locator(HEADER_LINK).bounding_box()
            assert box and 0 <= box["y"] < 640, f"the quick exit scrolled out of view: {box}"
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_quick_exit_is_the_first_stop_after_the_skip_link(lang, page, site_url):
    for url in ("", SERVICE):
        page.goto(site_url + language_prefix(lang) + url)
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        assert page.evaluate(f"document.activeElement.matches('{HEADER_LINK}')"), \
            page.evaluate("document.activeElement.outerHTML.slice(0, 120)")

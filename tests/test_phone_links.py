"""Every phone number a reader may need to call is a tel: link, isolated left to right, on every page of
the built sample in every language, wherever its text came from (strings, pathways, services,
hand-written pages, templates)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import site_pages
from signpost.phones import link_phones

# Independent of signpost.phones: what a reader would recognise as a number to dial.
PHONE_LIKE = re.compile(r"(?<![\d£.,:/])(?:999|111|116 ?\d{3}|(?:\+44 ?|0)\d{2,4} ?\d{3,4} ?\d{3,4})(?![\d%])")
# Text that can hold no link: the page's <head>, scripts, form controls' own text.
NO_LINK = {"head", "script", "style", "title", "textarea", "option", "select", "button", "template", "svg"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class PhoneScanner(HTMLParser):
    """Phone-like runs in a page's text outside a tel: link, and tel: links not left to right."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict]] = []
        self.plain: list[str] = []
        self.not_ltr: list[str] = []
        self._link_text: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and (attributes.get("href") or "").startswith("tel:"):
            isolated = attributes.get("dir") == "ltr" or any(
                element.get("dir") == "ltr" for _, element in self.open)
            if not isolated:
                self.not_ltr.append(attributes["href"])
        if tag not in VOID:
            self.open.append((tag, attributes))

    def handle_endtag(self, tag):
        names = [name for name, _ in self.open]
        if tag in names:
            del self.open[len(names) - 1 - names[::-1].index(tag):]

    def handle_data(self, data):
        in_tel = any(name == "a" and (attributes.get("href") or "").startswith("tel:") for name, attributes in self.open)
        if in_tel or any(name in NO_LINK for name, _ in self.open):
            return
        self.plain += [match.group(0) for match in PHONE_LIKE.finditer(data)]


def scan(html: str) -> PhoneScanner:
    scanner = PhoneScanner()
    scanner.feed(html)
    return scanner


def test_the_scanner_finds_plain_numbers_and_accepts_links():
    found = scan('<p>Call 999 or NHS 111, Samaritans 116 123, us on 020 7946 0000; £111, 2025.</p>'
                 '<p><a href="tel:999" dir="ltr">999</a></p><p><a href="tel:111">111</a></p>')
    assert found.plain == ["999", "111", "116 123", "020 7946 0000"]
    assert found.not_ltr == ["tel:111"]
    assert scan(link_phones('<p dir="rtl">اتصل بالرقم 999 أو 020 7946 0000، NHS 111 و 116 123.</p>')).plain == []


@pytest.fixture(scope="module")
def sample_pages(built_sample) -> dict[str, str]:
    pages = {url: built_sample.page(url) for url in site_pages.all_pages(built_sample.site)}
    assert len(pages) > 300
    return pages


def test_every_phone_number_on_every_page_is_a_tel_link_isolated_left_to_right(sample_pages):
    plain, not_ltr, links = [], [], 0
    for url, html in sample_pages.items():
        found = scan(html)
        plain += [f"{url}: {number}" for number in found.plain]
        not_ltr += [f"{url}: {href}" for href in found.not_ltr]
        links += html.count('href="tel:')
    assert links > 300  # the footer, emergency notices, pathways, services: numbers are there to find
    assert plain == []
    assert not_ltr == []


def test_the_self_referral_pathway_links_999_in_every_language(sample_pages):
    for folder in ("", "ar/", "fr/", "hi/", "es/"):
        html = sample_pages[f"{folder}pathways/self-referral/"]
        assert '<a href="tel:999" dir="ltr">999</a>' in html, folder
        assert '<a href="tel:+442079460000" dir="ltr">020 7946 0000</a>' in html, folder

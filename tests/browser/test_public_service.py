"""What makes the site read like a public service on a phone: the organisation's full name in the
header at 320 px, emergency numbers a tap away (tel: links, left to right in Arabic) in text no smaller
than the body, and a footer that says who runs the service and how to reach them."""
from __future__ import annotations

import re

import pytest
import yaml

from sites import PROJECT

from .layout import PHONE
from .support import LANGUAGES, language_prefix, pages_in

EMERGENCY = {"tel:999", "tel:111", "tel:116123"}
SITE = yaml.safe_load((PROJECT / "content" / "site.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_header_shows_the_whole_site_name_at_320_px(lang, phone, site_url):
    phone.goto(site_url + language_prefix(lang) + "services/")
    name = phone.locator("header .sp-site-name")
    shown = name.evaluate("""element => {
      const rect = element.getBoundingClientRect();
      return {text: element.textContent.trim(), cut: element.scrollWidth > element.clientWidth + 1,
              left: rect.left, right: rect.right, ellipsis: getComputedStyle(element).textOverflow};
    }""")
    title = phone.title()
    assert shown["text"] and shown["text"] in title, (shown, title)
    assert not shown["cut"] and shown["ellipsis"] != "ellipsis", shown
    assert shown["left"] >= 0 and shown["right"] <= PHONE["width"], shown


@pytest.mark.parametrize("lang", ["en", "ar", "hi"])
@pytest.mark.parametrize("url", ["", "get-referred/", "contact/"])
def test_emergency_numbers_are_tel_links_left_to_right_in_text_no_smaller_than_the_body(url, lang, phone, site_url):
    phone.goto(site_url + language_prefix(lang) + url)
    links = phone.evaluate("""() => [...document.querySelectorAll('.md-content a[href^="tel:"]')].map(a => ({
        href: a.getAttribute("href"), ltr: !!a.closest('[dir="ltr"]'),
        size: parseFloat(getComputedStyle(a).fontSize)}))""")
    found = {link["href"] for link in links}
    assert EMERGENCY <= found, f"missing tel: links {EMERGENCY - found}"
    assert all(link["ltr"] for link in links), [link for link in links if not link["ltr"]]
    body = phone.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-content .md-typeset')).fontSize)")
    small = [link for link in links if link["href"] in EMERGENCY and link["size"] < body - 0.1]
    assert not small, f"emergency numbers smaller than the body text ({body} px): {small}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_footer_names_the_organisation_its_phone_and_the_accessibility_statement(lang, sample_site, sample_pages):
    phone_href = "tel:+44" + re.sub(r"\D", "", SITE["contact"]["phone"])[1:]
    strings = yaml.safe_load((PROJECT / "content" / "strings" / f"{lang}.yml").read_text(encoding="utf-8"))
    problems = []
    for url in pages_in(sample_pages, lang):
        html = (sample_site / url / "index.html").read_text(encoding="utf-8")
        footer = html[html.find('<div class="md-copyright">'):]
        for needed in (SITE["organisation"], SITE["address"]["postcode"], f'href="{phone_href}"',
                       f'>{strings["footer_accessibility"]}</a>'):
            if needed not in footer:
                problems.append(f"/{url}: no {needed!r} in the footer")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_a_description_for_search_engines(lang, sample_site, sample_pages):
    missing = [url for url in pages_in(sample_pages, lang)
               if not re.search(r'<meta name="description" content="[^"]{10,}"',
                                (sample_site / url / "index.html").read_text(encoding="utf-8"))]
    assert not missing, f"no meta description on {missing}"

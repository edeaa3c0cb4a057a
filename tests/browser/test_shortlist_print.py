"""The printed shortlist ("your social prescription"): up to six services on one A4 page, with the date,
the team's name and phone number, a line for who gave it, and for each service its name, what it helps
with, when, where, how to contact it, its cost and a QR code; in Arabic, addresses keep their order."""
from __future__ import annotations

import io
import json

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTComponent, LTContainer

from .support import language_prefix, wait_until

SIX = ["community-food-bank", "money-advice-clinic", "wellbeing-walks", "carers-cafe",
       "housing-advice-drop-in", "befriending-phone-line"]
PARTS = ("needs", "when", "where", "contact", "cost")


def shortlist_page(context, site_url: str, lang: str, ids: list[str]):
    context.add_init_script(f"localStorage.setItem('signpost-shortlist', {json.dumps(json.dumps(ids))})")
    page = context.new_page()
    page.goto(site_url + language_prefix(lang) + "shortlist/")
    wait_until(page, "n => document.querySelectorAll('[data-sp-shortlist-items] > li h2').length === n",
               len(ids), timeout=10)
    page.emulate_media(media="print")
    return page


SMALLEST_PT = 9.0  # a patient reads this sheet: no text under 9 pt


def characters(layout: LTComponent):
    if isinstance(layout, LTChar):
        yield layout
    elif isinstance(layout, LTContainer):
        for child in layout:
            yield from characters(child)


def printed(pdf: bytes) -> tuple[int, list[float]]:
    """The PDF's number of pages, and the size in points of every visible character, from pdfminer."""
    pages = list(extract_pages(io.BytesIO(pdf)))
    return len(pages), [char.size for page in pages for char in characters(page) if char.get_text().strip()]


@pytest.mark.parametrize("lang", ["en", "ar", "hi"])
def test_six_services_print_on_one_a4_page_with_everything_a_patient_needs(lang, context, site_url):
    page = shortlist_page(context, site_url, lang, SIX)
    pages, sizes = printed(page.pdf(format="A4", print_background=True))
    assert pages == 1, "six services take more than one A4 page"
    assert len(sizes) > 1500, "the sheet's text is not in the PDF"
    small = sorted({round(size, 1) for size in sizes if size < SMALLEST_PT - 0.05})
    assert not small, f"text printed at {small} pt, under {SMALLEST_PT} pt"
    sheet = page.evaluate("""parts => {
      const shown = element => !!element && element.getBoundingClientRect().height > 0;
      const head = document.querySelector(".sp-shortlist__head");
      return {
        head: shown(head), date: head.querySelector("[data-sp-shortlist-date]").textContent,
        phone: !!head.querySelector('a[href^="tel:"]'), given: shown(head.querySelector(".sp-shortlist__given dd")),
        items: [...document.querySelectorAll("[data-sp-shortlist-items] > li")].map(item => ({
          name: item.querySelector("h2").textContent.trim(),
          facts: [...item.querySelectorAll("dl.sp-facts dd")].map(dd => dd.getAttribute("data-sp-fact")),
          qr: shown(item.querySelector(".sp-qr-code")),
          hidden: [...item.querySelectorAll("dd")].filter(dd => !shown(dd)).length,
        })),
      };
    }""", list(PARTS))
    assert sheet["head"] and sheet["date"].strip() and sheet["phone"] and sheet["given"], sheet
    assert len(sheet["items"]) == 6
    for item in sheet["items"]:
        assert item["name"] and item["qr"] and item["hidden"] == 0, item
        # Every sample service states what it helps with, where or how to reach it, and its cost.
        assert {"needs", "contact", "cost"} <= set(item["facts"]), f"{item['name']}: printed {item['facts']}"


def test_an_arabic_address_prints_in_its_own_order(context, site_url):
    page = shortlist_page(context, site_url, "ar", ["community-food-bank"])
    order = page.evaluate("""() => {
      const line = document.querySelector('[data-sp-shortlist-items] dd[data-sp-fact="where"] li');
      const isolated = line.querySelector('[dir="ltr"]');
      return {isolated: !!isolated && isolated.textContent.trim() === line.textContent.trim(),
              text: line.textContent.trim()};
    }""")
    assert order["isolated"], f"the address is not one left-to-right run: {order['text']}"

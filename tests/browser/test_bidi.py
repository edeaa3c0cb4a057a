"""Phone numbers read left to right on every Arabic page, measured where a reader's eye is: the
on-screen x position of each digit group (Range.getClientRects) in chromium, and each character's
position in the Arabic leaflet PDFs (pdfminer)."""
from __future__ import annotations

import re

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextLine

import site_pages

from .support import language_prefix

# Every run of two or more digit groups in a text node, and where each group is on screen.
_MEASURE = r"""() => {
  const number = /(?<![\p{L}\p{N}])\+?\d+(?:[ \u00a0]\d+)+(?![\p{L}\p{N}])/gu;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest("script, style, noscript, template")) continue;
    for (const match of node.data.matchAll(number)) {
      const groups = [];
      for (const group of match[0].matchAll(/\+?\d+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index + group.index);
        range.setEnd(node, match.index + group.index + group[0].length);
        const rects = [...range.getClientRects()].filter(rect => rect.width > 0);
        if (rects.length) groups.push({text: group[0], left: rects[0].left, right: rects.at(-1).right,
                                       top: Math.round(rects[0].top)});
      }
      if (groups.length === match[0].match(/\+?\d+/g).length) found.push({number: match[0], groups});
    }
  }
  return found;
}"""


def out_of_order(found: list[dict]) -> list[str]:
    """The numbers, among those measured, whose digit groups on one line do not run left to right."""
    wrong = []
    for item in found:
        groups = item["groups"]
        for before, after in zip(groups, groups[1:]):
            if before["top"] == after["top"] and not after["left"] >= before["right"] - 0.5:
                shown = " ".join(group["text"] for group in sorted(groups, key=lambda group: group["left"]))
                wrong.append(f"{item['number']!r} shows as {shown!r}")
                break
    return wrong


@pytest.fixture(scope="module")
def arabic_pages(sample_site) -> list[str]:
    urls = [url for url in site_pages.all_pages(sample_site) if site_pages.page_type(url)[1] == "ar"]
    assert len(urls) > 20, urls
    return urls


def test_phone_numbers_read_left_to_right_on_every_arabic_page(page, site_url, arabic_pages):
    wrong, measured = [], 0
    for url in arabic_pages:
        response = page.goto(site_url + url)
        assert response is not None and response.ok, f"/{url}: {response and response.status}"
        found = page.evaluate(_MEASURE)
        measured += len(found)
        wrong += [f"/{url}: {line}" for line in out_of_order(found)]
    assert measured >= 20, f"only {measured} numbers measured on {len(arabic_pages)} pages"
    assert not wrong, f"{len(wrong)} numbers reversed:\n" + "\n".join(wrong)


def test_the_measurement_sees_a_reversed_number(page):
    # Without isolation, chromium shows the groups of a number in Arabic text right to left.
    page.set_content('<html lang="ar" dir="rtl"><body><p>اتصل بالرقم 020 7946 0000، أو <bdi dir="ltr">'
                     '116 123</bdi>.</p></body></html>')
    assert out_of_order(page.evaluate(_MEASURE)) == ["'020 7946 0000' shows as '0000 7946 020'"]


# A leaflet PDF: the same numbers as its Arabic page, each line's characters taken left to right.
_NUMBER = re.compile(r"(?<![\w+])\+?[0-9]+(?:[ \u00a0][0-9]+)+(?!\w)")


def lines_left_to_right(pdf) -> list[str]:
    """Each text line of a PDF as its characters show from left to right (by x position), no spaces."""
    lines = []
    for layout in extract_pages(pdf):
        stack = [layout]
        while stack:
            element = stack.pop()
            if isinstance(element, LTTextLine):
                chars = sorted((char for char in element if isinstance(char, LTChar)), key=lambda char: char.x0)
                lines.append("".join(char.get_text() for char in chars if not char.get_text().isspace()))
            elif hasattr(element, "__iter__"):
                stack.extend(element)
    return lines


@pytest.mark.parametrize("leaflet", ["how-to-get-referred", "referral-pathway-quick-guide", "referring-someone"])
def test_phone_numbers_read_left_to_right_in_the_arabic_leaflet_pdfs(sample_site, leaflet):
    html = (sample_site / language_prefix("ar") / "leaflets" / leaflet / "index.html").read_text(encoding="utf-8")
    main = re.sub(r"<[^>]+>", " ", html.split("<article", 1)[1].split("</article>", 1)[0])
    numbers = sorted({match.group(0) for match in _NUMBER.finditer(main)})
    assert numbers, f"no phone number on the Arabic page of {leaflet}"
    lines = lines_left_to_right(sample_site / "leaflets" / "files" / f"{leaflet}-ar.pdf")
    wrong = [number for number in numbers if not any(re.sub(r"\s", "", number) in line for line in lines)]
    assert not wrong, f"{leaflet}-ar.pdf: these do not read left to right: {wrong}\n" + "\n".join(lines)


def test_the_pdf_measurement_sees_a_reversed_number():
    import io

    import weasyprint

    def lines(text: str) -> list[str]:
        document = f'<html lang="ar" dir="rtl"><body style="font-family: Noto Sans Arabic"><p>{text}</p></body></html>'
        return lines_left_to_right(io.BytesIO(weasyprint.HTML(string=document).write_pdf()))

    assert not any("02079460000" in line for line in lines("اتصل بالرقم 020 7946 0000، الآن"))
    assert any("02079460000" in line for line in lines('اتصل بالرقم <bdi dir="ltr">020 7946 0000</bdi>، الآن'))

"""A leaflet whose texts fall back says how much of it is translated: in the listing of every
language and in the PDF itself."""
import re

import pytest
from pdfminer.high_level import extract_text

from signpost.leaflets.build import leaflet_pdfs
from signpost.leaflets.share import translated_percent
from signpost.load import load_portal

LANGUAGES = ("ar", "fr", "hi", "es")


def test_the_share_counts_visible_letters_outside_elements_of_another_language():
    document = '<html lang="ar"><head><title>title</title></head><body><p>عربي</p><p lang="en">English<br></p></body></html>'
    assert translated_percent(document, "ar") == 100 * 4 // 11
    assert translated_percent('<html lang="fr"><body><p>tout traduit</p></body></html>', "fr") == 100


@pytest.fixture(scope="module")
def sample_pdfs(built_sample):
    return leaflet_pdfs(load_portal(built_sample.project / "content"))


def test_every_partly_translated_leaflet_says_its_share_in_the_listing_and_the_pdf(built_sample, sample_pdfs):
    partly = [pdf for pdf in sample_pdfs if pdf.translated < 100]
    assert partly, "the sample has no partly translated leaflet: this test checks nothing"
    for pdf in sample_pdfs:
        if pdf.lang == "en":
            continue
        listing = built_sample.page(f"{pdf.lang}/leaflets/")
        link = re.search(rf'<a href="[^"]*{re.escape(pdf.name)}"[^>]*>(.*?)</a>', listing, re.DOTALL)
        assert link, f"{pdf.name} not listed in {pdf.lang}"
        text = extract_text(built_sample.site / "leaflets" / "files" / pdf.name)
        if pdf.translated < 100:
            assert re.search(rf"\b{pdf.translated}\s?%", link.group(1)), (pdf.name, link.group(1))
            assert re.search(rf"{pdf.translated}\s?%", text), f"{pdf.name} does not say {pdf.translated}%"
        else:
            assert "%" not in re.sub(r"<span class=\"sp-leaflet-hidden\">.*", "", link.group(1)), link.group(1)

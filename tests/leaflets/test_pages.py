"""The leaflets page, leaflet pages and the leaflet links on pathway pages: sizes known before pages are written."""
from __future__ import annotations

import re

import pytest

from signpost.leaflets.build import leaflet_pdfs
from signpost.leaflets.pages import size_kb
from signpost.load import load_portal
from signpost.pages import generate_pages

from conftest import write


@pytest.fixture
def portal(content):
    write(content / "leaflets/guide.yml", "title: Guide\naudience: resident\nintro: Call 020 7946 0000 for help.\n"
          "pathways: [self-referral]\nsections: [needs, opening-hours, emergencies]\nreviewed: 2026-01-15\n")
    write(content / "leaflets/guide.ar.yml", "title: دليل\n")
    (content / "leaflets/files").mkdir()
    (content / "leaflets/files/walks.pdf").write_bytes(b"%PDF-1.7\n" + b"x" * 3000)
    write(content / "leaflets/files/walks.yml", "title: جولات المشي\nlanguage: ar\naudience: resident\n")
    return load_portal(content)


@pytest.fixture
def pages(portal):
    return {page.path: page.text for page in generate_pages(portal)}


def test_every_leaflet_has_a_page_in_every_language_and_the_index_lists_it(pages, portal):
    for lang in portal.languages:
        suffix = "" if lang == "en" else f".{lang}"
        assert f"leaflets/guide{suffix}.md" in pages and f"leaflets/index{suffix}.md" in pages


def test_the_index_lists_each_pdf_with_format_size_and_language(pages, portal):
    sizes = {pdf.lang: size_kb(pdf.size) for pdf in leaflet_pdfs(portal)}
    index = pages["leaflets/index.md"]
    # A leaflet partly in the default language says how much is translated ("40% in Arabic, the rest in English").
    assert re.search(rf'<a href="../leaflets/files/guide-ar.pdf" hreflang="ar" type="application/pdf">PDF, {sizes["ar"]} KB, '
                     r'(\d+% in )?Arabic', index)
    assert re.search(rf'hreflang="hi" type="application/pdf">PDF, {sizes["hi"]} KB, (\d+% in )?Hindi', index)
    arabic = re.sub(r"</?bdi[^>]*>", "", pages["leaflets/index.ar.md"])  # numbers isolated in Arabic text
    # From ar/leaflets/, the PDFs (served once, at the site root) are one folder further up.
    assert re.search(rf'<a href="../../leaflets/files/guide-ar.pdf" hreflang="ar" type="application/pdf">PDF، {sizes["ar"]} '
                     r'كيلوبايت، (\d+% منه باللغة )?العربية', arabic)


def test_the_team_pdfs_are_listed_in_their_own_language(pages):
    index = pages["leaflets/index.md"]
    assert '<span lang="ar" dir="rtl" translate="no">جولات المشي</span>' in index
    assert 'href="../leaflets/files/walks.pdf" hreflang="ar" type="application/pdf">PDF, 3 KB, Arabic' in index


def test_the_leaflet_page_is_the_leaflet_text_with_numbers_reading_left_to_right(pages):
    page = pages["leaflets/guide.ar.md"]
    assert "<h1>دليل</h1>" in page
    # Text that fell back to English is left to right already: its numbers need no isolating.
    assert '<span lang="en" dir="ltr">Call 020 7946 0000 for help.</span>' in page
    assert '<bdi dir="ltr">2026</bdi>' in page  # in the Arabic text, isolated
    assert 'href="tel:+442079460999" dir="ltr"' in page  # the organisation's contact, from site.yml
    assert re.search(r"<h2>[^<]*</h2>\s*<p>[^<]*Monday", pages["leaflets/guide.md"])  # opening hours, from site.yml
    assert "Information checked on 15 January 2026" in pages["leaflets/guide.md"]


def test_pathway_pages_of_the_audience_link_their_leaflets(pages, portal):
    pathway = pages["pathways/self-referral.fr.md"]
    assert '<h2 id="sp-leaflets">' in pathway
    assert 'href="../../leaflets/guide/">' in pathway
    assert 'href="../../../leaflets/files/guide-fr.pdf" hreflang="fr"' in pathway
    # The team's own PDF for residents, in its own language, with no page of its own.
    assert '<li><span lang="ar" dir="rtl" translate="no">جولات المشي</span>' in pathway
    assert 'href="../../../leaflets/files/walks.pdf" hreflang="ar"' in pathway


def test_a_portal_without_leaflets_has_no_leaflet_pages(content):
    assert not [page for page in generate_pages(load_portal(content)) if page.path.startswith("leaflets/")]

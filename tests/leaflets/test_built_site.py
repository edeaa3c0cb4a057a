"""The built sample site: leaflet PDFs served once, listed with their real sizes, linked from pathways."""
from __future__ import annotations

import re

LEAFLETS = ("how-to-get-referred", "referral-pathway-quick-guide", "referring-someone")
LANGUAGES = ("en", "ar", "fr", "hi", "es")


def test_every_leaflet_pdf_is_served_once_at_the_site_root(built_sample):
    site = built_sample.site
    served = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.pdf")
                    if not path.relative_to(site).as_posix().startswith("assets/resources/"))  # publications, not leaflets
    generated = [f"leaflets/files/{leaflet}-{lang}.pdf" for leaflet in LEAFLETS for lang in LANGUAGES]
    assert served == sorted(generated + ["leaflets/files/wellbeing-walks-timetable.pdf"])  # + the team's own
    for leaflet in LEAFLETS:
        for prefix in ("", "ar/", "fr/", "hi/", "es/"):
            assert (site / prefix / "leaflets" / leaflet / "index.html").is_file()


def test_the_leaflets_page_gives_each_pdfs_real_size(built_sample):
    page = re.sub(r"</?bdi[^>]*>", "", built_sample.page("/ar/leaflets/"))  # numbers isolated in Arabic text
    listed = re.findall(r'href="\.\./\.\./leaflets/files/([a-z-]+\.pdf)" hreflang="(\w+)" type="application/pdf">PDF، (\d+) كيلوبايت', page)
    assert len(listed) == len(LEAFLETS) * len(LANGUAGES) + 1
    for name, lang, kb in listed:
        size = (built_sample.site / "leaflets/files" / name).stat().st_size
        assert int(kb) == -(-size // 1024)
        assert name.endswith(f"-{lang}.pdf") or name == "wellbeing-walks-timetable.pdf"


def test_pathway_pages_link_the_leaflets_of_their_audience(built_sample):
    gp = built_sample.page("/pathways/gp-practice-referral/")
    assert 'href="../../leaflets/referral-pathway-quick-guide/"' in gp
    assert 'href="../../leaflets/files/referral-pathway-quick-guide-en.pdf"' in gp
    assert "how-to-get-referred" not in gp
    resident = built_sample.page("/hi/pathways/self-referral/")
    assert 'href="../../../leaflets/files/how-to-get-referred-hi.pdf" hreflang="hi"' in resident

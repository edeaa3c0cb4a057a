"""The sample portal's leaflets as PDFs: every language, the right words, fonts, QR code, dates."""
from __future__ import annotations

import importlib.metadata
import io
import re
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest
import zxingcpp
from PIL import Image
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from signpost.cache import Cache
from signpost.errors import ContentErrors
from signpost.leaflets import build, pdf
from signpost.leaflets.build import leaflet_date, page_url, leaflet_path
from signpost.leaflets.qr import qr_png
from signpost.load import load_portal
from signpost.rendering.render import TEMPLATES

from conftest import edit, write

SIGNPOST = Path(sys.executable).parent / "signpost"
from .support import pdf_chars, pdf_images, pdf_text

LEAFLETS = ("how-to-get-referred", "referral-pathway-quick-guide", "referring-someone")
LANGUAGES = ("en", "ar", "fr", "hi", "es")
A4 = (595.28, 841.89)


def document(data: bytes) -> PDFDocument:
    return PDFDocument(PDFParser(io.BytesIO(data)))


def test_every_leaflet_is_made_in_every_language(sample_pdfs):
    assert sorted(sample_pdfs) == sorted((leaflet, lang) for leaflet in LEAFLETS for lang in LANGUAGES)
    for data in sample_pdfs.values():
        assert data.startswith(b"%PDF-") and len(data) > 5000


# Phrases from the pathways, site.yml and the leaflet definitions: a leaflet takes its text from them.
PHRASES = {
    "en": ["Social prescribing: how to get referred", "Refer yourself", "020 7946 0000", "hello@example.org",
           "Information checked on 15 January 2026"],
    "fr": ["La prescription sociale : comment être orienté", "S’inscrire soi-même", "020 7946 0000",
           "Informations vérifiées le 15 janvier 2026"],
    "es": ["Prescripción social: cómo conseguir una derivación", "Derivarte tú mismo", "020 7946 0000",
           "Información comprobada el 15 de enero de 2026"],
}


@pytest.mark.parametrize("lang", sorted(PHRASES))
def test_the_pdf_text_holds_the_site_content_in_its_language(sample_pdfs, lang):
    text = re.sub(r"\s+", " ", pdf_text(sample_pdfs["how-to-get-referred", lang]))
    for phrase in PHRASES[lang]:
        assert phrase in text, phrase


def test_the_arabic_pdf_holds_the_arabic_content(sample_pdfs):
    # pdfminer gives Arabic in visual order (right to left reversed): each line is read back reversed.
    # The phrases avoid lam-alef and lam-yeh, which the font draws as one glyph that extraction cannot split.
    text = pdf_text(sample_pdfs["how-to-get-referred", "ar"])
    logical = " ".join(line[::-1] for line in text.splitlines())
    for phrase in ("تساعدك الوصفات", "كيف تحصل", "بنفسك", "ريفرسايد", "للسكان", "الطعام"):
        assert phrase in logical, phrase
    assert "020 7946 0000" in text  # isolated left to right, so its digit groups stay in order


def test_phone_numbers_in_arabic_prose_read_left_to_right(sample_pdfs):
    # Step 2 of self-referral: "... على الرقم 020 7946 0000، ..." inside right-to-left text.
    chars = [c for c in pdf_chars(sample_pdfs["how-to-get-referred", "ar"]) if c.get_text().isdigit()]
    lines: dict[int, list] = {}
    for char in chars:
        lines.setdefault(round(char.y0), []).append(char)
    shown = ["".join(c.get_text() for c in sorted(line, key=lambda c: c.x0)) for line in lines.values()]
    assert any("02079460000" in digits for digits in shown), shown


def test_hindi_pdf_embeds_the_devanagari_font_and_is_not_blank(sample_pdfs):
    # WeasyPrint's Devanagari text extraction is lossy (conjuncts and reordered vowel signs), so the
    # test checks the font and that the page is full of text, not the exact words.
    data = sample_pdfs["how-to-get-referred", "hi"]
    assert "NotoSansDevanagari" in fonts_of(data).replace("-", "")
    assert len(pdf_chars(data)) > 500


def fonts_of(data: bytes) -> str:
    """The embedded font names of a PDF, each with its FontFile2 checked."""
    names = []
    doc = document(data)
    for page in PDFPage.create_pages(doc):
        for font in resolve1(page.resources.get("Font", {})).values():
            font = resolve1(font)
            descendant = resolve1(resolve1(font["DescendantFonts"])[0])
            descriptor = resolve1(descendant["FontDescriptor"])
            assert "FontFile2" in descriptor, f"{font['BaseFont']} is not embedded"
            names.append(str(font["BaseFont"]))
    return " ".join(names)


@pytest.mark.parametrize("lang, family", [("en", "NotoSans"), ("ar", "NotoSansArabic"), ("fr", "NotoSans"), ("es", "NotoSans")])
def test_every_font_is_embedded_and_is_noto(sample_pdfs, lang, family):
    names = fonts_of(sample_pdfs["referral-pathway-quick-guide", lang]).replace("-", "")
    assert family in names
    assert all("NotoSans" in name for name in names.split()), names


def test_the_qr_code_decodes_to_the_leaflet_page_in_its_language(sample_portal):
    url = page_url(sample_portal, leaflet_path("how-to-get-referred"), "ar")
    assert url == "https://socialprescribing.example.org/ar/leaflets/how-to-get-referred/"
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr_png(url))))
    assert [(code.text, code.format) for code in decoded] == [(url, zxingcpp.BarcodeFormat.QRCode)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_pdf_embeds_that_qr_code(sample_pdfs, sample_portal, lang):
    url = page_url(sample_portal, leaflet_path("referring-someone"), lang)
    images = pdf_images(sample_pdfs["referring-someone", lang])
    decoded = [code.text for image in images for code in zxingcpp.read_barcodes(image)]
    assert decoded == [url]
    expected = Image.open(io.BytesIO(qr_png(url))).convert("RGB")
    assert any(image.convert("RGB").tobytes() == expected.tobytes() for image in images)


def test_pdfs_are_a4_pdf_ua_with_title_language_and_dates_from_the_content(sample_pdfs, sample_portal):
    doc = document(sample_pdfs["how-to-get-referred", "ar"])
    catalog = doc.catalog
    assert resolve1(catalog["Lang"]) == b"ar"
    assert resolve1(catalog["MarkInfo"])["Marked"] is True
    assert resolve1(catalog["ViewerPreferences"])["DisplayDocTitle"] is True
    info = doc.info[0]
    assert resolve1(info["Title"]).decode("utf-16") .lstrip("\ufeff") == "الوصفات الاجتماعية: كيف تحصل على إحالة"
    reviewed = leaflet_date(sample_portal, sample_portal.leaflets["how-to-get-referred"])
    assert resolve1(info["CreationDate"]).startswith(b"D:" + reviewed.strftime("%Y%m%d").encode())
    assert resolve1(info["ModDate"]) == resolve1(info["CreationDate"])
    for page in PDFPage.create_pages(doc):
        assert tuple(round(v, 2) for v in page.mediabox[2:]) == A4


def test_two_builds_give_identical_pdfs(sample_pdfs, sample_portal):
    again = {(pdf.leaflet_id, pdf.lang): pdf.data for pdf in build.build_pdfs(sample_portal, Cache(None))}  # rendered again
    assert again == sample_pdfs


def test_the_printed_date_is_the_latest_review_of_the_leaflet_and_its_pathways(content):
    leaflet(content, "reviewed: 2026-01-15")
    portal = load_portal(content)
    assert leaflet_date(portal, portal.leaflets["guide"]).isoformat() == "2026-01-15"
    path = content / "pathways/self-referral.yml"
    path.write_text(path.read_text(encoding="utf-8") + "reviewed: 2026-03-02\n", encoding="utf-8")
    portal = load_portal(content)
    assert leaflet_date(portal, portal.leaflets["guide"]).isoformat() == "2026-03-02"


def leaflet(content, extra: str = "reviewed: 2026-01-15", overlay: str | None = None):
    write(content / "leaflets/guide.yml",
          f"title: Guide\naudience: resident\nintro: Call 020 7946 0000 for help.\npathways: [self-referral]\n{extra}\n")
    if overlay is not None:
        write(content / "leaflets/guide.ar.yml", overlay)


def test_a_character_no_leaflet_font_can_draw_fails_with_the_file_line_and_field_it_was_typed_in(content):
    leaflet(content, overlay="title: دليل ☃\n")
    portal = load_portal(content)
    with pytest.raises(ContentErrors) as raised:
        build.build_pdfs(portal)
    [error] = raised.value.errors
    assert (error.file, error.line, error.field) == ("content/leaflets/guide.ar.yml", 1, "title")
    assert "U+2603 SNOWMAN" in error.message and "(guide)" in error.message


def test_an_emoji_in_the_default_text_is_one_error_at_its_line_not_one_per_language_at_an_overlay(content):
    # Every language's leaflet prints the English intro until it is translated: the error is where it was typed.
    leaflet(content)
    edit(content / "leaflets/guide.yml", "intro: Call 020 7946 0000 for help.", "intro: |\n  Call 020 7946 0000 for help 😊")
    errors = build.unprintable(load_portal(content))
    assert [(e.file, e.line, e.field) for e in errors] == [("content/leaflets/guide.yml", 4, "intro")]
    assert "U+1F60A" in errors[0].message


def test_signpost_check_reports_what_a_leaflet_cannot_print_before_the_build(content):
    leaflet(content, overlay="title: دليل ☃\n")
    result = subprocess.run([str(SIGNPOST), "check", str(content)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "content/leaflets/guide.ar.yml:1: title: holds '☃' (U+2603 SNOWMAN)" in result.stderr


# The cache of PDFs (signpost.cache): a leaflet is rendered again only when what it is made from changed.

def pdfs_by_key(portal, store) -> dict[tuple[str, str], bytes]:
    return {(pdf.leaflet_id, pdf.lang): pdf.data for pdf in build.build_pdfs(portal, store)}


def test_a_second_build_takes_every_pdf_from_the_cache(content, tmp_path):
    leaflet(content)
    portal = load_portal(content)
    first = Cache(tmp_path / "cache")
    made = pdfs_by_key(portal, first)
    assert (first.hits[build.PDF_KIND], first.misses[build.PDF_KIND]) == (0, 5)
    second = Cache(tmp_path / "cache")  # as a new build process opens it
    assert pdfs_by_key(load_portal(content), second) == made
    assert (second.hits[build.PDF_KIND], second.misses[build.PDF_KIND]) == (5, 0)


@pytest.fixture
def renders(monkeypatch) -> list[tuple[str, str]]:
    """(language, document) of each PDF actually rendered; WeasyPrint itself is left out, for speed:
    what is under test is which PDFs are made again."""
    made: list[tuple[str, str]] = []

    def render(document: str, lang: str) -> bytes:
        made.append((lang, document))
        return f"%PDF- {lang} {len(made)}".encode()

    monkeypatch.setattr(build, "render_pdf", render)
    return made


def test_a_changed_leaflet_text_renders_again_only_the_languages_it_reaches(content, tmp_path, renders):
    leaflet(content, overlay="title: دليل\nintro: اتصل بنا.\n")
    pdfs_by_key(load_portal(content), Cache(tmp_path / "cache"))
    assert len(renders) == 5
    guide = content / "leaflets/guide.yml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("for help.", "for help today."), encoding="utf-8")
    store = Cache(tmp_path / "cache")
    pdfs_by_key(load_portal(content), store)
    # Arabic has its own intro; the other languages fall back to the English one, which changed.
    assert sorted(lang for lang, _ in renders[5:]) == ["en", "es", "fr", "hi"]
    assert (store.hits[build.PDF_KIND], store.misses[build.PDF_KIND]) == (1, 4)


def test_a_changed_template_or_stylesheet_renders_every_pdf_again(content, tmp_path, renders, monkeypatch):
    leaflet(content)
    portal = load_portal(content)
    pdfs_by_key(portal, Cache(tmp_path / "cache"))
    templates = tmp_path / "templates"
    source = (TEMPLATES / "leaflet_pdf.html").read_text(encoding="utf-8")
    (templates / "leaflet_pdf.html").parent.mkdir()
    (templates / "leaflet_pdf.html").write_text(source.replace("</body>", "<p>Printed in-house.</p></body>"), encoding="utf-8")
    monkeypatch.setattr(build.environment, "loader", jinja2.ChoiceLoader([jinja2.FileSystemLoader(templates),
                                                                          build.environment.loader]))
    build.environment.cache.clear()
    store = Cache(tmp_path / "cache")
    pdfs_by_key(portal, store)
    assert store.misses[build.PDF_KIND] == 5 and all("Printed in-house" in document for _, document in renders[5:])  # Arabic isolates the run, not its full stop
    stylesheet = tmp_path / "leaflet.css"
    stylesheet.write_text(pdf.STYLESHEET.read_text(encoding="utf-8") + "\nh1 { letter-spacing: 0.01em; }\n", encoding="utf-8")
    monkeypatch.setattr(pdf, "STYLESHEET", stylesheet)
    store = Cache(tmp_path / "cache")
    pdfs_by_key(portal, store)
    assert (store.hits[build.PDF_KIND], store.misses[build.PDF_KIND]) == (0, 5)


def test_a_new_weasyprint_version_renders_every_pdf_again(content, tmp_path, renders, monkeypatch):
    leaflet(content)
    portal = load_portal(content)
    pdfs_by_key(portal, Cache(tmp_path / "cache"))
    real = build.cache.version
    monkeypatch.setattr(build.cache, "version", lambda name: real(name) + (".post1" if name == "weasyprint" else ""))
    store = Cache(tmp_path / "cache")
    pdfs_by_key(portal, store)
    assert (store.hits[build.PDF_KIND], store.misses[build.PDF_KIND]) == (0, 5)


def test_another_font_subsetter_renders_every_pdf_again(content, tmp_path, renders, monkeypatch):
    # WeasyPrint cuts the fonts down with HarfBuzz where its subsetter is installed, else with fontTools:
    # the bytes differ, so a machine that gains or loses the library renders its PDFs again.
    leaflet(content)
    portal = load_portal(content)
    pdfs_by_key(portal, Cache(tmp_path / "cache"))
    monkeypatch.setattr(build.fonts, "subsetter", lambda: "fonttools==0.0")
    store = Cache(tmp_path / "cache")
    pdfs_by_key(portal, store)
    assert (store.hits[build.PDF_KIND], store.misses[build.PDF_KIND]) == (0, 5)


def test_fonts_are_cut_down_by_harfbuzz_where_make_installed_its_subsetter():
    # `make` installs libharfbuzz-subset0: without it WeasyPrint falls back on fontTools, three times as slow.
    assert build.fonts.subsetter().startswith("harfbuzz-subset ")


def test_without_harfbuzz_s_subsetter_the_key_names_fonttools_as_weasyprint_falls_back_on_it(monkeypatch):
    monkeypatch.setattr(build.fonts, "_HARFBUZZ_SUBSET", ("libharfbuzz-subset-not-installed.so.0",))
    build.fonts.subsetter.cache_clear()
    try:
        assert build.fonts.subsetter() == f"fonttools=={importlib.metadata.version('fonttools')}"
    finally:
        build.fonts.subsetter.cache_clear()


def test_pdfs_rendered_in_worker_processes_are_the_same_bytes(content, monkeypatch):
    leaflet(content)
    portal = load_portal(content)
    jobs = [(build.pdf_html(portal, portal.leaflets["guide"], lang), lang) for lang in ("en", "ar", "hi")]
    in_process = build._start_rendering(jobs)()
    monkeypatch.setattr(build, "PARALLEL_FROM", 2)
    monkeypatch.setenv("SIGNPOST_PROCESSES", "2")  # a worker and its copy even on a one-core machine
    assert build._start_rendering(jobs)() == in_process


def test_a_worker_started_early_renders_the_batch_and_one_left_unused_ends(content, tmp_path, monkeypatch):
    # A first build starts the PDF worker before the content is loaded; whatever the batch turns out to
    # be, the worker ends: after its PDFs, or at once when there are too few to send it.
    leaflet(content)
    portal = load_portal(content)
    jobs = [(build.pdf_html(portal, portal.leaflets["guide"], lang), lang) for lang in ("en", "ar", "hi")]
    in_process = [pdf.render_pdf(document, lang) for document, lang in jobs]
    monkeypatch.setenv("SIGNPOST_CACHE", str(tmp_path / "empty-cache"))
    monkeypatch.setenv("SIGNPOST_PROCESSES", "2")
    monkeypatch.setattr(build, "PARALLEL_FROM", 2)
    build.start_worker_early(content)
    worker = build._built["worker"]
    assert build._start_rendering(jobs)() == in_process
    assert worker.exit_status == 0 and "worker" not in build._built
    build.start_worker_early(content)
    unused = build._built["worker"]
    assert build._start_rendering(jobs[:1])() == in_process[:1]  # too few for a worker: rendered here
    assert unused.exit_status == 0 and "worker" not in build._built


def test_no_worker_is_started_early_when_the_cache_holds_pdfs(content, tmp_path, monkeypatch):
    leaflet(content)
    monkeypatch.setenv("SIGNPOST_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("SIGNPOST_PROCESSES", "2")
    Cache(tmp_path / "cache").put(build.PDF_KIND, ["an earlier leaflet"], b"%PDF-")
    build.start_worker_early(content)
    assert "worker" not in build._built


def test_a_pdf_worker_that_fails_says_why_and_renders_the_next_batch(monkeypatch):
    worker = build.PdfWorker()
    waiting = worker.render([("<p>never rendered</p>", "en"), (None, "en")], 1)  # WeasyPrint refuses None
    with pytest.raises(build.PdfsNotRendered, match=r"^the leaflet PDFs were not rendered: \w+Error"):
        waiting()
    [pdf] = worker.render([("<p>Rendered.</p>", "en")], 1)()  # (a preview's next save)
    assert pdf.startswith(b"%PDF-")
    worker.close()
    assert worker.exit_status == 0


def test_every_team_name_in_every_leaflet_pdf_is_marked_with_its_language(sample_portal):
    # Organisations, places, venues and addresses are the team's own (English) words: in every other
    # language's PDF, as on the page, each is tagged lang="en" (the PDF's structure tree carries it).
    from signpost.untranslated import team_names
    from test_languages import names_and_languages

    names, seen, unmarked = team_names(sample_portal), 0, []
    for item in sample_portal.leaflets.values():
        for lang in [lang for lang in sample_portal.languages if lang != sample_portal.default_language]:
            found = names_and_languages(build.pdf_html(sample_portal, item, lang), names)
            seen += len(found)
            unmarked += [f"{item.id} {lang}: {name!r} in {text.strip()[:50]!r}" for name, text, marked in found if marked != "en"]
    assert seen > 20, seen
    assert not unmarked, "\n".join(unmarked[:20])


def test_under_a_preview_a_changed_pdf_already_served_is_left_pending_and_the_served_file_stands_for_it(
        content, tmp_path, renders):
    leaflet(content)
    served = tmp_path / "served"
    served.mkdir()
    store = Cache(tmp_path / "cache")
    for made in build.build_pdfs(load_portal(content), store):
        (served / made.name).write_bytes(made.data)
    assert len(renders) == 5
    (served / "guide-fr.pdf").unlink()  # not served yet: rendered now all the same
    guide = content / "leaflets/guide.yml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("for help.", "for help today."), encoding="utf-8")
    pdfs, pending = build.build_pdfs_later(load_portal(content), Cache(tmp_path / "cache"), served)
    assert [lang for lang, _ in renders[5:]] == ["fr"]
    assert sorted(waiting.name for waiting in pending) == ["guide-ar.pdf", "guide-en.pdf", "guide-es.pdf", "guide-hi.pdf"]
    shown = {made.name: made.data for made in pdfs}
    for waiting in pending:  # the pages list the served file meanwhile; the pending one holds the new document
        assert shown[waiting.name] == (served / waiting.name).read_bytes() and waiting.shown_size == len(shown[waiting.name])
        assert "for help today." in waiting.document

"""Every language right, over every page of the built sample (and the fixture portal, whose privacy and
accessibility pages are in English only): pages marked with the language they are really in,
absolute alternate-language links, a description, a not-found page per language, heading ids that
keep their letters, and no request for a sitemap."""
from __future__ import annotations

import re
from html import unescape

import pytest

import site_pages
from conftest import write
from signpost.load import load_portal
from signpost.search.box import search_box

SITE_URL = "https://socialprescribing.example.org/"
LANGUAGES = ("en", "ar", "fr", "hi", "es")
FOLDER = {lang: "" if lang == "en" else f"{lang}/" for lang in LANGUAGES}


@pytest.fixture(scope="module")
def sample_pages(built_sample) -> dict[str, str]:
    pages = {url: built_sample.page(url) for url in site_pages.all_pages(built_sample.site)}
    assert len(pages) > 300
    return pages


def _path(url: str) -> str:
    """A page's address without its language folder: 'ar/services/x/' -> 'services/x/'."""
    parts = url.split("/", 1)
    return parts[1] if parts[0] in LANGUAGES[1:] else url


def indexed(pages: dict[str, str]) -> dict[str, str]:
    """The pages search engines may index: not the finder's frames for other sites (robots noindex)."""
    return {url: html for url, html in pages.items() if '<meta name="robots" content="noindex">' not in html}


def test_every_page_links_every_language_by_absolute_address_with_an_x_default(sample_pages):
    wrong = []
    for url, html in indexed(sample_pages).items():
        links = dict(re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([\w-]+)">', html))
        expected = {SITE_URL + FOLDER[lang] + _path(url): lang for lang in LANGUAGES[1:]}
        expected[SITE_URL + _path(url)] = "x-default"  # the English page is listed as en and as x-default
        english = re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="en">', html)
        if links != expected or english != [SITE_URL + _path(url)]:
            wrong.append(f"/{url}: {links} en={english}")
    assert not wrong, f"{len(wrong)} pages:\n" + "\n".join(wrong[:10])


def test_every_page_has_a_description_from_its_own_content(sample_pages):
    missing, foreign = [], []
    assert len(indexed(sample_pages)) > len(sample_pages) / 2
    for url, html in indexed(sample_pages).items():
        description = re.search(r'<meta name="description" content="([^"]*)">', html)
        if not description or len(description.group(1).strip()) < 10:
            missing.append(f"/{url}")
            continue
        article = html.split('class="md-content"', 1)[1]
        text = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", article)))
        if not all(part.rstrip("…") in text for part in unescape(description.group(1)).split(". ", 1)):
            foreign.append(f"/{url}: {description.group(1)}")
    assert not missing, f"{len(missing)} pages without a description: {missing[:20]}"
    assert not foreign, "descriptions not taken from the page itself:\n" + "\n".join(foreign[:20])


def test_every_heading_keeps_its_letters_in_its_id(sample_pages):
    numbered = [f"/{url}: {tag}" for url, html in sample_pages.items()
                for tag in re.findall(r'<h[1-6][^>]*\sid="_\d+"[^>]*>', html)]
    assert not numbered, "\n".join(numbered[:20])
    arabic = [heading for url, html in sample_pages.items() if url.startswith("ar/")
              for heading in re.findall(r'<h[1-6][^>]*\sid="([^"]+)"', html)]
    assert any(re.search(r"[\u0600-\u06ff]", heading) for heading in arabic), arabic[:20]


def test_every_language_has_its_not_found_page_and_each_offers_every_language(built_sample):
    for lang in LANGUAGES:
        html = (built_sample.site / FOLDER[lang] / "404.html").read_text(encoding="utf-8")
        assert re.search(rf'<html lang="{lang}"', html), lang
        assert 'class="sp-quick-exit"' in html
        homes = dict(re.findall(r'<li><a href="([^"]*)" hreflang="([\w-]+)"', html))
        assert homes == {f"/{FOLDER[other]}": other for other in LANGUAGES if other != lang}, (lang, homes)
        assert "404 - Not found" not in html


def test_no_page_loads_a_sitemap(built_sample):
    bundle = next((built_sample.site / "assets" / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")
    assert '"link[rel=alternate]"' not in bundle, "Material's switcher still fetches sitemap.xml beside each alternate link"


TAB_TITLES = {"ar": "Privacy (باللغة الإنجليزية)", "fr": "Privacy (en anglais)", "hi": "Privacy (अंग्रेज़ी में)",
              "es": "Privacy (en inglés)"}
NOTICES = {"ar": "لم تُترجم هذه الصفحة بعد", "fr": "Cette page n’est pas encore traduite",
           "hi": "इस पेज का अभी अनुवाद नहीं हुआ है", "es": "Esta página aún no está traducida"}


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_an_untranslated_page_is_marked_english_and_says_so_in_the_readers_language(built_fixture, lang):
    html = built_fixture.page(f"{lang}/privacy/")
    assert re.search(rf'<html lang="{lang}"', html)
    notice = re.search(r'<div class="sp-notice" role="note"><p>(.*?)</p></div>', html)
    assert notice and NOTICES[lang] in notice.group(1), notice
    content = re.search(r'<div lang="en" dir="ltr">\s*<h1 id="privacy">Privacy</h1>\s*<p>No cookies.</p>', html)
    assert content, html
    # Wherever the theme shows the title (the menu, when the page is in it), it is marked as English too.
    assert not re.search(r'<span class="md-ellipsis">\s*Privacy\s*</span>', html)
    # The tab's title cannot mark its language: it names it, in the reader's language, beside the site's name.
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert title.startswith(TAB_TITLES[lang] + " - "), title
    assert "data-pagefind-body" not in html  # indexed once, as English, at /privacy/
    assert "data-pagefind-body" in built_fixture.page("privacy/")


def test_a_site_name_or_search_words_that_fall_back_are_marked_in_the_header(built_fixture, content):
    # The fixture translates the site's name into Arabic only: French pages show it in English, marked.
    assert '<span class="sp-site-name"><span lang="en" dir="ltr">Fixture Social Prescribing</span></span>' in \
        built_fixture.page("fr/privacy/")
    assert '<span class="sp-site-name">الوصفة الاجتماعية التجريبية</span>' in built_fixture.page("ar/privacy/")
    strings = content / "strings" / "search.fr.yml"
    write(strings, "\n".join(line for line in strings.read_text(encoding="utf-8").splitlines()
                             if not line.startswith(("search_fallback:", "search_label:"))) + "\n")
    box = search_box(load_portal(content), "fr", "fr/")
    assert box["fallback_text"].startswith('<span lang="en" dir="ltr">') and box["label_text"].startswith('<span lang="en"')
    assert "<" not in box["search_placeholder"]  # an attribute: plain text (the check reports its fallback)


def test_a_translated_page_has_no_notice_and_no_marking(built_fixture):
    html = built_fixture.page("ar/")
    assert "sp-notice" not in html.split('class="md-content"', 1)[1].split("</article>", 1)[0]
    assert '<div lang="en" dir="ltr">' not in html

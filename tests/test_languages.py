"""Every language right, over every page of the built sample (and the fixture portal, whose privacy and
accessibility pages are in English only): pages marked with the language they are really in,
absolute alternate-language links, a description, a not-found page per language, heading ids that
keep their letters, and no request for a sitemap."""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import pytest

import site_pages
from conftest import write
from signpost.load import load_portal
from signpost.loading.theme_words import ENGLISH as THEME_ENGLISH, SHOWN as THEME_SHOWN
from signpost.search.box import search_box
from sites import build, fixture_project

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
    notice = re.search(r'<div class="sp-notice" role="note" data-sp-untranslated[^>]*><p>(.*?)</p></div>', html)
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


class _Root(HTMLParser):
    def __init__(self):
        super().__init__()
        self.root: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "html" and self.root is None:
            self.root = dict(attrs)


def test_the_root_element_of_every_page_carries_its_language_and_direction(sample_pages):
    wrong = []
    for url, html in sample_pages.items():
        lang = url.split("/", 1)[0] if url.split("/", 1)[0] in LANGUAGES[1:] else "en"
        parser = _Root()
        parser.feed(html)
        root = parser.root or {}
        expected = {"lang": lang, "dir": "rtl" if lang == "ar" else "ltr"}
        if {key: root.get(key) for key in expected} != expected:
            wrong.append(f"/{url}: {root}")
    assert not wrong, f"{len(wrong)} pages:\n" + "\n".join(wrong[:10])
    assert sum(url.startswith("ar/") for url in sample_pages) > 50


SERVICE_TAB_TITLES = {"ar": "Fixture Housing Help (باللغة الإنجليزية)", "fr": "Fixture Housing Help (en anglais)",
                      "hi": "Fixture Housing Help (अंग्रेज़ी में)", "es": "Fixture Housing Help (en inglés)"}


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_a_generated_page_whose_title_falls_back_names_its_language_in_the_tab(built_fixture, lang):
    # The fixture's housing-help service has no overlay in any language: its page is in English.
    html = built_fixture.page(f"{lang}/services/housing-help/")
    title = unescape(re.search(r"<title>(.*?)</title>", html).group(1))
    assert title.startswith(SERVICE_TAB_TITLES[lang] + " - "), title
    assert html.count('data-sp-untranslated') == 1
    # A translated service keeps its own title, unmarked.
    translated = unescape(re.search(r"<title>(.*?)</title>", built_fixture.page("ar/services/food-bank/")).group(1))
    assert "(" not in translated.split(" - ")[0], translated


def _page_language(url: str) -> str:
    first = url.split("/", 1)[0]
    return first if first in LANGUAGES[1:] else "en"


# Text in another language by design, not for want of a translation: a clinical code's English term, code to
# copy, a document's own title (translate="no"), an editor's isolated proper name (<bdi lang="en">Samaritans</bdi>).
_BY_DESIGN = re.compile(r'\stranslate="no"|^<bdi\b')


def _fallback_marks(content: str, lang: str) -> list[str]:
    return [
        match.group(0) for match in re.finditer(r'<[a-z]+\b[^>]*\slang="([\w-]+)"[^>]*>', content)
        if match.group(1) != lang and not _BY_DESIGN.search(match.group(0))]


def _content(html: str) -> str:
    """The page's own content (not the header, menu or footer); a frame's <main>."""
    if 'class="md-content"' in html:
        return html.split('class="md-content"', 1)[1].split('<footer class="md-footer"', 1)[0]
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def test_every_page_with_text_that_falls_back_says_so_once_in_its_language(sample_pages):
    silent, twice, needless = [], [], []
    for url, html in sample_pages.items():
        lang = _page_language(url)
        if lang == "en":
            continue
        content = _content(html)
        marks, notices = _fallback_marks(content, lang), content.count("data-sp-untranslated")
        if marks and not notices:
            silent.append(f"/{url}: {marks[:2]}")
        elif notices > 1:
            twice.append(f"/{url}")
        elif notices and not marks:
            needless.append(f"/{url}")
    assert not silent, f"{len(silent)} pages with text that falls back and no notice:\n" + "\n".join(silent[:15])
    assert not twice, f"{len(twice)} pages say it twice: {twice[:10]}"
    assert not needless, f"{len(needless)} pages say it with nothing untranslated: {needless[:10]}"


# The fixture portal with impact figures whose labels are in English only, on the Arabic home page, and an
# every-page notice with no translation: the case reported (issue 12), and the notice's several sources.
FALLBACK_NOTICES = {"ar": "بعض أجزاء هذه الصفحة لم تُترجم", "fr": "Certaines parties de cette page",
                    "hi": "इस पेज के कुछ हिस्सों का", "es": "Algunas partes de esta página"}


@pytest.fixture(scope="module")
def fallback_site(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("fallback"))
    site = project / "content" / "site.yml"
    site.write_text(site.read_text(encoding="utf-8") + "impact:\n  - value: \"3,000\"\n    label: residents supported\n"
                    "    as_of: 2026-09-30\n", encoding="utf-8")
    write(project / "content" / "notices" / "lift-repairs.yml",
          "message: The lift at the hub is out of order.\nstarts: '2000-01-01'\nends: '2099-12-31'\n"
          "severity: info\nshow_on: every-page\n")
    home = project / "docs" / "index.ar.md"
    home.write_text(home.read_text(encoding="utf-8") + "\n{{ blocks.impact }}\n", encoding="utf-8")
    result = build(project)
    assert result.result.returncode == 0, result.output
    return result


def test_a_home_page_whose_blocks_fall_back_says_so_in_the_readers_language(fallback_site):
    html = fallback_site.page("ar/")
    assert '<span lang="en" dir="ltr">residents supported</span>' in html
    notices = re.findall(r'<div class="sp-notice" role="note" data-sp-untranslated[^>]*><p>(.*?)</p>', html)
    assert len(notices) == 1 and FALLBACK_NOTICES["ar"] in notices[0], notices


@pytest.mark.parametrize("url", ["ar/", "ar/privacy/", "ar/services/housing-help/", "ar/services/food-bank/",
                                 "fr/services/food-bank/", "es/"])
def test_every_page_with_a_part_that_falls_back_says_so_once(fallback_site, url):
    # Every page has the every-page notice, in English only; some have their own text that falls back too.
    html = fallback_site.page(url)
    assert '<span lang="en" dir="ltr"><p>The lift at the hub is out of order.</p></span>' in html or \
        '<div lang="en" dir="ltr"><p>The lift at the hub is out of order.</p></div>' in html
    assert html.count("data-sp-untranslated") == 1, url
    assert "data-sp-untranslated" not in fallback_site.page("services/food-bank/")


# Names in the team's own words (the default language's), which no overlay translates: organisations,
# venues and addresses, neighbourhoods, PCNs, practices, partners, funders, a quote's organisation, EMIS and
# SystmOne template names. On other languages' pages each carries the default language's lang (and dir),
# as the footer marks the organisation (WCAG 3.1.2). People's names are language-neutral and not marked.
def _team_names(portal) -> set[str]:
    site = portal.site.data
    names = {site.organisation, site.address.address} | {place.name for place in portal.areas.places.values()}
    names |= {text for service in portal.services.values() for place in service.data.locations
              for text in (place.name, place.address) if text}
    names |= {item.data.name for item in portal.organisations.values()}
    names |= {item.data.name for item in portal.partners.values()}
    names |= {item.data.funder for item in portal.funding.values()}
    names |= {item.data.organisation for item in portal.quotes.values() if item.data.organisation}
    for service in portal.services.values():
        names |= {(f"{place.name}, " if place.name else "") + f"{place.address}, {place.postcode}"
                  for place in service.data.locations}
    for pathway in portal.pathways.values():
        if pathway.data.templates:
            names |= {name for name in (pathway.data.templates.emis, pathway.data.templates.systmone) if name}
    return {name for name in names if name}


class _TextLanguages(HTMLParser):
    """Each text node of a page's body with the language it is marked as (the nearest `lang`)."""
    SKIP = {"script", "style", "title", "head", "svg", "template"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.texts: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        if data.strip() and not any(tag in self.SKIP for tag, _ in self.stack):
            self.texts.append((data, next((lang for _, lang in reversed(self.stack) if lang), None)))


def names_and_languages(html: str, names: list[str]) -> list[tuple[str, str, str | None]]:
    """(name, the text holding it, the language that text is marked with) for the first of `names` (longest
    first) found in each text of `html`."""
    parser = _TextLanguages()
    parser.feed(html)
    return [(name, text, text_lang) for text, text_lang in parser.texts
            for name in [next((name for name in names if name in text), None)] if name]


def test_every_name_in_the_teams_own_words_is_marked_with_its_language_on_every_page(built_sample, sample_pages):
    # Where the content gives them as data (a service's venues and organisation, the team table, the contact
    # page ...), and where a translator wrote them in a sentence ("... un conseiller de Riverside Advice Centre
    # est présent ...", in overlays and hand-written pages alike).
    portal = load_portal(built_sample.project / "content")
    names = sorted(_team_names(portal), key=len, reverse=True)
    assert len(names) > 40, names
    unmarked, seen = [], 0
    for url, html in sample_pages.items():
        if _page_language(url) == "en":
            continue
        found = names_and_languages(html, names)
        seen += len(found)
        unmarked += [f"/{url}: {name!r} in {text.strip()[:60]!r} marked {lang}" for name, text, lang in found if lang != "en"]
    assert seen > 500, seen
    assert not unmarked, f"{len(unmarked)} names:\n" + "\n".join(unmarked[:25])
    prose = sample_pages["fr/services/community-food-bank/"]
    assert '<bdi lang="en" dir="ltr">Riverside Advice Centre</bdi> est présent' in prose


def test_no_page_shows_its_markup_as_text(sample_pages):
    # A block of HTML escaped as text (the pathway page's resources list was): "<li>" on the page itself.
    shown = [f"/{url}" for url, html in sample_pages.items()
             if re.search(r"&lt;/?(?:h[1-6]|ul|li|a|p|br|time|div|span)\b", re.sub(r"<pre\b.*?</pre>", "", html, flags=re.S))]
    assert not shown, shown[:20]


def _has_header(html: str) -> bool:
    return 'class="md-header' in html


def _chrome(html: str) -> str:
    """The header and footer: what every page shows around its content."""
    header = html.split('<div class="md-container"', 1)[0]
    footer = html.split('<footer class="md-footer"', 1)[1] if '<footer class="md-footer"' in html else ""
    return header + footer


def test_every_page_whose_header_or_footer_falls_back_says_so_once(built_fixture):
    # The fixture translates the site's name into Arabic only: every French, Hindi and Spanish page shows it
    # in English in its header, marked, and says once, in its language, that part of it is not translated.
    checked = 0
    for url in site_pages.all_pages(built_fixture.site):
        lang, html = _page_language(url), built_fixture.page(url)
        if lang == "en" or not _has_header(html):
            continue
        # (The language switcher names each language in itself, by design: its links carry hreflang.)
        marks = [mark for mark in _fallback_marks(_chrome(html), lang) if "hreflang=" not in mark]
        falls_back = bool(marks)
        assert falls_back == (lang != "ar"), (url, marks)
        if falls_back:
            checked += 1
            notices = re.findall(r'<div class="sp-notice" role="note" data-sp-untranslated[^>]*><p>(.*?)</p>', html)
            assert len(notices) == 1 and (FALLBACK_NOTICES[lang] in notices[0] or NOTICES[lang] in notices[0]), (url, notices)
    assert checked > 30


# The fixture's "housing" need has no translation: its finder page's title mixes a translated string
# ("Need") and an English label.
@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_a_finder_page_whose_value_falls_back_marks_it_and_names_its_language_in_the_tab(built_fixture, lang):
    marked = 0
    for url in site_pages.all_pages(built_fixture.site):
        if not re.match(rf"{lang}/(embed/)?services/(need|area|language|cost|referral|delivery|access)/[^/]+/$", url):
            continue
        html = built_fixture.page(url)
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
        title = unescape(re.search(r"<title>(.*?)</title>", html).group(1))
        falls_back = '<span lang="en" dir="ltr">' in heading.rsplit(":", 1)[-1]  # the value (a frame: the site's name first)
        english = TAB_TITLES[lang].split("(", 1)[1].rstrip(")")  # "en anglais", "باللغة الإنجليزية" ...
        assert (f"({english})" in title) == falls_back, (url, heading, title)
        if "/area/" in url:  # a place's name: the team's own words, marked, not a missing translation
            assert re.search(r'<bdi lang="en" dir="ltr">North Fixture</bdi>|<bdi lang="en" dir="ltr">South Fixture</bdi>', heading), heading
        if falls_back:
            marked += 1
            assert html.count("data-sp-untranslated") == 1, url
    assert marked >= 1
    html = built_fixture.page(f"{lang}/services/need/housing/")
    assert '<span lang="en" dir="ltr">Housing</span>' in html


@pytest.fixture(scope="module")
def french_default_site(tmp_path_factory):
    """The fixture portal with French as its default language (its text is the fixture's, read as French)."""
    project = fixture_project(tmp_path_factory.mktemp("french"))
    site = project / "content" / "site.yml"
    site.write_text(site.read_text(encoding="utf-8").replace("default_language: en", "default_language: fr")
                    .replace("languages: [en, ar, fr, hi, es]", "languages: [fr, en, ar]"), encoding="utf-8")
    result = build(project)
    assert result.result.returncode == 0, result.output
    return result


@pytest.mark.parametrize("url, says", [("ar/services/housing-help/", "تظهر باللغة الفرنسية"),
                                       ("en/services/housing-help/", "so they are shown in French")])
def test_the_partial_notice_names_the_default_language_in_the_readers_language(french_default_site, url, says):
    html = french_default_site.page(url)
    notices = re.findall(r'<div class="sp-notice" role="note" data-sp-untranslated[^>]*><p>(.*?)</p>', html)
    assert len(notices) == 1 and says in notices[0], notices
    assert '<div lang="fr" dir="ltr">' in html or 'lang="fr" dir="ltr"' in html


def test_the_partial_notice_of_an_english_default_names_english(fallback_site):
    html = fallback_site.page("ar/")
    assert "لذلك تظهر باللغة الإنجليزية." in html
    assert "so they are shown in English" not in fallback_site.page("services/food-bank/")


def test_a_not_found_page_whose_header_falls_back_says_so_once(built_fixture):
    # The fixture's site name is translated into Arabic only.
    for lang in LANGUAGES[1:]:
        html = (built_fixture.site / FOLDER[lang] / "404.html").read_text(encoding="utf-8")
        assert html.count("data-sp-untranslated") == (0 if lang == "ar" else 1), lang
        if lang != "ar":
            assert FALLBACK_NOTICES[lang] in html


def test_a_language_the_theme_has_no_words_for_is_built_with_its_own_code_and_direction(tmp_path):
    # Somali and Pashto (right to left): Material translates its own words (the skip link, the menu) into
    # some 60 languages, not these; they take those words in English, their pages their own language.
    project = fixture_project(tmp_path)
    site_yml = project / "content" / "site.yml"
    site_yml.write_text(site_yml.read_text(encoding="utf-8").replace("languages: [en, ar, fr, hi, es]",
                                                                     "languages: [en, so, ps]"), encoding="utf-8")
    built = build(project)
    assert built.result.returncode == 0, built.output
    for lang, direction in (("so", "ltr"), ("ps", "rtl")):
        page = built.page(f"{lang}/")
        assert re.search(rf'<html lang="{lang}" dir="{direction}"', page), page[:300]
        assert f'<body dir="{direction}"' in page
        # The theme's words are English, and marked so (a screen reader reads them in English), where they are text.
        assert re.search(r'class="md-skip">\s*(<bdi dir="ltr">)?<span lang="en">Skip to content</span>', page)
        assert re.search(r'class="md-footer__direction">\s*(<bdi dir="ltr">)?<span lang="en">Next</span>', page)
        # The tab title of a page not translated yet names its language in the words around it: those are
        # English too while the team's strings are not translated ("(in Ingiriisi)" mixed two languages).
        assert re.search(r"<title>[^<]*\(in English\)", built.page(f"{lang}/privacy/")), built.page(f"{lang}/privacy/")[:600]
        # So does the notice that the page is not translated yet ("shown in Ingiriisi" mixed them too).
        notice = re.search(r'data-sp-untranslated[^>]*><p>(.*?)</p>', built.page(f"{lang}/privacy/"), re.DOTALL).group(1)
        assert "in English" in notice and 'lang="en"' in notice, notice
    assert '<html lang="en" dir="ltr"' in built.page("")
    assert re.search(r'class="md-skip">\s*Skip to content', built.page(""))  # in an English page, as they are
    # The build says so once a language, and where to give the words.
    for lang, name in (("so", "Somali"), ("ps", "Pashto")):
        shown = len(THEME_SHOWN)
        assert built.output.count(f"the theme has no words of its own in '{lang}' ({name}), and {shown} of the {shown} words") == 1, built.output
    assert "content/strings/theme.so.yml" in built.output


def test_the_theme_words_a_team_translated_replace_the_english_ones_and_are_not_marked(tmp_path):
    # Somali: a landmark's name in English ("Header") cannot be marked English in an attribute, so a screen
    # reader would read it as Somali; the team gives the theme its words in content/strings/theme.so.yml.
    project = fixture_project(tmp_path)
    site_yml = project / "content" / "site.yml"
    site_yml.write_text(site_yml.read_text(encoding="utf-8").replace("languages: [en, ar, fr, hi, es]",
                                                                     "languages: [en, so]"), encoding="utf-8")
    others = [key for key in THEME_SHOWN if key not in ("header", "nav", "action.skip", "footer", "footer.next")]
    (project / "content" / "strings" / "theme.so.yml").write_text(
        'header: Madaxa "M"\nnav: Hagitaan\naction.skip: U gudub\nfooter:\n' + "".join(f"{key}: Qoraal-{key}\n" for key in others),
        encoding="utf-8")
    built = build(project)
    assert built.result.returncode == 0, built.output
    # Each word the check and the build name as shown is on a page once given (none is given in vain).
    pages = "".join(built.page(f"so/{url}") for url in ("", "privacy/", "services/"))
    for key in others:
        assert f"Qoraal-{key}" in pages, key
    page = built.page("so/")
    assert 'aria-label="Madaxa &#34;M&#34;"' in page or 'aria-label="Madaxa &quot;M&quot;"' in page, page[:3000]
    assert 'aria-label="Hagitaan"' in page and 'aria-label="Header"' not in page
    assert re.search(r'class="md-skip">\s*U gudub\s*<', page)
    # A word left empty or out stays English, marked where it is text.
    assert 'aria-label="Footer"' in page
    assert re.search(r'class="md-footer__direction">\s*(<bdi dir="ltr">)?<span lang="en">Next</span>', page)
    assert 'aria-label="Header"' in built.page("")  # English pages keep the theme's words


def test_the_menus_title_marks_the_sites_name_where_it_falls_back_as_the_header_does(built_fixture):
    # The fixture's site name is translated into Arabic only: the menu drawer's title shows it in English
    # on a French page, marked so; on an Arabic page, in Arabic, unmarked.
    def drawer_title(url):
        return re.search(r'<label class="md-nav__title" for="__drawer">.*?</a>(.*?)</label>', built_fixture.page(url), re.S).group(1).strip()
    assert re.fullmatch(r'<(span|bdi) lang="en"[^>]*>Fixture Social Prescribing</\1>', drawer_title("fr/")), drawer_title("fr/")
    assert "lang=" not in drawer_title("ar/") and re.search(r"[\u0600-\u06FF]", drawer_title("ar/"))

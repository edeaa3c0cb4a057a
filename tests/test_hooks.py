"""Builds the small fixture portal with the real mkdocs.yml, hooks and theme, and reads the output."""
import re

import pytest

from sites import build, fixture_project

LANGUAGES = ("", "ar/", "fr/", "hi/", "es/")
PAGES = ("", "services/", "services/food-bank/", "services/housing-help/", "needs/", "needs/food/",
         "team/", "stories/", "stories/a-fresh-start/", "pathways/", "pathways/self-referral/",
         "get-referred/", "contact/")


def test_builds_every_page_in_every_language(built_fixture):
    missing = [lang + page for lang in LANGUAGES for page in PAGES
               if not (built_fixture.site / lang / page / "index.html").exists()]
    assert missing == []


def test_generated_pages_are_served_without_the_generated_prefix(built_fixture):
    assert not (built_fixture.site / "generated").exists()
    assert not (built_fixture.site / "ar" / "generated").exists()


def test_arabic_pages_are_arabic_and_right_to_left(built_fixture):
    html = built_fixture.page("ar/services/food-bank/")
    assert '<html lang="ar"' in html
    assert re.search(r'<body dir="rtl"', html)
    assert '<body dir="ltr"' in built_fixture.page("fr/services/food-bank/")


def test_an_untranslated_field_is_marked_english_and_the_reader_is_told(built_fixture):
    html = built_fixture.page("ar/services/food-bank/")
    assert re.search(r'<h1[^>]*>بنك الطعام التجريبي</h1>', html)
    assert '<span lang="en" dir="ltr">Free food parcels.</span>' in html
    assert 'class="sp-notice"' in html


def test_a_fully_english_page_has_no_fallback_notice(built_fixture):
    assert "sp-notice" not in built_fixture.page("services/food-bank/")


def test_the_language_switcher_keeps_the_reader_on_the_same_page(built_fixture):
    html = built_fixture.page("ar/services/food-bank/")
    # For search engines: absolute addresses, and an x-default.
    alternates = dict(re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([\w-]+)">', html))
    site = "https://fixture.example.org/"  # site.yml's url
    assert alternates == {f"{site}services/food-bank/": "x-default", f"{site}ar/services/food-bank/": "ar",
                          f"{site}fr/services/food-bank/": "fr", f"{site}hi/services/food-bank/": "hi",
                          f"{site}es/services/food-bank/": "es"}
    assert re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="en">', html) == [f"{site}services/food-bank/"]
    switcher = re.findall(r'<a href="([^"]+)" hreflang="(\w+)" lang="\w+" class="md-select__link"', html)
    assert ("../../../es/services/food-bank/", "es") in switcher


def test_phone_numbers_and_emails_are_links_isolated_left_to_right(built_fixture):
    html = built_fixture.page("ar/services/food-bank/")
    assert '<a href="tel:+442079460901" dir="ltr">020 7946 0901</a>' in html
    assert '<a href="mailto:food@example.org" dir="ltr">food@example.org</a>' in html
    # The whole address is one left-to-right run, postcode included, so it keeps its order; it is in the
    # team's own words, so it is marked with their language too.
    assert re.search(r'<bdi lang="en" dir="ltr">[^<]*, RV9 1AB</bdi>', html)


def test_service_need_story_and_team_pages_link_to_each_other(built_fixture):
    service = built_fixture.page("services/food-bank/")
    assert 'href="../../needs/food/"' in service
    need = built_fixture.page("needs/food/")
    assert 'href="../../services/food-bank/"' in need and 'href="../../services/housing-help/"' in need
    assert 'href="../../team/#sam-lee"' in need and 'href="../../stories/a-fresh-start/"' in need
    story = built_fixture.page("stories/a-fresh-start/")
    assert 'href="../../services/food-bank/"' in story


def test_the_practice_finder_names_each_practices_link_worker_without_javascript(built_fixture):
    team = built_fixture.page("team/")
    oak = re.search(r'<tr id="practice-oak-surgery">(.*?)</tr>', team, re.S).group(1)
    assert 'href="#sam-lee"' in oak and "North Fixture PCN" in oak
    ash = re.search(r'<tr id="practice-ash-practice">(.*?)</tr>', team, re.S).group(1)
    assert "Contact the central team" in ash
    assert '<h3 id="sam-lee">Sam Lee</h3>' in team
    assert '<img src="../assets/team/sam-lee.svg" alt="Drawing of a person (placeholder)">' in team
    assert '<img src="../../assets/team/sam-lee.svg"' in built_fixture.page("ar/team/")  # the link check proves it resolves


def test_the_directory_groups_services_by_need(built_fixture):
    directory = built_fixture.page("services/")
    food = directory.index('<h2 id="food">')
    housing = directory.index('<h2 id="housing">')
    assert directory.index("Fixture Food Bank") > food
    assert directory.count("Fixture Housing Help") == 2  # it helps with both needs


def test_services_are_not_in_the_navigation(built_fixture):
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>', built_fixture.page(""), re.S).group(0)
    assert "food-bank" not in nav
    assert "services/" in nav


def test_pages_load_nothing_from_another_site(built_fixture):
    for page in ("", "services/food-bank/", "ar/team/"):
        html = built_fixture.page(page)
        external = [tag for tag in re.findall(r'<(?:script|img|iframe|link)\b[^>]*>', html)
                    if re.search(r'(?:src|href)="(?:https?:)?//', tag) and 'rel="canonical"' not in tag
                    and 'rel="alternate"' not in tag]
        assert external == [], page


def test_a_second_build_rewrites_no_generated_page(built_fixture):
    again = build(built_fixture.project)
    assert again.result.returncode == 0
    assert re.search(r"Signpost: \d+ pages generated from content/ in 5 languages, 0 files changed", again.output)


def test_a_content_error_stops_the_build_with_the_report_and_no_traceback(tmp_path):
    project = fixture_project(tmp_path)
    service = project / "content/services/food-bank.yml"
    service.write_text(service.read_text(encoding="utf-8").replace("cost: free", "cost: gratis"), encoding="utf-8")
    result = build(project)
    assert result.result.returncode == 1
    assert "Traceback" not in result.output
    assert "content/services/food-bank.yml:9: cost: unknown cost 'gratis'" in result.output


def test_the_site_name_comes_from_site_yml_in_each_language(built_fixture):
    assert "<title>Fixture Food Bank - Fixture Social Prescribing</title>" in built_fixture.page("services/food-bank/")
    assert "الوصفة الاجتماعية التجريبية</title>" in built_fixture.page("ar/services/food-bank/")
    assert "- Fixture Social Prescribing</title>" in built_fixture.page("fr/services/food-bank/")  # no French name: English


def test_a_stale_review_is_a_warning_in_the_build_report_and_the_page_shows_the_date(tmp_path):
    project = fixture_project(tmp_path)
    service = project / "content/services/housing-help.yml"
    service.write_text(service.read_text(encoding="utf-8").replace("reviewed: 2026-09-01", "reviewed: 2020-01-15"),
                       encoding="utf-8")
    result = build(project)
    assert result.result.returncode == 0, result.output
    assert "1 warning (build-report.txt)" in result.output
    report = (project / "build-report.txt").read_text(encoding="utf-8")
    assert "content/services/housing-help.yml:" in report and "reviewed 2020-01-15, more than 12 months ago" in report
    assert '<time datetime="2020-01-15">15 January 2020</time>' in result.page("services/housing-help/")


def _menu_labels(html):
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>', html, re.S).group(0)
    return [re.sub(r"<[^>]+>", "", label).strip() for label in re.findall(r'<span class="md-ellipsis">(.*?)</span>', nav, re.S)]


@pytest.mark.parametrize("root", ["", "ar/", "es/"])
def test_every_page_of_a_language_shows_the_same_menu_titles_as_its_home_page(built_fixture, root):
    # A page lets go of its HTML once written (memory); its title, which every later page's menu
    # shows, must stay: a page with neither HTML nor Markdown is titled None by MkDocs.
    home = _menu_labels(built_fixture.page(root))
    assert home and "None" not in home
    for page in ("services/", "team/", "privacy/", "services/food-bank/"):
        assert _menu_labels(built_fixture.page(root + page)) == home, root + page


def test_pages_search_engines_are_asked_not_to_index_are_not_in_the_sitemap(built_fixture):
    embeds = sorted(built_fixture.site.glob("**/embed/**/index.html"))
    assert embeds and all('<meta name="robots" content="noindex">' in path.read_text(encoding="utf-8") for path in embeds)
    sitemap = (built_fixture.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/embed/" not in sitemap
    assert "/ar/services/" in sitemap and "/services/food-bank/" in sitemap

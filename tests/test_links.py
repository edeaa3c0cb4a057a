import re

from signpost.links import check_links

from conftest import write


def site_with(tmp_path, pages):
    for path, body in pages.items():
        write(tmp_path / path, f"<html><body>{body}</body></html>")
    return tmp_path


def test_a_site_whose_links_all_resolve_has_nothing_broken(tmp_path):
    site = site_with(tmp_path, {
        "index.html": '<a href="services/">s</a> <a href="services/food/#where">w</a> <a href="#top">t</a>',
        "services/index.html": '<a href="../">home</a> <a href="food/">food</a>',
        "services/food/index.html": '<h2 id="where">Where</h2><a href="mailto:a@example.org">m</a><a href="tel:+44">t</a>',
    })
    report = check_links(site)
    assert report.broken == [] and report.pages == 3


def test_names_the_page_and_link_of_a_missing_page_or_anchor(tmp_path):
    site = site_with(tmp_path, {
        "index.html": '<a href="services/">s</a> <a href="services/#nowhere">n</a> <img src="logo.png" alt="">',
        "services/index.html": '<h1 id="top-of-list">x</h1>',
    })
    assert sorted(check_links(site).broken) == [
        "index.html: logo.png (no such file)",
        "index.html: services/#nowhere (no element with id 'nowhere')",
    ]


def test_external_links_are_listed_with_the_pages_that_use_them_not_fetched(tmp_path):
    site = site_with(tmp_path, {
        "index.html": '<a href="https://example.org/a">a</a>',
        "ar/index.html": '<a href="https://example.org/a">a</a>',
    })
    report = check_links(site)
    assert report.external == {"https://example.org/a": {"index.html", "ar/index.html"}}


def test_links_to_the_sites_own_address_are_checked_as_internal(tmp_path):
    site = site_with(tmp_path, {"index.html": '<a href="https://portal.example.org/missing/">x</a>'})
    report = check_links(site, "https://portal.example.org/")
    assert report.broken == ["index.html: https://portal.example.org/missing/ (no such file)"] and report.external == {}


def test_a_site_under_a_path_checks_its_root_relative_links_inside_that_path(tmp_path):
    site = site_with(tmp_path, {
        "index.html": '<a href="/social-prescribing/ar/">ar</a> <a href="/social-prescribing/.">home</a>'
                      ' <script src="/social-prescribing/assets/a.js"></script>'
                      ' <a href="https://example.org/social-prescribing/ar/#here">own</a>'
                      ' <a href="https://example.org/social-prescribing-news/">another site</a>',
        "ar/index.html": '<h1 id="here">x</h1> <a href="/ar/">wrong: outside the path</a> <a href="/social-prescribing/gone/">g</a>',
        "assets/a.js": "",
    })
    report = check_links(site, "https://example.org/social-prescribing/")
    assert sorted(report.broken) == [
        "ar/index.html: /ar/ (outside the site's path /social-prescribing/)",
        "ar/index.html: /social-prescribing/gone/ (no such file)",
    ]
    assert list(report.external) == ["https://example.org/social-prescribing-news/"]


def test_served_at_another_address_links_to_the_public_one_are_the_sites_own_and_checked(tmp_path):
    # A preview serves the site at http://127.0.0.1:8000/ while its pages show site.yml's url (the embed
    # guide's snippets, under a path too): those are the site's own pages, not external links.
    site = site_with(tmp_path, {
        "index.html": '<a href="https://example.org/social-prescribing/embed/services/">frame</a>'
                      ' <a href="https://example.org/social-prescribing/ar/embed/gone/">gone</a>'
                      ' <a href="http://127.0.0.1:8000/embed/services/">served</a>'
                      ' <a href="https://example.org/elsewhere/">another site</a>',
        "embed/services/index.html": "x",
    })
    report = check_links(site, "http://127.0.0.1:8000/", public_url="https://example.org/social-prescribing/")
    assert report.broken == ["index.html: https://example.org/social-prescribing/ar/embed/gone/ (no such file)"]
    assert report.external == {"https://example.org/elsewhere/": {"index.html"}}


def test_the_build_report_checks_every_page_of_the_built_site_its_404_pages_among_them(built_fixture):
    # The link check of a two-process build runs while the last search index is made: every language's
    # 404 page must be written before it, or its links go unchecked.
    [checked] = re.findall(r"Signpost build report: (\d+) pages checked", built_fixture.output)
    pages = sorted(path.relative_to(built_fixture.site).as_posix() for path in built_fixture.site.rglob("*.html"))
    assert "ar/404.html" in pages and int(checked) == len(pages), pages

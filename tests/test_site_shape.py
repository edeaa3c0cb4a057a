"""What the site generator is told about a portal (signpost/site_shape.py) and the headers file
(signpost/headers.py), from the fixture portal's content."""
from signpost.headers import headers_file
from signpost.load import load_portal
from signpost.site_shape import language_name, pages_not_built, sections, site_address, site_path

from conftest import write


def test_a_language_is_named_in_itself_and_an_unknown_code_as_written():
    assert [language_name(code) for code in ("en", "ar", "fr", "es", "zz")] == ["English", "العربية", "Français", "Español", "zz"]


def test_the_address_and_path_come_from_site_yml(content):
    site = content / "site.yml"
    site.write_text(site.read_text(encoding="utf-8").replace("url: https://fixture.example.org", "url: https://example.org/social-prescribing"))
    portal = load_portal(content)
    assert (site_address(portal), site_path(portal)) == ("https://example.org/social-prescribing/", "/social-prescribing/")
    assert headers_file(portal).startswith("/social-prescribing/*\n  X-Frame-Options: DENY\n")


def test_a_section_is_empty_when_it_has_no_content(content):
    portal = load_portal(content)
    assert sections(portal) == {"services/": True, "needs/": True, "team/": True, "stories/": True,
                                "pathways/": True, "forms/": False, "leaflets/": False}


def test_pages_in_a_language_the_site_does_not_offer_are_reported_once_a_language(content):
    docs = content.parent / "docs"
    write(docs / "privacy.de.md", "# Datenschutz\n")
    write(docs / "index.de.md", "# Start\n")
    write(docs / "generated" / "index.pl.md", "# made by a build\n")
    write(docs / "release.notes.md", "# not a language\n")
    [note] = pages_not_built(docs, load_portal(content))
    assert note.file == "docs/index.de.md" and "'de' is not built" in note.message and "2 pages" in note.message

"""Quotes: on the home page and on the pathway pages they name; attributed by role, a name only with consent."""
from signpost.pages import pathways
from signpost.pages.blocks import fill_page

from conftest import write
from .kinds import errors_of, page, portal_of

QUOTE = "text: It helped.\nrole: Practice nurse\norganisation: Oak Surgery\npathways: [self-referral]\n"


def test_a_quote_shows_on_the_home_page_and_its_pathway_with_role_and_organisation(content):
    write(content / "quotes/nurse.yml", QUOTE)
    portal = portal_of(content)
    home = fill_page(portal, "en", "index.md", "{{ blocks.quotes }}\n")
    assert "<blockquote><p>It helped.</p></blockquote>" in home
    assert "<figcaption>Practice nurse, Oak Surgery</figcaption>" in home
    pathway = page(pathways.pages(portal, "en"), "pathways/self-referral.md")
    assert "It helped." in pathway


def test_a_quote_kept_off_the_home_page_is_not_there(content):
    write(content / "quotes/nurse.yml", QUOTE + "home: false\n")
    assert "It helped." not in fill_page(portal_of(content), "en", "index.md", "{{ blocks.quotes }}\n")


def test_a_name_without_recorded_consent_is_an_error_and_with_it_is_shown(content):
    write(content / "quotes/nurse.yml", QUOTE + "name: Pat Doe\n")
    [error] = errors_of(content)
    assert error.field == "name_consent" and "agreed to be named" in error.message
    write(content / "quotes/nurse.yml", QUOTE + "name: Pat Doe\nname_consent: 2026-05-01\n")
    assert "Pat Doe, Practice nurse" in fill_page(portal_of(content), "en", "index.md", "{{ blocks.quotes }}\n")


def test_a_quote_naming_a_pathway_that_does_not_exist_is_an_error(content):
    write(content / "quotes/nurse.yml", QUOTE.replace("[self-referral]", "[self-referal]"))
    [error] = errors_of(content)
    assert error.field == "pathways[0]" and "did you mean 'self-referral'" in error.message

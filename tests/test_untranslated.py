"""Names in the team's own words, written by a translator into another language's sentence, are marked
with the default language (signpost.untranslated.mark_names); text that is not a reader's text, or is
marked with a language already, is left alone."""
from __future__ import annotations

import pytest

from signpost.load import load_portal
from signpost.untranslated import mark_names

EN = '<bdi lang="en" dir="ltr">{}</bdi>'


@pytest.fixture
def portal(content):
    return load_portal(content)  # team names: North Fixture, North Fixture PCN, Oak Surgery, Fixture Hall ...


def test_a_name_in_a_sentence_is_marked_the_longest_name_first(portal):
    html = "<p>Un conseiller de North Fixture PCN et de North Fixture, à Oak Surgery.</p>"
    assert mark_names(html, portal, "fr") == (
        f"<p>Un conseiller de {EN.format('North Fixture PCN')} et de {EN.format('North Fixture')}, "
        f"à {EN.format('Oak Surgery')}.</p>")


def test_part_of_a_longer_word_is_not_a_name(portal):
    html = "<p>North Fixtures; Oak Surgerys; xOak Surgery</p>"
    assert mark_names(html, portal, "fr") == html


def test_attributes_comments_code_and_scripts_are_left_alone(portal):
    html = ('<p title="Oak Surgery"><a href="/x" aria-label="Oak Surgery">x</a></p><!-- Oak Surgery -->'
            "<code>Oak Surgery</code><script>var x = 'Oak Surgery';</script><title>Oak Surgery</title>")
    assert mark_names(html, portal, "fr") == html


def test_an_element_with_a_language_is_left_alone_until_it_closes_whatever_it_holds(portal):
    html = ('<div lang="en"><div>Oak Surgery</div><br>Oak Surgery<p>Oak Surgery</div>'
            "<p>Oak Surgery</p>")
    assert mark_names(html, portal, "fr") == (
        '<div lang="en"><div>Oak Surgery</div><br>Oak Surgery<p>Oak Surgery</div>'
        f"<p>{EN.format('Oak Surgery')}</p>")


def test_text_after_the_last_tag_and_without_tags_is_marked(portal):
    assert mark_names("Oak Surgery", portal, "fr") == EN.format("Oak Surgery")
    assert mark_names("<br>à Oak Surgery", portal, "fr") == f"<br>à {EN.format('Oak Surgery')}"


def test_the_default_languages_pages_are_not_marked(portal):
    html = "<p>Oak Surgery</p>"
    assert mark_names(html, portal, "en") == html

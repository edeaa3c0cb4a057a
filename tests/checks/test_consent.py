import datetime

import pytest

from signpost.checks.consent import check_consent
from signpost.errors import ContentErrors
from signpost.load import load_portal

from conftest import edit, write

STORY = "content/stories/a-fresh-start.yml"  # consent given 2026-06-01 (line 5), review 2027-06-01 (line 7)


def load_errors(content):
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    return raised.value.errors


def test_consent_given_in_the_past_and_not_yet_due_for_review_passes(content):
    assert check_consent(load_portal(content), datetime.date(2026, 11, 1)) == []


def test_consent_is_still_valid_on_its_review_day(content):
    assert check_consent(load_portal(content), datetime.date(2027, 6, 1)) == []


def test_expired_consent_is_an_error_on_the_review_line_saying_it_must_be_renewed(content):
    [error] = check_consent(load_portal(content), datetime.date(2027, 6, 2))
    assert (error.file, error.line, error.field) == (STORY, 7, "consent.review")
    assert "consent must be renewed" in error.message
    assert "2027-06-01" in error.message and "2027-06-02" in error.message


def test_consent_given_after_today_is_an_error_on_the_given_line(content):
    [error] = check_consent(load_portal(content), datetime.date(2026, 5, 31))
    assert (error.file, error.line, error.field) == (STORY, 5, "consent.given")
    assert "found 2026-06-01" in error.message and "2026-05-31" in error.message


def test_every_story_is_checked_and_named_by_its_own_file(content):
    text = (content / "stories/a-fresh-start.yml").read_text(encoding="utf-8")
    write(content / "stories/second-story.yml", text.replace("review: 2027-06-01", "review: 2027-01-10"))
    errors = check_consent(load_portal(content), datetime.date(2027, 2, 1))
    assert [(e.file, e.line, e.field) for e in errors] == [
        ("content/stories/second-story.yml", 7, "consent.review"),
    ]


def test_consent_for_the_web_only_is_enough_when_no_leaflet_includes_stories(content):
    edit(content / "stories/a-fresh-start.yml", "scope: [web, print]", "scope: [web]")
    assert "a-fresh-start" in load_portal(content).stories


@pytest.mark.parametrize("scope", ["[print]", "[print, print]"])
def test_consent_must_cover_the_web(content, scope):
    edit(content / "stories/a-fresh-start.yml", "scope: [web, print]", f"scope: {scope}")
    [error] = load_errors(content)
    assert (error.file, error.line, error.field) == (STORY, 6, "consent.scope")
    assert "expected consent covering web" in error.message and error.message.endswith(f"found {scope}")


def test_a_leaflet_that_includes_stories_needs_print_consent_and_the_error_names_it(content):
    edit(content / "stories/a-fresh-start.yml", "scope: [web, print]", "scope: [web]")
    write(content / "leaflets/our-stories.yml", """title: Our stories
audience: resident
intro: Stories from people we have supported.
pathways: [self-referral]
sections: [stories]
reviewed: 2026-10-01
""")
    [error] = load_errors(content)
    assert (error.file, error.line, error.field) == (STORY, 6, "consent.scope")
    assert "content/leaflets/our-stories.yml includes stories" in error.message and "found [web]" in error.message


def test_consent_for_an_unknown_use_is_an_error(content):
    edit(content / "stories/a-fresh-start.yml", "scope: [web, print]", "scope: [web, print, radio]")
    [error] = load_errors(content)
    assert (error.file, error.line, error.field) == (STORY, 6, "consent.scope[2]")
    assert "'web' or 'print'" in error.message and "'radio'" in error.message


@pytest.mark.parametrize("review", ["2026-05-01", "2026-06-01"])
def test_the_review_date_must_come_after_consent_was_given(content, review):
    edit(content / "stories/a-fresh-start.yml", "review: 2027-06-01", f"review: {review}")
    [error] = load_errors(content)
    assert (error.file, error.line, error.field) == (STORY, 7, "consent.review")
    assert error.message == f"expected a review date after consent was given (2026-06-01), found {review}"


def test_a_story_without_a_consent_record_is_an_error(content):
    edit(content / "stories/a-fresh-start.yml",
         "consent:\n  given: 2026-06-01\n  scope: [web, print]\n  review: 2027-06-01\n", "")
    [error] = load_errors(content)
    assert (error.file, error.line, error.field) == (STORY, 1, "consent")
    assert error.message == "required field is missing"

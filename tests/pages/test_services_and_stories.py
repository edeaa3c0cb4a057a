"""What service, story and "how to get referred" pages say when the content leaves facts out, names
several costs or organisations, or is time-limited: rendered by the library from the fixture portal."""
import datetime
from zoneinfo import ZoneInfo

import pytest

from signpost.lifetime import build_date
from signpost.load import load_portal
from signpost.pages import directory, pathways, stories

from conftest import edit, write

BUILT = datetime.date(2026, 11, 1)


def page(files, path):
    return next(f.text for f in files if f.path == path)


def service_page(content, built=BUILT):
    portal = load_portal(content, today=BUILT, built=built)
    return page(directory.pages(portal, "en"), "services/food-bank.md")


def test_unknown_cost_and_languages_say_ask_the_service(content):
    edit(content / "services/food-bank.yml", "cost: free\nlanguages: [en, ar]\n", "")
    html = service_page(content)
    assert html.count("Not stated: ask the service") == 2


def test_several_costs_and_organisations_are_all_shown(content):
    edit(content / "services/food-bank.yml", "cost: free", "cost: [free, low-cost]\npartners: [second-trust]")
    write(content / "organisations/second-trust.yml", "name: Second Trust\n")
    html = service_page(content)
    assert "Free and low cost" in html  # joined as English joins a list (signpost.wording)
    assert "Fixture Trust" in html and "Second Trust" in html


def test_a_service_ending_within_four_weeks_says_so_and_one_ending_later_gives_its_date(content):
    edit(content / "services/food-bank.yml", "reviewed:", "ends: 2026-11-20\nreviewed:")
    assert "Ending soon: this service runs until 20 November 2026." in service_page(content)
    assert "Ending soon" not in service_page(content, built=datetime.date(2026, 10, 1))
    assert "This service runs until 20 November 2026." in service_page(content, built=datetime.date(2026, 10, 1))


def test_an_ended_service_is_not_listed_and_a_story_names_it_as_plain_text(content):
    edit(content / "services/food-bank.yml", "reviewed:", "ends: 2026-10-31\nreviewed:")
    portal = load_portal(content, today=BUILT, built=BUILT)
    assert "food-bank" not in portal.services and "food-bank" in portal.ended_services
    files = directory.pages(portal, "en")
    assert not any(f.path == "services/food-bank.md" for f in files)
    assert "Fixture Food Bank" not in page(files, "services/index.md")
    story = page(stories.pages(portal, "en"), "stories/a-fresh-start.md")
    assert "<li>Fixture Food Bank</li>" in story


def test_ends_before_starts_is_an_error_naming_the_field(content):
    from signpost.errors import ContentErrors
    edit(content / "services/food-bank.yml", "reviewed:", "starts: 2026-12-01\nends: 2026-11-01\nreviewed:")
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    [error] = raised.value.errors
    assert error.field == "ends" and "on or after starts (2026-12-01)" in error.message


def test_without_referral_weeks_no_length_is_claimed_and_one_route_is_not_a_choice(content):
    html = page(pathways.pages(load_portal(content), "en"), "get-referred.md")
    assert "weeks" not in html
    assert "This is how to reach a link worker." in html and "Choose the one" not in html


def test_referral_weeks_when_given_is_said(content):
    edit(content / "site.yml", "opening_hours:", "referral_weeks: 8\nopening_hours:")
    html = page(pathways.pages(load_portal(content), "en"), "get-referred.md")
    assert html.count("up to 8 weeks") == 2


def test_a_story_without_a_pseudonym_is_told_by_a_resident_and_mentions_are_plain_text(content):
    edit(content / "stories/a-fresh-start.yml", "pseudonym: Alex\nname_changed: true\n", "")
    edit(content / "stories/a-fresh-start.yml", "services: [food-bank]", "services: [food-bank]\nmentions: [Riverside Tenants Forum]")
    html = page(stories.pages(load_portal(content), "en"), "stories/a-fresh-start.md")
    assert "Told by: A resident" in html and "not the person" not in html
    assert "<li>Riverside Tenants Forum</li>" in html


def test_the_build_date_is_the_day_of_the_build_unless_pinned():
    # The last commit's time must not decide what is current: an ended notice would stay up until the next commit.
    uk_today = datetime.datetime.now(ZoneInfo("Europe/London")).date()
    assert build_date({"SOURCE_DATE_EPOCH": "1764460800"}) == uk_today
    assert build_date({}) == uk_today
    assert build_date({"SIGNPOST_BUILD_DATE": "2025-11-30"}) == datetime.date(2025, 11, 30)


def test_a_mistyped_pinned_build_date_is_named_not_a_traceback():
    with pytest.raises(ValueError, match="SIGNPOST_BUILD_DATE: expected a date written YYYY-MM-DD, found '30/11/2025'"):
        build_date({"SIGNPOST_BUILD_DATE": "30/11/2025"})


def pathway_page(content):
    return page(pathways.pages(load_portal(content, today=BUILT, built=BUILT), "en"), "pathways/self-referral.md")


def test_a_pathway_without_contact_shows_the_teams_and_follows_a_changed_phone(content):
    edit(content / "pathways/self-referral.yml", 'contact:\n  phone: "020 7946 0999"\n', "")
    edit(content / "site.yml", '  phone: "020 7946 0999"', '  phone: "020 7946 0123"')
    html = pathway_page(content)
    assert "tel:+442079460123" in html and "fixture@example.org" in html
    assert "0999" not in html


def test_a_pathway_contact_gives_only_what_differs_and_the_rest_is_the_teams(content):
    edit(content / "pathways/self-referral.yml", 'contact:\n  phone: "020 7946 0999"\n', "contact:\n  email: referrals@example.org\n")
    html = pathway_page(content)
    assert "referrals@example.org" in html and "tel:+442079460999" in html
    assert "fixture@example.org" not in html

import datetime

import pytest

from signpost.checks.freshness import months_before, stale_items
from signpost.load import load_portal

from conftest import edit, write

# The fixture: food-bank reviewed 2026-10-01 (line 24), housing-help 2026-09-01 (line 13),
# the story a-fresh-start 2026-10-01 (line 13); the site's limit is 12 months.
FOOD_BANK = ("content/services/food-bank.yml", 24, "reviewed")
HOUSING_HELP = ("content/services/housing-help.yml", 13, "reviewed")
STORY = ("content/stories/a-fresh-start.yml", 13, "reviewed")


def where(errors):
    return sorted((e.file, e.line, e.field) for e in errors)


@pytest.mark.parametrize("day, months, expected", [
    ("2027-10-01", 12, "2026-10-01"),
    ("2027-01-15", 1, "2026-12-15"),
    ("2027-03-31", 1, "2027-02-28"),
    ("2028-03-31", 1, "2028-02-29"),
    ("2027-05-31", 3, "2027-02-28"),
    ("2027-01-31", 13, "2025-12-31"),
    ("2027-07-31", 60, "2022-07-31"),
])
def test_months_before_counts_calendar_months_and_clamps_to_the_months_end(day, months, expected):
    assert months_before(datetime.date.fromisoformat(day), months) == datetime.date.fromisoformat(expected)


def test_nothing_reviewed_within_the_limit_is_stale(content):
    assert stale_items(load_portal(content), datetime.date(2027, 9, 1)) == []


def test_a_review_exactly_the_limit_ago_is_not_yet_stale(content):
    assert where(stale_items(load_portal(content), datetime.date(2027, 10, 1))) == [HOUSING_HELP]


def test_services_and_stories_reviewed_before_the_limit_are_warned_on_their_reviewed_line(content):
    warnings = stale_items(load_portal(content), datetime.date(2027, 10, 2))
    assert where(warnings) == sorted([FOOD_BANK, HOUSING_HELP, STORY])
    food_bank = next(w for w in warnings if w.file == FOOD_BANK[0])
    assert food_bank.message == ("reviewed 2026-10-01, more than 12 months ago; "
                                 "check it is still right and update reviewed:")


def test_the_limit_is_the_sites_review_limit_months(content):
    edit(content / "site.yml", "review_limit_months: 12", "review_limit_months: 3")
    warnings = stale_items(load_portal(content), datetime.date(2027, 1, 1))
    assert where(warnings) == [HOUSING_HELP]
    assert warnings[0].message.startswith("reviewed 2026-09-01, more than 3 months ago;")


def test_a_limit_of_one_month_reads_in_the_singular(content):
    edit(content / "site.yml", "review_limit_months: 12", "review_limit_months: 1")
    warnings = stale_items(load_portal(content), datetime.date(2026, 11, 2))
    assert where(warnings) == sorted([FOOD_BANK, HOUSING_HELP, STORY])
    assert all("more than 1 month ago;" in w.message for w in warnings)


def test_a_new_service_names_its_own_file(content):
    text = (content / "services/housing-help.yml").read_text(encoding="utf-8")
    write(content / "services/old-advice.yml", text.replace("reviewed: 2026-09-01", "reviewed: 2025-01-31"))
    warnings = stale_items(load_portal(content), datetime.date(2026, 2, 1))
    assert where(warnings) == [("content/services/old-advice.yml", 13, "reviewed")]

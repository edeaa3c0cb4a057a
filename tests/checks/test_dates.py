import datetime

from signpost.checks.dates import future_reviews
from signpost.load import load_portal


def test_a_review_dated_after_today_is_an_error_on_its_line(content):
    portal = load_portal(content, today=datetime.date(2026, 11, 30))
    errors = sorted(future_reviews(portal, datetime.date(2026, 9, 15)))  # housing-help was reviewed on 2026-09-01
    assert [(e.file, e.line, e.field) for e in errors] == [
        ("content/services/food-bank.yml", 24, "reviewed"), ("content/stories/a-fresh-start.yml", 13, "reviewed")]
    assert "on or before today (2026-09-15), found 2026-10-01, which is in the future" in errors[0].message


def test_a_review_dated_today_is_fine(content):
    portal = load_portal(content, today=datetime.date(2026, 11, 30))
    assert future_reviews(portal, datetime.date(2026, 10, 1)) == []

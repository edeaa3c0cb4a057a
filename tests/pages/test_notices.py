"""Notices: shown while current by the build date, on the home page or on every page, then gone."""
import datetime

import pytest

from signpost.pages import notices
from signpost.pages.blocks import fill_page

from conftest import write
from .kinds import errors_of, portal_of

HOME = "# Home\n\n{{ blocks.notices }}\n"


def add(content, name, starts, ends, show_on="home", severity="info"):
    write(content / f"notices/{name}.yml",
          f"message: Notice {name}.\nstarts: {starts}\nends: {ends}\nseverity: {severity}\nshow_on: {show_on}\n")


@pytest.mark.parametrize("built, shown", [
    (datetime.date(2026, 10, 31), False), (datetime.date(2026, 11, 1), True),
    (datetime.date(2026, 11, 30), True), (datetime.date(2026, 12, 1), False),
])
def test_a_home_notice_shows_from_its_start_to_its_end_day(content, built, shown):
    add(content, "closure", "2026-11-01", "2026-11-30")
    home = fill_page(portal_of(content, built), "en", "index.md", HOME)
    assert ("Notice closure." in home) is shown


def test_an_every_page_notice_reaches_every_page_and_the_home_page_and_is_marked_by_severity(content):
    add(content, "phones", "2026-10-01", "2026-12-01", show_on="every-page", severity="urgent")
    add(content, "hours", "2026-10-01", "2026-12-01", show_on="home")
    portal = portal_of(content)
    other = notices.every_page_notices(portal, "fr", "generated/services/food-bank.fr.md")
    assert "Notice phones." in other and "Notice hours." not in other and 'role="alert"' in other
    home = fill_page(portal, "en", "index.md", HOME)
    assert home.index("Notice phones.") < home.index("Notice hours.")  # most severe first


def test_ends_before_starts_is_an_error(content):
    add(content, "backwards", "2026-11-02", "2026-11-01")
    [error] = errors_of(content)
    assert error.file == "content/notices/backwards.yml" and error.field == "ends"

"""The calendar feeds of the sample portal, parsed back with icalendar."""
from __future__ import annotations

import datetime

import pytest
from icalendar import Calendar

from sites import PROJECT


@pytest.fixture(scope="module")
def portal():
    from signpost.load import load_portal

    return load_portal(PROJECT / "content")


def test_each_slot_is_a_weekly_event_from_its_first_day_after_the_review(portal):
    from signpost.exports.calendars import service_calendar

    item = portal.services["community-food-bank"]  # reviewed Thursday 2026-10-01: Tue/Thu and Sat slots
    events = Calendar.from_ical(service_calendar(portal, item, "en")).walk("VEVENT")
    starts = [(e.decoded("DTSTART").date(), e["RRULE"]["BYDAY"]) for e in events]
    assert starts == [(datetime.date(2026, 10, 1), ["TU", "TH"]), (datetime.date(2026, 10, 3), ["SA"])]
    # Two places, and the content says only in prose which session is where: no LOCATION is claimed.
    assert all("LOCATION" not in e for e in events)
    assert "St Mark's Hall, 12 Example Road, Riverside, RV1 2AB" in str(events[0]["DESCRIPTION"])


def test_feeds_are_the_same_bytes_every_time_and_one_session_keeps_its_uid_across_feeds(portal):
    from signpost.exports.calendars import service_calendar, site_calendar

    item = portal.services["community-food-bank"]
    assert service_calendar(portal, item, "fr") == service_calendar(portal, item, "fr")
    own = {str(e["UID"]) for e in Calendar.from_ical(service_calendar(portal, item, "fr")).walk("VEVENT")}
    every = {str(e["UID"]) for e in Calendar.from_ical(site_calendar(portal, "fr")).walk("VEVENT")}
    assert own < every
    scheduled = [s for s in portal.services.values() if s.data.schedule]
    assert len(every) == sum(len(s.data.schedule) for s in scheduled)



def test_the_vtimezone_agrees_with_the_time_zone_database_for_years_ahead(portal):
    from zoneinfo import ZoneInfo

    from signpost.exports.calendars import site_calendar

    [vtimezone] = Calendar.from_ical(site_calendar(portal, "en")).walk("VTIMEZONE")
    vtimezone["TZID"] = "X-Feed"  # so the rules are read from the feed, not looked up by name
    feed, london = vtimezone.to_tz(), ZoneInfo("Europe/London")
    for year in (2026, 2031, 2045):
        for month, day, hour in ((1, 15, 12), (3, 30, 12), (7, 1, 12), (10, 20, 12), (10, 30, 12), (12, 24, 12)):
            moment = datetime.datetime(year, month, day, hour)
            assert feed.utcoffset(moment) == london.utcoffset(moment), moment


def test_a_time_limited_scheme_has_no_session_before_it_starts_or_after_it_ends(portal):
    import dataclasses

    from signpost.exports.calendars import service_calendar

    item = portal.services["community-food-bank"]
    limited = dataclasses.replace(item, data=item.data.model_copy(
        update={"starts": datetime.date(2026, 11, 2), "ends": datetime.date(2026, 12, 19)}))
    events = Calendar.from_ical(service_calendar(portal, limited, "en")).walk("VEVENT")
    assert [e.decoded("DTSTART").date() for e in events] == [datetime.date(2026, 11, 3), datetime.date(2026, 11, 7)]
    for event in events:
        [until] = event["RRULE"]["UNTIL"]
        assert until.tzinfo is not None and until.utcoffset() == datetime.timedelta(0)
        assert until.date() == datetime.date(2026, 12, 19)
    unlimited = Calendar.from_ical(service_calendar(portal, item, "en")).walk("VEVENT")
    assert all("UNTIL" not in e["RRULE"] for e in unlimited)

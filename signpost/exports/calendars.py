"""iCalendar feeds of services' regular sessions, per language: one per service with a schedule
(`calendars/{service}.ics`) and one of every session on the site (`calendars/all-sessions.ics`).

Each schedule slot is one weekly event (RRULE FREQ=WEEKLY;BYDAY=...) in Europe/London time, starting
on the first of its days on or after the service's `reviewed` date: the content says the sessions
ran then, and nothing about before. Every value comes from the content, so two builds give the same bytes."""
from __future__ import annotations

import datetime
import functools
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from signpost.exports.ids import record_uuid
from signpost.exports.urls import service_url
from signpost.files import write_files
from signpost.portal import Item, Portal

FOLDER = "calendars"
ALL_SESSIONS = "all-sessions"
LONDON = ZoneInfo("Europe/London")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RRULE_DAYS = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}


def calendar_path(name: str, portal: Portal, lang: str) -> str:
    """Site-relative path of a feed: `calendars/food-bank.ics`, in Arabic `ar/calendars/food-bank.ics`."""
    prefix = "" if lang == portal.default_language else f"{lang}/"
    return f"{prefix}{FOLDER}/{name}.ics"


def has_sessions(item: Item) -> bool:
    return bool(item.data.schedule)


def _first_day(days: list[str], start: datetime.date) -> datetime.date:
    wanted = {_DAYS.index(day) for day in days}
    return next(start + datetime.timedelta(n) for n in range(7) if (start + datetime.timedelta(n)).weekday() in wanted)


def _at(day: datetime.date, time: str) -> datetime.datetime:
    hours, minutes = map(int, time.split(":"))
    return datetime.datetime.combine(day, datetime.time(hours, minutes), tzinfo=LONDON)


def _events(portal: Portal, item: Item, lang: str) -> list[Event]:
    data = item.data
    url = service_url(portal, item.id, lang)
    text = [portal.text(item, "summary", lang).text]
    if data.schedule_note:
        text.append(portal.text(item, "schedule_note", lang).text)
    # A place only when there is one: with several, the content says in prose which session is where.
    places = [", ".join(filter(None, (p.name, p.address, p.postcode))) for p in data.locations]
    if len(places) > 1:
        text.extend(places)
    events = []
    for index, slot in enumerate(data.schedule, start=1):
        first = _first_day(slot.days, max(data.reviewed, data.starts or data.reviewed))
        event = Event()
        event.add("uid", f"{record_uuid(portal.site.data.url, 'session', item.id, str(index))}@signpost")
        event.add("dtstamp", datetime.datetime.combine(data.reviewed, datetime.time(), tzinfo=datetime.timezone.utc))
        event.add("summary", portal.text(item, "name", lang).text)
        event.add("dtstart", _at(first, slot.opens))
        event.add("dtend", _at(first, slot.closes))
        rule = {"freq": "weekly", "byday": [_RRULE_DAYS[day] for day in slot.days]}
        if data.ends:  # a time-limited scheme: no session after its last day (UNTIL in UTC, RFC 5545)
            rule["until"] = _at(data.ends, slot.closes).astimezone(datetime.timezone.utc)
        event.add("rrule", rule)
        event.add("description", "\n\n".join(text + [url]))
        event.add("url", url)
        if len(places) == 1:
            event.add("location", places[0])
        events.append(event)
    return events


def _london() -> Timezone:
    """Europe/London as a VTIMEZONE for clients without a time zone database: the UK rule since 1996
    (BST from the last Sunday of March, 01:00 UTC, to the last Sunday of October), unbounded, unlike
    icalendar's own transition list, which ends in 2038 and is some kilobytes long."""
    zone = Timezone()
    zone.add("tzid", "Europe/London")
    for kind, name, start, before, after, month in (
        (TimezoneDaylight, "BST", datetime.datetime(1996, 3, 31, 1), "+0000", "+0100", 3),
        (TimezoneStandard, "GMT", datetime.datetime(1996, 10, 27, 2), "+0100", "+0000", 10),
    ):
        part = kind()
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("tzoffsetfrom", datetime.timedelta(hours=int(before[:3])))
        part.add("tzoffsetto", datetime.timedelta(hours=int(after[:3])))
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1SU"})
        zone.add_component(part)
    return zone


def _events_ical(portal: Portal, item: Item, lang: str) -> bytes:
    """One service's VEVENTs in `lang`, as they are written inside any calendar."""
    return b"".join(event.to_ical() for event in _events(portal, item, lang))


_END = b"END:VCALENDAR\r\n"


def _calendar(name: str, events: list[bytes]) -> bytes:
    # A VCALENDAR is its properties, then its components in turn: each service's events are written once
    # (icalendar's writing is most of the time) and placed in its own feed and in the site's.
    # The time zone is the same in every feed: written once, too.
    calendar = Calendar()
    calendar.add("prodid", "-//Signpost//Service sessions//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/London")
    head = calendar.to_ical()
    assert head.endswith(_END)
    return head[:-len(_END)] + (_london_ical() if any(events) else b"") + b"".join(events) + _END


@functools.cache
def _london_ical() -> bytes:
    return _london().to_ical()


def service_calendar(portal: Portal, item: Item, lang: str, events: bytes | None = None) -> bytes:
    """The feed of one service's sessions in `lang` (bytes of a VCALENDAR); `events`: its VEVENTs, when
    already written."""
    return _calendar(portal.text(item, "name", lang).text, [_events_ical(portal, item, lang) if events is None else events])


def site_calendar(portal: Portal, lang: str, events: dict[str, bytes] | None = None) -> bytes:
    """Every service's sessions in one feed, in `lang`; `events`: each service's VEVENTs, when already
    written."""
    keys = [key for key in sorted(portal.services) if has_sessions(portal.services[key])]
    events = events if events is not None else {key: _events_ical(portal, portal.services[key], lang) for key in keys}
    name = f"{portal.text(portal.site, 'name', lang).text}: {portal.string('calendar_all_sessions', lang).text}"
    return _calendar(name, [events[key] for key in keys])


def write_calendars(portal: Portal, site: Path) -> dict[str, int]:
    """Writes every feed in every language; returns site-relative path -> bytes."""
    feeds = {}
    for lang in portal.languages:
        events = {key: _events_ical(portal, item, lang) for key, item in sorted(portal.services.items()) if has_sessions(item)}
        feeds[calendar_path(ALL_SESSIONS, portal, lang)] = site_calendar(portal, lang, events)
        for key in events:
            feeds[calendar_path(key, portal, lang)] = service_calendar(portal, portal.services[key], lang, events[key])
    return write_files(feeds, site)

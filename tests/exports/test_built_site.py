"""The exports in a real build of the fixture portal: the Open Referral UK files, JSON-LD parsed back
from the service pages, and the calendar feeds the "Add to calendar" links point to."""
from __future__ import annotations

import html
import json
import re
import subprocess

import pytest
from icalendar import Calendar

from exports.oruk import errors
from sites import PROJECT

_JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)
_CALENDAR_LINK = re.compile(r'<p class="sp-calendar"[^>]*><a href="([^"]+)"')
VNU = PROJECT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_the_build_writes_a_valid_open_referral_export(built_fixture):
    root = built_fixture.site / "openreferral"
    services = json.loads((root / "services.json").read_text(encoding="utf-8"))
    assert {item["name"] for item in services["contents"]} == {"Fixture Food Bank", "Fixture Housing Help"}
    for item in services["contents"]:
        document = json.loads((root / "services" / f"{item['id']}.json").read_text(encoding="utf-8"))
        assert errors("service.json", document) == []
    assert "exports: Open Referral UK" in built_fixture.output


def _jsonld(page: str) -> dict:
    blocks = _JSONLD.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_each_service_page_carries_json_ld_in_its_language(built_fixture):
    english = _jsonld(built_fixture.page("services/food-bank/"))
    assert english["@type"] == "Service" and english["@context"]["@language"] == "en"
    assert english["name"] == "Fixture Food Bank" and english["description"] == "Free food parcels."
    assert english["url"] == "https://fixture.example.org/services/food-bank/"
    place = english["availableChannel"]["serviceLocation"][0]
    assert place["address"] == {"@type": "PostalAddress", "streetAddress": "2 Test Street",
                                "addressLocality": "Fixture Town", "postalCode": "RV9 1AB", "addressCountry": "GB"}
    assert english["availableChannel"]["servicePhone"]["telephone"] == "020 7946 0901"
    assert english["hoursAvailable"] == [{"@type": "OpeningHoursSpecification", "dayOfWeek": ["https://schema.org/Tuesday"],
                                          "opens": "10:00", "closes": "12:00"}]
    assert [area["name"] for area in english["areaServed"]] == ["North Fixture"]
    assert [lang["alternateName"] for lang in english["availableChannel"]["availableLanguage"]] == ["en", "ar"]

    arabic = _jsonld(built_fixture.page("ar/services/food-bank/"))
    assert arabic["@context"]["@language"] == "ar"
    assert arabic["name"] == "بنك الطعام التجريبي"
    # The summary has no Arabic translation: it says it is English rather than passing for Arabic.
    assert arabic["description"] == {"@value": "Free food parcels.", "@language": "en"}
    assert arabic["availableChannel"]["availableLanguage"][1]["name"] == "العربية"


def test_json_ld_is_data_the_policy_does_not_allow_to_run(built_fixture):
    from signpost.csp import inline_script_hashes

    page = built_fixture.page("services/food-bank/")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    for block in _JSONLD.findall(page):
        assert not set(inline_script_hashes(f"<script>{block}</script>")) & set(policy.split())


def test_json_ld_cannot_end_its_script_element():
    from signpost.exports.jsonld import jsonld_markup

    markup = str(jsonld_markup({"name": "</script><script>alert(1)</script> & <!--"}))
    assert "<" not in markup and ">" not in markup and "&" not in markup
    assert json.loads(markup) == {"name": "</script><script>alert(1)</script> & <!--"}


@pytest.mark.skipif(not VNU.exists(), reason="npm ci installs the Nu HTML checker")
def test_the_nu_html_checker_accepts_the_service_pages(built_fixture):
    pages = [str(built_fixture.site / url / "index.html") for url in ("services/food-bank", "ar/services/food-bank")]
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "gnu", *pages],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0 and result.stderr == "", result.stderr


def _calendar_from_link(built, url: str) -> Calendar:
    link = html.unescape(_CALENDAR_LINK.search(built.page(url)).group(1))
    return Calendar.from_ical((built.site / url / link).resolve().read_bytes())


def test_add_to_calendar_links_a_weekly_feed_in_london_time(built_fixture):
    calendar = _calendar_from_link(built_fixture, "services/food-bank/")
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Fixture Food Bank"
    assert event["RRULE"]["FREQ"] == ["WEEKLY"] and event["RRULE"]["BYDAY"] == ["TU"]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert str(start.tzinfo) == "Europe/London" and start.strftime("%A %H:%M") == "Tuesday 10:00"
    assert end.strftime("%H:%M") == "12:00" and start.date().isoformat() >= "2026-10-01"  # from its review on
    assert str(event["LOCATION"]) == "Fixture Hall, 2 Test Street, Fixture Town, RV9 1AB"
    assert str(event["URL"]) == "https://fixture.example.org/services/food-bank/"

    arabic = _calendar_from_link(built_fixture, "ar/services/food-bank/")
    [event] = arabic.walk("VEVENT")
    assert str(event["SUMMARY"]) == "بنك الطعام التجريبي"
    assert str(event["URL"]) == "https://fixture.example.org/ar/services/food-bank/"


def test_a_service_without_a_schedule_offers_no_calendar(built_fixture):
    assert _CALENDAR_LINK.search(built_fixture.page("services/housing-help/")) is None
    assert not (built_fixture.site / "calendars" / "housing-help.ics").exists()


def test_one_feed_of_every_session_per_language(built_fixture):
    for prefix in ("", "ar/", "fr/", "hi/", "es/"):
        calendar = Calendar.from_ical((built_fixture.site / f"{prefix}calendars/all-sessions.ics").read_bytes())
        assert len(calendar.walk("VEVENT")) == 1
    spanish = Calendar.from_ical((built_fixture.site / "es/calendars/all-sessions.ics").read_bytes())
    assert "todas las sesiones de grupo" in str(spanish["X-WR-CALNAME"])

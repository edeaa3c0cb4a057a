from signpost.checks.schedules import impossible_schedules
from signpost.errors import ContentErrors
from signpost.load import load_portal

from conftest import write

SERVICE = "content/services/food-bank.yml"


def schedule_errors(content, schedule):
    path = content / "services/food-bank.yml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("schedule:"), text.index("contact:")
    write(path, text[:start] + schedule + text[end:])
    try:
        portal = load_portal(content)
    except ContentErrors as raised:  # the load runs this check too: its errors are in the report
        return raised.errors
    return impossible_schedules(portal)


def test_the_fixture_schedule_is_possible(content):
    assert impossible_schedules(load_portal(content)) == []


def test_closing_at_or_before_opening_is_reported_on_the_closes_line(content):
    errors = schedule_errors(content, 'schedule:\n  - days: [mon]\n    opens: "10:00"\n    closes: "10:00"\n'
                                      '  - days: [tue]\n    opens: "18:00"\n    closes: "09:00"\n')
    assert [(e.file, e.line, e.field) for e in errors] == [
        (SERVICE, 20, "schedule[0].closes"), (SERVICE, 23, "schedule[1].closes")]


def test_a_day_named_twice_in_one_slot_is_reported(content):
    [error] = schedule_errors(content, 'schedule:\n  - days: [mon, tue, mon]\n    opens: "10:00"\n    closes: "12:00"\n')
    assert (error.line, error.field) == (18, "schedule[0].days") and "found mon more than once" in error.message


def test_the_same_day_in_two_slots_is_a_morning_and_an_afternoon(content):
    assert schedule_errors(content, 'schedule:\n  - days: [mon]\n    opens: "09:00"\n    closes: "12:00"\n'
                                    '  - days: [mon]\n    opens: "13:00"\n    closes: "16:00"\n') == []

import datetime

import pytest

from signpost.errors import ContentError, format_report, found


def test_an_error_reads_file_line_field_and_message():
    error = ContentError("content/services/a.yml", 12, "needs[1]", "unknown need 'fod'")
    assert str(error) == "content/services/a.yml:12: needs[1]: unknown need 'fod'"


def test_the_report_counts_every_error_and_sorts_them_by_file_and_line():
    report = format_report([ContentError("b.yml", 3, "x", "bad"), ContentError("a.yml", 9, "y", "bad"),
                            ContentError("a.yml", 2, "z", "bad")])
    lines = report.splitlines()
    assert lines[0] == "Signpost found 3 content errors; nothing was built:"
    assert [line.split(":")[0:2] for line in lines[1:]] == [["  a.yml", "2"], ["  a.yml", "9"], ["  b.yml", "3"]]


@pytest.mark.parametrize("value, shown", [
    (None, "nothing (an empty value)"),
    (True, "true (a yes/no value)"),
    ("Free", "'Free'"),
    (["Tusmada", "Tusmo"], "a list [Tusmada, Tusmo]"),
    ({"opens": "10:00", "days": ["tue"]}, "a mapping {days: [tue], opens: '10:00'}"),
    (datetime.date(2026, 10, 1), "2026-10-01"),
    (12, "12"),
])
def test_what_was_found_is_shown_as_yaml_writes_it_never_in_python_notation(value, shown):
    assert found(value) == shown


def test_what_was_found_is_cut_to_sixty_characters():
    assert found("x" * 100) == "'" + "x" * 56 + "..."

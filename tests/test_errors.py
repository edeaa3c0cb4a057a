from signpost.errors import ContentError, format_report


def test_an_error_reads_file_line_field_and_message():
    error = ContentError("content/services/a.yml", 12, "needs[1]", "unknown need 'fod'")
    assert str(error) == "content/services/a.yml:12: needs[1]: unknown need 'fod'"


def test_the_report_counts_every_error_and_sorts_them_by_file_and_line():
    report = format_report([ContentError("b.yml", 3, "x", "bad"), ContentError("a.yml", 9, "y", "bad"),
                            ContentError("a.yml", 2, "z", "bad")])
    lines = report.splitlines()
    assert lines[0] == "Signpost found 3 content errors; nothing was built:"
    assert [line.split(":")[0:2] for line in lines[1:]] == [["  a.yml", "2"], ["  a.yml", "9"], ["  b.yml", "3"]]

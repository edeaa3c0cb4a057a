from signpost.checks.front_matter import check_front_matter, front_matter_errors


def test_a_page_without_front_matter_has_nothing_to_check():
    assert front_matter_errors("# Privacy\n\n---\n\ntext\n", "docs/privacy.md") == []


def test_good_front_matter_passes():
    assert front_matter_errors("---\ntitle: Privacy\nhide: [toc]\n---\n# Privacy\n", "docs/privacy.md") == []


def test_a_syntax_error_is_reported_at_the_pages_line():
    [error] = front_matter_errors("---\ntitle: Privacy\nhide: [toc\n---\n# Privacy\n", "docs/privacy.md")
    # Where the list opened, and where YAML gave up, are both the page's lines.
    assert (error.file, error.line, error.field) == ("docs/privacy.md", 3, "hide"), error
    assert "YAML syntax error" in error.message and "gives up on line 4" in error.message, error.message


def test_front_matter_that_is_not_fields_is_reported():
    [error] = front_matter_errors("---\n- title\n---\n", "docs/a.md")
    assert error.line == 2 and "expected front matter fields" in error.message


def test_an_empty_title_is_reported():
    [error] = front_matter_errors("---\ntitle:\n---\n", "docs/a.md")
    assert (error.line, error.field) == (2, "title") and error.message == "expected text, found nothing (an empty value)"


def test_generated_pages_are_not_checked(tmp_path):
    docs = tmp_path / "docs"
    (docs / "generated").mkdir(parents=True)
    (docs / "generated" / "x.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    (docs / "ok.md").write_text("---\ntitle: OK\n---\n", encoding="utf-8")
    (docs / "broken.ar.md").write_text("---\ntitle: a\x0bb\n---\n", encoding="utf-8")
    errors = check_front_matter(docs, tmp_path / "content")
    assert [(error.file, error.line, error.column) for error in errors] == [("docs/broken.ar.md", 2, 9)]


def test_a_mistyped_field_is_an_error_naming_the_nearest_one_and_what_mkdocs_reads():
    # MkDocs ignored `titel:` without a word and titled the page from its file name.
    [error] = front_matter_errors("---\nhide: [toc]\ntitel: Volunteer with us\n---\n", "docs/volunteer.md")
    assert (error.line, error.field) == (3, "titel")
    assert error.message.startswith("unknown front matter field: did you mean 'title'? expected one of: title, description")

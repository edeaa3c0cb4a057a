from signpost.source import MAX_DEPTH, MAX_FILE_BYTES, parse_text, read_document

from conftest import write


def read(tmp_path, text):
    return read_document(write(tmp_path / "item.yml", text), "content/item.yml")


def test_records_the_line_of_every_field_and_list_item(tmp_path):
    document, errors = read(tmp_path, "name: A\nneeds:\n  - food\n  - housing\nlocations:\n  - postcode: RV1 1AA\n")
    assert errors == []
    assert document.lines[("name",)] == 1
    assert document.lines[("needs", 1)] == 4
    assert document.lines[("locations", 0, "postcode")] == 6


def test_line_of_an_unrecorded_path_falls_back_to_its_parent(tmp_path):
    document, _ = read(tmp_path, "name: A\ncontact:\n  phone: '1'\n")
    assert document.line_of(("contact", "email")) == 2


def test_keeps_scalars_as_written_so_yaml_1_1_does_not_change_them(tmp_path):
    document, _ = read(tmp_path, "language: no\nopens: 10:00\nflag: yes\n")
    assert document.data == {"language": "no", "opens": "10:00", "flag": "yes"}


def test_reads_empty_and_null_as_none_but_keeps_quoted_empty_text(tmp_path):
    document, _ = read(tmp_path, "a:\nb: ~\nc: null\nd: ''\n")
    assert document.data == {"a": None, "b": None, "c": None, "d": ""}


def test_a_duplicate_key_is_an_error_naming_both_lines(tmp_path):
    _, errors = read(tmp_path, "name: A\nsummary: B\nname: C\n")
    assert len(errors) == 1
    error = errors[0]
    assert (error.file, error.line, error.field) == ("content/item.yml", 3, "name")
    assert "line 1" in error.message and "duplicate" in error.message


def test_a_syntax_error_names_line_and_column(tmp_path):
    document, errors = read(tmp_path, "name: A\nneeds: [food\nsummary: B\n")
    assert document is None
    assert errors[0].line == 2 and errors[0].column is not None  # (where the list opened: YAML gives up on line 3)
    assert errors[0].message.startswith("YAML syntax error")
    assert str(errors[0]).startswith("content/item.yml:2:8: needs: ")


def test_text_that_is_not_utf8_is_an_error(tmp_path):
    path = tmp_path / "item.yml"
    path.write_bytes(b"id: cafe\nname: caf\xe9\n")
    _, [error] = read_document(path, "content/item.yml")
    # Where it is, what it is, and how to save it right: "invalid continuation byte" alone said none of these.
    assert error.line == 2 and "byte 0xe9" in error.message and "Windows-1252" in error.message
    assert "Save it again as UTF-8" in error.message


def test_an_anchor_is_refused_at_once_with_its_line(tmp_path):
    _, errors = read(tmp_path, "name: A\nshared: &common [a, b]\nother: *common\n")
    assert [(e.line, e.column) for e in errors] == [(2, 9)]
    assert "anchor '&common'" in errors[0].message and "write the value out in full" in errors[0].message


def test_an_alias_bomb_is_refused_before_it_expands(tmp_path):
    levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    levels += [f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 9)]
    _, errors = read(tmp_path, "\n".join(levels) + "\n")
    assert len(errors) == 1 and errors[0].line == 1 and "anchor" in errors[0].message


def test_a_recursive_alias_is_refused(tmp_path):
    _, errors = read(tmp_path, "a: &loop\n  b: *loop\n")
    assert len(errors) == 1 and "anchor '&loop'" in errors[0].message


def test_nesting_deeper_than_the_limit_is_refused(tmp_path):
    _, errors = read(tmp_path, "a: " + "[" * 500 + "]" * 500 + "\n")
    assert len(errors) == 1
    assert f"nested more than {MAX_DEPTH} levels deep" in errors[0].message


def test_a_second_document_is_an_error(tmp_path):
    _, errors = read(tmp_path, "name: A\n---\nname: B\n")
    assert errors[0].line == 2 and "second" in errors[0].message


def test_a_file_over_the_size_limit_is_refused_naming_the_limit(tmp_path):
    path = tmp_path / "item.yml"
    path.write_bytes(b"name: " + b"a" * MAX_FILE_BYTES + b"\n")
    _, errors = read_document(path, "content/item.yml")
    assert f"the limit for a content file is {MAX_FILE_BYTES:,} bytes" in errors[0].message


def test_front_matter_lines_count_from_the_pages_first_line():
    document, errors = parse_text("title: A\nhide: [toc]\n", "docs/a.md", first_line=2)
    assert errors == [] and document.lines[("hide",)] == 3


def test_kept_parses_give_each_caller_its_own_document_and_a_changed_text_is_parsed_again():
    from signpost.source import keep_parsed, parse_text
    keep_parsed()
    try:
        first, _ = parse_text("name: A\nsummary: B\n", "content/services/a.yml")
        del first.data["summary"]  # (the loader takes translated fields out of an overlay's data)
        again, errors = parse_text("name: A\nsummary: B\n", "content/services/a.yml")
        assert again.data == {"name": "A", "summary": "B"} and errors == []
        assert again.lines == first.lines
        changed, _ = parse_text("name: A\nsummary: C\n", "content/services/a.yml")
        assert changed.data == {"name": "A", "summary": "C"}
        broken, errors = parse_text("name: [A\n", "content/services/a.yml")
        assert broken is None and errors
    finally:
        keep_parsed(False)

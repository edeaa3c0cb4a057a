import pytest

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
    assert errors[0].line == 3 and errors[0].column is not None
    assert errors[0].message.startswith("YAML syntax error")
    assert str(errors[0]).startswith("content/item.yml:3:")


def test_text_that_is_not_utf8_is_an_error(tmp_path):
    path = tmp_path / "item.yml"
    path.write_bytes(b"name: caf\xe9\n")
    _, errors = read_document(path, "content/item.yml")
    assert "UTF-8" in errors[0].message


# Characters YAML refuses, anchors, depth, and parser messages said where the mistake is

@pytest.mark.parametrize("char", ["\x0b", "\x00", "\x92", "\x1b"])
def test_a_control_character_is_reported_with_line_and_column(tmp_path, char):
    document, errors = read(tmp_path, f"name: A\nsummary: it{char}s here\n")
    assert document is None
    assert [str(error) for error in errors] == [
        f"content/item.yml:2:12: the text holds an invisible control character U+{ord(char):04X} "
        "(often pasted from a word processor); delete it or retype the line"]


def test_tabs_and_text_characters_yaml_accepts_are_kept(tmp_path):
    document, errors = read(tmp_path, "name: \"a\\tb\"\nsummary: café — ok\u00a0here \U0001F600\n")
    assert errors == []
    assert document.data["summary"] == "café — ok\u00a0here \U0001F600"


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


def test_an_unclosed_quote_is_reported_where_it_opened(tmp_path):
    lines = ['name: Food bank', 'summary: "Free food parcels', 'description: Every week.']
    lines += [f"note{n}: text {n}" for n in range(30)] + ['who_for: "Anyone"']
    _, errors = read(tmp_path, "\n".join(lines) + "\n")
    assert len(errors) == 1
    assert (errors[0].line, errors[0].column) == (2, 10)
    assert "the quote opened here is not closed" in errors[0].message
    assert "gives up on line 34" in errors[0].message


def test_an_unclosed_quote_at_the_end_is_reported_where_it_opened(tmp_path):
    _, errors = read(tmp_path, "name: A\nsummary: 'Free food\nneeds: [food]\n")
    assert errors[0].line == 2 and "quote opened here" in errors[0].message


def test_a_tab_used_for_indentation_is_named(tmp_path):
    _, errors = read(tmp_path, 'name: A\ncontact:\n\tphone: "020 7946 0123"\n')
    assert str(errors[0]) == ("content/item.yml:3:1: YAML syntax error: a tab is used for indentation; "
                              "YAML needs spaces: replace the tab with spaces")


def test_a_colon_in_unquoted_text_says_put_the_text_in_quotes(tmp_path):
    _, errors = read(tmp_path, "name: A\nsummary: Free food: every week\n")
    assert errors[0].line == 2 and "put the text in quotes" in errors[0].message


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

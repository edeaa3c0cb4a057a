"""YAML's refusals, said where the mistake is (through read_document, as the loader meets them)."""
import pytest

from signpost.source import read_document

from conftest import write


def read(tmp_path, text):
    return read_document(write(tmp_path / "item.yml", text), "content/item.yml")



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

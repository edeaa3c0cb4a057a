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


def test_a_list_item_on_its_fields_line_says_to_start_it_on_a_line_of_its_own(tmp_path):
    _, errors = read(tmp_path, "name: A\nsummary: - a\n")
    assert str(errors[0]) == ("content/item.yml:2:10: summary: YAML syntax error: a dash ('- ') after the field's colon on "
                              "the same line; for text that starts with a dash, put it in quotes, such as summary: \"- first\"; "
                              "for a list, start each item on a line of its own under summary:, indented, such as '  - first'")


def test_a_colon_in_unquoted_text_says_put_the_text_in_quotes(tmp_path):
    _, errors = read(tmp_path, "name: A\nsummary: Free food: every week\n")
    assert errors[0].line == 2 and "put the text in quotes" in errors[0].message


# Indentation that does not line up: the line that is wrong, what it is and what it should be

# Like the trial's debt-advice.yml: a list of locations, a schedule, a contact.
SERVICE = """\
name: Debt Advice
organisation: riverside-advice
summary: Free advice about debt.
needs: [money-debt]
locations:
  - name: Riverside Advice Centre
    address: 22 High Street, Riverside
    postcode: RV1 2AB
  - name: Canal Street Rooms
    address: 40 Canal Street, Riverside
    postcode: RV4 3DF
schedule:
  - days: [mon]
    opens: "09:00"
    closes: "12:00"
contact:
  phone: "020 7946 0300"
  email: debt@example.org
  website: https://example.org/debt
reviewed: 2026-10-01
"""


def mistaken(line: int, new: str) -> str:
    lines = SERVICE.split("\n")
    assert lines[line - 1].strip() == new.strip()
    lines[line - 1] = new
    return "\n".join(lines)


def test_the_service_without_mistakes_reads(tmp_path):
    assert read(tmp_path, SERVICE)[1] == []


def test_a_list_item_moved_to_column_0_is_named_not_taken_for_a_colon_in_text(tmp_path):
    # The trial: "- name:" moved left, its address and postcode left where they were; YAML gives up on
    # the address line, and had its advice taken for a colon in text (quotes would not help).
    _, errors = read(tmp_path, mistaken(6, "- name: Riverside Advice Centre"))
    assert [str(error) for error in errors] == [
        "content/item.yml:6:1: name: YAML syntax error: the indentation does not line up with the lines around it: "
        "this line is indented 0 spaces; the list items around it are indented 2 (line 9). "
        "Indent it 2 spaces, as they are"]


def test_the_only_list_item_moved_to_column_0_is_named(tmp_path):
    text = "name: A\nlocations:\n- name: Riverside Advice Centre\n    address: 22 High Street\n    postcode: RV1 2AB\n"
    _, errors = read(tmp_path, text)
    assert [str(error) for error in errors] == [
        "content/item.yml:3:1: name: YAML syntax error: the indentation does not line up with the lines around it: "
        "this line is indented 0 spaces; the lines below it (from line 4) fit a list item indented 2. "
        "Indent it 2 spaces"]


def test_a_field_indented_too_far_is_named(tmp_path):
    _, errors = read(tmp_path, mistaken(14, '      opens: "09:00"'))
    assert [str(error) for error in errors] == [
        "content/item.yml:14:7: opens: YAML syntax error: the indentation does not line up with the lines around it: "
        "this line is indented 6 spaces; the fields around it are indented 4 (lines 13 and 15). "
        "Indent it 4 spaces, as they are"]


@pytest.mark.parametrize("spaces", [1, 3])
def test_a_field_indented_by_the_wrong_number_of_spaces_is_named_not_the_line_after_it(tmp_path, spaces):
    # The parser gives up on line 18 (email), after the mistake on line 17.
    _, errors = read(tmp_path, mistaken(17, " " * spaces + 'phone: "020 7946 0300"'))
    assert [str(error) for error in errors] == [
        f"content/item.yml:17:{spaces + 1}: phone: YAML syntax error: the indentation does not line up with the lines "
        f"around it: this line is indented {spaces} space{'s' if spaces > 1 else ''}; the fields around it are "
        "indented 2 (line 18). Indent it 2 spaces, as they are"]


def test_a_field_indented_under_the_field_before_it_is_named(tmp_path):
    _, errors = read(tmp_path, mistaken(2, "  organisation: riverside-advice"))
    assert str(errors[0]).startswith("content/item.yml:2:3: organisation: YAML syntax error: the indentation does not line up")
    assert errors[0].message.endswith("this line is indented 2 spaces; the fields around it are not indented "
                                      "(lines 1 and 3). Delete the spaces before it")


def test_a_colon_in_text_after_a_block_of_text_still_says_put_the_text_in_quotes(tmp_path):
    # Indenting the line would "mend" it by making it part of the description: not a diagnosis.
    _, errors = read(tmp_path, "name: A\ndescription: |\n  Parcels of food.\nsummary: Free food: every week\n")
    assert str(errors[0]) == ("content/item.yml:4:19: YAML syntax error: a colon followed by a space inside unquoted "
                              "text; put the text in quotes, such as summary: \"Free food: every week\"")


def test_a_field_read_as_more_of_the_text_before_it_is_not_given_the_colon_advice(tmp_path):
    # Two lines shifted together: no one line mends it, and the colon is the field's own.
    text = "name: A\nlocations:\n  - name: Hall\n        address: 2 Test Street\n        postcode: RV9 1AB\n"
    _, errors = read(tmp_path, text)
    assert "put the text in quotes" not in errors[0].message
    assert errors[0].line == 4 and "indentation" in errors[0].message


# Invisible characters YAML accepts but nobody means: pasted from a word processor or a web page

@pytest.mark.parametrize("char, name", [("\u200b", "a zero-width space"), ("\ufeff", "a byte-order mark")])
def test_an_invisible_character_in_text_is_reported_with_line_and_column(tmp_path, char, name):
    document, errors = read(tmp_path, f"name: A\nsummary: Free{char} food\n")
    assert [str(error) for error in errors] == [
        f"content/item.yml:2:14: the text holds an invisible character U+{ord(char):04X} ({name}, often pasted "
        "from a word processor); delete it or retype the line"]


def test_a_byte_order_mark_at_the_start_of_the_file_is_harmless(tmp_path):
    document, errors = read(tmp_path, "\ufeffname: A\nsummary: Free food\n")
    assert errors == [] and document.data == {"name": "A", "summary": "Free food"}


def test_joiners_soft_hyphens_and_thai_word_breaks_are_kept(tmp_path):
    # The zero-width joiner and non-joiner shape Hindi, Arabic and Persian words; a soft hyphen is a
    # hyphenation hint; Thai, Khmer, Lao and Burmese mark word breaks with a zero-width space.
    texts = {"hi": "क्\u200dष", "fa": "می\u200cخواهم", "en": "com\u00admunity", "th": "ธนาคาร\u200bอาหาร"}
    document, errors = read(tmp_path, "".join(f"{key}: {value}\n" for key, value in texts.items()))
    assert errors == [] and document.data == texts

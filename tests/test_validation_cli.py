"""`signpost check` on each kind of editor's mistake: one located message, exit 1, no traceback."""
import re
import subprocess
import sys

import pytest

from conftest import SELF_REFERRAL_FORM, edit, write

LOCATED = re.compile(r"^  (content|docs)/[^:]+:\d+(:\d+)?: ")


def control_character(content):
    edit(content / "services/food-bank.yml", "summary: Free food parcels.", "summary: Free\x0b food parcels.")


def zero_width_space(content):
    edit(content / "services/food-bank.yml", "summary: Free food parcels.", "summary: Free\u200b food parcels.")


def alias_bomb(content):
    levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    levels += [f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 9)]
    write(content / "needs/housing.yml", "\n".join(levels) + "\n")


def renamed_placeholder(content):
    edit(content / "strings/fr.yml", "{name} n’est pas", "{nom} n’est pas")


def phone_in_pseudonym(content):
    edit(content / "stories/a-fresh-start.yml", "pseudonym: Alex", "pseudonym: Alex 020\u00a07946\u00a00123")


def closes_before_opens(content):
    edit(content / "services/food-bank.yml", 'closes: "12:00"', 'closes: "09:00"')


def uk_date(content):
    edit(content / "services/food-bank.yml", "reviewed: 2026-10-01", "reviewed: 01/11/2026")


def short_phone(content):
    edit(content / "services/food-bank.yml", '"020 7946 0901"', '"020 7946 090"')


def yaml_extension(content):
    (content / "services/housing-help.yml").rename(content / "services/housing-help.yaml")


def front_matter(content):
    (content.parent / "docs/privacy.md").write_text("---\ntitle: Privacy: our promise\n---\n# Privacy\n", encoding="utf-8")


def huge_description(content):
    edit(content / "services/housing-help.yml", "description: Advice about renting and repairs.",
         "description: " + "Advice. " * 5000)


def unclosed_quote(content):
    edit(content / "services/food-bank.yml", "summary: Free food parcels.", 'summary: "Free food parcels.')


def unclosed_list(content):
    # YAML gives up on the line after it (line 9).
    edit(content / "services/food-bank.yml", "referral: [self, link-worker]", "referral: [self, link-worker")


def tab_indent(content):
    edit(content / "services/food-bank.yml", '  phone: "020 7946 0901"', '\tphone: "020 7946 0901"')


def list_item_at_column_0(content):
    # Its address and postcode left where they were: YAML gives up on the address line (line 15).
    edit(content / "services/food-bank.yml", "  - name: Fixture Hall", "- name: Fixture Hall")


def phone_indented_1_space(content):
    # YAML gives up on the line after it (line 23).
    edit(content / "services/food-bank.yml", '  phone: "020 7946 0901"', ' phone: "020 7946 0901"')


def broken_pathway(content):
    # The form names the pathway: it is right, so it gets no "unknown pathway" error of its own.
    edit(content / "pathways/self-referral.yml", "audience: resident", "audience: residents")
    write(content / "forms/self-referral.yml", SELF_REFERRAL_FORM)


@pytest.mark.parametrize("mistake, expected", [
    (control_character, "content/services/food-bank.yml:3:14: the text holds an invisible control character U+000B"),
    (zero_width_space, "content/services/food-bank.yml:3:14: the text holds an invisible character U+200B "
                       "(a zero-width space, often pasted from a word processor); delete it or retype the line"),
    (alias_bomb, "content/needs/housing.yml:1:5: found the anchor '&a0'"),
    (renamed_placeholder, "content/strings/fr.yml:56: name_changed: expected the placeholders of the en text ({name}), found {nom}"),
    (phone_in_pseudonym, "content/stories/a-fresh-start.yml:2: pseudonym: looks like a UK phone number"),
    (closes_before_opens, 'content/services/food-bank.yml:20: schedule[0].closes: expected a closing time after the opening time (10:00), found "09:00"'),
    (uk_date, "content/services/food-bank.yml:24: reviewed: expected a date written YYYY-MM-DD: write 2026-11-01"),
    (short_phone, "content/services/food-bank.yml:22: contact.phone: expected a phone number that can be dialled"),
    (yaml_extension, "content/services/housing-help.yaml:1: not read: content files end in .yml"),
    (front_matter, "docs/privacy.md:2:15: YAML syntax error: a colon followed by a space inside unquoted text; put the text in quotes"),
    (huge_description, "content/services/housing-help.yml:4: description: the text is 39,999 characters long; the limit for description is 20,000"),
    (unclosed_quote, "content/services/food-bank.yml:3:10: YAML syntax error: the quote opened here is not closed"),
    (unclosed_list, "content/services/food-bank.yml:8:11: referral: YAML syntax error: the list opened here is not "
                    "closed with ']' on this line, so YAML reads on and gives up on line 9"),
    (tab_indent, "content/services/food-bank.yml:22:1: YAML syntax error: a tab is used for indentation"),
    (list_item_at_column_0, "content/services/food-bank.yml:14:1: name: YAML syntax error: the indentation does not line up "
                            "with the lines around it: this line is indented 0 spaces; the lines below it (from line 15) "
                            "fit a list item indented 2. Indent it 2 spaces"),
    (phone_indented_1_space, "content/services/food-bank.yml:22:2: phone: YAML syntax error: the indentation does not line up "
                             "with the lines around it: this line is indented 1 space; the fields around it are indented "
                             "2 (line 23). Indent it 2 spaces, as they are"),
    (broken_pathway, "content/pathways/self-referral.yml:2: audience: expected 'resident'"),
], ids=lambda value: getattr(value, "__name__", ""))
def test_check_prints_one_located_message_and_exits_1(content, mistake, expected):
    mistake(content)
    result = subprocess.run([sys.executable, "-m", "signpost", "check", str(content)], capture_output=True, text=True)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.rstrip("\n").split("\n")
    assert lines[0] == "Signpost found 1 content error; the content is not valid:", result.stderr
    assert len(lines) == 2 and LOCATED.match(lines[1]), result.stderr
    assert lines[1].startswith("  " + expected), result.stderr


def check_errors(content) -> list[str]:
    result = subprocess.run([sys.executable, "-m", "signpost", "check", str(content)], capture_output=True, text=True)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.rstrip("\n").split("\n")
    assert all(LOCATED.match(line) for line in lines[1:]), result.stderr
    return [line.strip() for line in lines[1:]]


def test_a_cross_field_rule_is_reported_beside_an_invalid_field_of_the_same_file(content):
    """One report holds every error of a file: "ends before starts" is not held back until the date is fixed."""
    edit(content / "services/food-bank.yml", "reviewed: 2026-10-01", "starts: 2026-09-01\nends: 2026-08-01\nreviewed: 01/10/2026")
    write(content / "notices/closed.yml", "message: Closed.\nstarts: 2026-12-24\nends: 2026-12-01\nseverity: loud\n")
    write(content / "funding/grant.yml", "title: Grant\nfunder: A funder\namount: 100\namount_from: 900\namount_to: 200\n"
                                         "who_can_apply: Groups.\npays_for: Things.\nhow_to_apply: Ask.\ndeadline: soon\n")
    errors = check_errors(content)
    assert errors == [
        "content/funding/grant.yml:3: amount: expected one amount, or a range (amount_from, amount_to), found both",
        "content/funding/grant.yml:5: amount_to: expected at least amount_from (900), found 200",
        "content/funding/grant.yml:9: deadline: expected a date written YYYY-MM-DD, such as 2026-10-01, found 'soon'",
        "content/notices/closed.yml:3: ends: expected a date on or after starts (2026-12-24), found 2026-12-01",
        "content/notices/closed.yml:4: severity: expected 'info', 'warning' or 'urgent', found 'loud'",
        "content/services/food-bank.yml:25: ends: expected a date on or after starts (2026-09-01), found 2026-08-01",
        "content/services/food-bank.yml:26: reviewed: expected a date written YYYY-MM-DD: write 2026-10-01, found '01/10/2026'",
    ], errors


def test_a_translations_error_is_reported_beside_the_errors_of_the_item_it_translates(content):
    # A newcomer's `sumary:` in the translation went unreported until the item's own errors were put right.
    edit(content / "services/food-bank.yml", "reviewed: 2026-10-01", "reviewed: soon")
    write(content / "services/food-bank.ar.yml", "name: بنك الطعام التجريبي\nsumary: طرود غذائية مجانية.\n")
    errors = check_errors(content)
    assert [error.split(": ", 1)[0] for error in errors] == ["content/services/food-bank.ar.yml:2",
                                                             "content/services/food-bank.yml:24"], errors
    assert "unknown field 'sumary' (did you mean 'summary'?)" in errors[0], errors


def test_a_rule_inside_a_list_is_reported_at_its_field_beside_another_error_of_the_same_item(content):
    # A question with an unknown autocomplete value and its lengths the wrong way round: both are reported.
    write(content / "forms/self-referral.yml", SELF_REFERRAL_FORM.replace(
        "    required: true\n", "    required: true\n    autocomplete: full-name\n    min_length: 50\n    max_length: 5\n"))
    errors = check_errors(content)
    assert len(errors) == 2, errors
    assert errors[0].startswith("content/forms/self-referral.yml:14: fields[0].autocomplete: expected 'name'"), errors
    assert errors[1] == "content/forms/self-referral.yml:15: fields[0].min_length: expected at most max_length (5), found 50", errors

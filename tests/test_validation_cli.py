"""`signpost check` on each kind of editor's mistake: one located message, exit 1, no traceback."""
import re
import subprocess
import sys

import pytest

from conftest import SELF_REFERRAL_FORM, edit, write

LOCATED = re.compile(r"^  (content|docs)/[^:]+:\d+(:\d+)?: ")


def control_character(content):
    edit(content / "services/food-bank.yml", "summary: Free food parcels.", "summary: Free\x0b food parcels.")


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


def tab_indent(content):
    edit(content / "services/food-bank.yml", '  phone: "020 7946 0901"', '\tphone: "020 7946 0901"')


def broken_pathway(content):
    # The form names the pathway: it is right, so it gets no "unknown pathway" error of its own.
    edit(content / "pathways/self-referral.yml", "audience: resident", "audience: residents")
    write(content / "forms/self-referral.yml", SELF_REFERRAL_FORM)


@pytest.mark.parametrize("mistake, expected", [
    (control_character, "content/services/food-bank.yml:3:14: the text holds an invisible control character U+000B"),
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
    (tab_indent, "content/services/food-bank.yml:22:1: YAML syntax error: a tab is used for indentation"),
    (broken_pathway, "content/pathways/self-referral.yml:2: audience: expected 'resident'"),
], ids=lambda value: getattr(value, "__name__", ""))
def test_check_prints_one_located_message_and_exits_1(content, mistake, expected):
    mistake(content)
    result = subprocess.run([sys.executable, "-m", "signpost", "check", str(content)], capture_output=True, text=True)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.rstrip("\n").split("\n")
    assert lines[0] == "Signpost found 1 content error; nothing was built:", result.stderr
    assert len(lines) == 2 and LOCATED.match(lines[1]), result.stderr
    assert lines[1].startswith("  " + expected), result.stderr

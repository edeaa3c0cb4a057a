"""`signpost new-language CODE` (signpost/scaffold/language.py): starter files for a new language, every
interface string and list label of the default language as an empty key with the default text beside it
as a comment. An empty key is not a translation: readers see the default text, marked as such. Run as a
subprocess, in a portal made by `signpost new`, as a team would."""
from __future__ import annotations

import re
import subprocess

import yaml

from sites import PROJECT, build

from signpost.loading.theme_words import SHOWN

from .support import SIGNPOST, new_portal


FORM = """\
title: How would you like to meet?
audience: resident
summary: Tell us how you would like to meet a link worker.
consent: I agree.
next_steps: A link worker will phone you.
thank_you: Thank you.
endpoint: https://forms.example.org/f
fields:
  - id: how-met
    type: single-choice
    label: How would you like to meet?
    choices: delivery
"""


def new_language(project, *args):
    return subprocess.run([str(SIGNPOST), "new-language", *args], cwd=project, capture_output=True, text=True, timeout=120)


def test_a_new_language_gets_every_string_and_label_to_translate_and_builds_marked_until_it_is(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en", "--name", "Oakfield Social Prescribing")
    result = new_language(project, "pl")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    out = result.stdout
    assert "Wrote 12 starter files for Polish (pl)" in out
    assert "  content/strings/pl.yml (" in out and "  content/lists/costs.pl.yml (4 to translate)" in out
    assert "  content/site.pl.yml (" in out
    assert "Next: add pl to languages: in content/site.yml" in out
    assert "mkdocs.yml needs no line for it" in out
    content = project / "content"
    # Every key of the default language, empty, with the English text as a comment beside it.
    english = yaml.safe_load((content / "strings/en.yml").read_text(encoding="utf-8"))
    polish_text = (content / "strings/pl.yml").read_text(encoding="utf-8")
    polish = yaml.safe_load(polish_text)
    assert list(polish) == list(english)
    # Left to translate, but for the days of the week, which the Unicode CLDR gives in every language it knows.
    assert {key: text for key, text in polish.items() if text is not None} == {
        "day_mon": "poniedziałek", "day_tue": "wtorek", "day_wed": "środa", "day_thu": "czwartek", "day_fri": "piątek",
        "day_sat": "sobota", "day_sun": "niedziela"}
    assert "(the 7 days of the week filled in from the Unicode CLDR)" in out
    assert f"# {english['phone']}\n" in polish_text
    for name in ("costs", "delivery", "access", "referral-routes", "languages"):
        labels = yaml.safe_load((content / f"lists/{name}.yml").read_text(encoding="utf-8"))
        starter = yaml.safe_load((content / f"lists/{name}.pl.yml").read_text(encoding="utf-8"))
        assert list(starter) == list(labels) and set(starter.values()) == {None}
    costs = content / "lists/costs.pl.yml"
    assert "\nfree:      # Free\n" in costs.read_text(encoding="utf-8")

    # One label and the site's name translated; the language switched on in site.yml alone.
    costs.write_text(costs.read_text(encoding="utf-8").replace("\nfree: ", "\nfree: Bezpłatnie"), encoding="utf-8")
    site_pl = content / "site.pl.yml"
    site_pl.write_text(site_pl.read_text(encoding="utf-8").replace("\nname: ", "\nname: Oakfield Pomoc Społeczna"),
                       encoding="utf-8")
    site = content / "site.yml"
    site.write_text(site.read_text(encoding="utf-8").replace("languages: [en]", "languages: [en, pl]"), encoding="utf-8")
    (content / "forms").mkdir()
    (content / "forms/how-to-meet.yml").write_text(FORM, encoding="utf-8")
    check = subprocess.run([str(SIGNPOST), "check"], cwd=project, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
    assert "warning: content/lists/delivery.pl.yml:" in check.stdout and "fill in each in this file" in check.stdout
    assert "warning: content/lists/costs.pl.yml:6: 3 labels with no 'pl' text: low-cost, donation, paid;" in check.stdout

    built = build(project)
    assert built.result.returncode == 0, built.output
    service = built.page("pl/services/example-service/")
    assert '<html lang="pl"' in service and "Oakfield Pomoc Społeczna" in service
    assert "Bezpłatnie" in service
    # The untranslated delivery label is shown in English, marked as English, never as Polish.
    assert '<span lang="en" dir="ltr">In person</span>' in service

    # A form's choices from a list: the untranslated label is marked as English there too.
    form = built.page("pl/forms/how-to-meet/")
    assert '<label for="f-how-met"><span lang="en" dir="ltr">In person</span></label>' in form, form
    assert '<label for="f-how-met-phone"><span lang="en" dir="ltr">By phone</span></label>' in form

    # Run again: nothing is written over, and the translation stays.
    again = new_language(project, "pl")
    assert again.returncode == 0 and "Wrote nothing for Polish (pl)." in again.stdout
    assert "  kept content/lists/costs.pl.yml: it exists" in again.stdout
    assert "'pl' is among languages: in content/site.yml already" in again.stdout
    assert "free: Bezpłatnie" in costs.read_text(encoding="utf-8")


def test_a_mistake_in_the_command_is_a_sentence_not_a_traceback(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    for args, expected in [(["en"], "'en' is the default language"), (["Polish"], "expected a two-letter language code"),
                           (["pl", "--content", "nowhere"], "nowhere/site.yml: not found"),
                           # A mistyped code writes nothing for a language that does not exist: it names the one meant.
                           (["urd"], "unknown language 'urd' (did you mean 'ur'?); expected a two-letter language code")]:
        result = new_language(project, *args)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.startswith("signpost new-language: ") and expected in result.stderr, result.stderr


def test_a_language_signpost_speaks_starts_with_signposts_own_words_where_the_team_kept_signposts_default(tmp_path):
    # A new Arabic site said "Parts of this page are not translated yet, so they are shown in الإنجليزية",
    # marked English: the notice itself fell back. Signpost's own Arabic strings and labels are written in
    # where the team's English is still Signpost's own; a text the team reworded is left to translate.
    project = new_portal(tmp_path / "portal", "--languages", "en")
    content = project / "content"
    strings = content / "strings/en.yml"
    english = yaml.safe_load(strings.read_text(encoding="utf-8"))
    strings.write_text(strings.read_text(encoding="utf-8").replace(f"phone: {english['phone']}", "phone: Ring us"),
                       encoding="utf-8")
    result = new_language(project, "ar")
    assert result.returncode == 0, result.stderr
    # (what is left to translate is counted, not what Signpost filled in: the team reworded one string)
    assert re.search(r"\d+ starter files for Arabic \(ar\), \d+ texts to translate \(\d+ more filled in", result.stdout)
    assert "  content/strings/ar.yml (1 to translate)" in result.stdout, result.stdout
    arabic = yaml.safe_load((content / "strings/ar.yml").read_text(encoding="utf-8"))
    own = yaml.safe_load((PROJECT / "content/strings/ar.yml").read_text(encoding="utf-8"))
    assert arabic["fallback_notice"] == own["fallback_notice"] and arabic["page_not_translated"] == own["page_not_translated"]
    assert arabic["phone"] is None  # reworded in English: Signpost's Arabic would not match it
    assert yaml.safe_load((content / "lists/costs.ar.yml").read_text(encoding="utf-8"))["free"] == "مجاني"
    site = content / "site.yml"
    site.write_text(site.read_text(encoding="utf-8").replace("languages: [en]", "languages: [en, ar]"), encoding="utf-8")
    built = build(project)
    assert built.result.returncode == 0, built.output
    page = built.page("ar/privacy/")
    assert own["page_not_translated"].split("{")[0] in page and "Parts of this page are not translated" not in page


def test_a_language_the_theme_has_no_words_for_gets_the_words_a_page_shows_to_translate_and_the_check_names_them(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    content = project / "content"
    result = new_language(project, "so")
    assert result.returncode == 0, result.stderr
    assert f"  content/strings/theme.so.yml ({len(SHOWN)} to translate)" in result.stdout, result.stdout
    theme_file = content / "strings/theme.so.yml"
    theme = yaml.safe_load(theme_file.read_text(encoding="utf-8"))
    assert list(theme) == list(SHOWN) and set(theme.values()) == {None}
    assert re.search(r"\nheader: +# Header\n", theme_file.read_text(encoding="utf-8"))
    # French: the theme has its words, so no file for them.
    assert new_language(project, "fr").returncode == 0 and not (content / "strings/theme.fr.yml").exists()

    theme_file.write_text(theme_file.read_text(encoding="utf-8").replace("\nheader: ", "\nheader: Madaxa"), encoding="utf-8")
    site = content / "site.yml"
    site.write_text(site.read_text(encoding="utf-8").replace("languages: [en]", "languages: [en, so]"), encoding="utf-8")
    check = subprocess.run([str(SIGNPOST), "check", "--untranslated", "so"], cwd=project, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
    left = [key for key in SHOWN if key != "header"]
    assert (f"warning: theme words: the theme has no words of its own in 'so' (Somali), and {len(left)} of the {len(SHOWN)} words of the theme "
            f"a page shows are not given in content/strings/theme.so.yml ({', '.join(left)}): they are in English") in check.stdout
    assert f"  content/strings/theme.so.yml: {', '.join(left)} (the theme's words, English until given)" in check.stdout

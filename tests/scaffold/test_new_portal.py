"""`signpost new` (signpost/scaffold/): the portals it writes build with --strict at once, in one
language or two, and with sections left empty; a mistake in the command is a sentence, not a traceback.
Every command runs as a subprocess, as a team would run it."""
from __future__ import annotations

import os
import re
import subprocess

import pytest

from sites import build

from .support import SIGNPOST, add_self_referral_form, new_portal, remove


def nav_links(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)"[^>]*class="md-nav__link', html)


def built(project):
    result = build(project)
    assert result.result.returncode == 0, result.output
    return result


def test_an_english_only_portal_builds_at_once_with_no_language_switcher(tmp_path):
    result = built(new_portal(tmp_path / "portal", "--languages", "en", "--name", "Oakfield Social Prescribing"))
    home = result.page("")
    assert "Oakfield Social Prescribing" in home and 'hreflang="ar"' not in home
    assert not (result.site / "ar").exists()
    assert "0 broken links" in result.output
    # Its only warnings are the starter texts still to replace (the home, privacy and accessibility pages,
    # the example service) and the starter values (site.yml's contact, address and areas, the organisation's
    # website, the example service's name, place and contact), each named with its file and line.
    report = (result.project / "build-report.txt").read_text(encoding="utf-8")
    assert "19 warnings" in result.output
    assert "docs/privacy.md:7: still the new portal's starter text" in report
    # The build log counts in English plurals: one language is "1 language", never "1 languages".
    assert re.search(r"Signpost: \d+ pages generated from content/ in 1 language, \d+ files? changed", result.output), result.output
    assert re.search(r"search: \d+ pages indexed in 1 language \(en;", result.output), result.output
    assert "1 languages" not in result.output
    # The menu holds only sections with content: no team, stories, forms or leaflets yet.
    assert nav_links(home) == [".", "get-referred/", "services/", "needs/", "pathways/", "embed-the-finder/", "contact/"]


def test_an_english_and_arabic_portal_builds_both_with_the_switcher_and_arabic_right_to_left(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en,ar")
    (project / "content" / "news").mkdir()
    (project / "content" / "news" / "opening.yml").write_text(
        "title: We are open\ndate: 2026-10-28\nsummary: Our new office is open.\nbody: Come and see us.\n", encoding="utf-8")
    (project / "content" / "news" / "opening.ar.yml").write_text(
        "title: افتتحنا\nsummary: مكتبنا الجديد مفتوح.\nbody: تعالوا لزيارتنا.\n", encoding="utf-8")
    (project / "docs" / "index.ar.md").unlink()  # as when Arabic is added later: the home is shown untranslated
    result = built(project)
    home, arabic = result.page(""), result.page("ar/")
    assert 'href="/ar/" hreflang="ar"' in home
    assert '<html lang="ar"' in arabic and '<body dir="rtl"' in arabic
    # The hand-written placeholder pages are English until translated, and say so to assistive technology.
    assert '<div dir="ltr" lang="en">' in arabic or '<div lang="en" dir="ltr">' in arabic
    # ...but the blocks placed in them are Arabic, marked so, with their dates isolated.
    news = arabic[arabic.index('<div lang="ar" dir="rtl">\n<section class="sp-news-latest"'):]
    assert "افتتحنا" in news and '<bdi dir="ltr">28</bdi>' in news.split("</time>")[0]
    assert (result.site / "ar" / "services" / "example-service" / "index.html").exists()


def test_a_section_gets_its_menu_entry_when_it_gets_content_and_loses_it_when_emptied(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en,ar")
    add_self_referral_form(project, "https://forms.example.org/f/", ("ar",))
    with_forms = built(project)
    assert "forms/" in nav_links(with_forms.page("")) and "forms/" in nav_links(with_forms.page("ar/"))
    remove(project, "content/forms")
    without = built(project)
    assert "forms/" not in nav_links(without.page("")) and not (without.site / "forms").exists()
    assert "stories/" not in nav_links(without.page(""))


def test_turning_a_language_off_is_one_edit_and_its_text_is_kept_and_reported_as_not_built(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en,ar")
    site = project / "content" / "site.yml"
    site.write_text(site.read_text(encoding="utf-8").replace("languages: [en, ar]", "languages: [en]"), encoding="utf-8")
    result = built(project)
    assert not (result.site / "ar").exists() and (project / "content" / "needs" / "loneliness.ar.yml").exists()
    report = (project / "build-report.txt").read_text(encoding="utf-8")
    notes = [line.strip() for line in report.splitlines() if "'ar' is not built" in line]
    # Once for the content and once for the hand-written pages, each naming one file and the count.
    assert len(notes) == 2 and notes[0].startswith("content/") and notes[1].startswith("docs/"), report
    overlays = [path for path in (project / "content").rglob("*.yml") if path.stem == "ar" or path.stem.endswith(".ar")]
    lists = list((project / "content" / "lists").glob("*.yml"))  # each holds Arabic labels
    assert f"{len(overlays) + len(lists)} files" in notes[0] and "3 pages" in notes[1], notes


@pytest.mark.parametrize("args, expected", [
    (["--languages", "en,cy"], "no interface strings for 'cy' to start from; expected some of ar, en, es, fr, hi; "
                                "add 'cy' afterwards with `signpost new-language cy`"),
    # A mistyped code is named as one, with the code meant, as site.yml's languages: are (signpost.language_codes).
    (["--languages", "en,arb"], "--languages: unknown language 'arb' (did you mean 'ar'?); expected a two-letter language code"),
    (["--languages", ""], "expected at least one of"),
    (["--languages", "ar,en"], "English comes first, as its default language: --languages en,ar."),
    # A portal in French and English, or French alone: the command says what it takes instead.
    (["--languages", "fr,en"], "--languages en,fr. A portal whose default language is another (fr)"),
    (["--languages", "fr"], "--languages en,fr."),
    # The site's address as site.yml takes it: a portal the first check would refuse is not written.
    (["--url", "x.example.org"], "--url: expected a web address such as 'https://example.org/food-bank', starting https:// "
                                 "or http://, found 'x.example.org'"),
])
def test_a_mistake_in_the_command_is_one_sentence_and_writes_nothing(tmp_path, args, expected):
    result = subprocess.run([str(SIGNPOST), "new", str(tmp_path / "portal"), *args], capture_output=True, text=True)
    assert result.returncode == 2 and expected in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "portal").exists()


def test_an_existing_folder_with_files_is_never_overwritten(tmp_path):
    (tmp_path / "portal").mkdir()
    (tmp_path / "portal" / "notes.txt").write_text("ours")
    result = subprocess.run([str(SIGNPOST), "new", str(tmp_path / "portal")], capture_output=True, text=True)
    assert result.returncode == 2 and "expected a new or empty folder" in result.stderr
    assert (tmp_path / "portal" / "notes.txt").read_text() == "ours"


def test_a_second_address_in_mkdocs_yml_stops_the_build_naming_both(tmp_path):
    project = new_portal(tmp_path / "portal", "--url", "https://example.org/social-prescribing/")
    config = project / "mkdocs.yml"
    config.write_text("site_url: https://old.example.org/\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    result = build(project)
    assert result.result.returncode != 0 and "Traceback" not in result.output
    assert ("site_url is https://old.example.org/ but content/site.yml: url is https://example.org/social-prescribing/"
            in result.output)


def test_news_and_partners_get_their_menu_entries_when_they_get_content(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    (project / "content" / "news").mkdir()
    (project / "content" / "news" / "we-are-open.yml").write_text(
        "title: We are open\ndate: '2026-06-02'\nsummary: The service takes referrals.\nbody: Call us.\n", encoding="utf-8")
    (project / "content" / "partners").mkdir()
    (project / "content" / "partners" / "millbrook-council.yml").write_text(
        "name: Millbrook Council\nkind: council\nrole: Funds the service.\n", encoding="utf-8")
    links = nav_links(built(project).page(""))
    assert "news/" in links and "our-partners/" in links and "resources/" not in links


def test_starter_text_left_in_a_new_portal_is_a_warning_naming_each_file_and_goes_when_replaced(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    check = subprocess.run([str(SIGNPOST), "check"], cwd=project, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    for where in ("docs/privacy.md:7", "docs/accessibility.md:7", "docs/index.md:8", "content/services/example-service.yml:6"):
        assert f"{where}: still the new portal's starter text" in check.stdout + check.stderr
    for page in ("privacy", "accessibility", "index"):
        path = project / "docs" / f"{page}.md"
        path.write_text(re.sub(r"^Replace this.*$", "Our own words.", path.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    again = subprocess.run([str(SIGNPOST), "check"], cwd=project, capture_output=True, text=True, timeout=120)
    assert "docs/" not in again.stdout + again.stderr and "content/services/example-service.yml:6" in again.stdout + again.stderr


def test_a_starter_value_left_in_a_new_portal_is_a_warning_naming_its_line_and_goes_when_replaced(tmp_path):
    # An address, phone number or area name that only looks real would be published as the team's own.
    project = new_portal(tmp_path / "portal", "--languages", "en")
    check = subprocess.run([str(SIGNPOST), "check"], cwd=project, capture_output=True, text=True, timeout=120)
    output = check.stdout + check.stderr
    site = (project / "content/site.yml").read_text(encoding="utf-8").splitlines()
    phone = next(number for number, line in enumerate(site, start=1) if line.strip().startswith("phone:"))
    assert f"content/site.yml:{phone}: still the new portal's starter value (phone: \"020 7946 0990\")" in output, output
    assert "still the new portal's starter value (name: Your GP practice)" in output
    assert "content/organisations/your-organisation.yml:2: still the new portal's starter value" in output
    site[phone - 1] = '  phone: "020 7946 0123"  # replace'  # the value replaced, the mark left: no warning
    (project / "content/site.yml").write_text("\n".join(site) + "\n", encoding="utf-8")
    again = subprocess.run([str(SIGNPOST), "check"], cwd=project, capture_output=True, text=True, timeout=120)
    assert "(phone: \"020 7946 0990\")" not in again.stdout + again.stderr and "(name: Your GP practice)" in again.stdout + again.stderr


def test_the_next_steps_start_the_git_history_the_build_dates_its_files_by(tmp_path):
    """Outside git the build's files would carry a fixed 2023 date: the first step is the first commit,
    and the command printed works as printed; the new portal's README says the same."""
    result = subprocess.run([str(SIGNPOST), "new", str(tmp_path / "portal")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    [step] = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("cd ")]
    git_start = 'git init && git add -A && git commit -m "A new Signpost portal"'
    assert step.startswith(f"cd {tmp_path / 'portal'} && {git_start} && make check && make serve"), result.stdout
    assert "the build dates its files by the last commit" in result.stdout
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    ran = subprocess.run(step.split(" && make check")[0], shell=True, env=env, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    dated = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=tmp_path / "portal", capture_output=True, text=True)
    assert dated.stdout.strip().isdigit() and int(dated.stdout) > 1700000000
    assert git_start in (tmp_path / "portal" / "README.md").read_text(encoding="utf-8")

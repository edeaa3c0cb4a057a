"""What a team new to Signpost meets when it follows only the README with a portal of its own (made by
`signpost new`, run and built as subprocesses, as the team would): a home notice that reaches the home
page whatever index.md holds, the embed guide in the menu, facts and every error reported by
`signpost check`, list labels of a new language, link workers counted, costs joined as each language
joins a list, whole-area services, and an empty directory."""
from __future__ import annotations

import re
import subprocess

import pytest

from sites import build

from .support import SIGNPOST, new_portal, remove

NOTICE = "message: Closed on Friday 5 June for staff training.\nstarts: '2020-01-01'\nends: '2099-12-31'\nshow_on: home\n"
OWN_HOME = "---\ntitle: Home\n---\n\n# Oakfield Social Prescribing\n\nWe help people in Oakfield.\n\n" \
           "Link workers in the team: {{ count.link_workers }}.\n"
LEAD = ("name: Jo Example\nrole: Team leader\nlead: true\ncontact: {email: jo@example.org}\n")
WORKER = ("name: Sam Example\nrole: Link worker\npractices: [your-gp-practice]\ncontact: {email: sam@example.org}\n")


def write(project, relative, text):
    path = project / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def edit(project, relative, old, new):
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, (relative, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def check(project):
    return subprocess.run([str(SIGNPOST), "check"], cwd=project, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def newcomer(tmp_path_factory):
    """A new English and Arabic portal as a team would grow it: a current home notice, its own English
    home page (no blocks placed) beside the scaffold's Arabic one, a team leader and a link worker, a
    borough-wide service with two costs, an area name, and Arabic delivery labels not yet written."""
    project = new_portal(tmp_path_factory.mktemp("newcomer") / "portal", "--languages", "en,ar",
                         "--name", "Oakfield Social Prescribing")
    write(project, "content/notices/closed-friday.yml", NOTICE)
    write(project, "docs/index.md", OWN_HOME)
    write(project, "content/team/jo-example.yml", LEAD)
    write(project, "content/team/sam-example.yml", WORKER)
    edit(project, "content/services/example-service.yml", "areas: [your-neighbourhood]\n", "")
    edit(project, "content/services/example-service.yml", "cost: free", "cost: [low-cost, paid]")
    edit(project, "content/site.yml", "organisation:", "area_name: Oakfield\norganisation:")
    delivery = project / "content/lists/delivery.yml"
    delivery.write_text("".join(line for line in delivery.read_text(encoding="utf-8").splitlines(keepends=True)
                                if not line.startswith("  ar:")), encoding="utf-8")
    result = build(project)
    assert result.result.returncode == 0, result.output
    return result


def main_text(html: str) -> str:
    return html.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]


def test_a_home_notice_shows_under_the_title_of_a_home_page_that_does_not_place_it(newcomer):
    home = main_text(newcomer.page(""))
    assert home.count("Closed on Friday 5 June for staff training.") == 1
    assert home.index("Oakfield Social Prescribing</h1>") < home.index("Closed on Friday") < home.index("We help people")


def test_the_scaffolds_home_page_places_the_notices_itself_once(newcomer, tmp_path):
    arabic = main_text(newcomer.page("ar/"))
    assert arabic.count("Closed on Friday 5 June for staff training.") == 1
    # The scaffold's placeholder text is marked English; the notice, made in Arabic, stands outside it.
    assert re.search(r'</div>\s*<div class="sp-notice sp-notice--info"', arabic), arabic[:2000]
    scaffold = new_portal(tmp_path / "fresh", "--languages", "en")
    assert "{{ blocks.notices }}" in (scaffold / "docs/index.md").read_text(encoding="utf-8")
    assert "{{ blocks.latest_news }}" in (scaffold / "docs/index.md").read_text(encoding="utf-8")


def test_the_embed_guide_is_in_a_new_portals_menu_after_partners(newcomer):
    links = re.findall(r'<a href="([^"]*)"[^>]*class="md-nav__link', newcomer.page(""))
    assert "embed-the-finder/" in links and links.index("embed-the-finder/") < links.index("contact/")
    assert "embed-the-finder/" in re.findall(r'<a href="([^"]*)"[^>]*class="md-nav__link', newcomer.page("ar/"))


def test_count_link_workers_counts_those_who_cover_a_place_not_the_team_leader(newcomer):
    assert "Link workers in the team: 1." in main_text(newcomer.page(""))
    summary = check(newcomer.project).stdout
    assert "1 link worker (and 1 more in the team, covering no place: leads, managers, hub)" in summary


def test_costs_are_joined_as_each_language_joins_a_list(newcomer):
    english = main_text(newcomer.page("services/example-service/"))
    arabic = main_text(newcomer.page("ar/services/example-service/"))
    assert "Low cost and there is a charge" in english and "Low cost, There is a charge" not in english
    assert "بتكلفة منخفضة وتوجد رسوم" in arabic
    cards = main_text(newcomer.page("services/"))
    assert "Low cost and there is a charge" in cards


def test_a_whole_area_service_says_so_on_its_card_in_the_teams_words_in_every_language(newcomer):
    english = main_text(newcomer.page("services/"))
    arabic = main_text(newcomer.page("ar/services/"))
    assert re.search(r"<dt>Areas covered</dt><dd>All of Oakfield</dd>", english), english
    # (an Arabic page isolates the Latin name left to right)
    assert re.search(r'<dt>المناطق المشمولة</dt><dd>كل أنحاء (<bdi dir="ltr">)?Oakfield(</bdi>)?</dd>', arabic), arabic
    assert "All of Oakfield" in main_text(newcomer.page("services/example-service/"))


def test_a_list_label_not_yet_translated_shows_the_default_one_marked_and_check_warns_once_for_the_file(newcomer):
    arabic = main_text(newcomer.page("ar/services/example-service/"))
    assert '<span lang="en" dir="ltr">In person</span>' in arabic
    warnings = [line for line in check(newcomer.project).stdout.splitlines() if "content/lists/delivery.yml" in line]
    assert len(warnings) == 1, warnings
    assert "labels with no 'ar' text: in-person," in warnings[0] and "add a line 'ar: ...' under each" in warnings[0]


def test_check_reports_a_fact_in_a_hand_written_page_with_file_and_line(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    page = project / "docs/privacy.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nCall us on {{ site.phoen }}.\n", encoding="utf-8")
    lines = (project / "docs/privacy.md").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, 1) if "site.phoen" in text)
    result = check(project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"docs/privacy.md:{line}: unknown fact 'site.phoen' (did you mean site.phone?)" in result.stderr
    assert "site.phone" in result.stderr  # what was expected


def test_check_reports_every_error_of_a_file_each_with_line_and_field(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    service = "content/services/example-service.yml"
    edit(project, service, 'phone: "020 7946 0001"', 'phone: "12"')
    edit(project, service, "cost: free", "cost: cheap")
    edit(project, service, "needs: [loneliness]", "needs: [lonelyness]")
    result = check(project)
    assert result.returncode == 1 and "Signpost found 3 content errors" in result.stderr, result.stderr
    assert re.search(rf"{service}:\d+: contact.phone: expected a phone number .* found 12\n", result.stderr)
    assert re.search(rf"{service}:\d+: cost: unknown cost 'cheap'; expected one of: donation, free, low-cost, paid",
                     result.stderr)
    assert re.search(rf"{service}:\d+: needs\[0\]: unknown need 'lonelyness' \(did you mean 'loneliness'\?\)", result.stderr)


def test_deleting_the_last_service_warns_and_the_services_page_says_none_are_listed_yet(tmp_path):
    project = new_portal(tmp_path / "portal", "--languages", "en")
    remove(project, "content/services/example-service.yml")
    result = check(project)
    assert result.returncode == 0
    assert "warning: content/services/:1: no services are listed: the directory is empty" in result.stdout
    built = build(project)
    assert built.result.returncode == 0, built.output
    page = main_text(built.page("services/"))
    assert "No services are listed here yet. A link worker can still help you find support." in page
    assert "services/" in re.findall(r'<a href="([^"]*)"[^>]*class="md-nav__link', built.page(""))
    assert "no services are listed" in (project / "build-report.txt").read_text(encoding="utf-8")

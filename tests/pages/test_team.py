"""The team page and its practice finder, built for real, for each shape a team's areas may take:
practices only, PCNs only, neighbourhoods only, neighbourhoods -> practices, borough-wide. Each site is
English-only to keep the five builds small."""
import re
import shutil

import pytest
import yaml

from sites import build, fixture_project

CENTRAL_PHONE = "020 7946 0999"  # the fixture site's own number

SHAPES = {
    "practices-only": ("""practices:
  - id: oak-surgery
    name: Oak Surgery
  - id: ash-practice
    name: Ash Practice
""", "oak-surgery", "practices: [oak-surgery]"),
    "pcns-only": ("""pcns:
  - id: north-pcn
    name: North Fixture PCN
  - id: south-pcn
    name: South Fixture PCN
""", "north-pcn", "pcns: [north-pcn]"),
    "neighbourhoods-only": ("""neighbourhoods:
  - id: north
    name: North Fixture
  - id: south
    name: South Fixture
""", "north", "neighbourhoods: [north]"),
    "neighbourhoods-practices": ("""neighbourhoods:
  - id: north
    name: North Fixture
    practices:
      - id: oak-surgery
        name: Oak Surgery
      - id: ash-practice
        name: Ash Practice
  - id: south
    name: South Fixture
    practices:
      - id: elm-surgery
        name: Elm Surgery
""", "north", "neighbourhoods: [north]"),
    "borough-wide": ("", None, "whole_area: true"),
}

LEAD = """name: Jo Lead
role: Team leader
lead: true
contact:
  email: jo.lead@example.org
"""


def english_only(project):
    """Drops every language but English: overlays, translated pages, strings, list labels, config."""
    for path in list((project / "content").rglob("*.yml")) + list((project / "docs").rglob("*.md")):
        if re.search(r"(^|\.)(ar|fr|hi|es)\.(yml|md)$", path.name):
            path.unlink()
    for lists in (project / "content" / "lists").glob("*.yml"):
        data = yaml.safe_load(lists.read_text(encoding="utf-8"))
        lists.write_text(yaml.safe_dump({k: {"en": v["en"]} for k, v in data.items()}, allow_unicode=True), encoding="utf-8")
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            plugin["i18n"]["languages"] = plugin["i18n"]["languages"][:1]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


def shaped_project(tmp, shape):
    areas, top, coverage = SHAPES[shape]
    project = fixture_project(tmp)
    english_only(project)
    content = project / "content"
    site = content / "site.yml"
    text = site.read_text(encoding="utf-8").replace("languages: [en, ar, fr, hi, es]", "languages: [en]")
    site.write_text(text[: text.index("neighbourhoods:")] + areas, encoding="utf-8")
    for service in (content / "services").glob("*.yml"):
        service.write_text(service.read_text(encoding="utf-8").replace(
            "areas: [north]\n", f"areas: [{top}]\n" if top else ""), encoding="utf-8")
    sam = content / "team" / "sam-lee.yml"
    sam.write_text(sam.read_text(encoding="utf-8").replace("practices: [oak-surgery]", coverage), encoding="utf-8")
    (content / "team" / "jo-lead.yml").write_text(LEAD, encoding="utf-8")
    return project


@pytest.fixture(scope="module", params=list(SHAPES))
def shaped(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(request.param)
    built = build(shaped_project(tmp, request.param))
    assert built.result.returncode == 0, built.output
    yield request.param, built
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="module")
def team(shaped):
    shape, built = shaped
    return shape, built.page("team/")


def headers(page):
    table = re.search(r"<thead>(.*?)</thead>", page, re.S)
    return re.findall(r'<th scope="col">(.*?)</th>', table.group(1)) if table else []


def row(page, row_id):
    return re.search(rf'<tr id="{row_id}">(.*?)</tr>', page, re.S).group(1)


def test_the_finder_has_a_column_for_each_level_the_site_has_and_no_other(team):
    shape, page = team
    expected = {
        "practices-only": ["GP practice", "Link worker"],
        "pcns-only": ["Primary Care Network", "Link worker"],
        "neighbourhoods-only": ["Neighbourhood", "Link worker"],
        "neighbourhoods-practices": ["GP practice", "Neighbourhood", "Link worker"],
        "borough-wide": [],
    }[shape]
    assert headers(page) == expected


def test_the_finders_title_names_the_level_it_answers_at(team):
    shape, page = team
    title = re.search(r'<h2 id="sp-find-link-worker">(.*?)</h2>', page)
    expected = {
        "practices-only": "Find the link worker for your GP practice",
        "pcns-only": "Find the link worker for your Primary Care Network",
        "neighbourhoods-only": "Find the link worker for your neighbourhood",
        "neighbourhoods-practices": "Find the link worker for your GP practice",
    }.get(shape)
    assert (title.group(1) if title else None) == expected


def test_a_covered_place_names_its_worker_with_their_phone_and_an_uncovered_one_names_the_central_team(team):
    shape, page = team
    rows = {
        "practices-only": ("practice-oak-surgery", "practice-ash-practice"),
        "pcns-only": ("pcn-north-pcn", "pcn-south-pcn"),
        "neighbourhoods-only": ("neighbourhood-north", "neighbourhood-south"),
        # Ash is covered through its neighbourhood, Elm's neighbourhood has nobody.
        "neighbourhoods-practices": ("practice-ash-practice", "practice-elm-surgery"),
    }
    if shape == "borough-wide":
        assert "<table" not in page
        assert "Our link workers work across the whole area" in page
        return
    covered, uncovered = (row(page, row_id) for row_id in rows[shape])
    assert 'href="#sam-lee"' in covered and "020 7946 0903" in covered
    assert "Jo Lead" not in covered  # a lead covering no place is no practice's link worker
    assert "Contact the central team" in uncovered and CENTRAL_PHONE in uncovered
    assert 'href="#sam-lee"' not in uncovered


def test_leads_come_first_and_each_card_says_what_it_covers(team):
    shape, page = team
    assert page.index('<h3 id="jo-lead">') < page.index('<h3 id="sam-lee">')
    sam = page[page.index('<h3 id="sam-lee">'):]
    label = {"practices-only": "GP practices covered", "pcns-only": "Primary Care Networks covered",
             "neighbourhoods-only": "Neighbourhoods covered", "neighbourhoods-practices": "Neighbourhoods covered",
             "borough-wide": "Area covered"}[shape]
    assert f"<dt>{label}</dt>" in sam
    assert "020 7946 0903" in sam  # the phone, not only the email
    jo = page[page.index('<h3 id="jo-lead">'):page.index('<h3 id="sam-lee">')]
    assert "covered</dt>" not in jo


def test_the_service_finders_area_filter_is_named_by_the_level_the_site_has(shaped):
    """Practices only: "GP practice: Oak Surgery", never "Area: Oak Surgery" nor a level the site lacks."""
    shape, built = shaped
    directory = built.page("services/")
    legends = re.findall(r'<label for="sp-finder-area">(.*?)</label>', directory) + \
        re.findall(r"<summary>(.*?)</summary>", directory)
    expected = {"practices-only": "GP practice", "pcns-only": "Primary Care Network",
                "neighbourhoods-only": "Neighbourhood", "neighbourhoods-practices": "Neighbourhood"}.get(shape)
    if expected is None:  # borough-wide: no area filter at all
        assert not (built.site / "services" / "area").exists()
        assert "Area" not in legends
        return
    assert expected in legends and legends.count(expected) == 2 and "Area" not in legends, legends
    top = SHAPES[shape][1]
    name = {"oak-surgery": "Oak Surgery", "north-pcn": "North Fixture PCN", "north": "North Fixture"}[top]
    assert f"<h1>{expected}: {name}</h1>" in built.page(f"services/area/{top}/")

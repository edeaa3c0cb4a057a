"""A service with no `areas` serves the whole area, so it belongs in every area's list: the finder's
area pages, the area frames for other sites and the finder's data. Rendered from the fixture portal with
a second neighbourhood, so "every area" means more than one."""
import json

from signpost.pages import embed, finder
from signpost.search.finder_data import finder_json

from .kinds import page, portal_of
from .test_services_and_stories import edit

SOUTH = """  - id: south
    name: South Fixture
    pcns:
      - id: south-pcn
        name: South Fixture PCN
        practices:
          - id: elm-surgery
            name: Elm Surgery
"""


def two_areas_one_borough_wide(content):
    site = content / "site.yml"
    site.write_text(site.read_text(encoding="utf-8") + SOUTH, encoding="utf-8")
    edit(content / "services/food-bank.yml", "areas: [north]\n", "")  # borough-wide now
    return portal_of(content)


def listed(html):
    return [line.split('data-service="', 1)[1].split('"', 1)[0]
            for line in html.split("data-sp-filter-results", 1)[1].splitlines() if 'data-service="' in line]


def test_a_borough_wide_service_is_on_every_areas_filter_page_in_every_language(content):
    portal = two_areas_one_borough_wide(content)
    for lang in portal.languages:
        files, suffix = finder.pages(portal, lang), "" if lang == "en" else f".{lang}"
        north, south = (page(files, f"services/area/{area}{suffix}.md") for area in ("north", "south"))
        assert "food-bank" in listed(north) and "food-bank" in listed(south), lang
        assert "housing-help" in listed(north) and "housing-help" not in listed(south), lang


def test_a_borough_wide_service_is_in_every_areas_frame_and_in_the_finders_data(content):
    portal = two_areas_one_borough_wide(content)
    frames = embed.pages(portal, "en")
    south = page(frames, "embed/services/area/south.md")
    assert "services/food-bank/" in south
    assert "services/housing-help/" not in south
    records = {r["id"]: r for r in json.loads(finder_json(portal, "fr"))["services"]}
    assert records["food-bank"]["area"] == ["north", "south"]
    assert records["housing-help"]["area"] == ["north"]

"""The finder's JSON: one small file per language, with what the browser filters on."""
import json

import pytest

from signpost.load import load_portal
from signpost.search.facets import FACETS, matching
from signpost.search.finder_data import finder_path, finder_records, write_finder_data


@pytest.fixture
def portal(content):
    return load_portal(content)


def test_records_carry_every_facet_in_the_finders_order(portal):
    records = finder_records(portal, "en")
    assert [record["id"] for record in records] == matching(portal, {})
    food_bank = next(record for record in records if record["id"] == "food-bank")
    for facet in FACETS:
        assert food_bank[facet.name] == facet.values_of(portal, portal.services["food-bank"])


def test_text_is_in_the_readers_language_and_a_fallback_says_which_language_it_is(portal):
    arabic = {record["id"]: record for record in finder_records(portal, "ar")}
    assert arabic["food-bank"]["name"] == portal.services["food-bank"].overlays["ar"].name
    assert "nameLang" not in arabic["food-bank"]
    assert arabic["housing-help"]["nameLang"] == "en"


def test_one_file_per_language_under_its_folder(portal, tmp_path):
    written = write_finder_data(portal, tmp_path)
    assert set(written) == {finder_path(portal, lang) for lang in portal.languages}
    assert finder_path(portal, "en") == "services/finder-data.json"
    assert finder_path(portal, "ar") == "ar/services/finder-data.json"
    data = json.loads((tmp_path / "ar/services/finder-data.json").read_text(encoding="utf-8"))
    assert data["lang"] == "ar" and len(data["services"]) == len(portal.services)


def test_the_files_are_byte_identical_across_runs(portal, tmp_path):
    write_finder_data(portal, tmp_path / "a")
    write_finder_data(portal, tmp_path / "b")
    for path in (tmp_path / "a").rglob("*.json"):
        assert path.read_bytes() == (tmp_path / "b" / path.relative_to(tmp_path / "a")).read_bytes()

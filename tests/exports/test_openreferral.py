"""The Open Referral UK export: every document validates against the profile's own schemas."""
from __future__ import annotations

import json
import uuid

import pytest
from jsonschema import Draft202012Validator

from exports.oruk import errors
from sites import PROJECT

# The profile's paged list, as its README and HSDS 3.0's API describe it (the compiled
# `service_list.json` is the schema of one item of `contents`).
PAGE = {
    "type": "object",
    "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
    "properties": {
        "total_items": {"type": "integer"}, "total_pages": {"type": "integer"}, "page_number": {"type": "integer"},
        "size": {"type": "integer"}, "first_page": {"type": "boolean"}, "last_page": {"type": "boolean"},
        "empty": {"type": "boolean"}, "contents": {"type": "array"},
    },
}


@pytest.fixture(scope="module")
def portal():
    from signpost.load import load_portal

    return load_portal(PROJECT / "content")


@pytest.fixture(scope="module")
def docs(portal) -> dict:
    from signpost.exports.openreferral import documents

    return documents(portal)


def _page(document: dict) -> list:
    assert list(Draft202012Validator(PAGE).iter_errors(document)) == []
    assert document["total_items"] == len(document["contents"]) == document["size"]
    return document["contents"]


def test_every_service_document_validates_against_the_profile(docs, portal):
    services = {path: doc for path, doc in docs.items() if path.startswith("openreferral/services/")}
    assert len(services) == len(portal.services)
    for path, doc in services.items():
        assert errors("service.json", doc) == [], path
        assert errors("service_with_definitions.json", doc) == [], path  # the same, through its $refs
        for phone in doc["phones"]:
            assert errors("service_with_definitions.json#/definitions/phone", phone) == []
        assert path == f"openreferral/services/{doc['id']}.json"


def test_a_nested_service_carries_what_the_content_says(docs, portal):
    from signpost.exports.openreferral import service_uuid

    doc = docs[f"openreferral/services/{service_uuid(portal, 'community-food-bank')}.json"]
    assert doc["name"] == "Riverside Community Food Bank"
    assert doc["organization"]["name"] == "Riverside Churches Trust"
    assert doc["organization"]["organization_identifiers"][0]["identifier"] == "1184520"
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in doc["schedules"]] == [
        ("TU,TH", "10:00", "13:00"), ("SA", "10:00", "12:00")]
    addresses = [loc["location"]["addresses"][0] for loc in doc["service_at_locations"]]
    assert [(a["address_1"], a["city"], a["postal_code"]) for a in addresses] == [
        ("12 Example Road", "Riverside", "RV1 2AB"), ("40 Canal Street", "Riverside", "RV4 3DF")]
    assert [p["number"] for p in doc["phones"]] == ["020 7946 0201"]
    assert [lang["code"] for lang in doc["languages"]] == ["en", "ar", "so", "bn"]
    assert doc["cost_options"][0]["option"] == "Free" and doc["cost_options"][0]["amount"] == 0
    assert {a["name"] for a in doc["service_areas"]} == {"North Riverside", "Riverside Central"}
    terms = {(a["taxonomy_term"]["taxonomy"], a["taxonomy_term"]["term"]) for a in doc["attributes"]}
    assert ("Signpost needs", "food") in terms and ("Signpost referral routes", "self") in terms
    assert doc["assured_date"] == "2026-10-01"


def test_the_lists_are_whole_pages_of_valid_items(docs, portal):
    services = _page(docs["openreferral/services.json"])
    assert len(services) == len(portal.services)
    for item in services:
        assert errors("service_list.json", item) == []
    organisations = _page(docs["openreferral/organizations.json"])
    assert len(organisations) == len(portal.organisations)
    for item in organisations:
        assert errors("organization_list.json", item) == []
        full = docs[f"openreferral/organizations/{item['id']}.json"]
        assert errors("organization.json", full) == []
        for service in full["services"]:
            assert service["organization_id"] == item["id"]


def test_needs_are_a_taxonomy(docs, portal):
    taxonomies = _page(docs["openreferral/taxonomies.json"])
    for taxonomy in taxonomies:
        assert errors("service_with_definitions.json#/definitions/taxonomy", taxonomy) == []
    terms = _page(docs["openreferral/taxonomy_terms.json"])
    for term in terms:
        assert errors("service_with_definitions.json#/definitions/taxonomy_term", term) == []
    needs = {t["term"]: t for t in terms if t["taxonomy"] == "Signpost needs"}
    assert set(needs) == set(portal.needs)
    assert needs["food"]["taxonomy_id"] in {t["id"] for t in taxonomies}


def test_identifiers_are_uuids_stable_across_loads_and_unique(docs, portal):
    from signpost.exports.ids import record_uuid
    from signpost.exports.openreferral import documents
    from signpost.load import load_portal

    assert documents(load_portal(PROJECT / "content")) == docs
    # Pinned: a changed namespace or naming scheme would silently re-key every record a partner imported.
    assert record_uuid("https://socialprescribing.example.org", "service", "community-food-bank") == \
        str(uuid.uuid5(uuid.UUID("6c1b7f0e-3d0a-5b0e-9a3e-5f1c2d4e8a10"),
                       "https://socialprescribing.example.org/service/community-food-bank"))
    ids = [doc["id"] for path, doc in docs.items() if path.startswith("openreferral/services/")]
    assert len(set(ids)) == len(ids) and all(uuid.UUID(i).version == 5 for i in ids)


def test_a_broken_document_is_caught_by_the_schemas(docs, portal):
    # The validation above can fail: a document missing a required field or with a bad UUID does.
    doc = json.loads(json.dumps(next(d for p, d in docs.items() if p.startswith("openreferral/services/"))))
    doc["id"] = "food-bank"
    del doc["status"]
    found = errors("service.json", doc)
    assert any("status" in e for e in found) and any("uuid" in e for e in found)


def test_write_puts_every_document_under_the_site(portal, tmp_path, docs):
    from signpost.exports.openreferral import write_openreferral

    written = write_openreferral(portal, tmp_path)
    assert set(written) == set(docs)
    for path in written:
        assert json.loads((tmp_path / path).read_text(encoding="utf-8")) == docs[path]


def test_a_time_limited_schemes_schedules_carry_its_first_and_last_day(portal):
    import dataclasses
    import datetime

    from signpost.exports.openreferral import _schedules

    item = portal.services["community-food-bank"]
    assert all("valid_to" not in s and "valid_from" not in s for s in _schedules(portal, item))
    limited = dataclasses.replace(item, data=item.data.model_copy(
        update={"starts": datetime.date(2026, 11, 2), "ends": datetime.date(2026, 12, 19)}))
    assert {(s["valid_from"], s["valid_to"]) for s in _schedules(portal, limited)} == {("2026-11-02", "2026-12-19")}

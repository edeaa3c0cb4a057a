"""The portal as Open Referral UK data (the UK profile of HSDS 3.0), written as static JSON files.

Under `site/openreferral/`:
- `index.json`: the API root (version, profile, what a static host can answer);
- `services.json`: every service in the profile's paged list shape, on one page;
- `services/{uuid}.json`: one service, nested (organisation, locations, schedules, phones, ...);
- `organizations.json`, `organizations/{uuid}.json`: the organisations, each with its services;
- `taxonomies.json`, `taxonomy_terms.json`: the needs (and referral routes, delivery) as taxonomies.

Text is in the portal's default language: the profile has no translations. Identifiers are UUIDs
derived from content ids (`signpost.exports.ids`). A static host cannot answer query parameters
(`?page=2`, `?taxonomy_term_id=`): the lists are whole, on one page."""
from __future__ import annotations

import json
from pathlib import Path

from signpost.exports.ids import record_uuid
from signpost.exports.urls import service_url, site_url
from signpost.files import write_files
from signpost.portal import Item, Portal

FOLDER = "openreferral"
PROFILE = "https://github.com/OpenReferralUK/uk-profile/tree/main/profile"
# The content's controlled lists that become taxonomies: list or kind -> (taxonomy name, description).
TAXONOMIES = {
    "needs": ("Signpost needs", "The non-medical needs a service helps with."),
    "referral-routes": ("Signpost referral routes", "Who can refer someone to a service."),
    "delivery": ("Signpost delivery", "How a service is delivered: in person, by phone, online, at home."),
}
_DAYS = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}


def _id(portal: Portal, kind: str, *parts: str) -> str:
    return record_uuid(portal.site.data.url, kind, *parts)


def service_uuid(portal: Portal, service_id: str) -> str:
    return _id(portal, "service", service_id)


def organization_uuid(portal: Portal, organisation_id: str) -> str:
    return _id(portal, "organization", organisation_id)


def _drop_none(record: dict) -> dict:
    return {key: value for key, value in record.items() if value is not None}


def organization_record(portal: Portal, organisation_id: str) -> dict:
    """An organisation as the profile's `organization` (no services): `description` is required by
    the profile, and is empty when the content gives none."""
    org = portal.organisations[organisation_id].data
    uuid = organization_uuid(portal, organisation_id)
    identifiers = []
    if org.charity_number:
        identifiers.append({
            "id": _id(portal, "organization_identifier", organisation_id, "charity"),
            "organization_id": uuid, "identifier_scheme": "GB-CHC",
            "identifier_type": "Registered charity number", "identifier": org.charity_number,
        })
    return _drop_none({
        "id": uuid, "name": org.name, "description": getattr(org, "description", None) or "",
        "website": org.website, "organization_identifiers": identifiers,
    })


def taxonomy_term(portal: Portal, taxonomy: str, term_id: str) -> dict:
    """One term of a taxonomy (`needs`, `referral-routes`, `delivery`), in the default language."""
    lang = portal.default_language
    if taxonomy == "needs":
        need = portal.needs[term_id]
        name, description = need.data.label, need.data.summary
    else:
        name = description = portal.label(taxonomy, term_id, lang)
    return {
        "id": _id(portal, "taxonomy_term", taxonomy, term_id), "name": name, "description": description,
        "taxonomy": TAXONOMIES[taxonomy][0], "taxonomy_id": _id(portal, "taxonomy", taxonomy), "term": term_id,
    }


def _attributes(portal: Portal, item: Item) -> list[dict]:
    service = service_uuid(portal, item.id)
    data = item.data
    terms = [("needs", t) for t in data.needs] + [("referral-routes", t) for t in data.referral]
    terms += [("delivery", t) for t in data.delivery]
    return [{
        "id": _id(portal, "attribute", item.id, taxonomy, term), "link_id": service, "link_type": "service",
        "taxonomy_term_id": _id(portal, "taxonomy_term", taxonomy, term),
        "taxonomy_term": taxonomy_term(portal, taxonomy, term),
    } for taxonomy, term in terms]


def _locations(portal: Portal, item: Item) -> list[dict]:
    service = service_uuid(portal, item.id)
    access = [portal.label("access", feature, portal.default_language) for feature in item.data.access]
    records = []
    for index, place in enumerate(item.data.locations, start=1):
        location = _id(portal, "location", item.id, str(index))
        # "12 Example Road, Riverside": the part after the last comma is the town. The profile requires
        # a county (`state_province`), which the content does not hold: it stays empty.
        street, _, town = place.address.rpartition(",")
        records.append({
            "id": _id(portal, "service_at_location", item.id, str(index)), "service_id": service,
            "location_id": location,
            "location": _drop_none({
                "id": location, "location_type": "physical", "name": place.name,
                "addresses": [{
                    "id": _id(portal, "address", item.id, str(index)), "location_id": location,
                    "address_1": (street or town).strip(), "city": town.strip() if street else "",
                    "state_province": "", "postal_code": place.postcode, "country": "GB",
                    "address_type": "physical",
                }],
                "accessibility": [{
                    "id": _id(portal, "accessibility", item.id, str(index), str(n)), "location_id": location,
                    "description": label,
                } for n, label in enumerate(access, start=1)],
            }),
        })
    return records


def _date(day) -> str | None:
    return day.isoformat() if day else None


def _schedules(portal: Portal, item: Item) -> list[dict]:
    service = service_uuid(portal, item.id)
    note = item.data.schedule_note
    return [_drop_none({
        "id": _id(portal, "schedule", item.id, str(index)), "service_id": service, "freq": "WEEKLY",
        "interval": 1, "byday": ",".join(_DAYS[day] for day in slot.days),
        "opens_at": slot.opens, "closes_at": slot.closes, "notes": note,
        "valid_from": _date(item.data.starts), "valid_to": _date(item.data.ends),
    }) for index, slot in enumerate(item.data.schedule, start=1)]


def _languages(portal: Portal, item: Item) -> list[dict]:
    service = service_uuid(portal, item.id)
    # `name` and `code` are HSDS 3.0's; the UK profile's compiled schema lists only the identifiers.
    return [{
        "id": _id(portal, "language", item.id, code), "service_id": service,
        "name": portal.label("languages", code, portal.default_language), "code": code,
    } for code in item.data.languages]


def _cost_options(portal: Portal, item: Item) -> list[dict]:
    # One option a cost the content names (none when it names none: nothing is invented).
    data = item.data
    return [_drop_none({
        "id": _id(portal, "cost_option", item.id, cost), "service_id": service_uuid(portal, item.id),
        "option": portal.label("costs", cost, portal.default_language),
        "amount": 0 if cost == "free" else None,  # a price only where the content states one
        "amount_description": data.cost_details,
    }) for cost in data.costs]


def _phones(portal: Portal, item: Item) -> list[dict]:
    # `phones` is HSDS 3.0's; the UK profile's compiled service schema does not list it.
    phone = item.data.contact.phone
    if not phone:
        return []
    return [{"id": _id(portal, "phone", item.id), "service_id": service_uuid(portal, item.id), "number": phone,
             "languages": []}]


def _service_areas(portal: Portal, item: Item) -> list[dict]:
    names = {place.id: place.name for place in portal.areas.top}
    return [{
        "id": _id(portal, "service_area", item.id, area), "service_id": service_uuid(portal, item.id),
        "name": names.get(area, area), "service_area": names.get(area, area),
    } for area in item.data.areas]


def service_summary(portal: Portal, item: Item) -> dict:
    """A service as it appears in the paged list (`service_list.json`): its own fields and organisation."""
    data = item.data
    return _drop_none({
        "id": service_uuid(portal, item.id), "organization_id": organization_uuid(portal, data.organisation),
        "name": data.name, "description": data.description.strip(),
        "url": data.contact.website or service_url(portal, item.id, portal.default_language),
        "email": data.contact.email, "status": "active", "assured_date": data.reviewed.isoformat(),
        "organization": organization_record(portal, data.organisation),
    })


def service_record(portal: Portal, item: Item) -> dict:
    """One service, nested, as `services/{uuid}.json` (`service.json` of the profile)."""
    return {
        **service_summary(portal, item),
        "schedules": _schedules(portal, item), "service_areas": _service_areas(portal, item),
        "service_at_locations": _locations(portal, item), "languages": _languages(portal, item),
        "cost_options": _cost_options(portal, item), "phones": _phones(portal, item),
        "contacts": [],  # the content names no contact person
        "attributes": _attributes(portal, item),
    }


def paged(contents: list[dict]) -> dict:
    """A whole list as the profile's one page: a static host cannot answer `?page=`."""
    return {"total_items": len(contents), "total_pages": 1, "page_number": 1, "size": len(contents),
            "first_page": True, "last_page": True, "empty": not contents, "contents": contents}


def documents(portal: Portal) -> dict[str, dict]:
    """Every exported document: site-relative path (under `openreferral/`) -> JSON value."""
    services = sorted(portal.services.values(), key=lambda item: item.id)
    docs = {f"{FOLDER}/index.json": {
        "version": "3.0", "profile": PROFILE,
        "note": "Static files: query parameters are not answered; every list is whole, on one page.",
    }}
    docs[f"{FOLDER}/services.json"] = paged([service_summary(portal, item) for item in services])
    for item in services:
        docs[f"{FOLDER}/services/{service_uuid(portal, item.id)}.json"] = service_record(portal, item)
    organisations = sorted(portal.organisations)
    docs[f"{FOLDER}/organizations.json"] = paged([organization_record(portal, org) for org in organisations])
    for org in organisations:
        docs[f"{FOLDER}/organizations/{organization_uuid(portal, org)}.json"] = {
            **organization_record(portal, org),
            "services": [service_summary(portal, item) for item in services if item.data.organisation == org],
        }
    docs[f"{FOLDER}/taxonomies.json"] = paged([_drop_none({
        "id": _id(portal, "taxonomy", name), "name": title, "description": description,
        "uri": site_url(portal, "needs/", portal.default_language) if name == "needs" else None,
    }) for name, (title, description) in TAXONOMIES.items()])
    terms = [taxonomy_term(portal, "needs", need) for need in sorted(portal.needs)]
    for name in ("referral-routes", "delivery"):
        terms += [taxonomy_term(portal, name, term) for term in portal.lists[name]]
    docs[f"{FOLDER}/taxonomy_terms.json"] = paged(terms)
    return docs


def write_openreferral(portal: Portal, site: Path) -> dict[str, int]:
    """Writes every document under `site/openreferral/`; returns site-relative path -> bytes."""
    return write_files({path: (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
                        for path, document in documents(portal).items()}, site)

"""Checks that every id content refers to exists, naming the valid ids when one does not."""
from __future__ import annotations

from signpost.errors import ContentError
from signpost.portal import Item, Portal
from signpost.validation import unknown_message


ANY_ID = "*"  # in `present`: the whole collection or list failed to load, so any id may be right


def check_references(portal: Portal, present: dict[str, set[str]] | None = None) -> list[ContentError]:
    """`present` holds, by collection or list name, the ids of items whose files exist but failed
    validation (or ANY_ID): those are reported already, so a reference to them is not reported again."""
    present = present or {}
    errors: list[ContentError] = []
    errors += _unique_area_ids(portal)
    neighbourhoods = [hood.id for hood in portal.site.data.neighbourhoods]
    practices = portal.practices()
    pcns = portal.pcns()

    def refer(item: Item, field: str, ids, valid, kind: str) -> None:
        values = [ids] if isinstance(ids, str) else list(ids)
        for index, value in enumerate(values):
            reported = present.get(kind_collection.get(kind, ""), ())
            if value not in valid and value not in reported and ANY_ID not in reported:
                path = field if isinstance(ids, str) else f"{field}[{index}]"
                line = _line(portal, item, field, None if isinstance(ids, str) else index)
                errors.append(ContentError(item.file, line, path, unknown_message(kind, value, list(valid))))

    for item in portal.services.values():
        service = item.data
        refer(item, "organisation", service.organisation, portal.organisations, "organisation")
        refer(item, "needs", service.needs, portal.needs, "need")
        refer(item, "areas", service.areas, neighbourhoods, "neighbourhood")
        refer(item, "referral", service.referral, portal.lists["referral-routes"], "referral route")
        refer(item, "cost", service.cost, portal.lists["costs"], "cost")
        refer(item, "languages", service.languages, portal.lists["languages"], "language")
        refer(item, "delivery", service.delivery, portal.lists["delivery"], "delivery mode")
        refer(item, "access", service.access, portal.lists["access"], "access feature")
    for item in portal.team.values():
        worker = item.data
        refer(item, "pcn", worker.pcn, pcns, "Primary Care Network")
        refer(item, "practices", worker.practices, practices, "GP practice")
        refer(item, "languages", worker.languages, portal.lists["languages"], "language")
        refer(item, "specialisms", worker.specialisms, portal.needs, "need")
        if worker.photo and not (portal.root.parent / "docs" / worker.photo).is_file():
            errors.append(ContentError(item.file, _line(portal, item, "photo", None), "photo",
                                       f"expected an image file at docs/{worker.photo}, found none"))
        for index, practice_id in enumerate(worker.practices):
            if practice_id in practices and worker.pcn in pcns and practices[practice_id][1].id != worker.pcn:
                errors.append(ContentError(
                    item.file, _line(portal, item, "practices", index), f"practices[{index}]",
                    f"expected a practice in {worker.pcn}, found '{practice_id}', which is in {practices[practice_id][1].id}",
                ))
    for item in portal.stories.values():
        refer(item, "needs", item.data.needs, portal.needs, "need")
        refer(item, "services", item.data.services, portal.services, "service")
    return errors


kind_collection = {"organisation": "organisations", "need": "needs", "service": "services", "pathway": "pathways",
                   "form": "forms", "link worker": "team", "story": "stories", "leaflet": "leaflets",
                   "cost": "costs", "referral route": "referral-routes", "language": "languages",
                   "delivery mode": "delivery", "access feature": "access"}


def _unique_area_ids(portal: Portal) -> list[ContentError]:
    errors, seen = [], set()
    for hood in portal.site.data.neighbourhoods:
        for area_id in [hood.id] + [pcn.id for pcn in hood.pcns] + [p.id for pcn in hood.pcns for p in pcn.practices]:
            if area_id in seen:
                errors.append(ContentError(portal.site.file, 1, "neighbourhoods",
                                           f"expected each neighbourhood, PCN and practice id once, found '{area_id}' twice"))
            seen.add(area_id)
    return errors


def _line(portal: Portal, item: Item, field: str, index: int | None) -> int:
    lines = item.lines
    key = (field,) if index is None else (field, index)
    return lines.get(key) or lines.get((field,)) or 1

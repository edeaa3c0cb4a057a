"""Checks that every id content refers to exists, naming the valid ids when one does not."""
from __future__ import annotations

from signpost.errors import ContentError
from signpost.portal import Item, Portal
from signpost.validation import unknown_message


ANY_ID = "*"  # in `present`: the whole collection or list failed to load, so any id may be right


def check_references(portal: Portal, present: dict[str, set[str]] | None = None,
                     partial: dict[str, list[Item]] | None = None) -> list[ContentError]:
    """`present` holds, by collection or list name, the ids of items whose files exist but failed
    validation (or ANY_ID): those are reported already, so a reference to them is not reported again.
    `partial` holds, by collection, those failed items with their other fields (signpost.loading.items.
    Unvalidated): their references are checked too, so one report holds every error of a file."""
    present = present or {}
    partial = partial or {}

    def every(collection: str) -> list[Item]:
        return list(getattr(portal, collection).values()) + partial.get(collection, [])
    errors: list[ContentError] = []
    areas = portal.areas
    errors += [ContentError(portal.site.file, 1, "neighbourhoods",
                            f"expected each neighbourhood, PCN and practice id once, found '{area_id}' twice")
               for area_id in areas.repeated]
    errors += _uniform_levels(portal)
    top_kind = {"neighbourhood": "neighbourhood", "pcn": "Primary Care Network", "practice": "GP practice"}

    def narrower_place(value: str) -> str | None:
        # A GP practice or PCN id in `areas:`, which names the broadest level: the place that holds it.
        place = areas.places.get(value)
        if place is None or not areas.levels or place.level == areas.levels[0]:
            return None
        holder = place.parent(areas.levels[0])
        return (f"unknown {top_kind[areas.levels[0]]} '{value}': it is a {top_kind[place.level]} in site.yml, and areas: "
                f"names {top_kind[areas.levels[0]]}s" + (f" (did you mean '{holder.id}', which holds it?)" if holder else "")
                + f"; expected one of: {', '.join(sorted(place.id for place in areas.top))}")

    def refer(item: Item, field: str, ids, valid, kind: str) -> None:
        if ids is None:  # a field of a file that failed validation, reported already
            return
        values = [ids] if isinstance(ids, str) else list(ids)
        for index, value in enumerate(values):
            reported = present.get(kind_collection.get(kind, ""), ())
            if value not in valid and value not in reported and ANY_ID not in reported:
                path = field if isinstance(ids, str) else f"{field}[{index}]"
                line = _line(portal, item, field, None if isinstance(ids, str) else index)
                labels = valid if isinstance(valid, dict) and all(isinstance(named, dict) for named in valid.values()) else None
                message = (narrower_place(value) if field == "areas" else None) or unknown_message(kind, value, list(valid), labels)
                errors.append(ContentError(item.file, line, path, message))

    for item in every("services"):
        service = item.data
        refer(item, "organisation", service.organisation, portal.organisations, "organisation")
        refer(item, "needs", service.needs, portal.needs, "need")
        refer(item, "areas", service.areas, [place.id for place in areas.top],
              top_kind[areas.levels[0]] if areas.levels else "area (site.yml names none, so leave areas out)")
        refer(item, "referral", service.referral, portal.lists["referral-routes"], "referral route")
        refer(item, "cost", service.cost or [], portal.lists["costs"], "cost")
        refer(item, "partners", service.partners, portal.organisations, "organisation")
        refer(item, "languages", service.languages, portal.lists["languages"], "language")
        refer(item, "delivery", service.delivery, portal.lists["delivery"], "delivery mode")
        refer(item, "access", service.access, portal.lists["access"], "access feature")
    for item in every("team"):
        worker = item.data
        refer(item, "practices", worker.practices, areas.ids("practice"), "GP practice")
        refer(item, "pcns", worker.pcns, areas.ids("pcn"), "Primary Care Network")
        refer(item, "neighbourhoods", worker.neighbourhoods, areas.ids("neighbourhood"), "neighbourhood")
        refer(item, "languages", worker.languages, portal.lists["languages"], "language")
        refer(item, "specialisms", worker.specialisms, portal.needs, "need")
        if worker.photo and not (portal.root.parent / "docs" / worker.photo).is_file():
            errors.append(ContentError(item.file, _line(portal, item, "photo", None), "photo",
                                       f"expected an image file at docs/{worker.photo}, found none"))
    for item in every("quotes"):
        refer(item, "pathways", item.data.pathways, portal.pathways, "pathway")
    for item in every("resources"):
        if item.data.language:
            refer(item, "language", item.data.language, portal.lists["languages"], "language")
        if item.data.file and not (portal.root.parent / "docs" / item.data.file).is_file():
            errors.append(ContentError(item.file, _line(portal, item, "file", None), "file",
                                       f"expected a file at docs/{item.data.file}, found none"))
    for collection, field_name in (("news", "image"), ("partners", "logo")):
        for item in getattr(portal, collection).values():
            image = getattr(item.data, field_name)
            if image and not (portal.root.parent / "docs" / image).is_file():
                errors.append(ContentError(item.file, _line(portal, item, field_name, None), field_name,
                                           f"expected an image file at docs/{image}, found none"))
    for item in every("stories"):
        refer(item, "needs", item.data.needs, portal.needs, "need")
        refer(item, "services", item.data.services, portal.services, "service")
    return errors


kind_collection = {"organisation": "organisations", "need": "needs", "service": "services", "pathway": "pathways",
                   "form": "forms", "link worker": "team", "story": "stories", "leaflet": "leaflets",
                   "cost": "costs", "referral route": "referral-routes", "language": "languages",
                   "delivery mode": "delivery", "access feature": "access"}


def _uniform_levels(portal: Portal) -> list[ContentError]:
    """Every place of one level has the same smaller levels inside it, so a page's columns hold for
    every row (a PCN with practices beside one without would leave the second out of the finder)."""
    errors = []
    for place in portal.areas.places.values():
        below = {child.level for child in portal.areas.places.values() if place in child.parents[-1:]}
        for other in portal.areas.of_level(place.level):
            other_below = {child.level for child in portal.areas.places.values() if other in child.parents[-1:]}
            if below != other_below:
                errors.append(ContentError(
                    portal.site.file, _line(portal, portal.site, _top_field(portal), None), _top_field(portal),
                    f"expected every {place.level} to hold the same kind of areas: '{place.id}' holds "
                    f"{', '.join(sorted(below)) or 'none'}, '{other.id}' holds {', '.join(sorted(other_below)) or 'none'}"))
                return errors
    return errors


def _top_field(portal: Portal) -> str:
    site = portal.site.data
    return next((name for name in ("neighbourhoods", "pcns", "practices") if getattr(site, name)), "neighbourhoods")


def _line(portal: Portal, item: Item, field: str, index: int | None) -> int:
    lines = item.lines
    key = (field,) if index is None else (field, index)
    return lines.get(key) or lines.get((field,)) or 1

"""The areas a site covers, in whichever shape the team publishes them, and who covers each place.

Shapes site.yml may take (signpost.models.content.Site): neighbourhoods -> PCNs -> GP practices;
neighbourhoods -> practices; neighbourhoods alone; PCNs -> practices; PCNs alone; practices alone;
none (a borough-wide service). Pages ask `Areas` which levels exist, so no header names a level the
site does not have, and a practice's link worker may be named at the practice, its PCN, its
neighbourhood or the whole area.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from signpost.models.content import LinkWorker, Site

LEVELS = ("neighbourhood", "pcn", "practice")  # broadest first
# A link worker's field that names places of each level.
COVERAGE_FIELD = {"neighbourhood": "neighbourhoods", "pcn": "pcns", "practice": "practices"}


@dataclass(frozen=True)
class Place:
    level: str  # one of LEVELS
    id: str
    name: str
    parents: tuple["Place", ...] = ()  # the broader places it sits in, broadest first
    postcode: Optional[str] = None

    def parent(self, level: str) -> Optional["Place"]:
        return next((place for place in self.parents if place.level == level), None)


class Areas:
    """Every place of a site by id, and its levels.

    `levels` are those present, broadest first; `finest` is the smallest level (None for a borough-wide
    site); `top` the places of the broadest level (what services' `areas` name)."""

    def __init__(self, site: Site):
        self.places: dict[str, Place] = {}
        self.repeated: list[str] = []  # ids given to two places (reported by signpost.crossrefs)
        for hood in site.neighbourhoods:
            place = self._add("neighbourhood", hood.id, hood.name, ())
            self._pcns(hood.pcns, (place,))
            self._practices(hood.practices, (place,))
        self._pcns(site.pcns, ())
        self._practices(site.practices, ())
        self.levels = tuple(level for level in LEVELS if any(p.level == level for p in self.places.values()))
        self.finest = self.levels[-1] if self.levels else None
        self.top = self.of_level(self.levels[0]) if self.levels else []

    def _add(self, level: str, place_id: str, name: str, parents: tuple, postcode=None) -> Place:
        place = Place(level, place_id, name, parents, postcode)
        if place_id in self.places:
            self.repeated.append(place_id)
        self.places.setdefault(place_id, place)
        return place

    def _pcns(self, pcns, parents: tuple) -> None:
        for pcn in pcns:
            place = self._add("pcn", pcn.id, pcn.name, parents)
            self._practices(pcn.practices, parents + (place,))

    def _practices(self, practices, parents: tuple) -> None:
        for practice in practices:
            self._add("practice", practice.id, practice.name, parents, practice.postcode)

    def of_level(self, level: str) -> list[Place]:
        return [place for place in self.places.values() if place.level == level]

    def ids(self, level: str) -> list[str]:
        return [place.id for place in self.of_level(level)]


def covers(worker: LinkWorker, place: Place) -> bool:
    """True when the worker covers the place itself, a place it sits in, or the whole area."""
    if worker.whole_area:
        return True
    return any(p.id in getattr(worker, COVERAGE_FIELD[p.level]) for p in (place,) + place.parents)


def covered_places(worker: LinkWorker, areas: Areas) -> list[Place]:
    """The places a worker names, in site.yml's order (empty for the whole area or no place)."""
    named = {place_id for level in LEVELS for place_id in getattr(worker, COVERAGE_FIELD[level])}
    return [place for place in areas.places.values() if place.id in named]


def workers_for(place: Place, workers: Iterable) -> list:
    """The team members (Items of LinkWorker) covering a place, by name."""
    return sorted((w for w in workers if covers(w.data, place)), key=lambda w: w.data.name)

"""Who covers each GP practice (or the finest place the site publishes): the rows of the link-worker
finder on the team page, its embeddable frame and the leaflets."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from signpost.areas import Place, workers_for
from signpost.portal import Portal

# The interface string naming each level (a column header, a "covered" heading, the finder's title).
LEVEL_LABEL = {"neighbourhood": "neighbourhood", "pcn": "pcn", "practice": "gp_practice"}


@dataclass(frozen=True)
class FinderRow:
    place: Place  # a place of the finest level the site publishes
    parents: tuple[Optional[Place], ...]  # one per broader level of the site, nearest first (PCN, neighbourhood)
    workers: list  # Items of LinkWorker covering it, directly or through a broader place; maybe none


def practice_finder(portal: Portal) -> list[FinderRow]:
    """Every place of the finest level (GP practices when the site lists them), by name, with the team
    members who cover it; empty for a borough-wide site."""
    areas = portal.areas
    if areas.finest is None:
        return []
    broader = areas.levels[-2::-1]
    return [FinderRow(place, tuple(place.parent(level) for level in broader), workers_for(place, portal.team.values()))
            for place in sorted(areas.of_level(areas.finest), key=lambda place: place.name)]

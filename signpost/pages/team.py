"""The team page: team members, leads first, and "find the link worker for my GP practice" answered at
the level the team publishes (practice, PCN or neighbourhood), naming whom to contact when nobody is."""
from __future__ import annotations

from typing import Optional

from signpost.areas import LEVELS, Place, covered_places
from signpost.portal import Item, Portal
from signpost.practice_finder import LEVEL_LABEL, practice_finder
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import environment, render_page

INDEX = "team/index.md"
COVERED_LABEL = {"neighbourhood": "neighbourhoods_covered", "pcn": "pcns_covered", "practice": "gp_practices_covered"}
FINDER_TITLE = {"neighbourhood": "find_link_worker_neighbourhood", "pcn": "find_link_worker_pcn",
                "practice": "find_link_worker"}
FINDER_HINT = {"neighbourhood": "find_link_worker_hint_neighbourhood", "pcn": "find_link_worker_hint_pcn",
               "practice": "find_link_worker_hint"}


def team_members(portal: Portal) -> list[Item]:
    """Leads first, then everyone else, each by name."""
    return sorted(portal.team.values(), key=lambda w: (not w.data.lead, w.data.name))


def coverage(portal: Portal, worker: Item) -> list[tuple[str, list[Place]]]:
    """(level, places) for each level at which a worker names places, broadest first."""
    places = covered_places(worker.data, portal.areas)
    return [(level, [p for p in places if p.level == level]) for level in LEVELS if any(p.level == level for p in places)]


def finder_title(ctx: PageContext) -> Optional[str]:
    """The string key naming the team page's finder at the site's finest level; None when borough-wide."""
    return FINDER_TITLE.get(ctx.portal.areas.finest)


environment.globals["sp_finder_title"] = finder_title  # pathway pages link to the finder by its own name


def pages(portal: Portal, lang: str) -> list[PageFile]:
    ctx = PageContext(portal, lang, INDEX)
    areas = portal.areas
    return [render_page(ctx, "team.html", portal.string("team_title", lang),
                        finder=practice_finder(portal), finest=areas.finest, broader=areas.levels[-2::-1],
                        members=team_members(portal), coverage=lambda worker: coverage(portal, worker),
                        level_label=LEVEL_LABEL, covered_label=COVERED_LABEL, finder_title=FINDER_TITLE,
                        finder_hint=FINDER_HINT, site=portal.site)]

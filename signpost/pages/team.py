"""The link-worker team grouped by Primary Care Network, and who covers each GP practice."""
from __future__ import annotations

from signpost.pages.context import PageContext
from signpost.pages.page_file import PageFile
from signpost.pages.render import render_page
from signpost.portal import Portal

INDEX = "team/index.md"


def practice_finder(portal: Portal) -> list[tuple]:
    """Every GP practice, alphabetically, with the link workers who cover it (maybe none)."""
    rows = []
    for practice, pcn, hood in portal.practices().values():
        workers = [w for w in portal.team.values() if practice.id in w.data.practices]
        rows.append((practice, pcn, sorted(workers, key=lambda w: w.data.name)))
    return sorted(rows, key=lambda row: row[0].name)


def team_by_pcn(portal: Portal) -> list[tuple]:
    return [
        (pcn, hood, sorted((w for w in portal.team.values() if w.data.pcn == pcn.id), key=lambda w: w.data.name))
        for pcn, hood in portal.pcns().values()
    ]


def pages(portal: Portal, lang: str) -> list[PageFile]:
    ctx = PageContext(portal, lang, INDEX)
    practices = {practice_id: row[0] for practice_id, row in portal.practices().items()}
    return [render_page(ctx, "team.html", str(portal.string("team_title", lang).text),
                        finder=practice_finder(portal), groups=team_by_pcn(portal), practices=practices)]

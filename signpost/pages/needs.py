"""One page a need: what it covers, the services that meet it, link workers and stories about it."""
from __future__ import annotations

from signpost.pages.directory import service_path
from signpost.portal import Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import render_page

INDEX = "needs/index.md"


def need_path(need_id: str) -> str:
    return f"needs/{need_id}.md"


def pages(portal: Portal, lang: str) -> list[PageFile]:
    ordered = sorted(portal.needs.values(), key=lambda need: (need.data.order, need.id))
    if not ordered:
        return []
    index = PageContext(portal, lang, INDEX)
    files = [render_page(index, "needs_index.html", portal.string("needs_title", lang),
                         needs=ordered, need_path=need_path)]
    for need in ordered:
        ctx = PageContext(portal, lang, need_path(need.id))
        services = sorted((s for s in portal.services.values() if need.id in s.data.needs), key=lambda s: s.data.name)
        workers = sorted((w for w in portal.team.values() if need.id in w.data.specialisms), key=lambda w: w.data.name)
        stories = [s for s in portal.stories.values() if need.id in s.data.needs]
        files.append(render_page(ctx, "need.html", ctx.portal.text(need, "label", ctx.lang), need=need, services=services,
                                 workers=workers, stories=stories, service_path=service_path))
    return files

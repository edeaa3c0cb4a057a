"""Referral pathways: how to get referred (every route), an index by audience, one page a pathway."""
from __future__ import annotations

from signpost.leaflets import pages as leaflet_pages
from signpost.portal import Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import render_page

INDEX = "pathways/index.md"
GET_REFERRED = "get-referred.md"
AUDIENCES = ("resident", "gp-practice", "professional", "vcse-partner")


def pathway_path(pathway_id: str) -> str:
    return f"pathways/{pathway_id}.md"


def by_audience(portal: Portal) -> list[tuple[str, list]]:
    ordered = sorted(portal.pathways.values(), key=lambda p: (p.data.order, p.id))
    groups = [(audience, [p for p in ordered if p.data.audience == audience]) for audience in AUDIENCES]
    return [(audience, items) for audience, items in groups if items]


def pages(portal: Portal, lang: str) -> list[PageFile]:
    groups = by_audience(portal)
    files = []
    # "How to get referred" is built with no pathways too (what happens next, whom to contact); their
    # listing is not.
    listings = ((GET_REFERRED, "get_referred.html", "get_referred_title"),) + (
        ((INDEX, "pathways_index.html", "pathways_title"),) if groups else ())
    for path, template, key in listings:
        ctx = PageContext(portal, lang, path)
        files.append(render_page(ctx, template, portal.string(key, lang), groups=groups,
                                 pathway_path=pathway_path, routes=len(portal.pathways)))
    for group in groups:
        for pathway in group[1]:
            ctx = PageContext(portal, lang, pathway_path(pathway.id))
            files.append(render_page(ctx, "pathway.html", ctx.portal.text(pathway, "title", ctx.lang), pathway=pathway,
                                     leaflet_links=leaflet_pages.for_audience(ctx, pathway.data.audience)))
    return files

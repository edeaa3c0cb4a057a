"""Publications and resources (reports, self-help guides, external toolkits): listed on /resources/
and on the pathway pages of their audience, apart from the generated leaflets. A file's size is read
from docs/; a link's is not known, so none is shown."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from markupsafe import Markup

from signpost.portal import Item, Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import environment, render_page

INDEX = "resources/index.md"


@dataclass(frozen=True)
class ResourceLink:
    item: Item
    href: str
    size_kb: Optional[int]  # None for a link elsewhere
    file_type: Optional[str]  # "PDF", "DOCX" ...


def resource_links(ctx: PageContext, audience: Optional[str] = None) -> list[ResourceLink]:
    """Resources, newest first (undated last), optionally only those for `audience`."""
    portal = ctx.portal
    items = [item for item in portal.resources.values() if audience is None or audience in item.data.audience]
    items.sort(key=lambda item: (item.data.date is not None, item.data.date, item.id), reverse=True)
    links = []
    for item in items:
        if item.data.file:
            size = portal.docs_file_size(item.data.file)
            links.append(ResourceLink(item, ctx.asset(item.data.file), max(1, -(-size // 1024)),
                                      item.data.file.rsplit(".", 1)[-1].upper()))
        else:
            links.append(ResourceLink(item, item.data.link, None, None))
    return links


def for_audience(ctx: PageContext, audience: str) -> Markup:
    """The resources list (HTML) for a pathway page of `audience`; empty when there are none."""
    links = resource_links(ctx, audience)
    return Markup(environment.get_template("_resource_list.html").render(ctx=ctx, links=links, heading=True) if links else "")


environment.globals["sp_resources"] = for_audience


def pages(portal: Portal, lang: str) -> list[PageFile]:
    if not portal.resources:
        return []
    ctx = PageContext(portal, lang, INDEX)
    return [render_page(ctx, "resources_index.html", portal.string("resources_title", lang),
                        links=resource_links(ctx))]

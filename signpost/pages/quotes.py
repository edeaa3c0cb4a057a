"""Quotes and testimonials: on the home page (the `blocks.quotes` fact) and on the pathway pages each
names. Attribution is role and organisation; a name only with its recorded consent (the model's rule)."""
from __future__ import annotations

from typing import Optional

from markupsafe import Markup

from signpost.portal import Item, Portal
from signpost.rendering.context import PageContext
from signpost.rendering.render import environment


def quotes_for(portal: Portal, pathway_id: Optional[str] = None) -> list[Item]:
    """The home page's quotes, or with `pathway_id` that pathway's, in the editors' order."""
    items = [item for item in portal.quotes.values()
             if (pathway_id in item.data.pathways if pathway_id else item.data.home)]
    return sorted(items, key=lambda item: (item.data.order, item.id))


def quotes_html(ctx: PageContext, pathway_id: Optional[str] = None) -> Markup:
    items = quotes_for(ctx.portal, pathway_id)
    if not items:
        return Markup("")
    return Markup(environment.get_template("quotes.html").render(ctx=ctx, items=items))


environment.globals["sp_quotes"] = quotes_html  # the pathway page shows its own

"""The contact page, from site.yml, so a changed number reaches every page at once."""
from __future__ import annotations

from signpost.portal import Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import render_page

PATH = "contact.md"


def pages(portal: Portal, lang: str) -> list[PageFile]:
    ctx = PageContext(portal, lang, PATH)
    return [render_page(ctx, "contact.html", portal.string("contact_title", lang), site=portal.site)]

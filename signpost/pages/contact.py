"""The contact page, from site.yml, so a changed number reaches every page at once."""
from __future__ import annotations

from signpost.pages.context import PageContext
from signpost.pages.page_file import PageFile
from signpost.pages.render import render_page
from signpost.portal import Portal

PATH = "contact.md"


def pages(portal: Portal, lang: str) -> list[PageFile]:
    ctx = PageContext(portal, lang, PATH)
    return [render_page(ctx, "contact.html", str(portal.string("contact_title", lang).text), site=portal.site)]

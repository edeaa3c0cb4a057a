"""Notices: time-limited messages, current from `starts` to `ends` by the build date, shown on the home
page (through the `blocks.notices` fact) or on every page (the hook hands `every_page` to the theme)."""
from __future__ import annotations

from markupsafe import Markup

from signpost.portal import Item, Portal
from signpost.rendering.context import PageContext
from signpost.rendering.render import environment
from signpost.untranslated import with_partial_notice

SEVERITY_ORDER = {"urgent": 0, "warning": 1, "info": 2}


def current(portal: Portal, placement: str) -> list[Item]:
    """Notices current on the build date, for `placement` ("home" also takes the every-page ones,
    which the home page shows too), most severe first."""
    wanted = {"home": {"home", "every-page"}, "every-page": {"every-page"}}[placement]
    items = [item for item in portal.notices.values()
             if item.data.starts <= portal.build_date <= item.data.ends and item.data.show_on in wanted]
    return sorted(items, key=lambda item: (SEVERITY_ORDER[item.data.severity], item.data.starts, item.id))


def notices_html(ctx: PageContext, placement: str) -> Markup:
    items = current(ctx.portal, placement)
    if not items:
        return Markup("")
    return Markup(environment.get_template("notices.html").render(ctx=ctx, items=items))


def home_notices(ctx: PageContext) -> Markup:
    return notices_html(ctx, "home")


def every_page_notices(portal: Portal, lang: str, src_uri: str, content: str = "", chrome_falls_back: bool = False) -> Markup:
    """The every-page notices for the theme, on the page made from docs/`src_uri` whose content is
    `content`: with the note that part of the page is not translated when a notice falls back, or the
    header or footer does (`chrome_falls_back`: signpost.chrome.falls_back), and the content does not
    say so already."""
    found, fell_back = Markup(""), chrome_falls_back
    if any(item.data.show_on == "every-page" for item in portal.notices.values()):
        path = src_uri.removeprefix("generated/")
        for code in portal.languages:
            path = path.replace(f".{code}.md", ".md")
        ctx = PageContext(portal, lang, path)
        found = notices_html(ctx, "every-page")
        fell_back = fell_back or ctx.fell_back
    return Markup(with_partial_notice(str(found), portal, lang, content)) if fell_back else found

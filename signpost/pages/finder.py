"""The service finder's static pages: one page a filter value, in every language, listing its services
(/services/need/food/, /services/area/north-riverside/, /services/access/step-free/ ...), so every
filter works without JavaScript; and the shortlist page (/shortlist/), which the browser fills in.

The directory page (/services/) shows the finder itself: its template calls `sp_finder(ctx)` for the
filters, and the service page calls `sp_service_qr(ctx, service)` for its printed QR code. Both are
template globals registered here, so the modules that render those pages need not know of them."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from signpost.cache import cache_for
from signpost.exports.urls import service_url
from signpost.pages.directory import INDEX, service_path
from signpost.portal import Item, Localized, Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import environment, render_page
from signpost.search.card import card_facts
from signpost.search.facets import FACETS, FilterList, filter_lists, label_key, value_label
from signpost.search.finder_data import FILE as FINDER_DATA
from signpost.search.qr import qr_svg
from signpost.text import direction
from signpost.untranslated import naming_language

SHORTLIST = "shortlist.md"
# Pages that only list what other pages say stay out of the search index (see partials/content.html).
NOT_SEARCHED = "search:\n  exclude: true\n"


def filter_path(facet: str, value: str) -> str:
    return f"services/{facet}/{value}.md"


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str  # plain, for an <option> (which holds no markup: `lang` and `dir` go on it)
    marked: Markup  # for text: marked with its language where it is not the page's
    lang: str  # the label's language where it is not the page's, else ""
    href: str
    count: int

    @property
    def dir(self) -> str:
        return direction(self.lang) if self.lang else ""


@dataclass(frozen=True)
class FacetView:
    name: str
    label: Markup
    values: list[FacetValue]


def finder_view(ctx: PageContext) -> list[FacetView]:
    """Every facet with its values (those some service has), labelled in the page's language."""
    portal, lang = ctx.portal, ctx.lang
    views = []
    lists = filter_lists(portal, lang)
    for facet in FACETS:
        values = []
        for listed in lists:
            if listed.facet is facet:
                label = value_label(portal, facet, listed.value, lang)
                values.append(FacetValue(listed.value, listed.label, ctx._mark(label, "span"),
                                         label.lang if label.lang != lang else "",
                                         ctx.link(filter_path(facet.name, listed.value)), len(listed.services)))
        if values:
            views.append(FacetView(facet.name, ctx.s(label_key(portal, facet)), values))
    return views


def finder_data_url(ctx: PageContext) -> str:
    """The finder's JSON (finder_data.py), relative to the page."""
    return ctx.link(INDEX) + FINDER_DATA.rsplit("/", 1)[-1]


def service_qr(ctx: PageContext, service: Item) -> tuple[str, Markup]:
    """(absolute URL, inline SVG QR code) of a service's page in the page's language."""
    url = service_url(ctx.portal, service.id, ctx.lang)
    if "cache" not in ctx.portal.memo:  # found once: cache_for resolves the content folder's path on each call
        ctx.portal.memo["cache"] = cache_for(ctx.portal.root)
    return url, qr_svg(url, ctx.portal.memo["cache"])


def plain_string(ctx: PageContext, key: str) -> str:
    """An interface string as plain text, for attributes (ctx.s marks a fallback with a <span>)."""
    return ctx.portal.string(key, ctx.lang).text


def service_card_facts(ctx: PageContext, service: Item) -> list[tuple[str, str]]:
    # The same on every list a service's card is in (the directory, its needs, each finder filter): made once a language.
    key = ("card facts", service.id, ctx.lang)
    if key not in ctx.portal.memo:
        ctx.portal.memo[key] = card_facts(ctx.portal, service, ctx.lang, html=True)
    return ctx.portal.memo[key]


environment.globals.update(sp_finder=finder_view, sp_finder_data=finder_data_url, sp_service_qr=service_qr,
                            sp_text=plain_string, sp_card_facts=service_card_facts)


def _not_searched(page: PageFile) -> PageFile:
    return PageFile(page.path, page.text.replace("---\n", "---\n" + NOT_SEARCHED, 1))


def titled_value(ctx: PageContext, label: Localized) -> tuple[Markup, str]:
    """A filter value's label in a title: (for the heading, marked with its language where it is not the
    page's; for the <title>, which cannot be marked, followed by its language's name when it falls back,
    as a page whose title falls back is)."""
    text = str(label.text)
    return ctx._mark(label, "span"), naming_language(ctx.portal, ctx.lang, label.lang, text) if label.fallback else text


def _filter_page(portal: Portal, lang: str, listed: FilterList) -> PageFile:
    facet, value = listed.facet, listed.value
    ctx = PageContext(portal, lang, filter_path(facet.name, value))
    heading_value, title_value = titled_value(ctx, value_label(portal, facet, value, lang))
    facet_key = label_key(portal, facet)
    title = portal.string("finder_page_title", lang).text.format(facet=portal.string(facet_key, lang).text,
                                                                 value=title_value)
    return _not_searched(render_page(ctx, "finder_filter.html", title, facet=facet, value=value,
                                     heading=ctx.s("finder_page_title", facet=ctx.s(facet_key), value=heading_value),
                                     services=listed.services, service_path=service_path))


def pages(portal: Portal, lang: str) -> list[PageFile]:
    files = [_filter_page(portal, lang, listed) for listed in filter_lists(portal, lang)]
    shortlist = PageContext(portal, lang, SHORTLIST)
    files.append(_not_searched(render_page(shortlist, "shortlist.html", portal.string("shortlist_title", lang))))
    return files

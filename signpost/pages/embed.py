"""The service finder and "find your practice's link worker" for GP practice and partner websites.

Frames (`embed/services/`, `embed/services/need/ID/`, `embed/services/area/ID/`, `embed/link-worker/`,
in every language) are small pages on the portal's own host, drawn by `overrides/embed.html` (no header,
navigation or script), so a practice's site shows them in an iframe: no third-party request, no cookie,
no JavaScript. The guide (`embed-the-finder/`) gives the snippet to copy, in the reader's language.
A static host cannot answer a query string, so a pre-filtered finder is a page of its own."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from signpost.exports.urls import page_url
from signpost.pages.directory import service_path
from signpost.pages.finder import filter_path, titled_value
from signpost.portal import Localized, Portal
from signpost.practice_finder import LEVEL_LABEL, practice_finder
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import render_page
from signpost.text import in_language
from signpost.search.facets import BY_NAME, filter_lists, services_sorted, value_label

GUIDE = "embed-the-finder.md"
SERVICES = "embed/services/index.md"
LINK_WORKER = "embed/link-worker.md"
_FRAME = "template: embed.html\nsearch:\n  exclude: true\n"
FRAMED_FACETS = (BY_NAME["need"], BY_NAME["area"])  # a frame a need, a frame a top-level area


def filter_frame(facet: str, value: str) -> str:
    return f"embed/services/{facet}/{value}.md"


@dataclass(frozen=True)
class Snippet:
    label: str | Markup  # an area's name is marked with the team's language
    frame: str  # absolute address of the frame
    page: str  # absolute address of the full page: the link shown where frames are not
    title: str


def snippets(ctx: PageContext) -> list[Snippet]:
    """Every frame a host can embed in the page's language: the whole finder, by need, by area, the
    link-worker finder. Each label is marked with its language where it is not the page's (a label not
    yet translated); the titles go into the host's code, as text."""
    portal, lang = ctx.portal, ctx.lang
    name = portal.text(portal.site, "name", lang).text
    s = lambda key: str(portal.string(key, lang).text)  # noqa: E731
    rows = [Snippet(ctx.s("embed_all_services"), page_url(portal, SERVICES, lang), page_url(portal, "services/index.md", lang),
                    f"{name}: {s('embed_all_services')}")]
    for need in sorted(portal.needs.values(), key=lambda n: (n.data.order, n.id)):
        label = portal.text(need, "label", lang)
        rows.append(Snippet(ctx._mark(label, "span"), page_url(portal, filter_frame("need", need.id), lang),
                            page_url(portal, filter_path("need", need.id), lang), f"{name}: {label.text}"))
    for hood in portal.areas.top:
        rows.append(Snippet(in_language(hood.name, portal.default_language, lang), page_url(portal, filter_frame("area", hood.id), lang),
                            page_url(portal, filter_path("area", hood.id), lang), f"{name}: {hood.name}"))
    rows.append(Snippet(ctx.s("find_link_worker"), page_url(portal, LINK_WORKER, lang),
                        page_url(portal, "team/index.md", lang), f"{name}: {s('find_link_worker')}"))
    return rows


def _frame(ctx: PageContext, template: str, title: str, **values) -> PageFile:
    page = render_page(ctx, template, title, **values)
    return PageFile(page.path, page.text.replace("---\n", "---\n" + _FRAME, 1))


def _services_frame(portal: Portal, lang: str, path: str, label: Localized, services: list) -> PageFile:
    """A frame of `services`, titled with the site's name and `label` (marked with its language where it
    is not the page's, and named in the <title> where it falls back)."""
    ctx = PageContext(portal, lang, path)
    name = portal.text(portal.site, "name", lang)
    heading, title = titled_value(ctx, label)
    return _frame(ctx, "embed_services.html", f"{name.text}: {title}",
                  heading=Markup("{}: {}").format(ctx._mark(name, "span"), heading), services=services,
                  service_path=service_path)


def pages(portal: Portal, lang: str) -> list[PageFile]:
    all_label = portal.string("embed_all_services", lang)
    files = [_services_frame(portal, lang, SERVICES, all_label, services_sorted(portal, lang))]
    files += [_services_frame(portal, lang, filter_frame(listed.facet.name, listed.value),
                              value_label(portal, listed.facet, listed.value, lang), listed.services)
              for listed in filter_lists(portal, lang, FRAMED_FACETS, every_value=True)]
    ctx = PageContext(portal, lang, LINK_WORKER)
    name = portal.text(portal.site, "name", lang)
    heading, title = titled_value(ctx, portal.string("find_link_worker", lang))
    files.append(_frame(ctx, "embed_link_worker.html", f"{name.text}: {title}",
                        heading=Markup("{}: {}").format(ctx._mark(name, "span"), heading), finder=practice_finder(portal),
                        finest=portal.areas.finest, level_label=LEVEL_LABEL, site=portal.site))
    guide = PageContext(portal, lang, GUIDE)
    files.append(render_page(guide, "embed_guide.html", portal.string("embed_title", lang),
                             snippets=snippets(guide), origin=portal.site.data.url.rstrip("/")))
    return files

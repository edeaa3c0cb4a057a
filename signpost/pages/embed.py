"""The service finder and "find your practice's link worker" for GP practice and partner websites.

Frames (`embed/services/`, `embed/services/need/ID/`, `embed/services/area/ID/`, `embed/link-worker/`,
in every language) are small pages on the portal's own host, drawn by `overrides/embed.html` (no header,
navigation or script), so a practice's site shows them in an iframe: no third-party request, no cookie,
no JavaScript. The guide (`embed-the-finder/`) gives the snippet to copy, in the reader's language.
A static host cannot answer a query string, so a pre-filtered finder is a page of its own."""
from __future__ import annotations

from dataclasses import dataclass

from signpost.pages.context import PageContext
from signpost.pages.directory import service_path
from signpost.pages.page_file import PageFile, url_of
from signpost.pages.render import render_page
from signpost.pages.team import LEVEL_LABEL, practice_finder
from signpost.portal import Portal
from signpost.search.facets import service_areas

GUIDE = "embed-the-finder.md"
SERVICES = "embed/services/index.md"
LINK_WORKER = "embed/link-worker.md"
_FRAME = "template: embed.html\nsearch:\n  exclude: true\n"


def filter_frame(facet: str, value: str) -> str:
    return f"embed/services/{facet}/{value}.md"


@dataclass(frozen=True)
class Snippet:
    label: str
    frame: str  # absolute address of the frame
    page: str  # absolute address of the full page: the link shown where frames are not
    title: str


def _absolute(portal: Portal, path: str, lang: str) -> str:
    prefix = "" if lang == portal.default_language else f"{lang}/"
    return f"{portal.site.data.url.rstrip('/')}/{prefix}{url_of(path)}"


def snippets(portal: Portal, lang: str) -> list[Snippet]:
    """Every frame a host can embed in `lang`: the whole finder, by need, by area, the link-worker finder."""
    name = portal.text(portal.site, "name", lang).text
    s = lambda key: str(portal.string(key, lang).text)  # noqa: E731
    rows = [Snippet(s("embed_all_services"), _absolute(portal, SERVICES, lang), _absolute(portal, "services/index.md", lang),
                    f"{name}: {s('embed_all_services')}")]
    for need in sorted(portal.needs.values(), key=lambda n: (n.data.order, n.id)):
        label = portal.text(need, "label", lang).text
        rows.append(Snippet(label, _absolute(portal, filter_frame("need", need.id), lang),
                            _absolute(portal, f"services/need/{need.id}.md", lang), f"{name}: {label}"))
    for hood in portal.areas.top:
        rows.append(Snippet(hood.name, _absolute(portal, filter_frame("area", hood.id), lang),
                            _absolute(portal, f"services/area/{hood.id}.md", lang), f"{name}: {hood.name}"))
    rows.append(Snippet(s("find_link_worker"), _absolute(portal, LINK_WORKER, lang),
                        _absolute(portal, "team/index.md", lang), f"{name}: {s('find_link_worker')}"))
    return rows


def _frame(ctx: PageContext, template: str, title: str, **values) -> PageFile:
    page = render_page(ctx, template, title, **values)
    return PageFile(page.path, page.text.replace("---\n", "---\n" + _FRAME, 1))


def _services_frame(portal: Portal, lang: str, path: str, title: str, services: list) -> PageFile:
    ctx = PageContext(portal, lang, path)
    name = portal.text(portal.site, "name", lang).text
    return _frame(ctx, "embed_services.html", f"{name}: {title}", heading=f"{name}: {title}", services=services,
                  service_path=service_path)


def pages(portal: Portal, lang: str) -> list[PageFile]:
    ordered = sorted(portal.services.values(), key=lambda item: portal.text(item, "name", lang).text)
    all_label = str(portal.string("embed_all_services", lang).text)
    files = [_services_frame(portal, lang, SERVICES, all_label, ordered)]
    for need in portal.needs.values():
        files.append(_services_frame(portal, lang, filter_frame("need", need.id), portal.text(need, "label", lang).text,
                                     [item for item in ordered if need.id in item.data.needs]))
    for hood in portal.areas.top:
        files.append(_services_frame(portal, lang, filter_frame("area", hood.id), hood.name,
                                     [item for item in ordered if hood.id in service_areas(portal, item)]))
    ctx = PageContext(portal, lang, LINK_WORKER)
    heading = f"{portal.text(portal.site, 'name', lang).text}: {portal.string('find_link_worker', lang).text}"
    files.append(_frame(ctx, "embed_link_worker.html", heading, heading=heading, finder=practice_finder(portal),
                        finest=portal.areas.finest, level_label=LEVEL_LABEL))
    guide = PageContext(portal, lang, GUIDE)
    files.append(render_page(guide, "embed_guide.html", str(portal.string("embed_title", lang).text),
                             snippets=snippets(portal, lang), origin=portal.site.data.url.rstrip("/")))
    return files

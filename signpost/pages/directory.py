"""The service directory, grouped by need, and one page a service."""
from __future__ import annotations

import dataclasses
import posixpath

from markupsafe import Markup, escape

from signpost.exports.jsonld import jsonld_markup, service_jsonld
from signpost.forms.suggest import suggest_change
from signpost.lifetime import ending_soon, not_started
from signpost.portal import Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile, url_of
from signpost.rendering.render import environment, render_page
from signpost.wording import whole_area

INDEX = "services/index.md"


def service_path(service_id: str) -> str:
    return f"services/{service_id}.md"


def services_by_need(portal: Portal) -> list[tuple[str, list]]:
    """Needs in their editors' order, each with its services by name; a service may sit under several."""
    ordered = sorted(portal.needs.values(), key=lambda need: (need.data.order, need.id))
    return [
        (need.id, sorted((s for s in portal.services.values() if need.id in s.data.needs), key=lambda s: s.data.name))
        for need in ordered
    ]


def costs_html(ctx: PageContext, service) -> Markup:
    """A service's costs joined as the reader's language joins a list ("Free and low cost"), each label
    marked with its language where it is not translated yet."""
    return ctx.labels("costs", service.data.costs)


def organisations_html(ctx: PageContext, organisations: list) -> Markup:
    """The organisations that run a service, each with its website, joined as a list ("A (a.org) and B")."""
    return ctx.joined([Markup("{} ({})").format(ctx.name(organisation.data.name), ctx.web(organisation.data.website))
                       if organisation.data.website else ctx.name(organisation.data.name) for organisation in organisations])


def whole_area_text(ctx: PageContext) -> str:
    return whole_area(ctx.portal, ctx.lang)


_SERVICE_ID = "\x00service\x00"  # stands for the service's id in the form made once for every service page


def suggest_html(ctx: PageContext, suggest) -> Markup:
    """A service page's suggest-a-change form (_service_suggest.html). Service pages' forms differ only
    by the service's id (a hidden field), so it is made once a language and folder (the links in it
    are relative), with whether it fell back, which each page still learns."""
    key = ("suggest", ctx.lang, posixpath.dirname(url_of(ctx.path).rstrip("/")),
           suggest and (id(suggest.form), suggest.action, suggest.next_url, suggest.page))
    kept = ctx.portal.memo.get(key)
    if kept is None or (suggest and kept[0] is not suggest.form):
        fell_back, ctx.fell_back = ctx.fell_back, False
        shown = dataclasses.replace(suggest, service_id=_SERVICE_ID) if suggest else None
        parts = environment.get_template("_service_suggest.html").render(ctx=ctx, suggest=shown).split(_SERVICE_ID)
        kept = ctx.portal.memo[key] = (suggest and suggest.form, parts, ctx.fell_back)
        ctx.fell_back = fell_back
    ctx.fell_back = ctx.fell_back or kept[2]
    return Markup(str(escape(suggest.service_id)).join(kept[1]) if suggest else "".join(kept[1]))


environment.globals.update(sp_costs=costs_html, sp_organisations=organisations_html, sp_whole_area=whole_area_text,
                           sp_suggest=suggest_html)


def pages(portal: Portal, lang: str) -> list[PageFile]:
    index = PageContext(portal, lang, INDEX)
    files = [render_page(index, "services_index.html", portal.string("services_title", lang),
                         groups=services_by_need(portal), service_path=service_path, listed=bool(portal.services))]
    for item in portal.services.values():
        ctx = PageContext(portal, lang, service_path(item.id))
        organisations = [portal.organisations[o] for o in [item.data.organisation, *item.data.partners]]
        areas = {place.id: place.name for place in portal.areas.top}
        files.append(render_page(ctx, "service.html", ctx.portal.text(item, "name", ctx.lang), service=item,
                                 organisations=organisations, area_names=[ctx.name(areas.get(area, area)) for area in item.data.areas],
                                 ending_soon=ending_soon(item.data.ends, portal.build_date),
                                 starting=not_started(item.data.starts, portal.build_date),
                                 jsonld=jsonld_markup(service_jsonld(portal, item, lang)),
                                 calendar=f"calendars/{item.id}.ics" if item.data.schedule else None,
                                 suggest=suggest_change(ctx, item.id)))
    return files

"""The service directory, grouped by need, and one page a service."""
from __future__ import annotations

from markupsafe import Markup

from signpost.exports.jsonld import jsonld_markup, service_jsonld
from signpost.forms.suggest import suggest_change
from signpost.lifetime import ending_soon, not_started
from signpost.portal import Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
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


environment.globals.update(sp_costs=costs_html, sp_organisations=organisations_html, sp_whole_area=whole_area_text)


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

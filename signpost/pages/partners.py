"""Partners and commissioners, and funding community groups can apply for, on one generated page
(/our-partners/). Funding past its deadline (by the build date) is listed after the open ones, marked
closed."""
from __future__ import annotations

from signpost.models.partners import PartnerKind
from signpost.portal import Item, Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import render_page

PATH = "our-partners.md"
KINDS: tuple[str, ...] = PartnerKind.__args__


def partners_by_kind(portal: Portal) -> list[tuple[str, list[Item]]]:
    ordered = sorted(portal.partners.values(), key=lambda item: (item.data.order, item.data.name))
    groups = [(kind, [item for item in ordered if item.data.kind == kind]) for kind in KINDS]
    return [(kind, items) for kind, items in groups if items]


def is_closed(portal: Portal, item: Item) -> bool:
    return item.data.deadline is not None and item.data.deadline < portal.build_date


def funding_in_order(portal: Portal) -> list[Item]:
    """Open opportunities first, by deadline (none last), then closed ones, most recent first."""
    def key(item):
        closed = is_closed(portal, item)
        deadline = item.data.deadline.toordinal() if item.data.deadline else 10**7
        return (closed, -deadline if closed else deadline, item.id)
    return sorted(portal.funding.values(), key=key)


def pages(portal: Portal, lang: str) -> list[PageFile]:
    if not portal.partners and not portal.funding:
        return []
    ctx = PageContext(portal, lang, PATH)
    return [render_page(ctx, "partners.html", portal.string("partners_title", lang),
                        groups=partners_by_kind(portal), funding=funding_in_order(portal),
                        closed=lambda item: is_closed(portal, item))]

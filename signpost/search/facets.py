"""The service finder's filters, and the library's own filtering of the Portal.

A filter is a facet (need, area, ...) with one or more chosen values. A service matches when, in every
facet, it has every chosen value (within a facet values narrow, as across facets); the keyword box
matches when every word of it is in the service's name or summary in the reader's language. The
browser's finder (overrides/assets/finder.js) applies the same rule to the same data
(finder_data.py); the tests compare the two."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from signpost.portal import Item, Localized, Portal
from signpost.practice_finder import LEVEL_LABEL


@dataclass(frozen=True)
class Facet:
    name: str  # in URLs (/services/need/food/, ?need=food) and in the finder's data
    label_key: str  # interface string naming the facet (the area facet's: see label_key)
    values_of: Callable[[Portal, Item], list[str]]  # (portal, service) -> the service's values
    ordered: Callable[[Portal], list[str]]  # every possible value, in the editors' order
    labelled: Callable[[Portal, str, str], str]  # (portal, value, lang) -> label
    list_name: str = ""  # the controlled list (content/lists/) its values come from, if any


def _list(name: str) -> tuple[Callable[[Portal], list[str]], Callable[[Portal, str, str], str]]:
    return (lambda portal: list(portal.lists[name]),
            lambda portal, value, lang: portal.label(name, value, lang))


def _needs(portal: Portal) -> list[str]:
    return [need.id for need in sorted(portal.needs.values(), key=lambda need: (need.data.order, need.id))]


def service_areas(portal: Portal, service: Item) -> list[str]:
    """The broadest areas a service serves; one with no `areas` serves the whole area, so every one."""
    return list(service.data.areas) or [place.id for place in portal.areas.top]


FACETS: tuple[Facet, ...] = (
    Facet("need", "finder_need", lambda portal, s: list(s.data.needs), _needs,
          lambda portal, value, lang: portal.text(portal.needs[value], "label", lang).text),
    Facet("area", "finder_area", service_areas,
          lambda portal: [place.id for place in portal.areas.top],
          lambda portal, value, lang: portal.areas.places[value].name),
    Facet("language", "finder_language", lambda portal, s: list(s.data.languages), *_list("languages"), "languages"),
    Facet("cost", "finder_cost", lambda portal, s: s.data.costs, *_list("costs"), "costs"),
    Facet("referral", "finder_referral", lambda portal, s: list(s.data.referral), *_list("referral-routes"), "referral-routes"),
    Facet("delivery", "finder_delivery", lambda portal, s: list(s.data.delivery), *_list("delivery"), "delivery"),
    Facet("access", "finder_access", lambda portal, s: list(s.data.access), *_list("access"), "access"),
)
BY_NAME = {facet.name: facet for facet in FACETS}


def label_key(portal: Portal, facet: Facet) -> str:
    """The interface string naming a facet. The area filter is named by the level services' `areas` are
    (the broadest the site has: "Neighbourhood", "Primary Care Network", "GP practice"), never a level the
    site does not have; "Area" only when it has none."""
    if facet.name == "area" and portal.areas.levels:
        return LEVEL_LABEL[portal.areas.levels[0]]
    return facet.label_key


def value_label(portal: Portal, facet: Facet, value: str, lang: str) -> Localized:
    """A value's label with the language it is really in: a need's or a list's label that is not
    translated yet falls back to the default language's; an area's name is the team's own (the default
    language's) in every language, by design and not for want of a translation."""
    if facet.name == "need":
        return portal.text(portal.needs[value], "label", lang)
    if facet.list_name:
        return portal.label_text(facet.list_name, value, lang)
    return Localized(facet.labelled(portal, value, lang), portal.default_language)


def facet_values(portal: Portal, facet: Facet) -> list[str]:
    """The values of a facet that at least one service has, in the editors' order."""
    used = {value for service in portal.services.values() for value in facet.values_of(portal, service)}
    return [value for value in facet.ordered(portal) if value in used]


def services_sorted(portal: Portal, lang: str) -> list[Item]:
    """Every service, by its name in `lang` (the finder lists them in this order)."""
    return sorted(portal.services.values(), key=lambda s: (portal.text(s, "name", lang).text.casefold(), s.id))


@dataclass(frozen=True)
class FilterList:
    """The services with one value of one facet: what a pre-filtered page (or embeddable frame) lists."""

    facet: Facet
    value: str
    label: str  # the value's label in the language asked for
    services: list[Item]  # in the finder's order (services_sorted)


def filter_lists(portal: Portal, lang: str, facets: Iterable[Facet] = FACETS, every_value: bool = False) -> list[FilterList]:
    """One list a value of each facet, in the editors' order: the values some service has, or with
    `every_value` every possible value (a frame's address must not vanish when its last service goes)."""
    ordered = services_sorted(portal, lang)
    return [FilterList(facet, value, facet.labelled(portal, value, lang),
                       [service for service in ordered if value in facet.values_of(portal, service)])
            for facet in facets for value in (facet.ordered(portal) if every_value else facet_values(portal, facet))]


def keyword_words(keyword: str) -> list[str]:
    return [word for word in re.split(r"\s+", keyword.strip().lower()) if word]


def searchable_text(portal: Portal, service: Item, lang: str) -> str:
    """What the keyword box looks in: name and summary in `lang` (with English fallback), lower-cased."""
    return f"{portal.text(service, 'name', lang).text} {portal.text(service, 'summary', lang).text}".lower()


def matches(portal: Portal, service: Item, filters: Mapping[str, Iterable[str]], keyword: str = "", lang: str | None = None) -> bool:
    for name, chosen in filters.items():
        values = set(BY_NAME[name].values_of(portal, service))
        if not set(chosen) <= values:
            return False
    words = keyword_words(keyword)
    if words:
        text = searchable_text(portal, service, lang or portal.default_language)
        return all(word in text for word in words)
    return True


def matching(portal: Portal, filters: Mapping[str, Iterable[str]], keyword: str = "", lang: str | None = None) -> list[str]:
    """Ids of the services that match, in the finder's order for `lang`; unknown facets are an error."""
    unknown = set(filters) - set(BY_NAME)
    if unknown:
        raise ValueError(f"unknown facet(s) {sorted(unknown)}; expected one of {', '.join(BY_NAME)}")
    lang = lang or portal.default_language
    return [s.id for s in services_sorted(portal, lang) if matches(portal, s, filters, keyword, lang)]

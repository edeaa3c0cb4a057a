"""The few facts a service's card shows in a list (the directory, a need's page, the finder): its cost,
its areas and when it runs, as plain text in the reader's language, so a reader can compare services on
a phone without opening each one."""
from __future__ import annotations

from markupsafe import Markup

from signpost.portal import Item, Portal
from signpost.text import in_language
from signpost.wording import join_labels, join_names, whole_area

# Unicode isolates (LRI ... PDI): opening times keep their order inside right-to-left text, in HTML and
# in the finder's plain-text JSON alike.
_LTR_START, _LTR_END = "\u2066", "\u2069"


def card_facts(portal: Portal, service: Item, lang: str, html: bool = False) -> list[tuple[str, str]]:
    """[(label, text)] for cost, areas and when (the schedule, or its note when there is none); a fact the
    service's content does not give is left out, but for areas: none named is the whole area. With
    `html`, the areas' names (the team's own words) are HTML marked with their language on other
    languages' pages (the finder's JSON keeps plain text)."""
    data = service.data

    def say(key: str) -> str:
        return portal.string(key, lang).text

    separator = say("list_separator")
    areas = {place.id: place.name for place in portal.areas.top}
    facts = []
    if data.costs:
        facts.append((say("cost"), join_labels([portal.label("costs", cost, lang) for cost in data.costs], lang, separator)))
    # A service that names no areas covers them all: the card says so, in the team's words for the area.
    names = [areas.get(area, area) for area in data.areas]
    if html:  # each name marked in the team's language; the joining words are the page's
        joined = Markup(join_names([str(in_language(name, portal.default_language, lang)) for name in names], lang,
                                   str(Markup.escape(separator))))
    else:
        joined = join_names(names, lang, separator)
    facts.append((say("areas"), joined if names else whole_area(portal, lang)))
    when = "; ".join(
        join_names([say(f"day_{day}") for day in slot.days], lang, separator) + f" {_LTR_START}{slot.opens}–{slot.closes}{_LTR_END}"
        for slot in data.schedule)
    if not when and data.schedule_note:
        when = portal.text(service, "schedule_note", lang).text
    if when:
        facts.append((say("when"), when))
    return facts

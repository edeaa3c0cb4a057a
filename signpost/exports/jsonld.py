"""schema.org JSON-LD for a service page, in the page's language, embedded as data (never run).

The service is a schema.org `Service`: its provider (`Organization`), `areaServed`, `hoursAvailable`
(`OpeningHoursSpecification`, one a schedule slot), and a `ServiceChannel` with the languages spoken,
the phone and email (`ContactPoint`) and the places (`Place` with a `PostalAddress`). The context's `@language`
is the page's; a field that fell back to the default language carries its own `@language`."""
from __future__ import annotations

import json

from markupsafe import Markup

from signpost.exports.urls import service_url
from signpost.portal import Item, Portal

_DAYS = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
         "sat": "Saturday", "sun": "Sunday"}
# Inside <script>, "</script" or "<!--" would end or change the element: these characters are escaped.
_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def _text(portal: Portal, item: Item, field: str, lang: str):
    localized = portal.text(item, field, lang)
    return {"@value": localized.text, "@language": localized.lang} if localized.fallback else localized.text


def _drop_empty(node: dict) -> dict:
    return {key: value for key, value in node.items() if value not in (None, [], {})}


def _place(place) -> dict:
    street, _, town = place.address.rpartition(",")
    return _drop_empty({
        "@type": "Place", "name": place.name,
        "address": _drop_empty({
            "@type": "PostalAddress", "streetAddress": (street or town).strip(),
            "addressLocality": town.strip() if street else None, "postalCode": place.postcode, "addressCountry": "GB",
        }),
    })


def service_jsonld(portal: Portal, item: Item, lang: str) -> dict:
    """The JSON-LD of one service page in `lang`, as a JSON value."""
    data = item.data
    organisation = portal.organisations[data.organisation].data
    url = service_url(portal, item.id, lang)
    areas = {place.id: place.name for place in portal.areas.top}
    contact = _drop_empty({"@type": "ContactPoint", "telephone": data.contact.phone, "email": data.contact.email})
    return _drop_empty({
        "@context": {"@vocab": "https://schema.org/", "@language": lang},
        "@type": "Service", "@id": f"{url}#service", "url": url,
        "name": _text(portal, item, "name", lang), "description": _text(portal, item, "summary", lang),
        "provider": _drop_empty({"@type": "Organization", "name": organisation.name, "url": organisation.website}),
        "areaServed": [{"@type": "AdministrativeArea", "name": areas.get(area, area)} for area in data.areas],
        "hoursAvailable": [{
            "@type": "OpeningHoursSpecification", "dayOfWeek": [f"https://schema.org/{_DAYS[day]}" for day in slot.days],
            "opens": slot.opens, "closes": slot.closes,
        } for slot in data.schedule],
        "availableChannel": _drop_empty({
            "@type": "ServiceChannel", "serviceUrl": data.contact.website,
            "availableLanguage": [{"@type": "Language", "name": portal.label("languages", code, lang),
                                   "alternateName": code} for code in data.languages],
            "servicePhone": contact if len(contact) > 1 else None, "serviceLocation": [_place(place) for place in data.locations],
        }),
    })


def jsonld_markup(document: dict) -> Markup:
    """The JSON, safe to place between <script type="application/ld+json"> and </script>."""
    return Markup(json.dumps(document, ensure_ascii=False, separators=(",", ":")).translate(_UNSAFE))

"""A form's words in one language: its questions' labels, hints and options, with English fallback."""
from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from babel.dates import get_day_names

from signpost.forms.models import FormField
from signpost.language_codes import babel_locale
from signpost.models.content import Day
from signpost.portal import Item, Localized, Portal


@dataclass(frozen=True)
class Choice:
    id: str
    label: Localized


def field_text(portal: Portal, form: Item, field: FormField, attribute: str, lang: str) -> Localized | None:
    """A question's label, hint or stop text in `lang`, or the default language's (marked fallback)."""
    overlay = form.overlays.get(lang)
    words = overlay.fields.get(field.id) if overlay is not None else None
    value = getattr(words, attribute, None) if words is not None else None
    if value is not None:
        return Localized(portal.fill_facts(value, lang), lang)
    default = getattr(field, attribute)
    if default is None:
        return None
    return Localized(portal.fill_facts(default, portal.default_language), portal.default_language,
                     fallback=lang != portal.default_language)


def choices(portal: Portal, form: Item, field: FormField, lang: str) -> list[Choice]:
    """The options of a choice question, with their labels in `lang`."""
    if field.choices == "needs":
        ordered = sorted(portal.needs.values(), key=lambda need: (need.data.order, need.id))
        return [Choice(need.id, portal.text(need, "label", lang)) for need in ordered]
    if field.choices in ("languages", "costs", "referral-routes", "delivery"):  # controlled lists: a label not yet
        # translated is the default language's, marked as such (Portal.label_text), like every other fallback
        return [Choice(code, portal.label_text(field.choices, code, lang)) for code in portal.lists[field.choices]]
    if field.choices == "services":  # for "suggest a change" and "update your listing"
        ordered = sorted(portal.services.values(), key=lambda service: portal.text(service, "name", lang).text)
        return [Choice(service.id, portal.text(service, "name", lang)) for service in ordered]
    if field.choices == "areas":  # place names: in the team's own words, marked as such (not a fallback)
        return [Choice(place.id, Localized(place.name, portal.default_language)) for place in portal.areas.top]
    if field.choices == "days":  # Monday first, named by the language's own calendar (Babel)
        names = get_day_names("wide", context="stand-alone", locale=babel_locale(lang))
        return [Choice(day, Localized(names[index], lang)) for index, day in enumerate(get_args(Day))]
    if field.choices == "practices":
        practices = sorted(portal.areas.of_level("practice"), key=lambda practice: practice.name)
        return [Choice(practice.id, Localized(practice.name, portal.default_language)) for practice in practices]
    overlay = form.overlays.get(lang)
    words = overlay.fields.get(field.id) if overlay is not None else None
    translated = words.options if words is not None else {}
    return [
        Choice(option.id, Localized(translated[option.id], lang) if option.id in translated
               else Localized(option.label, portal.default_language, fallback=lang != portal.default_language))
        for option in field.options
    ]


def choice_ids(portal: Portal, form: Item, field: FormField) -> list[str]:
    return [choice.id for choice in choices(portal, form, field, portal.default_language)]

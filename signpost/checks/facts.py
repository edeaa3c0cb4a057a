"""Every `{{ ... }}` in the content's translatable text names a fact the site gives (signpost.facts),
checked once at load time so a page never fails half-built."""
from __future__ import annotations

from signpost.checks import line_of
from signpost.errors import ContentError
from signpost.facts import FactError, fill, has_facts, site_facts
from signpost.models.base import translatable_fields
from signpost.portal import Portal

COLLECTIONS = ("services", "needs", "team", "stories", "pathways", "forms", "leaflets", "news", "notices",
               "quotes", "partners", "funding", "resources")


def check_facts(portal: Portal) -> list[ContentError]:
    errors: list[ContentError] = []
    items = [portal.site] + [item for name in COLLECTIONS for item in getattr(portal, name).values()]
    for item in items:
        for field in translatable_fields(type(item.data)):
            for lang, source in [(portal.default_language, item.data), *item.overlays.items()]:
                value = getattr(source, field, None)
                texts = value if isinstance(value, list) else [value]
                for index, text in enumerate(texts):
                    if not isinstance(text, str) or not has_facts(text):
                        continue
                    try:
                        fill(text, site_facts(portal, lang))
                    except FactError as error:
                        path = field if not isinstance(value, list) else f"{field}[{index}]"
                        file = item.file if source is item.data else item.file.replace(".yml", f".{lang}.yml")
                        errors.append(ContentError(file, line_of(item, (field,)) if source is item.data else 1,
                                                   path, str(error)))
    errors += _form_questions(portal)
    return errors


def _form_questions(portal: Portal) -> list[ContentError]:
    """A form's questions keep their words under `fields:` (labels, hints, stop texts)."""
    errors = []
    for form in portal.forms.values():
        for lang, source in [(portal.default_language, None), *form.overlays.items()]:
            for index, field in enumerate(form.data.fields):
                words = field if source is None else source.fields.get(field.id)
                for attribute in ("label", "hint", "stop"):
                    text = getattr(words, attribute, None)
                    if not isinstance(text, str) or not has_facts(text):
                        continue
                    try:
                        fill(text, site_facts(portal, lang))
                    except FactError as error:
                        file = form.file if source is None else form.file.replace(".yml", f".{lang}.yml")
                        where = f"fields[{index}].{attribute}" if source is None else f"fields.{field.id}.{attribute}"
                        errors.append(ContentError(file, line_of(form, ("fields", index, attribute)) if source is None else 1,
                                                   where, str(error)))
    return errors

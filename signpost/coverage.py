"""How much of the content each language has translated, for editors."""
from __future__ import annotations

from signpost.models.base import translatable_fields
from signpost.portal import Portal


def translation_coverage(portal: Portal) -> dict[str, tuple[int, int]]:
    """For each non-default language: (translated fields, translatable fields), strings included."""
    collections = [portal.needs, portal.services, portal.team, portal.stories, portal.pathways, portal.news,
                   portal.notices, portal.quotes, portal.partners, portal.funding, portal.resources,
                   {"site": portal.site}]
    default = portal.default_language
    coverage = {}
    for lang in portal.languages:
        if lang == default:
            continue
        done = total = 0
        for items in collections:
            for item in items.values():
                for name in translatable_fields(type(item.data)):
                    if getattr(item.data, name) is None:
                        continue
                    total += 1
                    overlay = item.overlays.get(lang)
                    done += overlay is not None and getattr(overlay, name) is not None
        keys = portal.strings.get(default, {})
        total += len(keys)
        done += sum(key in portal.strings.get(lang, {}) for key in keys)
        coverage[lang] = (done, total)
    return coverage

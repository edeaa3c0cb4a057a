"""Turns a Portal into page files, one per page and language, for the site generator to build."""
from __future__ import annotations

from signpost.forms import pages as forms
from signpost.leaflets import pages as leaflets
from typing import Iterable, Iterator

from signpost.pages import (blocks, contact, directory, embed, finder, needs, news, partners, pathways, quotes, resources,
                            stories, team)
from signpost.portal import Portal
from signpost.rendering.page_file import PageFile

STEPS = (directory.pages, needs.pages, team.pages, stories.pages, pathways.pages, contact.pages,
         finder.pages, forms.pages, leaflets.pages, news.pages, partners.pages, resources.pages,
         embed.pages)
assert quotes and blocks  # imported for their template globals (sp_quotes, sp_impact)
WITH_PDFS = (pathways.pages, leaflets.pages)  # steps whose pages list the leaflet PDFs (leaflet_pdfs waits for them)


def generate_pages(portal: Portal) -> list[PageFile]:
    return list(iter_pages(portal))


def iter_pages(portal: Portal, languages: Iterable[str] | None = None, steps=STEPS) -> Iterator[PageFile]:
    """The pages one step and language at a time, for a writer that keeps none of them; `languages`
    (by default the portal's) and `steps` (by default every one, in order) narrow them."""
    languages = list(portal.languages if languages is None else languages)
    for step in steps:
        for lang in languages:
            yield from step(portal, lang)

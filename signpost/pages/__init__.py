"""Turns a Portal into page files, one per page and language, for the site generator to build."""
from __future__ import annotations

from signpost.forms import pages as forms
from signpost.leaflets import pages as leaflets
from typing import Iterator

from signpost.pages import (blocks, contact, directory, embed, finder, needs, news, partners, pathways, quotes, resources,
                            stories, team)
from signpost.portal import Portal
from signpost.rendering.page_file import PageFile

STEPS = (directory.pages, needs.pages, team.pages, stories.pages, pathways.pages, contact.pages,
         finder.pages, forms.pages, leaflets.pages, news.pages, partners.pages, resources.pages,
         embed.pages)
assert quotes and blocks  # imported for their template globals (sp_quotes, sp_impact)


def generate_pages(portal: Portal) -> list[PageFile]:
    return list(iter_pages(portal))


def iter_pages(portal: Portal) -> Iterator[PageFile]:
    """The pages one step and language at a time, for a writer that keeps none of them."""
    for step in STEPS:
        for lang in portal.languages:
            yield from step(portal, lang)

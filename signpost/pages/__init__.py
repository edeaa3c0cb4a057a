"""Turns a Portal into page files, one per page and language, for the site generator to build."""
from __future__ import annotations

from signpost.pages import contact, directory, needs, pathways, stories, team
from signpost.pages.page_file import PageFile
from signpost.portal import Portal

STEPS = (directory.pages, needs.pages, team.pages, stories.pages, pathways.pages, contact.pages)


def generate_pages(portal: Portal) -> list[PageFile]:
    return [page for step in STEPS for lang in portal.languages for page in step(portal, lang)]

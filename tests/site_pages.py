"""The pages of a built site, grouped by page type, so checks cover every template without naming it.

A page type is the page's path without its language folder, with an item's own folder as '*':
'ar/services/community-food-bank/' is of type 'services/*/' in Arabic. By default the checks take one
page of each type in each language; SIGNPOST_ALL_PAGES=1 (make test-all) takes every page."""
from __future__ import annotations

import os
from pathlib import Path

LANGUAGES = ("ar", "fr", "hi", "es")


def page_type(url: str) -> tuple[str, str]:
    """(type, language) of a site-relative URL such as 'ar/services/food-bank/'."""
    parts = [part for part in url.split("/") if part]
    lang = "en"
    if parts and parts[0] in LANGUAGES:
        lang, parts = parts[0], parts[1:]
    if len(parts) >= 3:  # the finder's filter pages: services/need/food/ is of type services/need/*/
        return f"{parts[0]}/{parts[1]}/*/", lang
    if len(parts) >= 2:
        return f"{parts[0]}/*/", lang
    return "".join(f"{part}/" for part in parts), lang


def is_frame(url: str) -> bool:
    """True for a frame of the service finder made for other sites ('embed/services/', 'ar/embed/...')."""
    return page_type(url)[0].startswith("embed/")


def all_pages(site: Path) -> list[str]:
    urls = []
    for path in sorted(site.rglob("index.html")):
        relative = path.parent.relative_to(site).as_posix()
        urls.append("" if relative == "." else f"{relative}/")
    return urls


def pages_to_check(site: Path) -> list[str]:
    urls = all_pages(site)
    if os.environ.get("SIGNPOST_ALL_PAGES") == "1":
        return urls
    chosen: dict[tuple[str, str], str] = {}
    for url in urls:
        chosen.setdefault(page_type(url), url)
    return sorted(chosen.values())

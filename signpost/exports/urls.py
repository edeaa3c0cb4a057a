"""Absolute addresses of a portal's pages, for data read off the site (exports, JSON-LD, calendars)."""
from __future__ import annotations

from signpost.pages.page_file import url_of
from signpost.portal import Portal


def page_url(portal: Portal, path: str, lang: str) -> str:
    """`services/food-bank.md` in Arabic -> "https://host/base/ar/services/food-bank/" (site.yml's `url`)."""
    prefix = "" if lang == portal.default_language else f"{lang}/"
    return f"{portal.site.data.url.rstrip('/')}/{prefix}{url_of(path)}"


def file_url(portal: Portal, path: str, lang: str) -> str:
    """A file written beside the pages: `calendars/food-bank.ics` -> "https://host/base/ar/calendars/food-bank.ics"."""
    prefix = "" if lang == portal.default_language else f"{lang}/"
    return f"{portal.site.data.url.rstrip('/')}/{prefix}{path}"

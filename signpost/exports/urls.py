"""Absolute addresses on the published site (site.yml's `url`), for data read off the site.

(No import of signpost.pages: the pages import the exports' JSON-LD, and packages must not import each other.)"""
from __future__ import annotations

from signpost.portal import Portal
from signpost.rendering.page_file import url_of


def site_url(portal: Portal, path: str, lang: str) -> str:
    """A site-relative path in `lang`'s folder, absolute: ("services/food-bank/", "ar") ->
    "https://host/base/ar/services/food-bank/"; files the same ("calendars/food-bank.ics")."""
    prefix = "" if lang == portal.default_language else f"{lang}/"
    return f"{portal.site.data.url.rstrip('/')}/{prefix}{path}"


def page_url(portal: Portal, path: str, lang: str) -> str:
    """A page's absolute address in `lang`, by its unsuffixed path: ("leaflets/x.md", "ar") ->
    "https://host/base/ar/leaflets/x/"."""
    return site_url(portal, url_of(path), lang)


def service_url(portal: Portal, service_id: str, lang: str) -> str:
    return site_url(portal, f"services/{service_id}/", lang)

"""The alternate-language links of a page for search engines: absolute addresses (from the site's
URL), one a language, and an x-default (the default language's page)."""
from __future__ import annotations

from urllib.parse import urljoin


def absolute_alternates(alternates: list[dict], site_url: str, default_lang: str) -> list[dict[str, str]]:
    """[{'lang', 'href'}] from the theme's language list ([{'lang', 'link'}], links relative to the site
    root or absolute paths), with 'x-default' last. Without a site URL, search engines cannot be
    given absolute addresses: no links then."""
    if not site_url:
        return []
    links = [{"lang": alt["lang"], "href": urljoin(site_url, alt["link"])} for alt in alternates]
    default = [link["href"] for link in links if link["lang"] == default_lang]
    return links + [{"lang": "x-default", "href": default[0]}] if default else links

"""What every page carries around its content: the footer links, in the reader's language."""
from __future__ import annotations

import html

from signpost.portal import Portal
from signpost.untranslated import interface_string

FOOTER = (("footer_contact", "contact/"), ("footer_privacy", "privacy/"), ("footer_accessibility", "accessibility/"))


def language_root(portal: Portal, lang: str) -> str:
    """Where a language's pages start on the site: '' for the default language, 'ar/' for Arabic."""
    return "" if lang == portal.default_language else f"{lang}/"


def site_name(portal: Portal, lang: str) -> str:
    """The site's name in the header and <title>, from site.yml so it is translated like the rest;
    escaped here because the theme prints it as it is."""
    return html.escape(portal.text(portal.site, "name", lang).text)


def quick_exit(portal: Portal, lang: str) -> dict[str, str]:
    return {
        "url": portal.site.data.quick_exit_url,
        "label": interface_string(portal, "quick_exit", lang),  # marked with its language if it falls back
        "hint": portal.string("quick_exit_hint", lang).text,
    }


def footer_links(portal: Portal, lang: str) -> list[tuple[str, str]]:
    """(label, site-relative URL) for each footer link."""
    return [(interface_string(portal, key, lang), language_root(portal, lang) + path) for key, path in FOOTER]

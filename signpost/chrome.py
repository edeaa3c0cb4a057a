"""What every page carries around its content: the quick exit, and the footer (who runs the service, how
to reach them, the footer links), in the reader's language."""
from __future__ import annotations

import html

from markupsafe import Markup

from signpost.portal import Portal
from signpost.text import direction, email_link, in_language, ltr, phone_link
from signpost.untranslated import interface_string

FOOTER = (("footer_contact", "contact/"), ("footer_privacy", "privacy/"), ("footer_accessibility", "accessibility/"))
# Interface strings the header and footer show as text (marked with their language when they fall back):
# the quick exit, the footer's links, the search box's label and its note for browsers without script.
SHOWN = ("quick_exit", *(key for key, _ in FOOTER), "search_label", "search_fallback")


def language_root(portal: Portal, lang: str) -> str:
    """Where a language's pages start on the site: '' for the default language, 'ar/' for Arabic."""
    return "" if lang == portal.default_language else f"{lang}/"


def site_name(portal: Portal, lang: str) -> str:
    """The site's name in the header and <title>, from site.yml so it is translated like the rest;
    escaped here because the theme prints it as it is."""
    return html.escape(portal.text(portal.site, "name", lang).text)


def site_name_marked(portal: Portal, lang: str) -> Markup:
    """The site's name for the header's text: marked with its own language when it falls back (the
    <title> and attributes cannot be marked; `signpost check` reports the fallback)."""
    localized = portal.text(portal.site, "name", lang)
    if not localized.fallback:
        return Markup.escape(localized.text)
    return Markup('<span lang="{}" dir="{}">{}</span>').format(localized.lang, direction(localized.lang), localized.text)


def site_description(portal: Portal, lang: str) -> str:
    """The <meta name="description"> of pages without their own: the site's tagline in `lang`
    (search engines show it under the site's name). Escaped, as the theme prints it as it is."""
    return html.escape(portal.text(portal.site, "tagline", lang).text)


def falls_back(portal: Portal, lang: str) -> bool:
    """Whether text the header or footer of every page shows in `lang` falls back to the default
    language (the site's name, an interface string): the page then says, once, that part of it is not
    translated, as it does for its content. The organisation and address are the team's own words in
    every language, by design, and do not count."""
    return portal.text(portal.site, "name", lang).fallback or any(portal.string(key, lang).fallback for key in SHOWN)


def quick_exit(portal: Portal, lang: str) -> dict[str, str]:
    return {
        "url": portal.site.data.quick_exit_url,
        "label": interface_string(portal, "quick_exit", lang),  # marked with its language if it falls back
        "hint": portal.string("quick_exit_hint", lang).text,
    }


def footer_links(portal: Portal, lang: str) -> list[tuple[str, str]]:
    """(label, site-relative URL) for each footer link."""
    return [(interface_string(portal, key, lang), language_root(portal, lang) + path) for key, path in FOOTER]


def footer_organisation(portal: Portal, lang: str) -> dict[str, Markup]:
    """Who runs the service and how to reach them, for the footer of every page: 'organisation' and
    'address' (marked as the default language's text on other languages' pages, since site.yml does not
    translate them), 'phone' and 'email' (tel: and mailto: links, isolated left to right); a key is
    absent when site.yml does not give it."""
    site = portal.site.data
    source = portal.default_language

    def untranslated(text: str) -> Markup:
        return in_language(text, source, lang)

    found = {"organisation": untranslated(site.organisation),
             "address": untranslated(site.address.address) + Markup(" ") + ltr(site.address.postcode)}
    if site.contact.phone:
        found["phone"] = phone_link(site.contact.phone)
    if site.contact.email:
        found["email"] = email_link(site.contact.email)
    return found

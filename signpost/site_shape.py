"""What the site generator must be told about a portal's shape, all of it from content/site.yml and the
content: the languages it offers, the address it is served from, and which sections have content.

So a team changes a language or the site's address in one place, and a section with nothing in it
(no forms, no stories) leaves the menu on its own."""
from __future__ import annotations

from urllib.parse import urlsplit

from babel import Locale, UnknownLocaleError

from signpost.portal import Portal


def language_name(code: str) -> str:
    """A language's name in itself, for the language switcher: 'ar' -> 'العربية', 'fr' -> 'Français'.
    An unknown code is returned as it is."""
    try:
        locale = Locale.parse(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return code
    name = locale.get_display_name(locale) or code
    return name[:1].upper() + name[1:]


def site_address(portal: Portal) -> str:
    """The site's public address with a trailing slash ('https://example.org/social-prescribing/')."""
    return str(portal.site.data.url).rstrip("/") + "/"


def site_path(portal: Portal) -> str:
    """The path the site is served under: '/' at a host's root, '/social-prescribing/' under a path."""
    return urlsplit(site_address(portal)).path or "/"


def sections(portal: Portal) -> dict[str, bool]:
    """Each generated section's folder ('stories/') and whether it has anything in it."""
    return {
        "services/": bool(portal.services),
        "needs/": bool(portal.needs),
        "team/": bool(portal.team),
        "stories/": bool(portal.stories),
        "pathways/": bool(portal.pathways),
        "forms/": bool(portal.forms),
        "leaflets/": bool(portal.leaflets or portal.leaflet_files),
    }

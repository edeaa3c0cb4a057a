"""What the site generator must be told about a portal's shape, all of it from content/site.yml and the
content: the languages it offers, the address it is served from, and which sections have content.

So a team changes a language or the site's address in one place, and a section with nothing in it
(no forms, no stories) leaves the menu on its own."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from babel import Locale, UnknownLocaleError

from signpost.errors import ContentError, display_path
from signpost.portal import Portal
from signpost.files import hand_written_pages

_PAGE_LANGUAGE = re.compile(r"\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.md$")


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
    """Each generated section's folder ('stories/') and whether it has anything in it. An empty one is left
    out of the menu; its listing is not generated at all (signpost/pages/), but for the team page's finder."""
    return {
        # The directory stays in the menu when it is empty: its page says that none are listed yet.
        "services/": True,
        "needs/": bool(portal.needs),
        "team/": bool(portal.team),
        "stories/": bool(portal.stories),
        "pathways/": bool(portal.pathways),
        "forms/": bool(portal.forms),
        "leaflets/": bool(portal.leaflets or portal.leaflet_files),
    }


def pages_not_built(docs: Path, portal: Portal) -> list[ContentError]:
    """One warning a language the site does not offer that hand-written pages (`privacy.fr.md`) are in:
    they are kept, and not built."""
    found: dict[str, list[Path]] = {}
    for path in hand_written_pages(docs):
        match = _PAGE_LANGUAGE.search(path.name)
        if match and match.group(1) not in portal.languages:
            found.setdefault(match.group(1), []).append(path)
    return [ContentError(display_path(paths[0], docs), 1, "", (
        f"'{lang}' is not built: it is not among the languages in site.yml ({', '.join(portal.languages)}); "
        f"{len(paths)} page{'s' if len(paths) != 1 else ''} in it, such as this one, kept"))
        for lang, paths in sorted(found.items())]

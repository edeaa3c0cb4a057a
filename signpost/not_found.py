"""The not-found page of each language: what happened, the way home, and every other language's home
(a host that serves one 404 page for the whole site serves the default language's)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup

from signpost.chrome import falls_back, language_root
from signpost.portal import Portal
from signpost.text import direction
from signpost.untranslated import interface_string, language_name, partial_notice

STRINGS = ("not_found_title", "not_found_text", "not_found_home", "not_found_other_languages")


def not_found(portal: Portal, lang: str, site_url: str) -> dict:
    """What overrides/404.html shows in `lang`. Links are absolute paths under site_url's path (a
    404 page is served at any address); the other languages' names are in their own language."""
    base = urlsplit(site_url).path.rstrip("/") + "/"
    fell_back = falls_back(portal, lang) or any(portal.string(key, lang).fallback for key in STRINGS)
    return {
        # Like every page, it says once that part of it is not translated (its words, header or footer).
        "notice": partial_notice(portal, lang) if fell_back else Markup(""),
        "title": interface_string(portal, "not_found_title", lang),
        "text": interface_string(portal, "not_found_text", lang),
        "home": base + language_root(portal, lang),
        "home_label": interface_string(portal, "not_found_home", lang),
        "languages_label": interface_string(portal, "not_found_other_languages", lang),
        "languages": [
            {"lang": other, "dir": direction(other), "url": base + language_root(portal, other),
             "name": language_name(other, other)[:1].upper() + language_name(other, other)[1:]}
            for other in portal.languages if other != lang
        ],
    }


def write_not_found_pages(portal: Portal, site: Path, pages: dict[str, str]) -> None:
    """Writes each language's not-found page (HTML by language) to its folder: site/ar/404.html, the
    default language's site/404.html (again: a language built in another process wrote its own there)."""
    for lang, page in pages.items():
        (Path(site) / language_root(portal, lang) / "404.html").write_text(page, encoding="utf-8")

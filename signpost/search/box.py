"""What the header's search box needs on a page: its words in the page's language, and links that
work from that page on any host path (the Pagefind bundle, the site root, the directory)."""
from __future__ import annotations

import posixpath

from signpost.chrome import language_root
from signpost.portal import Portal
from signpost.search.pagefind import BUNDLE
from signpost.untranslated import interface_string

STRINGS = ("search_label", "search_placeholder", "search_fallback", "search_results", "search_no_results",
           "search_loading", "search_failed", "search_close")


def relative(page_url: str, target: str) -> str:
    """A link from the page at site-relative `page_url` ('ar/services/x/') to `target` ('pagefind/')."""
    source = posixpath.dirname(page_url) if not page_url.endswith("/") else page_url.rstrip("/")
    link = posixpath.relpath("/" + target.rstrip("/"), "/" + source)  # absolute: no use of the cwd
    if target.endswith("/") or not target:
        return "./" if link == "." else f"{link}/"
    return link


def search_box(portal: Portal, lang: str, page_url: str) -> dict[str, str]:
    """The box's words (plain, for attributes; `label_text`, `fallback_text` as marked HTML) and links."""
    box = {key: portal.string(key, lang).text for key in STRINGS}
    box.update(
        # Shown as text, so marked with their language if they fall back (attributes cannot be).
        label_text=interface_string(portal, "search_label", lang),
        fallback_text=interface_string(portal, "search_fallback", lang),
        lang=lang,
        directory=relative(page_url, language_root(portal, lang) + "services/"),
        bundle=relative(page_url, f"{BUNDLE}/pagefind.js"),
        root=relative(page_url, ""),
    )
    return box

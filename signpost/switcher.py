"""Material's language switcher without its sitemap requests.

On every page, Material's script fetches `sitemap.xml` beside each alternate-language link, to map
the page to its translation when the reader switches: static-i18n writes only the root sitemap, so
those requests fail (404s, console errors), and on the home page one downloads the whole sitemap.
The switcher's links already lead to the page's own translation (static-i18n sets them), so the
lookup is not needed: the script's selector for those links is changed to match nothing."""
from __future__ import annotations

from pathlib import Path

SELECTOR = '"link[rel=alternate]"'
NOTHING = '"link[rel=alternate][data-sp-never]"'


class ThemeScriptError(RuntimeError):
    pass


def drop_sitemap_requests(site: Path) -> int:
    """Rewrites the theme's bundle under `site`/assets/javascripts; returns how many it rewrote.
    Raises ThemeScriptError when a bundle no longer holds the selector (a new Material version)."""
    rewritten = 0
    for bundle in sorted((Path(site) / "assets" / "javascripts").glob("bundle.*.min.js")):
        script = bundle.read_text(encoding="utf-8")
        if NOTHING in script:
            continue
        if script.count(SELECTOR) != 1:
            raise ThemeScriptError(f"{bundle}: expected Material's alternate-link selector {SELECTOR} once, "
                                   f"found it {script.count(SELECTOR)} times; update signpost/switcher.py")
        bundle.write_text(script.replace(SELECTOR, NOTHING), encoding="utf-8")
        rewritten += 1
    return rewritten

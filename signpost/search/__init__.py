"""Search and the service finder: static, per language, with no server.

- `facets`: the finder's filters (need, area, language spoken, cost, who can refer, delivery, access)
  and the library's own filtering of the Portal, which the browser's finder must agree with;
- `finder_data`: the small JSON per language that the finder filters in the browser;
- `pagefind`: one Pagefind index per language (from each page's `<html lang>`), made from the built
  pages of that language and merged into one bundle;
- `qr`: QR codes (SVG) of service pages, for printed "social prescription" sheets;
- `box`: what the header's search box needs on each page.

`build_search(portal, site)` makes both once every language is built; a build using two processes
indexes each language as it is built instead (`search_roots`, `pagefind.SiteIndexes`)."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from signpost.chrome import language_root
from signpost.numbers import counted
from signpost.portal import Portal
from signpost.search.finder_data import write_finder_data
from signpost.search.pagefind import PagefindResult, index_site


@dataclass(frozen=True)
class SearchBuild:
    pagefind: PagefindResult
    finder_files: dict[str, int]  # site-relative path -> bytes

    def summary(self) -> str:
        finder = sum(self.finder_files.values())
        return (f"search: {counted(self.pagefind.pages, 'page')} indexed in {counted(len(self.pagefind.languages), 'language')} "
                f"({', '.join(self.pagefind.languages)}; pages with nothing of their own to search, such as the "
                f"finder's filters and 404, are left out); finder data {counted(finder, 'byte')} in "
                f"{counted(len(self.finder_files), 'file')}")


def search_roots(portal: Portal) -> dict[str, str]:
    """Each language's folder on the site, as Pagefind is given them: {'en': '', 'ar': 'ar/', ...}."""
    return {lang: language_root(portal, lang) for lang in portal.languages}


def build_search(portal: Portal, site: Path, stop: threading.Event | None = None) -> SearchBuild:
    """Writes the finder's data for every language, then indexes the built site with Pagefind.
    `stop`, once set, ends the indexing (pagefind.PagefindStopped)."""
    finder_files = write_finder_data(portal, Path(site))
    return SearchBuild(index_site(Path(site), search_roots(portal), stop), finder_files)

"""Search and the service finder: static, per language, with no server.

- `facets`: the finder's filters (need, area, language spoken, cost, who can refer, delivery, access)
  and the library's own filtering of the Portal, which the browser's finder must agree with;
- `finder_data`: the small JSON per language that the finder filters in the browser;
- `pagefind`: one Pagefind index per language (from each page's `<html lang>`), built on the site;
- `qr`: QR codes (SVG) of service pages, for printed "social prescription" sheets;
- `box`: what the header's search box needs on each page.

`build_search(portal, site)` runs once, after every language is built."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from signpost.numbers import counted
from signpost.portal import Portal
from signpost.search.finder_data import write_finder_data
from signpost.search.pagefind import PagefindResult, run_pagefind


@dataclass(frozen=True)
class SearchBuild:
    pagefind: PagefindResult
    finder_files: dict[str, int]  # site-relative path -> bytes

    def summary(self) -> str:
        finder = sum(self.finder_files.values())
        return (f"search: {counted(self.pagefind.pages, 'page')} indexed in {counted(len(self.pagefind.languages), 'language')} "
                f"({', '.join(self.pagefind.languages)}); finder data {counted(finder, 'byte')} in "
                f"{counted(len(self.finder_files), 'file')}")


def build_search(portal: Portal, site: Path) -> SearchBuild:
    """Writes the finder's data for every language, then indexes the built site with Pagefind."""
    finder_files = write_finder_data(portal, Path(site))
    return SearchBuild(run_pagefind(Path(site)), finder_files)

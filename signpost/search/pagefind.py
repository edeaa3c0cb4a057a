"""Indexes the built site with Pagefind, once, after every language is built.

Pagefind reads each page's `<html lang>` and writes one index per language (with that language's
stemming), so a reader searching Arabic pages gets Arabic pages only. Only the content marked
`data-pagefind-body` is indexed (the page's own content, not the header, navigation or footer); pages
without it (the finder's filter pages, the shortlist, 404) are left out. The bundle goes to
`pagefind/` at the site root; the site's own search box (overrides/assets/search.js) uses its JS API,
so Pagefind's ready-made interfaces, which the site does not load, are removed. Each language's word
index is then split again into chunks of the size Pagefind means (signpost.search.index_chunks: in
Hindi, Pagefind 1.5 left most of the index in one chunk that every first query downloaded)."""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from signpost.search.index_chunks import rechunk

BUNDLE = "pagefind"
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


class PagefindError(RuntimeError):
    pass


@dataclass(frozen=True)
class PagefindResult:
    pages: int
    languages: tuple[str, ...]
    output: str


def executable() -> Path:
    from pagefind_bin import get_executable  # the binary shipped in the pagefind-bin wheel

    return get_executable()


def run_pagefind(site: Path) -> PagefindResult:
    site = Path(site)
    result = subprocess.run(
        [str(executable()), "--site", str(site), "--output-subdir", BUNDLE],
        capture_output=True, text=True, timeout=600,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise PagefindError(f"Pagefind failed (exit {result.returncode}):\n{output}")
    for name in UNUSED:
        (site / BUNDLE / name).unlink(missing_ok=True)
    rechunk(site / BUNDLE)  # also writes the entry file with its languages sorted
    pages = re.search(r"Indexed (\d+) pages", output)
    languages = re.search(r"Discovered \d+ languages?: ([^\n]+)", output)
    return PagefindResult(
        pages=int(pages.group(1)) if pages else 0,
        languages=tuple(sorted(part.strip() for part in languages.group(1).split(","))) if languages else (),
        output=output,
    )

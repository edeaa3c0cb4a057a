"""Writes the page files under docs/generated/, only those whose bytes change (signpost.rendering.files)."""
from __future__ import annotations

from itertools import chain
from pathlib import Path
from typing import Callable, Iterable

from signpost.cache import cache_for
from signpost.errors import ContentErrors
from signpost.pages import STEPS, WITH_PDFS, iter_pages
from signpost.parallel import ForkedWork
from signpost.portal import Portal
from signpost.rendering.files import remove_stale, write_changed
from signpost.rendering.page_file import PageFile

PAGES = "**/*.md"  # what write_pages makes under its folder: any other such file is stale


def write_pages(pages: Iterable[PageFile], folder: Path) -> int:
    """Writes the pages as they come (a generator's pages are never all in memory); how many changed."""
    return write_changed(((page.path, page.text.encode("utf-8")) for page in pages), folder, PAGES)


def write_counted(pages: Iterable[PageFile], folder: Path) -> tuple[int, int]:
    """write_pages, and how many pages there were: (pages, changed)."""
    written = _written(pages, folder, PAGES)
    return written["count"], written["changed"]


def write_counted_in_two(portal: Portal, folder: Path, forked: Callable[[], None] = lambda: None) -> tuple[int, int]:
    """write_counted(iter_pages(portal), folder), the work shared with a forked copy of this process
    (signpost.parallel), which generates every other language's pages meanwhile, but for those that wait
    for the leaflet PDFs (made here, where the PDFs are): the same files, in about half the time on two
    cores. A fork is safe only while no other thread runs: `forked()` is called once the copy is made,
    to start threads (the PDF workers) there. The copy's cache entries (QR codes) are taken into this
    process's cache (signpost.cache.cache_for), which the caller saves. ContentErrors if a page's content
    is refused in either process; ForkedWorkFailed, with its message, if the copy failed otherwise."""
    mine, theirs = portal.languages[0::2], portal.languages[1::2]
    if not theirs:
        forked()
        return write_counted(iter_pages(portal), folder)
    elsewhere = ForkedWork(lambda: _their_pages(portal, theirs, folder))
    try:
        forked()
        written = _written(chain(iter_pages(portal, mine), iter_pages(portal, theirs, WITH_PDFS)), folder)
        done = elsewhere.result()
    except BaseException:
        elsewhere.stop()
        raise
    if "errors" in done:
        raise ContentErrors(done["errors"])
    cache_for(portal.root).take_in(done["cache"])
    names = written["names"] | done["names"]
    return written["count"] + done["count"], written["changed"] + done["changed"] + remove_stale(folder, PAGES, names)


def _written(pages: Iterable[PageFile], folder: Path, produced: str | None = None) -> dict:
    # The pages written, their names and how many; stale pages removed only with `produced` (with two
    # processes writing, neither knows alone which are stale).
    names: set[str] = set()
    count = 0

    def named():
        nonlocal count
        for page in pages:
            count += 1
            names.add(page.path)
            yield page.path, page.text.encode("utf-8")
    changed = write_changed(named(), folder, produced)
    return {"names": names, "count": count, "changed": changed}


def _their_pages(portal: Portal, languages: list[str], folder: Path) -> dict:
    # In the forked copy: its result goes back pickled (ContentErrors as their list, kept whole).
    try:
        written = _written(iter_pages(portal, languages, tuple(step for step in STEPS if step not in WITH_PDFS)), folder)
    except ContentErrors as errors:
        return {"errors": errors.errors}
    return {**written, "cache": cache_for(portal.root).shared()}

"""Writes the page files under docs/generated/, only those whose bytes change (signpost.rendering.files)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from signpost.rendering.files import write_changed
from signpost.rendering.page_file import PageFile


def write_pages(pages: Iterable[PageFile], folder: Path) -> int:
    """Writes the pages as they come (a generator's pages are never all in memory); how many changed."""
    return write_changed(((page.path, page.text.encode("utf-8")) for page in pages), folder, "**/*.md")


def write_counted(pages: Iterable[PageFile], folder: Path) -> tuple[int, int]:
    """write_pages, and how many pages there were: (pages, changed)."""
    count = 0

    def counting():
        nonlocal count
        for page in pages:
            count += 1
            yield page
    changed = write_pages(counting(), folder)
    return count, changed

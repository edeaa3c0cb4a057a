"""Writes the page files under docs/generated/, only those whose bytes change (signpost.rendering.files)."""
from __future__ import annotations

from pathlib import Path

from signpost.rendering.files import write_changed
from signpost.rendering.page_file import PageFile


def write_pages(pages: list[PageFile], folder: Path) -> int:
    return write_changed({page.path: page.text.encode("utf-8") for page in pages}, folder, "**/*.md")

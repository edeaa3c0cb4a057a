"""Writes page files only when their bytes change, so `mkdocs serve` does not reload in a loop."""
from __future__ import annotations

from pathlib import Path

from signpost.pages.page_file import PageFile


def write_pages(pages: list[PageFile], folder: Path) -> int:
    """Writes changed pages, removes pages no longer generated, and returns how many files changed."""
    changed = 0
    wanted = set()
    for page in pages:
        target = folder / page.path
        wanted.add(target)
        data = page.text.encode("utf-8")
        if target.exists() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        changed += 1
    if folder.exists():
        for stale in folder.rglob("*.md"):
            if stale not in wanted:
                stale.unlink()
                changed += 1
    return changed

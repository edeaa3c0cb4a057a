"""Checks that run on a loaded Portal: rules that need today's date, or look across a whole text.

Each check returns ContentErrors naming file, line and field; the caller decides which stop the
build (consent, personal details) and which are warnings (freshness).
"""
from __future__ import annotations

from signpost.portal import Item


def line_of(item: Item, path: tuple) -> int:
    """The line of `path` in the item's own file, or of its nearest recorded parent."""
    while path and path not in item.lines:
        path = path[:-1]
    return item.lines.get(path, 1)


def all_items(portal) -> list[Item]:
    """Every item of every collection of the portal (services, stories, ... and any kind added later)."""
    return [item for value in vars(portal).values() if isinstance(value, dict)
            for item in value.values() if isinstance(item, Item)]

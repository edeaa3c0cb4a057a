"""Dates that cannot be right on the day of the build: a review that has not happened yet."""
from __future__ import annotations

import datetime

from signpost.checks import all_items, line_of
from signpost.errors import ContentError
from signpost.portal import Portal
from signpost.source import Document


def future_reviews(portal: Portal, today: datetime.date, refused: list[Document] = ()) -> list[ContentError]:
    """An error for each item whose `reviewed:` date is after `today` (a typo in the year, usually),
    and for each file a model `refused` for another field's error (so one error hides no other)."""
    found = [(item.file, line_of(item, ("reviewed",)), getattr(item.data, "reviewed", None)) for item in all_items(portal)]
    found += [(document.file, document.line_of(("reviewed",)), _date(document.data)) for document in refused]
    return [ContentError(file, line, "reviewed",
                         f"expected the date the item was last checked, on or before today ({today.isoformat()}), "
                         f"found {reviewed.isoformat()}, which is in the future")
            for file, line, reviewed in found if isinstance(reviewed, datetime.date) and reviewed > today]


def _date(data: object) -> datetime.date | None:
    # A refused file's `reviewed:` as YAML read it: a date, or text in the same form.
    value = data.get("reviewed") if isinstance(data, dict) else None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None

"""Dates that cannot be right on the day of the build: a review that has not happened yet."""
from __future__ import annotations

import datetime

from signpost.checks import all_items, line_of
from signpost.errors import ContentError
from signpost.portal import Portal


def future_reviews(portal: Portal, today: datetime.date) -> list[ContentError]:
    """An error for each item whose `reviewed:` date is after `today` (a typo in the year, usually)."""
    errors: list[ContentError] = []
    for item in all_items(portal):
        reviewed = getattr(item.data, "reviewed", None)
        if isinstance(reviewed, datetime.date) and reviewed > today:
            errors.append(ContentError(
                item.file, line_of(item, ("reviewed",)), "reviewed",
                f"expected the date the item was last checked, on or before today ({today.isoformat()}), "
                f"found {reviewed.isoformat()}, which is in the future"))
    return errors

"""Warnings for services and stories whose last review is older than the site's limit."""
from __future__ import annotations

import calendar
import datetime

from signpost.checks import line_of
from signpost.errors import ContentError
from signpost.portal import Portal


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` calendar months earlier, clamped to the month's end (31 March -> 28 or 29 Feb)."""
    year, month_index = divmod(day.year * 12 + day.month - 1 - months, 12)
    month = month_index + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def stale_items(portal: Portal, today: datetime.date) -> list[ContentError]:
    """A warning for each service and story reviewed before the site's review limit, counted back from today."""
    months = portal.site.data.review_limit_months
    oldest_fresh = months_before(today, months)
    unit = "month" if months == 1 else "months"
    warnings: list[ContentError] = []
    for item in [*portal.services.values(), *portal.stories.values()]:
        reviewed = item.data.reviewed
        if reviewed < oldest_fresh:
            warnings.append(ContentError(
                item.file, line_of(item, ("reviewed",)), "reviewed",
                f"reviewed {reviewed.isoformat()}, more than {months} {unit} ago; "
                "check it is still right and update reviewed:",
            ))
    return warnings

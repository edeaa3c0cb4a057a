"""Consent rules that depend on today's date; the model already requires the record and its scope."""
from __future__ import annotations

import datetime

from signpost.checks import line_of
from signpost.errors import ContentError
from signpost.portal import Portal


def check_consent(portal: Portal, today: datetime.date) -> list[ContentError]:
    errors: list[ContentError] = []
    for story in portal.stories.values():
        consent = story.data.consent
        if consent.given > today:
            errors.append(ContentError(
                story.file, line_of(story, ("consent", "given")), "consent.given",
                f"expected the date the person gave consent, on or before today ({today.isoformat()}), "
                f"found {consent.given.isoformat()}",
            ))
        if consent.review < today:
            errors.append(ContentError(
                story.file, line_of(story, ("consent", "review")), "consent.review",
                f"consent expired: its review date {consent.review.isoformat()} is before today "
                f"({today.isoformat()}); consent must be renewed with the person, and consent.review "
                "set to the next review date, before the story is published again",
            ))
    return errors

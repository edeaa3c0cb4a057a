"""Consent rules that depend on today's date or on the leaflets; the model already requires the record."""
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
    errors += _print_consent(portal)
    return errors


def _print_consent(portal: Portal) -> list[ContentError]:
    """A story printed in a leaflet needs consent covering print; the error names the leaflet."""
    printed_in = [item for item in portal.leaflets.values() if "stories" in item.data.sections]
    if not printed_in:
        return []
    leaflets = ", ".join(f"{item.file}" for item in printed_in)
    return [
        ContentError(story.file, line_of(story, ("consent", "scope")), "consent.scope",
                     f"expected consent covering print, because the leaflet {leaflets} includes stories; "
                     f"found [{', '.join(story.data.consent.scope)}] (record print consent, or take "
                     "'stories' out of the leaflet's sections)")
        for story in portal.stories.values() if "print" not in story.data.consent.scope
    ]

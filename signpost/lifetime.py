"""Time-limited content (services with `starts`/`ends`, notices, news, funding deadlines), judged against
the build date: the day the site is built, in the UK, so an ended notice leaves the site at the next
build (a daily scheduled build keeps it on time) and the preview and the published site agree. Tests and
anyone who needs two builds to be identical pin it with SIGNPOST_BUILD_DATE."""
from __future__ import annotations

import datetime
import os
from typing import Mapping, Optional
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")
ENDING_SOON = datetime.timedelta(days=28)  # a scheme ending within four weeks says so


def build_date(environ: Mapping[str, str] = os.environ) -> datetime.date:
    """The date the site is built for: SIGNPOST_BUILD_DATE (YYYY-MM-DD) when set, otherwise today in
    Europe/London. Not the last commit's date (SOURCE_DATE_EPOCH): a notice must leave the site on the
    day it ends, though nothing was committed since. Raises ValueError for a value that is not a date."""
    pinned = environ.get("SIGNPOST_BUILD_DATE", "").strip()
    if not pinned:
        return datetime.datetime.now(UK).date()
    try:
        return datetime.date.fromisoformat(pinned)
    except ValueError:
        raise ValueError(f"SIGNPOST_BUILD_DATE: expected a date written YYYY-MM-DD, found {pinned!r}") from None


def has_ended(ends: Optional[datetime.date], on: datetime.date) -> bool:
    return ends is not None and ends < on


def ending_soon(ends: Optional[datetime.date], on: datetime.date) -> bool:
    return ends is not None and on <= ends <= on + ENDING_SOON


def not_started(starts: Optional[datetime.date], on: datetime.date) -> bool:
    return starts is not None and starts > on

"""Time-limited content (services with `starts`/`ends`, and later kinds such as notices and funding),
judged against the build date, never the clock, so two builds of one commit are identical."""
from __future__ import annotations

import datetime
import os
from typing import Mapping, Optional

ENDING_SOON = datetime.timedelta(days=28)  # a scheme ending within four weeks says so


def build_date(environ: Mapping[str, str] = os.environ) -> datetime.date:
    """The date the site is built for: SOURCE_DATE_EPOCH (seconds, UTC) when set, as `make` sets it
    from the last commit; otherwise today. Raises ValueError for a value that is not a whole number."""
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return datetime.date.today()
    return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc).date()


def has_ended(ends: Optional[datetime.date], on: datetime.date) -> bool:
    return ends is not None and ends < on


def ending_soon(ends: Optional[datetime.date], on: datetime.date) -> bool:
    return ends is not None and on <= ends <= on + ENDING_SOON


def not_started(starts: Optional[datetime.date], on: datetime.date) -> bool:
    return starts is not None and starts > on

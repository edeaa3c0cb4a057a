"""content/notices/ID.yml: a time-limited message (a closure, a changed number, a new service)."""
from __future__ import annotations

from typing import Literal

from signpost.models.base import Date, Model, TText, cross_field

Severity = Literal["info", "warning", "urgent"]
Placement = Literal["home", "every-page"]


class Notice(Model):
    """Shown from `starts` to `ends` (both included, judged by the build date) on the home page or on
    every page; gone after it ends. `message` is Markdown."""

    message: TText
    starts: Date
    ends: Date
    severity: Severity = "info"
    show_on: Placement = "home"

    @cross_field("starts", "ends")
    def _ends_after_start(self):
        if self.ends < self.starts:
            raise ValueError(f"ends: expected a date on or after starts ({self.starts.isoformat()}), "
                             f"found {self.ends.isoformat()}")
        return self

"""Data read off the site by other systems, made from the portal alone, so a build may write it while
its pages are built.

- `openreferral`: the Open Referral UK (HSDS 3.0) export under `openreferral/`;
- `calendars`: iCalendar feeds of services' sessions, per language;
- `jsonld`: schema.org JSON-LD for each service page (rendered into the page, not written here);
- `ids`, `urls`: stable UUIDs and absolute addresses shared by them."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from signpost.exports.calendars import write_calendars
from signpost.exports.openreferral import write_openreferral
from signpost.numbers import counted
from signpost.portal import Portal


@dataclass(frozen=True)
class Exports:
    openreferral: dict[str, int]  # site-relative path -> bytes
    calendars: dict[str, int]

    def summary(self) -> str:
        return (f"exports: Open Referral UK {counted(len(self.openreferral), 'file')} "
                f"({counted(sum(self.openreferral.values()), 'byte')}); {counted(len(self.calendars), 'calendar feed')}")


def write_exports(portal: Portal, site: Path) -> Exports:
    """Writes the Open Referral UK export and the calendar feeds into the built site."""
    return Exports(write_openreferral(portal, Path(site)), write_calendars(portal, Path(site)))

"""Data read off the site by other systems: made from the portal alone (so a build may make them
beside its pages, signpost.parallel), written into the site once every language is built.

- `openreferral`: the Open Referral UK (HSDS 3.0) export under `openreferral/`;
- `calendars`: iCalendar feeds of services' sessions, per language;
- `jsonld`: schema.org JSON-LD for each service page (rendered into the page, not written here);
- `ids`, `urls`: stable UUIDs and absolute addresses shared by them."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from signpost.exports.calendars import calendar_files
from signpost.exports.openreferral import openreferral_files
from signpost.files import write_files
from signpost.numbers import counted
from signpost.portal import Portal


@dataclass(frozen=True)
class Exports:
    openreferral: dict[str, bytes]  # site-relative path -> the file
    calendars: dict[str, bytes]

    def write(self, site: Path) -> None:
        write_files({**self.openreferral, **self.calendars}, Path(site))

    def summary(self) -> str:
        size = sum(len(data) for data in self.openreferral.values())
        return (f"exports: Open Referral UK {counted(len(self.openreferral), 'file')} "
                f"({counted(size, 'byte')}); {counted(len(self.calendars), 'calendar feed')}")


def make_exports(portal: Portal) -> Exports:
    """The Open Referral UK export and the calendar feeds, not yet written."""
    return Exports(openreferral_files(portal), calendar_files(portal))


def write_exports(portal: Portal, site: Path) -> Exports:
    """Writes the Open Referral UK export and the calendar feeds into the built site."""
    exports = make_exports(portal)
    exports.write(site)
    return exports

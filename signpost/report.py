"""The build report: what an editor should know after a build, written beside the site."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from signpost.errors import ContentError
from signpost.links import LinkReport
from signpost.numbers import counted


@dataclass
class BuildReport:
    links: LinkReport
    warnings: list[ContentError] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.links.broken)

    def summary(self) -> str:
        return (f"Signpost build report: {counted(self.links.pages, 'page')} checked (every page built, hand-written "
                f"and generated, in every language), "
                f"{counted(len(self.links.broken), 'broken link')}, "
                f"{counted(len(self.links.external), 'external link')} (listed, not fetched), "
                f"{counted(len(self.warnings), 'warning')}")

    def text(self) -> str:
        lines = [self.summary(), ""]
        if self.links.broken:
            lines += ["Broken links (the build fails until they are fixed):"]
            lines += [f"  {broken}" for broken in self.links.broken] + [""]
        if self.warnings:
            lines += ["Warnings:"] + [f"  {warning}" for warning in sorted(self.warnings)] + [""]
        lines += ["External links:"]
        for url, pages in sorted(self.links.external.items()):
            lines.append(f"  {url}  (from {len(pages)} page{'s' if len(pages) != 1 else ''}, e.g. {min(pages)})")
        return "\n".join(lines) + "\n"

    def write(self, path: Path) -> None:
        path.write_text(self.text(), encoding="utf-8")

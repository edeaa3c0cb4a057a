"""Content errors: each names file, line, field, and what was expected against what was found."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class ContentError:
    file: str
    line: int
    field: str
    message: str
    column: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" + (f":{self.column}" if self.column else "")
        subject = f" {self.field}:" if self.field else ""
        return f"{where}:{subject} {self.message}"


@dataclass
class ContentErrors(Exception):
    """Every content error of one load, raised together so an editor sees them all at once."""

    errors: list[ContentError] = field(default_factory=list)

    def __str__(self) -> str:
        return format_report(self.errors)

    def text(self, outcome: str) -> str:
        """The report with what became of the build in its first line, in place of "nothing was built"
        (a preview server keeps showing the last good content)."""
        return format_report(self.errors, outcome)


def format_report(errors: list[ContentError], outcome: str = "nothing was built") -> str:
    """'Signpost found 2 content errors; nothing was built:', then one line an error, sorted by file and line."""
    count = len(errors)
    noun = "error" if count == 1 else "errors"
    lines = [f"Signpost found {count} content {noun}; {outcome}:"]
    lines += [f"  {error}" for error in sorted(errors)]
    return "\n".join(lines)


def display_path(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return path.as_posix()


def found(value: object) -> str:
    """A short rendering of what the editor wrote, for 'found ...' in a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."

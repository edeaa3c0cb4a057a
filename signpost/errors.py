"""Content errors: each names file, line, field, and what was expected against what was found."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml


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
    """What the editor wrote, as YAML shows it, for 'found ...' in a message: text in quotes ('Free'),
    a list or mapping in YAML's short form with what it is (a list [a, b]), a yes/no value as true or
    false, an empty value as nothing. Never Python's notation (None, True, ['a', 'b'],
    datetime.date(...)), which an editor did not write."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"{'true' if value else 'false'} (a yes/no value)"
    kind = "a list " if isinstance(value, (list, tuple)) else "a mapping " if isinstance(value, dict) else ""
    return kind + written(value)


def written(value: object) -> str:
    """`value` in YAML's short form, text in quotes, cut to at most 60 characters: '10:00', [tue, wed],
    {opens: '10:00'}, 2026-10-01."""
    if value == "":
        return "empty text"
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value):
        return value  # a number as the editor wrote it (YAML's text, before it was read as a number)
    if isinstance(value, str):
        text = repr(value)
    else:
        try:
            text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6)
        except yaml.YAMLError:  # (not from YAML: a value a check made)
            text = str(value)
        text = text.strip().removesuffix("\n...").strip()
    return text if len(text) <= 60 else text[:57] + "..."

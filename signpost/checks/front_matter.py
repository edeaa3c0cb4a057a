"""Checks the front matter (`---` ... `---` at the top) of the hand-written pages in docs/.

MkDocs shows a front matter block it cannot read as page text, without a word; this reads it as the
content files are read, so a mistake is reported with file and line by `signpost check` and the build.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

from signpost.errors import ContentError, display_path, found
from signpost.source import parse_text
from signpost.files import hand_written_pages

_OPEN = re.compile(r"^-{3}[ \t]*$")
_CLOSE = re.compile(r"^(?:-{3}|\.{3})[ \t]*$")  # MkDocs ends the block at '---' or '...'
TEXT_KEYS = ("title", "description")
# What MkDocs and Material read from a page's front matter; anything else is a typo (`titel:`) that
# MkDocs would ignore without a word.
KNOWN_KEYS = (*TEXT_KEYS, "template", "hide", "search", "icon", "status", "subtitle", "tags")


def check_front_matter(docs: Path, root: Path) -> list[ContentError]:
    """Errors in the front matter of every docs/**/*.md except generated pages; files are named
    relative to `root`'s parent, like content files."""
    errors: list[ContentError] = []
    if not docs.is_dir():
        return errors
    for path in hand_written_pages(docs):
        errors += front_matter_errors(path.read_text(encoding="utf-8", errors="replace"), display_path(path, root))
    return errors


def opens_front_matter(lines: list[str]) -> bool:
    """True when a page's first line opens a front matter block ('---')."""
    return bool(lines) and bool(_OPEN.match(lines[0]))


def front_matter_end(lines: list[str]) -> int | None:
    """The index of the line that closes the front matter opened by the first line ('---' or '...', as MkDocs
    reads it), or None when it is never closed."""
    return next((number for number in range(1, len(lines)) if _CLOSE.match(lines[number])), None)


def front_matter_errors(text: str, file: str) -> list[ContentError]:
    lines = text.split("\n")
    if not opens_front_matter(lines):
        return []
    end = front_matter_end(lines)
    if end is None:
        return [ContentError(file, 1, "", "front matter opened here with '---' is never closed: expected a line "
                                          "'---' after its last field (MkDocs would show it as page text)")]
    document, errors = parse_text("\n".join(lines[1:end]) + "\n", file, first_line=2)
    if document is None:
        return errors
    if not isinstance(document.data, dict):
        return errors + [ContentError(file, 2, "", f"expected front matter fields (title: ...), found {found(document.data)}")]
    for key in document.data:
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(str(key), KNOWN_KEYS, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            errors.append(ContentError(file, document.line_of((key,)), str(key),
                                       f"unknown front matter field: {hint}expected one of: {', '.join(KNOWN_KEYS)}"))
    for key in TEXT_KEYS:
        value = document.data.get(key)
        if key in document.data and (not isinstance(value, str) or not value.strip()):
            errors.append(ContentError(file, document.line_of((key,)), key, f"expected text, found {found(value)}"))
    return errors

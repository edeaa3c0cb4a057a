"""Warnings for a field indented into the text above it, so published as text and never set.

    description: |
      A weekly garden club.
      who_for: Anyone aged 16 or over.      <- indented: part of the description, not the field

YAML reads the indented line as more of the block of text (`|` or `>`): the file is valid, the page shows
"who_for: Anyone..." inside the description, and "Who it is for" is missing. Only a line that names a
field of the same file which the file does not set is reported, so text that happens to hold a colon
("Note: bring boots") is not."""
from __future__ import annotations

import re

from pydantic import BaseModel

from signpost.errors import ContentError
from signpost.source import Document

_FIELD_LINE = re.compile(r"^\s*([a-z][a-z0-9_]*):(\s|$)")


def fields_in_text(model: type[BaseModel], document: Document) -> list[ContentError]:
    """One warning for each line of a top-level text of `document` that reads as a field of `model`
    the document does not set, with the line it is on."""
    if not isinstance(document.data, dict):
        return []
    warnings = []
    for key, value in document.data.items():
        if not isinstance(value, str) or "\n" not in value.rstrip("\n"):
            continue
        start = document.line_of((key,))
        for offset, line in enumerate(value.splitlines(), start=1):
            match = _FIELD_LINE.match(line)
            name = match.group(1) if match else None
            if name and name != key and name in model.model_fields and name not in document.data:
                warnings.append(ContentError(document.file, start + offset, key, (
                    f"'{line.strip()[:40]}' is indented into {key}'s text, so it is published as text and "
                    f"{name} is not set; if it is the field, start it at the beginning of its line, as {key}: is")))
    return warnings

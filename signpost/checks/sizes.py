"""Size limits for text fields, set well above what any real service writes, so that a pasted
document or a runaway file is stopped with the limit it hit instead of published.

Limits are characters (not bytes), by the field's name wherever it appears in a file.
"""
from __future__ import annotations

from signpost.errors import ContentError
from signpost.source import Document, dotted

# Prose an editor writes paragraphs of: about 3,000 words.
LONG_TEXT = 20_000
LONG_FIELDS = frozenset({"description", "body", "bio", "intro", "text", "how_to_access", "who_for", "next_steps"})
# Names and headings: a line, never a paragraph.
SHORT_TEXT = 300
SHORT_FIELDS = frozenset({"name", "title", "label", "pseudonym", "organisation", "tagline", "phone", "email",
                          "website", "url", "endpoint", "postcode", "photo", "id", "scheme", "code"})
# Everything else (a summary, a step, a hint): about 800 words.
OTHER_TEXT = 5_000


def limit_for(path: tuple) -> int:
    """The character limit of the value at `path`, by the nearest field name in it."""
    name = next((part for part in reversed(path) if isinstance(part, str)), "")
    if name in LONG_FIELDS:
        return LONG_TEXT
    if name in SHORT_FIELDS:
        return SHORT_TEXT
    return OTHER_TEXT


def oversized(document: Document) -> list[ContentError]:
    """An error for each text value longer than its field's limit, naming the limit."""
    errors: list[ContentError] = []
    # `scalars` holds every text value's length; only one longer than the smallest limit needs a look.
    for path, (_, _, _, length) in document.scalars.items():
        if length > SHORT_TEXT and length > limit_for(path):
            limit = limit_for(path)
            name = next((part for part in reversed(path) if isinstance(part, str)), "text")
            errors.append(ContentError(
                document.file, document.line_of(path), dotted(path),
                f"the text is {length:,} characters long; the limit for {name} is {limit:,} characters "
                f"(about {limit // 6:,} words): shorten it, or put the rest on a page of its own and link to it"))
    return errors

"""Links written in the content's texts to an item's page (`[the café](../../services/carers-cafe/)`),
checked against the items that get a page: a service that has ended or an id mistyped is reported at
the file, line and field where the link was written, not as a broken link in a built page."""
from __future__ import annotations

import difflib
import re

from signpost.checks import all_items, line_of
from signpost.errors import ContentError
from signpost.models.base import translatable_fields
from signpost.portal import Portal

_LINK = re.compile(r"\]\(\s*(?:\.\./|\./)*(services|needs|stories|news|pathways)/([^/)#\s]+)/?(?:#[^)\s]*)?\s*\)")


def check_page_links(portal: Portal) -> list[ContentError]:
    """An error for each link in a translatable text (any language) to an item page that is not built."""
    errors: list[ContentError] = []
    for item in all_items(portal):
        if portal.ended_services.get(item.id) is item:
            continue  # not published: its links reach no reader
        for field in translatable_fields(type(item.data)):
            for lang, source in [(portal.default_language, item.data), *item.overlays.items()]:
                value = getattr(source, field, None)
                for text in value if isinstance(value, list) else [value]:
                    if not isinstance(text, str) or "](" not in text:
                        continue
                    for folder, item_id in _LINK.findall(text):
                        problem = _missing(portal, folder, item_id)
                        if problem:
                            file = item.file if source is item.data else item.file.replace(".yml", f".{lang}.yml")
                            start = line_of(item, (field,)) if source is item.data else 1
                            line = _line_holding(portal, file, f"{folder}/{item_id}", start)
                            errors.append(ContentError(file, line, field, f"links to {folder}/{item_id}/, {problem}"))
    return errors


def _missing(portal: Portal, folder: str, item_id: str) -> str:
    items = getattr(portal, folder)
    if item_id in items:
        return ""
    if folder == "services" and item_id in portal.ended_services:
        ends = portal.ended_services[item_id].data.ends
        return (f"a service that ended on {ends.isoformat()} and is no longer listed: take the link out "
                "(the service's name alone may stay)")
    close = difflib.get_close_matches(item_id, list(items), n=1)
    hint = f" (did you mean {close[0]}?)" if close else ""
    return f"which has no page: no {folder} item '{item_id}'{hint}"


def _line_holding(portal: Portal, file: str, target: str, start: int) -> int:
    """The first line at or after `start` of `file` (as named in errors) that holds `target`: in a block
    of text (`body: |`) the link is lines below its field's."""
    try:
        lines = (portal.root.parent / file).read_text(encoding="utf-8").splitlines()
    except OSError:
        return start
    return next((number for number in range(start, len(lines) + 1) if target in lines[number - 1]), start)

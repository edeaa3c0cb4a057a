"""Characters a printed leaflet cannot draw (an emoji pasted into an intro, say), found before the PDF
is made and reported where the editor typed them: the content file, its line and field.

A web page may show such a character (the reader's device has a font for it); a PDF embeds its own
fonts (signpost.leaflets.fonts), and WeasyPrint would print an empty box."""
from __future__ import annotations

import html.parser
import re
from pathlib import Path

from signpost.errors import ContentError, display_path
from signpost.leaflets import fonts
from signpost.portal import Item, Portal

_KEY = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*:")


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "script", "title")
        for name, value in attrs:
            if name in ("alt",) and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script", "title") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(document: str) -> str:
    """The text a reader of the HTML `document` sees, with images' alt text."""
    parser = _Text()
    parser.feed(document)
    return "".join(parser.parts)


def check_glyphs(portal: Portal, item: Item, lang: str, document: str) -> list[ContentError]:
    """An error for each character of the leaflet `document` (its PDF's HTML in `lang`) that no leaflet
    font draws, at each place in content/ it was typed, else at the leaflet's file."""
    errors = []
    for char in fonts.uncovered(visible_text(document)):
        message = (f"holds {fonts.describe(char)}, which a printed leaflet ({item.id}) cannot show: none of the "
                   f"leaflet fonts ({', '.join(fonts.FAMILIES)}) draws it; expected text they cover (remove it, or "
                   "use words: web pages may show it, the PDF would print an empty box)")
        places = typed_at(portal.root, char, lang, portal.default_language)
        errors += [ContentError(file, line, field, message) for file, line, field in places] or [
            ContentError(item.file, 1, "", f"the {lang} leaflet {message}")]
    return errors


def typed_at(root: Path, char: str, lang: str, default: str) -> list[tuple[str, int, str]]:
    """(file, line, field) of each line of the content files read for `lang` (LANG overlays, and the
    default language's files) that holds `char`; the field is the nearest key at or above the line."""
    places = []
    for path in sorted(root.rglob("*.yml")):
        parts = path.name.split(".")  # food-bank.ar.yml, strings/ar.yml, strings/forms.ar.yml
        file_lang = parts[1] if len(parts) == 3 else parts[0] if path.parent.name == "strings" else default
        if file_lang not in (lang, default):
            continue
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(lines, start=1):
            if char in line:
                key = next((m.group(1) for m in map(_KEY.match, reversed(lines[:number])) if m), "")
                places.append((display_path(path, root), number, key))
    return places

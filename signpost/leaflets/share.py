"""How much of a leaflet is in the reader's language: the share of its visible letters not inside an
element marked with another language (text that fell back, marked `lang` by the page context). Names in
the team's own words (a <bdi> with its `lang`: an organisation, a place, an address) are in another
language by design, not untranslated: they count on neither side."""
from __future__ import annotations

import html.parser

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_HIDDEN = {"head", "style", "script", "title"}


class _Languages(html.parser.HTMLParser):
    def __init__(self, lang: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = [("", lang)]  # (tag, language) of the open elements
        self.counts: dict[str, int] = {}

    def handle_starttag(self, tag, attrs):
        if tag not in _VOID:
            given = dict(attrs).get("lang")
            lang = given or self.stack[-1][1]
            self.stack.append((tag, "" if tag in _HIDDEN or (tag == "bdi" and given) else lang))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data):
        lang = self.stack[-1][1]
        if lang:
            self.counts[lang] = self.counts.get(lang, 0) + sum(not char.isspace() for char in data)


def translated_percent(document: str, lang: str) -> int:
    """The share (0-100, rounded down; 100 when it has no text) of the document's visible characters
    in `lang`. `document` is a whole HTML document whose <html lang> is `lang`."""
    parser = _Languages(lang)
    parser.feed(document)
    parser.close()
    total = sum(parser.counts.values())
    return 100 if not total else 100 * parser.counts.get(lang, 0) // total

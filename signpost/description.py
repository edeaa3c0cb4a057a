"""A page's meta description, from its own content and so in its language: its summary (the lead
paragraph, `<p class="sp-lead">`) or else its first paragraph outside a notice, as plain text."""
from __future__ import annotations

import html
import html.parser
import re

LIMIT = 160  # characters: about what search results show


class _Paragraphs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lead: list[str] | None = None
        self.first: list[str] | None = None
        self._current: list[str] | None = None
        self._is_lead = False
        self._depth = 0  # open elements
        self._notice_depth: int | None = None  # depth of the notice we are inside, if any

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        self._depth += tag not in ("br", "img", "input", "meta", "link", "hr", "wbr")
        if "sp-notice" in classes and self._notice_depth is None:
            self._notice_depth = self._depth
        if tag == "p" and self._notice_depth is None and self._current is None:
            self._current, self._is_lead = [], "sp-lead" in classes

    def handle_endtag(self, tag):
        if tag == "p" and self._current is not None:
            if self._is_lead and self.lead is None:
                self.lead = self._current
            if self.first is None and "".join(self._current).strip():
                self.first = self._current
            self._current = None
        if self._notice_depth is not None and self._depth <= self._notice_depth:
            self._notice_depth = None
        self._depth -= 1

    def handle_data(self, data):
        if self._current is not None:
            self._current.append(data)


def page_description(content: str) -> str:
    """Text of at most LIMIT characters, cut at a word and ended with '…' when longer, escaped for an
    HTML attribute (the theme prints it as it is); '' when the page has no paragraph."""
    parser = _Paragraphs()
    parser.feed(content)
    parser.close()
    text = re.sub(r"\s+", " ", "".join(parser.lead or parser.first or [])).strip()
    if len(text) > LIMIT:
        text = text[: LIMIT - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return html.escape(text)

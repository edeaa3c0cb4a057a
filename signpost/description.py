"""A page's meta description, from its own content and so in its language: its summary (the lead
paragraph, `<p class="sp-lead">`) or else its first paragraph outside a notice, as plain text, after
the page's heading when it is short ("Access: Hearing loop. Services: 2")."""
from __future__ import annotations

import html
import html.parser
import re

LIMIT = 160  # characters: about what search results show
SHORT = 50  # characters: a lead this short says little without the page's heading


class _Found(Exception):
    """The lead paragraph and the heading are read: the rest of the page is not needed."""


class _Paragraphs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lead: list[str] | None = None
        self.first: list[str] | None = None
        self.heading: list[str] | None = None
        self._in_heading = False
        self._current: list[str] | None = None
        self._is_lead = False
        self._depth = 0  # open elements
        self._notice_depth: int | None = None  # depth of the notice we are inside, if any

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        self._depth += tag not in ("br", "img", "input", "meta", "link", "hr", "wbr")
        if "sp-notice" in classes and self._notice_depth is None:
            self._notice_depth = self._depth
        if tag == "h1" and self.heading is None:
            self.heading, self._in_heading = [], True
        if tag == "p" and self._notice_depth is None and self._current is None:
            self._current, self._is_lead = [], "sp-lead" in classes

    def handle_endtag(self, tag):
        self._in_heading = self._in_heading and tag != "h1"
        if tag == "p" and self._current is not None:
            if self._is_lead and self.lead is None:
                self.lead = self._current
                if self.heading is not None and not self._in_heading:
                    raise _Found
            if self.first is None and "".join(self._current).strip():
                self.first = self._current
            self._current = None
        if self._notice_depth is not None and self._depth <= self._notice_depth:
            self._notice_depth = None
        self._depth -= 1

    def handle_data(self, data):
        if self._in_heading:
            self.heading.append(data)
        if self._current is not None:
            self._current.append(data)


def page_description(content: str) -> str:
    """Text of at most LIMIT characters, cut at a word and ended with '…' when longer, escaped for an
    HTML attribute (the theme prints it as it is); '' when the page has no paragraph."""
    parser = _Paragraphs()
    try:
        parser.feed(content)
        parser.close()
    except _Found:
        pass
    text = re.sub(r"\s+", " ", "".join(parser.lead or parser.first or [])).strip()
    heading = re.sub(r"\s+", " ", "".join(parser.heading or [])).strip()
    if len(text) < SHORT and heading:
        text = f"{heading}. {text}" if text else heading
    if len(text) > LIMIT:
        text = text[: LIMIT - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return html.escape(text)

"""Every phone number a reader may need to call is a tel: link, isolated left to right.

Numbers reach a page from many sources (interface strings, pathway and service texts, hand-written
Markdown, templates); editors should not have to mark them. `link_phones` finds them in the text of
a finished HTML page and makes each a link (signpost.text.phone_link: `dir="ltr"`, so its digit
groups keep their order in Arabic): UK numbers that phonenumbers finds valid ("020 7946 0000",
"+44 20 7946 0000") and the short numbers everyone may need (999, 112, 111, the 116 xxx helplines).
Text that cannot hold a link, or already is one, is left alone: inside <a>, <button>, <label>,
<select>, <textarea>, <title>, <script>, <style>, <code>, <pre>, <svg>, <head>, comments, and attributes.
"""
from __future__ import annotations

import re

import phonenumbers

from signpost.models.types import REGION
from signpost.text import phone_link

_SHORT = re.compile(r"(?<![\w£$€.,:/+-])(?:999|112|111|116[  ]?\d{3})(?![\w%£$€]|[.,:/-]\d)")
_LONG_HINT = re.compile(r"(?:\+44|(?<![\d:.])0)\s?\d{2,4}[\s-]?\d{3}")  # a number worth asking phonenumbers about
# Elements whose text cannot hold a link, or already is one; and comments.
_SKIP = ("a", "button", "label", "select", "option", "textarea", "title", "script", "style", "code", "pre",
         "kbd", "samp", "svg", "math", "head", "template")
_SKIP_TAG = re.compile(r"<!--|-->|<(/?)(" + "|".join(_SKIP) + r")(?=[\s>/])", re.IGNORECASE)
_CANDIDATE = re.compile(r"\d{3}")  # cheap: where a number may be (link_text decides)


def _numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each phone number in `text`, in order, without overlaps."""
    spans = []
    if _LONG_HINT.search(text):
        spans += [(match.start, match.end)
                  for match in phonenumbers.PhoneNumberMatcher(text, REGION, leniency=phonenumbers.Leniency.VALID)]
    spans += [match.span() for match in _SHORT.finditer(text)
              if not any(start <= match.start() < end for start, end in spans)]
    return sorted(spans)


def link_text(text: str) -> str:
    """HTML text (no tags) with each phone number in it a tel: link."""
    out, position = [], 0
    for start, end in _numbers(text):
        out += [text[position:start], str(phone_link(text[start:end]))]
        position = end
    return "".join(out) + text[position:]


def link_phones(document: str) -> str:
    """An HTML page or fragment with every phone number in its text a tel: link; markup unchanged.

    Fast on whole pages: only the stretches of text around a possible number are looked at, and
    whether that text may hold a link comes from the skipped elements open there (found with one
    scan for their tags), not from walking every tag of the page."""
    candidates = [match.start() for match in _CANDIDATE.finditer(document)]
    if not candidates:
        return document
    events = [(match.start(), match.group(0), match.group(1), (match.group(2) or "").lower())
              for match in _SKIP_TAG.finditer(document)]
    out: list[str] = []
    position = 0  # copied up to here
    open_tags: list[str] = []
    in_comment = False
    event = 0
    for at in candidates:
        if at < position:
            continue  # inside text already linked
        while event < len(events) and events[event][0] < at:
            _, token, closing, name = events[event]
            event += 1
            if token == "<!--":
                in_comment = True
            elif token == "-->":
                in_comment = False
            elif in_comment:
                continue
            elif closing:
                if name in open_tags:
                    del open_tags[len(open_tags) - 1 - open_tags[::-1].index(name):]
            elif document[document.find(">", events[event - 1][0]) - 1] != "/":  # not <svg ... />
                open_tags.append(name)
        if open_tags or in_comment or document.rfind("<", 0, at) > document.rfind(">", 0, at):
            continue  # in an element that cannot hold a link, or inside a tag
        text_start = document.rfind(">", 0, at) + 1
        text_end = document.find("<", at)
        text_end = len(document) if text_end < 0 else text_end
        start = max(text_start, position)
        out += [document[position:start], link_text(document[start:text_end])]
        position = text_end
    return "".join(out) + document[position:]

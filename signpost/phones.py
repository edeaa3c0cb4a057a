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
from signpost.text_links import link_in_text

_SHORT = re.compile(r"(?<![\w£$€.,:/+-])(?:999|112|111|116[  ]?\d{3})(?![\w%£$€]|[.,:/-]\d)")
_LONG_HINT = re.compile(r"(?:\+44|(?<![\d:.])0)\s?\d{2,4}[\s-]?\d{3}")  # a number worth asking phonenumbers about
CANDIDATE = re.compile(r"\d\d\d")  # cheap: where a number may be (link_text decides); (\d{3} scans slower)


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
    """An HTML page or fragment with every phone number in its text a tel: link; markup unchanged."""
    return link_in_text(document, CANDIDATE, link_text)

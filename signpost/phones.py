"""Every phone number a reader may need to call is a tel: link, isolated left to right.

Numbers reach a page from many sources (interface strings, pathway and service texts, hand-written
Markdown, templates); editors should not have to mark them. `link_phones` finds them in the text of
a finished HTML page and makes each a link (signpost.text.phone_link: `dir="ltr"`, so its digit
groups keep their order in Arabic): UK numbers that phonenumbers finds valid ("020 7946 0000",
"+44 20 7946 0000") and the short numbers everyone may need (999, 112, 111, the 116 xxx helplines).
Text that cannot hold a link, or already is one, is left alone: inside <a>, <button>, <label>,
<select>, <textarea>, <title>, <script>, <style>, <code>, <pre>, <svg>, <head>, and attributes.
"""
from __future__ import annotations

import re

import phonenumbers

from signpost.models.types import REGION
from signpost.text import phone_link

_SHORT = re.compile(r"(?<![\w£$€.,:/+-])(?:999|112|111|116[  ]?\d{3})(?![\w%£$€]|[.,:/-]\d)")
_LONG_HINT = re.compile(r"(?:\+|\b0)\d")  # only text holding a number starting 0 or + is searched further
_TOKEN = re.compile(r"<!--.*?-->|<(script|style|textarea|title)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>", re.DOTALL)
_SKIP = {"a", "button", "label", "select", "option", "textarea", "title", "script", "style", "code", "pre",
         "kbd", "samp", "svg", "math", "head", "template"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


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
    if not re.search(r"\d{3}", document):
        return document
    out: list[str] = []
    skipping: list[str] = []  # the open elements whose text is left alone, innermost last
    position = 0
    for match in _TOKEN.finditer(document):
        text = document[position:match.start()]
        out.append(text if skipping or not text.strip() else link_text(text))
        out.append(match.group(0))
        position = match.end()
        tag = _TAG.fullmatch(match.group(0))
        if not tag or match.group(1):
            continue  # a comment, a doctype, or a whole <script>/<style>/<textarea>/<title>
        closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
        if closing:
            if name in skipping:  # closes any element left open inside it
                del skipping[len(skipping) - 1 - skipping[::-1].index(name):]
        elif name not in _VOID and not self_closing and (skipping or name in _SKIP):
            skipping.append(name)
    text = document[position:]
    out.append(text if skipping or not text.strip() else link_text(text))
    return "".join(out)
